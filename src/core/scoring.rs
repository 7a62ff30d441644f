//! Answers in, an assessment out: each dimension placed from its scale items, the partnership placed overall, the readings, the tensions, the risks with the answers that raised them, what the respondent does not know, directions and the closest reference case.
//!
//! The rule is stated in ARCHITECTURE.md (« The scoring rule ») and written here as plainly as
//! it reads there. Positions are exact fractions (`Ratio`) of *steps*: a minimal practice is
//! step 0, intermédiaire 1, maximal 2; people see them as points out of 100 (a step is 50).

use super::model::{CaseId, Dimension, ItemKind, Lens, LensValue, Level, Outcome, Risk, Role, Test, Vocabulary};
use super::questionnaire::{Choice, Questionnaire, Responses};
use super::ratio::Ratio;

/// A position at or above this many steps is intermédiaire (33⅓ points).
pub const INTERMEDIAIRE_FROM: Ratio = Ratio::lowest(2, 3);
/// A position at or above this many steps is maximal (66⅔ points).
pub const MAXIMAL_FROM: Ratio = Ratio::lowest(4, 3);
/// Points in one step (a position in steps × 50 = points out of 100).
pub const POINTS_PER_STEP: i64 = 50;
/// How many directions (« pour aller vers… ») at most.
pub const DIRECTIONS: usize = 3;
/// A reference case's dimension this close (in steps: 15 points) to the partnership's is named as alike.
pub const NEAR: Ratio = Ratio::lowest(3, 10);
/// Beyond this root mean square distance (in steps: 25 points) the closest case is said to be far.
pub const FAR: Ratio = Ratio::lowest(1, 2);

/// The level a position in steps falls in: three equal bands of the scale.
pub fn level_of(position: Ratio) -> Level {
    if position >= MAXIMAL_FROM {
        Level::Maximal
    } else if position >= INTERMEDIAIRE_FROM {
        Level::Intermediaire
    } else {
        Level::Minimal
    }
}

/// A position in steps as points out of 100: rounded half up, then kept within the points
/// its band shows (minimal 0–33, intermédiaire 34–66, maximal 67–100), so that a shown number
/// never reads as another level (exactly 2/3 of a step is 33⅓ points: intermédiaire, shown 34).
pub fn points(position: Ratio) -> i64 {
    let rounded = (position * Ratio::whole(POINTS_PER_STEP)).round();
    let (low, high) = match level_of(position) {
        Level::Minimal => (0, 33),
        Level::Intermediaire => (34, 66),
        Level::Maximal => (67, 100),
    };
    rounded.clamp(low, high)
}

/// « At least half »: `part` of `whole`, and at least one. The rule for a dimension (practices
/// among the items the respondent could know) and for the partnership (placed dimensions
/// among those that count).
pub fn at_least_half(part: usize, whole: usize) -> bool {
    part > 0 && 2 * part >= whole
}

/// A place on the scale, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Placed {
        position: Ratio,
        level: Level,
    },
    /// « Pas assez de réponses »: fewer practices described than half of what the respondent
    /// could know (the items left unanswered are what is missing).
    NotEnough,
    /// The respondent does not know how the partners work here: every item that applies was
    /// answered « je ne sais pas ». A finding, not a lack of answers.
    NotKnown,
    /// Every item the respondent was asked here was answered « ne s'applique pas ».
    NotApplicable,
    /// The respondent's path asks nothing in this dimension.
    NotAsked,
}

impl Placement {
    pub fn level(self) -> Option<Level> {
        match self {
            Placement::Placed { level, .. } => Some(level),
            _ => None,
        }
    }
    pub fn position(self) -> Option<Ratio> {
        match self {
            Placement::Placed { position, .. } => Some(position),
            _ => None,
        }
    }
    /// Whether the dimension counts toward the overall placement (asked, it applies, and the
    /// respondent could know something of it).
    pub fn counts(self) -> bool {
        matches!(self, Placement::Placed { .. } | Placement::NotEnough)
    }
}

/// One dimension: its placement and how its scale items on the path were answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionResult {
    pub dimension: Dimension,
    pub placement: Placement,
    /// Scale items of this dimension on the respondent's path.
    pub asked: usize,
    /// Of those, answered with a practice.
    pub known: usize,
    /// Of those, answered « je ne sais pas ».
    pub dont_know: usize,
    /// Of those, answered « ne s'applique pas ».
    pub not_applicable: usize,
    /// Every item of this dimension on the path (all kinds) answered « je ne sais pas »: a finding.
    pub unknown_items: Vec<usize>,
}

