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

impl AnswersFile {
    /// Reads an answers file, checking its format and version before its fields, so that a
    /// file from another version is named as such.
    pub fn parse(text: &str) -> Result<AnswersFile, AnswersFileError> {
        if text.len() > MAX_BYTES {
            return Err(AnswersFileError::TooLarge(text.len()));
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| AnswersFileError::NotJson(e.to_string()))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(AnswersFileError::NotAnAnswersFile);
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == VERSION as u64 => {}
            Some(v) => return Err(AnswersFileError::OtherVersion(v)),
            None => return Err(AnswersFileError::Malformed("\"version\" must be a whole number".into())),
        }
        let file: AnswersFile = serde_json::from_value(value).map_err(|e| AnswersFileError::Malformed(e.to_string()))?;
        if let Some(name) = &file.profile.partnership {
            let n = name.chars().count();
            if n > MAX_NAME {
                return Err(AnswersFileError::NameTooLong(n));
            }
        }
        Ok(file)
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
