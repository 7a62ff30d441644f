//! The third part of the result: what the civic, industrial and domestic tests have become (épreuves, arrangements, or at peace).

use crate::core::result_view::{Section, TensionRow};
use yew::prelude::*;

use super::paragraphs::paragraphs;

/// Draws the tensions.
pub fn tensions(s: &Section<TensionRow>, advice_label: &str) -> Html {
    html! {
        <>
            <h2>{ &s.title }</h2>
            if let Some(intro) = &s.intro {
                <p>{ intro }</p>
            }
            <ul class="tensions" id="tensions">
                { for s.rows.iter().map(|r| html! {
                    <li class="tension" data-test={r.test_id} data-outcome={r.outcome_id}>
                        <h3>{ &r.name }</h3>
                        <p><strong>{ &r.outcome }</strong></p>
                        { paragraphs(&r.texts, advice_label) }
                        <p class="source">{ &r.sources }</p>
                    </li>
                }) }
            </ul>
            { paragraphs(&s.notes, advice_label) }
        </>
    }
}
