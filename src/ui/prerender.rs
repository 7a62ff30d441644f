//! The first screen as the build-time renderer draws it (src/prerender.rs): the page and the welcome screen of someone who has never answered, in French, from the same render functions as the app.

use crate::core::Language;
use crate::state::AppState;
use yew::prelude::*;

use super::page::{page, PageProps};
use super::welcome::{welcome, WelcomeProps};

/// The welcome page, before anything is read from the device or the address.
#[component]
pub fn Welcome() -> Html {
    let state = AppState::new(Language::Fr);
    let dispatch = Callback::noop();
    page(PageProps {
        state: &state,
        screen: welcome(&WelcomeProps { state: &state, dispatch: &dispatch }),
        sharing: false,
        dispatch: &dispatch,
        on_language: &Callback::noop(),
        busy: false,
        confirming: false,
        confirm: &Callback::noop(),
        dialog: None,
    })
}
