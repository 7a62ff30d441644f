//! The questionnaire's vocabulary (dimensions, levels, readings, tests, risks, roles) and content model, as written in `content/*.toml`, with the checks every content file must pass.
//!
//! This file is self-contained (std + serde only) on purpose: `build.rs` includes it to
//! check the content at build time, and the library uses it at run time.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// A closed set of values written as kebab-case ids in the content and in answer files.
pub trait Vocabulary: Copy + Ord + fmt::Debug + 'static {
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    fn index(self) -> usize;
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, Deserialize)]
        #[allow(clippy::enum_variant_names)] // `Care::Care`: the talk's own word
        pub enum $name { $($(#[$vdoc])* #[serde(rename = $id)] $variant),+ }
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
    /// The three levels of partnership (Partie 3, 1): sollicitation, mise en commun, co-construction. A scale, not a grade.
    Level { Minimal = "minimal", Intermediaire = "intermediaire", Maximal = "maximal" }
);
vocabulary!(
    /// Values of care (Partie 1, « Ontologies… », 1): worried vigilance, technical device, proximity solidarity.
    Care { Cura = "cura", Cure = "cure", Care = "care" }
);
vocabulary!(
    /// Conceptions of action over time (Partie 1, « Ontologies… », 1).
    Conception { Additive = "additive", Compensatoire = "compensatoire", Autonomiste = "autonomiste" }
);
vocabulary!(
    /// Thresholds of public action (Partie 1, « Ontologies… », 2).
    Threshold { BasSeuil = "bas-seuil", Empowerment = "empowerment", Contrat = "contrat" }
);
vocabulary!(
    /// Method styles of the épreuve industrielle (Partie 2, 2), and the middle way it imagines.
    MethodStyle { Deterministe = "deterministe", Pragmatique = "pragmatique", VoieMoyenne = "voie-moyenne" }
);
vocabulary!(
    /// What ties the partners (Partie 1, 1): stable belonging, connection, or the hybrid, a project.
    Form { Partenariat = "partenariat", Reseau = "reseau", Projet = "projet" }
);
vocabulary!(
    /// The lens a reading item serves: one of the talk's conceptual tools, never ordered.
    Lens { Care = "care", Conception = "conception", Threshold = "threshold", Method = "method", Form = "form" }
);
vocabulary!(
    /// The three tests of Partie 2 (épreuves civique, industrielle, domestique).
    Test { Civique = "civique", Industrielle = "industrielle", Domestique = "domestique" }
);
vocabulary!(
    /// What a tension has become (Partie 2, introduction; Encadré 1's annotation on « apaiser »).
    Outcome { Epreuve = "epreuve", Arrangement = "arrangement", Paix = "paix" }
);
vocabulary!(
    /// Risks the talk names, each raised by a practice (at any level), never by a low position.
    Risk {
        Palliatif = "palliatif",
        LogiqueDeGuichet = "logique-de-guichet",
        ParentsSurestimes = "parents-surestimes",
        AutoritePersonnes = "autorite-personnes",
        ModeleDeficitaire = "modele-deficitaire",
        Zonage = "zonage",
        ContratInequitable = "contrat-inequitable",
        Preseance = "preseance",
        VisionImplicite = "vision-implicite",
        Dispersion = "dispersion",
        Modelisation = "modelisation",
    }
);
vocabulary!(
    /// The respondent's role: routes to the items that role can know; never scored.
    Role {
        Ecole = "ecole",
        EtablissementSecondDegre = "etablissement-second-degre",
        Collectivite = "collectivite",
        Coordonnateur = "coordonnateur",
        Caf = "caf",
        ServiceSocial = "service-social",
        Association = "association",
        Parent = "parent",
        ServicesEtat = "services-etat",
        Autre = "autre",
    }
);
vocabulary!(
    /// What an item speaks of: one child's path, collective actions, steering, the partnership in
    /// general (any professional), or the family's own experience (the parent path).
    Scope { Parcours = "parcours", Actions = "actions", Pilotage = "pilotage", Ensemble = "ensemble", Famille = "famille" }
);
vocabulary!(
    /// Which partnership the respondent has in mind (asked in the profile, never scored).
    PartnershipKind {
        Pre = "pre",
        Clas = "clas",
        CiteEducative = "cite-educative",
        Reaap = "reaap",
        EcoleFamilles = "ecole-familles",
        VoletEducatif = "volet-educatif",
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

/// Whether a role reads the plain words: the parent path, and its result.
pub fn plain_words(role: Option<Role>) -> bool {
    role == Some(Role::Parent)
}

/// The scopes of a respondent who gave no role: every professional item.
pub const NO_ROLE_SCOPES: &[Scope] = &[Scope::Parcours, Scope::Actions, Scope::Pilotage, Scope::Ensemble];

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
    pub fn is_complete(&self) -> bool {
        self.slots.iter().all(Option::is_some)
    }
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> + '_ {
        K::ALL.iter().zip(&self.slots).filter_map(|(k, v)| Some((*k, v.as_ref()?)))
    }
}

impl<K: Vocabulary, V> std::ops::Index<&K> for ByKey<K, V> {
    type Output = V;
    /// Panics if the slot is empty. Every table of installed content is complete: `build.rs`
    /// checks the built-in content and `Questionnaire::install` checks fetched content.
    fn index(&self, k: &K) -> &V {
        self.get(k).expect("the content has every key (checked before it is used)")
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
    pub conception: ByKey<Conception, Feedback>,
    pub threshold: ByKey<Threshold, Feedback>,
    pub method: ByKey<MethodStyle, Feedback>,
    pub form: ByKey<Form, Feedback>,
    pub tests: ByKey<Test, Feedback>,
    pub outcomes: ByKey<Outcome, Feedback>,
    pub risks: ByKey<Risk, Feedback>,
    pub roles: ByKey<Role, RoleContent>,
    pub scopes: ByKey<Scope, String>,
    pub kinds: ByKey<PartnershipKind, String>,
    pub cases: ByKey<CaseId, CaseText>,
    pub glossary: Vec<Term>,
    pub dimensions: Vec<DimensionContent>,
}

/// The framing texts of the questionnaire and of the result.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub title: String,
    pub intro: String,
    pub no_failure: String,
    pub no_failure_plain: String,
    pub dissatisfaction: String,
    pub dissatisfaction_plain: String,
    pub dont_know: String,
    pub not_applicable: String,
    pub not_applicable_plain: String,
    pub several: String,
    pub hybrid: String,
    pub hybrid_advice: String,
    pub hybrid_plain: String,
    pub unknowns: String,
    pub unknowns_advice: String,
    pub unknowns_plain: String,
    pub tensions: String,
    pub directions: String,
    pub directions_plain: String,
}

impl Texts {
    /// Every text with its field name, for the checks.
    pub fn fields(&self) -> [(&'static str, &str); 19] {
        [
            ("title", &self.title),
            ("intro", &self.intro),
            ("no_failure", &self.no_failure),
            ("no_failure_plain", &self.no_failure_plain),
            ("dissatisfaction", &self.dissatisfaction),
            ("dissatisfaction_plain", &self.dissatisfaction_plain),
            ("dont_know", &self.dont_know),
            ("not_applicable", &self.not_applicable),
            ("not_applicable_plain", &self.not_applicable_plain),
            ("several", &self.several),
            ("hybrid", &self.hybrid),
            ("hybrid_advice", &self.hybrid_advice),
            ("hybrid_plain", &self.hybrid_plain),
            ("unknowns", &self.unknowns),
            ("unknowns_advice", &self.unknowns_advice),
            ("unknowns_plain", &self.unknowns_plain),
            ("tensions", &self.tensions),
            ("directions", &self.directions),
            ("directions_plain", &self.directions_plain),
        ]
    }
}

/// The words for one level, reading value, test, outcome or risk. `feedback` says what the
/// talk says; `advice` is the tool's own suggestion, shown as such; `plain` is for the parent path.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    pub name: String,
    #[serde(default)]
    pub definition: Option<String>,
    pub feedback: String,
    #[serde(default)]
    pub advice: Option<String>,
    #[serde(default)]
    pub plain: Option<String>,
    /// A level's name in everyday words, for the parent path.
    #[serde(default)]
    pub plain_name: Option<String>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleContent {
    pub name: String,
    /// What a person in this role can know: the scopes of the items on their path.
    pub scopes: Vec<Scope>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseText {
    pub name: String,
    pub summary: String,
    pub source: String,
}

/// A term of the talk, explained where it is used (`{term}` in a text).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    pub definition: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionContent {
    pub id: Dimension,
    pub title: String,
    pub plain_title: String,
    pub intro: String,
    pub plain_intro: String,
    pub source: String,
    pub items: Vec<ItemContent>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemContent {
    pub id: String,
    pub scope: Scope,
    /// Set on a reading item: the lens its answers serve (they never move the level).
    #[serde(default)]
    pub reading: Option<Lens>,
    /// Set on a tension item: the test it asks about.
    #[serde(default)]
    pub test: Option<Test>,
    /// A reading item where the talk invites combining: several answers may be chosen.
    #[serde(default)]
    pub multiple: bool,
    pub source: String,
    pub question: String,
    #[serde(default)]
    pub help: Option<String>,
    pub answers: Vec<AnswerContent>,
}

/// What an item is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// Places its dimension: each answer carries a level.
    Scale,
    /// Feeds a reading beside the level; never moves it.
    Reading(Lens),
    /// Asks what a test's tension has become.
    Tension(Test),
}

impl ItemContent {
    pub fn kind(&self) -> ItemKind {
        match (self.reading, self.test) {
            (Some(lens), _) => ItemKind::Reading(lens),
            (None, Some(test)) => ItemKind::Tension(test),
            (None, None) => ItemKind::Scale,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerContent {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub level: Option<Level>,
    #[serde(default)]
    pub care: Option<Care>,
    #[serde(default)]
    pub conception: Option<Conception>,
    #[serde(default)]
    pub threshold: Option<Threshold>,
    #[serde(default)]
    pub method: Option<MethodStyle>,
    #[serde(default)]
    pub form: Option<Form>,
    #[serde(default)]
    pub outcome: Option<Outcome>,
    #[serde(default)]
    pub risks: Vec<Risk>,
}

/// A value of one of the lenses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LensValue {
    Care(Care),
    Conception(Conception),
    Threshold(Threshold),
    Method(MethodStyle),
    Form(Form),
}

impl LensValue {
    pub fn lens(self) -> Lens {
        match self {
            LensValue::Care(_) => Lens::Care,
            LensValue::Conception(_) => Lens::Conception,
            LensValue::Threshold(_) => Lens::Threshold,
            LensValue::Method(_) => Lens::Method,
            LensValue::Form(_) => Lens::Form,
        }
    }
    /// The value's index within its lens's vocabulary.
    pub fn index(self) -> usize {
        match self {
            LensValue::Care(v) => v.index(),
            LensValue::Conception(v) => v.index(),
            LensValue::Threshold(v) => v.index(),
            LensValue::Method(v) => v.index(),
            LensValue::Form(v) => v.index(),
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            LensValue::Care(v) => v.id(),
            LensValue::Conception(v) => v.id(),
            LensValue::Threshold(v) => v.id(),
            LensValue::Method(v) => v.id(),
            LensValue::Form(v) => v.id(),
        }
    }
    /// Every value of a lens, in its vocabulary's order.
    pub fn all(lens: Lens) -> Vec<LensValue> {
        match lens {
            Lens::Care => Care::ALL.iter().map(|v| LensValue::Care(*v)).collect(),
            Lens::Conception => Conception::ALL.iter().map(|v| LensValue::Conception(*v)).collect(),
            Lens::Threshold => Threshold::ALL.iter().map(|v| LensValue::Threshold(*v)).collect(),
            Lens::Method => MethodStyle::ALL.iter().map(|v| LensValue::Method(*v)).collect(),
            Lens::Form => Form::ALL.iter().map(|v| LensValue::Form(*v)).collect(),
        }
    }
}

impl AnswerContent {
    /// The lens values this answer carries (a well-formed reading answer carries exactly one).
    pub fn lens_values(&self) -> Vec<LensValue> {
        let mut v = Vec::new();
        v.extend(self.care.map(LensValue::Care));
        v.extend(self.conception.map(LensValue::Conception));
        v.extend(self.threshold.map(LensValue::Threshold));
        v.extend(self.method.map(LensValue::Method));
        v.extend(self.form.map(LensValue::Form));
        v
    }
    pub fn lens_value(&self) -> Option<LensValue> {
        self.lens_values().first().copied()
    }
}

impl Content {
    /// The words for a lens value.
    pub fn lens_feedback(&self, v: LensValue) -> &Feedback {
        match v {
            LensValue::Care(x) => &self.care[&x],
            LensValue::Conception(x) => &self.conception[&x],
            LensValue::Threshold(x) => &self.threshold[&x],
            LensValue::Method(x) => &self.method[&x],
            LensValue::Form(x) => &self.form[&x],
        }
    }
    /// The scopes a role's path covers (no role: every professional item).
    pub fn scopes_of(&self, role: Option<Role>) -> &[Scope] {
        match role.and_then(|r| self.roles.get(&r)) {
            Some(r) => &r.scopes,
            None => NO_ROLE_SCOPES,
        }
    }
    /// A dimension's title, in plain words for the parent path.
    pub fn dimension_title(&self, d: Dimension, plain: bool) -> &str {
        let dim = &self.dimensions[d.index()];
        if plain {
            &dim.plain_title
        } else {
            &dim.title
        }
    }
    /// A dimension's introduction, in plain words for the parent path.
    pub fn dimension_intro(&self, d: Dimension, plain: bool) -> &str {
        let dim = &self.dimensions[d.index()];
        if plain {
            &dim.plain_intro
        } else {
            &dim.intro
        }
    }
    pub fn items(&self) -> impl Iterator<Item = (Dimension, &ItemContent)> + '_ {
        self.dimensions.iter().flat_map(|d| d.items.iter().map(move |i| (d.id, i)))
    }
}

/// A language fetched at run time: its questionnaire and its interface strings (in the order
/// of `i18n::Ui`'s fields). What `questionnaire-en.bin` holds.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguagePack {
    pub content: Content,
    pub interface: Vec<String>,
}

/// `content/cases.toml`: Encadrés 1–3 written as answer sets, each told from one role.
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
    /// The role that tells the case: its path is the case's path.
    pub role: Role,
    pub answers: Vec<CaseAnswer>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseAnswer {
    pub item: String,
    pub answer: String,
    /// The words of the encadré (or its slide's annotation) that justify this answer.
    pub quote: String,
}

/// A piece of a content text: plain words, or a glossary term as shown (`{shown|term}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Words(&'a str),
    Term { shown: &'a str, term: &'a str },
}

/// Splits a text into words and `{terms}`. An unclosed brace is kept as words (the checks
/// refuse it in the content).
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        if open > 0 {
            out.push(Segment::Words(&rest[..open]));
        }
        let inner = &rest[open + 1..open + len];
        let (shown, term) = inner.split_once('|').unwrap_or((inner, inner));
        out.push(Segment::Term { shown, term });
        rest = &rest[open + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Words(rest));
    }
    out
}

