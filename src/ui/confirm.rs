//! The question asked before erasing everything (« Effacer mes réponses », « Recommencer »): what will be lost, a red « oui », and « annuler ».

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
    pub on_yes: &'a Callback<MouseEvent>,
    pub on_no: &'a Callback<MouseEvent>,
}

#[inline(never)]
pub fn confirm(props: &ConfirmProps<'_>) -> Html {
    let text_id = format!("{}-texte", props.id);
    html! {
        <div class={props.class} id={props.id} role="alertdialog" aria-labelledby={text_id.clone()}>
            <p id={text_id}>{ props.text }</p>
            <div class="actions">
                <button type="button" class="button button-danger" id={props.yes_id} onclick={props.on_yes.clone()}>{ props.yes }</button>
                <button type="button" class="button button-secondary" onclick={props.on_no.clone()}>{ props.no }</button>
            </div>
        </div>
    }
}
