//! The room bundle's entry point, called by the respondent's page once it has loaded this module: the room screens and the kiosk (`start_room`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Draws `view` into `#app`: `ensemble` or `animation` (the room screens), or `kiosque` (the
    /// respondent's widget as a kiosk).
    #[wasm_bindgen]
    pub fn start_room(view: String) {
        partenariat::room::start(&view);
    }
}

fn main() {}