/// A content text as read, without its markup.
pub fn plain_text(text: &str) -> String {
    segments(text)
        .iter()
        .map(|s| match s {
            Segment::Words(w) => *w,
            Segment::Term { shown, .. } => shown,
        })
        .collect()
}

/// A letter or digit as words go in this content: ASCII letters and digits, and any character
/// beyond ASCII but the typographic marks the content uses. (Not `char::is_alphanumeric`: its
/// Unicode tables would cost the bundle several kilobytes for the same count here.)
fn is_letter(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !matches!(c, '«' | '»' | '…' | '—' | '–' | '“' | '”' | '’' | '\u{a0}' | '\u{202f}'))
}

/// Words in a text (for reading time and lengths): runs of letters, digits, apostrophes and
/// hyphens that hold at least one letter or digit (« l'intervention » is one word).
pub fn word_count(text: &str) -> usize {
    plain_text(text).split(|c: char| !(is_letter(c) || c == '\'' || c == '’' || c == '-')).filter(|w| w.chars().any(is_letter)).count()
}

pub const MIN_ANSWERS: usize = 2;
pub const MAX_ANSWERS: usize = 5;
/// The longest question, in words.
pub const MAX_QUESTION_WORDS: usize = 30;

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_feedback<K: Vocabulary>(map: &ByKey<K, Feedback>, section: &str, errors: &mut Vec<String>) {
    for k in K::ALL {
        if !map.contains_key(k) {
            errors.push(format!("section [{section}]: « {} » is missing", k.id()));
        }
    }
    for (k, f) in map.iter() {
        for (field, value) in [("name", &f.name), ("feedback", &f.feedback), ("source", &f.source)] {
            if value.trim().is_empty() {
                errors.push(format!("[{section}.{}]: « {field} » is empty", k.id()));
            }
        }
        for (field, value) in [("definition", &f.definition), ("advice", &f.advice), ("plain", &f.plain)] {
            if value.as_ref().is_some_and(|v| v.trim().is_empty()) {
                errors.push(format!("[{section}.{}]: « {field} » is empty (leave it out instead)", k.id()));
            }
        }
    }
}

