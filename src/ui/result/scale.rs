//! The minimal – intermédiaire – maximal scale drawn in SVG from the core's numbers, with the partnership's position.

use crate::core::result_view::{ScaleView, CHART_WIDTH};
use crate::core::Vocabulary;
use yew::prelude::*;

/// Draws the scale.
pub fn scale_chart(s: &ScaleView) -> Html {
    let marker = s.marker;
    html! {
        <svg class="scale" viewBox={format!("0 0 {CHART_WIDTH} 104")} role="img" aria-labelledby="echelle-titre" focusable="false">
            <title id="echelle-titre">{ &s.label }</title>
            { for s.bands.iter().map(|b| html! {
                <g class={format!("band band-{}{}", b.level.id(), if b.current { " band-current" } else { "" })}>
                    <rect x={b.from.to_string()} y="40" width={(b.to - b.from).to_string()} height="28"
                        fill={if b.current { "#000091" } else { "#7b7bf5" }} stroke="#ffffff" stroke-width="2" />
                    <text x={((b.from + b.to) / 2).to_string()} y="92" text-anchor="middle" font-size="15"
                        font-weight={if b.current { "700" } else { "400" }} fill="#161616">{ &b.name }</text>
                </g>
            }) }
            <g class="marker">
                // A white halo keeps the marker visible on the dark band it stands on.
                <line x1={marker.to_string()} x2={marker.to_string()} y1="30" y2="72" stroke="#ffffff" stroke-width="7" />
                <line x1={marker.to_string()} x2={marker.to_string()} y1="30" y2="72" stroke="#161616" stroke-width="3" />
                <path d={format!("M{marker} 30 l-8 -12 h16 z")} fill="#161616" />
            </g>
        </svg>
    }
}
