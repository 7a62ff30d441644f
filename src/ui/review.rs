//! « Vérifier vos réponses »: every question of the path, step by step, with its answer as given (« je ne sais pas », « ne s'applique pas » and no answer said as such) and a « Modifier » that opens the question and comes back here.

use crate::core::model::plain_words;
use crate::core::result_view::answer_rows;
use crate::core::{Choice, Questionnaire};
use crate::i18n::{fill, ui};
use crate::markup::answers_list;
use crate::state::{Action, AppState, Screen};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::nav::nav;
use super::notice::notice_for;

/// What the screen draws from (a render function's arguments, named).
pub struct ReviewProps<'a> {
    pub state: &'a AppState,
    pub dispatch: &'a Callback<Action>,
}

/// The question a click inside drawn markup asks to open: the `data-item` of the button clicked.
pub fn clicked_item(e: &MouseEvent, q: &Questionnaire) -> Option<usize> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let id = target.closest("button[data-item]").ok()??.get_attribute("data-item")?;
    q.item_index(&id)
}

#[inline(never)]
pub fn review(props: &ReviewProps<'_>) -> Html {
    let state = props.state;
    let t = ui(state.language);
    let q = Questionnaire::get(state.language);
    let role = state.profile.role;
    let path = state.path();
    let count = |want: Option<Choice>| path.iter().filter(|i| state.responses.get(**i) == want).count();
    let open = count(None);
    let mut summary = vec![fill(t.review_summary, &[("n", &(path.len() - open).to_string()), ("total", &path.len().to_string())])];
    for (n, template) in [(count(Some(Choice::DontKnow)), t.counts_dk), (count(Some(Choice::NotApplicable)), t.counts_na), (open, t.counts_open)] {
        if n > 0 {
            summary.push(fill(template, &[("n", &n.to_string())]));
        }
    }
    let list = AttrValue::from(answers_list(&answer_rows(q, role, &state.responses), t));
    let change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(item) = clicked_item(&e, q) {
                dispatch.emit(Action::Edit { item, from: Screen::Review });
            }
        })
    };
    html! {
        <section class="screen review" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ t.review_title }</h1>
            { notice_for(state, props.dispatch, false) }
            <p class="lead" id="verif-bilan">{ summary.join(t.list_sep) }{ "." }</p>
            <p>{ if plain_words(role) { t.review_intro_plain } else { t.review_intro } }</p>
            <div class="review-list" onclick={change}>{ Html::from_html_unchecked(list) }</div>
            { nav(props.dispatch, Some(t.back), t.see_result, Action::GoTo(Screen::Result)) }
        </section>
    }
}
