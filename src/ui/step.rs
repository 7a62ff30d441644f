//! One dimension's step: its items as native radio groups in fieldsets, with « je ne sais pas » on each.

use crate::core::answers_file::DONT_KNOW;
use crate::core::{Choice, Dimension, Questionnaire, Vocabulary};
use crate::i18n::ui;
use crate::state::{Action, AppState};
use yew::prelude::*;

use super::nav::Nav;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub state: AppState,
    pub dimension: Dimension,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Step(props: &StepProps) -> Html {
    let t = ui(props.state.language);
    let q = Questionnaire::get(props.state.language);
    let dim = &q.content.dimensions[props.dimension.index()];
    let last = props.dimension == *Dimension::ALL.last().unwrap_or(&Dimension::Methode);
    let items = q.items_of(props.dimension).enumerate().map(|(n, index)| {
        let Some(item) = q.item(index) else { return html! {} };
        let chosen = props.state.responses.get(index);
        let help_id = format!("{}-aide", item.id);
        let radio = |value: Option<Choice>, answer_id: &str, text: &str| {
            let id = format!("{}--{}", item.id, answer_id);
            let dispatch = props.dispatch.clone();
            let onchange = Callback::from(move |_| dispatch.emit(Action::Answer { item: index, choice: value }));
            html! {
                <div class={classes!("choice", (value == Some(Choice::DontKnow)).then_some("choice-unknown"))}>
                    <input type="radio" name={item.id.clone()} id={id.clone()} value={answer_id.to_string()} checked={chosen == value} {onchange} />
                    <label for={id}>{ text.to_string() }</label>
                </div>
            }
        };
        html! {
            <fieldset class="question" id={item.id.clone()} aria-describedby={item.help.as_ref().map(|_| help_id.clone())}>
                <legend><span class="question-number">{ format!("{} {}. ", t.question, n + 1) }</span>{ &item.question }</legend>
                if let Some(help) = &item.help {
                    <p class="hint" id={help_id.clone()}>{ help }</p>
                }
                { for item.answers.iter().enumerate().map(|(k, a)| radio(Some(Choice::Answer(k as u8)), &a.id, &a.text)) }
                { radio(Some(Choice::DontKnow), DONT_KNOW, &q.content.texts.unknown_answer) }
                <p class="source">{ t.source }{ " " }{ &item.source }</p>
            </fieldset>
        }
    });
    html! {
        <section class="screen step" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ &dim.title }</h1>
            <p class="lead">{ &dim.intro }</p>
            { for items }
            <Nav dispatch={props.dispatch.clone()} back={Some(t.back)} next={if last { t.to_review } else { t.next }} next_action={Action::Next} />
        </section>
    }
}