fn check_keys<K: Vocabulary, V>(map: &ByKey<K, V>, section: &str, errors: &mut Vec<String>) {
    for k in K::ALL {
        if !map.contains_key(k) {
            errors.push(format!("section [{section}]: « {} » is missing", k.id()));
        }
    }
}

/// Checks that every `{term}` of a text is in the glossary and every brace is closed.
fn check_terms(text: &str, place: &str, glossary: &[Term], errors: &mut Vec<String>) {
    let plain = plain_text(text);
    if plain.contains('{') || plain.contains('}') {
        errors.push(format!("{place}: a brace is not closed or not opened"));
    }
    for s in segments(text) {
        if let Segment::Term { term, .. } = s {
            if !glossary.iter().any(|g| g.term == term) {
                errors.push(format!("{place}: « {{{term}}} » is not in the [[glossary]]"));
            }
        }
    }
}

/// The items of one role's path (no role: every professional item).
pub fn path_items(c: &Content, role: Option<Role>) -> Vec<(Dimension, &ItemContent)> {
    let scopes = c.scopes_of(role);
    c.items().filter(|(_, i)| scopes.contains(&i.scope)).collect()
}

/// Checks one language file on its own. Each message names the place to fix.
pub fn check_content(c: &Content) -> Vec<String> {
    let mut errors = Vec::new();
    for (field, value) in c.texts.fields() {
        if value.trim().is_empty() {
            errors.push(format!("[texts]: « {field} » is empty"));
        }
    }
    check_feedback(&c.levels, "levels", &mut errors);
    check_feedback(&c.care, "care", &mut errors);
    check_feedback(&c.conception, "conception", &mut errors);
    check_feedback(&c.threshold, "threshold", &mut errors);
    check_feedback(&c.method, "method", &mut errors);
    check_feedback(&c.form, "form", &mut errors);
    check_feedback(&c.tests, "tests", &mut errors);
    check_feedback(&c.outcomes, "outcomes", &mut errors);
    check_feedback(&c.risks, "risks", &mut errors);
    check_keys(&c.roles, "roles", &mut errors);
    check_keys(&c.scopes, "scopes", &mut errors);
    check_keys(&c.kinds, "kinds", &mut errors);
    check_keys(&c.cases, "cases", &mut errors);
    for (level, f) in c.levels.iter() {
        if f.definition.is_none() || f.plain.is_none() || f.plain_name.is_none() {
            errors.push(format!("[levels.{}]: a level needs a « definition », a « plain » text and a « plain_name »", level.id()));
        }
    }
    for (role, r) in c.roles.iter() {
        if r.scopes.is_empty() {
            errors.push(format!("[roles.{}]: « scopes » is empty", role.id()));
        }
    }
    let mut terms = std::collections::BTreeSet::new();
    for g in &c.glossary {
        if g.term.trim().is_empty() || g.definition.trim().is_empty() {
            errors.push("[[glossary]]: a term or definition is empty".to_string());
        }
        if !terms.insert(g.term.as_str()) {
            errors.push(format!("[[glossary]]: « {} » is defined twice", g.term));
        }
    }

    let order: Vec<Dimension> = c.dimensions.iter().map(|d| d.id).collect();
    if order != Dimension::ALL {
        errors.push(format!(
            "[[dimensions]]: expected coordination, autorite, parents, methode in this order, found {}",
            order.iter().map(|d| d.id()).collect::<Vec<_>>().join(", ")
        ));
    }
    let mut seen_items = std::collections::BTreeSet::new();
    let mut reached_values: Vec<LensValue> = Vec::new();
    let mut reached_risks: Vec<(Risk, Option<Level>)> = Vec::new();
    let mut tests_asked: Vec<Test> = Vec::new();
    for d in &c.dimensions {
        for (field, value) in
            [("source", &d.source), ("title", &d.title), ("plain_title", &d.plain_title), ("intro", &d.intro), ("plain_intro", &d.plain_intro)]
        {
            if value.trim().is_empty() {
                errors.push(format!("dimension {}: « {field} » is empty", d.id));
            }
        }
        check_terms(&d.intro, &format!("dimension {}, intro", d.id), &c.glossary, &mut errors);
        for item in &d.items {
            let place = format!("item {}", item.id);
            if !is_id(&item.id) {
                errors.push(format!("item « {} »: an id is lowercase words joined by -", item.id));
            }
            if !seen_items.insert(item.id.as_str()) {
                errors.push(format!("item « {} »: this id is used twice", item.id));
            }
            if item.source.trim().is_empty() {
                errors.push(format!("{place}: « source » is empty (name the place in the talk)"));
            }
            if item.question.trim().is_empty() {
                errors.push(format!("{place}: « question » is empty"));
            }
            if word_count(&item.question) > MAX_QUESTION_WORDS {
                errors.push(format!("{place}: the question has {} words, at most {MAX_QUESTION_WORDS}", word_count(&item.question)));
            }
            check_terms(&item.question, &place, &c.glossary, &mut errors);
            if let Some(help) = &item.help {
                check_terms(help, &format!("{place}, help"), &c.glossary, &mut errors);
            }
            if !(MIN_ANSWERS..=MAX_ANSWERS).contains(&item.answers.len()) {
                errors.push(format!("{place}: {} answers, expected {MIN_ANSWERS} to {MAX_ANSWERS}", item.answers.len()));
            }
            if item.reading.is_some() && item.test.is_some() {
                errors.push(format!("{place}: an item is a reading or a tension, not both"));
            }
            if item.multiple && item.reading.is_none() {
                errors.push(format!("{place}: only a reading item may take several answers"));
            }
            let mut seen_answers = std::collections::BTreeSet::new();
            for a in &item.answers {
                let at = format!("{place}, answer {}", a.id);
                if !is_id(&a.id) {
                    errors.push(format!("{place}, answer « {} »: an id is lowercase words joined by -", a.id));
                }
                if !seen_answers.insert(a.id.as_str()) {
                    errors.push(format!("{place}, answer « {} »: this id is used twice", a.id));
                }
                if a.text.trim().is_empty() {
                    errors.push(format!("{at}: « text » is empty"));
                }
                check_terms(&a.text, &at, &c.glossary, &mut errors);
                let values = a.lens_values();
                match item.kind() {
                    ItemKind::Scale => {
                        if a.level.is_none() {
                            errors.push(format!("{at}: an answer to a scale item needs a « level »"));
                        }
                        if !values.is_empty() || a.outcome.is_some() {
                            errors.push(format!("{at}: an answer to a scale item carries a level only (readings come from reading items)"));
                        }
                    }
                    ItemKind::Reading(lens) => {
                        if values.len() != 1 || values[0].lens() != lens {
                            errors.push(format!("{at}: an answer to a « {} » reading item carries exactly one « {} » value", lens.id(), lens.id()));
                        }
                        if a.level.is_some() || a.outcome.is_some() || !a.risks.is_empty() {
                            errors.push(format!("{at}: an answer to a reading item carries no level, outcome or risk"));
                        }
                    }
                    ItemKind::Tension(_) => {
                        if a.outcome.is_none() || a.level.is_some() || !values.is_empty() {
                            errors.push(format!("{at}: an answer to a tension item carries an « outcome » only (and risks)"));
                        }
                    }
                }
                reached_values.extend(values);
                reached_risks.extend(a.risks.iter().map(|r| (*r, a.level)));
            }
            match item.kind() {
                ItemKind::Scale => {
                    for level in Level::ALL {
                        if !item.answers.iter().any(|a| a.level == Some(*level)) {
                            errors.push(format!("{place}: no answer describes the « {} » level's practice", level.id()));
                        }
                    }
                }
                ItemKind::Reading(lens) => {
                    if item.scope == Scope::Famille && matches!(lens, Lens::Method | Lens::Form) {
                        errors.push(format!("{place}: the parent path asks no « {} » reading (its result has no plain title for it)", lens.id()));
                    }
                    let mut values: Vec<usize> = item.answers.iter().filter_map(|a| a.lens_value()).map(|v| v.index()).collect();
                    values.sort_unstable();
                    values.dedup();
                    if values.len() != item.answers.len() {
                        errors.push(format!("{place}: two answers carry the same reading value"));
                    }
                }
                ItemKind::Tension(test) => {
                    if item.scope == Scope::Famille {
                        errors.push(format!("{place}: the parent path asks no tension (its result has no plain words for them)"));
                    }
                    if tests_asked.contains(&test) {
                        errors.push(format!("{place}: a second item asks about the « {} » test (one per test)", test.id()));
                    }
                    for o in Outcome::ALL {
                        if item.answers.iter().filter(|a| a.outcome == Some(*o)).count() != 1 {
                            errors.push(format!("{place}: exactly one answer must say « {} »", o.id()));
                        }
                    }
                    tests_asked.push(test);
                }
            }
        }
    }
    for lens in Lens::ALL {
        for v in LensValue::all(*lens) {
            if !reached_values.contains(&v) {
                errors.push(format!("no answer carries the {} value « {} »: every reading value must be reachable", lens.id(), v.id()));
            }
        }
    }
    for r in Risk::ALL {
        if !reached_risks.iter().any(|(x, _)| x == r) {
            errors.push(format!("no answer raises the risk « {} »: every risk must be reachable", r.id()));
        }
    }
    for level in Level::ALL {
        if !reached_risks.iter().any(|(_, l)| *l == Some(*level)) {
            errors.push(format!("no « {} » answer raises a risk: risks belong to practices at every level", level.id()));
        }
    }
    for t in Test::ALL {
        if !tests_asked.contains(t) {
            errors.push(format!("no professional item asks about the « {} » test", t.id()));
        }
    }
    // Every path places at least one dimension when answered, and speaks to its public.
    for role in std::iter::once(None).chain(Role::ALL.iter().map(|r| Some(*r))) {
        let name = role.map_or("(no role)", |r| r.id());
        let path = path_items(c, role);
        if !path.iter().any(|(_, i)| i.kind() == ItemKind::Scale) {
            errors.push(format!("role {name}: its path has no scale item, so it can never be placed"));
        }
        let plain = plain_words(role);
        for (_, item) in &path {
            if (item.scope == Scope::Famille) != plain {
                errors.push(format!("role {name}: item {} is not written for this role (scope {})", item.id, item.scope.id()));
            }
            if plain {
                for a in &item.answers {
                    for r in &a.risks {
                        if c.risks.get(r).is_some_and(|f| f.plain.is_none()) {
                            errors.push(format!("[risks.{}]: reachable from the parent path, it needs a « plain » text", r.id()));
                        }
                    }
                    for v in a.lens_values() {
                        if c.lens_feedback_checked(v).is_some_and(|f| f.plain.is_none()) {
                            errors.push(format!("reading value « {} »: reachable from the parent path, it needs a « plain » text", v.id()));
                        }
                    }
                }
            }
        }
    }
    errors.sort();
    errors.dedup();
    errors
}

