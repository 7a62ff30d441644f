//! The back / next buttons at the foot of a screen.

use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub dispatch: Callback<Action>,
    /// The label of the back button; no back button when None.
    #[prop_or_default]
    pub back: Option<&'static str>,
    pub next: &'static str,
    #[prop_or(Action::Next)]
    pub next_action: Action,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    let back = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Back))
    };
    let next = {
        let dispatch = props.dispatch.clone();
        let action = props.next_action.clone();
        Callback::from(move |_| dispatch.emit(action.clone()))
    };
    html! {
        <div class="nav">
            if let Some(label) = props.back {
                <button type="button" class="button button-secondary" id="precedent" onclick={back}>{ label }</button>
            }
            <button type="button" class="button button-primary" id="suivant" onclick={next}>{ props.next }</button>
        </div>
    }
}
