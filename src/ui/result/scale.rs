//! The minimal – intermédiaire – maximal scale drawn in SVG, with the partnership's position.

use crate::core::view::{whole, Axis};
use crate::core::{Language, Level, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScaleChartProps {
    pub position: f64,
    pub level: Level,
    pub language: Language,
}

const AXIS: Axis = Axis { width: 400.0, left: 12.0, right: 12.0 };

#[component]
pub fn ScaleChart(props: &ScaleChartProps) -> Html {
    let t = ui(props.language);
    let c = &Questionnaire::get(props.language).content;
    let label = fill(t.scale_label, &[("pos", &whole(props.position).to_string()), ("level", &c.levels[&props.level].name)]);
    let marker = AXIS.x(props.position);
    html! {
        <svg class="scale" viewBox="0 0 400 104" role="img" aria-labelledby="echelle-titre" focusable="false">
            <title id="echelle-titre">{ label }</title>
            { for AXIS.bands().iter().map(|(level, from, to)| {
                let current = *level == props.level;
                html! {
                    <g class={classes!("band", format!("band-{}", level.id()), current.then_some("band-current"))}>
                        <rect x={from.to_string()} y="40" width={(to - from).to_string()} height="28"
                            fill={if current { "#000091" } else { "#e3e3fd" }} stroke="#ffffff" stroke-width="2" />
                        <text x={((from + to) / 2).to_string()} y="92" text-anchor="middle" font-size="15"
                            font-weight={if current { "700" } else { "400" }} fill="#161616">{ &c.levels[level].name }</text>
                    </g>
                }
            }) }
            <g class="marker">
                // A white halo keeps the marker visible on the dark band it stands on.
                <line x1={marker.to_string()} x2={marker.to_string()} y1="30" y2="72" stroke="#ffffff" stroke-width="7" />
                <line x1={marker.to_string()} x2={marker.to_string()} y1="30" y2="72" stroke="#161616" stroke-width="3" />
                <path d={format!("M{marker} 30 l-8 -12 h16 z")} fill="#161616" />
                <text x={marker.clamp(20, 380).to_string()} y="14" text-anchor="middle" font-size="15" font-weight="700" fill="#161616">{ whole(props.position).to_string() }</text>
            </g>
        </svg>
    }
}
