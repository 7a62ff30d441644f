//! The Yew interface, one screen per file: `app` is the one component and owns all state; every screen is a render function taking its `<Name>Props` (a Yew component costs the bundle about 2 KB); long static documents (the result, the answers) are drawn by `crate::markup`.

pub mod app;
pub mod confirm;
pub mod crash;
pub mod header;
pub mod host;
pub mod kiosk;
pub mod lazy;
pub mod nav;
pub mod notice;
pub mod profile;
pub mod progress;
pub mod question;
pub mod result;
pub mod review;
pub mod shared;
pub mod welcome;

/// Renders the widget into `#app` (or the body when the page has no such element); an embedded
/// widget first takes its host's look and starts posting its height.
pub fn start() {
    lazy::keep_offline();
    // A room screen (`?vue=ensemble`, `?vue=animation`, `?vue=evolution`) and the kiosk are the room bundle's: load
    // it instead (in the room bundle itself, a kiosk is drawn here).
    let view = app::query("vue").filter(|v| matches!(v.as_str(), "ensemble" | "animation" | "evolution"));
    let kiosk = !cfg!(feature = "kiosk") && matches!(app::query("mode").as_deref(), Some("kiosk" | "kiosque"));
    match view {
        Some(view) => return lazy::start_room(&view),
        None if kiosk => return lazy::start_room("kiosque"),
        None => {}
    }
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            host::begin(&root);
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
