//! The questionnaire content: the checks `build.rs` runs pass on both languages and catch what they guard; quotations are the talk's; options never copy a case; lengths, plain words and terms as the issue asks.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::model::{
    check_cases, check_content, check_migration, check_same_structure, plain_text, segments, word_count, Content, ItemKind, Level, Risk, Role, Scope, Segment,
    Vocabulary,
};
use partenariat::core::{Language, Questionnaire};

fn fr() -> Content {
    Questionnaire::get(Language::Fr).content.clone()
}
/// The English content: as built in, or (without the `embedded-english` feature, as the
/// browser ships) as `content/en.toml` says.
fn en() -> Content {
    if Questionnaire::available(Language::En) {
        return Questionnaire::get(Language::En).content.clone();
    }
    toml::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/en.toml")).unwrap()).unwrap()
}

fn talk() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/source/trepos-2017.txt")).unwrap()
}

/// Runs `check_content` on a mutated French content and expects a message containing `expected`.
fn check(mutate: impl FnOnce(&mut Content), expected: &str) {
    let mut c = fr();
    mutate(&mut c);
    let errors = check_content(&c);
    assert!(errors.iter().any(|e| e.contains(expected)), "expected « {expected} » among {errors:#?}");
}

fn item_mut<'a>(c: &'a mut Content, id: &str) -> &'a mut partenariat::core::model::ItemContent {
    c.dimensions.iter_mut().flat_map(|d| d.items.iter_mut()).find(|i| i.id == id).unwrap()
}

#[test]
fn both_languages_the_cases_and_the_migration_pass_every_check() {
    assert_eq!(check_content(&fr()), Vec::<String>::new());
    assert_eq!(check_content(&en()), Vec::<String>::new());
    assert_eq!(check_same_structure(&fr(), &en()), Vec::<String>::new());
    let cases = partenariat::core::model::CasesFile { cases: Questionnaire::get(Language::Fr).cases().to_vec() };
    assert_eq!(check_cases(&cases, &fr()), Vec::<String>::new());
    assert_eq!(check_migration(partenariat::core::answers_file::migration(), &fr()), Vec::<String>::new());
}

#[test]
fn the_checks_catch_what_they_guard() {
    check(|c| c.dimensions[0].items[1].id = c.dimensions[0].items[0].id.clone(), "used twice");
    check(|c| c.dimensions[2].items[0].answers.truncate(1), "expected 2 to 5");
    check(|c| c.dimensions[3].items[0].source.clear(), "source");
    check(|c| c.dimensions.swap(0, 1), "in this order");
    check(|c| c.dimensions[0].items[0].id = "Pas Un Id".into(), "lowercase");
    check(|c| item_mut(c, "coordination-reponse").answers.retain(|a| a.level != Some(Level::Maximal)), "« maximal » level's practice");
    check(|c| item_mut(c, "coordination-reponse").answers[0].level = None, "needs a « level »");
    check(|c| item_mut(c, "methode-action").answers[0].level = Some(Level::Minimal), "carries no level");
    check(|c| item_mut(c, "autorite-tension").answers[0].outcome = None, "« outcome »");
    check(|c| item_mut(c, "coordination-lien").question.push_str(" {inconnu}"), "« {inconnu} » is not in the [[glossary]]");
    check(|c| item_mut(c, "coordination-lien").question = "mot ".repeat(31), "at most 30");
    check(|c| item_mut(c, "coordination-reponse").multiple = true, "only a reading item");
    check(
        |c| {
            c.risks.remove(&Risk::Zonage);
        },
        "[risks]: « zonage » is missing",
    );
    check(
        |c| {
            for d in &mut c.dimensions {
                for i in &mut d.items {
                    for a in &mut i.answers {
                        a.risks.retain(|r| *r != Risk::Zonage);
                    }
                }
            }
        },
        "no answer raises the risk « zonage »",
    );
    check(
        |c| {
            for d in &mut c.dimensions {
                for i in &mut d.items {
                    for a in &mut i.answers {
                        if a.level == Some(Level::Minimal) {
                            a.risks.clear();
                        }
                    }
                }
            }
        },
        "no « minimal » answer raises a risk",
    );
    check(
        |c| c.roles.insert(Role::Caf, partenariat::core::model::RoleContent { name: "CAF".into(), scopes: vec![Scope::Famille, Scope::Actions] }),
        "is not written for this role",
    );
    check(
        |c| {
            c.risks.insert(Risk::ModeleDeficitaire, partenariat::core::model::Feedback { plain: None, ..fr().risks[&Risk::ModeleDeficitaire].clone() });
        },
        "reachable from the parent path, it needs a « plain » text",
    );
}

