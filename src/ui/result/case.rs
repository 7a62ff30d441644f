//! The closest reference case of the talk, and why.

use crate::core::result_view::CaseView;
use yew::prelude::*;

/// Draws the closest case.
pub fn closest_case(title: &str, c: &CaseView) -> Html {
    html! {
        <>
            <h2>{ title }</h2>
            <div class="case" id="cas-proche" data-case={c.id}>
                <h3>{ &c.name }</h3>
                <p>{ &c.summary }</p>
                if !c.reasons.is_empty() {
                    <ul>{ for c.reasons.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                }
                if let Some(far) = &c.far {
                    <p class="hint">{ far }</p>
                }
                <p class="source">{ &c.source }</p>
            </div>
        </>
    }
}
