//! The answers file: the versioned JSON format the widget exports and imports, the saved state reuses and the `score` command reads; version 1 files are read and carried over.
//!
//! ```json
//! {
//!   "format": "partenariat-reponses",
//!   "version": 2,
//!   "language": "fr",
//!   "profile": { "role": "caf", "kind": "pre", "partnership": "PRE de Longuenesse" },
//!   "answers": {
//!     "coordination-reponse": "mise-en-commun",
//!     "parents-soin": ["veiller", "traiter"],
//!     "autorite-decision": "je-ne-sais-pas",
//!     "methode-institutions": "ne-s-applique-pas"
//!   }
//! }
//! ```
//! Answers are keyed by item id and name the answer id, a list of answer ids (items that take
//! several), `je-ne-sais-pas` or `ne-s-applique-pas`; an item left out is unanswered.
//! `language` and `profile` are optional and never scored (the role chooses the path).

use super::codec::decode_all;
use super::json::{self, Json, ObjectWriter};
use super::model::{Language, Migration, PartnershipKind, Role, Vocabulary};
use super::questionnaire::{Choice, Picks, Questionnaire, Responses};
use std::fmt;
use std::sync::OnceLock;

pub const FORMAT: &str = "partenariat-reponses";
pub const VERSION: u32 = 2;
/// The answer id that stands for « je ne sais pas ».
pub const DONT_KNOW: &str = "je-ne-sais-pas";
/// The answer id that stands for « ne s'applique pas ».
pub const NOT_APPLICABLE: &str = "ne-s-applique-pas";
/// The longest partnership name kept, in characters.
pub const MAX_NAME: usize = 200;
/// The largest answers file read, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;

const MIGRATION: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/v1.bin"));

/// How version-1 answers carry over (`content/v1.toml`, checked and encoded by build.rs).
pub fn migration() -> &'static Migration {
    static TABLE: OnceLock<Migration> = OnceLock::new();
    TABLE.get_or_init(|| decode_all(MIGRATION).unwrap_or(Migration { answers: Vec::new(), successors: Vec::new() }))
}

/// Who answered: the role chooses the path; nothing here is scored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Profile {
    pub role: Option<Role>,
    /// Which partnership the answers speak of.
    pub kind: Option<PartnershipKind>,
    pub partnership: Option<String>,
}

/// One item's answer as written in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    One(String),
    Several(Vec<String>),
}

/// What reading a version-1 file carried over, to tell the respondent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Migrated {
    /// The version the file was written in.
    pub from: u32,
    /// The version-2 items whose answer was carried over with its meaning.
    pub kept: Vec<String>,
    /// Version-2 items to answer again: their version-1 answer did not keep its meaning.
    pub again: Vec<String>,
    /// Version-1 answers whose subject is no longer asked.
    pub gone: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswersFile {
    pub language: Option<Language>,
    pub profile: Profile,
    /// Each item's answer, each item once: in the file's order when read (the JSON reader refuses
    /// a key given twice), in the order of the items' ids when written. (A `Vec`, not a
    /// `BTreeMap`: the map's code cost the browser bundle about 1 KB gzip.)
    pub answers: Vec<(String, Written)>,
    /// Set when the file was written by an older version and carried over.
    pub migrated: Option<Migrated>,
}

/// Why an answers file was not read. The words for each, in both languages, are in `i18n`
/// (`file_problem`), quoting the file's words escaped and cut short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersFileError {
    /// Occurs when the file cannot be read at all (the browser or the system refused it).
    Unreadable,
    /// Occurs when the file is longer than `MAX_BYTES` (checked before it is read).
    TooLarge,
    /// Occurs when the file starts with a UTF-16 byte-order mark (PowerShell 5, some editors).
    Utf16,
    /// Occurs when the file is not UTF-8 text.
    NotUtf8,
    /// Occurs when the text is not JSON (why, and the byte where).
    NotJson(json::JsonError),
    /// Occurs when the JSON has no `"format": "partenariat-reponses"`.
    NotAnAnswersFile,
    /// Occurs when the version is neither 1 nor 2.
    OtherVersion(u64),
    /// Occurs when the file's shape is not the format's (see `Malformation`).
    Malformed(Malformation),
    /// Occurs when an answer names an item this questionnaire does not have.
    UnknownItem(String),
    /// Occurs when an answer names an answer its item does not have.
    UnknownAnswer { item: String, answer: String },
    /// Occurs when several answers are given to an item that takes one.
    NotSeveral(String),
    /// Occurs when the partnership name is longer than `MAX_NAME` characters.
    NameTooLong(usize),
}

