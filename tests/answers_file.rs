//! The answers file format: round trips, every kind of bad file refused with a message that names the problem, and version-1 files (written by the first widget) carried over.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::answers_file::{AnswersFile, AnswersFileError, Migrated, FORMAT, VERSION};
use partenariat::core::{assess, Choice, Language, PartnershipKind, Picks, Profile, Questionnaire, Responses, Role};

fn q() -> &'static Questionnaire {
    Questionnaire::get(Language::Fr)
}

/// Parses `text` against the French questionnaire; `expected` is `ok` or a fragment of the error message.
fn check(text: &str, expected: &str) {
    let got = AnswersFile::parse(text).and_then(|f| f.responses(q()).map(|_| ()));
    match (got, expected) {
        (Ok(()), "ok") => {}
        (Ok(()), _) => panic!("accepted, expected an error containing « {expected} »: {text}"),
        (Err(e), "ok") => panic!("refused with « {e} »: {text}"),
        (Err(e), _) => assert!(e.to_string().contains(expected), "« {e} » does not contain « {expected} »"),
    }
}

#[test]
fn bad_files_are_refused_with_a_message_that_names_the_problem() {
    let v2 = |answers: &str| format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{{answers}}}}}"#);
    check(&v2(r#""coordination-reponse":"sollicitation""#), "ok");
    check(&v2(r#""coordination-reponse":"je-ne-sais-pas","coordination-lien":"ne-s-applique-pas""#), "ok");
    check(&v2(r#""parents-soin":["veiller","traiter"]"#), "ok");
    check(&format!("\u{feff}{}", v2("")), "ok");
    check("", "not valid JSON");
    check("{\"format\":", "not valid JSON");
    check("[1,2,3]", "not an answers file");
    check(r#"{"answers":{}}"#, "not an answers file");
    check(&format!(r#"{{"format":"{FORMAT}","version":3,"answers":{{}}}}"#), "version 3");
    check(&format!(r#"{{"format":"{FORMAT}","version":"2","answers":{{}}}}"#), "whole number");
    check(&format!(r#"{{"format":"{FORMAT}","version":2}}"#), "answers");
    check(&v2(r#""pas-une-question":"x""#), "pas-une-question");
    check(&v2(r#""coordination-reponse":"hors-echelle""#), "hors-echelle");
    check(&v2(r#""coordination-reponse":3"#), "malformed");
    check(&v2(r#""coordination-reponse":["sollicitation","co-construction"]"#), "takes one answer");
    check(&v2(r#""parents-soin":[]"#), "non-empty list");
    check(&format!(r#"{{"format":"{FORMAT}","version":2,"profile":{{"role":"pirate"}},"answers":{{}}}}"#), "malformed");
    check(&format!(r#"{{"format":"{FORMAT}","version":2,"profile":{{"kind":"autre-chose"}},"answers":{{}}}}"#), "malformed");
    check(&format!(r#"{{"format":"{FORMAT}","version":2,"extra":true,"answers":{{}}}}"#), "malformed");
    let long = "x".repeat(300);
    check(&format!(r#"{{"format":"{FORMAT}","version":2,"profile":{{"partnership":"{long}"}},"answers":{{}}}}"#), "300 characters");
    let huge = format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{}},"pad":"{}"}}"#, " ".repeat(300_000));
    assert!(matches!(AnswersFile::parse(&huge), Err(AnswersFileError::TooLarge(_))));
}

#[test]
fn messages_quote_the_file_escaped_and_cut_short() {
    let key = format!("\u{1b}[2J{}", "k".repeat(5000));
    let text = format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{"{}":"x"}}}}"#, key.replace('\u{1b}', "\\u001b"));
    let message = AnswersFile::parse(&text).unwrap().responses(q()).unwrap_err().to_string();
    assert!(!message.contains('\u{1b}'), "{message:?}");
    assert!(message.chars().count() < 200, "{} characters", message.chars().count());
}

#[test]
fn export_then_import_gives_back_the_same_answers_and_profile() {
    let q = q();
    let mut r = Responses::empty(q);
    for (i, _, item) in q.items() {
        r.set(
            i,
            match i % 4 {
                0 => Some(Choice::one(0)),
                1 => Some(Choice::DontKnow),
                2 if item.multiple => Some(Choice::Picked(Picks::of(&[0, 2]))),
                2 => Some(Choice::NotApplicable),
                _ => None,
            },
        );
    }
    let profile = Profile { role: Some(Role::Caf), kind: Some(PartnershipKind::Clas), partnership: Some("PRE « Les Hauts » & co".into()) };
    let file = AnswersFile::from_responses(q, &r, &profile);
    let back = AnswersFile::parse(&file.to_json()).unwrap();
    assert_eq!(back.profile, profile);
    assert_eq!(back.migrated, None);
    assert_eq!(back.responses(q).unwrap(), r);
    // The English questionnaire reads a French export: ids are shared.
    assert_eq!(back.responses(Questionnaire::get(Language::En)).unwrap(), r);
    assert!(file.to_json().contains(&format!("\"version\": {VERSION}")));
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/v1/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Reads a real version-1 file and expects (answers carried over, items to answer again).
fn check_v1(name: &str, kept: usize, again: &[&str]) -> AnswersFile {
    let file = AnswersFile::parse(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let m = file.migrated.clone().unwrap_or_else(|| panic!("{name} is version 1"));
    assert_eq!((m.from, m.kept.len()), (1, kept), "{name}: {m:?}");
    assert_eq!(m.again, again.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{name}");
    assert_eq!(file.answers.len(), kept);
    file.responses(q()).unwrap_or_else(|e| panic!("{name}: the carried-over answers are version-2 answers: {e}"));
    file
}

#[test]
fn version_1_files_are_carried_over_and_say_what_to_answer_again() {
    // Encadré 1 as the first widget coded it: 10 answers; 6 keep their meaning, 3 have a
    // successor to answer again (autorité-suivi's successor is already answered), 1 is gone.
    let e1 = check_v1("encadre-1.json", 6, &["coordination-ressources", "parents-attentes"]);
    assert_eq!(e1.answers.get("coordination-reponse"), Some(&partenariat::core::answers_file::Written::One("sollicitation".into())));
    assert_eq!(e1.migrated.as_ref().unwrap().gone, 1);
    check_v1("encadre-2.json", 5, &["coordination-ressources", "methode-appreciation", "methode-difficultes", "methode-institutions"]);
    check_v1("encadre-3.json", 6, &["methode-difficultes", "parents-attentes"]);
    // « je-ne-sais-pas » meant two things in version 1: never carried over.
    let full = check_v1(
        "complet-caf.json",
        7,
        &[
            "autorite-competences",
            "autorite-information",
            "coordination-reponse",
            "coordination-ressources",
            "methode-appreciation",
            "methode-ciblage",
            "methode-difficultes",
            "methode-institutions",
            "parents-accompagnement",
            "parents-attentes",
        ],
    );
    assert_eq!(full.profile.role, Some(Role::Caf));
    // A version-1 file with every kind of answer (some without a successor) reads and scores.
    let review = AnswersFile::parse(&fixture("revue-egalites.json")).unwrap();
    let r = review.responses(q()).unwrap();
    let _ = assess(q(), review.profile.role, &r);
    assert!(review.migrated.as_ref().is_some_and(|m: &Migrated| !m.kept.is_empty() && m.gone > 0));
}

mod properties {
    use partenariat::core::answers_file::{AnswersFile, Written};
    use partenariat::core::json;
    use partenariat::core::{Language, PartnershipKind, Profile, Role, Vocabulary};
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn any_text_is_read_or_refused_never_a_panic(text in any::<String>()) {
            let _ = AnswersFile::parse(&text);
            let _ = json::parse(&text);
        }

        /// serde_json (a dev-only oracle here) and the bundle's own reader agree on what is JSON,
        /// except that the reader also refuses duplicate keys.
        #[test]
        fn the_reader_agrees_with_serde_json_on_what_is_json(text in r#"[\[\]{}",:0-9a-z\\ .eE+-]{0,24}"#) {
            let ours = json::parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            match (&ours, &theirs) {
                (Err(e), Ok(_)) if e.message == "duplicate key" => {}
                _ => prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
            }
        }

        #[test]
        fn any_answers_file_survives_export_and_import(
            name in proptest::option::of(".{1,200}"),
            role in proptest::option::of(0..Role::ALL.len()),
            kind in proptest::option::of(0..PartnershipKind::ALL.len()),
            english in any::<bool>(),
            answers in proptest::collection::btree_map(".{0,12}", prop_oneof![".{0,12}".prop_map(Written::One), proptest::collection::vec(".{0,8}", 1..4).prop_map(Written::Several)], 0..8),
        ) {
            let file = AnswersFile {
                language: Some(if english { Language::En } else { Language::Fr }),
                profile: Profile { role: role.map(|r| Role::ALL[r]), kind: kind.map(|k| PartnershipKind::ALL[k]), partnership: name.filter(|n| !n.trim().is_empty()) },
                answers: answers.into_iter().collect::<BTreeMap<String, Written>>(),
                migrated: None,
            };
            prop_assert_eq!(AnswersFile::parse(&file.to_json()), Ok(file));
        }
    }
}

#[test]
fn an_exported_file_is_named_after_the_partnership_and_the_date() {
    use partenariat::core::answers_file::export_name;
    let check = |name: Option<&str>, expected: &str| assert_eq!(export_name("partenariat-reponses", name, "2026-11-29"), expected, "{name:?}");
    check(None, "partenariat-reponses-2026-11-29.json");
    check(Some("PRE de Longuenesse"), "partenariat-reponses-pre-de-longuenesse-2026-11-29.json");
    check(Some("Cité éducative « Les Hauts »"), "partenariat-reponses-cite-educative-les-hauts-2026-11-29.json");
    check(Some("  ///  "), "partenariat-reponses-2026-11-29.json");
    check(Some("Œuvre ça"), "partenariat-reponses-oeuvre-ca-2026-11-29.json");
    let long = export_name("partenariat-reponses", Some(&"a".repeat(500)), "2026-11-29");
    assert_eq!(long.len(), "partenariat-reponses-".len() + 40 + "-2026-11-29.json".len(), "cut to a sensible length");
}
