//! The app's state machine, natively: the screens each role walks, one question each, editing from the review and the result, resuming, notices, answers, clearing, and saved states good, bad and older.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::{Choice, Language, Picks, Questionnaire, Role};
use partenariat::state::{Action, AppState, Notice, Screen, SAVED_MAX_BYTES};

fn q() -> &'static Questionnaire {
    Questionnaire::get(Language::Fr)
}

/// The English questionnaire as written in content/en.toml.
fn english() -> partenariat::core::model::Content {
    toml::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/en.toml")).unwrap()).unwrap()
}

/// A language pack as the page fetches it: a questionnaire and interface strings.
fn pack(content: partenariat::core::model::Content, interface: &[&str]) -> Vec<u8> {
    let pack = partenariat::core::model::LanguagePack { content, interface: interface.iter().map(|s| s.to_string()).collect() };
    partenariat::core::codec::encode_to_vec(&pack)
}

/// Makes English available, as the page does after fetching it (built in by default; installed
/// from content/en.toml when the tests run without the `embedded-english` feature).
fn with_english() {
    if !Questionnaire::available(Language::En) {
        let _ = Questionnaire::install(Language::En, &pack(english(), partenariat::i18n::EN.strings()));
    }
}

#[test]
fn next_and_back_walk_the_screens_of_the_path_in_order() {
    let mut s = AppState::new(Language::Fr);
    let path = q().path(None);
    let mut seen = vec![s.screen];
    for _ in 0..path.len() + 6 {
        s = s.apply(Action::Next);
        seen.push(s.screen);
    }
    let mut expected = vec![Screen::Welcome, Screen::Profile];
    expected.extend(path.iter().map(|i| Screen::Question(*i)));
    expected.extend([Screen::Review, Screen::Result]);
    assert_eq!(&seen[..expected.len()], expected.as_slice());
    assert_eq!(s.screen, Screen::Result, "next stops at the result");
    for back in expected.iter().rev().skip(1) {
        s = s.apply(Action::Back);
        assert_eq!(s.screen, *back);
    }
    assert_eq!(s.apply(Action::Back).screen, Screen::Welcome, "back stops at the welcome screen");
}

#[test]
fn every_screen_has_an_id_that_names_it_back() {
    let s = AppState::new(Language::Fr);
    for screen in s.screens() {
        let id = screen.id(q());
        assert_eq!(Screen::from_id(q(), &id), Some(screen), "{id}");
    }
    assert_eq!(Screen::from_id(q(), "ailleurs"), None);
    assert_eq!(Screen::from_id(q(), ""), None);
}

#[test]
fn the_role_chooses_the_path_and_its_length() {
    let parent = AppState::new(Language::Fr).apply(Action::SetRole(Some(Role::Parent)));
    let caf = AppState::new(Language::Fr).apply(Action::SetRole(Some(Role::Caf)));
    let anyone = AppState::new(Language::Fr);
    assert_eq!(parent.progress().1, q().path(Some(Role::Parent)).len());
    assert!(parent.progress().1 < caf.progress().1 && caf.progress().1 < anyone.progress().1);
    // Every item of a step is on the role's path.
    for d in parent.steps() {
        assert!(parent.unanswered(d).iter().all(|i| q().on_path(Some(Role::Parent), *i)));
    }
}

#[test]
fn a_question_can_be_left_without_an_answer() {
    let path = q().path(None);
    let s = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Question(path[3])));
    let s = s.apply(Action::Next);
    assert_eq!(s.screen, Screen::Question(path[4]));
    assert_eq!(s.notice, None, "no reproach: the review lists what is left");
    assert_eq!(s.next_unanswered(), Some(path[0]));
}

#[test]
fn a_pointer_choice_moves_on_only_from_the_question_it_was_made_on() {
    let path = q().path(None);
    let s = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Question(path[0])));
    let on = s.apply(Action::Answer { item: path[0], choice: Some(Choice::DontKnow) }).apply(Action::Advance { from: path[0] });
    assert_eq!(on.screen, Screen::Question(path[1]));
    // The respondent moved on already (Back, another click): the late timer does nothing.
    assert_eq!(on.apply(Action::Advance { from: path[0] }).screen, Screen::Question(path[1]));
}