impl Content {
    /// Every table has an entry for every key: the screens can index them without panicking.
    pub fn is_complete(&self) -> bool {
        self.levels.is_complete()
            && self.care.is_complete()
            && self.conception.is_complete()
            && self.threshold.is_complete()
            && self.method.is_complete()
            && self.form.is_complete()
            && self.tests.is_complete()
            && self.outcomes.is_complete()
            && self.risks.is_complete()
            && self.roles.is_complete()
            && self.scopes.is_complete()
            && self.kinds.is_complete()
            && self.cases.is_complete()
    }

    /// The words for a lens value, if the table has them (for checks on content not yet complete).
    fn lens_feedback_checked(&self, v: LensValue) -> Option<&Feedback> {
        match v {
            LensValue::Care(x) => self.care.get(&x),
            LensValue::Conception(x) => self.conception.get(&x),
            LensValue::Threshold(x) => self.threshold.get(&x),
            LensValue::Method(x) => self.method.get(&x),
            LensValue::Form(x) => self.form.get(&x),
        }
    }
}

/// Checks that a translation has exactly the reference's structure: ids, sources, scopes,
/// mappings, roles' paths and order. Only the texts may differ.
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
            if (ri.source.as_str(), ri.scope, ri.reading, ri.test, ri.multiple) != (oi.source.as_str(), oi.scope, oi.reading, oi.test, oi.multiple) {
                errors.push(format!("{lang}: item {}: source, scope, reading, test or « multiple » differs from the reference", oi.id));
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
                } else if (ra.level, ra.lens_values(), ra.outcome, &ra.risks) != (oa.level, oa.lens_values(), oa.outcome, &oa.risks) {
                    errors.push(format!("{lang}: item {}, answer {}: level, reading, outcome or risks differ from the reference", oi.id, oa.id));
                }
            }
        }
    }
    for (k, rf) in reference.levels.iter() {
        if other.levels.get(&k).map(|f| &f.source) != Some(&rf.source) {
            errors.push(format!("{lang}: [levels.{}]: « source » differs from the reference", k.id()));
        }
    }
    for (role, r) in reference.roles.iter() {
        if other.roles.get(&role).map(|o| &o.scopes) != Some(&r.scopes) {
            errors.push(format!("{lang}: [roles.{}]: « scopes » differs from the reference", role.id()));
        }
    }
    if reference.glossary.len() != other.glossary.len() {
        errors.push(format!("{lang}: {} glossary terms, the reference has {}", other.glossary.len(), reference.glossary.len()));
    }
    errors
}

