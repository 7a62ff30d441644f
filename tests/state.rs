//! The app's state machine, natively: navigation, skipping notice, answers, clearing, and saved states good and bad.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::{Choice, Dimension, Language, Questionnaire};
use partenariat::state::{Action, AppState, Notice, Screen};

#[test]
fn next_and_back_walk_the_screens_in_order() {
    let mut s = AppState::new(Language::Fr);
    let mut seen = vec![s.screen];
    for _ in 0..10 {
        s = s.apply(Action::Next);
        seen.push(s.screen);
    }
    assert_eq!(&seen[..8], &Screen::ORDER);
    assert_eq!(s.screen, Screen::Result, "next stops at the result");
    s = s.apply(Action::Back);
    assert_eq!(s.screen, Screen::Review);
}

#[test]
fn leaving_a_step_with_unanswered_items_shows_a_gentle_notice() {
    let s = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Step(Dimension::Autorite)));
    let n = s.unanswered(Dimension::Autorite).len();
    let s = s.apply(Action::Next);
    assert_eq!(s.screen, Screen::Step(Dimension::Parents), "skipping is allowed");
    assert_eq!(s.notice, Some(Notice::Skipped { dimension: Dimension::Autorite, unanswered: n }));
    let q = Questionnaire::get(Language::Fr);
    let mut full = AppState::new(Language::Fr).apply(Action::GoTo(Screen::Step(Dimension::Parents)));
    for i in q.items_of(Dimension::Parents) {
        full = full.apply(Action::Answer { item: i, choice: Some(Choice::DontKnow) });
    }
    assert_eq!(full.apply(Action::Next).notice, None);
}

#[test]
fn an_out_of_range_answer_is_ignored() {
    let s = AppState::new(Language::Fr);
    let after = s.apply(Action::Answer { item: 0, choice: Some(Choice::Answer(42)) });
    assert_eq!(after.responses, s.responses);
    let after = s.apply(Action::Answer { item: 9999, choice: Some(Choice::Answer(0)) });
    assert_eq!(after.responses, s.responses);
}

#[test]
fn clearing_erases_answers_and_profile_but_keeps_the_language() {
    let s = AppState::new(Language::En)
        .apply(Action::Answer { item: 0, choice: Some(Choice::Answer(1)) })
        .apply(Action::SetPartnership("Réseau".into()))
        .apply(Action::GoTo(Screen::Review))
        .apply(Action::Clear);
    assert_eq!(s.responses.answered_count(), 0);
    assert_eq!(s.profile.partnership, None);
    assert_eq!((s.language, s.screen), (Language::En, Screen::Welcome));
    assert_eq!(s.notice, Some(Notice::Cleared));
}

#[test]
fn switching_language_keeps_the_answers() {
    let s = AppState::new(Language::Fr).apply(Action::Answer { item: 3, choice: Some(Choice::Answer(2)) });
    let en = s.apply(Action::SetLanguage(Language::En));
    assert_eq!(en.responses, s.responses);
    assert_eq!(en.questionnaire().content.language, Language::En);
}

#[test]
fn a_saved_state_comes_back_whole() {
    let s = AppState::new(Language::En)
        .apply(Action::Answer { item: 0, choice: Some(Choice::Answer(1)) })
        .apply(Action::Answer { item: 5, choice: Some(Choice::DontKnow) })
        .apply(Action::SetPartnership("Fives".into()))
        .apply(Action::GoTo(Screen::Step(Dimension::Parents)));
    let back = AppState::from_saved(&s.to_saved()).unwrap();
    assert_eq!(back, s);
}

/// A saved state, once tampered with, gives this notice instead of a state.
fn check(saved: &str, expected: Notice) {
    assert_eq!(AppState::from_saved(saved), Err(expected), "{saved}");
}

#[test]
fn corrupted_or_older_saved_states_give_a_notice_not_a_crash() {
    let good = AppState::new(Language::Fr).apply(Action::Answer { item: 0, choice: Some(Choice::Answer(0)) }).to_saved();
    check("", Notice::SavedStateUnreadable);
    check("{{{", Notice::SavedStateUnreadable);
    check("null", Notice::SavedStateUnreadable);
    check(&good[..good.len() / 2], Notice::SavedStateUnreadable);
    check(&good.replace("\"version\": 1", "\"version\": 0"), Notice::SavedStateOtherVersion);
    check(&good.replace("\"screen\": \"accueil\"", "\"screen\": \"ailleurs\""), Notice::SavedStateUnreadable);
    let item = &Questionnaire::get(Language::Fr).item(0).unwrap().id;
    check(&good.replace(item.as_str(), "question-inconnue"), Notice::SavedStateUnreadable);
    check(&good.replace("\"language\": \"fr\"", "\"language\": \"de\""), Notice::SavedStateUnreadable);
}

#[test]
fn fetched_content_is_installed_only_if_it_is_that_language_with_the_reference_structure() {
    use partenariat::core::codec::encode_to_vec;
    use partenariat::core::questionnaire::{embedded, InstallError};
    assert_eq!(Questionnaire::install(Language::En, b"not content"), Err(InstallError::Unreadable));
    let french = embedded(Language::Fr).unwrap();
    assert_eq!(Questionnaire::install(Language::En, french), Err(InstallError::WrongLanguage));
    let mut other = Questionnaire::get(Language::En).content.clone();
    other.dimensions[0].items[0].id = "renamed".into();
    assert_eq!(Questionnaire::install(Language::En, &encode_to_vec(&other)), Err(InstallError::OtherStructure));
    assert_eq!(Questionnaire::install(Language::En, embedded(Language::En).unwrap()), Ok(()));
    assert!(Questionnaire::available(Language::En));
}
