//! The kiosk's tally (`src/core/tally.rs`): entries are anonymous, the stored lines and the exported JSON read back, merging never counts a respondent twice, bad files are refused whole with their reason, and the CSV opens in a French spreadsheet.

mod common;
use common::{any_responses, any_role, fr, responses};
use partenariat::core::tally::{self, Entry, TallyError};
use partenariat::core::{PartnershipKind, Profile, Role, Vocabulary};
use proptest::prelude::*;

fn entry(id: &str, role: Option<Role>, pattern: &str) -> Entry {
    let profile = Profile { role, kind: Some(PartnershipKind::ALL[0]), partnership: Some("École Jean Moulin".into()) };
    tally::entry(fr(), id, "2026-11-29", &responses(fr(), role, pattern), &profile)
}

#[test]
fn an_entry_keeps_the_role_and_kind_and_never_the_partnership_name() {
    let e = entry("0123456789abcdef", Some(Role::Parent), "i|i|i|");
    let (_, profile) = e.answers(fr());
    assert_eq!(profile.role, Some(Role::Parent));
    assert_eq!(profile.kind, Some(PartnershipKind::ALL[0]));
    assert_eq!(profile.partnership, None);
    assert!(!e.line().contains("Moulin") && !tally::to_json(std::slice::from_ref(&e)).contains("Moulin"));
}

#[test]
fn stored_lines_read_back_the_last_line_of_an_id_winning_and_bad_lines_counted() {
    let a = entry("0000000000000001", None, "mm|||");
    let a2 = entry("0000000000000001", None, "MM|||");
    let b = entry("0000000000000002", Some(Role::Ecole), "ii|||");
    let text = format!("{}garbage line\n{}{}0000000000000003 2026-11-29 AAAA\n", a.line(), b.line(), a2.line());
    let (entries, skipped) = tally::parse_stored(fr(), &text);
    assert_eq!(entries, vec![a2, b]);
    assert_eq!(skipped, 2);
}

#[test]
fn merging_adds_only_respondents_not_already_counted() {
    let a = entry("000000000000000a", None, "mm|||");
    let b = entry("000000000000000b", None, "ii|||");
    let c = entry("000000000000000c", None, "MM|||");
    let mut here = vec![a.clone(), b.clone()];
    assert_eq!(tally::merge(&mut here, vec![b.clone(), c.clone(), c.clone()]), 1);
    assert_eq!(here, vec![a.clone(), b.clone(), c.clone()]);
    assert_eq!(tally::merge(&mut here, vec![a, b, c]), 0, "a second import of the same file adds nobody");
}

fn check(text: &str, expected: Result<usize, TallyError>) {
    assert_eq!(tally::from_json(fr(), text).map(|e| e.len()), expected, "{text}");
}