/// Checks that every case answer names an existing item of its role's path and one of that
/// item's answers; an item is answered once unless it takes several answers.
pub fn check_cases(cases: &CasesFile, reference: &Content) -> Vec<String> {
    let mut errors = Vec::new();
    let ids: Vec<CaseId> = cases.cases.iter().map(|c| c.id).collect();
    if ids != CaseId::ALL {
        errors.push("cases.toml: expected encadre-1, encadre-2, encadre-3 in this order".to_string());
    }
    for case in &cases.cases {
        let path = path_items(reference, Some(case.role));
        let mut seen: Vec<(&str, &str)> = Vec::new();
        for a in &case.answers {
            let item = reference.items().map(|(_, i)| i).find(|i| i.id == a.item);
            match item {
                None => errors.push(format!("cases.toml, {}: there is no item « {} »", case.id, a.item)),
                Some(item) => {
                    if !item.answers.iter().any(|x| x.id == a.answer) {
                        errors.push(format!("cases.toml, {}: item {} has no answer « {} »", case.id, a.item, a.answer));
                    }
                    if !path.iter().any(|(_, i)| i.id == a.item) {
                        errors.push(format!("cases.toml, {}: item {} is not on the path of the role {}", case.id, a.item, case.role));
                    }
                    if seen.contains(&(a.item.as_str(), a.answer.as_str())) || (!item.multiple && seen.iter().any(|(i, _)| *i == a.item)) {
                        errors.push(format!("cases.toml, {}: item {} is answered twice", case.id, a.item));
                    }
                }
            }
            seen.push((a.item.as_str(), a.answer.as_str()));
            if a.quote.trim().is_empty() {
                errors.push(format!("cases.toml, {}: the answer to {} quotes nothing", case.id, a.item));
            }
        }
    }
    errors
}

