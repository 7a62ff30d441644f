//! The kiosk's seminar tally: one anonymous entry per respondent who reached the result (a random id, the day, the answers as a share-link payload with no name), kept on the device, exported as JSON or CSV, and merged across kiosks without counting anyone twice.
//!
//! Stored in the browser's local storage under `KEY` as lines, `id day payload`, one per respondent: the
//! respondent's page only appends a line (it never parses the tally); the facilitator's view
//! reads it with `parse_stored`, which skips a line it cannot read and says how many it skipped.
//!
//! Nothing free is kept: no partnership name (an entry with one is refused), no time finer than
//! the day. The role and the kind of partnership, when the respondent gave them, are in the
//! payload, as in a share link.

use super::json::{self, Json};
use super::questionnaire::{Choice, Questionnaire, Responses};
use super::scoring::{assess, Placement, ReadingStatus, TensionStatus};
use super::share_link;
use super::{Dimension, PartnershipKind, Profile, Role, Vocabulary};

/// The local-storage key of the kiosk's tally.
pub const KEY: &str = "partenariat:kiosque:releve";
/// The `format` of an exported tally.
pub const FORMAT: &str = "partenariat-releve";
pub const VERSION: u64 = 1;
/// The largest tally file read, in bytes (about 20,000 respondents).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The most respondents one tally holds.
pub const MAX_ENTRIES: usize = 20_000;

/// One respondent of a seminar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// 16 lowercase hexadecimal digits, drawn at random for each respondent: what merging
    /// compares, so that the same respondent imported twice counts once.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    /// The answers, role and kind as a share link carries them (`share_link::encode`, no name).
    pub payload: String,
}

/// Why a tally file was not read. The words for each are in the facilitator's view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TallyError {
    /// Occurs when the file is larger than `MAX_BYTES`, or holds more than `MAX_ENTRIES`.
    TooLarge,
    /// Occurs when the file is not JSON, or is JSON without the tally's `format`.
    NotATally,
    /// Occurs when the file is a tally of another version.
    OtherVersion(u64),
    /// Occurs when an entry (numbered from 1) lacks a field, has one too many, or has a value
    /// that is not an id, a day, or answers this questionnaire reads (a name included).
    BadEntry(usize),
}

fn is_id(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

impl Entry {
    /// An entry, if each field is what it should be and the answers decode without a name.
    pub fn checked(q: &Questionnaire, id: &str, day: &str, payload: &str) -> Option<Entry> {
        let (_, profile) = share_link::decode(q, payload).ok()?;
        (is_id(id) && is_day(day) && profile.partnership.is_none()).then(|| Entry { id: id.to_string(), day: day.to_string(), payload: payload.to_string() })
    }

    /// The entry's stored line (with its newline).
    pub fn line(&self) -> String {
        format!("{} {} {}\n", self.id, self.day, self.payload)
    }

    /// The answers and profile (role and kind only).
    pub fn answers(&self, q: &Questionnaire) -> (Responses, Profile) {
        share_link::decode(q, &self.payload).unwrap_or_else(|_| (Responses::empty(q), Profile::default()))
    }
}

/// The entry for a respondent's answers: their role and kind, never their partnership's name.
pub fn entry(q: &Questionnaire, id: &str, day: &str, responses: &Responses, profile: &Profile) -> Entry {
    let profile = Profile { partnership: None, ..profile.clone() };
    Entry { id: id.to_string(), day: day.to_string(), payload: share_link::encode(q, responses, &profile) }
}

/// The stored tally's entries, the last line of an id winning (a respondent who went back and
/// changed an answer), and how many lines could not be read.
pub fn parse_stored(q: &Questionnaire, text: &str) -> (Vec<Entry>, usize) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut skipped = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(MAX_ENTRIES) {
        let mut fields = line.split(' ');
        let read = match (fields.next(), fields.next(), fields.next(), fields.next()) {
            (Some(id), Some(day), Some(payload), None) => Entry::checked(q, id, day, payload),
            _ => None,
        };
        match read {
            Some(e) => match entries.iter_mut().find(|k| k.id == e.id) {
                Some(k) => *k = e,
                None => entries.push(e),
            },
            None => skipped += 1,
        }
    }
    (entries, skipped)
}

/// The stored text for these entries.
pub fn to_stored(entries: &[Entry]) -> String {
    entries.iter().map(Entry::line).collect()
}

/// Adds the entries of `other` whose id is not already there; returns how many were added.
pub fn merge(into: &mut Vec<Entry>, other: Vec<Entry>) -> usize {
    let before = into.len();
    for e in other {
        if into.len() < MAX_ENTRIES && !into.iter().any(|k| k.id == e.id) {
            into.push(e);
        }
    }
    into.len() - before
}

fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The tally as a JSON file, to carry to another kiosk or keep.
pub fn to_json(entries: &[Entry]) -> String {
    let rows: Vec<String> =
        entries.iter().map(|e| format!("    {{ \"id\": {}, \"jour\": {}, \"reponses\": {} }}", quoted(&e.id), quoted(&e.day), quoted(&e.payload))).collect();
    format!("{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n  \"repondants\": [\n{}\n  ]\n}}\n", rows.join(",\n"))
}

/// The file's JSON, if it says it is a tally (its `format`), whatever the rest.
fn claimed(text: &str) -> Option<Json> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    json::parse(text).ok().filter(|value| value.get("format").and_then(Json::as_str) == Some(FORMAT))
}

