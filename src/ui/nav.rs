//! The back / next buttons at the foot of a screen, and Enter on a screen's fields, which moves on as « Suivant » does.

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

/// Enter on an answer, a role or a kind moves on, as « Suivant » does (a radio has no action of its
/// own for it), once something is chosen in its group (its fieldset: a question's answers, the
/// roles, the kinds). Not while nothing is: Tab into a group with nothing chosen lands on its first
/// radio, which a screen reader reads « non coché », and moving on there would skip the question,
/// or give a parent every professional question. (Nor in the partnership's name: its Enter would
/// need to tell an input method's own Enter apart, which costs the bundle more than it has left.)
pub fn enter_moves_on(dispatch: &Callback<Action>) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        use wasm_bindgen::JsCast;
        // (A browser without `:has()` refuses the selector: there, Enter does nothing.)
        let chosen =
            e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| matches!(i.closest("fieldset:has(:checked)"), Ok(Some(_))));
        if e.key() == "Enter" && chosen {
            e.prevent_default();
            dispatch.emit(Action::Next);
        }
    })
}
