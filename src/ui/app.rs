//! The root component: loads the saved state once, reduces actions, saves after each change, and shows the current screen.

use crate::core::questionnaire::ASSET_EN;
use crate::core::share_link::{self, FRAGMENT_PREFIX};
use crate::core::{Language, Questionnaire, Vocabulary};
use crate::core::{Profile, Responses};
use crate::i18n::{ui, LOADING};
use crate::state::{Action, AppState, Mode, Notice, Screen, WELCOME_ID};
use crate::storage::Slot;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::host;
use super::kiosk;
use super::notice::NOTICE_ID;
use super::page::{page, PageProps};
use super::profile::{profile_screen, ProfileScreenProps};
use super::question::{question_screen, QuestionScreenProps};
use super::result::{result_screen, ResultScreenProps};
use super::review::{review, ReviewProps};
use super::shared::{shared_screen, SharedScreenProps};
use super::welcome::{welcome, WelcomeProps, START_FRAGMENT};
use super::{focus, focus_heading};

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// A query parameter of the page's address, if present.
pub fn query(name: &str) -> Option<String> {
    // (An address without a query, the usual one, builds no parameters: asked about ten times at
    // the start, by the embedding's and the kiosk's options.)
    let search = gloo::utils::window().location().search().ok().filter(|s| !s.is_empty())?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// Fetches a language's questionnaire from beside the page and installs it.
async fn load_language(language: Language) -> Result<(), ()> {
    if language != Language::En {
        return Err(());
    }
    let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(ASSET_EN)).await.map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(|_| ())?).await.map_err(|_| ())?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Questionnaire::install(language, &bytes).map_err(|_| ())
}

/// What the page starts from: read once, from its address and its storage.
pub struct Start {
    pub state: AppState,
    /// The language to load first, when the one asked for is not built in.
    pub wanted: Option<Language>,
    /// Where the state is saved.
    pub slot: Slot,
    /// The answers and profile of a share link the page was opened with (`#/partage/…`).
    pub shared: Option<(Responses, Profile)>,
    /// Whether the app would draw the page painted at build time as it is: someone who has never
    /// answered, in French, on the widget's own page, with nothing to load.
    pub painted: bool,
}

/// The state to start with, and the language to load first if it is not built in.
pub fn initial() -> Start {
    // A kiosk keeps nothing of a respondent: no saved state read or written, no link taken.
    if kiosk::kiosk().is_some() {
        return Start {
            state: AppState { mode: Mode::Kiosk, ..AppState::new(Language::Fr) },
            wanted: None,
            slot: Slot::nowhere(),
            shared: None,
            painted: false,
        };
    }
    let embedding = host::embedding();
    let slot = Slot::new(embedding.as_ref());
    let mode = if embedding.is_some() { Mode::Embedded } else { Mode::Standalone };
    let state = AppState { mode, ..initial_state(&slot) };
    let wanted = (!Questionnaire::available(state.language)).then_some(state.language);
    let state = if wanted.is_some() { AppState { language: Language::Fr, ..state } } else { state };
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    // « Commencer » clicked on the page painted before the app ran (the build-time render): its
    // link has put the profile's address in the page's, and the app goes on as if clicked now.
    let state = match state.screen == Screen::Welcome && fragment_id(&hash) == fragment_id(START_FRAGMENT) {
        true => {
            let begin = state.begin();
            state.apply(begin)
        }
        false => state,
    };
    // A share link: the result it carries, or a notice saying why it cannot be read (the
    // respondent's own answers are untouched either way).
    let (shared, state) = match hash.strip_prefix(FRAGMENT_PREFIX).map(|payload| share_link::decode(Questionnaire::reference(), payload)) {
        Some(Ok(shared)) => (Some(shared), state),
        Some(Err(why)) => (None, AppState { notice: Some(Notice::LinkRefused(why)), ..state }),
        None => (None, state),
    };
    let painted = state == AppState::new(Language::Fr) && wanted.is_none() && shared.is_none();
    Start { state, wanted, slot, shared, painted }
}

