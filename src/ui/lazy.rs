//! What the page loads or registers beside itself: the room bundle (`salle.js`, `salle_bg.wasm`), loaded only for a room screen or a kiosk (the respondent's first load never carries it), and the offline cache's service worker (`sw.js`).

use wasm_bindgen::prelude::*;

// `offline` loads `offline.js` (offline/offline.js, copied beside the page), which registers the
// service worker written by scripts/sw.mjs and offers to reload when a new deploy's worker waits:
// loaded once the page is idle after the first screen (at most 2 s later), so that it weighs nothing in the first load nor delays the app.
#[wasm_bindgen(inline_js = "
export function room(view) { return import(new URL('salle.js', document.baseURI)).then(m => m.default().then(() => m.start_room(view))); }
export function offline() { const go = () => import(new URL('offline.js', document.baseURI)).then((m) => m.default(), () => {}); if (self.requestIdleCallback) requestIdleCallback(go, { timeout: 2000 }); else setTimeout(go, 0); }
")]
extern "C" {
    fn room(view: &str) -> js_sys::Promise;
    fn offline();
}

/// Registers the offline cache (`sw.js`): always on the widget's own page, in a partner's page
/// only when the host asks for it (`horsligne=1`).
pub fn keep_offline() {
    if super::host::embedding().is_none_or(|e| e.offline) {
        offline();
    }
}

/// Loads the room bundle and draws the screen `view` into `#app`; on failure (offline, blocked),
/// says so in the page.
pub fn start_room(view: &str) {
    // The module's address is the page's base with `salle.js` (a dynamic import would resolve a
    // relative address from the snippet's own).
    let promise = room(view);
    // The page painted at build time is the questionnaire's welcome: not this screen's.
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        let _ = root.remove_attribute(super::PRERENDERED);
        root.set_inner_html(&format!("<main class=\"container\"><p class=\"loading\" role=\"status\">{}</p></main>", crate::i18n::LOADING));
    }
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
            if let Some(root) = gloo::utils::document().get_element_by_id("app") {
                root.set_inner_html("<main class=\"container\"><h1>Où en est notre partenariat ?</h1><p role=\"alert\">Cette page n'a pas pu se charger. Vérifiez la connexion, puis rechargez la page.</p></main>");
            }
        }
    });
}
