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

use super::model::{Language, Role};
use super::questionnaire::{Choice, Questionnaire, Responses};
use serde::{Deserialize, Serialize};
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersFile {
    pub format: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    #[serde(default)]
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

/// A JSON value looked at only for what it is: a whole number, a string, or anything else.
/// Reading the header with it tells « another version » from « malformed » before the fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probe {
    Whole(u64),
    Text(String),
    Other,
}

impl<'de> Deserialize<'de> for Probe {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Probe;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_u64<E>(self, v: u64) -> Result<Probe, E> {
                Ok(Probe::Whole(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Probe, E> {
                Ok(u64::try_from(v).map_or(Probe::Other, Probe::Whole))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Probe, E> {
                Ok(Probe::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Probe, E> {
                Ok(Probe::Other)
            }
            fn visit_str<E>(self, v: &str) -> Result<Probe, E> {
                Ok(Probe::Text(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Probe, E> {
                Ok(Probe::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Probe, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Probe::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Probe, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Probe::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// The two fields read before the others: what the file is and which version.
#[derive(Debug, Deserialize)]
pub struct Header {
    #[serde(default)]
    pub format: Option<Probe>,
    #[serde(default)]
    pub version: Option<Probe>,
}

impl Header {
    /// The header of a JSON text; None if the text is JSON but not an object.
    pub fn read(text: &str) -> Result<Option<Header>, serde_json::Error> {
        serde_json::from_str::<serde::de::IgnoredAny>(text)?;
        Ok(serde_json::from_str::<Header>(text).ok())
    }
}

impl AnswersFile {
    /// Reads an answers file, checking its format and version before its fields, so that a
    /// file from another version is named as such.
    pub fn parse(text: &str) -> Result<AnswersFile, AnswersFileError> {
        if text.len() > MAX_BYTES {
            return Err(AnswersFileError::TooLarge(text.len()));
        }
        let header = Header::read(text).map_err(|e| AnswersFileError::NotJson(e.to_string()))?;
        let Some(header) = header else { return Err(AnswersFileError::NotAnAnswersFile) };
        if header.format != Some(Probe::Text(FORMAT.to_string())) {
            return Err(AnswersFileError::NotAnAnswersFile);
        }
        match header.version {
            Some(Probe::Whole(v)) if v == VERSION as u64 => {}
            Some(Probe::Whole(v)) => return Err(AnswersFileError::OtherVersion(v)),
            _ => return Err(AnswersFileError::Malformed("\"version\" must be a whole number".into())),
        }
        let file: AnswersFile = serde_json::from_str(text).map_err(|e| AnswersFileError::Malformed(e.to_string()))?;
        file.check()?;
        Ok(file)
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

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
