//! The risks raised, each with the talk's words and the answers that raised it.

use crate::core::result_view::RiskRow;
use yew::prelude::*;

use super::paragraphs::paragraphs;

/// Draws the risks raised.
pub fn risks(title: &str, none: Option<&str>, rows: &[RiskRow], labels: (&str, &str)) -> Html {
    let (advice_label, raised_by_label) = labels;
    html! {
        <>
            <h2>{ title }</h2>
            if let Some(none) = none {
                <p id="risques">{ none }</p>
            } else {
                <ul class="risks" id="risques">
                    { for rows.iter().map(|r| html! {
                        <li class="risk" data-risk={r.risk_id}>
                            if !r.name.is_empty() {
                                <h3>{ &r.name }</h3>
                            }
                            { paragraphs(&r.texts, advice_label) }
                            <p class="hint">{ raised_by_label }</p>
                            <ul>{ for r.raised_by.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                            if !r.source.is_empty() {
                                <p class="source">{ &r.source }</p>
                            }
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}
