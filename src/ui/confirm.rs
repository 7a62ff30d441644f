//! The question asked before erasing everything (« Effacer mes réponses », « Recommencer »): what will be lost, a red « oui », and « annuler ».

use crate::state::Action;
use yew::prelude::*;

/// What the confirmation draws from (a render function's arguments, named).
pub struct ConfirmProps<'a> {
    /// The dialog's id (the asking button's `aria-controls`); its text is `{id}-texte`, its « oui » `{yes_id}`.
    pub id: &'static str,
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
    let no = props.confirm.reform(|_| false);
    let yes = {
        let (confirm, dispatch) = (props.confirm.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            confirm.emit(false);
            dispatch.emit(Action::Clear);
        })
    };
    html! {
        <div class={props.class} id={props.id} role="alertdialog" aria-labelledby={text_id.clone()}>
            <p id={text_id}>{ props.text }</p>
            <div class="actions">
                <button type="button" class="button button-danger" id={props.yes_id} onclick={yes}>{ props.yes }</button>
                <button type="button" class="button button-secondary" onclick={no}>{ props.no }</button>
            </div>
        </div>
    }
}
