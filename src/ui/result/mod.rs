//! The result screen: draws the result view the core builds (`core::result_view`), framed so that no level reads as a failure; decides nothing itself.

mod case;
mod dimensions;
mod directions;
mod paragraphs;
mod readings;
mod risks;
mod scale;
mod tensions;
mod unknowns;

use crate::core::result_view;
use crate::i18n::ui;
use crate::state::{Action, AppState, Screen};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use case::ClosestCase;
use dimensions::DimensionList;
use directions::Directions;
use paragraphs::Paragraphs;
use readings::Readings;
use risks::Risks;
use scale::ScaleChart;
use tensions::Tensions;
use unknowns::Unknowns;

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

/// A list of questions, each a button that opens it.
#[derive(Properties, PartialEq)]
pub struct ItemLinksProps {
    pub links: Vec<result_view::ItemLink>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ItemLinks(props: &ItemLinksProps) -> Html {
    html! {
        <ul class="item-links">
            { for props.links.iter().map(|l| {
                let dispatch = props.dispatch.clone();
                let item = l.item;
                let onclick = Callback::from(move |_| dispatch.emit(Action::GoToItem(item)));
                html! { <li><button type="button" class="link-button" data-item={l.id.clone()} {onclick}>{ &l.question }</button></li> }
            }) }
        </ul>
    }
}

#[component]
pub fn ResultScreen(props: &ResultScreenProps) -> Html {
    let state = &props.state;
    let t = ui(state.language);
    let v = result_view::build(state.questionnaire(), &state.responses, &state.profile);
    let export = {
        let json = state.answers_file().to_json();
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
    let o = &v.overall;
    html! {
        <section class={classes!("screen", "result", v.plain.then_some("result-plain"))} aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ &v.title }</h1>
            { for v.context.iter().map(|c| html! { <p class="for">{ c }</p> }) }
            <p class="framing">{ &v.framing }</p>

            <p class="level-badge" id="niveau" data-level={o.level_id}>
                <span class="level-label">{ &o.label }{ " " }</span>
                <strong>{ &o.name }</strong>
            </p>
            if let Some(scale) = &o.scale {
                <ScaleChart scale={scale.clone()} />
            }
            if let Some(c) = &o.capped {
                <p class="callout" id="plafond">{ c }</p>
            }
            if let Some(d) = &o.definition {
                <p class="definition">{ d }</p>
            }
            <Paragraphs texts={o.texts.clone()} advice_label={v.advice_label} />
            if !o.missing.is_empty() {
                <ItemLinks links={o.missing.clone()} dispatch={props.dispatch.clone()} />
            }
            if let Some(s) = &o.source {
                <p class="source">{ v.source_label }{ " " }{ s }</p>
            }

            <h2>{ &v.dimensions_title }</h2>
            <DimensionList rows={v.dimensions.clone()} label={v.dimensions_label.clone()} dispatch={props.dispatch.clone()} />
            if let Some(spread) = &v.spread {
                <p id="ecart">{ spread }</p>
            }

            if let Some(d) = &v.directions {
                <Directions view={d.clone()} today={t.today} source_label={v.source_label} />
            }
            if let Some(r) = &v.readings {
                <Readings section={r.clone()} advice_label={v.advice_label} source_label={v.source_label} />
            }
            if let Some(ts) = &v.tensions {
                <Tensions section={ts.clone()} advice_label={v.advice_label} source_label={v.source_label} />
            }
            <Risks title={v.risks_title.clone()} none={v.risks_none.clone()} rows={v.risks.clone()} advice_label={v.advice_label} source_label={v.source_label} raised_by_label={v.raised_by_label} />
            if let Some((section, texts)) = &v.unknowns {
                <Unknowns section={section.clone()} texts={texts.clone()} advice_label={v.advice_label} dispatch={props.dispatch.clone()} />
            }
            if let Some(case) = &v.case {
                <ClosestCase title={v.case_title.clone()} case={case.clone()} />
            }

            <p class="framing">{ &v.closing }</p>

            <div class="actions result-actions">
                <button type="button" class="button button-primary" id="exporter" onclick={export}>{ t.export }</button>
                <button type="button" class="button button-secondary" id="modifier" onclick={edit}>{ t.edit }</button>
                <button type="button" class="button button-tertiary" id="recommencer" onclick={restart}>{ t.restart }</button>
            </div>
        </section>
    }
}
