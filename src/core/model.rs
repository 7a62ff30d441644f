//! The questionnaire's vocabulary (dimensions, levels, readings, risks) and content model, as written in `content/*.toml`, with the checks every content file must pass.
//!
//! This file is self-contained (std + serde only) on purpose: `build.rs` includes it to
//! check the content at build time, and the library uses it at run time.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A closed set of values written as kebab-case ids in the content and in answer files.
pub trait Vocabulary: Copy + Ord + fmt::Debug + 'static {
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    fn index(self) -> usize {
        Self::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[allow(clippy::enum_variant_names)] // `Care::Care`: the talk's own word
        pub enum $name { $(#[serde(rename = $id)] $variant),+ }
        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn id(self) -> &'static str { match self { $($name::$variant => $id),+ } }
            fn index(self) -> usize { self as usize }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.id()) }
        }
    };
}

vocabulary!(
    /// The four dimensions the questionnaire covers (FRAMEWORK.md).
    Dimension { Coordination = "coordination", Autorite = "autorite", Parents = "parents", Methode = "methode" }
);
vocabulary!(
    /// The three levels of partnership (Partie 3, 1): a scale, not a grade.
    Level { Minimal = "minimal", Intermediaire = "intermediaire", Maximal = "maximal" }
);
vocabulary!(
    /// Values of care (Éléments introductifs, 2): worried vigilance, technical device, proximity solidarity.
    Care { Cura = "cura", Cure = "cure", Care = "care" }
);
vocabulary!(
    /// Conceptions of action over time (Éléments introductifs, 2).
    Action { Additive = "additive", Compensatoire = "compensatoire", Autonomiste = "autonomiste" }
);
vocabulary!(
    /// Thresholds of public action (Ontologies et politiques, 2).
    Threshold { BasSeuil = "bas-seuil", Empowerment = "empowerment", Contrat = "contrat" }
);
vocabulary!(
    /// Method styles of the épreuve industrielle (Partie 2, 2).
    MethodStyle { Deterministe = "deterministe", Pragmatique = "pragmatique" }
);
vocabulary!(
    /// Risks named by the leadership slide and Partie 2.
    Risk {
        Palliatif = "palliatif",
        LogiqueDeGuichet = "logique-de-guichet",
        ParentsSurestimes = "parents-surestimes",
        AutoritePersonnes = "autorite-personnes",
        ModeleDeficitaire = "modele-deficitaire",
        Zonage = "zonage",
        ContratInequitable = "contrat-inequitable",
    }
);
vocabulary!(
    /// The respondent's role: asked, shown, exported, never scored.
    Role {
        Ecole = "ecole",
        EtablissementSecondDegre = "etablissement-second-degre",
        Collectivite = "collectivite",
        Caf = "caf",
        ServiceSocial = "service-social",
        Association = "association",
        Parent = "parent",
        ServicesEtat = "services-etat",
        Autre = "autre",
    }
);
vocabulary!(
    /// The three reference cases of the talk that carry a level (Encadrés 1–3).
    CaseId { Encadre1 = "encadre-1", Encadre2 = "encadre-2", Encadre3 = "encadre-3" }
);
vocabulary!(
    /// Languages of the interface; French is first.
    Language { Fr = "fr", En = "en" }
);

/// A table with one slot per value of a vocabulary, in the vocabulary's order: what the
/// content keys by level, reading value, risk, role or case. (Not a `BTreeMap`: one small
/// table type for every key keeps the bundle lean.)
#[derive(Debug, Clone, PartialEq)]
pub struct ByKey<K, V> {
    slots: Vec<Option<V>>,
    key: std::marker::PhantomData<K>,
}

impl<K: Vocabulary, V> Default for ByKey<K, V> {
    fn default() -> Self {
        ByKey { slots: (0..K::ALL.len()).map(|_| None).collect(), key: std::marker::PhantomData }
    }
}

