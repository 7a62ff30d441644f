//! The optional respondent profile: role and partnership name, asked but never scored.

use crate::core::{Questionnaire, Role, Vocabulary};
use crate::i18n::ui;
use crate::state::{Action, AppState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::nav::Nav;

#[derive(Properties, PartialEq)]
pub struct ProfileScreenProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ProfileScreen(props: &ProfileScreenProps) -> Html {
    let t = ui(props.state.language);
    let q = Questionnaire::get(props.state.language);
    let current = props.state.profile.role;
    let on_name = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                dispatch.emit(Action::SetPartnership(input.value()));
            }
        })
    };
    let option = |role: Option<Role>, label: String| {
        let id = format!("role-{}", role.map_or("aucun", |r| r.id()));
        let dispatch = props.dispatch.clone();
        let onchange = Callback::from(move |_| dispatch.emit(Action::SetRole(role)));
        html! {
            <div class="choice">
                <input type="radio" name="role" id={id.clone()} checked={current == role} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <section class="screen profile" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ t.profile_title }</h1>
            <p class="lead">{ t.profile_intro }</p>
            <fieldset class="question">
                <legend>{ t.role_legend }</legend>
                { for Role::ALL.iter().map(|r| option(Some(*r), q.content.roles.get(r).cloned().unwrap_or_default())) }
                { option(None, t.role_none.to_string()) }
            </fieldset>
            <div class="field">
                <label for="partenariat" class="label">{ t.partnership_label }</label>
                <p class="hint" id="partenariat-aide">{ t.partnership_help }</p>
                <input type="text" id="partenariat" class="input" maxlength="200" autocomplete="off" aria-describedby="partenariat-aide"
                    value={props.state.profile.partnership.clone().unwrap_or_default()} oninput={on_name} />
            </div>
            <Nav dispatch={props.dispatch.clone()} back={Some(t.back)} next={t.next} />
        </section>
    }
}
