//! Paragraphs of the result: the talk's words as they are, the tool's own suggestions labelled as such (in words, not colour alone).

use crate::core::result_view::Paragraph;
use yew::prelude::*;

/// Draws paragraphs; a suggestion of the tool starts with its label.
#[inline(never)] // called from every section: one copy in the bundle
pub fn paragraphs(texts: &[Paragraph], advice_label: &str) -> Html {
    html! {
        <>
            { for texts.iter().map(|p| if p.advice {
                html! { <p class="advice"><strong class="advice-label">{ advice_label }</strong>{ " " }{ &p.text }</p> }
            } else {
                html! { <p>{ &p.text }</p> }
            }) }
        </>
    }
}