impl DimensionResult {
    /// Scale items with no answer yet.
    pub fn unanswered(&self) -> usize {
        self.asked - self.known - self.dont_know - self.not_applicable
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overall {
    pub placement: Placement,
    /// The mean's band was maximal, but this dimension is minimal: maximal needs every placed
    /// dimension at intermédiaire or above. (At most one dimension can hold a maximal mean back:
    /// two minimal dimensions bring any mean of four below the maximal band.)
    pub capped_by: Option<Dimension>,
}

/// One of the readings beside the level, from the reading items of one lens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadingStatus {
    /// No reading item of this lens was answered (or none was asked).
    NotSaid,
    /// One value carries more than half of the chosen values.
    Dominant { value: LensValue, count: usize, of: usize },
    /// No value carries more than half: the values chosen, most frequent first (ties: the
    /// vocabulary's order), with how often.
    Hybrid { values: Vec<(LensValue, usize)>, of: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub lens: Lens,
    pub status: ReadingStatus,
}

/// What one test's tension has become, as the respondent sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TensionStatus {
    Answered {
        outcome: Outcome,
        item: usize,
        answer: usize,
    },
    DontKnow,
    /// Not asked on this path, not answered, or « ne s'applique pas ».
    Silent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tension {
    pub test: Test,
    pub status: TensionStatus,
}

/// An item and the answer chosen on it (indices into the questionnaire).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemAnswer {
    pub item: usize,
    pub answer: usize,
}

/// A risk raised, with the answers that raised it, in questionnaire order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaisedRisk {
    pub risk: Risk,
    pub sources: Vec<ItemAnswer>,
}

/// How far apart the placed dimensions are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    /// The highest placed dimension (ties: the first in questionnaire order).
    pub highest: Dimension,
    /// The lowest placed dimension (ties: the first in questionnaire order).
    pub lowest: Dimension,
    /// Between the highest and the lowest, in steps.
    pub gap: Ratio,
    pub levels_differ: bool,
}

/// A direction (« pour aller vers… »): one answer moved to a practice of the next level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Direction {
    pub item: usize,
    pub from: usize,
    pub to: usize,
    /// The level the moved answer's practice belongs to.
    pub toward: Level,
    pub position_after: Ratio,
    pub level_after: Level,
}

/// The nearest reference case of the talk, and what the partnership shares with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseMatch {
    pub case: CaseId,
    /// The mean of the squared differences between dimensions placed in both, in steps².
    pub distance_squared: Ratio,
    /// The case's own level, as the talk gives it.
    pub level: Option<Level>,
    pub same_level: bool,
    pub shared: Vec<LensValue>,
    pub near_dimensions: Vec<Dimension>,
    /// Farther than `FAR`: the comparison is only a rough guide.
    pub far: bool,
}

/// Everything the result rests on. `result_view` turns it into words; `report` into JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub role: Option<Role>,
    pub dimensions: Vec<DimensionResult>,
    pub overall: Overall,
    pub readings: Vec<Reading>,
    pub tensions: Vec<Tension>,
    pub risks: Vec<RaisedRisk>,
    pub spread: Option<Spread>,
    pub directions: Vec<Direction>,
    pub closest_case: Option<CaseMatch>,
}

impl Assessment {
    pub fn dimension(&self, d: Dimension) -> &DimensionResult {
        &self.dimensions[d.index()]
    }
    pub fn reading(&self, lens: Lens) -> &Reading {
        &self.readings[lens.index()]
    }
    pub fn raised(&self, risk: Risk) -> bool {
        self.risks.iter().any(|r| r.risk == risk)
    }
}

/// A reference case as the scoring sees it: its placements and dominant readings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseProfile {
    pub case: CaseId,
    pub dimensions: Vec<Placement>,
    pub overall: Placement,
    pub dominant: Vec<LensValue>,
}

/// The level of a scale answer, in steps.
fn step_of(q: &Questionnaire, item: usize, answer: usize) -> Option<i64> {
    q.item(item)?.answers.get(answer)?.level.map(|l| l.index() as i64)
}

