//! The readings beside the level (values of care, conception of action, threshold, method) and the risks raised, in words.

use crate::core::model::{ByKey, Feedback};
use crate::core::{Assessment, Choice, Language, Questionnaire, Reading, Responses, Vocabulary};
use crate::core::view::percent;
use crate::i18n::{fill, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingListProps {
    pub assessment: Assessment,
    pub language: Language,
}

fn reading<T: Vocabulary>(id: &str, title: &str, r: &Reading<T>, texts: &ByKey<T, Feedback>, language: Language) -> Html {
    let t = ui(language);
    let hybrid = &Questionnaire::get(language).content.texts.hybrid;
    let body = match r {
        Reading::NotEnough => html! { <p>{ t.reading_not_enough }</p> },
        Reading::Dominant { value, count, of, .. } => {
            let f = &texts[value];
            html! {
                <>
                    <p><strong>{ &f.name }</strong>{ " (" }{ fill(t.reading_count, &[("n", &count.to_string()), ("of", &of.to_string())]) }{ ")" }</p>
                    <p>{ &f.feedback }</p>
                </>
            }
        }
        Reading::Hybrid { values } => {
            let parts: Vec<String> = values.iter().flatten().map(|(v, s)| format!("{} {} %", texts[v].name, percent(*s))).collect();
            html! {
                <>
                    <p><strong>{ t.reading_hybrid }</strong>{ " " }{ parts.join(", ") }</p>
                    <p>{ hybrid }</p>
                </>
            }
        }
    };
    html! {
        <div class="reading" id={format!("lecture-{id}")}>
            <dt>{ title }</dt>
            <dd>{ body }</dd>
        </div>
    }
}

#[component]
pub fn ReadingList(props: &ReadingListProps) -> Html {
    let t = ui(props.language);
    let c = &Questionnaire::get(props.language).content;
    let r = &props.assessment.readings;
    html! {
        <dl class="readings">
            { reading("soin", t.reading_care, &r.care, &c.care, props.language) }
            { reading("action", t.reading_action, &r.action, &c.action, props.language) }
            { reading("seuil", t.reading_threshold, &r.threshold, &c.threshold, props.language) }
            { reading("methode", t.reading_method, &r.method, &c.method, props.language) }
        </dl>
    }
}

#[derive(Properties, PartialEq)]
pub struct RiskListProps {
    pub assessment: Assessment,
    pub language: Language,
    pub responses: Responses,
}

#[component]
pub fn RiskList(props: &RiskListProps) -> Html {
    let t = ui(props.language);
    let q = Questionnaire::get(props.language);
    if props.assessment.risks.is_empty() {
        return html! { <p id="risques">{ t.risks_none }</p> };
    }
    html! {
        <ul class="risks" id="risques">
            { for props.assessment.risks.iter().map(|raised| {
                let f = &q.content.risks[&raised.risk];
                html! {
                    <li class="risk" data-risk={raised.risk.id()}>
                        <h3>{ &f.name }</h3>
                        <p>{ &f.feedback }</p>
                        <p class="hint">{ t.raised_by }</p>
                        <ul>
                            { for props.assessment.raised_by(raised).iter().filter_map(|x| {
                                let item = q.item(x.item)?;
                                debug_assert_eq!(props.responses.get(x.item), Some(Choice::Answer(x.answer)));
                                let answer = item.answers.get(x.answer as usize)?;
                                Some(html! { <li>{ &item.question }{ " — « " }{ &answer.text }{ " »" }</li> })
                            }) }
                        </ul>
                    </li>
                }
            }) }
        </ul>
    }
}
