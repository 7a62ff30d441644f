//! The readings beside the level (values of care, conception of action, threshold, method, what ties the partners): lenses to combine, in words.

use crate::core::result_view::{ReadingRow, Section};
use crate::core::Vocabulary;
use yew::prelude::*;

use super::paragraphs::paragraphs;

/// Draws the readings.
pub fn readings(s: &Section<ReadingRow>, advice_label: &str) -> Html {
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
                            if !r.summary.is_empty() {
                                <p><strong>{ &r.summary }</strong></p>
                            }
                            { paragraphs(&r.texts, advice_label) }
                            if !r.sources.is_empty() {
                                <p class="source">{ &r.sources }</p>
                            }
                        </dd>
                    </div>
                }) }
            </dl>
            { paragraphs(&s.notes, advice_label) }
        </>
    }
}
