//! The embedded widget and its host page: the look the host asked for, the height posted each time it changes (ResizeObserver), a message on each new screen, and the level when the result is shown, if asked.
//!
//! What may be posted where is decided by `crate::embed::Embedding::target`; this file only
//! talks to the browser.

use crate::core::{Level, Vocabulary};
use crate::embed::{Embedding, Message, PROTOCOL_VERSION};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// How this page is embedded, read once from its address.
    static EMBEDDING: Option<Embedding> = Embedding::from_query(super::app::query);
    /// The height watch of an embedded widget, for as long as the page lives.
    static WATCH: std::cell::RefCell<Option<HeightWatch>> = const { std::cell::RefCell::new(None) };
}

/// How this page is embedded in a host page (`?mode=embed`), if it is.
pub fn embedding() -> Option<Embedding> {
    EMBEDDING.with(Clone::clone)
}

/// Before the first render of an embedded widget: its look, then its height watched on `root`.
pub fn begin(root: &web_sys::Element) {
    let Some(embedding) = embedding() else { return };
    apply_look(&embedding);
    let watch = HeightWatch::start(embedding, root);
    WATCH.with(|w| *w.borrow_mut() = watch);
}

/// After a new screen is drawn (not the first): the host brings the widget into view; on the
/// result, the host that asked is told the level the screen shows (`#niveau`, drawn from the
/// core's view: nothing is decided here).
pub fn screen_shown(result: bool) {
    let Some(embedding) = embedding() else { return };
    post(&embedding, &Message::Screen);
    if result {
        let level = gloo::utils::document().get_element_by_id("niveau").and_then(|e| e.get_attribute("data-level"));
        let level = [Level::Minimal, Level::Intermediaire, Level::Maximal].into_iter().map(Vocabulary::id).find(|id| level.as_deref() == Some(*id));
        post(&embedding, &Message::Completed(level));
    }
}

/// Whether the widget may move focus: always on its own page; embedded, only once the person
/// is using it (its document has focus), so that it never takes focus from the host page.
pub fn may_take_focus() -> bool {
    embedding().is_none() || gloo::utils::document().has_focus().unwrap_or(false)
}

/// Marks the page as embedded (`<html data-mode="integre">`, for the stylesheet) and sets the
/// accent colour and the font family the host asked for, as custom properties.
fn apply_look(embedding: &Embedding) {
    let Some(root) = gloo::utils::document().document_element() else { return };
    let _ = root.set_attribute("data-mode", "integre");
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    let style = root.style();
    for (property, value) in embedding.accent.iter().flat_map(|a| a.properties()) {
        let _ = style.set_property(property, &value);
    }
    if let Some(font) = &embedding.font {
        let _ = style.set_property("--font", font);
    }
}

/// Posts a message to the page the widget is framed in, if it may go there (`Embedding::target`).
fn post(embedding: &Embedding, message: &Message) {
    let Some(target) = embedding.target(message) else { return };
    let window = gloo::utils::window();
    let Some(parent) = window.parent().ok().flatten() else { return };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let data = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&data, &key.into(), &value);
    };
    set("type", message.kind().into());
    set("version", PROTOCOL_VERSION.into());
    match message {
        Message::Height(height) => set("hauteur", (*height).into()),
        Message::Screen => {}
        Message::Completed(level) => set("niveau", level.map_or(JsValue::NULL, JsValue::from)),
    }
    let _ = parent.post_message(&data, target);
}

/// Watches the widget's height and posts it each time it changes. The observer lives as long as
/// the returned value.
pub struct HeightWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl HeightWatch {
    fn start(embedding: Embedding, element: &web_sys::Element) -> Option<HeightWatch> {
        let watched = element.clone();
        let mut last = 0;
        let callback = Closure::<dyn FnMut()>::new(move || {
            // Rounded up: an iframe a fraction of a pixel too short would scroll.
            let height = watched.get_bounding_client_rect().height().ceil() as u32;
            if height != last {
                last = height;
                post(&embedding, &Message::Height(height));
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(HeightWatch { observer, _callback: callback })
    }
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