/// How an answers file's shape differs from the format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformation {
    /// Occurs when `"version"` is missing or not a whole number.
    Version,
    /// Occurs when a member is not one the format has (`profile/x` for one inside the profile).
    UnknownField(String),
    /// Occurs when `language`, or the profile's `role`, `kind` or `partnership`, is not a string.
    NotText(&'static str),
    /// Occurs when a language, role or kind of partnership is not one the tool knows.
    UnknownWord { field: &'static str, value: String },
    /// Occurs when `"profile"` is not an object.
    Profile,
    /// Occurs when `"answers"` is missing or not an object.
    Answers,
    /// Occurs when an item's answer is not an answer id (nor, in version 2, a non-empty list of them).
    Answer(String),
}

/// An id from the file as shown in a message: control characters escaped, at most 60 characters.
pub fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(60).flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

impl fmt::Display for AnswersFileError {
    /// In English, for the command line and tests (the interface uses `i18n::file_problem` in
    /// its own language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::i18n::file_problem(&super::i18n::EN, self))
    }
}

impl std::error::Error for AnswersFileError {}

fn malformed<T>(why: Malformation) -> Result<T, AnswersFileError> {
    Err(AnswersFileError::Malformed(why))
}

/// Refuses members other than `allowed`, naming the first one (after `prefix`).
fn only(members: &[(String, Json)], allowed: &[&str], prefix: &str) -> Result<(), AnswersFileError> {
    match members.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => malformed(Malformation::UnknownField(format!("{prefix}{k}"))),
        None => Ok(()),
    }
}

/// An optional member: absent or null is None; otherwise it must be a string (`field` names it
/// in the message).
fn optional_string<'a>(object: &'a Json, key: &str, field: &'static str) -> Result<Option<&'a str>, AnswersFileError> {
    match object.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s)),
        Some(_) => malformed(Malformation::NotText(field)),
    }
}

fn vocabulary<T: Vocabulary>(value: Option<&str>, field: &'static str) -> Result<Option<T>, AnswersFileError> {
    match value {
        None => Ok(None),
        Some(id) => T::from_id(id).map(Some).ok_or_else(|| AnswersFileError::Malformed(Malformation::UnknownWord { field, value: id.to_string() })),
    }
}

