//! Answers in, an assessment out: positions and levels per dimension and overall, readings, risks, spread, next steps and the closest reference case.
//!
//! The rules are stated in ARCHITECTURE.md (« The scoring rule »); the constants below are
//! the only numbers they use.

use super::model::{Action, Care, MAX_ANSWERS, CaseId, Content, Dimension, Level, MethodStyle, Risk, Threshold, Vocabulary};
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
    /// No value carries more than half: the values present, most frequent first, with their shares
    /// (a fixed array, so that scoring allocates nothing for it; unused places are None).
    Hybrid { values: [Option<(T, f64)>; 3] },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readings {
    pub care: Reading<Care>,
    pub action: Reading<Action>,
    pub threshold: Reading<Threshold>,
    pub method: Reading<MethodStyle>,
}

/// An item and the answer chosen on it (indices into the questionnaire).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemAnswer {
    pub item: usize,
    pub answer: u8,
}

/// A risk raised; the answers that raised it are `Assessment::raised_by(&raised)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RaisedRisk {
    pub risk: Risk,
    first: usize,
    count: usize,
}

/// A set of dimensions, kept as bits so that scoring allocates nothing for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dimensions(u8);

impl Dimensions {
    pub fn insert(&mut self, d: Dimension) {
        self.0 |= 1 << d.index();
    }
    pub fn contains(self, d: Dimension) -> bool {
        self.0 & (1 << d.index()) != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = Dimension> {
        Dimension::ALL.iter().copied().filter(move |d| self.contains(*d))
    }
}

impl Serialize for Dimensions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
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

/// At most `N` values kept inline, read as a slice: lets an assessment hold its next steps
/// without allocating.
#[derive(Debug, Clone, Copy)]
pub struct Inline<T: Copy, const N: usize> {
    items: [T; N],
    len: usize,
}

impl<T: Copy, const N: usize> Inline<T, N> {
    /// An empty list; `filler` only initialises unused places.
    pub fn new(filler: T) -> Self {
        Inline { items: [filler; N], len: 0 }
    }
    /// Adds a value; false (and nothing added) when full.
    pub fn push(&mut self, value: T) -> bool {
        match self.items.get_mut(self.len) {
            Some(slot) => {
                *slot = value;
                self.len += 1;
                true
            }
            None => false,
        }
    }
}

impl<T: Copy, const N: usize> std::ops::Deref for Inline<T, N> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items[..self.len]
    }
}

impl<'a, T: Copy, const N: usize> IntoIterator for &'a Inline<T, N> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Copy + PartialEq, const N: usize> PartialEq for Inline<T, N> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

/// « Pour passer au niveau suivant »: one answer moved one step toward the maximal practice.
#[derive(Debug, Clone, Copy, PartialEq)]
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
    pub near_dimensions: Dimensions,
}

/// Everything the result shows. Told to programs as JSON through `report::Report`, which
/// names items and answers by their ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub dimensions: [DimensionResult; 4],
    pub overall: Overall,
    pub readings: Readings,
    pub risks: Vec<RaisedRisk>,
    /// The answers behind each risk, grouped by risk (see `raised_by`).
    risk_sources: Vec<ItemAnswer>,
    pub spread: Option<Spread>,
    pub next_steps: Inline<NextStep, NEXT_STEPS>,
    pub closest_case: Option<CaseMatch>,
}

impl Assessment {
    pub fn dimension(&self, d: Dimension) -> &DimensionResult {
        &self.dimensions[d.index()]
    }

