//! Directions (« pour aller plus loin, si vous le souhaitez »): practices of the next level within reach, each with its place in the talk.

use crate::core::result_view::DirectionsView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DirectionsProps {
    pub view: DirectionsView,
    pub today: &'static str,
    pub source_label: &'static str,
}

#[component]
pub fn Directions(props: &DirectionsProps) -> Html {
    let v = &props.view;
    html! {
        <>
            <h2>{ &v.title }</h2>
            <p>{ &v.intro }</p>
            <ol class="next-steps" id="directions">
                { for v.rows.iter().map(|r| html! {
                    <li>
                        <p class="next-question">{ &r.question }</p>
                        <p><span class="tag">{ props.today }</span>{ " " }{ &r.today }</p>
                        <p><span class="tag tag-strong">{ &r.toward_label }</span>{ " " }{ &r.toward }</p>
                        <p class="source">{ props.source_label }{ " " }{ &r.source }</p>
                    </li>
                }) }
            </ol>
        </>
    }
}