#[test]
fn a_translation_that_drifts_from_the_reference_is_refused() {
    let mut e = en();
    e.dimensions[0].items[0].answers[0].level = Some(Level::Maximal);
    assert!(check_same_structure(&fr(), &e).iter().any(|m| m.contains("differ from the reference")));
    let mut e = en();
    e.dimensions[1].items[0].id = "autre-chose".into();
    assert!(check_same_structure(&fr(), &e).iter().any(|m| m.contains("autre-chose")));
    let mut e = en();
    e.dimensions[2].items[0].scope = Scope::Pilotage;
    assert!(check_same_structure(&fr(), &e).iter().any(|m| m.contains("scope")));
    let mut e = en();
    let mut parent = e.roles[&Role::Parent].clone();
    parent.scopes.push(Scope::Actions);
    e.roles.insert(Role::Parent, parent);
    assert!(check_same_structure(&fr(), &e).iter().any(|m| m.contains("roles.parent")));
}

/// Text as compared with the talk: no markdown emphasis, no quotation marks, one kind of
/// apostrophe, single spaces, lower case, no accents (the talk writes « Eviter » for « Éviter »).
fn normalize(s: &str) -> String {
    let s: String = s
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '*' | '«' | '»' | '"' | '“' | '”'))
        .map(|c| match c {
            '’' => '\'',
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The outermost « … » quotations of a text.
fn quotations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '«' => {
                if depth > 0 {
                    current.push(c);
                }
                depth += 1;
            }
            '»' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(std::mem::take(&mut current));
                } else {
                    current.push(c);
                }
            }
            _ if depth > 0 => current.push(c),
            _ => {}
        }
    }
    out
}