    /// The answers that raised a risk, in the questionnaire's order.
    pub fn raised_by(&self, raised: &RaisedRisk) -> &[ItemAnswer] {
        self.risk_sources.get(raised.first..raised.first + raised.count).unwrap_or(&[])
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

/// One answer as the scoring reads it, with no pointers. Each item also has two pseudo-answers
/// after its real ones, for « je ne sais pas » and for no answer, so that the inner loop adds
/// the same way whatever the choice (no unpredictable branch).
#[derive(Debug, Clone, Copy)]
struct ScoredAnswer {
    position: f64,
    /// Every counter this answer adds one to, as 6-bit lanes of one integer (see `Lane`):
    /// a whole questionnaire (at most 32 items) never overflows a lane.
    counters: u128,
    risks: u8,
}

/// The counters packed in `ScoredAnswer::counters`, by lane.
struct Lane;
impl Lane {
    const BITS: u32 = 6;
    const CARE: usize = 0;
    const ACTION: usize = 3;
    const THRESHOLD: usize = 6;
    const METHOD: usize = 9;
    const ANSWERED: usize = 11;
    const DONT_KNOW: usize = 15;
    fn one(lane: usize) -> u128 {
        1u128 << (lane as u32 * Self::BITS)
    }
    fn get(packed: u128, lane: usize) -> usize {
        ((packed >> (lane as u32 * Self::BITS)) & ((1 << Self::BITS) - 1)) as usize
    }
}

#[derive(Debug, Clone, Copy)]
struct ScoredItem {
    dimension: usize,
    /// The item's answers are `answers[first..first + count]`.
    first: usize,
    count: usize,
}

/// The language-neutral part of the questionnaire the scoring needs, laid out flat for speed.
#[derive(Debug, Clone)]
pub struct ScoringModel {
    items: Vec<ScoredItem>,
    answers: Vec<ScoredAnswer>,
    items_per_dimension: [usize; 4],
    /// Items with at least one answer that raises a risk.
    risky_items: Vec<usize>,
    pub(crate) cases: Vec<CaseProfile>,
}

fn tag<T: Vocabulary>(t: Option<T>, first_lane: usize) -> u128 {
    t.map_or(0, |v| Lane::one(first_lane + v.index()))
}

impl ScoringModel {
    pub fn new(content: &Content, cases: Vec<CaseProfile>) -> Self {
        let mut items = Vec::new();
        let mut answers = Vec::new();
        let mut items_per_dimension = [0; 4];
        for d in &content.dimensions {
            for item in &d.items {
                let last = item.answers.len().saturating_sub(1).max(1) as f64;
                items.push(ScoredItem { dimension: d.id.index(), first: answers.len(), count: item.answers.len() });
                answers.extend(item.answers.iter().enumerate().map(|(k, a)| ScoredAnswer {
                    position: k as f64 * 100.0 / last,
                    counters: tag(a.care, Lane::CARE)
                        + tag(a.action, Lane::ACTION)
                        + tag(a.threshold, Lane::THRESHOLD)
                        + tag(a.method, Lane::METHOD)
                        + Lane::one(Lane::ANSWERED + d.id.index()),
                    risks: a.risks.iter().fold(0u8, |m, r| m | 1 << r.index()),
                }));
                answers.push(ScoredAnswer { position: 0.0, counters: Lane::one(Lane::DONT_KNOW + d.id.index()), risks: 0 });
                answers.push(ScoredAnswer { position: 0.0, counters: 0, risks: 0 });
                items_per_dimension[d.id.index()] += 1;
            }
        }
        let risky_items = content
            .dimensions
            .iter()
            .flat_map(|d| &d.items)
            .enumerate()
            .filter(|(_, item)| item.answers.iter().any(|a| !a.risks.is_empty()))
            .map(|(i, _)| i)
            .collect();
        ScoringModel { items, answers, items_per_dimension, risky_items, cases }
    }

    /// The entry a choice adds: a real answer, « je ne sais pas », or nothing.
    fn entry(&self, item: &ScoredItem, choice: Option<Choice>) -> &ScoredAnswer {
        let offset = match choice {
            Some(Choice::Answer(k)) if (k as usize) < item.count => k as usize,
            Some(Choice::DontKnow) => item.count,
            _ => item.count + 1,
        };
        &self.answers[item.first + offset]
    }

    fn answer(&self, item: &ScoredItem, k: u8) -> Option<&ScoredAnswer> {
        if (k as usize) < item.count {
            self.answers.get(item.first + k as usize)
        } else {
            None
        }
    }

}

/// One pass over the responses: sums per dimension, counts per reading value, risks raised.
#[derive(Clone, Copy)]
struct Tally {
    sum: [f64; 4],
    answered: [usize; 4],
    dont_know: [usize; 4],
    care: [usize; 4],
    action: [usize; 4],
    threshold: [usize; 4],
    method: [usize; 4],
    risks: u8,
}

impl Tally {
    fn of(model: &ScoringModel, responses: &Responses) -> Tally {
        let mut sum = [0.0; 4];
        let mut packed: u128 = 0;
        let mut risks = 0u8;
        for (item, choice) in model.items.iter().zip(&responses.0) {
            let a = model.entry(item, *choice);
            sum[item.dimension] += a.position;
            packed += a.counters;
            risks |= a.risks;
        }
        let lanes = |first: usize, n: usize| -> [usize; 4] { std::array::from_fn(|i| if i < n { Lane::get(packed, first + i) } else { 0 }) };
        Tally {
            sum,
            answered: lanes(Lane::ANSWERED, 4),
            dont_know: lanes(Lane::DONT_KNOW, 4),
            care: lanes(Lane::CARE, 3),
            action: lanes(Lane::ACTION, 3),
            threshold: lanes(Lane::THRESHOLD, 3),
            method: lanes(Lane::METHOD, 2),
            risks,
        }
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

    fn readings(&self) -> Readings {
        Readings {
            care: reading(&self.care[..3]),
            action: reading(&self.action[..3]),
            threshold: reading(&self.threshold[..3]),
            method: reading(&self.method[..2]),
        }
    }
}

/// The overall rule: the mean of the placed dimensions, once at least half of them are placed;
/// maximal only when no placed dimension is minimal (else intermédiaire, and the cap is named).
fn overall_of(placements: &[Placement; 4]) -> Overall {
    let mut sum = 0.0;
    let mut placed = 0usize;
    let mut first_minimal = None;
    for (d, p) in placements.iter().enumerate() {
        if let Placement::Placed { position, level } = p {
            sum += position;
            placed += 1;
            if *level == Level::Minimal && first_minimal.is_none() {
                first_minimal = Some(Dimension::ALL[d]);
            }
        }
    }
    if placed == 0 || placed * 2 < placements.len() {
        return Overall { placement: Placement::NotEnough, capped_by: None };
    }
    let position = sum / placed as f64;
    let mut level = level_of(position);
    let mut capped_by = None;
    if level == Level::Maximal && first_minimal.is_some() {
        level = Level::Intermediaire;
        capped_by = first_minimal;
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
    let mut values: [Option<(T, f64)>; 3] = [None; 3];
    let mut n = 0;
    for (v, c) in T::ALL.iter().zip(counts) {
        if *c > 0 && n < values.len() {
            values[n] = Some((*v, *c as f64 / of as f64));
            n += 1;
        }
    }
    // Most frequent first; equal shares keep the vocabulary's order (a stable sort of three).
    values[..n].sort_by(|a, b| match (a, b) {
        (Some(a), Some(b)) => b.1.total_cmp(&a.1),
        _ => std::cmp::Ordering::Equal,
    });
    Reading::Hybrid { values }
}

/// The risks raised, in the vocabulary's order, and the answers behind them grouped by risk.
fn risks(model: &ScoringModel, responses: &Responses, tally: &Tally) -> (Vec<RaisedRisk>, Vec<ItemAnswer>) {
    if tally.risks == 0 {
        return (Vec::new(), Vec::new());
    }
    // Risks in the vocabulary's order, each with its answers in the questionnaire's order.
    let mut raised: Vec<RaisedRisk> = Vec::with_capacity(tally.risks.count_ones() as usize);
    let mut sources: Vec<ItemAnswer> = Vec::new();
    for risk in Risk::ALL {
        let bit = 1u8 << risk.index();
        if tally.risks & bit == 0 {
            continue;
        }
        let first = sources.len();
        for &i in &model.risky_items {
            if let (Some(item), Some(Some(Choice::Answer(k)))) = (model.items.get(i), responses.0.get(i)) {
                if model.answer(item, *k).is_some_and(|a| a.risks & bit != 0) {
                    sources.push(ItemAnswer { item: i, answer: *k });
                }
            }
        }
        raised.push(RaisedRisk { risk: *risk, first, count: sources.len() - first });
    }
    (raised, sources)
}

fn spread(placements: &[Placement; 4]) -> Option<Spread> {
    let mut hi: Option<(usize, f64, Level)> = None;
    let mut lo: Option<(usize, f64, Level)> = None;
    let mut placed = 0;
    for (d, p) in placements.iter().enumerate() {
        if let Placement::Placed { position, level } = *p {
            placed += 1;
            if hi.is_none_or(|h| position > h.1) {
                hi = Some((d, position, level));
            }
            if lo.is_none_or(|l| position < l.1) {
                lo = Some((d, position, level));
            }
        }
    }
    let (hi, lo) = (hi?, lo?);
    if placed < 2 {
        return None;
    }
    Some(Spread { highest: Dimension::ALL[hi.0], lowest: Dimension::ALL[lo.0], gap: hi.1 - lo.1, levels_differ: hi.2 != lo.2 })
}

fn next_steps(model: &ScoringModel, responses: &Responses, tally: &Tally, placements: &[Placement; 4], overall: &Overall) -> Inline<NextStep, NEXT_STEPS> {
    let mut steps = Inline::new(NextStep { item: 0, from: 0, to: 0, position_after: 0.0, level_after: Level::Minimal });
    if !matches!(overall.placement.level(), Some(Level::Minimal | Level::Intermediaire)) {
        return steps;
    }
    // Moving one answer changes one dimension's position only: precompute what the others give.
    let mut sum = 0.0;
    let mut placed = 0usize;
    let mut minimal = 0usize;
    for p in placements {
        if let Placement::Placed { position, level } = p {
            sum += position;
            placed += 1;
            minimal += (*level == Level::Minimal) as usize;
        }
    }
    let inv_placed = 1.0 / placed as f64;
    // A step moves its dimension by 100 / (answers - 1): items with as many answers in the
    // same dimension lead to the same place, computed once per (dimension, answer count).
    let mut reached: [[Option<(u8, f64)>; MAX_ANSWERS + 1]; 4] = [[None; MAX_ANSWERS + 1]; 4];
    // The best few as (level reached, position reached, item, from): ties keep the questionnaire's order.
    let mut best: [(u8, f64, usize, u8); NEXT_STEPS] = [(0, f64::NEG_INFINITY, usize::MAX, 0); NEXT_STEPS];
    for (i, (item, choice)) in model.items.iter().zip(&responses.0).enumerate() {
        let Some(Choice::Answer(k)) = choice else { continue };
        let d = item.dimension;
        // A dimension without a level does not move the partnership, whatever its answers.
        let Placement::Placed { position: before, level: level_before } = placements[d] else { continue };
        if (*k as usize) + 1 >= item.count {
            continue;
        }
        let Some(slot) = reached[d].get_mut(item.count) else { continue };
        let (level, position) = *slot.get_or_insert_with(|| {
            let step = 100.0 / (item.count - 1) as f64;
            let after_d = ((tally.sum[d] + step) / tally.answered[d] as f64).clamp(0.0, 100.0);
            let position = (sum - before + after_d) * inv_placed;
            let mut level = level_of(position);
            let minimal_after = minimal - (level_before == Level::Minimal) as usize + (level_of(after_d) == Level::Minimal) as usize;
            if level == Level::Maximal && minimal_after > 0 {
                level = Level::Intermediaire;
            }
            (level as u8, position)
        });
        if (level, position) <= (best[NEXT_STEPS - 1].0, best[NEXT_STEPS - 1].1) {
            continue;
        }
        let mut candidate = (level, position, i, *k);
        for slot in best.iter_mut() {
            if (candidate.0, candidate.1) > (slot.0, slot.1) {
                std::mem::swap(slot, &mut candidate);
            }
        }
    }
    for &(level, position, item, from) in best.iter().filter(|b| b.2 != usize::MAX) {
        steps.push(NextStep { item, from, to: from + 1, position_after: position, level_after: Level::ALL[level as usize] });
    }
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
    let r = tally.readings();
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
        near_dimensions: {
            let mut near = Dimensions::default();
            for (d, (a, b)) in Dimension::ALL.iter().zip(placements.iter().zip(&case.dimensions)) {
                if let (Some(a), Some(b)) = (a.position(), b.position()) {
                    if (a - b).abs() <= NEAR_POINTS {
                        near.insert(*d);
                    }
                }
            }
            near
        },
    })
}

/// Scores one respondent's responses. Responses longer or shorter than the questionnaire are
/// read as far as both go; an answer index out of range counts as unanswered.
pub fn assess_with(model: &ScoringModel, responses: &Responses) -> Assessment {
    let tally = Tally::of(model, responses);
    let placements = tally.placements(model);
    let overall = overall_of(&placements);
    let readings = tally.readings();
    let dimensions = [0, 1, 2, 3].map(|d| DimensionResult {
        dimension: Dimension::ALL[d],
        placement: placements[d],
        answered: tally.answered[d],
        dont_know: tally.dont_know[d],
        items: model.items_per_dimension[d],
    });
    let (risks, risk_sources) = risks(model, responses, &tally);
    Assessment {
        dimensions,
        overall,
        risks,
        risk_sources,
        spread: spread(&placements),
        next_steps: next_steps(model, responses, &tally, &placements, &overall),
        closest_case: closest_case(model, &placements, &overall, &readings),
        readings,
    }
}

/// Scores one respondent's responses to this questionnaire.
pub fn assess(q: &Questionnaire, responses: &Responses) -> Assessment {
    assess_with(&q.model, responses)
}
