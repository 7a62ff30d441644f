//! The progress, kept in view at the top of the questionnaire: which question of how many, in which step, and about how many minutes are left.

use crate::core::model::plain_words;
use crate::core::Questionnaire;
use crate::i18n::{fill, ui};
use crate::state::{AppState, Screen};
use yew::prelude::*;

/// What the screen draws from (a render function's arguments, named).
pub struct ProgressProps<'a> {
    pub state: &'a AppState,
}

#[inline(never)]
pub fn progress(props: &ProgressProps<'_>) -> Html {
    let state = &props.state;
    let t = ui(state.language);
    let q = Questionnaire::get(state.language);
    let role = state.profile.role;
    let (answered, total) = state.progress();
    let steps = state.steps();
    let left: Vec<usize> = state.path().into_iter().filter(|i| state.responses.get(*i).is_none()).collect();
    let minutes = q.minutes_for(role, &left);
    let Screen::Question(i) = state.screen else { return html! {} };
    let position = state.number(i);
    let step = q.item_ref(i).and_then(|r| Some((steps.iter().position(|s| *s == r.dimension)? + 1, q.content.dimension_title(r.dimension, plain_words(role)))));
    html! {
        <div class="progress" id="progression">
            <p class="progress-where">
                if let Some((n, of)) = position {
                    <strong class="progress-question">{ fill(t.question, &[("n", &n.to_string()), ("total", &of.to_string())]) }</strong>
                }
                if let Some((k, title)) = step {
                    <span class="progress-step">{ fill(t.step_of, &[("n", &k.to_string()), ("total", &steps.len().to_string())]) }{ t.colon }{ title }</span>
                }
                if minutes > 0 {
                    <span class="progress-time">{ fill(t.remaining, &[("m", &minutes.to_string())]) }</span>
                }
            </p>
            // The bar repeats the words above for the eye: hidden from screen readers, which read the words.
            <progress aria-hidden="true" max={total.to_string()} value={answered.to_string()}></progress>
        </div>
    }
}
