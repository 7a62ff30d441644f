//! The questionnaire in one language, ready to be answered and scored: items in a fixed order, each with its dimension, kind and answers; the path each role follows; the reference cases.

use super::codec::decode_all;
use super::model::{self, CaseAnswers, CasesFile, Content, Dimension, ItemContent, ItemKind, Language, LanguagePack, Role, Scope, Vocabulary};
use super::scoring::{self, CaseProfile};
use std::sync::OnceLock;

/// The answers chosen on one item, as a set of answer indices (at most 8 answers per item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Picks(u8);

impl Picks {
    /// One answer.
    pub fn one(k: u8) -> Picks {
        Picks(1u8.checked_shl(k as u32).unwrap_or(0))
    }
    /// Several answers; indices of 8 or more are dropped.
    pub fn of(ks: &[u8]) -> Picks {
        Picks(ks.iter().fold(0, |m, k| m | 1u8.checked_shl(*k as u32).unwrap_or(0)))
    }
    /// The answers as a bit mask (bit `k` for answer `k`), as a share link writes them.
    pub fn mask(self) -> u8 {
        self.0
    }
    /// The answers a bit mask names (bit `k` for answer `k`).
    pub fn from_mask(mask: u8) -> Picks {
        Picks(mask)
    }
    pub fn contains(self, k: usize) -> bool {
        k < 8 && self.0 & (1 << k) != 0
    }
    pub fn with(self, k: usize) -> Picks {
        if k < 8 {
            Picks(self.0 | 1 << k)
        } else {
            self
        }
    }
    pub fn without(self, k: usize) -> Picks {
        if k < 8 {
            Picks(self.0 & !(1 << k))
        } else {
            self
        }
    }
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The chosen answer indices, in order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..8).filter(move |k| self.contains(*k))
    }
    /// The single answer of a one-answer item.
    pub fn single(self) -> Option<usize> {
        (self.len() == 1).then(|| self.iter().next()).flatten()
    }
}

/// The respondent's choice on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// One answer (or several, on a reading item that takes several).
    Picked(Picks),
    /// « Je ne sais pas »: the item applies, the respondent does not know. Reported as a finding.
    DontKnow,
    /// « Ne s'applique pas »: the item is removed from what the respondent could know.
    NotApplicable,
}

impl Choice {
    pub fn one(k: u8) -> Choice {
        Choice::Picked(Picks::one(k))
    }
    pub fn picks(self) -> Option<Picks> {
        match self {
            Choice::Picked(p) => Some(p),
            _ => None,
        }
    }
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
}

/// Where an item stands in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef {
    pub dimension: Dimension,
    /// Position of the item within its dimension.
    pub within: usize,
    pub kind: ItemKind,
    pub scope: Scope,
}

#[derive(Debug)]
pub struct Questionnaire {
    pub content: Content,
    refs: Vec<ItemRef>,
    cases: Vec<CaseAnswers>,
    /// The reference cases as the scoring sees them (see `scoring::case_profile`): worked out
    /// at the first result, not when the page starts.
    case_profiles: OnceLock<Vec<CaseProfile>>,
    /// The words a respondent reads on each item (its question, help and answers; see
    /// `words_of`), counted once: the welcome screen sums them for every path at the first render.
    item_words: Vec<usize>,
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

/// The English language pack (questionnaire and interface strings), encoded as the page fetches it.
#[cfg(feature = "embedded-english")]
pub fn english_pack() -> Vec<u8> {
    let content: Content = decode_all(EN.unwrap_or_default()).expect("content encoded by build.rs");
    let interface = super::i18n::EN.strings().iter().map(|s| s.to_string()).collect();
    super::codec::encode_to_vec(&LanguagePack { content, interface })
}

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
    /// Occurs when the bytes are not the content encoding (truncated, corrupted, another file).
    Unreadable,
    /// Occurs when the content is of another language than the one asked for.
    WrongLanguage,
    /// Occurs when the content fails a check every content file must pass (a missing text, an
    /// unreachable reading…): using it could leave a screen without its words.
    Invalid,
    /// Occurs when its ids, sources or mappings differ from the French reference (another version).
    OtherStructure,
}

fn build(content: Content) -> Questionnaire {
    // build.rs checked the cases and that their encoding reads back.
    let cases: CasesFile = decode_all(CASES).unwrap_or(CasesFile { cases: Vec::new() });
    Questionnaire::new(content, cases.cases)
}

