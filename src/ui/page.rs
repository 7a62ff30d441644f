//! The page around every screen of the respondent's widget: the skip link, the bar, the progress, the screen, the talk's reference and the kiosk's dialog; drawn the same by the app and by the build-time renderer of the first screen (`prerender`).

use crate::core::{Language, Questionnaire};
use crate::i18n::ui;
use crate::state::{Action, AppState, Mode, Screen};
use yew::prelude::*;

use super::header::{header, HeaderProps};
use super::progress::{progress, ProgressProps};

/// What the page draws from (a render function's arguments, named).
pub struct PageProps<'a> {
    pub state: &'a AppState,
    /// The screen itself (or the shared result shown instead).
    pub screen: Html,
    /// A result received by a link is shown instead of the respondent's own screens.
    pub sharing: bool,
    pub dispatch: &'a Callback<Action>,
    /// Asks for the other language (the app loads it first if it must).
    pub on_language: &'a Callback<Language>,
    /// The other language is being loaded.
    pub busy: bool,
    /// « Effacer mes réponses » waits for its confirmation, and how to ask or stop asking.
    pub confirming: bool,
    pub confirm: &'a Callback<bool>,
    /// The kiosk's « Vous êtes toujours là ? », while it counts down.
    pub dialog: Option<Html>,
}

#[inline(never)]
pub fn page(props: PageProps<'_>) -> Html {
    let state = props.state;
    let t = ui(state.language);
    // The progress belongs to the questions (the review says where the answers stand itself).
    let show_progress = matches!(state.screen, Screen::Question(_)) && !props.sharing;
    let kind = match state.screen {
        _ if props.sharing => "partage".to_string(),
        Screen::Question(_) => "question".to_string(),
        screen => screen.id(Questionnaire::reference()),
    };
    // Embedded, the host page has its own header and footer: the bar keeps only its buttons, and
    // the talk's reference closes the first and the last screen.
    let embedded = state.mode == Mode::Embedded;
    let source = matches!(state.screen, Screen::Welcome | Screen::Result);
    html! {
        <div class={classes!("page", embedded.then_some("page-integre"), (state.mode == Mode::Kiosk).then_some("page-kiosque"))} data-screen={kind}>
            <a class="skip-link" href="#contenu">{ t.skip_link }</a>
            { header(&HeaderProps {
                language: state.language,
                has_answers: state.responses.0.iter().any(Option::is_some) || state.profile != Default::default(),
                dispatch: props.dispatch,
                on_language: props.on_language,
                busy: props.busy,
                brand: state.screen != Screen::Welcome && !embedded,
                confirming: props.confirming,
                confirm: props.confirm,
            }) }
            <main id="contenu" class="container">
                if show_progress {
                    { progress(&ProgressProps { state }) }
                }
                { props.screen }
                if embedded && source {
                    <p class="source">{ t.footer }</p>
                }
            </main>
            if !embedded {
                <footer class="footer container"><p>{ t.footer }</p></footer>
            }
            if let Some(dialog) = props.dialog {
                { dialog }
            }
        </div>
    }
}