/// Whether a file says it is a kiosk's tally, however damaged the rest (« Rassembler » then says
/// where to open it; the native `--ensemble` takes one alone).
pub fn is_tally(text: &str) -> bool {
    claimed(text).is_some()
}

/// A tally file's entries, each checked; the whole file is refused when one entry is wrong.
pub fn from_json(q: &Questionnaire, text: &str) -> Result<Vec<Entry>, TallyError> {
    if text.len() > MAX_BYTES {
        return Err(TallyError::TooLarge);
    }
    let value = claimed(text).ok_or(TallyError::NotATally)?;
    match value.get("version").and_then(Json::as_u64) {
        Some(VERSION) => {}
        Some(v) => return Err(TallyError::OtherVersion(v)),
        None => return Err(TallyError::NotATally),
    }
    let Some(Json::Array(rows)) = value.get("repondants") else { return Err(TallyError::NotATally) };
    if rows.len() > MAX_ENTRIES {
        return Err(TallyError::TooLarge);
    }
    let mut entries = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        let field = |k: &str| row.get(k).and_then(Json::as_str);
        let fields_ok = row.as_object().is_some_and(|m| m.len() == 3);
        let entry = match (fields_ok, field("id"), field("jour"), field("reponses")) {
            (true, Some(id), Some(day), Some(payload)) => Entry::checked(q, id, day, payload),
            _ => None,
        };
        let entry = entry.ok_or(TallyError::BadEntry(n + 1))?;
        merge(&mut entries, vec![entry]);
    }
    Ok(entries)
}

/// One respondent of the CSV: an id (a tally's, or a file's name), the day if known, the
/// profile (its name is never written) and the answers.
pub struct Respondent {
    pub id: String,
    pub day: String,
    pub profile: Profile,
    pub responses: Responses,
}

/// A position in steps (0 to 2) with two decimals and a decimal comma (« 1,25 »).
pub fn decimal_comma(num: i64, den: i64) -> String {
    let hundredths = (200 * num + den).div_euclid(2 * den);
    format!("{},{:02}", hundredths / 100, hundredths % 100)
}

fn cell(s: &str) -> String {
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn placement_id(p: Placement) -> &'static str {
    match p {
        Placement::Placed { level, .. } => level.id(),
        Placement::NotEnough => "pas-assez",
        Placement::NotKnown => "je-ne-sais-pas",
        Placement::NotApplicable => "sans-objet",
        Placement::NotAsked => "non-demande",
    }
}

/// One row per respondent, for a French spreadsheet: UTF-8 with a byte-order mark, `;` between
/// cells, a decimal comma, CRLF line ends. Values are the questionnaire's ids (`intermediaire`,
/// `coordonnateur`…); a list in a cell is separated by `, `. Positions are in steps, from 0
/// (minimal) to 2 (maximal).
pub fn to_csv(q: &Questionnaire, respondents: &[Respondent]) -> String {
    let mut head: Vec<String> = ["repondant", "jour", "role", "type", "niveau", "position"].iter().map(|s| s.to_string()).collect();
    for d in Dimension::ALL {
        head.push(format!("{}_niveau", d.id()));
        head.push(format!("{}_position", d.id()));
    }
    head.extend(["lectures", "tensions", "risques", "ne_sait_pas"].iter().map(|s| s.to_string()));
    let mut out = String::from("\u{feff}");
    out.push_str(&head.join(";"));
    out.push_str("\r\n");
    for r in respondents {
        let a = assess(q, r.profile.role, &r.responses);
        let position = |p: Placement| p.position().map(|x| decimal_comma(x.num(), x.den())).unwrap_or_default();
        let mut row = vec![
            cell(&r.id),
            cell(&r.day),
            r.profile.role.map(Role::id).unwrap_or("").to_string(),
            r.profile.kind.map(PartnershipKind::id).unwrap_or("").to_string(),
            placement_id(a.overall.placement).to_string(),
            position(a.overall.placement),
        ];
        for d in &a.dimensions {
            row.push(placement_id(d.placement).to_string());
            row.push(position(d.placement));
        }
        let readings: Vec<String> = a
            .readings
            .iter()
            .flat_map(|rd| match &rd.status {
                ReadingStatus::NotSaid => vec![],
                ReadingStatus::Dominant { value, .. } => vec![format!("{}:{}", rd.lens.id(), value.id())],
                ReadingStatus::Hybrid { values, .. } => values.iter().map(|(v, _)| format!("{}:{}", rd.lens.id(), v.id())).collect(),
            })
            .collect();
        let tensions: Vec<String> = a
            .tensions
            .iter()
            .filter_map(|t| match t.status {
                TensionStatus::Answered { outcome, .. } => Some(format!("{}:{}", t.test.id(), outcome.id())),
                TensionStatus::DontKnow => Some(format!("{}:je-ne-sais-pas", t.test.id())),
                TensionStatus::Silent => None,
            })
            .collect();
        let risks: Vec<&str> = a.risks.iter().map(|r| r.risk.id()).collect();
        let unknown: Vec<String> = q.items().filter(|(i, _, _)| r.responses.get(*i) == Some(Choice::DontKnow)).map(|(_, _, item)| item.id.clone()).collect();
        row.extend([readings.join(", "), tensions.join(", "), risks.join(", "), unknown.join(", ")].iter().map(|s| cell(s)));
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}
