//! Answers in, an assessment out: positions and levels per dimension and overall, readings, risks, spread, next steps and the closest reference case.
//!
//! The rules are stated in ARCHITECTURE.md (« The scoring rule »); the constants below are
//! the only numbers they use.

use super::model::{Action, AnswerTags, Care, CaseId, Content, Dimension, Level, MethodStyle, Risk, Threshold, Vocabulary};
use super::questionnaire::{Choice, Questionnaire, Responses};
use serde::Serialize;

/// A position at or above this (out of 100) is intermédiaire.
pub const INTERMEDIAIRE_FROM: f64 = 100.0 / 3.0;
/// A position at or above this (out of 100) is maximal.
pub const MAXIMAL_FROM: f64 = 200.0 / 3.0;
/// Fewer than half of a dimension's items answered: no level for that dimension.
/// Fewer than half of the dimensions placed: no overall level.
const EPSILON: f64 = 1e-9;
/// How many « pour passer au niveau suivant » suggestions at most.
pub const NEXT_STEPS: usize = 3;
/// A reference case's dimension this close (in points) to the partnership's is named as alike.
pub const NEAR_POINTS: f64 = 15.0;

pub fn level_of(position: f64) -> Level {
    if position + EPSILON >= MAXIMAL_FROM {
        Level::Maximal
    } else if position + EPSILON >= INTERMEDIAIRE_FROM {
        Level::Intermediaire
    } else {
        Level::Minimal
    }
}

/// A place on the scale, or not enough answers to give one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Placement {
    Placed { position: f64, level: Level },
    /// « Pas assez de réponses ».
    NotEnough,
}

impl Placement {
    pub fn level(self) -> Option<Level> {
        match self {
            Placement::Placed { level, .. } => Some(level),
            Placement::NotEnough => None,
        }
    }
    pub fn position(self) -> Option<f64> {
        match self {
            Placement::Placed { position, .. } => Some(position),
            Placement::NotEnough => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DimensionResult {
    pub dimension: Dimension,
    pub placement: Placement,
    /// Items answered with a practice (scored).
    pub answered: usize,
    /// Items answered « je ne sais pas ».
    pub dont_know: usize,
    pub items: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Overall {
    pub placement: Placement,
    /// The mean's band was maximal, but this dimension is minimal: maximal needs every placed
    /// dimension at intermédiaire or above.
    pub capped_by: Option<Dimension>,
}

/// One of the readings beside the level.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Reading<T> {
    /// Fewer than two answers speak to this reading.
    NotEnough,
    /// One value carries more than half of the answers that speak to this reading.
    Dominant { value: T, strength: f64, count: usize, of: usize },
    /// No value carries more than half: the values present, most frequent first, with their shares.
    Hybrid { values: Vec<(T, f64)> },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readings {
    pub care: Reading<Care>,
    pub action: Reading<Action>,
    pub threshold: Reading<Threshold>,
    pub method: Reading<MethodStyle>,
}

/// An item and the answer chosen on it (indices into the questionnaire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ItemAnswer {
    pub item: usize,
    pub answer: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RaisedRisk {
    pub risk: Risk,
    pub raised_by: Vec<ItemAnswer>,
}

/// How far apart the dimensions are.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    pub highest: Dimension,
    pub lowest: Dimension,
    /// Points between the highest and lowest placed dimensions.
    pub gap: f64,
    /// The highest and the lowest dimension are at different levels.
    pub levels_differ: bool,
}

/// « Pour passer au niveau suivant »: one answer moved one step toward the maximal practice.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NextStep {
    pub item: usize,
    pub from: u8,
    pub to: u8,
    pub position_after: f64,
    pub level_after: Level,
}

/// The nearest reference case of the talk, and what the partnership shares with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseMatch {
    pub case: CaseId,
    /// Root mean square of the differences between placed dimensions, in points.
    pub distance: f64,
    pub case_level: Option<Level>,
    pub same_level: bool,
    pub shared_action: Option<Action>,
    pub shared_method: Option<MethodStyle>,
    pub near_dimensions: Vec<Dimension>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub dimensions: [DimensionResult; 4],
    pub overall: Overall,
    pub readings: Readings,
    pub risks: Vec<RaisedRisk>,
    pub spread: Option<Spread>,
    pub next_steps: Vec<NextStep>,
    pub closest_case: Option<CaseMatch>,
}

impl Assessment {
    pub fn dimension(&self, d: Dimension) -> &DimensionResult {
        &self.dimensions[d.index()]
    }
}

/// A reference case as the scoring sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseProfile {
    pub case: CaseId,
    pub dimensions: [Placement; 4],
    pub overall: Placement,
    pub action: Option<Action>,
    pub method: Option<MethodStyle>,
}

