//! The result screen: its heading and notice, the result itself (drawn as HTML by `markup` from the view the core builds; this screen decides nothing), and what to do with it: print, save to a file, change the answers, start again.

use crate::core::answers_file::export_name;
use crate::core::share_link::{self, FRAGMENT_PREFIX};
use crate::core::{result_view, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use crate::markup::result_body;
use crate::state::{Action, AppState, Notice, Screen};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::confirm::{confirm, ConfirmProps};
use super::notice::notice_for;
use super::review::clicked_item;

/// What the screen draws from (a render function's arguments, named).
pub struct ResultScreenProps<'a> {
    pub state: &'a AppState,
    pub dispatch: &'a Callback<Action>,
    /// Whether « recommencer » is waiting for its confirmation, and how to ask or stop asking.
    pub confirming: bool,
    pub confirm: &'a Callback<bool>,
    /// On a kiosk: the QR code of the result's link (Err if the link is too long for one), and
    /// « Terminer ».
    pub qr: Option<&'a Result<AttrValue, ()>>,
    pub on_finish: &'a Callback<MouseEvent>,
}

/// The share link of the respondent's answers: the widget's own page (not an embed's address,
/// nor a kiosk's options) with the answers in its fragment.
pub fn share_address(state: &AppState) -> String {
    let location = gloo::utils::window().location();
    let payload = share_link::encode(Questionnaire::reference(), &state.responses, &state.profile);
    format!("{}{}{FRAGMENT_PREFIX}{payload}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// Offers a file as a download, built in the page: nothing is sent anywhere.
pub fn download(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
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

/// Copies the share link; if the browser will not (no clipboard, a frame without the right,
/// a refusal), selects it in its field for the respondent to copy.
fn copy_link(link: String, dispatch: Callback<Action>) {
    let by_hand = {
        let dispatch = dispatch.clone();
        move || {
            if let Some(input) = gloo::utils::document().get_element_by_id("lien").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                let _ = input.focus();
                input.select();
            }
            dispatch.emit(Action::Notify(Notice::LinkCopyByHand));
        }
    };
    let window = gloo::utils::window();
    let clipboard = js_sys::Reflect::get(&window, &"navigator".into()).and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()));
    let write = clipboard.as_ref().ok().and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Ok(clipboard), Some(write)) = (clipboard, write) else { return by_hand() };
    let Some(promise) = write.call1(&clipboard, &link.into()).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else { return by_hand() };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => dispatch.emit(Action::Notify(Notice::LinkCopied)),
            Err(_) => by_hand(),
        }
    });
}

/// Today's date: for the file's name (`2026-11-29`), and in words in the page's language for the print.
pub fn today(language: &str) -> (String, String) {
    let now = js_sys::Date::new_0();
    let iso = format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let words = now.to_locale_date_string(language, &options).as_string().unwrap_or_else(|| iso.clone());
    (iso, words)
}

