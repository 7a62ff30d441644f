//! The risks raised, each with the talk's words and the answers that raised it.

use crate::core::result_view::RiskRow;
use yew::prelude::*;

use super::paragraphs::Paragraphs;

#[derive(Properties, PartialEq)]
pub struct RisksProps {
    pub title: String,
    pub none: Option<String>,
    pub rows: Vec<RiskRow>,
    pub advice_label: &'static str,
    pub source_label: &'static str,
    pub raised_by_label: &'static str,
}

#[component]
pub fn Risks(props: &RisksProps) -> Html {
    html! {
        <>
            <h2>{ &props.title }</h2>
            if let Some(none) = &props.none {
                <p id="risques">{ none }</p>
            } else {
                <ul class="risks" id="risques">
                    { for props.rows.iter().map(|r| html! {
                        <li class="risk" data-risk={r.risk_id}>
                            <h3>{ &r.name }</h3>
                            <Paragraphs texts={r.texts.clone()} advice_label={props.advice_label} />
                            <p class="hint">{ props.raised_by_label }</p>
                            <ul>{ for r.raised_by.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                            <p class="source">{ props.source_label }{ " " }{ &r.source }</p>
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}