/// The rule for one dimension: placed from the mean of its practices, once they are at least
/// half of the scale items the respondent could know: those asked, less « ne s'applique pas »
/// (the item is removed) and « je ne sais pas » (the respondent says they cannot know it; it is
/// reported as a finding, never held against the placement). Unanswered items count as missing.
fn dimension_result(q: &Questionnaire, role: Option<Role>, responses: &Responses, d: Dimension) -> DimensionResult {
    let path = q.path_of(role, d);
    let mut steps = Vec::new();
    let (mut asked, mut dont_know, mut not_applicable) = (0, 0, 0);
    for &i in &path {
        if q.item_ref(i).map(|r| r.kind) != Some(ItemKind::Scale) {
            continue;
        }
        asked += 1;
        match responses.get(i) {
            Some(Choice::Picked(p)) => {
                if let Some(s) = p.single().and_then(|k| step_of(q, i, k)) {
                    steps.push(Ratio::whole(s));
                }
            }
            Some(Choice::DontKnow) => dont_know += 1,
            Some(Choice::NotApplicable) => not_applicable += 1,
            None => {}
        }
    }
    let known = steps.len();
    let could_know = asked - not_applicable - dont_know;
    let placement = if asked == 0 {
        Placement::NotAsked
    } else if could_know == 0 && dont_know > 0 {
        Placement::NotKnown
    } else if could_know == 0 {
        Placement::NotApplicable
    } else if !at_least_half(known, could_know) {
        Placement::NotEnough
    } else {
        let position = Ratio::mean(&steps);
        Placement::Placed { position, level: level_of(position) }
    };
    let unknown_items = path.iter().copied().filter(|i| responses.get(*i) == Some(Choice::DontKnow)).collect();
    DimensionResult { dimension: d, placement, asked, known, dont_know, not_applicable, unknown_items }
}

/// The overall rule: the mean of the placed dimensions, once they are at least half of the
/// dimensions that count (asked and applicable); maximal only when no placed dimension is
/// minimal (else intermédiaire, and the minimal dimension is named). When no dimension
/// counts, the partnership has no level to give: the respondent does not know it (some
/// dimension is not known), or it does not apply.
pub fn overall_of(placements: &[Placement]) -> Overall {
    let counted = placements.iter().filter(|p| p.counts()).count();
    if counted == 0 && placements.contains(&Placement::NotKnown) {
        return Overall { placement: Placement::NotKnown, capped_by: None };
    }
    if counted == 0 && placements.contains(&Placement::NotApplicable) {
        return Overall { placement: Placement::NotApplicable, capped_by: None };
    }
    let placed: Vec<(usize, Ratio, Level)> = placements
        .iter()
        .enumerate()
        .filter_map(|(d, p)| match p {
            Placement::Placed { position, level } => Some((d, *position, *level)),
            _ => None,
        })
        .collect();
    if !at_least_half(placed.len(), counted) {
        return Overall { placement: Placement::NotEnough, capped_by: None };
    }
    let position = Ratio::mean(&placed.iter().map(|p| p.1).collect::<Vec<_>>());
    let mut level = level_of(position);
    let mut capped_by = None;
    if level == Level::Maximal {
        if let Some((d, _, _)) = placed.iter().find(|p| p.2 == Level::Minimal) {
            level = Level::Intermediaire;
            capped_by = Some(Dimension::ALL[*d]);
        }
    }
    Overall { placement: Placement::Placed { position, level }, capped_by }
}

fn placements(q: &Questionnaire, role: Option<Role>, responses: &Responses) -> (Vec<DimensionResult>, Overall) {
    let dims: Vec<DimensionResult> = Dimension::ALL.iter().map(|d| dimension_result(q, role, responses, *d)).collect();
    let overall = overall_of(&dims.iter().map(|d| d.placement).collect::<Vec<_>>());
    (dims, overall)
}

/// The lens values chosen on the path, one per chosen answer of a reading item.
fn lens_values(q: &Questionnaire, role: Option<Role>, responses: &Responses) -> Vec<LensValue> {
    let mut out = Vec::new();
    for i in q.path(role) {
        let (Some(item), Some(Choice::Picked(p))) = (q.item(i), responses.get(i)) else { continue };
        if matches!(item.kind(), ItemKind::Reading(_)) {
            out.extend(p.iter().filter_map(|k| item.answers.get(k)?.lens_value()));
        }
    }
    out
}

fn reading(lens: Lens, chosen: &[LensValue]) -> Reading {
    let counts: Vec<(LensValue, usize)> =
        LensValue::all(lens).into_iter().map(|v| (v, chosen.iter().filter(|c| **c == v).count())).filter(|(_, n)| *n > 0).collect();
    let of: usize = counts.iter().map(|(_, n)| n).sum();
    let status = if of == 0 {
        ReadingStatus::NotSaid
    } else if let Some((value, count)) = counts.iter().find(|(_, n)| 2 * n > of) {
        ReadingStatus::Dominant { value: *value, count: *count, of }
    } else {
        let mut values = counts;
        super::small_sort::sort_by_key(&mut values, |v| std::cmp::Reverse(v.1)); // stable: ties keep the vocabulary's order
        ReadingStatus::Hybrid { values, of }
    };
    Reading { lens, status }
}