/// Every text of the French content that speaks for the talk.
fn talk_texts(c: &Content) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = c.texts.fields().iter().map(|(k, v)| (format!("texts.{k}"), v.to_string())).collect();
    let mut feedback = |section: &str, entries: Vec<(&str, &partenariat::core::model::Feedback)>| {
        for (k, f) in entries {
            out.push((format!("{section}.{k}.feedback"), f.feedback.clone()));
            if let Some(d) = &f.definition {
                out.push((format!("{section}.{k}.definition"), d.clone()));
            }
        }
    };
    feedback("levels", c.levels.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("care", c.care.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("conception", c.conception.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("threshold", c.threshold.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("method", c.method.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("form", c.form.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("tests", c.tests.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("outcomes", c.outcomes.iter().map(|(k, f)| (k.id(), f)).collect());
    feedback("risks", c.risks.iter().map(|(k, f)| (k.id(), f)).collect());
    for d in &c.dimensions {
        out.push((format!("{}.intro", d.id), plain_text(&d.intro)));
        for i in &d.items {
            if let Some(h) = &i.help {
                out.push((format!("{}.help", i.id), plain_text(h)));
            }
        }
    }
    for g in &c.glossary {
        out.push((format!("glossary.{}", g.term), g.definition.clone()));
    }
    out
}

#[test]
fn every_quotation_presented_as_the_talks_is_verbatim_in_the_talk() {
    let talk = normalize(&talk());
    let mut checked = 0;
    for (place, text) in talk_texts(&fr()) {
        for q in quotations(&text) {
            assert!(talk.contains(&normalize(&q)), "{place}: « {q} » is not in the talk");
            checked += 1;
        }
    }
    for case in Questionnaire::get(Language::Fr).cases() {
        for a in &case.answers {
            let quotes = quotations(&a.quote);
            assert!(!quotes.is_empty(), "{} {}: no quotation", case.id, a.item);
            for q in quotes {
                assert!(talk.contains(&normalize(&q)), "cases.toml, {} {}: « {q} » is not in the talk", case.id, a.item);
                checked += 1;
            }
        }
    }
    assert!(checked > 80, "only {checked} quotations found");
}

/// The words of a text, for comparing runs of words.
fn words(s: &str) -> Vec<String> {
    normalize(s).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// The text of Encadrés 1 to 6 (their slides, annotations included).
fn encadres() -> String {
    let talk = talk();
    let lines: Vec<&str> = talk.lines().collect();
    let find = |prefix: &str| lines.iter().position(|l| l.starts_with(prefix)).unwrap();
    let ranges = [(find("Encadré 1"), find("-2-")), (find("Encadré 4"), find("Le portage politique")), (find("Encadré 5"), find("Eléments d'ouverture"))];
    ranges.iter().map(|(a, b)| lines[*a..*b].join("\n")).collect::<Vec<_>>().join("\n")
}

/// Grammatical words: a run of four words copied from a case counts only if at least two of
/// its words are something else.
const GRAMMAR: &[&str] = &[
    "a", "au", "aux", "avec", "ce", "ces", "cette", "chaque", "d", "dans", "de", "des", "du", "elle", "elles", "en", "est", "et", "il", "ils", "je", "l", "la",
    "le", "les", "leur", "leurs", "m", "me", "n", "ne", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont",
    "sur", "un", "une", "vous", "y",
];

#[test]
fn no_question_or_option_copies_four_words_of_an_encadre() {
    // Runs of four words that are the ordinary vocabulary of the field, not a case's own words.
    const GENERIC: &[&str] = &["un comite de pilotage"];
    let source = words(&encadres());
    let runs: std::collections::BTreeSet<String> =
        source.windows(4).filter(|w| w.iter().filter(|x| !GRAMMAR.contains(&x.as_str())).count() >= 2).map(|w| w.join(" ")).collect();
    let c = fr();
    for (_, item) in c.items() {
        let texts = std::iter::once(&item.question).chain(item.help.iter()).chain(item.answers.iter().map(|a| &a.text));
        for text in texts {
            for w in words(&plain_text(text)).windows(4) {
                let run = w.join(" ");
                assert!(!runs.contains(&run) || GENERIC.contains(&run.as_str()), "{}: « {run} » is an encadré's wording", item.id);
            }
        }
    }
}

#[test]
fn no_level_has_the_longest_answer_in_more_than_a_third_of_the_scale_items() {
    for c in [fr(), en()] {
        let scale: Vec<_> = c.items().map(|(_, i)| i).filter(|i| i.kind() == ItemKind::Scale).collect();
        for level in Level::ALL {
            let longest = scale
                .iter()
                .filter(|i| {
                    let max = i.answers.iter().map(|a| plain_text(&a.text).chars().count()).max().unwrap();
                    i.answers.iter().any(|a| a.level == Some(*level) && plain_text(&a.text).chars().count() == max)
                })
                .count();
            assert!(3 * longest <= scale.len(), "{}: the {} answer is the longest in {longest} of {} scale items", c.language, level.id(), scale.len());
        }
    }
}

#[test]
fn the_welcome_duration_is_computed_from_the_paths() {
    use partenariat::i18n::{EN, FR};
    for t in [FR, EN] {
        assert!(t.duration.contains("{min}") && t.duration.contains("{max}"), "{}", t.duration);
        assert!(!t.duration.chars().any(|c| c.is_ascii_digit()), "no duration written by hand: {}", t.duration);
    }
    let q = Questionnaire::get(Language::Fr);
    for role in std::iter::once(None).chain(Role::ALL.iter().map(|r| Some(*r))) {
        let words = q.path_words(role);
        let per_minute = if role == Some(Role::Parent) { 180 } else { 200 };
        assert_eq!(q.reading_minutes(role), words.div_ceil(per_minute));
        assert!(q.reading_minutes(role) <= 10, "{role:?}: {} minutes", q.reading_minutes(role));
    }
    assert!(q.reading_minutes(Some(Role::Parent)) < q.reading_minutes(None));
}

#[test]
fn the_parent_path_speaks_plainly() {
    // Words of the field that a parent with little schooling would not use.
    const JARGON: &[&str] = &[
        "dispositif",
        "partenariat",
        "partenaire",
        "droit commun",
        "épreuve",
        "préséance",
        "file active",
        "institution",
        "pilotage",
        "usager",
        "prestation",
        "parcours",
    ];
    let c = fr();
    let mut texts: Vec<(String, String)> = Vec::new();
    for (_, item) in c.items().filter(|(_, i)| i.scope == Scope::Famille) {
        texts.push((item.id.clone(), plain_text(&item.question)));
        texts.extend(item.answers.iter().map(|a| (format!("{}/{}", item.id, a.id), plain_text(&a.text))));
    }
    for d in &c.dimensions {
        texts.push((format!("{}.plain_title", d.id), d.plain_title.clone()));
        texts.push((format!("{}.plain_intro", d.id), d.plain_intro.clone()));
    }
    for (k, f) in c.levels.iter() {
        texts.push((format!("levels.{}", k.id()), f.plain.clone().unwrap()));
    }
    for (place, text) in texts
        .iter()
        .chain([("no_failure_plain".to_string(), c.texts.no_failure_plain.clone()), ("unknowns_plain".to_string(), c.texts.unknowns_plain.clone())].iter())
    {
        let lower = text.to_lowercase();
        for j in JARGON {
            assert!(!lower.contains(j), "{place}: « {j} » in « {text} »");
        }
        for sentence in text.split(['.', '?', '!', ':', ';']) {
            assert!(word_count(sentence) <= 16, "{place}: a sentence of {} words: « {sentence} »", word_count(sentence));
        }
    }
}

#[test]
fn the_talks_terms_are_explained_where_they_are_used() {
    let c = fr();
    let mut used: Vec<&str> = Vec::new();
    let all_texts = c
        .items()
        .flat_map(|(_, i)| std::iter::once(&i.question).chain(i.help.iter()).chain(i.answers.iter().map(|a| &a.text)))
        .chain(c.dimensions.iter().map(|d| &d.intro));
    for text in all_texts {
        for s in segments(text) {
            if let Segment::Term { term, .. } = s {
                used.push(term);
            }
        }
    }
    for term in ["droit commun", "dispositif", "épreuve domestique", "épreuve industrielle", "épreuve civique", "préséance", "file active"] {
        assert!(used.contains(&term), "« {term} » is never explained where it is used");
    }
    for g in &c.glossary {
        assert!(used.contains(&g.term.as_str()), "glossary « {} » is never used", g.term);
    }
}

/// What the library embeds (encoded by build.rs, decoded at start-up) is exactly what the
/// TOML files say: guards the codec and the build step, not only the checks.
#[test]
fn the_embedded_content_is_the_content_of_the_files() {
    use partenariat::core::model::CasesFile;
    let read = |name: &str| std::fs::read_to_string(format!("{}/content/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let fr_file: Content = toml::from_str(&read("fr.toml")).unwrap();
    let en_file: Content = toml::from_str(&read("en.toml")).unwrap();
    let cases_file: CasesFile = toml::from_str(&read("cases.toml")).unwrap();
    assert_eq!(fr(), fr_file);
    // English is built in with the default features only (the bundle fetches it).
    if Questionnaire::available(Language::En) {
        assert_eq!(Questionnaire::get(Language::En).content, en_file);
    }
    assert_eq!(Questionnaire::get(Language::Fr).cases(), cases_file.cases.as_slice());
}
