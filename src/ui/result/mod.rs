//! The result screen: the scale, the dimensions, the readings and risks, the next steps and the closest case, framed so that no level reads as a failure.

mod advice;
mod dimensions;
mod readings;
mod scale;

use crate::core::view::whole;
use crate::core::{assess, Level, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use crate::state::{Action, AppState, Screen};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use advice::{ClosestCase, NextSteps};
use dimensions::DimensionList;
use readings::{ReadingList, RiskList};
use scale::ScaleChart;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

/// Offers the answers file as a download, built in the page: nothing is sent anywhere.
fn download(name: &str, json: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn ResultScreen(props: &ResultScreenProps) -> Html {
    let language = props.state.language;
    let t = ui(language);
    let q = Questionnaire::get(language);
    let a = assess(q, &props.state.responses);
    let c = &q.content;

    let export = {
        let json = props.state.answers_file().to_json();
        Callback::from(move |_| download("partenariat-reponses.json", &json))
    };
    let edit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::GoTo(Screen::Review)))
    };
    let restart = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Clear))
    };

    let overall = match a.overall.placement.level().zip(a.overall.placement.position()) {
        Some((level, position)) => {
            let f = &c.levels[&level];
            html! {
                <>
                    <p class="level-badge" id="niveau" data-level={level.id()}>
                        <span class="level-label">{ t.overall }{ " " }</span>
                        <strong>{ &f.name }</strong>
                        <span class="level-position">{ " — " }{ fill(t.position, &[("n", &whole(position).to_string())]) }</span>
                    </p>
                    <ScaleChart {position} {level} {language} />
                    <p class="definition">{ &f.definition }</p>
                    <p>{ &f.feedback }</p>
                    if let Some(d) = a.overall.capped_by {
                        <p class="callout" id="plafond">{ fill(t.capped, &[("dim", &c.dimensions[d.index()].title)]) }</p>
                    }
                </>
            }
        }
        None => html! {
            <>
                <p class="level-badge" id="niveau" data-level="insuffisant"><strong>{ t.not_enough }</strong></p>
                <p>{ t.not_enough_overall }</p>
            </>
        },
    };
    let spread = a.spread.map(|s| {
        let title = |d: crate::core::Dimension| c.dimensions[d.index()].title.clone();
        let gap = whole(s.gap).to_string();
        if s.levels_differ {
            fill(t.spread_differ, &[("high", &title(s.highest)), ("low", &title(s.lowest)), ("gap", &gap)])
        } else {
            fill(t.spread_close, &[("gap", &gap)])
        }
    });
    let name = props.state.profile.partnership.clone();
    let role = props.state.profile.role.and_then(|r| c.roles.get(&r)).cloned();
    let below_maximal = a.overall.placement.level().is_some_and(|l| l != Level::Maximal);

    html! {
        <section class="screen result" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ t.result_title }</h1>
            if let Some(name) = name {
                <p class="for">{ fill(t.result_for, &[("name", &name)]) }</p>
            }
            if let Some(role) = role {
                <p class="for" id="role">{ fill(t.result_role, &[("role", &role)]) }</p>
            }
            <p class="framing">{ &c.texts.no_failure }</p>
            { overall }

            <h2>{ t.dimensions_title }</h2>
            <DimensionList assessment={a.clone()} {language} />
            if let Some(spread) = spread {
                <p id="ecart">{ spread }</p>
            }

            if below_maximal && !a.next_steps.is_empty() {
                <h2>{ t.next_title }</h2>
                <NextSteps assessment={a.clone()} {language} />
            }

            <h2>{ t.readings_title }</h2>
            <p>{ t.readings_intro }</p>
            <ReadingList assessment={a.clone()} {language} />

            <h2>{ t.risks_title }</h2>
            <RiskList assessment={a.clone()} {language} responses={props.state.responses.clone()} />

            if a.closest_case.is_some() {
                <h2>{ t.case_title }</h2>
                <ClosestCase assessment={a.clone()} {language} />
            }

            <p class="framing">{ &c.texts.dissatisfaction }</p>

            <div class="actions result-actions">
                <button type="button" class="button button-primary" id="exporter" onclick={export}>{ t.export }</button>
                <button type="button" class="button button-secondary" id="modifier" onclick={edit}>{ t.edit }</button>
                <button type="button" class="button button-tertiary" id="recommencer" onclick={restart}>{ t.restart }</button>
            </div>
        </section>
    }
}