impl AnswersFile {
    /// Reads an answers file (a leading byte-order mark is skipped), checking what it is and
    /// its version before its fields, so that a file from another version is named as such.
    pub fn parse(text: &str) -> Result<AnswersFile, AnswersFileError> {
        if text.len() > MAX_BYTES {
            return Err(AnswersFileError::TooLarge);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value = json::parse(text).map_err(AnswersFileError::NotJson)?;
        let file = AnswersFile::from_json(&value)?;
        file.check()?;
        Ok(file)
    }

    /// An answers file from a parsed JSON value (also the `answers` member of the saved state).
    /// A version-1 file is carried over to version 2 (see `migrated`).
    pub fn from_json(value: &Json) -> Result<AnswersFile, AnswersFileError> {
        let Some(members) = value.as_object() else { return Err(AnswersFileError::NotAnAnswersFile) };
        if value.get("format").and_then(Json::as_str) != Some(FORMAT) {
            return Err(AnswersFileError::NotAnAnswersFile);
        }
        let version = match value.get("version").map(|v| (v, v.as_u64())) {
            Some((_, Some(v))) if v == 1 || v == VERSION as u64 => v as u32,
            Some((_, Some(v))) => return Err(AnswersFileError::OtherVersion(v)),
            _ => return malformed(Malformation::Version),
        };
        only(members, &["format", "version", "language", "profile", "answers"], "")?;
        let language = vocabulary::<Language>(optional_string(value, "language", "language")?, "language")?;
        let profile = match value.get("profile") {
            None | Some(Json::Null) => Profile::default(),
            Some(p @ Json::Object(fields)) => {
                let allowed: &[&str] = if version == 1 { &["role", "partnership"] } else { &["role", "kind", "partnership"] };
                only(fields, allowed, "profile/")?;
                Profile {
                    role: vocabulary::<Role>(optional_string(p, "role", "profile/role")?, "profile/role")?,
                    kind: vocabulary::<PartnershipKind>(optional_string(p, "kind", "profile/kind")?, "profile/kind")?,
                    partnership: optional_string(p, "partnership", "profile/partnership")?.map(str::to_string).filter(|n| !n.trim().is_empty()),
                }
            }
            Some(_) => return malformed(Malformation::Profile),
        };
        let Some(Json::Object(entries)) = value.get("answers") else {
            return malformed(Malformation::Answers);
        };
        let mut answers = Vec::new();
        for (item, answer) in entries {
            let written = match answer {
                Json::String(a) => Written::One(a.clone()),
                Json::Array(list) if version == VERSION => {
                    let ids: Option<Vec<String>> = list.iter().map(|v| v.as_str().map(str::to_string)).collect();
                    match ids {
                        Some(ids) if !ids.is_empty() => Written::Several(ids),
                        _ => return malformed(Malformation::Answer(item.clone())),
                    }
                }
                _ => return malformed(Malformation::Answer(item.clone())),
            };
            answers.push((item.clone(), written));
        }
        let file = AnswersFile { language, profile, answers, migrated: None };
        Ok(if version == 1 { file.carried_over() } else { file })
    }

    /// A version-1 file's answers in version 2: those that keep their meaning are renamed; the
    /// others are dropped and their successors listed to be answered again.
    fn carried_over(self) -> AnswersFile {
        let table = migration();
        let mut answers = Vec::new();
        let mut migrated = Migrated { from: 1, ..Migrated::default() };
        for (item, written) in &self.answers {
            let Written::One(answer) = written else { continue };
            let key = format!("{item}/{answer}");
            match table.answers.iter().find(|p| p.from == key).and_then(|p| p.to.split_once('/')) {
                Some((to_item, to_answer)) => {
                    Self::put(&mut answers, to_item.to_string(), Written::One(to_answer.to_string()));
                    migrated.kept.push(to_item.to_string());
                }
                None => match table.successors.iter().find(|p| p.from == *item).map(|p| p.to.as_str()) {
                    Some(next) if !next.is_empty() => migrated.again.push(next.to_string()),
                    _ => migrated.gone += 1,
                },
            }
        }
        super::small_sort::sort(&mut migrated.again);
        migrated.again.dedup();
        migrated.again.retain(|id| !answers.iter().any(|(item, _)| item == id));
        AnswersFile { answers, migrated: Some(migrated), ..self }
    }

    /// An item's answer in the file, if it has one.
    pub fn answer(&self, item: &str) -> Option<&Written> {
        self.answers.iter().find(|(id, _)| id == item).map(|(_, written)| written)
    }

    /// Sets an item's answer, replacing the one it had (two version-1 answers may carry over to
    /// the same item: the last one read is kept). Linear: a file has one entry per item at most.
    fn put(answers: &mut Vec<(String, Written)>, item: String, written: Written) {
        match answers.iter_mut().find(|(id, _)| *id == item) {
            Some(entry) => entry.1 = written,
            None => answers.push((item, written)),
        }
    }

    /// Writes the file's members into an object being written.
    pub fn write_members(&self, w: &mut ObjectWriter<'_>) {
        w.string("format", FORMAT);
        w.number("version", VERSION as u64);
        if let Some(language) = self.language {
            w.string("language", language.id());
        }
        if self.profile != Profile::default() {
            w.object("profile", |p| {
                if let Some(role) = self.profile.role {
                    p.string("role", role.id());
                }
                if let Some(kind) = self.profile.kind {
                    p.string("kind", kind.id());
                }
                if let Some(name) = &self.profile.partnership {
                    p.string("partnership", name);
                }
            });
        }
        w.object("answers", |a| {
            for (item, written) in &self.answers {
                match written {
                    Written::One(id) => a.string(item, id),
                    Written::Several(ids) => a.strings(item, ids),
                }
            }
        });
    }

    /// The checks beyond the JSON shape.
    pub fn check(&self) -> Result<(), AnswersFileError> {
        if let Some(name) = &self.profile.partnership {
            let n = name.chars().count();
            if n > MAX_NAME {
                return Err(AnswersFileError::NameTooLong(n));
            }
        }
        Ok(())
    }

    /// The file's answers as responses to `q`; any unknown item or answer is an error.
    pub fn responses(&self, q: &Questionnaire) -> Result<Responses, AnswersFileError> {
        let mut r = Responses::empty(q);
        for (item_id, written) in &self.answers {
            let i = q.item_index(item_id).ok_or_else(|| AnswersFileError::UnknownItem(item_id.clone()))?;
            let item = q.item(i).ok_or_else(|| AnswersFileError::UnknownItem(item_id.clone()))?;
            let index = |id: &String| {
                item.answers.iter().position(|a| &a.id == id).ok_or_else(|| AnswersFileError::UnknownAnswer { item: item_id.clone(), answer: id.clone() })
            };
            let choice = match written {
                Written::One(id) if id == DONT_KNOW => Choice::DontKnow,
                Written::One(id) if id == NOT_APPLICABLE => Choice::NotApplicable,
                Written::One(id) => Choice::one(index(id)? as u8),
                Written::Several(ids) => {
                    if !item.multiple && ids.len() > 1 {
                        return Err(AnswersFileError::NotSeveral(item_id.clone()));
                    }
                    let mut picks = Picks::default();
                    for id in ids {
                        picks = picks.with(index(id)?);
                    }
                    Choice::Picked(picks)
                }
            };
            r.set(i, Some(choice));
        }
        Ok(r)
    }

    /// Reads a file's bytes into what the widget and the CLI need: the responses to `q`, the
    /// profile, and what was carried over from an older version. The one way in for a file:
    /// the welcome screen's import and the CLI call it (the saved state, which is not a file,
    /// reads its `answers` member with `from_json` and `responses`).
    pub fn read(bytes: &[u8], q: &Questionnaire) -> Result<(Responses, Profile, Option<Migrated>), AnswersFileError> {
        let file = AnswersFile::from_bytes(bytes)?;
        let responses = file.responses(q)?;
        Ok((responses, file.profile, file.migrated))
    }

    /// A file's bytes as an answers file: at most `MAX_BYTES`, UTF-8 (a UTF-16 file is named as
    /// such), a leading byte-order mark skipped.
    pub fn from_bytes(bytes: &[u8]) -> Result<AnswersFile, AnswersFileError> {
        if bytes.len() > MAX_BYTES {
            return Err(AnswersFileError::TooLarge);
        }
        if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
            return Err(AnswersFileError::Utf16);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| AnswersFileError::NotUtf8)?;
        AnswersFile::parse(text)
    }

