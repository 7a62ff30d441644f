//! The only place that touches the browser's localStorage: one versioned entry, read once at start, written after each change.

use gloo::storage::{LocalStorage, Storage};

/// The key of the saved state. The version lives inside the value (see `state::SAVED_STATE_VERSION`).
pub const KEY: &str = "partenariat.etat";

/// The saved state as text, if there is one and the browser lets us read it.
pub fn load() -> Option<String> {
    LocalStorage::raw().get_item(KEY).ok().flatten()
}

/// Saves the state; false when the browser refuses (private mode, full storage).
pub fn save(text: &str) -> bool {
    LocalStorage::raw().set_item(KEY, text).is_ok()
}

pub fn clear() {
    let _ = LocalStorage::raw().remove_item(KEY);
}
