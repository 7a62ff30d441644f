//! The questionnaire in one language, ready to be answered and scored: items in a fixed order, each with its dimension and answers.

use super::codec::decode_all;
use super::model::{CaseAnswers, CasesFile, Content, Dimension, ItemContent, Language, Vocabulary};
use super::scoring::{self, CaseProfile, ScoringModel};
use std::sync::OnceLock;

/// The respondent's choice on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// The index of the chosen answer, 0 being the most minimal practice.
    Answer(u8),
    /// « Je ne sais pas / ne s'applique pas »: answered, but not scored.
    DontKnow,
}

/// All the choices of one respondent, by item position in the questionnaire (None: not yet answered).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Responses(pub Vec<Option<Choice>>);

impl Responses {
    pub fn empty(q: &Questionnaire) -> Self {
        Responses(vec![None; q.item_count()])
    }
    pub fn get(&self, item: usize) -> Option<Choice> {
        self.0.get(item).copied().flatten()
    }
    pub fn set(&mut self, item: usize, choice: Option<Choice>) {
        if let Some(slot) = self.0.get_mut(item) {
            *slot = choice;
        }
    }
    /// Items with any choice, « je ne sais pas » included.
    pub fn answered_count(&self) -> usize {
        self.0.iter().filter(|c| c.is_some()).count()
    }
}

/// Where an item stands in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef {
    pub dimension: Dimension,
    /// Position of the item within its dimension.
    pub within: usize,
}

#[derive(Debug)]
pub struct Questionnaire {
    pub content: Content,
    refs: Vec<ItemRef>,
    pub(crate) model: ScoringModel,
    cases: Vec<CaseAnswers>,
}

static FR_LOADED: OnceLock<Questionnaire> = OnceLock::new();
static EN_LOADED: OnceLock<Questionnaire> = OnceLock::new();

const FR: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/fr.bin"));
/// English is built in unless the `embedded-english` feature is off (the browser bundle):
/// then the page fetches it when English is chosen and hands it to `install`.
#[cfg(feature = "embedded-english")]
const EN: Option<&[u8]> = Some(include_bytes!(concat!(env!("OUT_DIR"), "/en.bin")));
#[cfg(not(feature = "embedded-english"))]
const EN: Option<&[u8]> = None;
const CASES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/cases.bin"));

/// The file name of the English content beside the page, for the browser bundle.
pub const ASSET_EN: &str = "questionnaire-en.bin";

/// The encoded content of a language as built in, if it is.
pub fn embedded(language: Language) -> Option<&'static [u8]> {
    match language {
        Language::Fr => Some(FR),
        Language::En => EN,
    }
}

/// Why content handed to `Questionnaire::install` was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstallError {
    Unreadable,
    WrongLanguage,
    /// Its ids, sources or mappings differ from the French reference (another version).
    OtherStructure,
}

fn build(content: Content) -> Questionnaire {
    // build.rs checked the cases and that their encoding reads back.
    let cases: CasesFile = decode_all(CASES).unwrap_or(CasesFile { cases: Vec::new() });
    Questionnaire::new(content, cases.cases)
}

impl Questionnaire {
    /// The questionnaire in a language. French is always built in; English is built in or
    /// installed (see `install`). Asked for English before it is there, this answers in
    /// French: the widget switches language only once `available` says so.
    pub fn get(language: Language) -> &'static Questionnaire {
        let french = || {
            FR_LOADED.get_or_init(|| {
                // build.rs checked the content and that its encoding reads back.
                build(decode_all(FR).expect("content encoded by build.rs"))
            })
        };
        match language {
            Language::Fr => french(),
            Language::En => match (EN_LOADED.get(), EN) {
                (Some(q), _) => q,
                (None, Some(bytes)) => EN_LOADED.get_or_init(|| build(decode_all(bytes).expect("content encoded by build.rs"))),
                (None, None) => french(),
            },
        }
    }

    /// Whether `get(language)` answers in that language.
    pub fn available(language: Language) -> bool {
        embedded(language).is_some() || (language == Language::En && EN_LOADED.get().is_some())
    }

    /// Installs a language's content fetched at run time, after checking that it is that
    /// language and has exactly the French reference's structure.
    pub fn install(language: Language, bytes: &[u8]) -> Result<(), InstallError> {
        let content: Content = decode_all(bytes).ok_or(InstallError::Unreadable)?;
        if content.language != language || language != Language::En {
            return Err(InstallError::WrongLanguage);
        }
        if !super::model::check_same_structure(&Questionnaire::get(Language::Fr).content, &content).is_empty() {
            return Err(InstallError::OtherStructure);
        }
        let _ = EN_LOADED.get_or_init(|| build(content));
        Ok(())
    }

    /// A questionnaire from content already checked with `model::check_content`.
    pub fn new(content: Content, cases: Vec<CaseAnswers>) -> Questionnaire {
        let refs = content
            .dimensions
            .iter()
            .flat_map(|d| (0..d.items.len()).map(move |within| ItemRef { dimension: d.id, within }))
            .collect();
        let mut q = Questionnaire { model: ScoringModel::new(&content, Vec::new()), content, refs, cases };
        let profiles: Vec<CaseProfile> = q
            .cases
            .iter()
            .map(|case| {
                let responses = q.case_responses(case);
                scoring::case_profile(&q.model, case.id, &responses)
            })
            .collect();
        q.model.cases = profiles;
        q
    }

    pub fn item_count(&self) -> usize {
        self.refs.len()
    }

    pub fn item_ref(&self, item: usize) -> Option<ItemRef> {
        self.refs.get(item).copied()
    }

    pub fn item(&self, item: usize) -> Option<&ItemContent> {
        let r = self.refs.get(item)?;
        self.content.dimensions.get(r.dimension.index())?.items.get(r.within)
    }

    pub fn items(&self) -> impl Iterator<Item = (usize, ItemRef, &ItemContent)> + '_ {
        self.refs.iter().enumerate().filter_map(|(i, r)| Some((i, *r, self.item(i)?)))
    }

    /// Flat positions of the items of one dimension.
    pub fn items_of(&self, dimension: Dimension) -> impl Iterator<Item = usize> + '_ {
        self.refs.iter().enumerate().filter(move |(_, r)| r.dimension == dimension).map(|(i, _)| i)
    }

    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items().find(|(_, _, item)| item.id == id).map(|(i, _, _)| i)
    }

    /// The reference cases (Encadrés 1–3) as written in `content/cases.toml`.
    pub fn cases(&self) -> &[CaseAnswers] {
        &self.cases
    }

    /// A case's answers as responses to this questionnaire (unknown ids are skipped: build.rs rejects them).
    pub fn case_responses(&self, case: &CaseAnswers) -> Responses {
        let mut r = Responses::empty(self);
        for a in &case.answers {
            if let Some(i) = self.item_index(&a.item) {
                if let Some(k) = self.item(i).and_then(|it| it.answers.iter().position(|x| x.id == a.answer)) {
                    r.set(i, Some(Choice::Answer(k as u8)));
                }
            }
        }
        r
    }
}
