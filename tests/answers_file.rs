//! The answers file format: round trips, every kind of bad file refused with a message that names the problem, and version-1 files (written by the first widget) carried over.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use partenariat::core::answers_file::{AnswersFile, AnswersFileError, Migrated, FORMAT, VERSION};
use partenariat::core::{assess, Choice, Language, PartnershipKind, Picks, Profile, Questionnaire, Responses, Role};

fn q() -> &'static Questionnaire {
    Questionnaire::get(Language::Fr)
}

/// Reads `bytes` as the widget and the CLI do, against the French questionnaire; `expected`
/// is None if the file is read, else why it is refused.
fn check(bytes: &[u8], expected: Option<AnswersFileError>) {
    let got = AnswersFile::read(bytes, q()).map(|_| ());
    assert_eq!(got.err(), expected, "{}", String::from_utf8_lossy(&bytes[..bytes.len().min(200)]));
}

#[test]
fn bad_files_are_refused_saying_what_is_wrong() {
    use partenariat::core::answers_file::Malformation as M;
    use partenariat::core::json::{JsonError, JsonErrorKind};
    use AnswersFileError as E;
    let v2 = |answers: &str| format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{{answers}}}}}"#);
    let file = |members: &str| format!(r#"{{"format":"{FORMAT}","version":2,{members}}}"#);
    check(v2(r#""coordination-reponse":"sollicitation""#).as_bytes(), None);
    check(v2(r#""coordination-reponse":"je-ne-sais-pas","coordination-lien":"ne-s-applique-pas""#).as_bytes(), None);
    check(v2(r#""parents-soin":["veiller","traiter"]"#).as_bytes(), None);
    check(b"", Some(E::NotJson(JsonError { offset: 0, kind: JsonErrorKind::UnexpectedEnd })));
    check(b"{\"format\":", Some(E::NotJson(JsonError { offset: 10, kind: JsonErrorKind::UnexpectedEnd })));
    check(b"[1,2,3]", Some(E::NotAnAnswersFile));
    check(br#"{"answers":{}}"#, Some(E::NotAnAnswersFile));
    check(format!(r#"{{"format":"{FORMAT}","version":3,"answers":{{}}}}"#).as_bytes(), Some(E::OtherVersion(3)));
    check(format!(r#"{{"format":"{FORMAT}","version":"2","answers":{{}}}}"#).as_bytes(), Some(E::Malformed(M::Version)));
    check(format!(r#"{{"format":"{FORMAT}","version":2}}"#).as_bytes(), Some(E::Malformed(M::Answers)));
    check(v2(r#""pas-une-question":"x""#).as_bytes(), Some(E::UnknownItem("pas-une-question".into())));
    check(
        v2(r#""coordination-reponse":"hors-echelle""#).as_bytes(),
        Some(E::UnknownAnswer { item: "coordination-reponse".into(), answer: "hors-echelle".into() }),
    );
    check(v2(r#""coordination-reponse":3"#).as_bytes(), Some(E::Malformed(M::Answer("coordination-reponse".into()))));
    check(v2(r#""coordination-reponse":["sollicitation","co-construction"]"#).as_bytes(), Some(E::NotSeveral("coordination-reponse".into())));
    check(v2(r#""parents-soin":[]"#).as_bytes(), Some(E::Malformed(M::Answer("parents-soin".into()))));
    check(file(r#""profile":{"role":"pirate"},"answers":{}"#).as_bytes(), Some(E::Malformed(M::UnknownWord { field: "profile/role", value: "pirate".into() })));
    check(
        file(r#""profile":{"kind":"autre-chose"},"answers":{}"#).as_bytes(),
        Some(E::Malformed(M::UnknownWord { field: "profile/kind", value: "autre-chose".into() })),
    );
    check(file(r#""profile":{"role":7},"answers":{}"#).as_bytes(), Some(E::Malformed(M::NotText("profile/role"))));
    check(file(r#""profile":{"colour":"red"},"answers":{}"#).as_bytes(), Some(E::Malformed(M::UnknownField("profile/colour".into()))));
    check(file(r#""profile":[],"answers":{}"#).as_bytes(), Some(E::Malformed(M::Profile)));
    check(file(r#""language":"de","answers":{}"#).as_bytes(), Some(E::Malformed(M::UnknownWord { field: "language", value: "de".into() })));
    check(file(r#""extra":true,"answers":{}"#).as_bytes(), Some(E::Malformed(M::UnknownField("extra".into()))));
    let long = "x".repeat(300);
    check(file(&format!(r#""profile":{{"partnership":"{long}"}},"answers":{{}}"#)).as_bytes(), Some(E::NameTooLong(300)));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_parsed() {
    let huge = format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{}},"pad":"{}"}}"#, " ".repeat(300_000));
    check(huge.as_bytes(), Some(AnswersFileError::TooLarge));
}

#[test]
fn a_byte_order_mark_is_accepted_and_utf16_is_named() {
    let v2 = format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{}}}}"#);
    check(format!("\u{feff}{v2}").as_bytes(), None);
    let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain(v2.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    check(&utf16, Some(AnswersFileError::Utf16));
    let utf16be: Vec<u8> = [0xfe, 0xff].into_iter().chain(v2.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    check(&utf16be, Some(AnswersFileError::Utf16));
    check(&[b'{', 0xc3, b'}'], Some(AnswersFileError::NotUtf8));
}

#[test]
fn messages_quote_the_file_escaped_and_cut_short() {
    let key = format!("\u{1b}[2J{}", "k".repeat(5000));
    let text = format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{"{}":"x"}}}}"#, key.replace('\u{1b}', "\\u001b"));
    for language in [Language::Fr, Language::En] {
        let error = AnswersFile::read(text.as_bytes(), q()).unwrap_err();
        let message = partenariat::i18n::file_problem(partenariat::i18n::ui(language), &error);
        assert!(!message.contains('\u{1b}'), "{message:?}");
        assert!(message.chars().count() < 200, "{} characters", message.chars().count());
    }
}

#[test]
fn the_french_interface_names_every_problem_as_the_english_one_does() {
    use partenariat::core::answers_file::Malformation as M;
    use partenariat::core::json::{JsonError, JsonErrorKind as K};
    use partenariat::i18n::{file_problem, json_problem, EN, FR};
    use AnswersFileError as E;
    let kinds = [
        K::UnexpectedEnd,
        K::UnexpectedCharacter,
        K::UnexpectedWord,
        K::TooDeep,
        K::ExpectedKey,
        K::ExpectedColon,
        K::ExpectedCommaOrBracket,
        K::ExpectedCommaOrBrace,
        K::DuplicateKey,
        K::TooManyMembers,
        K::BadNumber,
        K::BadEscape,
        K::LoneSurrogate,
        K::UnterminatedString,
        K::ControlCharacter,
        K::TrailingCharacters,
    ];
    let mut errors = vec![
        E::Unreadable,
        E::TooLarge,
        E::Utf16,
        E::NotUtf8,
        E::NotAnAnswersFile,
        E::OtherVersion(7),
        E::Malformed(M::Version),
        E::Malformed(M::UnknownField("x".into())),
        E::Malformed(M::NotText("language")),
        E::Malformed(M::UnknownWord { field: "profile/role", value: "pirate".into() }),
        E::Malformed(M::Profile),
        E::Malformed(M::Answers),
        E::Malformed(M::Answer("a".into())),
        E::UnknownItem("a".into()),
        E::UnknownAnswer { item: "a".into(), answer: "b".into() },
        E::NotSeveral("a".into()),
        E::NameTooLong(300),
    ];
    errors.extend(kinds.iter().map(|k| E::NotJson(JsonError { offset: 12, kind: *k })));
    let mut french: Vec<String> = Vec::new();
    for e in &errors {
        let (fr, en) = (file_problem(&FR, e), file_problem(&EN, e));
        assert!(!fr.is_empty() && fr != en, "{e:?}: « {fr} »");
        assert!(!french.contains(&fr), "two problems said alike: « {fr} »");
        french.push(fr);
    }
    let json_words: Vec<&str> = kinds.iter().map(|k| json_problem(&FR, *k)).collect();
    assert!(json_words.iter().enumerate().all(|(i, w)| !json_words[..i].contains(w)), "each kind has its own words");
    assert!(file_problem(&FR, &E::NotJson(JsonError { offset: 12, kind: K::DuplicateKey })).contains("octet 12"));
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
    assert_eq!(back.responses(common::en()).unwrap(), r);
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
    assert_eq!(e1.answer("coordination-reponse"), Some(&partenariat::core::answers_file::Written::One("sollicitation".into())));
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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn any_text_is_read_or_refused_never_a_panic(text in any::<String>()) {
            let _ = AnswersFile::parse(&text);
            let _ = json::parse(&text);
        }

        /// serde_json (a dev-only oracle here) and the bundle's own reader agree on what is JSON,
        /// except that the reader also refuses duplicate keys and objects of more than 256 members, and keeps huge numbers as text: on
        /// short texts of JSON's characters (control characters and non-ASCII included), and on
        /// long ones.
        #[test]
        fn the_reader_agrees_with_serde_json_on_what_is_json(text in r#"([\[\]{}",:0-9a-zé😀\\ .eE+\t\n\x00\x1f-]{0,24}|[\[\]{}",:0-9a\\u.e+-]{200,600})"#) {
            let ours = json::parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            match (&ours, &theirs) {
                (Err(e), Ok(_)) if e.kind == json::JsonErrorKind::DuplicateKey => {}
                // Objects of more than MAX_MEMBERS keys (too long to be generated here, but JSON).
                (Err(e), Ok(_)) if e.kind == json::JsonErrorKind::TooManyMembers => {}
                // Numbers are kept as text: 1e400 is JSON, which serde_json cannot hold in an f64.
                (Ok(_), Err(e)) if e.to_string().contains("number out of range") => {}
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
                answers: answers.into_iter().collect::<Vec<(String, Written)>>(),
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

#[test]
fn a_blank_name_in_a_file_is_no_name_as_in_the_interface() {
    let text = format!(r#"{{"format":"{FORMAT}","version":2,"profile":{{"partnership":"   "}},"answers":{{}}}}"#);
    assert_eq!(AnswersFile::from_bytes(text.as_bytes()).unwrap().profile.partnership, None);
}

#[test]
fn a_flood_of_keys_is_refused_in_linear_time() {
    // The trial's file: 256 KiB of short keys took 3 s with an unbounded quadratic duplicate
    // check. An object stops at MAX_MEMBERS keys: refused there, at once.
    let mut text = String::from("{");
    let mut i = 0u64;
    while text.len() < partenariat::core::answers_file::MAX_BYTES - 64 {
        text.push_str(&format!("\"{i:x}\":1,"));
        i += 1;
    }
    text.push_str("\"0\":1}");
    let started = std::time::Instant::now();
    let error = AnswersFile::from_bytes(text.as_bytes()).unwrap_err();
    assert!(matches!(error, AnswersFileError::NotJson(e) if e.kind == partenariat::core::json::JsonErrorKind::TooManyMembers));
    assert!(started.elapsed() < std::time::Duration::from_secs(3), "{:?} for {i} keys", started.elapsed());
}
