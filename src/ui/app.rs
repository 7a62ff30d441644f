//! The root component: loads the saved state once, reduces actions, saves after each change, and shows the current screen.

use crate::core::questionnaire::ASSET_EN;
use crate::core::{Language, Questionnaire, Vocabulary};
use crate::i18n::{ui, LOADING};
use crate::state::{Action, AppState, Notice, Screen};
use crate::storage;
use std::rc::Rc;
use yew::prelude::*;

use super::header::Header;
use super::notice::NoticeBanner;
use super::profile::ProfileScreen;
use super::progress::Progress;
use super::result::ResultScreen;
use super::review::Review;
use super::step::Step;
use super::welcome::Welcome;

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// A query parameter of the page's address, if present.
fn query(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// Fetches a language's questionnaire from beside the page and installs it.
async fn load_language(language: Language) -> Result<(), ()> {
    use wasm_bindgen::JsCast;
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

/// The state to start with, and the language to load first if it is not built in.
pub fn initial() -> (AppState, Option<Language>) {
    let state = initial_state();
    if Questionnaire::available(state.language) {
        (state, None)
    } else {
        let wanted = state.language;
        (AppState { language: Language::Fr, ..state }, Some(wanted))
    }
}

/// The state to start with: `?effacer=1` wipes, else the saved state if readable, else a fresh
/// one with a notice. `?lang=` chooses the language at load.
pub fn initial_state() -> AppState {
    let requested = query("lang").and_then(|l| Language::from_id(&l));
    let fresh = |notice: Option<Notice>| AppState { notice, ..AppState::new(requested.unwrap_or(Language::Fr)) };
    if query("effacer").is_some() {
        storage::clear();
        // Drop the parameter, so that a later reload does not erase again.
        if let Ok(history) = gloo::utils::window().history() {
            let path = gloo::utils::window().location().pathname().unwrap_or_default();
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
        return fresh(Some(Notice::Cleared));
    }
    let saved = storage::load().map(|text| AppState::from_saved(&text));
    match saved {
        None => fresh(None),
        Some(Err(notice)) => fresh(Some(notice)),
        Some(Ok(state)) => AppState { language: requested.unwrap_or(state.language), ..state },
    }
}

#[component]
pub fn App() -> Html {
    let start = use_memo((), |_| initial());
    let state = use_reducer_eq(|| start.0.clone());
    // The language being loaded (none at first: the effect below asks for it), and whether
    // the first screen waits for it.
    let loading = use_state(|| None::<Language>);
    let holding = use_state(|| start.1.is_some());

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
    {
        let on_language = on_language.clone();
        let wanted = start.1;
        use_effect_with((), move |_| {
            if let Some(language) = wanted {
                on_language.emit(language);
            }
        });
    }

    // Persist after every change: the reducer decides, this effect saves.
    {
        let dispatch = state.dispatcher();
        use_effect_with((*state).clone(), move |s| {
            if !storage::save(&s.to_saved()) && s.notice != Some(Notice::StorageUnavailable) {
                dispatch.dispatch(Action::Notify(Notice::StorageUnavailable));
            }
        });
    }

    // <html lang> and the title follow the language.
    use_effect_with(state.language, |language| {
        let document = gloo::utils::document();
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", language.id());
        }
        document.set_title(&crate::core::Questionnaire::get(*language).content.texts.title);
    });

    // Focus moves to the new screen's heading, or to the question asked for; never on the first
    // render, and not when an answer merely clears the request on the same screen.
    {
        let last = use_mut_ref(|| None::<(Screen, Option<String>)>);
        let q = state.questionnaire();
        let target = state.focus.and_then(|i| q.item(i)).map(|item| item.id.clone());
        use_effect_with((state.screen, target), move |(screen, target)| {
            let previous = last.borrow_mut().replace((*screen, target.clone()));
            let Some((previous_screen, previous_target)) = previous else { return };
            let new_target = target.is_some() && *target != previous_target;
            if !new_target && previous_screen == *screen {
                return;
            }
            use wasm_bindgen::JsCast;
            let document = gloo::utils::document();
            let question = target.as_ref().filter(|_| new_target).and_then(|id| document.get_element_by_id(id));
            match question {
                Some(fieldset) => {
                    fieldset.scroll_into_view();
                    if let Some(input) = fieldset.query_selector("input").ok().flatten().and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok()) {
                        let _ = input.focus();
                    }
                }
                None => {
                    if let Ok(Some(h)) = document.query_selector("main h1") {
                        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                            let _ = h.focus();
                        }
                    }
                    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let t = ui(state.language);
    if *holding {
        return html! {
            <div class="page" data-screen="chargement">
                <main class="container"><p class="loading" role="status">{ LOADING }</p></main>
            </div>
        };
    }
    let screen = match state.screen {
        Screen::Welcome => html! { <Welcome state={(*state).clone()} dispatch={dispatch.clone()} /> },
        Screen::Profile => html! { <ProfileScreen state={(*state).clone()} dispatch={dispatch.clone()} /> },
        Screen::Step(d) => html! { <Step state={(*state).clone()} dimension={d} dispatch={dispatch.clone()} /> },
        Screen::Review => html! { <Review state={(*state).clone()} dispatch={dispatch.clone()} /> },
        Screen::Result => html! { <ResultScreen state={(*state).clone()} dispatch={dispatch.clone()} /> },
    };
    let show_progress = matches!(state.screen, Screen::Step(_) | Screen::Review);

    html! {
        <div class="page" data-screen={state.screen.id()}>
            <a class="skip-link" href="#contenu">{ t.skip_link }</a>
            <Header language={state.language} has_answers={state.responses.0.iter().any(Option::is_some) || state.profile != Default::default()} dispatch={dispatch.clone()} {on_language} busy={loading.is_some()} />
            <main id="contenu" class="container">
                if show_progress {
                    <Progress state={(*state).clone()} />
                }
                if let Some(notice) = state.notice.clone() {
                    <NoticeBanner {notice} language={state.language} dispatch={dispatch.clone()} />
                }
                { screen }
            </main>
            <footer class="footer container"><p>{ t.footer }</p></footer>
        </div>
    }
}
