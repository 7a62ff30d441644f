//! The crash screen: a panic replaces the page with a friendly message and two ways out, instead of a blank page.

use crate::core::Language;
use crate::i18n::ui;

/// Installs the panic hook. It writes plain DOM (the app is gone by then) and logs the panic.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("partenariat: {info}").into());
        show();
    }));
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Replaces the page's content with the crash message, in the page's language.
pub fn show() {
    let document = gloo::utils::document();
    let english = document.document_element().and_then(|e| e.get_attribute("lang")).is_some_and(|l| l.starts_with("en"));
    let t = ui(if english { Language::En } else { Language::Fr });
    let html = format!(
        "<main class=\"container crash\" id=\"plantage\"><h1 tabindex=\"-1\">{}</h1><p>{}</p>\
         <p class=\"actions\"><a class=\"button button-primary\" href=\"./\">{}</a> \
         <a class=\"button button-secondary\" href=\"?effacer=1\">{}</a></p></main>",
        escape(t.crash_title),
        escape(t.crash_text),
        escape(t.crash_reload),
        escape(t.crash_reset)
    );
    let root = document.get_element_by_id("app").or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        root.set_inner_html(&html);
    }
}
