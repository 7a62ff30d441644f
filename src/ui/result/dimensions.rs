//! The dimensions, each with its level in words, how its questions were answered, a marker on the same scale as the overall chart (decorative beside the words), and links to the questions that would place it.

use crate::core::result_view::{DimensionRow, CHART_MARGIN, CHART_WIDTH};
use crate::core::Vocabulary;
use crate::state::Action;
use yew::prelude::*;

use super::item_links;

/// Draws the list of dimensions.
pub fn dimension_list(rows: &[DimensionRow], ticks: &[i64], label: &str, dispatch: &Callback<Action>) -> Html {
    html! {
        <ul class="dimensions" aria-label={label.to_string()}>
            { for rows.iter().map(|d| html! {
                <li class="dimension" id={format!("dimension-{}", d.dimension.id())} data-level={d.level_id}>
                    <span class="dimension-title">{ &d.title }</span>
                    <span class="dimension-level">{ &d.words }</span>
                    if let Some(x) = d.marker {
                        <svg class="bar" viewBox={format!("0 0 {CHART_WIDTH} 16")} aria-hidden="true" focusable="false" preserveAspectRatio="none">
                            <rect x={CHART_MARGIN.to_string()} y="6" width={(CHART_WIDTH - 2 * CHART_MARGIN).to_string()} height="4" fill="#929292" />
                            // The limits between the three levels, as on the overall scale.
                            { for ticks.iter().map(|x| html! { <rect x={(x - 1).to_string()} y="2" width="2" height="12" fill="#6a6a6a" /> }) }
                            <rect x={(x - 4).to_string()} y="0" width="8" height="16" fill="#000091" />
                        </svg>
                    }
                    if !d.counts.is_empty() {
                        <span class="dimension-counts">{ &d.counts }</span>
                    }
                    if !d.missing.is_empty() {
                        { item_links(&d.missing, dispatch) }
                    }
                </li>
            }) }
        </ul>
    }
}