fn tensions(q: &Questionnaire, role: Option<Role>, responses: &Responses) -> Vec<Tension> {
    Test::ALL
        .iter()
        .map(|test| {
            let mut status = TensionStatus::Silent;
            for i in q.path(role) {
                let Some(item) = q.item(i) else { continue };
                if item.kind() != ItemKind::Tension(*test) {
                    continue;
                }
                match responses.get(i) {
                    Some(Choice::Picked(p)) => {
                        if let Some((k, outcome)) = p.single().and_then(|k| Some((k, item.answers.get(k)?.outcome?))) {
                            status = TensionStatus::Answered { outcome, item: i, answer: k };
                        }
                    }
                    Some(Choice::DontKnow) => status = TensionStatus::DontKnow,
                    _ => {}
                }
            }
            Tension { test: *test, status }
        })
        .collect()
}

/// The risks raised on the path, in the vocabulary's order, each with its answers in questionnaire order.
fn risks(q: &Questionnaire, role: Option<Role>, responses: &Responses) -> Vec<RaisedRisk> {
    let path = q.path(role);
    Risk::ALL
        .iter()
        .filter_map(|risk| {
            let sources: Vec<ItemAnswer> = path
                .iter()
                .filter_map(|&i| Some((i, q.item(i)?, responses.get(i)?.picks()?)))
                .flat_map(|(i, item, p)| {
                    p.iter().filter(move |k| item.answers.get(*k).is_some_and(|a| a.risks.contains(risk))).map(move |k| ItemAnswer { item: i, answer: k })
                })
                .collect();
            (!sources.is_empty()).then_some(RaisedRisk { risk: *risk, sources })
        })
        .collect()
}

fn spread(dims: &[DimensionResult]) -> Option<Spread> {
    let placed: Vec<(Dimension, Ratio, Level)> = dims.iter().filter_map(|d| Some((d.dimension, d.placement.position()?, d.placement.level()?))).collect();
    if placed.len() < 2 {
        return None;
    }
    let mut highest = placed[0];
    let mut lowest = placed[0];
    for p in &placed[1..] {
        if p.1 > highest.1 {
            highest = *p;
        }
        if p.1 < lowest.1 {
            lowest = *p;
        }
    }
    Some(Spread { highest: highest.0, lowest: lowest.0, gap: highest.1 - lowest.1, levels_differ: highest.2 != lowest.2 })
}

/// Below maximal: for each practice on the path that is not maximal, the first answer of the
/// same item at the next level that raises no risk not already raised; the partnership is
/// placed again with that one answer changed; the moves that raise the overall position are
/// kept, best level then best position first (ties: questionnaire order), three at most.
fn directions(q: &Questionnaire, role: Option<Role>, responses: &Responses, overall: &Overall, raised: &[RaisedRisk]) -> Vec<Direction> {
    let (Some(level_now), Some(position_now)) = (overall.placement.level(), overall.placement.position()) else { return Vec::new() };
    if level_now == Level::Maximal {
        return Vec::new();
    }
    let already = |r: &Risk| raised.iter().any(|x| x.risk == *r);
    let mut moves = Vec::new();
    for i in q.path(role) {
        let Some(item) = q.item(i) else { continue };
        if item.kind() != ItemKind::Scale {
            continue;
        }
        let Some(from) = responses.get(i).and_then(Choice::picks).and_then(|p| p.single()) else { continue };
        let Some(next) = item.answers.get(from).and_then(|a| a.level).and_then(|l| Level::ALL.get(l.index() + 1).copied()) else { continue };
        let Some(to) = item.answers.iter().position(|a| a.level == Some(next) && a.risks.iter().all(already)) else { continue };
        let mut moved = responses.clone();
        moved.set(i, Some(Choice::one(to as u8)));
        let (_, after) = placements(q, role, &moved);
        let (Some(level_after), Some(position_after)) = (after.placement.level(), after.placement.position()) else { continue };
        if position_after > position_now {
            moves.push(Direction { item: i, from, to, toward: next, position_after, level_after });
        }
    }
    super::small_sort::sort_by_key(&mut moves, |m| std::cmp::Reverse((m.level_after, m.position_after))); // stable: ties keep the questionnaire's order
    moves.truncate(DIRECTIONS);
    moves
}

fn dominant(readings: &[Reading]) -> Vec<LensValue> {
    readings
        .iter()
        .filter_map(|r| match r.status {
            ReadingStatus::Dominant { value, .. } => Some(value),
            _ => None,
        })
        .collect()
}