impl<K: Vocabulary, V> ByKey<K, V> {
    /// A table from its slots, one per value of the vocabulary; None if the count differs.
    pub fn from_slots(slots: Vec<Option<V>>) -> Option<Self> {
        (slots.len() == K::ALL.len()).then_some(ByKey { slots, key: std::marker::PhantomData })
    }
    pub fn slots(&self) -> &[Option<V>] {
        &self.slots
    }
    pub fn get(&self, k: &K) -> Option<&V> {
        self.slots.get(k.index())?.as_ref()
    }
    pub fn contains_key(&self, k: &K) -> bool {
        self.get(k).is_some()
    }
    pub fn insert(&mut self, k: K, v: V) {
        if let Some(slot) = self.slots.get_mut(k.index()) {
            *slot = Some(v);
        }
    }
    pub fn remove(&mut self, k: &K) -> Option<V> {
        self.slots.get_mut(k.index())?.take()
    }
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> + '_ {
        K::ALL.iter().zip(&self.slots).filter_map(|(k, v)| Some((*k, v.as_ref()?)))
    }
}

impl<K: Vocabulary, V> std::ops::Index<&K> for ByKey<K, V> {
    type Output = V;
    /// Panics if the slot is empty; every table of the built-in content is complete (checked).
    fn index(&self, k: &K) -> &V {
        self.get(k).expect("the content has every key (checked by build.rs)")
    }
}

impl<'de, K: Vocabulary + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for ByKey<K, V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<K, V>::deserialize(d)?;
        let mut table = ByKey::default();
        for (k, v) in map {
            table.insert(k, v);
        }
        Ok(table)
    }
}

/// One language file (`content/fr.toml`, `content/en.toml`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub language: Language,
    pub texts: Texts,
    pub levels: ByKey<Level, Feedback>,
    pub care: ByKey<Care, Feedback>,
    pub action: ByKey<Action, Feedback>,
    pub threshold: ByKey<Threshold, Feedback>,
    pub method: ByKey<MethodStyle, Feedback>,
    pub risks: ByKey<Risk, Feedback>,
    pub roles: ByKey<Role, String>,
    pub cases: ByKey<CaseId, CaseText>,
    pub dimensions: Vec<DimensionContent>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub title: String,
    pub intro: String,
    pub no_failure: String,
    pub dissatisfaction: String,
    pub unknown_answer: String,
    pub hybrid: String,
}