#[inline(never)]
pub fn result_screen(props: &ResultScreenProps<'_>) -> Html {
    let state = props.state;
    let t = ui(state.language);
    let (iso, words) = today(state.language.id());
    let printed_on = fill(t.printed_on, &[("date", &words)]);
    let view = result_view::build(Questionnaire::get(state.language), &state.responses, &state.profile);
    let body = AttrValue::from(result_body(&view, t, &printed_on));
    // The questions the result links to are buttons with the question's id: one listener for all.
    let open_question = {
        let dispatch = props.dispatch.clone();
        let q = Questionnaire::get(state.language);
        Callback::from(move |e: MouseEvent| {
            if let Some(item) = clicked_item(&e, q) {
                dispatch.emit(Action::Edit { item, from: Screen::Result });
            }
        })
    };
    let export = {
        let json = state.answers_file().to_json();
        // Named after the partnership, or else the role, and the date.
        let role = state.profile.role.map(|r| state.questionnaire().content.roles[&r].name.as_str());
        let name = export_name(t.file_name, state.profile.partnership.as_deref().or(role), &iso);
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            download(&name, &json, "application/json");
            dispatch.emit(Action::Notify(Notice::Saved(name.clone())));
        })
    };
    let link = share_address(state);
    let copy = {
        let link = link.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| copy_link(link.clone(), dispatch.clone()))
    };
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    let edit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::GoTo(Screen::Review)))
    };
    let ask = super::confirm::ask(props.confirm, "confirmer-recommencer");
    if super::kiosk::kiosk().is_some() {
        let kw = crate::kiosk::words(state.language);
        return html! {
            <section class="screen result" aria-labelledby="titre-ecran">
                <h1 id="titre-ecran" tabindex="-1">{ t.result_title }</h1>
                <section class="share kiosk-qr" aria-labelledby="emporter-titre">
                    <h2 id="emporter-titre">{ kw.kiosk_qr_title }</h2>
                    <p id="emporter-aide">{ kw.kiosk_qr_text }</p>
                    <div class="qr" id="qr" data-link={link}>
                        { match props.qr {
                            Some(Ok(svg)) => Html::from_html_unchecked(svg.clone()),
                            Some(Err(())) => html! { <p class="notice notice-warning">{ kw.kiosk_qr_failed }</p> },
                            None => html! { <p class="loading">{ crate::i18n::LOADING }</p> },
                        } }
                    </div>
                </section>
                <div class="actions result-actions">
                    <button type="button" class="button button-primary" id="terminer" onclick={props.on_finish.clone()} aria-describedby="terminer-aide">{ kw.kiosk_finish }</button>
                    <button type="button" class="button button-secondary" id="modifier" onclick={edit}>{ t.edit }</button>
                </div>
                <p class="hint" id="terminer-aide">{ kw.kiosk_finish_help }</p>
                <div class="result-body" onclick={open_question}>{ Html::from_html_unchecked(body) }</div>
                <div class="actions result-actions">
                    <button type="button" class="button button-primary" id="terminer-bas" onclick={props.on_finish.clone()}>{ kw.kiosk_finish }</button>
                </div>
            </section>
        };
    }
    let together = format!("?vue=ensemble{}", gloo::utils::window().location().search().unwrap_or_default().replacen('?', "&", 1));
    html! {
        <section class="screen result" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ t.result_title }</h1>
            { notice_for(state, props.dispatch, false) }
            <div class="result-body" onclick={open_question}>{ Html::from_html_unchecked(body) }</div>
            <section class="share" aria-labelledby="partager-titre">
                <h2 id="partager-titre">{ t.share_title }</h2>
                <p id="partager-aide">{ t.share_text }</p>
                <label for="lien">{ t.share_label }</label>
                <div class="share-row">
                    <input type="text" id="lien" readonly={true} value={link} aria-describedby="partager-aide" />
                    <button type="button" class="button button-secondary" id="copier" onclick={copy}>{ t.share_copy }</button>
                </div>
            </section>
            <section class="share" aria-labelledby="commun-titre">
                <h2 id="commun-titre">{ t.together_link }</h2>
                <p>{ t.together_help }</p>
                <p><a class="button button-secondary" id="mettre-en-commun" href={together}>{ t.together_link }</a></p>
            </section>
            <div class="actions result-actions">
                <button type="button" class="button button-primary" id="imprimer" onclick={print}>{ t.print }</button>
                <button type="button" class="button button-secondary" id="exporter" onclick={export}>{ t.export }</button>
                <button type="button" class="button button-secondary" id="modifier" onclick={edit}>{ t.edit }</button>
                <button type="button" class="button button-tertiary" id="recommencer" onclick={ask} aria-expanded={super::flag(props.confirming)} aria-controls="confirmer-recommencer">{ t.restart }</button>
            </div>
            { notice_for(state, props.dispatch, true) }
            if props.confirming {
                { confirm(&ConfirmProps { id: "confirmer-recommencer", asker: "recommencer", yes_id: "recommencer-oui", class: "confirm", text: t.restart_confirm, yes: t.restart_yes, no: t.clear_no, confirm: props.confirm, dispatch: props.dispatch }) }
            }
        </section>
    }
}