    /// The answers file for these responses.
    pub fn from_responses(q: &Questionnaire, responses: &Responses, profile: &Profile) -> AnswersFile {
        let mut answers = Vec::new();
        for (i, _, item) in q.items() {
            let written = match responses.get(i) {
                Some(Choice::DontKnow) => Written::One(DONT_KNOW.to_string()),
                Some(Choice::NotApplicable) => Written::One(NOT_APPLICABLE.to_string()),
                Some(Choice::Picked(p)) => {
                    let ids: Vec<String> = p.iter().filter_map(|k| Some(item.answers.get(k)?.id.clone())).collect();
                    match (item.multiple, ids.len()) {
                        (_, 0) => continue,
                        (false, _) => Written::One(ids[0].clone()),
                        (true, _) => Written::Several(ids),
                    }
                }
                None => continue,
            };
            answers.push((item.id.clone(), written));
        }
        // Written in the order of the ids, as files of this tool always were.
        super::small_sort::sort_by(&mut answers, |a, b| a.0 > b.0);
        AnswersFile { language: Some(q.content.language), profile: profile.clone(), answers, migrated: None }
    }

    /// The file as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut w = ObjectWriter::new(&mut out, 0);
        self.write_members(&mut w);
        w.end();
        out.push('\n');
        out
    }
}

/// The name of an exported answers file: `base`, the partnership's name in plain ASCII (French
/// accents unfolded, anything else a hyphen, at most 40 characters) and the date, then `.json`.
/// For example `partenariat-reponses-pre-de-longuenesse-2026-11-29.json`.
pub fn export_name(base: &str, partnership: Option<&str>, date: &str) -> String {
    let mut slug = String::new();
    for c in partnership.unwrap_or_default().chars() {
        let folded: &str = match c {
            'a'..='z' | '0'..='9' => {
                slug.push(c);
                continue;
            }
            'A'..='Z' => {
                slug.push(c.to_ascii_lowercase());
                continue;
            }
            'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => "a",
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
            'î' | 'ï' | 'Î' | 'Ï' => "i",
            'ô' | 'ö' | 'Ô' | 'Ö' => "o",
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => "u",
            'ç' | 'Ç' => "c",
            'œ' | 'Œ' => "oe",
            'æ' | 'Æ' => "ae",
            _ => "-",
        };
        if folded != "-" || !(slug.is_empty() || slug.ends_with('-')) {
            slug.push_str(folded);
        }
    }
    let slug: String = slug.chars().take(40).collect();
    let slug = slug.trim_matches('-');
    [base, slug, date].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("-") + ".json"
}
