//! The third part of the result: what the civic, industrial and domestic tests have become (épreuves, arrangements, or at peace).

use crate::core::result_view::{Section, TensionRow};
use yew::prelude::*;

use super::paragraphs::Paragraphs;

#[derive(Properties, PartialEq)]
pub struct TensionsProps {
    pub section: Section<TensionRow>,
    pub advice_label: &'static str,
    pub source_label: &'static str,
}

#[component]
pub fn Tensions(props: &TensionsProps) -> Html {
    let s = &props.section;
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
                        <Paragraphs texts={r.texts.clone()} advice_label={props.advice_label} />
                        <p class="source">{ props.source_label }{ " " }{ r.sources.join(" ; ") }</p>
                    </li>
                }) }
            </ul>
        </>
    }
}
