//! The respondent's profile: the role (which chooses the questions), the kind of partnership and its name; never scored.

use crate::core::{PartnershipKind, Questionnaire, Role, Vocabulary};
use crate::i18n::{fill, ui};
use crate::state::{Action, AppState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::nav::nav;
use super::notice::notice_for;

/// What the screen draws from (a render function's arguments, named).
pub struct ProfileScreenProps<'a> {
    pub state: &'a AppState,
    pub dispatch: &'a Callback<Action>,
}

#[inline(never)]
pub fn profile_screen(props: &ProfileScreenProps<'_>) -> Html {
    let t = ui(props.state.language);
    let q = Questionnaire::get(props.state.language);
    let c = &q.content;
    let role = props.state.profile.role;
    let on_name = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                dispatch.emit(Action::SetPartnership(input.value()));
            }
        })
    };
    // Radios are never pre-selected: with no role, the respondent gets every professional question.
    let role_option = |r: Role| {
        let id = format!("role-{}", r.id());
        let dispatch = props.dispatch.clone();
        let onchange = Callback::from(move |_| dispatch.emit(Action::SetRole(Some(r))));
        html! {
            <div class="choice">
                <input type="radio" name="role" id={id.clone()} checked={role == Some(r)} {onchange} />
                <label for={id}>{ &c.roles[&r].name }</label>
            </div>
        }
    };
    let kind_option = |k: PartnershipKind| {
        let id = format!("type-{}", k.id());
        let dispatch = props.dispatch.clone();
        let onchange = Callback::from(move |_| dispatch.emit(Action::SetKind(Some(k))));
        html! {
            <div class="choice">
                <input type="radio" name="type" id={id.clone()} checked={props.state.profile.kind == Some(k)} {onchange} />
                <label for={id}>{ &c.kinds[&k] }</label>
            </div>
        }
    };
    let summary = fill(t.path_summary, &[("n", &q.path(role).len().to_string()), ("m", &q.reading_minutes(role).to_string())]);
    html! {
        // Enter on a role or a kind moves on once one is chosen, as on a question.
        <section class="screen profile" aria-labelledby="titre-ecran" onkeydown={super::nav::enter_moves_on(props.dispatch)}>
            <h1 id="titre-ecran" tabindex="-1">{ t.profile_title }</h1>
            { notice_for(props.state, props.dispatch, false) }
            <p class="lead">{ t.profile_intro }</p>
            <fieldset class="question" aria-describedby="role-aide">
                <legend>{ t.role_legend }</legend>
                <p class="hint" id="role-aide">{ t.role_none }</p>
                // Parents first: they are not one institution among others.
                { role_option(Role::Parent) }
                { for Role::ALL.iter().filter(|r| **r != Role::Parent).map(|r| role_option(*r)) }
            </fieldset>
            <p class="path-summary" id="parcours" role="status">{ summary }</p>
            // Optional, and folded: « Suivant » stays near the roles on a phone. Open once a kind
            // or a name is given, and it stays so (emptying the name does not fold it).
            <details class="more" id="preciser" open={props.state.partnership_open || props.state.profile.kind.is_some() || props.state.profile.partnership.is_some()}>
                <summary>{ t.partnership_more }</summary>
                <fieldset class="question">
                    <legend>{ t.kind_legend }</legend>
                    { for PartnershipKind::ALL.iter().map(|k| kind_option(*k)) }
                </fieldset>
                <div class="field">
                    <label for="partenariat" class="label">{ t.partnership_label }</label>
                    <p class="hint" id="partenariat-aide">{ t.partnership_help }</p>
                    <input type="text" id="partenariat" class="input" maxlength="200" autocomplete="off" aria-describedby="partenariat-aide"
                        value={props.state.profile.partnership.clone().unwrap_or_default()} oninput={on_name} />
                </div>
            </details>
            { nav(props.dispatch, Some(t.back), t.next, Action::Next) }
        </section>
    }
}
