//! The room bundle's interface (built only into `salle.wasm`, loaded after the respondent's page when asked): « rassembler les résultats » (results brought by links or files, put together) and the kiosk's facilitator view (the seminar's tally), both drawing the same `together` view; and « comparer avec un résultat d'avant » (evolution).

pub mod app;
pub mod code;
pub mod evolution;
pub mod facilitator;
pub mod sources;
pub mod together;

/// Which room screen the address asks for (`?vue=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// `?vue=ensemble`: partners' results put together.
    Together,
    /// `?vue=animation`: the kiosk's facilitator view, behind its code.
    Facilitator,
    /// `?vue=evolution`: an earlier result beside today's.
    Evolution,
}

impl View {
    pub fn from_id(id: &str) -> Option<View> {
        match id {
            "ensemble" => Some(View::Together),
            "animation" => Some(View::Facilitator),
            "evolution" => Some(View::Evolution),
            _ => None,
        }
    }
}

/// Renders the room screen `view` into `#app`, replacing what the respondent's page put there,
/// with its own stylesheet (`salle.css`, beside the page).
pub fn start(view: &str) {
    crate::ui::crash::install();
    let document = gloo::utils::document();
    if let (Some(head), Ok(link)) = (document.head(), document.create_element("link")) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", "salle.css");
        let _ = head.append_child(&link);
    }
    // The kiosk is the respondent's widget, built with the `kiosk` feature into this bundle.
    if view == "kiosque" {
        return crate::ui::start();
    }
    let Some(view) = View::from_id(view) else { return };
    let Some(root) = document.get_element_by_id("app") else { return };
    root.set_inner_html("");
    yew::Renderer::<app::Room>::with_root_and_props(root, app::RoomProps { view }).render();
}
