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
pub mod page;
pub mod painted;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod profile;
pub mod progress;
pub mod question;
pub mod result;
pub mod review;
pub mod shared;
pub mod welcome;

/// Puts the keyboard on an element by id, if it is there (and, embedded, once the person uses the
/// widget: never from the host page at load).
pub fn focus(id: &str) {
    if !host::may_take_focus() {
        return;
    }
    if let Some(e) = gloo::utils::document().get_element_by_id(id).and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = e.focus();
    }
}

/// An ARIA state that must say « false » too (`aria-expanded`: absent, the button would not be
/// a disclosure at all), as a constant: no string built. States whose absence means false
/// (`aria-busy`, `aria-disabled`) are left out instead (`header`).
pub fn flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// The screen's heading (`#titre-ecran`, on every screen): where the keyboard goes on from when
/// what it was on goes away (a notice closed).
pub fn focus_heading() {
    focus("titre-ecran");
}

/// Runs `work` once, `ms` milliseconds from now, in a task of its own. Its closure is freed once
/// called, where gloo's `Timeout::forget` keeps every closure for ever (a leak on a kiosk answered
/// all day: a pointer answer's move on, each screen's deferred writes).
pub fn later(ms: i32, work: impl FnOnce() + 'static) {
    // (Boxed, so that the closure below is compiled once, not once per caller.)
    let work: Box<dyn FnOnce()> = Box::new(work);
    let once = wasm_bindgen::closure::Closure::once_into_js(work);
    let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(wasm_bindgen::JsCast::unchecked_ref(&once), ms);
}

/// Runs `work` once the next frame is painted (a task after the next animation frame): what a new
/// screen does not need before it is seen (the saved state, the history entry, the tab's title)
/// stays out of the time between a press and that screen (`app`; BENCHMARKS.md, « the next
/// question's work »). A hidden page paints nothing: there, `work` runs at once.
pub fn after_paint(work: impl FnOnce() + 'static) {
    // (Boxed here, so that the closure below is compiled once, not once per caller; freed once
    // called.)
    let work: Box<dyn FnOnce()> = Box::new(work);
    if gloo::utils::document().hidden() {
        return work();
    }
    let then = wasm_bindgen::closure::Closure::once_into_js(move || later(0, work));
    let _ = gloo::utils::window().request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&then));
}

/// The attribute of `#app` while it holds the first screen painted at build time (index.html) and
/// nothing runs it: removed as the app (or the room bundle) starts, in the task whose microtasks
/// draw the app's first render and wire the painted page (`painted`), before any frame.
pub const PRERENDERED: &str = "data-prerendu";

/// Renders the widget into `#app` (or the body when the page has no such element), beside the
/// first screen painted at build time (kept or replaced: `painted`); an embedded widget first takes
/// its host's look and starts posting its height.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A room screen (`?vue=ensemble`, `?vue=animation`, `?vue=evolution`) and the kiosk are the room bundle's: load
    // it instead (in the room bundle itself, a kiosk is drawn here).
    let view = app::query("vue").filter(|v| matches!(v.as_str(), "ensemble" | "animation" | "evolution"));
    let kiosk = !cfg!(feature = "kiosk") && matches!(app::query("mode").as_deref(), Some("kiosk" | "kiosque"));
    let room = match view {
        Some(view) => Some(view),
        None if kiosk => Some("kiosque".to_string()),
        None => None,
    };
    if let Some(room) = room {
        lazy::keep_offline();
        return lazy::start_room(&room);
    }
    // Once the page has been painted (`after_paint`; at once in a hidden tab), the questionnaire
    // decoded in a task of its own, then the app started. Before that paint, on a fast load, their
    // work would come before the largest contentful paint, which Lighthouse's simulation then
    // charges with it, four times slowed (BENCHMARKS.md).
    after_paint(|| {
        let _ = crate::core::Questionnaire::reference();
        later(0, mount);
    });
}

/// Draws the app into `#app`: beside the page painted at build time, which the app keeps while it
/// would draw it the same (`painted`), or in its place.
#[cfg(target_arch = "wasm32")]
fn mount() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return drop(yew::Renderer::<app::App>::new().render());
    };
    host::begin(&root);
    let painted = root.get_attribute(PRERENDERED).is_some();
    let _ = root.remove_attribute(PRERENDERED);
    // Beside the page painted at build time, an element of its own (Yew empties the one it draws
    // into; a plain block, which changes no box), so that the app can keep that page (`painted`);
    // else in `#app`.
    let host = match (painted, document.create_element("div")) {
        (true, Ok(own)) => {
            own.set_class_name("app-root");
            let _ = root.insert_before(&own, None);
            own
        }
        _ => root,
    };
    yew::Renderer::<app::App>::with_root(host).render();
    // Once the first screen is drawn (the render runs in a microtask, before any timeout): the
    // offline cache's registration, which the first screen does not wait for.
    later(0, lazy::keep_offline);
}