#[test]
fn a_question_opened_from_the_review_or_the_result_comes_back_there() {
    let path = q().path(None);
    for from in [Screen::Review, Screen::Result] {
        let s = AppState::new(Language::Fr).apply(Action::GoTo(from)).apply(Action::Edit { item: path[5], from });
        assert_eq!((s.screen, s.return_to), (Screen::Question(path[5]), Some(from)));
        let answered = s.apply(Action::Answer { item: path[5], choice: Some(Choice::one(0)) });
        for back in [answered.clone().apply(Action::Advance { from: path[5] }), answered.clone().apply(Action::Next), answered.apply(Action::Back)] {
            assert_eq!((back.screen, back.returned_from), (from, Some(path[5])), "« précédent » too goes back where the question was opened from, at its row");
            assert_eq!(back.apply(Action::DismissNotice).returned_from, Some(path[5]), "still at the row while the screen stays");
        }
    }
    // The browser's Back to where the question was opened from: at its row too.
    let s = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Review)).apply(Action::Edit { item: path[5], from: Screen::Review });
    assert_eq!(s.apply(Action::GoTo(Screen::Review)).returned_from, Some(path[5]));
    assert_eq!(s.apply(Action::GoTo(Screen::Result)).returned_from, None, "elsewhere, at the top");
    // Through the history, the question is an ordinary one again.
    let s = AppState::new(Language::Fr).apply(Action::Edit { item: path[5], from: Screen::Review }).apply(Action::GoTo(Screen::Question(path[2])));
    assert_eq!(s.return_to, None);
    assert_eq!(s.apply(Action::Next).screen, Screen::Question(path[3]));
}

#[test]
fn the_review_reached_from_the_paths_last_question_opens_at_its_top() {
    let path = q().path(None);
    let last = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Question(*path.last().unwrap())));
    let review = last.apply(Action::Next);
    assert_eq!((review.screen, review.returned_from), (Screen::Review, None), "not at the last question's row");
    // And a row once shown is forgotten when the screen changes.
    let s = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Review)).apply(Action::Edit { item: path[5], from: Screen::Review }).apply(Action::Next);
    assert_eq!(s.returned_from, Some(path[5]));
    assert_eq!(s.apply(Action::Next).apply(Action::Back).returned_from, None);
}

#[test]
fn resuming_opens_the_next_question_without_an_answer_and_says_so() {
    let path = q().path(None);
    let mut s = AppState::new(Language::Fr);
    for i in &path[..3] {
        s = s.apply(Action::Answer { item: *i, choice: Some(Choice::DontKnow) });
    }
    let resumed = s.apply(Action::Resume);
    assert_eq!((resumed.screen, resumed.notice.clone()), (Screen::Question(path[3]), Some(Notice::Resumed)));
    assert_eq!(resumed.apply(Action::Next).notice, None, "said once, where the respondent resumes");
    for i in &path {
        s = s.apply(Action::Answer { item: *i, choice: Some(Choice::DontKnow) });
    }
    assert_eq!(s.apply(Action::Resume).screen, Screen::Review, "everything answered: the review");
}

#[test]
fn a_question_off_the_roles_path_is_never_shown() {
    let steering = q().item_index("methode-institutions").unwrap();
    assert!(!q().on_path(Some(Role::Parent), steering));
    let s = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Question(steering)));
    assert_eq!(s.screen, Screen::Question(steering));
    assert_eq!(s.apply(Action::SetRole(Some(Role::Parent))).screen, Screen::Profile, "the role changed under it");
    let parent = AppState::new(Language::Fr).apply(Action::SetRole(Some(Role::Parent)));
    assert_eq!(parent.apply(Action::GoTo(Screen::Question(steering))).screen, Screen::Review, "a tampered fragment");
    assert_eq!(parent.apply(Action::GoTo(Screen::Result)).apply(Action::Edit { item: steering, from: Screen::Result }).screen, Screen::Result);
}

#[test]
fn a_notice_goes_with_its_screen_unless_it_is_true_of_every_screen() {
    let s = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Profile));
    for (notice, stays) in [
        (Notice::Imported, false),
        (Notice::Resumed, false),
        (Notice::ImportRefused(partenariat::core::AnswersFileError::Utf16), false),
        (Notice::StorageUnavailable, true),
    ] {
        let moved = s.apply(Action::Notify(notice.clone())).apply(Action::Next);
        assert_eq!(moved.notice.is_some(), stays, "{notice:?}");
        assert_eq!(s.apply(Action::Notify(notice)).apply(Action::DismissNotice).notice, None);
    }
}

#[test]
fn ill_formed_answers_are_ignored() {
    let s = AppState::new(Language::Fr);
    let single = q().item_index("coordination-reponse").unwrap();
    let several = q().item_index("parents-soin").unwrap();
    for (item, choice) in
        [(single, Choice::one(42)), (9999, Choice::one(0)), (single, Choice::Picked(Picks::of(&[0, 1]))), (several, Choice::Picked(Picks::default()))]
    {
        assert_eq!(s.apply(Action::Answer { item, choice: Some(choice) }).responses, s.responses, "{item} {choice:?}");
    }
    let two = Choice::Picked(Picks::of(&[0, 1]));
    assert_eq!(s.apply(Action::Answer { item: several, choice: Some(two) }).responses.get(several), Some(two));
}

