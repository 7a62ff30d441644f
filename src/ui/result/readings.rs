//! The readings beside the level (values of care, conception of action, threshold, method, what ties the partners): lenses to combine, in words.

use crate::core::result_view::{ReadingRow, Section};
use crate::core::Vocabulary;
use yew::prelude::*;

use super::paragraphs::Paragraphs;

#[derive(Properties, PartialEq)]
pub struct ReadingsProps {
    pub section: Section<ReadingRow>,
    pub advice_label: &'static str,
    pub source_label: &'static str,
}

#[component]
pub fn Readings(props: &ReadingsProps) -> Html {
    let s = &props.section;
    html! {
        <>
            <h2>{ &s.title }</h2>
            if let Some(intro) = &s.intro {
                <p>{ intro }</p>
            }
            <dl class="readings">
                { for s.rows.iter().map(|r| html! {
                    <div class="reading" id={format!("lecture-{}", r.lens.id())}>
                        <dt>{ &r.title }</dt>
                        <dd>
                            <p><strong>{ &r.summary }</strong></p>
                            <Paragraphs texts={r.texts.clone()} advice_label={props.advice_label} />
                            <p class="source">{ props.source_label }{ " " }{ r.sources.join(" ; ") }</p>
                        </dd>
                    </div>
                }) }
            </dl>
        </>
    }
}
