//! One question per screen: the step it belongs to, the unit it speaks of, the question as the screen's heading, its help and the talk's terms explained, its answers as a native radio group (or checkboxes where several may be chosen) with « je ne sais pas » and « ne s'applique pas »; a choice made with a pointer moves on by itself.

use crate::core::answers_file::{DONT_KNOW, NOT_APPLICABLE};
use crate::core::model::{plain_words, segments, ItemContent, Segment, Term};
use crate::core::{Choice, Questionnaire, Scope};
use crate::i18n::ui;
use crate::state::{Action, AppState, Screen};
use yew::prelude::*;

use super::nav::nav;
use super::notice::notice_for;

/// What the screen draws from (a render function's arguments, named).
pub struct QuestionScreenProps<'a> {
    pub state: &'a AppState,
    pub item: usize,
    pub dispatch: &'a Callback<Action>,
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

/// How long the selected answer stays in view before the next question, after a pointer choice.
const ADVANCE_MS: i32 = 350;

#[inline(never)]
pub fn question_screen(props: &QuestionScreenProps<'_>) -> Html {
    let state = &props.state;
    let t = ui(state.language);
    let q = Questionnaire::get(state.language);
    let index = props.item;
    let (Some(item), Some(r)) = (q.item(index), q.item_ref(index)) else { return html! {} };
    let c = &q.content;
    let role = state.profile.role;
    let plain = plain_words(role);
    let chosen = state.responses.get(index);
    let picks = chosen.and_then(Choice::picks).unwrap_or_default();
    let help_id = format!("{}-aide", item.id);
    let kind = if item.multiple { "checkbox" } else { "radio" };
    let not_applicable = if plain { &c.texts.not_applicable_plain } else { &c.texts.not_applicable };
    // The step's introduction is shown with the first question of the step on the path.
    let first_of_step = state.path().into_iter().find(|i| q.item_ref(*i).map(|x| x.dimension) == Some(r.dimension)) == Some(index);
    let intro = c.dimension_intro(r.dimension, plain);

    let option = |choice: Choice, answer_id: &str, text: Html, checked: bool, unknown: bool| {
        let id = format!("{}--{}", item.id, answer_id);
        let multiple = item.multiple;
        let onchange = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_| {
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
            })
        };
        // A pointer choice on a one-answer question moves on after a moment; a keyboard choice
        // (arrows, space: a click whose `detail` is 0) does not, so that the arrows can browse.
        let onclick = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |e: MouseEvent| {
                if !multiple && e.detail() > 0 {
                    let dispatch = dispatch.clone();
                    super::later(ADVANCE_MS, move || dispatch.emit(Action::Advance { from: index }));
                }
            })
        };
        html! {
            <div class={if unknown { "choice choice-unknown" } else { "choice" }} {onclick}>
                <input type={kind} name={item.id.clone()} id={id.clone()} value={answer_id.to_string()} {checked} {onchange} />
                <label for={id}>{ text }</label>
            </div>
        }
    };
    let terms = terms_of(item);
    let scope = (item.scope != Scope::Famille).then(|| c.scopes[&item.scope].clone());
    // Enter on an answer moves on once one is chosen, as « Suivant » does.
    let on_enter = super::nav::enter_moves_on(props.dispatch);
    // Opened from the review or the result to be changed, the question has one way on: back there.
    let last = state.path().last() == Some(&index);
    let (back, next) = match state.return_to {
        Some(Screen::Review) => (None, t.back_to_review),
        Some(_) => (None, t.back_to_result),
        None if last => (Some(t.back), t.to_review),
        None => (Some(t.back), t.next),
    };
    html! {
        <section class="screen question" aria-labelledby="titre-ecran">
            if first_of_step {
                <div class="step-intro">
                    <p class="lead">{ marked(intro) }</p>
                    { definitions(t.terms, &terms_in(std::iter::once(intro)), &c.glossary) }
                </div>
            }
            <fieldset class="question" id={item.id.clone()} aria-describedby={item.help.as_ref().map(|_| help_id.clone())} onkeydown={on_enter}>
                <legend>
                    if let Some(scope) = scope {
                        <span class="question-scope">{ scope }</span>
                    }
                    <h1 id="titre-ecran" tabindex="-1" class="question-text">{ marked(&item.question) }</h1>
                    if item.multiple {
                        <span class="question-several">{ &c.texts.several }</span>
                    }
                </legend>
                { notice_for(state, props.dispatch, false) }
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
            { nav(props.dispatch, back, next, Action::Next) }
        </section>
    }
}
