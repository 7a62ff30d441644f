//! The answers file format: round trips, and every kind of bad file refused with a message that names the problem.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::answers_file::{AnswersFile, AnswersFileError, FORMAT, VERSION};
use partenariat::core::{Choice, Language, Profile, Questionnaire, Responses, Role};

fn q() -> &'static Questionnaire {
    Questionnaire::get(Language::Fr)
}

fn first_item() -> (String, String) {
    let item = q().item(0).unwrap();
    (item.id.clone(), item.answers[1].id.clone())
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
    let (item, answer) = first_item();
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{"{item}":"{answer}"}}}}"#), "ok");
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{"{item}":"je-ne-sais-pas"}}}}"#), "ok");
    check("", "not valid JSON");
    check("{\"format\":", "not valid JSON");
    check("[1,2,3]", "not an answers file");
    check(r#"{"answers":{}}"#, "not an answers file");
    check(&format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{}}}}"#), "version 2");
    check(&format!(r#"{{"format":"{FORMAT}","version":"1","answers":{{}}}}"#), "whole number");
    check(&format!(r#"{{"format":"{FORMAT}","version":1}}"#), "answers");
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{"pas-une-question":"x"}}}}"#), "pas-une-question");
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{"{item}":"hors-echelle"}}}}"#), "hors-echelle");
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{"{item}":3}}}}"#), "malformed");
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"profile":{{"role":"pirate"}},"answers":{{}}}}"#), "malformed");
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"extra":true,"answers":{{}}}}"#), "malformed");
    let long = "x".repeat(300);
    check(&format!(r#"{{"format":"{FORMAT}","version":1,"profile":{{"partnership":"{long}"}},"answers":{{}}}}"#), "300 characters");
    let huge = format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{}},"pad":"{}"}}"#, " ".repeat(300_000));
    assert!(matches!(AnswersFile::parse(&huge), Err(AnswersFileError::TooLarge(_))));
}

#[test]
fn export_then_import_gives_back_the_same_answers_and_profile() {
    let q = q();
    let mut r = Responses::empty(q);
    for i in 0..q.item_count() {
        r.set(i, match i % 3 { 0 => Some(Choice::Answer(0)), 1 => Some(Choice::DontKnow), _ => None });
    }
    r.set(2, Some(Choice::Answer(q.item(2).unwrap().answers.len() as u8 - 1)));
    let profile = Profile { role: Some(Role::Caf), partnership: Some("PRE « Les Hauts » & co".into()) };
    let file = AnswersFile::from_responses(q, &r, &profile);
    assert_eq!(file.version, VERSION);
    let back = AnswersFile::parse(&file.to_json()).unwrap();
    assert_eq!(back.profile, profile);
    assert_eq!(back.responses(q).unwrap(), r);
    // The English questionnaire reads a French export: ids are shared.
    assert_eq!(back.responses(Questionnaire::get(Language::En)).unwrap(), r);
}

mod properties {
    use partenariat::core::answers_file::{AnswersFile, FORMAT, VERSION};
    use partenariat::core::json;
    use partenariat::core::{Language, Profile, Role, Vocabulary};
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
            name in proptest::option::of(".{0,200}"),
            role in proptest::option::of(0..Role::ALL.len()),
            english in any::<bool>(),
            answers in proptest::collection::btree_map(".{0,12}", ".{0,12}", 0..8),
        ) {
            let file = AnswersFile {
                format: FORMAT.to_string(),
                version: VERSION,
                language: Some(if english { Language::En } else { Language::Fr }),
                profile: Profile { role: role.map(|r| Role::ALL[r]), partnership: name },
                answers: answers.into_iter().collect::<BTreeMap<String, String>>(),
            };
            prop_assert_eq!(AnswersFile::parse(&file.to_json()), Ok(file));
        }
    }
}
