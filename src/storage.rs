//! The only place the respondent's page touches the browser's localStorage: one versioned entry, read once at start, written after each change (none on a kiosk), and the kiosk's tally, added to at each result.
//!
//! A browser may refuse storage altogether (private browsing, or a widget embedded in another
//! site when the browser blocks third-party storage): reading then finds nothing, writing says
//! it failed, and the widget works on without keeping anything.

use crate::embed::{saved_state_key, Embedding};

/// The page's localStorage, if the browser lets this page have one.
fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Where the state is kept: one key for the standalone widget, one per embed (`embed::saved_state_key`);
/// nowhere on a kiosk (`Slot::nowhere`), where answers live in memory only.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot(Option<String>);

impl Slot {
    pub fn new(embedding: Option<&Embedding>) -> Slot {
        Slot(Some(saved_state_key(embedding)))
    }

    /// A kiosk's: nothing is read or written, so that no respondent's answers outlive them.
    pub fn nowhere() -> Slot {
        Slot(None)
    }

    /// Whether anything is kept (not on a kiosk).
    pub fn keeps(&self) -> bool {
        self.0.is_some()
    }

    /// The saved state as text, if there is one and the browser lets us read it.
    pub fn load(&self) -> Option<String> {
        local()?.get_item(self.0.as_deref()?).ok().flatten()
    }

    /// Saves the state; false when the browser refuses (private mode, full or blocked storage).
    /// Nowhere, there is nothing to save: true.
    pub fn save(&self, text: &str) -> bool {
        let Some(key) = &self.0 else { return true };
        local().is_some_and(|s| s.set_item(key, text).is_ok())
    }

    pub fn clear(&self) {
        if let (Some(s), Some(key)) = (local(), &self.0) {
            let _ = s.remove_item(key);
        }
    }
}

/// Adds a kiosk respondent's entry to the seminar's tally (`core::tally`), replacing their earlier
/// entry if they changed an answer after seeing the result; false when the browser refuses.
pub fn record_in_tally(id: &str, line: &str) -> bool {
    use crate::core::tally::KEY;
    let Some(s) = local() else { return false };
    let kept: String =
        s.get_item(KEY).ok().flatten().unwrap_or_default().lines().filter(|l| !l.is_empty() && !l.starts_with(id)).map(|l| format!("{l}\n")).collect();
    s.set_item(KEY, &format!("{kept}{line}")).is_ok()
}