#[derive(Debug, Clone)]
struct ScoredAnswer {
    position: f64,
    tags: AnswerTags,
    risks: u8,
}

#[derive(Debug, Clone)]
struct ScoredItem {
    dimension: usize,
    answers: Vec<ScoredAnswer>,
}

/// The language-neutral part of the questionnaire the scoring needs, laid out for speed.
#[derive(Debug, Clone)]
pub struct ScoringModel {
    items: Vec<ScoredItem>,
    items_per_dimension: [usize; 4],
    pub(crate) cases: Vec<CaseProfile>,
}

impl ScoringModel {
    pub fn new(content: &Content, cases: Vec<CaseProfile>) -> Self {
        let mut items = Vec::new();
        let mut items_per_dimension = [0; 4];
        for d in &content.dimensions {
            for item in &d.items {
                let last = item.answers.len().saturating_sub(1).max(1) as f64;
                let answers = item
                    .answers
                    .iter()
                    .enumerate()
                    .map(|(k, a)| ScoredAnswer {
                        position: k as f64 * 100.0 / last,
                        tags: a.tags(),
                        risks: a.risks.iter().fold(0u8, |m, r| m | 1 << r.index()),
                    })
                    .collect();
                items.push(ScoredItem { dimension: d.id.index(), answers });
                items_per_dimension[d.id.index()] += 1;
            }
        }
        ScoringModel { items, items_per_dimension, cases }
    }

    /// The position of an answer on its item, 0 (most minimal practice) to 100 (most maximal).
    pub fn answer_position(&self, item: usize, answer: u8) -> Option<f64> {
        Some(self.items.get(item)?.answers.get(answer as usize)?.position)
    }
}

/// Sums per dimension: the inner loop of the scoring, shared by the assessment and the next steps.
#[derive(Clone, Copy)]
struct Tally {
    sum: [f64; 4],
    answered: [usize; 4],
    dont_know: [usize; 4],
}

impl Tally {
    fn of(model: &ScoringModel, responses: &Responses) -> Tally {
        let mut t = Tally { sum: [0.0; 4], answered: [0; 4], dont_know: [0; 4] };
        for (item, choice) in model.items.iter().zip(&responses.0) {
            match choice {
                Some(Choice::Answer(k)) => {
                    if let Some(a) = item.answers.get(*k as usize) {
                        t.sum[item.dimension] += a.position;
                        t.answered[item.dimension] += 1;
                    }
                }
                Some(Choice::DontKnow) => t.dont_know[item.dimension] += 1,
                None => {}
            }
        }
        t
    }

    fn placement(&self, model: &ScoringModel, d: usize) -> Placement {
        let n = self.answered[d];
        if n == 0 || n * 2 < model.items_per_dimension[d] {
            return Placement::NotEnough;
        }
        let position = (self.sum[d] / n as f64).clamp(0.0, 100.0);
        Placement::Placed { position, level: level_of(position) }
    }

    fn placements(&self, model: &ScoringModel) -> [Placement; 4] {
        [0, 1, 2, 3].map(|d| self.placement(model, d))
    }
}

/// The overall rule: the mean of the placed dimensions, once at least half of them are placed;
/// maximal only when no placed dimension is minimal (else intermédiaire, and the cap is named).
fn overall_of(placements: &[Placement; 4]) -> Overall {
    let placed: Vec<(usize, f64, Level)> = placements
        .iter()
        .enumerate()
        .filter_map(|(d, p)| match p {
            Placement::Placed { position, level } => Some((d, *position, *level)),
            Placement::NotEnough => None,
        })
        .collect();
    if placed.is_empty() || placed.len() * 2 < placements.len() {
        return Overall { placement: Placement::NotEnough, capped_by: None };
    }
    let position = placed.iter().map(|(_, p, _)| p).sum::<f64>() / placed.len() as f64;
    let mut level = level_of(position);
    let mut capped_by = None;
    if level == Level::Maximal {
        if let Some((d, _, _)) = placed.iter().find(|(_, _, l)| *l == Level::Minimal) {
            level = Level::Intermediaire;
            capped_by = Some(Dimension::ALL[*d]);
        }
    }
    Overall { placement: Placement::Placed { position, level }, capped_by }
}

