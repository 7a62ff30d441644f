//! The progress indicator: which step of how many, and how many questions of the respondent's path are answered.

use crate::core::model::plain_words;
use crate::core::Questionnaire;
use crate::i18n::{fill, ui};
use crate::state::{AppState, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub state: AppState,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let t = ui(props.state.language);
    let q = Questionnaire::get(props.state.language);
    let (answered, total) = props.state.progress();
    let steps = props.state.steps();
    let plain = plain_words(props.state.profile.role);
    let step = match props.state.screen {
        Screen::Step(d) => steps.iter().position(|s| *s == d).map(|n| (n + 1, q.content.dimension_title(d, plain))),
        _ => None,
    };
    html! {
        <div class="progress" id="progression">
            if let Some((n, title)) = step {
                <p class="progress-step">
                    { fill(t.step_of, &[("n", &n.to_string()), ("total", &steps.len().to_string())]) }
                    { " — " }{ title }
                </p>
            }
            <label for="barre-progression" class="progress-count">{ fill(t.answered_of, &[("n", &answered.to_string()), ("total", &total.to_string())]) }</label>
            <progress id="barre-progression" max={total.to_string()} value={answered.to_string()}>{ format!("{answered}/{total}") }</progress>
        </div>
    }
}
