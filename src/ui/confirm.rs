//! The question asked before erasing everything (« Effacer mes réponses », « Recommencer »): what will be lost, a red « oui », and « annuler » (the keyboard's place while it is asked; Escape too; the keyboard then goes back to the asking button).

use crate::state::Action;
use yew::prelude::*;

/// What the confirmation draws from (a render function's arguments, named).
pub struct ConfirmProps<'a> {
    /// The dialog's id (the asking button's `aria-controls`); its text is `{id}-texte`, its « oui »
    /// `{yes_id}`, its « annuler » `{id}-non`.
    pub id: &'static str,
    /// The asking button's id: the keyboard goes back there when the question is dropped.
    pub asker: &'static str,
    pub yes_id: &'static str,
    pub class: &'static str,
    pub text: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// Asks (true) or stops asking (false): « oui » and « annuler » both stop asking.
    pub confirm: &'a Callback<bool>,
    /// Where « oui » sends `Action::Clear`.
    pub dispatch: &'a Callback<Action>,
}

#[inline(never)]
pub fn confirm(props: &ConfirmProps<'_>) -> Html {
    let text_id = format!("{}-texte", props.id);
    let stop = {
        let (confirm, asker) = (props.confirm.clone(), props.asker);
        move || {
            confirm.emit(false);
            super::focus(asker);
        }
    };
    let no = {
        let stop = stop.clone();
        Callback::from(move |_: MouseEvent| stop())
    };
    let escape = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            stop();
        }
    });
    let yes = {
        let (confirm, dispatch) = (props.confirm.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            confirm.emit(false);
            dispatch.emit(Action::Clear);
            // « Oui » goes away (the welcome screen may stay): the keyboard goes on from the heading.
            super::focus_heading();
        })
    };
    html! {
        <div class={props.class} id={props.id} role="alertdialog" aria-labelledby={text_id.clone()} onkeydown={escape}>
            <p id={text_id}>{ props.text }</p>
            <div class="actions">
                <button type="button" class="button button-danger" id={props.yes_id} onclick={yes}>{ props.yes }</button>
                <button type="button" class="button button-secondary" id={format!("{}-non", props.id)} onclick={no}>{ props.no }</button>
            </div>
        </div>
    }
}

/// The asking button's click: asks, then puts the keyboard on « annuler » (the safe answer) once the
/// question is drawn.
pub fn ask(confirm: &Callback<bool>, id: &'static str) -> Callback<MouseEvent> {
    let confirm = confirm.clone();
    Callback::from(move |_: MouseEvent| {
        confirm.emit(true);
        super::later(0, move || super::focus(&format!("{id}-non")));
    })
}
