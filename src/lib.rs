//! Où en est notre partenariat ? — a self-assessment widget for the partners of the educational component of a contrat de ville.
//!
//! `core` scores (pure, native-testable); `state` holds the app's state machine (pure);
//! the rest exists only in the browser build.

pub mod core;
pub mod i18n;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
