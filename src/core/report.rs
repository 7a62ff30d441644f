//! An assessment told to programs: JSON-ready structures with ids instead of indices (the `score` command prints them; its `--text` prints the result view).

use super::model::{Level, Vocabulary};
use super::questionnaire::Questionnaire;
use super::scoring::{points, Assessment, Placement, ReadingStatus, TensionStatus};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct PlacementReport {
    /// `placed`, `not-enough`, `not-applicable` or `not-asked`.
    pub status: &'static str,
    pub level: Option<Level>,
    /// Points out of 100, rounded.
    pub position: Option<i64>,
    /// The exact position in steps (0 minimal, 1 intermédiaire, 2 maximal), as `num/den`.
    pub exact: Option<String>,
}

impl PlacementReport {
    fn of(p: Placement) -> PlacementReport {
        let status = match p {
            Placement::Placed { .. } => "placed",
            Placement::NotEnough => "not-enough",
            Placement::NotKnown => "not-known",
            Placement::NotApplicable => "not-applicable",
            Placement::NotAsked => "not-asked",
        };
        PlacementReport { status, level: p.level(), position: p.position().map(points), exact: p.position().map(|r| format!("{}/{}", r.num(), r.den())) }
    }
}

#[derive(Debug, Serialize)]
pub struct OverallReport {
    pub placement: PlacementReport,
    pub capped_by: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct DimensionReport<'q> {
    pub dimension: &'static str,
    pub placement: PlacementReport,
    pub asked: usize,
    pub known: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
    pub unknown_items: Vec<&'q str>,
}

#[derive(Debug, Serialize)]
pub struct ValueCount {
    pub value: &'static str,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct ReadingReport {
    pub lens: &'static str,
    /// `not-said`, `dominant` or `hybrid`.
    pub status: &'static str,
    pub values: Vec<ValueCount>,
}

#[derive(Debug, Serialize)]
pub struct TensionReport {
    pub test: &'static str,
    /// `epreuve`, `arrangement`, `paix`, `je-ne-sais-pas`, or null when silent.
    pub outcome: Option<&'static str>,
}

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
pub struct SpreadReport {
    pub highest: &'static str,
    pub lowest: &'static str,
    pub gap: i64,
    pub levels_differ: bool,
}

#[derive(Debug, Serialize)]
pub struct DirectionReport<'q> {
    pub item: &'q str,
    pub from: &'q str,
    pub to: &'q str,
    pub toward: Level,
    pub level_after: Level,
    pub position_after: i64,
}

#[derive(Debug, Serialize)]
pub struct CaseReport {
    pub case: &'static str,
    pub same_level: bool,
    pub shared: Vec<&'static str>,
    pub near_dimensions: Vec<&'static str>,
    pub far: bool,
}

/// The assessment with every item and answer named by its id.
#[derive(Debug, Serialize)]
pub struct Report<'q> {
    pub role: Option<&'static str>,
    pub overall: OverallReport,
    pub dimensions: Vec<DimensionReport<'q>>,
    pub readings: Vec<ReadingReport>,
    pub tensions: Vec<TensionReport>,
    pub risks: Vec<RiskReport<'q>>,
    pub spread: Option<SpreadReport>,
    pub directions: Vec<DirectionReport<'q>>,
    pub closest_case: Option<CaseReport>,
}

fn ids(q: &Questionnaire, item: usize, answer: usize) -> ItemAnswerIds<'_> {
    let it = q.item(item);
    ItemAnswerIds { item: it.map_or("?", |i| i.id.as_str()), answer: it.and_then(|i| i.answers.get(answer)).map_or("?", |a| a.id.as_str()) }
}

impl<'q> Report<'q> {
    pub fn new(q: &'q Questionnaire, a: &Assessment) -> Report<'q> {
        Report {
            role: a.role.map(|r| r.id()),
            overall: OverallReport { placement: PlacementReport::of(a.overall.placement), capped_by: a.overall.capped_by.map(|d| d.id()) },
            dimensions: a
                .dimensions
                .iter()
                .map(|d| DimensionReport {
                    dimension: d.dimension.id(),
                    placement: PlacementReport::of(d.placement),
                    asked: d.asked,
                    known: d.known,
                    dont_know: d.dont_know,
                    not_applicable: d.not_applicable,
                    unknown_items: d.unknown_items.iter().filter_map(|i| q.item(*i).map(|it| it.id.as_str())).collect(),
                })
                .collect(),
            readings: a
                .readings
                .iter()
                .map(|r| {
                    let (status, values) = match &r.status {
                        ReadingStatus::NotSaid => ("not-said", Vec::new()),
                        ReadingStatus::Dominant { value, count, .. } => ("dominant", vec![ValueCount { value: value.id(), count: *count }]),
                        ReadingStatus::Hybrid { values, .. } => ("hybrid", values.iter().map(|(v, n)| ValueCount { value: v.id(), count: *n }).collect()),
                    };
                    ReadingReport { lens: r.lens.id(), status, values }
                })
                .collect(),
            tensions: a
                .tensions
                .iter()
                .map(|t| TensionReport {
                    test: t.test.id(),
                    outcome: match t.status {
                        TensionStatus::Answered { outcome, .. } => Some(outcome.id()),
                        TensionStatus::DontKnow => Some(super::answers_file::DONT_KNOW),
                        TensionStatus::Silent => None,
                    },
                })
                .collect(),
            risks: a.risks.iter().map(|r| RiskReport { risk: r.risk.id(), raised_by: r.sources.iter().map(|s| ids(q, s.item, s.answer)).collect() }).collect(),
            spread: a.spread.map(|s| SpreadReport { highest: s.highest.id(), lowest: s.lowest.id(), gap: points(s.gap), levels_differ: s.levels_differ }),
            directions: a
                .directions
                .iter()
                .map(|d| {
                    let from = ids(q, d.item, d.from);
                    let to = ids(q, d.item, d.to);
                    DirectionReport {
                        item: from.item,
                        from: from.answer,
                        to: to.answer,
                        toward: d.toward,
                        level_after: d.level_after,
                        position_after: points(d.position_after),
                    }
                })
                .collect(),
            closest_case: a.closest_case.as_ref().map(|m| CaseReport {
                case: m.case.id(),
                same_level: m.same_level,
                shared: m.shared.iter().map(|v| v.id()).collect(),
                near_dimensions: m.near_dimensions.iter().map(|d| d.id()).collect(),
                far: m.far,
            }),
        }
    }
}
