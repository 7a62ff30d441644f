//! The four dimensions, each with its level in words and a bar on the 0–100 scale (SVG, decorative beside the words).

use crate::core::scoring::{INTERMEDIAIRE_FROM, MAXIMAL_FROM};
use crate::core::{Assessment, Language, Placement, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DimensionListProps {
    pub assessment: Assessment,
    pub language: Language,
}

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
                        format!("{} — {}", c.levels[&level].name, fill(t.position, &[("n", &format!("{position:.0}"))])),
                        level.id(),
                        position * 3.0,
                    ),
                    Placement::NotEnough => (t.not_enough.to_string(), "insuffisant", 0.0),
                };
                html! {
                    <li class="dimension" id={format!("dimension-{}", d.dimension.id())} data-level={level_id}>
                        <span class="dimension-title">{ title }</span>
                        <span class="dimension-level">{ words }</span>
                        <svg class="bar" viewBox="0 0 300 16" aria-hidden="true" focusable="false" preserveAspectRatio="none">
                            <rect x="0" y="0" width="300" height="16" fill="#e3e3fd" />
                            <rect x="0" y="0" width={format!("{width:.1}")} height="16" fill="#000091" />
                            <line x1={format!("{:.1}", INTERMEDIAIRE_FROM * 3.0)} x2={format!("{:.1}", INTERMEDIAIRE_FROM * 3.0)} y1="0" y2="16" stroke="#ffffff" stroke-width="2" />
                            <line x1={format!("{:.1}", MAXIMAL_FROM * 3.0)} x2={format!("{:.1}", MAXIMAL_FROM * 3.0)} y1="0" y2="16" stroke="#ffffff" stroke-width="2" />
                        </svg>
                    </li>
                }
            }) }
        </ul>
    }
}
