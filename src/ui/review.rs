//! The review: what is unanswered in each step, a way back to it, then the result.

use crate::core::{Dimension, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use crate::state::{Action, AppState, Screen};
use yew::prelude::*;

use super::nav::Nav;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let t = ui(props.state.language);
    let q = Questionnaire::get(props.state.language);
    let rows = Dimension::ALL.iter().map(|d| {
        let dim = &q.content.dimensions[d.index()];
        let unanswered = props.state.unanswered(*d);
        let total = q.items_of(*d).count();
        let go = {
            let dispatch = props.dispatch.clone();
            let d = *d;
            Callback::from(move |_| dispatch.emit(Action::GoTo(Screen::Step(d))))
        };
        html! {
            <li class="review-row" id={format!("verif-{}", d.id())}>
                <h2>{ &dim.title }</h2>
                <p>{ fill(t.answered_of, &[("n", &(total - unanswered.len()).to_string()), ("total", &total.to_string())]) }</p>
                if unanswered.is_empty() {
                    <p class="ok">{ t.review_all_answered }</p>
                } else {
                    <p>{ t.review_unanswered }</p>
                    <ul class="unanswered">
                        { for unanswered.iter().filter_map(|i| q.item(*i)).map(|item| html! { <li>{ &item.question }</li> }) }
                    </ul>
                }
                <button type="button" class="button button-secondary" onclick={go}>{ fill(t.review_go, &[("step", &dim.title)]) }</button>
            </li>
        }
    });
    html! {
        <section class="screen review" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ t.review_title }</h1>
            <p class="lead">{ t.review_intro }</p>
            <ul class="review-list">{ for rows }</ul>
            <Nav dispatch={props.dispatch.clone()} back={Some(t.back)} next={t.see_result} next_action={Action::GoTo(Screen::Result)} />
        </section>
    }
}
