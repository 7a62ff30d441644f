//! The only place that touches the browser's localStorage: one versioned entry, read once at start, written after each change.
//!
//! A browser may refuse storage altogether (private browsing, or a widget embedded in another
//! site when the browser blocks third-party storage): reading then finds nothing, writing says
//! it failed, and the widget works on without keeping anything.

use crate::embed::{saved_state_key, Embedding};

/// The page's localStorage, if the browser lets this page have one.
fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Where the state is kept: one key for the standalone widget, one per embed (`embed::saved_state_key`).
#[derive(Debug, Clone, PartialEq)]
pub struct Slot(String);

impl Slot {
    pub fn new(embedding: Option<&Embedding>) -> Slot {
        Slot(saved_state_key(embedding))
    }

    /// The saved state as text, if there is one and the browser lets us read it.
    pub fn load(&self) -> Option<String> {
        local()?.get_item(&self.0).ok().flatten()
    }

    /// Saves the state; false when the browser refuses (private mode, full or blocked storage).
    pub fn save(&self, text: &str) -> bool {
        local().is_some_and(|s| s.set_item(&self.0, text).is_ok())
    }

    pub fn clear(&self) {
        if let Some(s) = local() {
            let _ = s.remove_item(&self.0);
        }
    }
}