#[test]
fn tally_files_are_read_or_refused_with_their_reason() {
    let a = entry("000000000000000a", None, "mm|||");
    let good = tally::to_json(std::slice::from_ref(&a));
    check(&good, Ok(1));
    check(&format!("\u{feff}{good}"), Ok(1));
    check("{}", Err(TallyError::NotATally));
    check("not json", Err(TallyError::NotATally));
    check(r#"{"format":"partenariat-reponses","version":2}"#, Err(TallyError::NotATally));
    check(r#"{"format":"partenariat-releve","version":9,"repondants":[]}"#, Err(TallyError::OtherVersion(9)));
    check(&good.replace("000000000000000a", "not-an-id"), Err(TallyError::BadEntry(1)));
    check(&good.replace("2026-11-29", "29/11/2026"), Err(TallyError::BadEntry(1)));
    let tampered = good.replace(&a.payload, &format!("{}A", &a.payload[..a.payload.len() - 1]));
    check(&tampered, Err(TallyError::BadEntry(1)));
    check(&good.replace("\"reponses\"", "\"nom\": \"x\", \"reponses\""), Err(TallyError::BadEntry(1)));
    // A payload that carries a name (a share link, not a tally entry) is refused.
    let named = partenariat::core::share_link::encode(fr(), &responses(fr(), None, "mm|||"), &Profile { partnership: Some("X".into()), ..Profile::default() });
    check(&good.replace(&a.payload, &named), Err(TallyError::BadEntry(1)));
    check(&" ".repeat(tally::MAX_BYTES + 1), Err(TallyError::TooLarge));
}

#[test]
fn a_file_that_says_it_is_a_tally_is_one_however_damaged_and_an_answers_file_is_not() {
    let good = tally::to_json(&[entry("000000000000000a", None, "mm|||")]);
    for (text, expected) in [
        (good.as_str(), true),
        (&format!("\u{feff}{good}"), true),
        // Damaged entries, another version: still a tally (« Rassembler » says where to open it).
        (&good.replace("000000000000000a", "not-an-id"), true),
        (r#"{"format":"partenariat-releve","version":9}"#, true),
        (r#"{"format":"partenariat-reponses","version":2,"answers":{}}"#, false),
        // The word inside a value is not the format.
        (r#"{"format":"partenariat-reponses","profile":{"partnership":"partenariat-releve"}}"#, false),
        ("partenariat-releve", false),
        ("", false),
    ] {
        assert_eq!(tally::is_tally(text), expected, "{text}");
    }
}

#[test]
fn the_csv_has_a_bom_semicolons_a_decimal_comma_and_one_row_per_respondent() {
    let rows: Vec<tally::Respondent> = [("a", Some(Role::Parent), "i|i|i|"), ("b", None, "MMMMM|iiii|mmm|iii")]
        .iter()
        .map(|(id, role, p)| tally::Respondent {
            id: id.to_string(),
            day: "2026-11-29".into(),
            profile: Profile { role: *role, kind: None, partnership: Some("Secret".into()) },
            responses: responses(fr(), *role, p),
        })
        .collect();
    let csv = tally::to_csv(fr(), &rows);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3);
    let width = lines[0].split(';').count();
    assert!(lines.iter().all(|l| l.split(';').count() == width), "every row has the header's cells");
    assert!(lines[1].starts_with("a;2026-11-29;parent;;"));
    assert!(!csv.contains("Secret"));
    // Coordination all maximal for b: position 2,00; the mean of maximal, intermédiaire, minimal, intermédiaire.
    let header: Vec<&str> = lines[0].split(';').collect();
    let b: Vec<&str> = lines[2].split(';').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    assert_eq!(b[col("coordination_position")], "2,00");
    assert_eq!(b[col("coordination_niveau")], "maximal");
    assert_eq!(b[col("parents_position")], "0,00");
    assert_eq!(tally::decimal_comma(5, 4), "1,25");
    assert_eq!(tally::decimal_comma(2, 3), "0,67");
}

proptest! {
    #[test]
    fn any_entry_goes_through_storage_and_json_unchanged(role in any_role(), r in any_responses(), a in any::<u64>()) {
        let id = format!("{a:016x}");
        let e = tally::entry(fr(), &id, "2026-01-31", &r, &Profile { role, ..Profile::default() });
        let (stored, skipped) = tally::parse_stored(fr(), &tally::to_stored(std::slice::from_ref(&e)));
        prop_assert_eq!(skipped, 0);
        prop_assert_eq!(&stored, &vec![e.clone()]);
        prop_assert_eq!(tally::from_json(fr(), &tally::to_json(std::slice::from_ref(&e))), Ok(vec![e.clone()]));
        let (back, _) = e.answers(fr());
        prop_assert_eq!(back, r);
    }

    #[test]
    fn reading_any_text_as_a_tally_never_panics(text in ".{0,400}") {
        let _ = tally::from_json(fr(), &text);
        let _ = tally::parse_stored(fr(), &text);
    }
}