#[test]
fn clearing_erases_answers_and_profile_but_keeps_the_language() {
    let s = AppState::new(Language::En)
        .apply(Action::Answer { item: 0, choice: Some(Choice::one(1)) })
        .apply(Action::SetPartnership("Réseau".into()))
        .apply(Action::GoTo(Screen::Review))
        .apply(Action::Clear);
    assert!(s.responses.0.iter().all(Option::is_none));
    assert_eq!(s.profile.partnership, None);
    assert_eq!((s.language, s.screen), (Language::En, Screen::Welcome));
    assert_eq!(s.notice, Some(Notice::Cleared));
}

#[test]
fn switching_language_keeps_the_answers() {
    with_english();
    let s = AppState::new(Language::Fr).apply(Action::Answer { item: 3, choice: Some(Choice::one(2)) });
    let en = s.apply(Action::SetLanguage(Language::En));
    assert_eq!(en.responses, s.responses);
    assert_eq!(en.questionnaire().content.language, Language::En);
}

#[test]
fn a_saved_state_comes_back_whole() {
    let several = q().item_index("parents-soin").unwrap();
    let s = AppState::new(Language::En)
        .apply(Action::Answer { item: 0, choice: Some(Choice::one(1)) })
        .apply(Action::Answer { item: 5, choice: Some(Choice::DontKnow) })
        .apply(Action::Answer { item: 6, choice: Some(Choice::NotApplicable) })
        .apply(Action::Answer { item: several, choice: Some(Choice::Picked(Picks::of(&[0, 2]))) })
        .apply(Action::SetRole(Some(Role::Association)))
        .apply(Action::SetKind(Some(partenariat::core::PartnershipKind::Clas)))
        .apply(Action::SetPartnership("Fives".into()))
        .apply(Action::GoTo(Screen::Question(several)));
    let back = AppState::from_saved(&s.to_saved()).unwrap();
    // All but whether the profile's folded part stays open, which is not saved (a saved kind or
    // name opens it anyway).
    assert!(s.partnership_open && !back.partnership_open);
    assert_eq!(back, AppState { partnership_open: false, ..s });
}

/// A saved state, once tampered with, gives this notice instead of a state.
fn check(saved: &str, expected: Notice) {
    assert_eq!(AppState::from_saved(saved), Err(expected), "{saved}");
}

#[test]
fn corrupted_or_foreign_saved_states_give_a_notice_not_a_crash() {
    let good = AppState::new(Language::Fr).apply(Action::Answer { item: 0, choice: Some(Choice::one(0)) }).to_saved();
    check("", Notice::SavedStateUnreadable);
    check("{{{", Notice::SavedStateUnreadable);
    check("null", Notice::SavedStateUnreadable);
    check(&good[..good.len() / 2], Notice::SavedStateUnreadable);
    check(&good.replace("\"version\": 2", "\"version\": 7"), Notice::SavedStateOtherVersion);
    check(&good.replace("\"screen\": \"accueil\"", "\"screen\": \"ailleurs\""), Notice::SavedStateUnreadable);
    let item = &q().item(0).unwrap().id;
    check(&good.replace(item.as_str(), "question-inconnue"), Notice::SavedStateUnreadable);
    check(&good.replace("\"language\": \"fr\"", "\"language\": \"de\""), Notice::SavedStateUnreadable);
    // A saved state larger than any the widget writes is refused before it is parsed.
    let huge = format!("{{\"pad\": \"{}\"}}", "x".repeat(SAVED_MAX_BYTES));
    check(&huge, Notice::SavedStateUnreadable);
}

#[test]
fn a_saved_state_of_the_first_version_is_carried_over_with_a_notice() {
    let saved = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1/etat-enregistre.json")).unwrap();
    let s = AppState::from_saved(&saved).expect("a version-1 state is read");
    assert_eq!(s.profile.role, Some(Role::ServiceSocial));
    assert_eq!(s.screen, Screen::Review, "the first version's screens were others: the review shows what is left");
    let Some(Notice::Migrated { kept, again }) = &s.notice else { panic!("{:?}", s.notice) };
    // coordination-demande, coordination-lien and autorite-secret keep their meaning.
    assert_eq!(*kept, 3);
    let again: Vec<&str> = again.iter().map(|i| q().item(*i).unwrap().id.as_str()).collect();
    assert_eq!(again, vec!["autorite-competences"], "only successors on the role's path (a social worker is not asked about resources)");
    assert_eq!(
        s.responses.get(q().item_index("autorite-information").unwrap()),
        Some(Choice::one(q().item(q().item_index("autorite-information").unwrap()).unwrap().answers.iter().position(|a| a.id == "confiance").unwrap() as u8))
    );
}

