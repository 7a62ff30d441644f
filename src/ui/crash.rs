//! The crash screen: a panic replaces the page with a friendly message and two ways out, instead of a blank page.

use crate::core::Language;
use crate::i18n::crash_page;

/// Installs the panic hook. It writes plain DOM (the app is gone by then) and logs the panic.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("partenariat: {info}").into());
        show();
    }));
}

/// Replaces the page's content with the crash message, in the page's language, and moves
/// focus to its heading so that it is announced.
pub fn show() {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let english = document.document_element().and_then(|e| e.get_attribute("lang")).is_some_and(|l| l.starts_with("en"));
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let html = crash_page(if english { Language::En } else { Language::Fr }, &search);
    let root = document.get_element_by_id("app").or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        root.set_inner_html(&html);
    }
    if let Some(h1) = document.query_selector("#plantage h1").ok().flatten().and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = h1.focus();
    }
}
