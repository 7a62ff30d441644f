//! The dimensions, each with its level in words, how its questions were answered, a marker on the same scale as the overall chart (decorative beside the words), and links to the questions that would place it.

use crate::core::result_view::{DimensionRow, CHART_MARGIN, CHART_WIDTH};
use crate::core::Vocabulary;
use crate::state::Action;
use yew::prelude::*;

use super::ItemLinks;

#[derive(Properties, PartialEq)]
pub struct DimensionListProps {
    pub rows: Vec<DimensionRow>,
    pub label: String,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn DimensionList(props: &DimensionListProps) -> Html {
    html! {
        <ul class="dimensions" aria-label={props.label.clone()}>
            { for props.rows.iter().map(|d| html! {
                <li class="dimension" id={format!("dimension-{}", d.dimension.id())} data-level={d.level_id}>
                    <span class="dimension-title">{ &d.title }</span>
                    <span class="dimension-level">{ &d.words }</span>
                    if let Some(x) = d.marker {
                        <svg class="bar" viewBox={format!("0 0 {CHART_WIDTH} 16")} aria-hidden="true" focusable="false" preserveAspectRatio="none">
                            <rect x={CHART_MARGIN.to_string()} y="6" width={(CHART_WIDTH - 2 * CHART_MARGIN).to_string()} height="4" fill="#929292" />
                            <rect x={(x - 4).to_string()} y="0" width="8" height="16" fill="#000091" />
                        </svg>
                    }
                    if !d.counts.is_empty() {
                        <span class="dimension-counts">{ &d.counts }</span>
                    }
                    if !d.missing.is_empty() {
                        <ItemLinks links={d.missing.clone()} dispatch={props.dispatch.clone()} />
                    }
                </li>
            }) }
        </ul>
    }
}
