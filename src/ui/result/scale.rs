//! The minimal – intermédiaire – maximal scale drawn in SVG, with the partnership's position.

use crate::core::scoring::{INTERMEDIAIRE_FROM, MAXIMAL_FROM};
use crate::core::{Language, Level, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScaleChartProps {
    pub position: f64,
    pub level: Level,
    pub language: Language,
}

const WIDTH: f64 = 640.0;
const LEFT: f64 = 16.0;
const RIGHT: f64 = 16.0;

fn x(position: f64) -> f64 {
    LEFT + position.clamp(0.0, 100.0) / 100.0 * (WIDTH - LEFT - RIGHT)
}

#[component]
pub fn ScaleChart(props: &ScaleChartProps) -> Html {
    let t = ui(props.language);
    let c = &Questionnaire::get(props.language).content;
    let bands = [(Level::Minimal, 0.0, INTERMEDIAIRE_FROM), (Level::Intermediaire, INTERMEDIAIRE_FROM, MAXIMAL_FROM), (Level::Maximal, MAXIMAL_FROM, 100.0)];
    let label = fill(t.scale_label, &[("pos", &format!("{:.0}", props.position)), ("level", &c.levels[&props.level].name)]);
    let marker = x(props.position);
    html! {
        <svg class="scale" viewBox={format!("0 0 {WIDTH} 104")} role="img" aria-labelledby="echelle-titre" focusable="false">
            <title id="echelle-titre">{ label }</title>
            { for bands.iter().map(|(level, from, to)| {
                let current = *level == props.level;
                html! {
                    <g class={classes!("band", format!("band-{}", level.id()), current.then_some("band-current"))}>
                        <rect x={format!("{:.1}", x(*from))} y="40" width={format!("{:.1}", x(*to) - x(*from))} height="28"
                            fill={if current { "#000091" } else { "#e3e3fd" }} stroke="#ffffff" stroke-width="2" />
                        <text x={format!("{:.1}", (x(*from) + x(*to)) / 2.0)} y="92" text-anchor="middle" font-size="16"
                            font-weight={if current { "700" } else { "400" }} fill="#161616">{ &c.levels[level].name }</text>
                    </g>
                }
            }) }
            <g class="marker">
                <line x1={format!("{marker:.1}")} x2={format!("{marker:.1}")} y1="30" y2="72" stroke="#161616" stroke-width="3" />
                <path d={format!("M{:.1} 30 l-8 -12 h16 z", marker)} fill="#161616" />
                <text x={format!("{:.1}", marker.clamp(24.0, WIDTH - 24.0))} y="14" text-anchor="middle" font-size="15" font-weight="700" fill="#161616">{ format!("{:.0}", props.position) }</text>
            </g>
        </svg>
    }
}
