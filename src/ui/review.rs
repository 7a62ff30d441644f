//! The review: for each step, what is unanswered and what was answered « je ne sais pas », each with a way back; then the result.

use crate::core::model::{plain_text, plain_words};
use crate::core::{Questionnaire, Vocabulary};
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
    let role = props.state.profile.role;
    let plain = plain_words(role);
    let rows = props.state.steps().into_iter().map(|d| {
        let title = q.content.dimension_title(d, plain);
        let unanswered = props.state.unanswered(d);
        let dont_know = props.state.dont_know(d);
        let total = q.path_of(role, d).len();
        let go = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_| dispatch.emit(Action::GoTo(Screen::Step(d))))
        };
        let list = |items: &[usize]| html! {
            <ul class="unanswered">
                { for items.iter().filter_map(|i| q.item(*i)).map(|item| html! { <li>{ plain_text(&item.question) }</li> }) }
            </ul>
        };
        html! {
            <li class="review-row" id={format!("verif-{}", d.id())}>
                <h2>{ title }</h2>
                <p>{ fill(t.answered_of, &[("n", &(total - unanswered.len()).to_string()), ("total", &total.to_string())]) }</p>
                if unanswered.is_empty() && dont_know.is_empty() {
                    <p class="ok">{ t.review_all_answered }</p>
                }
                if !unanswered.is_empty() {
                    <p>{ t.review_unanswered }</p>
                    { list(&unanswered) }
                }
                if !dont_know.is_empty() {
                    <p>{ t.review_dont_know }</p>
                    { list(&dont_know) }
                }
                <button type="button" class="button button-secondary" onclick={go}>{ fill(t.review_go, &[("step", title)]) }</button>
            </li>
        }
    });
    html! {
        <section class="screen review" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ t.review_title }</h1>
            <p class="lead">{ if plain { t.review_intro_plain } else { t.review_intro } }</p>
            <ul class="review-list">{ for rows }</ul>
            <Nav dispatch={props.dispatch.clone()} back={Some(t.back)} next={t.see_result} next_action={Action::GoTo(Screen::Result)} />
        </section>
    }
}