/// The state to start with: `?effacer=1` wipes, else the saved state if readable, else a fresh
/// one with a notice. `?lang=` chooses the language at load.
pub fn initial_state(slot: &Slot) -> AppState {
    let requested = query("lang").and_then(|l| Language::from_id(&l));
    let fresh = |notice: Option<Notice>| AppState { notice, ..AppState::new(requested.unwrap_or(Language::Fr)) };
    if query("effacer").is_some() {
        slot.clear();
        // Drop the parameter (and it alone: an embedded widget keeps its own; the fragment stays,
        // for `initial` to read: « Commencer » pressed early, a share link), so that a later
        // reload does not erase again.
        let location = gloo::utils::window().location();
        let search = location.search().unwrap_or_default();
        if let (Ok(history), Ok(params)) = (gloo::utils::window().history(), web_sys::UrlSearchParams::new_with_str(&search)) {
            params.delete("effacer");
            let rest = String::from(params.to_string());
            let query = if rest.is_empty() { rest } else { format!("?{rest}") };
            let url = format!("{}{query}{}", location.pathname().unwrap_or_default(), location.hash().unwrap_or_default());
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        return fresh(Some(Notice::Cleared));
    }
    let saved = slot.load().map(|text| AppState::from_saved(&text));
    match saved {
        None => fresh(None),
        Some(Err(notice)) => fresh(Some(notice)),
        Some(Ok(state)) => {
            let state = AppState { language: requested.unwrap_or(state.language), ..state };
            // Coming back in the middle of the questions: on at the next one without an answer.
            let midway = matches!(state.screen, Screen::Question(_)) || (state.screen == Screen::Profile && state.progress().0 > 0);
            if midway {
                state.apply(Action::Resume)
            } else {
                state
            }
        }
    }
}

/// Closes a shared result: the respondent's own screen again, the keyboard on its heading (once
/// drawn). « Fermer », and Back or Forward away from the link.
fn close_shared(shared: &UseStateHandle<Option<(Responses, Profile)>>) {
    shared.set(None);
    super::later(0, focus_heading);
}

/// The tab's title: the screen's name, then the tool's.
fn tab_title(state: &AppState, sharing: bool) -> String {
    let t = ui(state.language);
    let tool = &state.questionnaire().content.texts.title;
    let name = match state.screen {
        _ if sharing => Some(t.shared_title.to_string()),
        Screen::Welcome => None,
        Screen::Profile => Some(t.profile_title.to_string()),
        Screen::Question(i) => state.number(i).map(|(n, total)| crate::i18n::fill(t.question, &[("n", &n.to_string()), ("total", &total.to_string())])),
        Screen::Review => Some(t.review_title.to_string()),
        Screen::Result => Some(t.result_title.to_string()),
    };
    match name {
        Some(name) => format!("{name} – {tool}"),
        None => tool.clone(),
    }
}

/// The history entry of the screen shown, written once that screen is painted (`super::after_paint`).
struct Due {
    /// Counts the changes and the history's own moves to another screen: only the latest one's
    /// writes go ahead (an earlier one, overtaken before its frame, would name a screen no longer
    /// shown, and give the tab its title).
    turn: u32,
    /// Whether the entry replaces the current one rather than adding one (the first screen, a move
    /// the history made itself), until the latest change uses it (writing an entry, or finding
    /// that the address already names its screen).
    replace: bool,
}

/// A screen's fragment: `#/` and its id. (Not `#` and the id alone: a question's fieldset has
/// that id, and the browser would scroll to it when Back or Forward returns to the entry.)
fn fragment(id: &str) -> String {
    format!("#/{id}")
}

/// The screen id a fragment names (`#/id`, or `#id` typed by hand); no fragment names the
/// welcome screen (the page's own address: the app does not add `#/accueil` to it on load).
fn fragment_id(hash: &str) -> &str {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    match hash.strip_prefix('/').unwrap_or(hash) {
        "" => WELCOME_ID,
        id => id,
    }
}

/// The page's address with another fragment (the query, which may carry `lang`, is kept).
fn with_fragment(id: &str) -> String {
    let location = gloo::utils::window().location();
    format!("{}{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default(), fragment(id))
}

/// The two buttons that erase everything, each asking first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Erasing {
    /// « Effacer mes réponses », in the bar.
    Bar,
    /// « Recommencer », on the result.
    StartAgain,
}

#[component]
pub fn App() -> Html {
    let start = use_memo((), |_| initial());
    let state = use_reducer_eq(|| start.state.clone());
    // The language being loaded (none at first: the effect below asks for it), and whether
    // the first screen waits for it.
    let loading = use_state(|| None::<Language>);
    // Which erasing button, « effacer » (the bar) or « recommencer » (the result), waits for
    // its confirmation; a new screen drops it (`_eq`: dropping none draws nothing again, so a new
    // screen is drawn once, not twice).
    let confirming = use_state_eq(|| None::<Erasing>);
    let holding = use_state(|| start.wanted.is_some());
    // A result received by a link, shown instead of the respondent's own screens until taken
    // over or closed.
    let shared = use_state(|| start.shared.clone());

    let on_language = {
        let state = state.clone();
        let loading = loading.clone();
        let holding = holding.clone();
        Callback::from(move |language: Language| {
            if Questionnaire::available(language) {
                state.dispatch(Action::SetLanguage(language));
                return;
            }
            if loading.is_some() {
                return;
            }
            loading.set(Some(language));
            let (state, loading, holding) = (state.clone(), loading.clone(), holding.clone());
            yew::platform::spawn_local(async move {
                match load_language(language).await {
                    Ok(()) => state.dispatch(Action::SetLanguage(language)),
                    Err(()) => state.dispatch(Action::Notify(Notice::LanguageUnavailable)),
                }
                loading.set(None);
                holding.set(false);
            });
        })
    };

    // The page painted at build time stays, its controls wired to the app, while the app would draw
    // it the same (`Start::painted`); the app's next render replaces it.
    let adopted = {
        let (on_language, dispatch) = (on_language.clone(), state.dispatcher());
        super::painted::use_painted(start.painted, move || super::painted::wire(on_language, dispatch))
    };
    {
        let on_language = on_language.clone();
        let wanted = start.wanted;
        use_effect_with((), move |_| {
            if let Some(language) = wanted {
                on_language.emit(language);
            }
        });
    }

    // <html lang> follows the language.
    use_effect_with(state.language, |language| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", language.id());
        }
    });

    // After every change, once the new screen is painted (`after_paint`): the state is saved (the
    // reducer decides, this effect saves; at once if the page is left or hidden before), the screen
    // is an entry of the browser's history, its fragment the screen's id, so that Back and Forward
    // move inside the questionnaire, and the tab's title names the screen (RGAA 8.6; after the
    // entry: set before it, the new title would go to the previous entry). A move the history made
    // itself is not pushed again; the first screen replaces the entry the page was opened with,
    // unless that address already names it (an address without a fragment names the welcome
    // screen: left as it is).
    let screen_id = state.screen.id(Questionnaire::reference());
    let due = use_mut_ref(|| Due { turn: 0, replace: true });
    let shown_id = use_mut_ref(String::new);
    *shown_id.borrow_mut() = screen_id.clone();
    // Whether a shared result is shown, for the history's listener below.
    let sharing = use_mut_ref(|| false);
    *sharing.borrow_mut() = shared.is_some();
    // A new number (`Due::turn`) at each move of the history to another screen, so that the effect
    // below runs after each, even when the state stays the same (Back to a question no longer on the respondent's path shows
    // the review, maybe the screen already shown): the address then names the screen shown again.
    let popped = use_state_eq(|| 0u32);
    {
        let unsaved = use_mut_ref(|| None::<AppState>);
        let save: Rc<dyn Fn()> = {
            let (unsaved, start, dispatch) = (unsaved.clone(), start.clone(), state.dispatcher());
            // Said once: dismissed, the notice stays away.
            let reported = use_mut_ref(|| false);
            Rc::new(move || {
                let Some(s) = unsaved.borrow_mut().take() else { return };
                if !start.slot.save(&s.to_saved()) && !std::mem::replace(&mut *reported.borrow_mut(), true) {
                    dispatch.dispatch(Action::Notify(Notice::StorageUnavailable));
                }
            })
        };
        let on_leave = save.clone();
        let keeps = start.slot.keeps();
        let (due, id) = (due.clone(), screen_id.clone());
        use_effect_with(((*state).clone(), shared.is_some(), *popped), move |(s, sharing, _)| {
            if keeps {
                *unsaved.borrow_mut() = Some(s.clone());
            }
            let sharing = *sharing;
            let name = tab_title(s, sharing);
            let turn = {
                let mut due = due.borrow_mut();
                due.turn = due.turn.wrapping_add(1);
                due.turn
            };
            super::after_paint(move || {
                save();
                // A move of the history made since has its own screen drawn, which writes.
                if due.borrow().turn != turn {
                    return;
                }
                // While a shared result is shown, the address keeps its link (a reload shows it again).
                if !sharing {
                    // A kiosk never adds entries: Back cannot walk into a previous respondent's screens.
                    let replace = std::mem::take(&mut due.borrow_mut().replace) || kiosk::kiosk().is_some();
                    // (A fragment typed by hand, `#q3`, is written again as `#/q3`: see `fragment`.)
                    let hash = gloo::utils::window().location().hash().unwrap_or_default();
                    let here = hash == fragment(&id) || (hash.is_empty() && id == WELCOME_ID);
                    if let (false, Ok(history)) = (here, gloo::utils::window().history()) {
                        let url = with_fragment(&id);
                        let _ = match replace {
                            true => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
                            false => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
                        };
                    }
                }
                gloo::utils::document().set_title(&name);
            });
        });
        use_effect_with((), move |_| {
            // Each screen starts at its top: the browser must not restore an entry's old scroll.
            if let Ok(history) = gloo::utils::window().history() {
                let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
            }
            let window = gloo::utils::window();
            let left = on_leave.clone();
            let leaving = gloo::events::EventListener::new(&window, "pagehide", move |_| left());
            // A phone may freeze or discard a hidden page without `pagehide`.
            let hiding = gloo::events::EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                if gloo::utils::document().hidden() {
                    on_leave();
                }
            });
            move || drop((leaving, hiding))
        });
    }
    {
        let dispatch = state.dispatcher();
        let language = state.language;
        let shown_id = shown_id.clone();
        let shared = shared.clone();
        let sharing = sharing.clone();
        let due = due.clone();
        let popped = popped.clone();
        use_effect_with(language, move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                // A share link pasted into the address of an open page.
                if let Some(payload) = hash.strip_prefix(FRAGMENT_PREFIX) {
                    match share_link::decode(Questionnaire::reference(), payload) {
                        Ok(received) => shared.set(Some(received)),
                        Err(why) => dispatch.dispatch(Action::Notify(Notice::LinkRefused(why))),
                    }
                    return;
                }
                // Back (or Forward) away from a shared result: the respondent's own screen again,
                // as « Fermer » does.
                if std::mem::take(&mut *sharing.borrow_mut()) {
                    close_shared(&shared);
                }
                // The entry the page was opened with has no fragment: the welcome screen.
                let id = fragment_id(&hash);
                let Some(screen) = Screen::from_id(Questionnaire::reference(), id) else { return };
                if *shown_id.borrow() != id {
                    // An entry waiting for its frame names the screen the history has just left:
                    // dropped; the screen drawn now replaces the current entry's address.
                    let mut due = due.borrow_mut();
                    due.turn = due.turn.wrapping_add(1);
                    due.replace = true;
                    popped.set(due.turn);
                    drop(due);
                    dispatch.dispatch(Action::GoTo(screen));
                }
            });
            move || drop(listener)
        });
    }

    // A screen that waited under « Chargement » for the language asked for at load (« Commencer »
    // pressed on the welcome meanwhile): once drawn, the keyboard goes to its heading.
    {
        let was_holding = use_mut_ref(|| *holding);
        let screen = state.screen;
        use_effect_with(*holding, move |holding| {
            let before = std::mem::replace(&mut *was_holding.borrow_mut(), *holding);
            if before && !*holding && screen != Screen::Welcome {
                focus_heading();
            }
        });
    }

    // Focus moves to the new screen's heading (a notice that comes with the screen follows it);
    // a notice that answers an action on the same screen takes focus itself. Never on the first
    // render.
    {
        let last = use_mut_ref(|| None::<(Screen, Option<Notice>)>);
        let confirming = confirming.clone();
        let q = state.questionnaire();
        use_effect_with((state.screen, state.notice.clone(), state.returned_from), move |(screen, notice, returned_from)| {
            let previous = last.borrow_mut().replace((*screen, notice.clone()));
            let Some((previous_screen, previous_notice)) = previous else { return };
            if previous_screen != *screen {
                confirming.set(None);
                host::screen_shown(*screen == Screen::Result);
                // Back on the review or the result from a question opened there to be changed: at
                // that question's row (reached from the path's last question, the review's top).
                let row = match (*screen, returned_from.and_then(|i| q.item(i))) {
                    (Screen::Review, Some(item)) => Some(format!("#verif-{} button", item.id)),
                    (Screen::Result, Some(item)) => Some(format!("button[data-item=\"{}\"]", item.id)),
                    _ => None,
                };
                let row = row.and_then(|selector| gloo::utils::document().query_selector(&selector).ok().flatten());
                match row.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    // (Embedded, not before the person uses the widget: a Back made in the host page.)
                    Some(_) if !host::may_take_focus() => {}
                    Some(row) => {
                        // The whole row in view: on a phone, the review's button comes last, under
                        // the question and the answer.
                        let whole = row.closest(".summary-row").ok().flatten().unwrap_or_else(|| row.clone().into());
                        whole.scroll_into_view();
                        let _ = row.focus();
                    }
                    None => {
                        focus_heading();
                        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                    }
                }
            } else if notice.as_ref().is_some_and(Notice::takes_focus) && *notice != previous_notice {
                focus(NOTICE_ID);
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    // The kiosk (its build only): the inactivity watch, the tally, the QR code, « Terminer ».
    #[cfg(feature = "kiosk")]
    let kiosk_parts = {
        let (shared, confirming) = (shared.clone(), confirming.clone());
        kiosk::use_kiosk(
            &state,
            &dispatch,
            Callback::from(move |_: ()| {
                shared.set(None);
                confirming.set(None);
            }),
        )
    };
    #[cfg(not(feature = "kiosk"))]
    let kiosk_parts = kiosk::KioskParts::none();

    let confirm = |which: Erasing| {
        let confirming = confirming.clone();
        Callback::from(move |ask: bool| confirming.set(ask.then_some(which)))
    };
    let (confirm_erase, confirm_start_again) = (confirm(Erasing::Bar), confirm(Erasing::StartAgain));
    // The page painted at build time is shown instead (`adopted`, above).
    if adopted {
        return Html::default();
    }
    // While the language asked for at load is fetched, the welcome screen stays as it was painted
    // (in French, its language button busy) and switches when the language arrives; any other
    // screen waits under « Chargement » (a question read in French, then in English, would be
    // worse than a moment's wait).
    if *holding && (state.screen != Screen::Welcome || shared.is_some()) {
        return html! {
            <div class="page" data-screen="chargement">
                <main class="container"><p class="loading" role="status">{ LOADING }</p></main>
            </div>
        };
    }
    let on_take = {
        let (shared, dispatch) = (shared.clone(), dispatch.clone());
        Callback::from(move |_| {
            if let Some((responses, profile)) = (*shared).clone() {
                dispatch.emit(Action::Import(responses, profile, None));
                dispatch.emit(Action::Notify(Notice::LinkTaken));
            }
            shared.set(None);
        })
    };
    let on_close = {
        let shared = shared.clone();
        Callback::from(move |_| close_shared(&shared))
    };
    let screen = match (state.screen, shared.as_ref()) {
        (_, Some(shared)) => shared_screen(&SharedScreenProps { state: &state, shared, on_take: &on_take, on_close: &on_close }),
        (Screen::Welcome, None) => welcome(&WelcomeProps { state: &state, dispatch: &dispatch }),
        (Screen::Profile, None) => profile_screen(&ProfileScreenProps { state: &state, dispatch: &dispatch }),
        (Screen::Question(item), None) => question_screen(&QuestionScreenProps { state: &state, item, dispatch: &dispatch }),
        (Screen::Review, None) => review(&ReviewProps { state: &state, dispatch: &dispatch }),
        (Screen::Result, None) => result_screen(&ResultScreenProps {
            state: &state,
            dispatch: &dispatch,
            confirming: *confirming == Some(Erasing::StartAgain),
            confirm: &confirm_start_again,
            qr: kiosk_parts.qr.as_ref(),
            on_finish: &kiosk_parts.on_finish,
        }),
    };
    let dialog = kiosk_parts.idle_left.filter(|_| kiosk::kiosk().is_some()).map(|left| kiosk::idle_dialog(state.language, left));
    page(PageProps {
        state: &state,
        screen,
        sharing: shared.is_some(),
        dispatch: &dispatch,
        on_language: &on_language,
        busy: loading.is_some(),
        confirming: *confirming == Some(Erasing::Bar),
        confirm: &confirm_erase,
        dialog,
    })
}
