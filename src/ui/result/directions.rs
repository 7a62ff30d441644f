//! Directions (« pour aller plus loin, si vous le souhaitez »): practices of the next level within reach, each with its place in the talk.

use crate::core::result_view::DirectionsView;
use yew::prelude::*;

/// Draws the directions.
pub fn directions(v: &DirectionsView) -> Html {
    html! {
        <>
            <h2>{ &v.title }</h2>
            <p>{ &v.intro }</p>
            <ol class="next-steps" id="directions">
                { for v.rows.iter().map(|r| html! {
                    <li>
                        <p class="next-question">{ &r.question }</p>
                        <p><span class="tag">{ v.today }</span>{ " " }{ &r.today }</p>
                        <p><span class="tag tag-strong">{ &r.toward_label }</span>{ " " }{ &r.toward }</p>
                        if !r.source.is_empty() {
                            <p class="source">{ &r.source }</p>
                        }
                    </li>
                }) }
            </ol>
        </>
    }
}
