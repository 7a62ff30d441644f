//! The four dimensions, each with its level in words and a bar on the 0–100 scale (SVG, decorative beside the words).

use crate::core::view::{whole, Axis};
use crate::core::{Assessment, Language, Placement, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DimensionListProps {
    pub assessment: Assessment,
    pub language: Language,
}

const BAR: Axis = Axis { width: 300.0, left: 0.0, right: 0.0 };

#[component]
pub fn DimensionList(props: &DimensionListProps) -> Html {
    let t = ui(props.language);
    let c = &Questionnaire::get(props.language).content;
    html! {
        <ul class="dimensions" aria-label={t.dimensions_chart}>
            { for props.assessment.dimensions.iter().map(|d| {
                let title = &c.dimensions[d.dimension.index()].title;
                let (words, level_id, width) = match d.placement {
                    Placement::Placed { position, level } => (
                        format!("{} — {}", c.levels[&level].name, fill(t.position, &[("n", &whole(position).to_string())])),
                        level.id(),
                        BAR.x(position),
                    ),
                    Placement::NotEnough => (t.not_enough.to_string(), "insuffisant", 0),
                };
                html! {
                    <li class="dimension" id={format!("dimension-{}", d.dimension.id())} data-level={level_id}>
                        <span class="dimension-title">{ title }</span>
                        <span class="dimension-level">{ words }</span>
                        <svg class="bar" viewBox="0 0 300 16" aria-hidden="true" focusable="false" preserveAspectRatio="none">
                            <rect x="0" y="0" width="300" height="16" fill="#e3e3fd" />
                            <rect x="0" y="0" width={width.to_string()} height="16" fill="#000091" />
                            { for BAR.bands().iter().skip(1).map(|(_, from, _)| html! {
                                <line x1={from.to_string()} x2={from.to_string()} y1="0" y2="16" stroke="#6a6a6a" stroke-width="2" />
                            }) }
                        </svg>
                    </li>
                }
            }) }
        </ul>
    }
}
