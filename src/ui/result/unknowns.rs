//! What the respondent does not know of the partners, by dimension: a finding in the talk's sense, with the questions to ask.

use crate::core::result_view::{Paragraph, Section, UnknownGroup};
use crate::state::Action;
use yew::prelude::*;

use super::paragraphs::paragraphs;
use super::item_links;

/// Draws what the respondent does not know.
pub fn unknowns(section: &Section<UnknownGroup>, texts: &[Paragraph], advice_label: &str, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="unknowns" id="inconnu">
            <h2>{ &section.title }</h2>
            { paragraphs(texts, advice_label) }
            { for section.rows.iter().map(|g| html! {
                <>
                    <h3>{ &g.title }</h3>
                    { item_links(&g.items, dispatch) }
                </>
            }) }
        </div>
    }
}
