//! A result received by a share link: the partner's result, read only (drawn by `markup` from the core's view), and two ways on: continue from these answers, or back to one's own questionnaire.

use crate::core::{result_view, Profile, Questionnaire, Responses, Vocabulary};
use crate::i18n::{fill, ui};
use crate::markup::shared_result_body;
use crate::state::AppState;
use yew::prelude::*;

use super::result::today;

/// What the screen draws from (a render function's arguments, named).
pub struct SharedScreenProps<'a> {
    /// The reader's own state (its language, and whether it has answers a take-over replaces).
    pub state: &'a AppState,
    /// The answers and profile the link carries.
    pub shared: &'a (Responses, Profile),
    pub on_take: &'a Callback<MouseEvent>,
    pub on_close: &'a Callback<MouseEvent>,
}

#[inline(never)]
pub fn shared_screen(props: &SharedScreenProps<'_>) -> Html {
    let state = props.state;
    let t = ui(state.language);
    let (responses, profile) = props.shared;
    let view = result_view::build(Questionnaire::get(state.language), responses, profile);
    let printed_on = fill(t.printed_on, &[("date", &today(state.language.id()).1)]);
    let body = AttrValue::from(shared_result_body(&view, t, &printed_on));
    let has_own = state.progress().0 > 0 || state.profile != Profile::default();
    html! {
        <section class="screen result shared" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ t.shared_title }</h1>
            <p class="callout" id="partage-intro">{ t.shared_intro }</p>
            <div class="result-body">{ Html::from_html_unchecked(body) }</div>
            <div class="actions result-actions">
                <button type="button" class="button button-primary" id="reprendre-partage" onclick={props.on_take.clone()} aria-describedby={has_own.then_some("partage-remplace")}>{ t.shared_take }</button>
                <button type="button" class="button button-secondary" id="fermer-partage" onclick={props.on_close.clone()}>{ t.shared_close }</button>
            </div>
            if has_own {
                <p class="hint" id="partage-remplace">{ t.shared_take_replaces }</p>
            }
        </section>
    }
}