fn reading<T: Vocabulary>(counts: &[usize]) -> Reading<T> {
    let of: usize = counts.iter().sum();
    if of < 2 {
        return Reading::NotEnough;
    }
    let (best, &count) = counts.iter().enumerate().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0))).unwrap_or((0, &0));
    if count * 2 > of {
        return Reading::Dominant { value: T::ALL[best], strength: count as f64 / of as f64, count, of };
    }
    let mut values: Vec<(T, f64)> = T::ALL
        .iter()
        .zip(counts)
        .filter(|(_, c)| **c > 0)
        .map(|(v, c)| (*v, *c as f64 / of as f64))
        .collect();
    values.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Reading::Hybrid { values }
}

fn readings(model: &ScoringModel, responses: &Responses) -> Readings {
    let mut care = [0usize; 3];
    let mut action = [0usize; 3];
    let mut threshold = [0usize; 3];
    let mut method = [0usize; 2];
    for (item, choice) in model.items.iter().zip(&responses.0) {
        if let Some(Choice::Answer(k)) = choice {
            if let Some(a) = item.answers.get(*k as usize) {
                if let Some(v) = a.tags.care {
                    care[v.index()] += 1;
                }
                if let Some(v) = a.tags.action {
                    action[v.index()] += 1;
                }
                if let Some(v) = a.tags.threshold {
                    threshold[v.index()] += 1;
                }
                if let Some(v) = a.tags.method {
                    method[v.index()] += 1;
                }
            }
        }
    }
    Readings { care: reading(&care), action: reading(&action), threshold: reading(&threshold), method: reading(&method) }
}

fn risks(model: &ScoringModel, responses: &Responses) -> Vec<RaisedRisk> {
    let mut raised: u8 = 0;
    for (item, choice) in model.items.iter().zip(&responses.0) {
        if let Some(Choice::Answer(k)) = choice {
            raised |= item.answers.get(*k as usize).map_or(0, |a| a.risks);
        }
    }
    if raised == 0 {
        return Vec::new();
    }
    Risk::ALL
        .iter()
        .filter(|r| raised & (1 << r.index()) != 0)
        .map(|&risk| RaisedRisk {
            risk,
            raised_by: model
                .items
                .iter()
                .zip(&responses.0)
                .enumerate()
                .filter_map(|(i, (item, choice))| match choice {
                    Some(Choice::Answer(k)) if item.answers.get(*k as usize).is_some_and(|a| a.risks & (1 << risk.index()) != 0) => {
                        Some(ItemAnswer { item: i, answer: *k })
                    }
                    _ => None,
                })
                .collect(),
        })
        .collect()
}

fn spread(placements: &[Placement; 4]) -> Option<Spread> {
    let placed: Vec<(usize, f64, Level)> = placements
        .iter()
        .enumerate()
        .filter_map(|(d, p)| match p {
            Placement::Placed { position, level } => Some((d, *position, *level)),
            Placement::NotEnough => None,
        })
        .collect();
    if placed.len() < 2 {
        return None;
    }
    let mut hi = placed[0];
    let mut lo = placed[0];
    for p in &placed[1..] {
        if p.1 > hi.1 {
            hi = *p;
        }
        if p.1 < lo.1 {
            lo = *p;
        }
    }
    Some(Spread { highest: Dimension::ALL[hi.0], lowest: Dimension::ALL[lo.0], gap: hi.1 - lo.1, levels_differ: hi.2 != lo.2 })
}