/// `content/v1.toml` as written: how answers of the first questionnaire carry over.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MigrationFile {
    /// « v1-item/v1-answer » → « v2-item/v2-answer », for answers that keep their meaning.
    pub answers: BTreeMap<String, String>,
    /// v1 item → the v2 item that replaces it (empty: its subject is gone).
    pub successors: BTreeMap<String, String>,
}

/// One pair of ids in the migration table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub from: String,
    pub to: String,
}

/// The migration table as the library carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    pub answers: Vec<Pair>,
    pub successors: Vec<Pair>,
}

impl MigrationFile {
    pub fn table(&self) -> Migration {
        let pairs = |m: &BTreeMap<String, String>| m.iter().map(|(from, to)| Pair { from: from.clone(), to: to.clone() }).collect();
        Migration { answers: pairs(&self.answers), successors: pairs(&self.successors) }
    }
}

/// Checks that the migration table names real version-2 items and answers.
pub fn check_migration(m: &Migration, reference: &Content) -> Vec<String> {
    let mut errors = Vec::new();
    let item = |id: &str| reference.items().map(|(_, i)| i).find(|i| i.id == id);
    for p in &m.answers {
        let (Some((_, _)), Some((to_item, to_answer))) = (p.from.split_once('/'), p.to.split_once('/')) else {
            errors.push(format!("v1.toml: « {} » = « {} »: write item/answer on both sides", p.from, p.to));
            continue;
        };
        match item(to_item) {
            None => errors.push(format!("v1.toml: there is no item « {to_item} »")),
            Some(i) if !i.answers.iter().any(|a| a.id == to_answer) => errors.push(format!("v1.toml: item {to_item} has no answer « {to_answer} »")),
            Some(_) => {}
        }
    }
    let mut targets: Vec<(&str, &str)> = Vec::new();
    for p in &m.answers {
        if let (Some((from_item, _)), Some((to_item, _))) = (p.from.split_once('/'), p.to.split_once('/')) {
            if targets.iter().any(|(f, t)| *t == to_item && *f != from_item) {
                errors.push(format!("v1.toml: two version-1 items carry over to « {to_item} »: one would overwrite the other"));
            }
            targets.push((from_item, to_item));
        }
    }
    for p in &m.successors {
        if !p.to.is_empty() && item(&p.to).is_none() {
            errors.push(format!("v1.toml: successor of {}: there is no item « {} »", p.from, p.to));
        }
    }
    errors
}