/// A reference case's profile, from its answers on the path of the role that tells it.
pub fn case_profile(q: &Questionnaire, case: CaseId, role: Role, responses: &Responses) -> CaseProfile {
    let (dims, overall) = placements(q, Some(role), responses);
    let chosen = lens_values(q, Some(role), responses);
    let readings: Vec<Reading> = Lens::ALL.iter().map(|l| reading(*l, &chosen)).collect();
    CaseProfile { case, dimensions: dims.iter().map(|d| d.placement).collect(), overall: overall.placement, dominant: dominant(&readings) }
}

/// The case at the smallest mean squared difference over the dimensions placed in both (or,
/// with none in common, between the overall positions); ties: the first case.
pub fn closest_case(profiles: &[CaseProfile], dims: &[DimensionResult], overall: &Overall, readings: &[Reading]) -> Option<CaseMatch> {
    let own = overall.placement.position()?;
    let mut best: Option<(Ratio, &CaseProfile)> = None;
    for case in profiles {
        let diffs: Vec<Ratio> = dims.iter().zip(&case.dimensions).filter_map(|(a, b)| Some(a.placement.position()? - b.position()?)).map(|d| d * d).collect();
        let distance_squared = if !diffs.is_empty() {
            Ratio::mean(&diffs)
        } else if let Some(p) = case.overall.position() {
            let d = own - p;
            d * d
        } else {
            continue;
        };
        if best.is_none_or(|(b, _)| distance_squared < b) {
            best = Some((distance_squared, case));
        }
    }
    let (distance_squared, case) = best?;
    let own_dominant = dominant(readings);
    let near_dimensions = dims
        .iter()
        .zip(&case.dimensions)
        .filter(|(a, b)| matches!((a.placement.position(), b.position()), (Some(x), Some(y)) if (x - y).abs() <= NEAR))
        .map(|(a, _)| a.dimension)
        .collect();
    Some(CaseMatch {
        case: case.case,
        distance_squared,
        level: case.overall.level(),
        same_level: case.overall.level().is_some() && case.overall.level() == overall.placement.level(),
        shared: own_dominant.into_iter().filter(|v| matches!(v.lens(), Lens::Conception | Lens::Method) && case.dominant.contains(v)).collect(),
        near_dimensions,
        far: distance_squared > FAR * FAR,
    })
}

/// Scores one respondent's responses on the path of their role (no role: every professional
/// item). Answers to items off the path are ignored; an ill-formed choice counts as unanswered.
pub fn assess(q: &Questionnaire, role: Option<Role>, responses: &Responses) -> Assessment {
    let (dimensions, overall) = placements(q, role, responses);
    let chosen = lens_values(q, role, responses);
    let readings: Vec<Reading> = Lens::ALL.iter().map(|l| reading(*l, &chosen)).collect();
    let risks = risks(q, role, responses);
    Assessment {
        role,
        spread: spread(&dimensions),
        directions: directions(q, role, responses, &overall, &risks),
        closest_case: closest_case(q.case_profiles(), &dimensions, &overall, &readings),
        tensions: tensions(q, role, responses),
        dimensions,
        overall,
        readings,
        risks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Conception::{Additive as A, Autonomiste as U, Compensatoire as C};

    /// The reading of these chosen values of the conception lens.
    fn check(chosen: &[crate::core::model::Conception], expected: ReadingStatus) {
        let values: Vec<LensValue> = chosen.iter().map(|c| LensValue::Conception(*c)).collect();
        assert_eq!(reading(Lens::Conception, &values).status, expected, "{chosen:?}");
    }

    #[test]
    fn a_reading_is_dominant_over_half_of_the_choices_and_hybrid_otherwise() {
        let v = LensValue::Conception;
        check(&[], ReadingStatus::NotSaid);
        check(&[A], ReadingStatus::Dominant { value: v(A), count: 1, of: 1 });
        check(&[C, A, C], ReadingStatus::Dominant { value: v(C), count: 2, of: 3 });
        check(&[A, C], ReadingStatus::Hybrid { values: vec![(v(A), 1), (v(C), 1)], of: 2 });
        check(&[U, U, A, A], ReadingStatus::Hybrid { values: vec![(v(A), 2), (v(U), 2)], of: 4 });
        check(&[U, U, A, C], ReadingStatus::Hybrid { values: vec![(v(U), 2), (v(A), 1), (v(C), 1)], of: 4 });
    }

    #[test]
    fn at_least_half_needs_one_and_half() {
        for (part, whole, expected) in [(0, 0, false), (0, 1, false), (1, 1, true), (1, 2, true), (1, 3, false), (2, 4, true), (2, 5, false), (3, 5, true)] {
            assert_eq!(at_least_half(part, whole), expected, "{part} of {whole}");
        }
    }
}
