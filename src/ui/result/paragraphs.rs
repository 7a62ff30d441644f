//! Paragraphs of the result: the talk's words as they are, the tool's own suggestions labelled as such (in words, not colour alone).

use crate::core::result_view::Paragraph;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphsProps {
    pub texts: Vec<Paragraph>,
    pub advice_label: &'static str,
}

#[component]
pub fn Paragraphs(props: &ParagraphsProps) -> Html {
    html! {
        <>
            { for props.texts.iter().map(|p| if p.advice {
                html! { <p class="advice"><strong class="advice-label">{ props.advice_label }</strong>{ " " }{ &p.text }</p> }
            } else {
                html! { <p>{ &p.text }</p> }
            }) }
        </>
    }
}
