//! The back / next buttons at the foot of a screen.

use crate::state::Action;
use yew::prelude::*;

/// The back and next buttons: no back button when `back` is None; the next button does `next_action`.
#[inline(never)]
pub fn nav(dispatch: &Callback<Action>, back: Option<&'static str>, next: &'static str, next_action: Action) -> Html {
    let go_back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Back))
    };
    let go_on = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(next_action.clone()))
    };
    html! {
        <div class="nav">
            if let Some(label) = back {
                <button type="button" class="button button-secondary" id="precedent" onclick={go_back}>{ label }</button>
            }
            <button type="button" class="button button-primary" id="suivant" onclick={go_on}>{ next }</button>
        </div>
    }
}

/// Enter on a field of the screen (an answer, a role, the partnership's name) moves on, as
/// « Suivant » does: a radio has no action of its own for it, and a text field's Enter submits
/// its form in any other page.
pub fn enter_moves_on(dispatch: &Callback<Action>) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        use wasm_bindgen::JsCast;
        let on_field = e.target().is_some_and(|t| t.dyn_ref::<web_sys::HtmlInputElement>().is_some());
        if e.key() == "Enter" && on_field {
            e.prevent_default();
            dispatch.emit(Action::Next);
        }
    })
}
