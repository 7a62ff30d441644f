//! The top bar: the tool's name, the language switch, and « effacer mes réponses » with its confirmation.

use crate::core::{Language, Questionnaire, Vocabulary};
use crate::i18n::{language_name, ui};
use crate::state::Action;
use yew::prelude::*;

use super::confirm::{confirm, ConfirmProps};

/// What the bar draws from (a render function's arguments, named).
pub struct HeaderProps<'a> {
    pub language: Language,
    pub has_answers: bool,
    pub dispatch: &'a Callback<Action>,
    /// Asks for the other language (the app loads it first if it must).
    pub on_language: &'a Callback<Language>,
    /// The other language is being loaded.
    pub busy: bool,
    /// Whether the bar names the tool (not on the welcome screen, whose heading does).
    pub brand: bool,
    /// Whether « effacer » is waiting for its confirmation, and how to ask or stop asking.
    pub confirming: bool,
    pub confirm: &'a Callback<bool>,
}

#[inline(never)]
pub fn header(props: &HeaderProps<'_>) -> Html {
    let t = ui(props.language);
    let other = match props.language {
        Language::Fr => Language::En,
        Language::En => Language::Fr,
    };
    let switch = {
        let on_language = props.on_language.clone();
        Callback::from(move |_| on_language.emit(other))
    };
    let ask = super::confirm::ask(props.confirm, "confirmer-effacement");
    let title = &Questionnaire::get(props.language).content.texts.title;
    html! {
        <header class="header">
            <div class="container header-bar">
                <p class="brand">{ if props.brand { title.as_str() } else { "" } }</p>
                <div class="header-actions">
                    <button type="button" class="button button-tertiary" id={super::painted::LANGUAGE_ID} lang={other.id()} onclick={switch} aria-disabled={props.busy.then_some("true")} aria-busy={props.busy.then_some("true")}>{ language_name(other) }</button>
                    if props.has_answers {
                        <button type="button" class="button button-tertiary" id="effacer" onclick={ask} aria-expanded={super::flag(props.confirming)} aria-controls="confirmer-effacement">{ t.clear }</button>
                    }
                </div>
            </div>
            if props.confirming {
                { confirm(&ConfirmProps { id: "confirmer-effacement", asker: "effacer", yes_id: "effacer-oui", class: "container confirm", text: t.clear_confirm, yes: t.clear_yes, no: t.clear_no, confirm: props.confirm, dispatch: props.dispatch }) }
            }
        </header>
    }
}
