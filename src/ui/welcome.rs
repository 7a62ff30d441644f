//! The welcome screen: what the tool is for, how long it takes, that answers stay on the device; start, resume or import.

use crate::core::answers_file::MAX_BYTES;
use crate::core::AnswersFileError;
use crate::core::{AnswersFile, Questionnaire, Role, Vocabulary};
use crate::i18n::{fill, ui};
use crate::state::{Action, AppState, Notice};

use super::notice::notice_for;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where « Commencer » leads: the profile screen's address (`#/` and its id).
pub const START_FRAGMENT: &str = "#/profil";

/// The file input's id (the painted page's is wired to the app: `painted`).
pub const IMPORT_ID: &str = "importer";

/// Reads an answers file chosen with the file input, and imports it or says why not.
pub fn import(dispatch: &Callback<Action>, language: crate::core::Language) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            read_chosen(&input, &dispatch, language);
        }
    })
}

/// Reads the answers file chosen in `input`, if any (and lets it go, so that the same file chosen
/// again is a change), and imports it or says why not: on a change, and for a file chosen on the
/// page painted at build time before the app ran (`painted`).
pub fn read_chosen(input: &web_sys::HtmlInputElement, dispatch: &Callback<Action>, language: crate::core::Language) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    input.set_value("");
    // A file larger than any answers file is refused before it is read.
    if file.size() > MAX_BYTES as f64 {
        dispatch.emit(Action::Notify(Notice::ImportRefused(AnswersFileError::TooLarge)));
        return;
    }
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        let outcome = bytes.map_err(|_| AnswersFileError::Unreadable).and_then(|bytes| AnswersFile::read(&bytes, Questionnaire::get(language)));
        match outcome {
            Ok((responses, profile, migrated)) => dispatch.emit(Action::Import(responses, profile, migrated)),
            Err(why) => dispatch.emit(Action::Notify(Notice::ImportRefused(why))),
        }
    });
}

/// Shows the page on the whole screen (the kiosk's « Plein écran »).
fn full_screen() {
    if let Some(page) = gloo::utils::document().document_element() {
        let _ = page.request_fullscreen();
    }
}

/// What the screen draws from (a render function's arguments, named).
pub struct WelcomeProps<'a> {
    pub state: &'a AppState,
    pub dispatch: &'a Callback<Action>,
}

#[inline(never)]
pub fn welcome(props: &WelcomeProps<'_>) -> Html {
    let language = props.state.language;
    let t = ui(language);
    let q = Questionnaire::get(language);
    let resume = props.state.progress().0 > 0;
    // The reading time of the shortest and longest paths, computed from their words.
    let minutes = {
        let all = std::iter::once(None).chain(crate::core::Role::ALL.iter().map(|r| Some(*r))).map(|r| q.reading_minutes(r));
        all.fold((usize::MAX, 0), |(lo, hi), m| (lo.min(m), hi.max(m)))
    };

    // A link to the profile's address: on the page painted before the app runs (the build-time
    // render), a click goes there and the app, once started, opens that screen (`app::initial`).
    let start = {
        let (dispatch, begin) = (props.dispatch.clone(), props.state.begin());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(begin.clone())
        })
    };
    let import = import(props.dispatch, language);

    html! {
        <section class="screen welcome" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ &q.content.texts.title }</h1>
            { notice_for(props.state, props.dispatch, false) }
            <p class="lead">{ &q.content.texts.intro }</p>
            // How long it takes, then the button, within the first screen of a phone; then what
            // happens to the answers.
            <ul class="facts">
                <li id="duree">{ fill(t.duration, &[("min", &minutes.0.to_string()), ("max", &minutes.1.to_string())]) }</li>
                <li id="parcours-parent">{ fill(t.parent_path, &[("n", &q.path(Some(Role::Parent)).len().to_string()), ("m", &q.reading_minutes(Some(Role::Parent)).to_string())]) }</li>
            </ul>
            <div class="actions">
                <a class="button button-primary" id="commencer" href={START_FRAGMENT} onclick={start}>{ if resume { t.resume } else { t.start } }</a>
            </div>
            if let Some((k, kw)) = super::kiosk::kiosk().map(|k| (k, crate::kiosk::words(language))) {
                <p class="callout" id="kiosque-accueil">{ fill(kw.kiosk_intro, &[("n", &k.idle.to_string())]) }</p>
                <p class="facilitator-link">
                    <a href="?mode=kiosk&vue=animation" id="espace-animateur">{ kw.kiosk_facilitator }</a>
                    // The screen to itself (no address bar to wander off by), where the browser
                    // allows it; hidden once it is (salle.css). Esc gives the browser back.
                    if gloo::utils::document().fullscreen_enabled() {
                        { " " }
                        <button type="button" class="button button-tertiary" id="plein-ecran" onclick={Callback::from(|_| full_screen())}>{ kw.kiosk_fullscreen }</button>
                    }
                </p>
            } else {
            <ul class="facts">
                <li>{ t.stays_here }</li>
                // Not promised when the browser has just refused to keep anything.
                if props.state.notice != Some(Notice::StorageUnavailable) {
                    <li>{ t.no_account }</li>
                }
                <li>{ t.no_grade }</li>
            </ul>
            // The native file input is kept (keyboard, screen readers, phones' pickers) but drawn
            // as its label, a button in the page's language: its own button speaks the browser's.
            <div class="import">
                <input type="file" id={IMPORT_ID} class="file-input" accept=".json,application/json" aria-describedby="importer-aide" onchange={import} />
                <label for={IMPORT_ID} class="button button-secondary">{ t.import_label }</label>
                <p class="hint" id="importer-aide">{ t.import_help }</p>
                { notice_for(props.state, props.dispatch, true) }
            </div>
            }
        </section>
    }
}
