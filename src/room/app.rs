//! The room's root component: the screen the address asked for, under the same bar as the respondent's page.

use yew::prelude::*;

use super::evolution::{EvolutionScreen, EvolutionScreenProps};
use super::facilitator::{Facilitator, FacilitatorProps};
use super::sources::{TogetherScreen, TogetherScreenProps};
use super::View;

#[derive(Properties, PartialEq)]
pub struct RoomProps {
    pub view: View,
}

#[component]
pub fn Room(props: &RoomProps) -> Html {
    let t = crate::i18n::ui(crate::core::Questionnaire::reference().content.language);
    html! {
        <div class="page" data-screen={match props.view { View::Together => "ensemble", View::Facilitator => "animation", View::Evolution => "evolution" }}>
            <a class="skip-link" href="#contenu">{ t.skip_link }</a>
            { match props.view {
                View::Together => html! { <TogetherScreen ..TogetherScreenProps {} /> },
                View::Facilitator => html! { <Facilitator ..FacilitatorProps {} /> },
                View::Evolution => html! { <EvolutionScreen ..EvolutionScreenProps {} /> },
            } }
            <footer class="footer container"><p>{ t.footer }</p></footer>
        </div>
    }
}
