//! The questionnaire content: the checks `build.rs` runs pass on both languages, and each check catches what it guards.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::model::{check_cases, check_content, check_same_structure, Content, Risk, Vocabulary};
use partenariat::core::{Dimension, Language, Questionnaire};

fn fr() -> Content {
    Questionnaire::get(Language::Fr).content.clone()
}
fn en() -> Content {
    Questionnaire::get(Language::En).content.clone()
}

/// Runs `check_content` on a mutated French content and expects a message containing `expected`.
fn check(mutate: impl FnOnce(&mut Content), expected: &str) {
    let mut c = fr();
    mutate(&mut c);
    let errors = check_content(&c);
    assert!(errors.iter().any(|e| e.contains(expected)), "expected « {expected} » among {errors:#?}");
}

#[test]
fn both_languages_pass_every_check() {
    assert_eq!(check_content(&fr()), Vec::<String>::new());
    assert_eq!(check_content(&en()), Vec::<String>::new());
    assert_eq!(check_same_structure(&fr(), &en()), Vec::<String>::new());
    let cases = partenariat::core::model::CasesFile { cases: Questionnaire::get(Language::Fr).cases().to_vec() };
    assert_eq!(check_cases(&cases, &fr()), Vec::<String>::new());
}

#[test]
fn ids_are_unique_and_identical_across_languages() {
    let ids = |c: &Content| -> Vec<String> {
        c.dimensions.iter().flat_map(|d| d.items.iter().flat_map(|i| std::iter::once(i.id.clone()).chain(i.answers.iter().map(move |a| format!("{}/{}", i.id, a.id))))).collect()
    };
    let (f, e) = (ids(&fr()), ids(&en()));
    assert_eq!(f, e);
    let mut unique = f.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), f.len());
}

#[test]
fn every_item_names_its_source_and_the_texts_differ_by_language() {
    let (f, e) = (fr(), en());
    for (df, de) in f.dimensions.iter().zip(&e.dimensions) {
        assert_ne!(df.title, de.title, "{} has the same title in both languages", df.id);
        for (i, j) in df.items.iter().zip(&de.items) {
            assert!(!i.source.trim().is_empty());
            assert_ne!(i.question, j.question, "{} is not translated", i.id);
        }
    }
    assert_eq!(f.dimensions.iter().map(|d| d.id).collect::<Vec<_>>(), Dimension::ALL);
}

#[test]
fn the_checks_catch_what_they_guard() {
    check(|c| c.dimensions[0].items[1].id = c.dimensions[0].items[0].id.clone(), "used twice");
    check(|c| c.dimensions[1].items.truncate(4), "expected 5 to 8");
    check(|c| c.dimensions[2].items[0].answers.truncate(2), "expected 3 to 5");
    check(|c| c.dimensions[3].items[0].source.clear(), "source");
    check(|c| c.dimensions.swap(0, 1), "in this order");
    check(|c| c.dimensions[0].items[0].id = "Pas Un Id".into(), "lowercase");
    check(|c| { c.risks.remove(&Risk::Zonage); }, "[risks]: « zonage » is missing");
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
        "no answer carries risk « zonage »",
    );
}

#[test]
fn a_translation_that_drifts_from_the_reference_is_refused() {
    use partenariat::core::Care;
    let mut e = en();
    let a = &mut e.dimensions[0].items[0].answers[0];
    a.care = if a.care == Some(Care::Cura) { Some(Care::Care) } else { Some(Care::Cura) };
    assert!(check_same_structure(&fr(), &e).iter().any(|m| m.contains("mappings differ")));
    let mut e2 = en();
    e2.dimensions[1].items[0].id = "autre-chose".into();
    assert!(check_same_structure(&fr(), &e2).iter().any(|m| m.contains("autre-chose")));
    let mut e3 = en();
    e3.dimensions[2].items[0].source = "ailleurs".into();
    assert!(check_same_structure(&fr(), &e3).iter().any(|m| m.contains("source")));
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
    assert_eq!(en(), en_file);
    assert_eq!(Questionnaire::get(Language::Fr).cases(), cases_file.cases.as_slice());
    for r in Risk::ALL {
        assert!(!fr_file.risks[r].feedback.is_empty() && !en_file.risks[r].feedback.is_empty(), "{}", r.id());
    }
}
