//! The kiosk in the browser: its options read once from the address, the inactivity watch (a touch, a click or a key restarts it; then « Vous êtes toujours là ? » with its countdown; then the wipe), and the countdown's dialog.

use crate::core::Language;
use crate::i18n::fill;
use crate::kiosk::Kiosk;
use yew::prelude::*;
#[cfg(feature = "kiosk")]
use {crate::kiosk::Idle, std::cell::Cell, std::rc::Rc, wasm_bindgen::JsCast};

#[cfg(feature = "kiosk")]
thread_local! {
    /// The kiosk options of this page's address, read once.
    static KIOSK: Option<Kiosk> = Kiosk::from_query(super::app::query);
}

/// This page's kiosk options, if it is a kiosk (`?mode=kiosk`) and this is the kiosk's build (the
/// room bundle). In the respondent's bundle, always none: every kiosk branch is compiled out.
#[cfg(feature = "kiosk")]
pub fn kiosk() -> Option<Kiosk> {
    KIOSK.with(|k| *k)
}

#[cfg(not(feature = "kiosk"))]
pub fn kiosk() -> Option<Kiosk> {
    None
}

/// A new respondent's random id, for the tally.
#[cfg(feature = "kiosk")]
fn new_respondent_id() -> String {
    crate::kiosk::respondent_id(js_sys::Math::random(), js_sys::Math::random())
}

/// What the kiosk adds to the widget's root.
pub struct KioskParts {
    /// The countdown's seconds left, while « Vous êtes toujours là ? » asks.
    pub idle_left: Option<u32>,
    /// The QR code of the result's link, on the result (Err if the link is too long for one).
    pub qr: Option<Result<AttrValue, ()>>,
    /// « Terminer ».
    pub on_finish: Callback<MouseEvent>,
}

/// The kiosk's part of the root: each respondent has a random id for the tally; reaching the
/// result adds them to it (their entry replaced if they come back with other answers: anonymous,
/// no name, the day only); « Terminer » and inactivity wipe everything of them (`wipe` drops what
/// the root holds beside the state) and welcome the next one.
#[cfg(feature = "kiosk")]
#[hook]
pub fn use_kiosk(state: &crate::state::AppState, dispatch: &Callback<crate::state::Action>, wipe: Callback<()>) -> KioskParts {
    use crate::core::Questionnaire;
    use crate::state::{Action, Screen};
    let respondent = use_mut_ref(new_respondent_id);
    let next = {
        let (dispatch, respondent) = (dispatch.clone(), respondent.clone());
        Callback::from(move |_: ()| {
            *respondent.borrow_mut() = new_respondent_id();
            wipe.emit(());
            dispatch.emit(Action::NextRespondent);
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        })
    };
    let under_way = state.screen != Screen::Welcome || state.responses.0.iter().any(Option::is_some) || state.profile != Default::default();
    let idle_left = use_idle(under_way, next.clone());
    let at_result = state.screen == Screen::Result;
    use_effect_with((at_result, state.responses.clone(), state.profile.clone()), move |(at_result, responses, profile)| {
        if *at_result {
            let id = respondent.borrow().clone();
            let day = super::result::today("fr").0;
            let entry = crate::core::tally::entry(Questionnaire::reference(), &id, &day, responses, profile);
            crate::storage::record_in_tally(&id, &entry.line());
        }
    });
    let link = at_result.then(|| super::result::share_address(state));
    let label = crate::kiosk::words(state.language).kiosk_qr_label;
    let qr = use_memo(link, move |link| link.as_ref().map(|link| crate::core::qr::svg(link, label).map(AttrValue::from).ok_or(())));
    KioskParts { idle_left, qr: (*qr).clone(), on_finish: next.reform(|_: MouseEvent| ()) }
}

impl KioskParts {
    /// Off the kiosk's build: nothing.
    pub fn none() -> KioskParts {
        KioskParts { idle_left: None, qr: None, on_finish: Callback::noop() }
    }
}

/// Watches inactivity while `under_way` (a respondent has started): returns the countdown's
/// seconds left while it asks, and calls `wipe` when time is up.
#[cfg(feature = "kiosk")]
#[hook]
fn use_idle(under_way: bool, wipe: Callback<()>) -> Option<u32> {
    let asking = use_state_eq(|| None::<u32>);
    let last = use_mut_ref(js_sys::Date::now);
    let going = use_mut_ref(|| false);
    *going.borrow_mut() = under_way;
    let shown = use_memo((), |_| Rc::new(Cell::new(false)));
    shown.set(asking.is_some());
    {
        let (asking, last, going, shown) = (asking.clone(), last.clone(), going.clone(), (*shown).clone());
        use_effect_with((), move |_| {
            let kiosk = kiosk();
            let mut keep = Vec::new();
            let mut interval = None;
            if let Some(kiosk) = kiosk {
                let document = gloo::utils::document();
                for event in ["pointerdown", "keydown", "wheel", "touchstart", "input"] {
                    let (last, asking, shown) = (last.clone(), asking.clone(), shown.clone());
                    keep.push(gloo::events::EventListener::new(&document, event, move |_| {
                        *last.borrow_mut() = js_sys::Date::now();
                        if shown.get() {
                            asking.set(None);
                        }
                    }));
                }
                interval = Some(gloo::timers::callback::Interval::new(1000, move || {
                    if !*going.borrow() {
                        asking.set(None);
                        *last.borrow_mut() = js_sys::Date::now();
                        return;
                    }
                    let quiet = ((js_sys::Date::now() - *last.borrow()) / 1000.0).max(0.0) as u32;
                    match kiosk.after(quiet) {
                        Idle::Active => asking.set(None),
                        Idle::Asking(left) => asking.set(Some(left)),
                        Idle::Wipe => {
                            asking.set(None);
                            *last.borrow_mut() = js_sys::Date::now();
                            wipe.emit(());
                        }
                    }
                }));
            }
            move || {
                drop(keep);
                drop(interval);
            }
        });
    }
    // The dialog's button takes focus when it appears, so that a key or a tap answers it.
    use_effect_with(asking.is_some(), |shown| {
        if *shown {
            if let Some(b) = gloo::utils::document().get_element_by_id("toujours-la").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = b.focus();
            }
        }
    });
    *asking
}

/// « Vous êtes toujours là ? » with the seconds left. Any touch, click or key answers it (the
/// button is there to be found).
#[inline(never)]
pub fn idle_dialog(language: Language, left: u32) -> Html {
    let kw = crate::kiosk::words(language);
    html! {
        <div class="idle-backdrop">
            <div class="idle" role="alertdialog" aria-modal="true" aria-labelledby="inactif-titre" aria-describedby="inactif-texte" id="inactif">
                <h2 id="inactif-titre">{ kw.idle_title }</h2>
                <p id="inactif-texte">{ fill(kw.idle_text, &[("n", &left.to_string())]) }</p>
                <button type="button" class="button button-primary" id="toujours-la">{ kw.idle_continue }</button>
            </div>
        </div>
    }
}