impl Questionnaire {
    /// The reference questionnaire (French, always built in). Every language has its ids, its
    /// order, its paths and its structure (`install` checks it): what needs no words — paths,
    /// screens, saved states, answers files — is read from it.
    pub fn reference() -> &'static Questionnaire {
        Questionnaire::get(Language::Fr)
    }

    /// The questionnaire in a language: French is always built in; English is built in, or
    /// installed once fetched (see `install`). Asking for a language before `available` says so
    /// is a mistake of the caller: it stops here rather than answer in another language. (The
    /// app's state only takes a language that is available.)
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
                (None, None) => panic!("the English questionnaire is asked for before it is installed"),
            },
        }
    }

    /// Whether `get(language)` answers in that language.
    pub fn available(language: Language) -> bool {
        embedded(language).is_some() || (language == Language::En && EN_LOADED.get().is_some())
    }

    /// Installs a language's content fetched at run time. It must be that language, have every
    /// table complete (every level, reading value, test, outcome, risk, role, scope, kind and
    /// case has its words: what the screens index), and have exactly the French reference's
    /// structure (ids, scopes, levels, readings, risks, roles' paths), which the build checked
    /// with every content check. What is left unchecked is wording, which cannot break a screen.
    /// (`model::check_content` itself stays out of the bundle: it is the largest function
    /// there would be, for checks the structure already pins down.)
    pub fn install(language: Language, bytes: &[u8]) -> Result<(), InstallError> {
        let LanguagePack { content, interface } = Questionnaire::accept(language, bytes)?;
        if !super::i18n::install_english(&interface) {
            return Err(InstallError::Invalid);
        }
        let _ = EN_LOADED.get_or_init(|| build(content));
        Ok(())
    }

    /// The checks of `install`, changing nothing: the language pack in `bytes` if it may be
    /// installed for `language`.
    pub fn accept(language: Language, bytes: &[u8]) -> Result<LanguagePack, InstallError> {
        let pack: LanguagePack = decode_all(bytes).ok_or(InstallError::Unreadable)?;
        if pack.content.language != language || language != Language::En {
            return Err(InstallError::WrongLanguage);
        }
        if !pack.content.is_complete() || !super::i18n::english_interface_fits(&pack.interface) {
            return Err(InstallError::Invalid);
        }
        if !model::check_same_structure(&Questionnaire::reference().content, &pack.content).is_empty() {
            return Err(InstallError::OtherStructure);
        }
        Ok(pack)
    }

    /// A questionnaire from content already checked with `model::check_content`.
    pub fn new(content: Content, cases: Vec<CaseAnswers>) -> Questionnaire {
        let refs = content
            .dimensions
            .iter()
            .flat_map(|d| d.items.iter().enumerate().map(move |(within, i)| ItemRef { dimension: d.id, within, kind: i.kind(), scope: i.scope }))
            .collect();
        let several = model::word_count(&content.texts.several);
        let item_words = content
            .dimensions
            .iter()
            .flat_map(|d| &d.items)
            .map(|item| {
                model::word_count(&item.question)
                    + item.help.as_deref().map_or(0, model::word_count)
                    + item.answers.iter().map(|a| model::word_count(&a.text)).sum::<usize>()
                    + if item.multiple { several } else { 0 }
            })
            .collect();
        Questionnaire { content, refs, cases, case_profiles: OnceLock::new(), item_words }
    }

    /// The reference cases as the scoring sees them, worked out once.
    pub(crate) fn case_profiles(&self) -> &[CaseProfile] {
        self.case_profiles.get_or_init(|| self.cases.iter().map(|case| scoring::case_profile(self, case.id, case.role, &self.case_responses(case))).collect())
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

    /// Whether an item is on a role's path (no role: every professional item).
    pub fn on_path(&self, role: Option<Role>, item: usize) -> bool {
        self.refs.get(item).is_some_and(|r| self.content.scopes_of(role).contains(&r.scope))
    }

    /// The items a role is asked, in questionnaire order.
    pub fn path(&self, role: Option<Role>) -> Vec<usize> {
        (0..self.item_count()).filter(|i| self.on_path(role, *i)).collect()
    }

    /// The items of one dimension a role is asked.
    pub fn path_of(&self, role: Option<Role>, dimension: Dimension) -> Vec<usize> {
        self.items_of(dimension).filter(|i| self.on_path(role, *i)).collect()
    }

    /// Whether `choice` is a well-formed answer to item `item`: answer indices in range, one
    /// answer unless the item takes several.
    pub fn accepts(&self, item: usize, choice: Choice) -> bool {
        let Some(content) = self.item(item) else { return false };
        match choice {
            Choice::Picked(p) => !p.is_empty() && p.iter().all(|k| k < content.answers.len()) && (content.multiple || p.len() == 1),
            Choice::DontKnow | Choice::NotApplicable => true,
        }
    }

    /// The reference cases (Encadrés 1–3) as written in `content/cases.toml`.
    pub fn cases(&self) -> &[CaseAnswers] {
        &self.cases
    }

    /// A case's answers as responses to this questionnaire (unknown ids are skipped: build.rs rejects them).
    pub fn case_responses(&self, case: &CaseAnswers) -> Responses {
        let mut r = Responses::empty(self);
        for a in &case.answers {
            let Some(i) = self.item_index(&a.item) else { continue };
            let Some(k) = self.item(i).and_then(|it| it.answers.iter().position(|x| x.id == a.answer)) else { continue };
            let picks = r.get(i).and_then(Choice::picks).unwrap_or_default().with(k);
            r.set(i, Some(Choice::Picked(picks)));
        }
        r
    }

    /// The words a respondent reads on some items of a role's path: questions, help, answers,
    /// and the two « je ne sais pas » / « ne s'applique pas » answers of every item.
    pub fn words_of(&self, role: Option<Role>, items: &[usize]) -> usize {
        let t = &self.content.texts;
        let plain = model::plain_words(role);
        let extra = model::word_count(&t.dont_know) + model::word_count(if plain { &t.not_applicable_plain } else { &t.not_applicable });
        items.iter().filter_map(|i| self.item_words.get(*i)).map(|words| words + extra).sum()
    }

    /// The words a respondent reads on a role's whole path.
    pub fn path_words(&self, role: Option<Role>) -> usize {
        self.words_of(role, &self.path(role))
    }

    /// Minutes to read some items of a role's path: 200 words a minute, 180 on the parent path;
    /// rounded up.
    pub fn minutes_for(&self, role: Option<Role>, items: &[usize]) -> usize {
        let per_minute = if model::plain_words(role) { 180 } else { 200 };
        self.words_of(role, items).div_ceil(per_minute)
    }

    /// Minutes to read a role's whole path.
    pub fn reading_minutes(&self, role: Option<Role>) -> usize {
        self.minutes_for(role, &self.path(role))
    }
}
