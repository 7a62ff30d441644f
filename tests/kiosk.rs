//! The kiosk's options and inactivity rule (`src/kiosk.rs`), and the state's « next respondent » (nothing of a respondent carries over).

mod common;
use common::{fr, responses};
use partenariat::core::{Language, Profile, Role};
use partenariat::kiosk::{respondent_id, Idle, Kiosk, COUNTDOWN_SECONDS, IDLE_SECONDS};
use partenariat::state::{Action, AppState, Mode, Screen};

fn query(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
}

#[test]
fn the_kiosk_is_asked_for_by_its_mode_and_takes_a_sane_inactivity() {
    assert_eq!(Kiosk::from_query(query(&[])), None);
    assert_eq!(Kiosk::from_query(query(&[("mode", "embed")])), None);
    let default = Kiosk { idle: IDLE_SECONDS, countdown: COUNTDOWN_SECONDS };
    assert_eq!(Kiosk::from_query(query(&[("mode", "kiosk")])), Some(default));
    assert_eq!(Kiosk::from_query(query(&[("mode", "kiosque")])), Some(default));
    assert_eq!(Kiosk::from_query(query(&[("mode", "kiosk"), ("inactivite", "3")])), Some(Kiosk { idle: 3, countdown: 3 }));
    for bad in ["0", "-5", "abc", "99999", ""] {
        let pairs: &'static [(&'static str, &'static str)] = Box::leak(Box::new([("mode", "kiosk"), ("inactivite", bad)]));
        assert_eq!(Kiosk::from_query(query(pairs)), Some(default), "inactivite={bad}");
    }
}

#[test]
fn inactivity_asks_then_counts_down_then_wipes() {
    let k = Kiosk { idle: 90, countdown: 20 };
    assert_eq!(k.after(0), Idle::Active);
    assert_eq!(k.after(89), Idle::Active);
    assert_eq!(k.after(90), Idle::Asking(20));
    assert_eq!(k.after(109), Idle::Asking(1));
    assert_eq!(k.after(110), Idle::Wipe);
    assert_eq!(k.after(u32::MAX - 200), Idle::Wipe);
}

#[test]
fn respondent_ids_are_sixteen_hex_digits() {
    for (a, b) in [(0.0, 0.0), (0.999_999, 0.5), (1.0, -3.0), (f64::NAN, 0.25)] {
        let id = respondent_id(a, b);
        assert_eq!(id.len(), 16, "{id}");
        assert!(id.bytes().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()), "{id}");
    }
    assert_ne!(respondent_id(0.1, 0.2), respondent_id(0.2, 0.1));
}

#[test]
fn the_next_respondent_finds_nothing_of_the_previous_one() {
    let mut s = AppState { mode: Mode::Kiosk, ..AppState::new(Language::Fr) };
    s = s.apply(Action::SetRole(Some(Role::Ecole)));
    s = s.apply(Action::SetPartnership("Collège Verlaine".into()));
    s.responses = responses(fr(), Some(Role::Ecole), "ii|ii|i|i");
    s = s.apply(Action::GoTo(Screen::Result));
    let next = s.apply(Action::NextRespondent);
    assert_eq!(next.screen, Screen::Welcome);
    assert_eq!(next.profile, Profile::default());
    assert!(next.responses.0.iter().all(Option::is_none));
    assert_eq!(next.language, Language::Fr);
    assert_eq!(next.notice, None);
    assert_eq!(next.mode, Mode::Kiosk, "still a kiosk");
}
