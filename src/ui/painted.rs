//! The welcome page painted at build time, kept by the app for as long as it is the page the app would draw: its controls wired to the app's, then removed when the app draws anything else.
//!
//! The page in `index.html` is the app's own render of someone who has never answered, in French
//! (`prerender`). Drawing it again when the app starts (about 100 elements built, then laid out and
//! painted a second time) was most of the time between the first paint and an app that answers
//! (BENCHMARKS.md, time to interactive): while the state is that one, the app draws nothing and
//! listens on the painted page instead.

use crate::core::Language;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The language button's id, on the painted page and on the app's.
pub const LANGUAGE_ID: &str = "langue";

/// Where the painted page stands.
enum Painted {
    /// Shown, and the app's first render draws nothing: it is the page the app would draw.
    Kept(Element),
    /// To be replaced by the app's own page: at the app's next render once kept (its controls wired
    /// to the app meanwhile), at its first when not kept (no listeners).
    Wired(Element, Vec<EventListener>),
    /// Replaced by the app's own page (or there was none).
    Gone,
}

/// The painted page's selector: the page in `#app` itself (the app's is in `.app-root`).
const PAGE: &str = "#app > .page";

/// Keeps the page painted at build time, if there is one, for the app's first render if `same`
/// (the app would draw it as it is), and replaces it at the next render: whether the app draws
/// nothing this time. `wire` connects its controls once it is kept.
#[hook]
pub fn use_painted(same: bool, wire: impl FnOnce() -> Vec<EventListener> + 'static) -> bool {
    // (Looked for at the first render, before the app has drawn anything in `#app`.)
    let painted = use_mut_ref(|| match gloo::utils::document().query_selector(PAGE).ok().flatten() {
        Some(page) if same => Painted::Kept(page),
        Some(page) => Painted::Wired(page, Vec::new()),
        None => Painted::Gone,
    });
    let kept = matches!(*painted.borrow(), Painted::Kept(_));
    use_effect_with(kept, move |_| {
        let now = std::mem::replace(&mut *painted.borrow_mut(), Painted::Gone);
        match now {
            Painted::Kept(page) => *painted.borrow_mut() = Painted::Wired(page, wire()),
            Painted::Wired(page, listeners) => {
                drop(listeners);
                take_over(page);
            }
            Painted::Gone => {}
        }
    });
    kept
}

/// Wires the painted page's controls to the app: the language button and the file import.
/// « Commencer » needs nothing: a link to the profile's address, which the app follows as it follows
/// the history's moves.
pub fn wire(on_language: Callback<Language>, dispatch: UseReducerDispatcher<crate::state::AppState>) -> Vec<EventListener> {
    let dispatch = Callback::from(move |action| dispatch.dispatch(action));
    let import = super::welcome::import(&dispatch, Language::Fr);
    // (By id in the document: the app has drawn nothing yet, so the painted page's are the only ones.)
    let document = gloo::utils::document();
    let mut listeners = Vec::new();
    if let Some(button) = document.get_element_by_id(LANGUAGE_ID) {
        // The painted page is in French.
        listeners.push(EventListener::new(&button, "click", move |_| on_language.emit(Language::En)));
    }
    if let Some(input) = document.get_element_by_id(super::welcome::IMPORT_ID) {
        // A file chosen before the app ran is read now: nothing chosen early is lost.
        super::welcome::read_chosen(input.unchecked_ref(), &dispatch, Language::Fr);
        listeners.push(EventListener::new(&input, "change", move |e| import.emit(e.clone())));
    }
    listeners
}

/// Removes the painted page, the app's own being drawn: the keyboard, if it was on the painted
/// page, goes to the same control on the app's (by its id), or else to the screen's heading.
fn take_over(page: Element) {
    let document = gloo::utils::document();
    let focused = document.active_element().filter(|e| e.closest(PAGE).ok().flatten().is_some()).map(|e| e.id());
    if let Some(root) = page.parent_node() {
        let _ = root.remove_child(&page);
    }
    if let Some(id) = focused {
        // (No element has an empty id.)
        super::focus(if document.get_element_by_id(&id).is_some() { &id } else { "titre-ecran" });
    }
}
