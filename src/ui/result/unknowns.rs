//! What the respondent does not know of the partners, by dimension: a finding in the talk's sense, with the questions to ask.

use crate::core::result_view::{Paragraph, Section, UnknownGroup};
use crate::state::Action;
use yew::prelude::*;

use super::paragraphs::Paragraphs;
use super::ItemLinks;

#[derive(Properties, PartialEq)]
pub struct UnknownsProps {
    pub section: Section<UnknownGroup>,
    pub texts: Vec<Paragraph>,
    pub advice_label: &'static str,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Unknowns(props: &UnknownsProps) -> Html {
    html! {
        <div class="unknowns" id="inconnu">
            <h2>{ &props.section.title }</h2>
            <Paragraphs texts={props.texts.clone()} advice_label={props.advice_label} />
            { for props.section.rows.iter().map(|g| html! {
                <>
                    <h3>{ &g.title }</h3>
                    <ItemLinks links={g.items.clone()} dispatch={props.dispatch.clone()} />
                </>
            }) }
        </div>
    }
}
