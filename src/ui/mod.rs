//! The Yew interface: one component per file, each with its `<Name>Props`; `app` owns the state.

pub mod app;
pub mod crash;
pub mod header;
pub mod nav;
pub mod notice;
pub mod profile;
pub mod progress;
pub mod result;
pub mod review;
pub mod step;
pub mod welcome;

/// Renders the widget into `#app` (or the body when the page has no such element).
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
