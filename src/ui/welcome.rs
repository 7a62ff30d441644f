//! The welcome screen: what the tool is for, how long it takes, that answers stay on the device; start, resume or import.

use crate::core::{AnswersFile, Questionnaire, Role, Vocabulary};
use crate::i18n::{fill, import_error, ui};
use crate::state::{Action, AppState, Notice, Screen};
use gloo::file::callbacks::FileReader;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let language = props.state.language;
    let t = ui(language);
    let q = Questionnaire::get(language);
    let reader = use_mut_ref(|| None::<FileReader>);
    let resume = props.state.progress().0 > 0;
    // The reading time of the shortest and longest paths, computed from their words.
    let minutes = {
        let all = std::iter::once(None).chain(crate::core::Role::ALL.iter().map(|r| Some(*r))).map(|r| q.reading_minutes(r));
        all.fold((usize::MAX, 0), |(lo, hi), m| (lo.min(m), hi.max(m)))
    };

    let start = {
        let dispatch = props.dispatch.clone();
        let target = if resume { first_unanswered_screen(&props.state) } else { Screen::Profile };
        Callback::from(move |_| dispatch.emit(Action::GoTo(target)))
    };
    let import = {
        let dispatch = props.dispatch.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let dispatch = dispatch.clone();
            let file = gloo::file::File::from(file);
            let task = gloo::file::callbacks::read_as_text(&file, move |result| {
                let outcome = result
                    .map_err(|_| crate::core::AnswersFileError::Unreadable)
                    .and_then(|text| AnswersFile::read(&text, Questionnaire::get(language)))
                    .map_err(|e| import_error(language, &e));
                match outcome {
                    Ok((responses, profile, migrated)) => dispatch.emit(Action::Import(responses, profile, migrated)),
                    Err(why) => dispatch.emit(Action::Notify(Notice::ImportRefused(why))),
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };

    html! {
        <section class="screen welcome" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ &q.content.texts.title }</h1>
            <p class="lead">{ &q.content.texts.intro }</p>
            <ul class="facts">
                <li id="duree">{ fill(t.duration, &[("min", &minutes.0.to_string()), ("max", &minutes.1.to_string())]) }</li>
                <li id="parcours-parent">{ fill(t.parent_path, &[("n", &q.path(Some(Role::Parent)).len().to_string()), ("m", &q.reading_minutes(Some(Role::Parent)).to_string())]) }</li>
                <li>{ t.stays_here }</li>
                <li>{ t.no_account }</li>
                <li>{ t.no_grade }</li>
            </ul>
            <div class="actions">
                <button type="button" class="button button-primary" id="commencer" onclick={start}>{ if resume { t.resume } else { t.start } }</button>
            </div>
            <div class="import">
                <label for="importer" class="label">{ t.import_label }</label>
                <p class="hint" id="importer-aide">{ t.import_help }</p>
                <input type="file" id="importer" accept=".json,application/json" aria-describedby="importer-aide" onchange={import} />
            </div>
        </section>
    }
}

/// The first step with an unanswered item, else the review.
fn first_unanswered_screen(state: &AppState) -> Screen {
    state.steps().into_iter().find(|d| !state.unanswered(*d).is_empty()).map_or(Screen::Review, Screen::Step)
}
