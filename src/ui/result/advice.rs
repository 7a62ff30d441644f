//! « Pour passer au niveau suivant » and the closest reference case of the talk, with why.

use crate::core::{Assessment, Language, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub assessment: Assessment,
    pub language: Language,
}

#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let t = ui(props.language);
    let q = Questionnaire::get(props.language);
    html! {
        <>
            <p>{ t.next_intro }</p>
            <ol class="next-steps" id="pas-suivants">
                { for props.assessment.next_steps.iter().filter_map(|s| {
                    let item = q.item(s.item)?;
                    let from = item.answers.get(s.from as usize)?;
                    let to = item.answers.get(s.to as usize)?;
                    Some(html! {
                        <li>
                            <p class="next-question">{ &item.question }</p>
                            <p><span class="tag">{ t.next_from }</span>{ " " }{ &from.text }</p>
                            <p><span class="tag tag-strong">{ t.next_to }</span>{ " " }{ &to.text }</p>
                        </li>
                    })
                }) }
            </ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ClosestCaseProps {
    pub assessment: Assessment,
    pub language: Language,
}

/// Beyond this distance (points, root mean square over dimensions) the case is named as far.
const FAR: f64 = 25.0;

#[component]
pub fn ClosestCase(props: &ClosestCaseProps) -> Html {
    let t = ui(props.language);
    let c = &Questionnaire::get(props.language).content;
    let Some(m) = &props.assessment.closest_case else { return html! {} };
    let case = &c.cases[&m.case];
    let mut reasons: Vec<String> = Vec::new();
    if m.same_level {
        reasons.push(t.case_same_level.to_string());
    }
    if let Some(a) = m.shared_action {
        reasons.push(format!("{} ({})", t.case_shared_action, c.action[&a].name));
    }
    if let Some(s) = m.shared_method {
        reasons.push(format!("{} ({})", t.case_shared_method, c.method[&s].name));
    }
    if !m.near_dimensions.is_empty() {
        let dims: Vec<&str> = m.near_dimensions.iter().map(|d| c.dimensions[d.index()].title.as_str()).collect();
        reasons.push(fill(t.case_near, &[("dims", &dims.join(", "))]));
    }
    html! {
        <div class="case" id="cas-proche" data-case={m.case.id()}>
            <h3>{ &case.name }</h3>
            <p>{ &case.summary }</p>
            if !reasons.is_empty() {
                <ul>{ for reasons.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            }
            if m.distance > FAR {
                <p class="hint">{ t.case_far }</p>
            }
            <p class="source">{ &case.source }</p>
        </div>
    }
}
