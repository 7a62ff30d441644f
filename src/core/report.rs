//! An assessment told for people and programs: JSON with ids instead of indices, and a plain-text summary in the questionnaire's language.

use super::model::{Language, Level, Vocabulary};
use super::questionnaire::Questionnaire;
use super::scoring::{Assessment, DimensionResult, Overall, Placement, Reading, Readings, Spread};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct ItemAnswerIds<'q> {
    pub item: &'q str,
    pub answer: &'q str,
}

#[derive(Debug, Serialize)]
pub struct RiskReport<'q> {
    pub risk: &'static str,
    pub raised_by: Vec<ItemAnswerIds<'q>>,
}

#[derive(Debug, Serialize)]
pub struct NextStepReport<'q> {
    pub item: &'q str,
    pub from: &'q str,
    pub to: &'q str,
    pub position_after: f64,
    pub level_after: Level,
}

/// The assessment with every item and answer named by its id.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub overall: &'a Overall,
    pub dimensions: &'a [DimensionResult; 4],
    pub readings: &'a Readings,
    pub risks: Vec<RiskReport<'a>>,
    pub spread: &'a Option<Spread>,
    pub next_steps: Vec<NextStepReport<'a>>,
    pub closest_case: &'a Option<super::scoring::CaseMatch>,
}

fn ids<'q>(q: &'q Questionnaire, item: usize, answer: u8) -> ItemAnswerIds<'q> {
    let it = q.item(item);
    ItemAnswerIds {
        item: it.map_or("?", |i| i.id.as_str()),
        answer: it.and_then(|i| i.answers.get(answer as usize)).map_or("?", |a| a.id.as_str()),
    }
}

impl<'a> Report<'a> {
    pub fn new(q: &'a Questionnaire, a: &'a Assessment) -> Report<'a> {
        Report {
            overall: &a.overall,
            dimensions: &a.dimensions,
            readings: &a.readings,
            risks: a
                .risks
                .iter()
                .map(|r| RiskReport { risk: r.risk.id(), raised_by: a.raised_by(r).iter().map(|x| ids(q, x.item, x.answer)).collect() })
                .collect(),
            spread: &a.spread,
            next_steps: a
                .next_steps
                .iter()
                .map(|s| {
                    let from = ids(q, s.item, s.from);
                    let to = ids(q, s.item, s.to);
                    NextStepReport { item: from.item, from: from.answer, to: to.answer, position_after: s.position_after, level_after: s.level_after }
                })
                .collect(),
            closest_case: &a.closest_case,
        }
    }
}

fn reading_text<T: Vocabulary>(q: &Questionnaire, r: &Reading<T>, name: impl Fn(T) -> String) -> String {
    let fr = q.content.language == Language::Fr;
    let colon = if fr { " : " } else { ": " };
    match r {
        Reading::NotEnough => if fr { "pas assez d'indices".to_string() } else { "not enough evidence".to_string() },
        Reading::Dominant { value, strength, .. } => format!("{} ({:.0} %)", name(*value), strength * 100.0),
        Reading::Hybrid { values } => {
            let parts: Vec<String> = values.iter().flatten().map(|(v, s)| format!("{} {:.0} %", name(*v), s * 100.0)).collect();
            format!("{}{colon}{}", if fr { "hybride" } else { "hybrid" }, parts.join(", "))
        }
    }
}

/// A readable summary of the assessment, in the questionnaire's language.
pub fn summary(q: &Questionnaire, a: &Assessment) -> String {
    let c = &q.content;
    let fr = c.language == Language::Fr;
    // French puts a space before the colon; English does not.
    let colon = if fr { " : " } else { ": " };
    let level_name = |l: Level| c.levels.get(&l).map_or(l.id().to_string(), |f| f.name.clone());
    let placement = |p: Placement| match p {
        Placement::Placed { position, level } => format!("{} ({:.0}/100)", level_name(level), position),
        Placement::NotEnough => if fr { "pas assez de réponses".into() } else { "not enough answers".into() },
    };
    let mut out = String::new();
    out.push_str(&format!("{}\n\n", c.texts.title));
    out.push_str(&format!("{}{colon}{}\n", if fr { "Niveau d'ensemble" } else { "Overall level" }, placement(a.overall.placement)));
    if let Some(d) = a.overall.capped_by {
        let title = &c.dimensions[d.index()].title;
        out.push_str(&if fr {
            format!("  (la moyenne atteint le niveau maximal, mais « {title} » reste au niveau minimal)\n")
        } else {
            format!("  (the mean reaches the maximal level, but « {title} » is still minimal)\n")
        });
    }
    for d in &a.dimensions {
        let title = &c.dimensions[d.dimension.index()].title;
        out.push_str(&format!("  - {title}{colon}{} — {}/{} {}\n", placement(d.placement), d.answered, d.items, if fr { "réponses" } else { "answers" }));
    }
    if let Some(s) = &a.spread {
        out.push_str(&format!("{}{colon}{:.0} points\n", if fr { "Écart entre dimensions" } else { "Spread between dimensions" }, s.gap));
    }
    let r = &a.readings;
    out.push_str(&format!("\n{}\n", if fr { "Lectures" } else { "Readings" }));
    out.push_str(&format!("  - {}{colon}{}\n", if fr { "Valeurs du soin" } else { "Values of care" }, reading_text(q, &r.care, |v| c.care[&v].name.clone())));
    out.push_str(&format!("  - {}{colon}{}\n", if fr { "Conception de l'action" } else { "Conception of action" }, reading_text(q, &r.action, |v| c.action[&v].name.clone())));
    out.push_str(&format!("  - {}{colon}{}\n", if fr { "Seuil" } else { "Threshold" }, reading_text(q, &r.threshold, |v| c.threshold[&v].name.clone())));
    out.push_str(&format!("  - {}{colon}{}\n", if fr { "Méthode" } else { "Method" }, reading_text(q, &r.method, |v| c.method[&v].name.clone())));
    if !a.risks.is_empty() {
        out.push_str(&format!("\n{}\n", if fr { "Risques à surveiller" } else { "Risks to watch" }));
        for risk in &a.risks {
            out.push_str(&format!("  - {}\n", c.risks[&risk.risk].name));
        }
    }
    if !a.next_steps.is_empty() {
        out.push_str(&format!("\n{}\n", if fr { "Pour passer au niveau suivant" } else { "To reach the next level" }));
        for s in &a.next_steps {
            if let Some(item) = q.item(s.item) {
                let to = item.answers.get(s.to as usize).map_or("", |x| x.text.as_str());
                out.push_str(&format!("  - {} → {}\n", item.question, to));
            }
        }
    }
    if let Some(m) = &a.closest_case {
        out.push_str(&format!("\n{}{colon}{}\n", if fr { "Cas le plus proche" } else { "Closest case" }, c.cases[&m.case].name));
    }
    out.push_str(&format!("\n{}\n", c.texts.no_failure));
    out
}