#[test]
fn fetched_content_is_installed_only_if_it_is_valid_english_with_the_reference_structure() {
    use partenariat::core::questionnaire::{embedded, InstallError};
    use partenariat::core::Risk;
    use partenariat::i18n::EN;
    // The English file as the build encodes it (read here, so that this test means the same with
    // English built in or not: `scripts/test` also runs it without the `embedded-english` feature).
    let strings: Vec<&str> = EN.strings().to_vec();
    assert_eq!(Questionnaire::install(Language::En, b"not content"), Err(InstallError::Unreadable));
    let french = embedded(Language::Fr).unwrap();
    assert_eq!(Questionnaire::install(Language::En, french), Err(InstallError::Unreadable), "a questionnaire without its interface is not a language pack");
    let mut other = english();
    other.dimensions[0].items[0].id = "renamed".into();
    assert_eq!(Questionnaire::install(Language::En, &pack(other, &strings)), Err(InstallError::OtherStructure));
    // A table entry missing: the result screen would have no words for it (the robustness trial's panic).
    let mut incomplete = english();
    incomplete.risks.remove(&Risk::Zonage);
    assert_eq!(Questionnaire::install(Language::En, &pack(incomplete, &strings)), Err(InstallError::Invalid));
    // An interface string missing, or one that lost a placeholder.
    assert_eq!(Questionnaire::install(Language::En, &pack(english(), &strings[1..])), Err(InstallError::Invalid));
    let mut broken = strings.clone();
    let k = strings.iter().position(|s| s.contains("{n}")).unwrap();
    broken[k] = "no placeholder here";
    assert_eq!(Questionnaire::install(Language::En, &pack(english(), &broken)), Err(InstallError::Invalid));
    let mut french_content = english();
    french_content.language = Language::Fr;
    assert_eq!(Questionnaire::install(Language::En, &pack(french_content, &strings)), Err(InstallError::WrongLanguage));
    assert_eq!(Questionnaire::install(Language::En, &pack(english(), &strings)), Ok(()));
    assert!(Questionnaire::available(Language::En));
    assert_eq!(partenariat::i18n::ui(Language::En).start, "Start");
    assert_eq!(Questionnaire::get(Language::En).content.language, Language::En);
}

#[test]
fn a_long_name_is_cut_without_leaving_half_an_emoji() {
    use partenariat::core::answers_file::MAX_NAME;
    use partenariat::state::cut_name;
    let family = "👩\u{200d}👩\u{200d}👧";
    // The cut falls right after a joiner: the joiner goes, the name stays within the limit.
    let name = format!("{}{family}", "a".repeat(MAX_NAME - 2));
    let cut = cut_name(&name);
    assert!(cut.chars().count() <= MAX_NAME && !cut.ends_with('\u{200d}'), "{cut:?}");
    assert_eq!(cut_name("PRE des Hauts"), "PRE des Hauts");
    let s = AppState::new(Language::Fr).apply(Action::SetPartnership("   ".into()));
    assert_eq!(s.profile.partnership, None, "blank is no name, as an imported file's");
}

#[test]
fn a_saved_state_over_the_size_cap_gives_the_corrupted_state_notice() {
    let good = AppState::new(Language::Fr).to_saved();
    let over = format!("{}{}", good, " ".repeat(SAVED_MAX_BYTES));
    assert_eq!(AppState::from_saved(&over), Err(Notice::SavedStateUnreadable), "refused before it is parsed");
}

#[test]
fn a_language_pack_with_a_table_entry_missing_is_refused_before_a_screen_needs_it() {
    use partenariat::core::questionnaire::InstallError;
    let strings = partenariat::i18n::EN.strings();
    for remove in 0..3 {
        let mut content = english();
        match remove {
            0 => drop(content.risks.remove(&partenariat::core::Risk::Zonage)),
            1 => drop(content.levels.remove(&partenariat::core::Level::Maximal)),
            _ => drop(content.cases.remove(&partenariat::core::CaseId::Encadre2)),
        }
        assert_eq!(Questionnaire::accept(Language::En, &pack(content, strings)).err(), Some(InstallError::Invalid), "entry {remove}");
    }
}
