//! Où en est notre partenariat ? — a self-assessment widget for the partners of the educational component of a contrat de ville.
//!
//! `core` scores and builds the result to show (pure, native-testable); `markup` draws that
//! result as HTML (pure); `state` holds the app's state machine (pure); `embed` reads how the
//! widget sits in a host page (pure); the rest exists only in the browser build.

pub mod core;
pub mod embed;
pub mod kiosk;
pub mod markup;
pub mod state;

/// The interface's words live in the core, so that the result view can be built there.
pub use crate::core::i18n;

/// The browser's allocator: Talc, smaller than the default dlmalloc in the bundle. The page has
/// one thread (no `atomics`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// The browser's modules; also compiled natively by the build-time renderer of the first screen
// (feature `prerender`, src/prerender.rs).
#[cfg(target_arch = "wasm32")]
pub mod room;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod storage;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
