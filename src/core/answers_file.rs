//! The answers file: the versioned JSON format the widget exports and imports and the `score` command reads.
//!
//! ```json
//! {
//!   "format": "partenariat-reponses",
//!   "version": 1,
//!   "language": "fr",
//!   "profile": { "role": "caf", "partnership": "PRE de Longuenesse" },
//!   "answers": { "coordination-lien": "croisement", "parents-regles": "je-ne-sais-pas" }
//! }
//! ```
//! Answers are keyed by item id and name the answer id (or `je-ne-sais-pas`); an item left
//! out is unanswered. `language` and `profile` are optional and never scored.

use super::json::{self, Json, ObjectWriter};
use super::model::{Language, Role, Vocabulary};
use super::questionnaire::{Choice, Questionnaire, Responses};
use std::collections::BTreeMap;
use std::fmt;

pub const FORMAT: &str = "partenariat-reponses";
pub const VERSION: u32 = 1;
/// The answer id that stands for « je ne sais pas / ne s'applique pas ».
pub const DONT_KNOW: &str = "je-ne-sais-pas";
/// The longest partnership name kept, in characters.
pub const MAX_NAME: usize = 200;
/// The largest answers file read, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;

/// Who answered: shown and exported, never scored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Profile {
    pub role: Option<Role>,
    pub partnership: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswersFile {
    pub format: String,
    pub version: u32,
    pub language: Option<Language>,
    pub profile: Profile,
    pub answers: BTreeMap<String, String>,
}

/// Why an answers file was not read. Each message says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersFileError {
    TooLarge(usize),
    NotJson(String),
    NotAnAnswersFile,
    OtherVersion(u64),
    Malformed(String),
    UnknownItem(String),
    UnknownAnswer { item: String, answer: String },
    NameTooLong(usize),
}

impl fmt::Display for AnswersFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswersFileError::TooLarge(n) => write!(f, "the file is {n} bytes; an answers file is at most {MAX_BYTES} bytes"),
            AnswersFileError::NotJson(e) => write!(f, "the file is not valid JSON ({e})"),
            AnswersFileError::NotAnAnswersFile => write!(f, "this JSON is not an answers file: it has no \"format\": \"{FORMAT}\""),
            AnswersFileError::OtherVersion(v) => {
                write!(f, "this answers file is version {v}; this tool reads version {VERSION}")
            }
            AnswersFileError::Malformed(e) => write!(f, "the answers file is malformed: {e}"),
            AnswersFileError::UnknownItem(id) => write!(f, "the answers file names an item this questionnaire does not have: « {id} »"),
            AnswersFileError::UnknownAnswer { item, answer } => {
                write!(f, "item « {item} » has no answer « {answer} »")
            }
            AnswersFileError::NameTooLong(n) => {
                write!(f, "the partnership name is {n} characters long; at most {MAX_NAME} are kept")
            }
        }
    }
}

impl std::error::Error for AnswersFileError {}

fn malformed<T>(why: String) -> Result<T, AnswersFileError> {
    Err(AnswersFileError::Malformed(why))
}

/// Refuses members other than `allowed`, naming the first one.
fn only(members: &[(String, Json)], allowed: &[&str], place: &str) -> Result<(), AnswersFileError> {
    match members.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => malformed(format!("unknown field \"{k}\" in {place}")),
        None => Ok(()),
    }
}

/// An optional member: absent or null is None; otherwise it must be a string.
fn optional_string<'a>(object: &'a Json, key: &str, place: &str) -> Result<Option<&'a str>, AnswersFileError> {
    match object.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s)),
        Some(_) => malformed(format!("\"{key}\" in {place} must be a string")),
    }
}

fn vocabulary<T: Vocabulary>(value: Option<&str>, key: &str) -> Result<Option<T>, AnswersFileError> {
    match value {
        None => Ok(None),
        Some(id) => T::from_id(id).map(Some).ok_or_else(|| AnswersFileError::Malformed(format!("\"{key}\" cannot be \"{id}\""))),
    }
}

impl AnswersFile {
    /// Reads an answers file, checking what it is and its version before its fields, so that
    /// a file from another version is named as such.
    pub fn parse(text: &str) -> Result<AnswersFile, AnswersFileError> {
        if text.len() > MAX_BYTES {
            return Err(AnswersFileError::TooLarge(text.len()));
        }
        let value = json::parse(text).map_err(|e| AnswersFileError::NotJson(e.to_string()))?;
        let file = AnswersFile::from_json(&value)?;
        file.check()?;
        Ok(file)
    }