fn next_steps(model: &ScoringModel, responses: &Responses, tally: &Tally, overall: &Overall) -> Vec<NextStep> {
    if overall.placement.level() != Some(Level::Intermediaire) && overall.placement.level() != Some(Level::Minimal) {
        return Vec::new();
    }
    let mut steps: Vec<NextStep> = Vec::new();
    for (i, (item, choice)) in model.items.iter().zip(&responses.0).enumerate() {
        let Some(Choice::Answer(k)) = choice else { continue };
        let k = *k as usize;
        if k + 1 >= item.answers.len() {
            continue;
        }
        let mut moved = *tally;
        moved.sum[item.dimension] += item.answers[k + 1].position - item.answers[k].position;
        let after = overall_of(&moved.placements(model));
        let Placement::Placed { position, level } = after.placement else { continue };
        steps.push(NextStep { item: i, from: k as u8, to: k as u8 + 1, position_after: position, level_after: level });
    }
    steps.sort_by(|a, b| {
        b.level_after
            .cmp(&a.level_after)
            .then(b.position_after.total_cmp(&a.position_after))
            .then(a.item.cmp(&b.item))
    });
    steps.truncate(NEXT_STEPS);
    steps
}

fn dominant<T: Copy>(r: &Reading<T>) -> Option<T> {
    match r {
        Reading::Dominant { value, .. } => Some(*value),
        _ => None,
    }
}

/// A reference case's profile, from its answers.
pub fn case_profile(model: &ScoringModel, case: CaseId, responses: &Responses) -> CaseProfile {
    let tally = Tally::of(model, responses);
    let dimensions = tally.placements(model);
    let overall = overall_of(&dimensions).placement;
    let r = readings(model, responses);
    CaseProfile { case, dimensions, overall, action: dominant(&r.action), method: dominant(&r.method) }
}

fn closest_case(model: &ScoringModel, placements: &[Placement; 4], overall: &Overall, r: &Readings) -> Option<CaseMatch> {
    let own = overall.placement.position()?;
    let mut best: Option<(f64, &CaseProfile)> = None;
    for case in &model.cases {
        let mut sum = 0.0;
        let mut n = 0usize;
        for (a, b) in placements.iter().zip(&case.dimensions) {
            if let (Some(a), Some(b)) = (a.position(), b.position()) {
                sum += (a - b) * (a - b);
                n += 1;
            }
        }
        let distance = if n > 0 {
            (sum / n as f64).sqrt()
        } else if let Some(p) = case.overall.position() {
            (own - p).abs()
        } else {
            continue;
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, case));
        }
    }
    let (distance, case) = best?;
    let action = dominant(&r.action);
    let method = dominant(&r.method);
    Some(CaseMatch {
        case: case.case,
        distance,
        case_level: case.overall.level(),
        same_level: case.overall.level().is_some() && case.overall.level() == overall.placement.level(),
        shared_action: action.filter(|a| case.action == Some(*a)),
        shared_method: method.filter(|m| case.method == Some(*m)),
        near_dimensions: Dimension::ALL
            .iter()
            .zip(placements.iter().zip(&case.dimensions))
            .filter_map(|(d, (a, b))| match (a.position(), b.position()) {
                (Some(a), Some(b)) if (a - b).abs() <= NEAR_POINTS => Some(*d),
                _ => None,
            })
            .collect(),
    })
}

/// Scores one respondent's responses. Responses longer or shorter than the questionnaire are
/// read as far as both go; an answer index out of range counts as unanswered.
pub fn assess_with(model: &ScoringModel, responses: &Responses) -> Assessment {
    let tally = Tally::of(model, responses);
    let placements = tally.placements(model);
    let overall = overall_of(&placements);
    let readings = readings(model, responses);
    let dimensions = [0, 1, 2, 3].map(|d| DimensionResult {
        dimension: Dimension::ALL[d],
        placement: placements[d],
        answered: tally.answered[d],
        dont_know: tally.dont_know[d],
        items: model.items_per_dimension[d],
    });
    Assessment {
        dimensions,
        overall,
        risks: risks(model, responses),
        spread: spread(&placements),
        next_steps: next_steps(model, responses, &tally, &overall),
        closest_case: closest_case(model, &placements, &overall, &readings),
        readings,
    }
}

/// Scores one respondent's responses to this questionnaire.
pub fn assess(q: &Questionnaire, responses: &Responses) -> Assessment {
    assess_with(&q.model, responses)
}