/// The words for one level, reading value or risk.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definition: String,
    pub feedback: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseText {
    pub name: String,
    pub summary: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionContent {
    pub id: Dimension,
    pub title: String,
    pub intro: String,
    pub source: String,
    pub items: Vec<ItemContent>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemContent {
    pub id: String,
    pub source: String,
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub answers: Vec<AnswerContent>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerContent {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care: Option<Care>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Threshold>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MethodStyle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
}

impl AnswerContent {
    /// What this answer reveals beyond its place on the scale.
    pub fn tags(&self) -> AnswerTags {
        AnswerTags {
            care: self.care,
            action: self.action,
            threshold: self.threshold,
            method: self.method,
            risks: self.risks.clone(),
        }
    }
}

/// What an answer reveals beyond its place on the scale. Language-neutral.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerTags {
    pub care: Option<Care>,
    pub action: Option<Action>,
    pub threshold: Option<Threshold>,
    pub method: Option<MethodStyle>,
    pub risks: Vec<Risk>,
}

/// `content/cases.toml`: Encadrés 1–3 written as answer sets.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CasesFile {
    pub cases: Vec<CaseAnswers>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseAnswers {
    pub id: CaseId,
    /// The level the talk gives this case.
    pub level: Level,
    pub answers: Vec<CaseAnswer>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseAnswer {
    pub item: String,
    pub answer: String,
    /// The words of the encadré that justify this answer.
    pub quote: String,
}

pub const MIN_ITEMS: usize = 5;
pub const MAX_ITEMS: usize = 8;
pub const MIN_ANSWERS: usize = 3;
pub const MAX_ANSWERS: usize = 5;

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_keys<K: Vocabulary, V>(map: &ByKey<K, V>, section: &str, errors: &mut Vec<String>) {
    for k in K::ALL {
        if !map.contains_key(k) {
            errors.push(format!("section [{section}]: « {} » is missing", k.id()));
        }
    }
}

fn check_feedback<K: Vocabulary>(map: &ByKey<K, Feedback>, section: &str, errors: &mut Vec<String>) {
    check_keys(map, section, errors);
    for (k, f) in map.iter() {
        for (field, value) in [("name", &f.name), ("feedback", &f.feedback), ("source", &f.source)] {
            if value.trim().is_empty() {
                errors.push(format!("[{section}.{}]: « {field} » is empty", k.id()));
            }
        }
    }
}

/// Checks one language file on its own. Each message names the place to fix.
pub fn check_content(c: &Content) -> Vec<String> {
    let mut errors = Vec::new();
    let texts = [
        ("title", &c.texts.title),
        ("intro", &c.texts.intro),
        ("no_failure", &c.texts.no_failure),
        ("dissatisfaction", &c.texts.dissatisfaction),
        ("unknown_answer", &c.texts.unknown_answer),
        ("hybrid", &c.texts.hybrid),
    ];
    for (field, value) in texts {
        if value.trim().is_empty() {
            errors.push(format!("[texts]: « {field} » is empty"));
        }
    }
    check_feedback(&c.levels, "levels", &mut errors);
    check_feedback(&c.care, "care", &mut errors);
    check_feedback(&c.action, "action", &mut errors);
    check_feedback(&c.threshold, "threshold", &mut errors);
    check_feedback(&c.method, "method", &mut errors);
    check_feedback(&c.risks, "risks", &mut errors);
    check_keys(&c.roles, "roles", &mut errors);
    check_keys(&c.cases, "cases", &mut errors);

    let order: Vec<Dimension> = c.dimensions.iter().map(|d| d.id).collect();
    if order != Dimension::ALL {
        errors.push(format!(
            "[[dimensions]]: expected coordination, autorite, parents, methode in this order, found {}",
            order.iter().map(|d| d.id()).collect::<Vec<_>>().join(", ")
        ));
    }
    let mut seen_items = std::collections::BTreeSet::new();
    let mut reached = AnswerTagsReached::default();
    for d in &c.dimensions {
        if d.source.trim().is_empty() {
            errors.push(format!("dimension {}: « source » is empty", d.id));
        }
        if !(MIN_ITEMS..=MAX_ITEMS).contains(&d.items.len()) {
            errors.push(format!(
                "dimension {}: {} items, expected {MIN_ITEMS} to {MAX_ITEMS}",
                d.id,
                d.items.len()
            ));
        }
        for item in &d.items {
            if !is_id(&item.id) {
                errors.push(format!("item « {} »: an id is lowercase words joined by -", item.id));
            }
            if !seen_items.insert(item.id.as_str()) {
                errors.push(format!("item « {} »: this id is used twice", item.id));
            }
            if item.source.trim().is_empty() {
                errors.push(format!("item {}: « source » is empty (name the place in the talk)", item.id));
            }
            if item.question.trim().is_empty() {
                errors.push(format!("item {}: « question » is empty", item.id));
            }
            if !(MIN_ANSWERS..=MAX_ANSWERS).contains(&item.answers.len()) {
                errors.push(format!(
                    "item {}: {} answers, expected {MIN_ANSWERS} to {MAX_ANSWERS}",
                    item.id,
                    item.answers.len()
                ));
            }
            let mut seen_answers = std::collections::BTreeSet::new();
            for a in &item.answers {
                if !is_id(&a.id) {
                    errors.push(format!("item {}, answer « {} »: an id is lowercase words joined by -", item.id, a.id));
                }
                if !seen_answers.insert(a.id.as_str()) {
                    errors.push(format!("item {}, answer « {} »: this id is used twice", item.id, a.id));
                }
                if a.text.trim().is_empty() {
                    errors.push(format!("item {}, answer {}: « text » is empty", item.id, a.id));
                }
                reached.add(&a.tags());
            }
        }
    }
    reached.report(&mut errors);
    errors
}

#[derive(Default)]
struct AnswerTagsReached {
    care: Vec<Care>,
    action: Vec<Action>,
    threshold: Vec<Threshold>,
    method: Vec<MethodStyle>,
    risks: Vec<Risk>,
}

impl AnswerTagsReached {
    fn add(&mut self, t: &AnswerTags) {
        self.care.extend(t.care);
        self.action.extend(t.action);
        self.threshold.extend(t.threshold);
        self.method.extend(t.method);
        self.risks.extend(t.risks.iter().copied());
    }

    fn report(&self, errors: &mut Vec<String>) {
        fn missing<T: Vocabulary>(reached: &[T], what: &str, errors: &mut Vec<String>) {
            for v in T::ALL {
                if !reached.contains(v) {
                    errors.push(format!("no answer carries {what} « {} »: every reading and risk must be reachable", v.id()));
                }
            }
        }
        missing(&self.care, "care", errors);
        missing(&self.action, "action", errors);
        missing(&self.threshold, "threshold", errors);
        missing(&self.method, "method", errors);
        missing(&self.risks, "risk", errors);
    }
}

/// Checks that a translation has exactly the reference's structure: ids, sources, mappings, order.
pub fn check_same_structure(reference: &Content, other: &Content) -> Vec<String> {
    let mut errors = Vec::new();
    let lang = other.language.id();
    if reference.dimensions.len() != other.dimensions.len() {
        errors.push(format!("{lang}: {} dimensions, the reference has {}", other.dimensions.len(), reference.dimensions.len()));
    }
    for (rd, od) in reference.dimensions.iter().zip(&other.dimensions) {
        if rd.id != od.id || rd.source != od.source {
            errors.push(format!("{lang}: dimension {} differs from the reference (id or source)", od.id));
        }
        if rd.items.len() != od.items.len() {
            errors.push(format!("{lang}: dimension {} has {} items, the reference has {}", od.id, od.items.len(), rd.items.len()));
        }
        for (ri, oi) in rd.items.iter().zip(&od.items) {
            if ri.id != oi.id {
                errors.push(format!("{lang}: item « {} » stands where the reference has « {} »", oi.id, ri.id));
                continue;
            }
            if ri.source != oi.source {
                errors.push(format!("{lang}: item {}: « source » differs from the reference", oi.id));
            }
            if ri.help.is_some() != oi.help.is_some() {
                errors.push(format!("{lang}: item {}: « help » is in one language only", oi.id));
            }
            if ri.answers.len() != oi.answers.len() {
                errors.push(format!("{lang}: item {}: {} answers, the reference has {}", oi.id, oi.answers.len(), ri.answers.len()));
            }
            for (ra, oa) in ri.answers.iter().zip(&oi.answers) {
                if ra.id != oa.id {
                    errors.push(format!("{lang}: item {}: answer « {} » stands where the reference has « {} »", oi.id, oa.id, ra.id));
                } else if ra.tags() != oa.tags() {
                    errors.push(format!("{lang}: item {}, answer {}: mappings differ from the reference", oi.id, oa.id));
                }
            }
        }
    }
    for (k, rf) in reference.levels.iter() {
        if other.levels.get(&k).map(|f| &f.source) != Some(&rf.source) {
            errors.push(format!("{lang}: [levels.{}]: « source » differs from the reference", k.id()));
        }
    }
    errors
}

/// Checks that every case answer names an existing item and answer, once.
pub fn check_cases(cases: &CasesFile, reference: &Content) -> Vec<String> {
    let mut errors = Vec::new();
    let ids: Vec<CaseId> = cases.cases.iter().map(|c| c.id).collect();
    if ids != CaseId::ALL {
        errors.push("cases.toml: expected encadre-1, encadre-2, encadre-3 in this order".to_string());
    }
    for case in &cases.cases {
        let mut seen = std::collections::BTreeSet::new();
        for a in &case.answers {
            if !seen.insert(a.item.as_str()) {
                errors.push(format!("cases.toml, {}: item {} is answered twice", case.id, a.item));
            }
            let item = reference.dimensions.iter().flat_map(|d| &d.items).find(|i| i.id == a.item);
            match item {
                None => errors.push(format!("cases.toml, {}: there is no item « {} »", case.id, a.item)),
                Some(item) if !item.answers.iter().any(|x| x.id == a.answer) => {
                    errors.push(format!("cases.toml, {}: item {} has no answer « {} »", case.id, a.item, a.answer))
                }
                Some(_) => {}
            }
            if a.quote.trim().is_empty() {
                errors.push(format!("cases.toml, {}: the answer to {} quotes nothing", case.id, a.item));
            }
        }
    }
    errors
}
