//! One dimension's step: the items of the respondent's path, each a native radio group (or a checkbox group where several answers may be chosen) in a fieldset, with « je ne sais pas » and « ne s'applique pas », the unit it speaks of, and the talk's terms explained.

use crate::core::answers_file::{DONT_KNOW, NOT_APPLICABLE};
use crate::core::model::{plain_words, segments, ItemContent, Segment};
use crate::core::model::Term;
use crate::core::{Choice, Dimension, Questionnaire, Scope};
use crate::i18n::{fill, ui};
use crate::state::{Action, AppState};
use yew::prelude::*;

use super::nav::Nav;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub state: AppState,
    pub dimension: Dimension,
    pub dispatch: Callback<Action>,
}

/// A content text with its `{terms}` marked (their definitions are listed under the question).
pub fn marked(text: &str) -> Html {
    html! {
        <>
            { for segments(text).into_iter().map(|s| match s {
                Segment::Words(w) => html! { { w.to_string() } },
                Segment::Term { shown, .. } => html! { <span class="term">{ shown.to_string() }</span> },
            }) }
        </>
    }
}

/// The glossary terms some texts use, in order of first use.
fn terms_in<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut terms: Vec<&str> = Vec::new();
    for t in texts {
        for s in segments(t) {
            if let Segment::Term { term, .. } = s {
                if !terms.contains(&term) {
                    terms.push(term);
                }
            }
        }
    }
    terms
}

/// The glossary terms an item uses: question, help and answers.
fn terms_of(item: &ItemContent) -> Vec<&str> {
    terms_in(std::iter::once(item.question.as_str()).chain(item.help.as_deref()).chain(item.answers.iter().map(|a| a.text.as_str())))
}

/// The definitions of some terms, in a disclosure a keyboard and a screen reader can open.
fn definitions(label: &str, terms: &[&str], glossary: &[Term]) -> Html {
    if terms.is_empty() {
        return html! {};
    }
    html! {
        <details class="terms">
            <summary>{ label }{ " " }{ terms.join(", ") }</summary>
            <dl>
                { for terms.iter().filter_map(|term| glossary.iter().find(|g| g.term == *term)).map(|g| html! {
                    <>
                        <dt>{ &g.term }</dt>
                        <dd>{ &g.definition }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}

/// Where an item stands on the respondent's path.
pub struct Place {
    pub number: usize,
    pub total: usize,
}

/// One item: its number on the path, the unit it speaks of, the question, its help and terms, and its answers.
/// (A render function, not a component: it holds no state.)
pub fn question(state: &AppState, index: usize, place: Place, dispatch: &Callback<Action>) -> Html {
    let t = ui(state.language);
    let q = Questionnaire::get(state.language);
    let Some(item) = q.item(index) else { return html! {} };
    let c = &q.content;
    let role = state.profile.role;
    let chosen = state.responses.get(index);
    let picks = chosen.and_then(Choice::picks).unwrap_or_default();
    let help_id = format!("{}-aide", item.id);
    let kind = if item.multiple { "checkbox" } else { "radio" };
    let plain = plain_words(role);
    let not_applicable = if plain { &c.texts.not_applicable_plain } else { &c.texts.not_applicable };

    let option = |choice: Choice, answer_id: &str, text: Html, checked: bool, unknown: bool| {
        let id = format!("{}--{}", item.id, answer_id);
        let dispatch = dispatch.clone();
        let multiple = item.multiple;
        let onchange = Callback::from(move |_| {
            let next = match (multiple, choice) {
                // A checkbox toggles its answer; « je ne sais pas » and « ne s'applique pas » stand alone.
                (true, Choice::Picked(p)) => {
                    let k = p.iter().next().unwrap_or(0);
                    let current = chosen.and_then(Choice::picks).unwrap_or_default();
                    let toggled = if current.contains(k) { current.without(k) } else { current.with(k) };
                    (!toggled.is_empty()).then_some(Choice::Picked(toggled))
                }
                (true, other) if chosen == Some(other) => None,
                _ => Some(choice),
            };
            dispatch.emit(Action::Answer { item: index, choice: next });
        });
        html! {
            <div class={if unknown { "choice choice-unknown" } else { "choice" }}>
                <input type={kind} name={item.id.clone()} id={id.clone()} value={answer_id.to_string()} {checked} {onchange} />
                <label for={id}>{ text }</label>
            </div>
        }
    };
    let terms = terms_of(item);
    let scope = (item.scope != Scope::Famille).then(|| c.scopes[&item.scope].clone());
    html! {
        <fieldset class="question" id={item.id.clone()} aria-describedby={item.help.as_ref().map(|_| help_id.clone())}>
            <legend>
                <span class="question-number">{ fill(t.question, &[("n", &place.number.to_string()), ("total", &place.total.to_string())]) }</span>
                if let Some(scope) = scope {
                    <span class="question-scope">{ scope }</span>
                }
                <span class="question-text">{ marked(&item.question) }</span>
                if item.multiple {
                    <span class="question-several">{ " " }{ &c.texts.several }</span>
                }
            </legend>
            if let Some(help) = &item.help {
                <p class="hint" id={help_id.clone()}>{ marked(help) }</p>
            }
            { definitions(t.terms, &terms, &c.glossary) }
            { for item.answers.iter().enumerate().map(|(k, a)| option(Choice::one(k as u8), &a.id, marked(&a.text), picks.contains(k), false)) }
            { option(Choice::DontKnow, DONT_KNOW, html! { { &c.texts.dont_know } }, chosen == Some(Choice::DontKnow), true) }
            { option(Choice::NotApplicable, NOT_APPLICABLE, html! { { not_applicable } }, chosen == Some(Choice::NotApplicable), true) }
            if !plain {
                <p class="source">{ t.source }{ " " }{ &item.source }</p>
            }
        </fieldset>
    }
}

#[component]
pub fn Step(props: &StepProps) -> Html {
    let t = ui(props.state.language);
    let q = Questionnaire::get(props.state.language);
    let role = props.state.profile.role;
    let plain = plain_words(role);
    let path = q.path(role);
    let items = q.path_of(role, props.dimension);
    let last = props.state.steps().last() == Some(&props.dimension);
    let intro = q.content.dimension_intro(props.dimension, plain);
    html! {
        <section class="screen step" aria-labelledby="titre-ecran">
            <h1 id="titre-ecran" tabindex="-1">{ q.content.dimension_title(props.dimension, plain) }</h1>
            <p class="lead">{ marked(intro) }</p>
            { definitions(t.terms, &terms_in(std::iter::once(intro)), &q.content.glossary) }
            { for items.iter().map(|index| {
                let number = path.iter().position(|i| i == index).map_or(0, |p| p + 1);
                question(&props.state, *index, Place { number, total: path.len() }, &props.dispatch)
            }) }
            if props.state.from_result {
                <div class="actions">
                    <button type="button" class="button button-primary" id="retour-resultat"
                        onclick={ let d = props.dispatch.clone(); Callback::from(move |_| d.emit(Action::GoTo(crate::state::Screen::Result))) }>{ t.back_to_result }</button>
                </div>
            }
            <Nav dispatch={props.dispatch.clone()} back={Some(t.back)} next={if last { t.to_review } else { t.next }} next_action={Action::Next} />
        </section>
    }
}
