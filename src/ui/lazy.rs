//! The room bundle (`salle.js`, `salle_bg.wasm`, beside the page), loaded only for a room screen or a kiosk: the respondent's first load never carries it.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "
export function room(view) { return import(new URL('salle.js', document.baseURI)).then(m => m.default().then(() => m.start_room(view))); }
")]
extern "C" {
    fn room(view: &str) -> js_sys::Promise;
}

/// Loads the room bundle and draws the screen `view` into `#app`; on failure (offline, blocked),
/// says so in the page.
pub fn start_room(view: &str) {
    // The module's address is the page's base with `salle.js` (a dynamic import would resolve a
    // relative address from the snippet's own).
    let promise = room(view);
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
            if let Some(root) = gloo::utils::document().get_element_by_id("app") {
                root.set_inner_html("<main class=\"container\"><h1>Où en est notre partenariat ?</h1><p role=\"alert\">Cette page n'a pas pu se charger. Vérifiez la connexion, puis rechargez la page.</p></main>");
            }
        }
    });
}