    /// An answers file from a parsed JSON value (also the `answers` member of the saved state).
    pub fn from_json(value: &Json) -> Result<AnswersFile, AnswersFileError> {
        let Some(members) = value.as_object() else { return Err(AnswersFileError::NotAnAnswersFile) };
        if value.get("format").and_then(Json::as_str) != Some(FORMAT) {
            return Err(AnswersFileError::NotAnAnswersFile);
        }
        let version = match value.get("version").map(|v| (v, v.as_u64())) {
            Some((_, Some(v))) if v == VERSION as u64 => VERSION,
            Some((_, Some(v))) => return Err(AnswersFileError::OtherVersion(v)),
            _ => return malformed("\"version\" must be a whole number".into()),
        };
        only(members, &["format", "version", "language", "profile", "answers"], "the file")?;
        let language = vocabulary::<Language>(optional_string(value, "language", "the file")?, "language")?;
        let profile = match value.get("profile") {
            None | Some(Json::Null) => Profile::default(),
            Some(p @ Json::Object(fields)) => {
                only(fields, &["role", "partnership"], "\"profile\"")?;
                Profile {
                    role: vocabulary::<Role>(optional_string(p, "role", "\"profile\"")?, "role")?,
                    partnership: optional_string(p, "partnership", "\"profile\"")?.map(str::to_string),
                }
            }
            Some(_) => return malformed("\"profile\" must be an object".into()),
        };
        let Some(Json::Object(entries)) = value.get("answers") else {
            return malformed("\"answers\" must be an object of item ids and answer ids".into());
        };
        let mut answers = BTreeMap::new();
        for (item, answer) in entries {
            let Json::String(answer) = answer else {
                return malformed(format!("the answer to \"{item}\" must be a string (an answer id)"));
            };
            answers.insert(item.clone(), answer.clone());
        }
        Ok(AnswersFile { format: FORMAT.to_string(), version, language, profile, answers })
    }

    /// Writes the file's members into an object being written.
    pub fn write_members(&self, w: &mut ObjectWriter<'_>) {
        w.string("format", &self.format);
        w.number("version", self.version as u64);
        if let Some(language) = self.language {
            w.string("language", language.id());
        }
        if self.profile != Profile::default() {
            w.object("profile", |p| {
                if let Some(role) = self.profile.role {
                    p.string("role", role.id());
                }
                if let Some(name) = &self.profile.partnership {
                    p.string("partnership", name);
                }
            });
        }
        w.object("answers", |a| {
            for (item, answer) in &self.answers {
                a.string(item, answer);
            }
        });
    }

    /// The checks beyond the JSON shape.
    pub fn check(&self) -> Result<(), AnswersFileError> {
        if self.format != FORMAT {
            return Err(AnswersFileError::NotAnAnswersFile);
        }
        if self.version != VERSION {
            return Err(AnswersFileError::OtherVersion(self.version as u64));
        }
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
        for (item_id, answer_id) in &self.answers {
            let i = q.item_index(item_id).ok_or_else(|| AnswersFileError::UnknownItem(item_id.clone()))?;
            let choice = if answer_id == DONT_KNOW {
                Choice::DontKnow
            } else {
                let item = q.item(i).ok_or_else(|| AnswersFileError::UnknownItem(item_id.clone()))?;
                let k = item.answers.iter().position(|a| &a.id == answer_id).ok_or_else(|| AnswersFileError::UnknownAnswer {
                    item: item_id.clone(),
                    answer: answer_id.clone(),
                })?;
                Choice::Answer(k as u8)
            };
            r.set(i, Some(choice));
        }
        Ok(r)
    }

    /// The answers file for these responses.
    pub fn from_responses(q: &Questionnaire, responses: &Responses, profile: &Profile) -> AnswersFile {
        let mut answers = BTreeMap::new();
        for (i, _, item) in q.items() {
            let id = match responses.get(i) {
                Some(Choice::DontKnow) => DONT_KNOW.to_string(),
                Some(Choice::Answer(k)) => match item.answers.get(k as usize) {
                    Some(a) => a.id.clone(),
                    None => continue,
                },
                None => continue,
            };
            answers.insert(item.id.clone(), id);
        }
        AnswersFile {
            format: FORMAT.to_string(),
            version: VERSION,
            language: Some(q.content.language),
            profile: profile.clone(),
            answers,
        }
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
