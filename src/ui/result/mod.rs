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

use case::closest_case;
use dimensions::dimension_list;
use directions::directions;
use paragraphs::paragraphs;
use readings::readings;
use risks::risks;
use scale::scale_chart;
use tensions::tensions;
use unknowns::unknowns;

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

/// A list of questions, each a button that opens it. (The result's sections are plain render
/// functions rather than components: they hold no state, and each component costs the bundle
/// about 2 KB of Yew machinery.)
#[inline(never)]
pub fn item_links(links: &[result_view::ItemLink], dispatch: &Callback<Action>) -> Html {
    html! {
        <ul class="item-links">
            { for links.iter().map(|l| {
                let dispatch = dispatch.clone();
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
        <section class={if v.plain { "screen result result-plain" } else { "screen result" }} aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ &v.title }</h1>
            { for v.context.iter().map(|c| html! { <p class="for">{ c }</p> }) }
            <p class="framing">{ &v.framing }</p>
            if let Some(note) = &v.advice_note {
                <p class="hint advice-note">{ note }</p>
            }

            <p class="level-badge" id="niveau" data-level={o.level_id}>
                <span class="level-label">{ &o.label }{ " " }</span>
                <strong>{ &o.name }</strong>
            </p>
            if let Some(scale) = &o.scale {
                { scale_chart(scale) }
            }
            if let Some(c) = &o.capped {
                <p class="callout" id="plafond">{ c }</p>
            }
            if let Some(d) = &o.definition {
                <p class="definition">{ d }</p>
            }
            { paragraphs(&o.texts, v.advice_label) }
            if !o.missing.is_empty() {
                { item_links(&o.missing, &props.dispatch) }
            }
            if let Some(s) = &o.source {
                <p class="source">{ s }</p>
            }

            <h2>{ &v.dimensions_title }</h2>
            { dimension_list(&v.dimensions, &v.limits, &v.dimensions_label, &props.dispatch) }
            if let Some(spread) = &v.spread {
                <p id="ecart">{ spread }</p>
            }

            if let Some(d) = &v.directions {
                { directions(d) }
            }
            if let Some(r) = &v.readings {
                { readings(r, v.advice_label) }
            }
            if let Some(ts) = &v.tensions {
                { tensions(ts, v.advice_label) }
            }
            { risks(&v.risks_title, v.risks_none.as_deref(), &v.risks, (v.advice_label, v.raised_by_label)) }
            if let Some((section, texts)) = &v.unknowns {
                { unknowns(section, texts, v.advice_label, &props.dispatch) }
            }
            if let Some(case) = &v.case {
                { closest_case(&v.case_title, case) }
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
