//! The top bar: the tool's name, the language switch, and « effacer mes réponses » with its confirmation.

use crate::core::{Language, Questionnaire, Vocabulary};
use crate::i18n::{language_name, ui};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub language: Language,
    pub has_answers: bool,
    /// Whether the bar names the tool (not on the welcome screen, whose heading does).
    #[prop_or(true)]
    pub brand: bool,
    pub dispatch: Callback<Action>,
    /// Asks for the other language (the app loads it first if it must).
    pub on_language: Callback<Language>,
    /// The other language is being loaded.
    #[prop_or_default]
    pub busy: bool,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = ui(props.language);
    let confirming = use_state(|| false);
    let other = match props.language {
        Language::Fr => Language::En,
        Language::En => Language::Fr,
    };
    let switch = {
        let on_language = props.on_language.clone();
        Callback::from(move |_| on_language.emit(other))
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let clear = {
        let confirming = confirming.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            confirming.set(false);
            dispatch.emit(Action::Clear);
        })
    };
    let title = &Questionnaire::get(props.language).content.texts.title;
    html! {
        <header class="header">
            <div class="container header-bar">
                <p class="brand">{ if props.brand { title.as_str() } else { "" } }</p>
                <div class="header-actions">
                    <button type="button" class="button button-tertiary" lang={other.id()} onclick={switch} disabled={props.busy} aria-busy={props.busy.to_string()}>{ language_name(other) }</button>
                    if props.has_answers {
                        <button type="button" class="button button-tertiary" id="effacer" onclick={ask} aria-expanded={(*confirming).to_string()} aria-controls="confirmer-effacement">{ t.clear }</button>
                    }
                </div>
            </div>
            if *confirming {
                <div class="container confirm" id="confirmer-effacement" role="alertdialog" aria-labelledby="confirmer-texte">
                    <p id="confirmer-texte">{ t.clear_confirm }</p>
                    <div class="actions">
                        <button type="button" class="button button-danger" id="effacer-oui" onclick={clear}>{ t.clear_yes }</button>
                        <button type="button" class="button button-secondary" onclick={cancel}>{ t.clear_no }</button>
                    </div>
                </div>
            }
        </header>
    }
}
