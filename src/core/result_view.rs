//! The result, ready to display: every text chosen, every number placed, every section shown or not (and why), for one respondent. The result screen and the CLI's text only draw it.
//!
//! Nothing here decides a rule of the scoring (that is `scoring`); this module decides what
//! is said about its outcome, in which words, for which role.

use super::i18n::{fill, ui, Ui};
use super::model::{Content, Dimension, Feedback, ItemKind, Lens, Level, Outcome, Role, Vocabulary};
use super::questionnaire::{Choice, Questionnaire, Responses};
use super::scoring::{self, Assessment, Placement, ReadingStatus, TensionStatus, INTERMEDIAIRE_FROM, MAXIMAL_FROM};
use super::Profile;

/// A paragraph: the talk's words, or the tool's own suggestion (shown with a label saying so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    pub advice: bool,
}

fn talk(text: &str) -> Paragraph {
    Paragraph { text: text.to_string(), advice: false }
}
fn ours(text: &str) -> Paragraph {
    Paragraph { text: text.to_string(), advice: true }
}

/// The paragraphs for one feedback entry: the talk's words (or the plain words), then the advice.
fn paragraphs(f: &Feedback, plain: bool) -> Vec<Paragraph> {
    match (plain, &f.plain) {
        (true, Some(p)) => vec![talk(p)],
        _ => std::iter::once(talk(&f.feedback)).chain(f.advice.as_deref().map(ours)).collect(),
    }
}

/// A place in the talk as shown, with its label (« Source dans l'intervention : … »); empty for none.
fn cited(t: &Ui, places: &str) -> String {
    if places.is_empty() {
        String::new()
    } else {
        format!("{} {places}", t.source)
    }
}

/// Places in the talk, each said once, in order of first mention.
fn distinct_places<'a>(sources: impl Iterator<Item = &'a str>, sep: &str) -> String {
    let mut places: Vec<&str> = Vec::new();
    for place in sources.flat_map(|s| s.split(';')).map(str::trim) {
        if !places.contains(&place) {
            places.push(place);
        }
    }
    places.join(sep)
}

/// A question the respondent can go back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemLink {
    pub item: usize,
    pub id: String,
    pub question: String,
}

/// One question of the path and the answer given, as the review and the printed result list them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    pub item: usize,
    pub id: String,
    /// The question's number on the path (from 1).
    pub number: usize,
    pub question: String,
    /// `aucune` (no answer), `je-ne-sais-pas`, `sans-objet`, or `pratique` (one or more answers).
    pub kind: &'static str,
    /// The answer(s) in words; « je ne sais pas », « ne s'applique pas » and « pas de réponse »
    /// said as such.
    pub answers: Vec<String>,
}

/// Every question of a role's path with its answer, in the path's order, grouped by dimension.
pub fn answer_rows(q: &Questionnaire, role: Option<Role>, responses: &Responses) -> Vec<(Dimension, String, Vec<AnswerRow>)> {
    let c = &q.content;
    let t = ui(c.language);
    let plain = super::model::plain_words(role);
    let path = q.path(role);
    let mut groups: Vec<(Dimension, String, Vec<AnswerRow>)> = Vec::new();
    for (n, i) in path.iter().enumerate() {
        let (Some(item), Some(r)) = (q.item(*i), q.item_ref(*i)) else { continue };
        let (kind, answers) = match responses.get(*i) {
            None => ("aucune", vec![t.review_no_answer.to_string()]),
            Some(Choice::DontKnow) => ("je-ne-sais-pas", vec![c.texts.dont_know.clone()]),
            Some(Choice::NotApplicable) => ("sans-objet", vec![if plain { c.texts.not_applicable_plain.clone() } else { c.texts.not_applicable.clone() }]),
            Some(Choice::Picked(p)) => ("pratique", p.iter().filter_map(|k| item.answers.get(k)).map(|a| super::model::plain_text(&a.text)).collect()),
        };
        let row = AnswerRow { item: *i, id: item.id.clone(), number: n + 1, question: super::model::plain_text(&item.question), kind, answers };
        match groups.last_mut() {
            Some(g) if g.0 == r.dimension => g.2.push(row),
            _ => groups.push((r.dimension, dimension_title(c, r.dimension, plain), vec![row])),
        }
    }
    groups
}

/// One band of the scale, in chart units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub level: Level,
    pub name: String,
    pub from: i64,
    pub to: i64,
}

/// One row of the chart: the overall level or a dimension, all on the same banded scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartRow {
    /// `ensemble`, or the dimension's id.
    pub id: &'static str,
    pub title: String,
    /// The level in words (or why there is none).
    pub words: String,
    /// `minimal`, `intermediaire`, `maximal`, or why there is no level (as `DimensionRow`).
    pub level_id: &'static str,
    /// The band drawn dark: the row's level (for a capped overall, the level retained).
    pub band: Option<Level>,
    /// The marker's x in chart units (the mean, for the overall row); None without a position.
    pub marker: Option<i64>,
    /// What the chart says beside this row: why a capped level is retained, on the overall row
    /// and on the dimension that holds it back.
    pub note: Option<String>,
}

/// The overall level and the dimensions on one minimal – intermédiaire – maximal scale: the
/// rows say in words what the marks show, so the chart cannot say something else than the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartView {
    pub caption: String,
    /// How to read a row: the mark, and the dark band.
    pub legend: String,
    pub bands: Vec<Band>,
    pub rows: Vec<ChartRow>,
}

/// The chart's width in units, and its margins.
pub const CHART_WIDTH: i64 = 400;
pub const CHART_MARGIN: i64 = 12;

/// A position in steps as an x in chart units.
fn x_of(position: super::Ratio) -> i64 {
    let span = super::Ratio::whole(CHART_WIDTH - 2 * CHART_MARGIN);
    (position * span).div_by(2).round() + CHART_MARGIN
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverallView {
    pub label: String,
    pub level: Option<Level>,
    /// `minimal`, `intermediaire`, `maximal`, or `pas-assez`.
    pub level_id: &'static str,
    pub name: String,
    pub definition: Option<String>,
    /// Said right under the level: why there is none, when there is none.
    pub summary: Vec<Paragraph>,
    /// The heading of what the talk says of the level, after the directions; None without a level.
    pub about: Option<String>,
    /// What the talk says of the level.
    pub texts: Vec<Paragraph>,
    pub source: Option<String>,
    /// Why a maximal mean is shown as intermédiaire, when there is no chart to say it (the
    /// parent path); with a chart, its overall row says it.
    pub capped: Option<String>,
    /// The questions that would let the partnership be placed.
    pub missing: Vec<ItemLink>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionRow {
    pub dimension: Dimension,
    pub title: String,
    /// `minimal`, `intermediaire`, `maximal`, `pas-assez`, `sans-objet` or `non-demande`.
    pub level_id: &'static str,
    pub words: String,
    /// How the dimension's questions were answered.
    pub counts: String,
    /// Questions that would let this dimension be placed.
    pub missing: Vec<ItemLink>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectionRow {
    pub item: usize,
    pub question: String,
    /// The respondent's own answer.
    pub today: String,
    /// The practice of the next level, to try.
    pub toward: String,
    pub toward_level: Level,
    pub source: String,
}

/// Directions toward one level (« Pour aller vers la co-construction »); on the parent path, one
/// group without a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectionGroup {
    pub heading: Option<String>,
    /// The label before each practice to try.
    pub label: String,
    pub rows: Vec<DirectionRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectionsView {
    pub title: String,
    pub intro: String,
    /// The label before the respondent's own answer.
    pub today: &'static str,
    pub groups: Vec<DirectionGroup>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadingRow {
    pub lens: Lens,
    pub title: String,
    pub summary: String,
    pub texts: Vec<Paragraph>,
    /// The places in the talk, with their label (empty on the parent path).
    pub sources: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<R> {
    pub title: String,
    pub intro: Option<String>,
    pub rows: Vec<R>,
    /// Said once for the whole section, after its rows (what several rows would repeat).
    pub notes: Vec<Paragraph>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TensionRow {
    pub test_id: &'static str,
    pub name: String,
    /// `epreuve`, `arrangement`, `paix` or `je-ne-sais-pas`.
    pub outcome_id: &'static str,
    pub outcome: String,
    pub texts: Vec<Paragraph>,
    pub sources: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskRow {
    pub risk_id: &'static str,
    pub name: String,
    pub texts: Vec<Paragraph>,
    pub raised_by: Vec<String>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownGroup {
    pub title: String,
    pub items: Vec<ItemLink>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseView {
    pub id: &'static str,
    pub name: String,
    pub summary: String,
    pub reasons: Vec<String>,
    pub far: Option<String>,
    /// Said when the case is at another level than the partnership.
    pub other_level: Option<String>,
    pub source: String,
}

/// The whole result screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultView {
    pub title: String,
    /// Worded for a parent (the parent path).
    pub plain: bool,
    pub context: Vec<String>,
    pub framing: String,
    pub overall: OverallView,
    pub dimensions_title: String,
    pub dimensions: Vec<DimensionRow>,
    /// The overall level and the dimensions on one scale; none on the parent path (a marker on
    /// a gauge reads as a mark), nor when nothing is placed.
    pub chart: Option<ChartView>,
    pub spread: Option<String>,
    pub directions: Option<DirectionsView>,
    pub readings: Option<Section<ReadingRow>>,
    pub tensions: Option<Section<TensionRow>>,
    pub risks_title: String,
    pub risks_none: Option<String>,
    pub risks: Vec<RiskRow>,
    pub unknowns: Option<(Section<UnknownGroup>, Vec<Paragraph>)>,
    /// « le plus proche » only when the case is at the partnership's level.
    pub case_title: String,
    pub case: Option<CaseView>,
    pub closing: String,
    /// Every question and its answer, for the printed result.
    pub answers_title: String,
    pub answers: Vec<(Dimension, String, Vec<AnswerRow>)>,
    /// Said once, near the top, when the result holds suggestions of the tool.
    pub advice_note: Option<String>,
    /// Labels the screen needs beside these texts.
    pub advice_label: &'static str,
    pub raised_by_label: &'static str,
    /// The colon of the language (« : » in French, « : » without the space before in English).
    pub colon: &'static str,
}

fn link(q: &Questionnaire, item: usize) -> Option<ItemLink> {
    let content = q.item(item)?;
    Some(ItemLink { item, id: content.id.clone(), question: super::model::plain_text(&content.question) })
}

fn level_name(c: &Content, level: Level) -> String {
    c.levels[&level].name.clone()
}

fn dimension_title(c: &Content, d: Dimension, plain: bool) -> String {
    c.dimension_title(d, plain).to_string()
}

/// The scale items of a dimension, on the path, that would help place it: unanswered or « je ne sais pas ».
fn missing_in(q: &Questionnaire, role: Option<Role>, responses: &Responses, d: Dimension) -> Vec<ItemLink> {
    q.path_of(role, d)
        .into_iter()
        .filter(|i| q.item_ref(*i).is_some_and(|r| r.kind == ItemKind::Scale))
        .filter(|i| matches!(responses.get(*i), None | Some(Choice::DontKnow)))
        .filter_map(|i| link(q, i))
        .collect()
}

/// How a dimension's questions were answered, naming only what is not zero.
fn counts_text(t: &Ui, d: &scoring::DimensionResult) -> String {
    let mut parts = vec![fill(t.counts, &[("known", &d.known.to_string()), ("asked", &d.asked.to_string())])];
    for (n, template) in [(d.dont_know, t.counts_dk), (d.not_applicable, t.counts_na), (d.unanswered(), t.counts_open)] {
        if n > 0 {
            parts.push(fill(template, &[("n", &n.to_string())]));
        }
    }
    parts.join(t.list_sep)
}

/// A level's name as shown: with its everyday words on the parent path.
fn shown_level(c: &Content, level: Level, plain: bool) -> String {
    let f = &c.levels[&level];
    match (plain, &f.plain_name) {
        // A parent reads the practice, not the name of a level (« minimal » reads as « not enough »).
        (true, Some(p)) => {
            let mut name = p.clone();
            if let Some(first) = name.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            name
        }
        _ => f.name.clone(),
    }
}

/// The chart: the overall row, then a row per dimension asked of the role.
fn chart(t: &Ui, c: &Content, a: &Assessment, overall: &OverallView, dimensions: &[DimensionRow]) -> Option<ChartView> {
    let capped_by = a.overall.capped_by;
    let overall_row = ChartRow {
        id: "ensemble",
        title: t.chart_overall.to_string(),
        words: overall.name.clone(),
        level_id: overall.level_id,
        band: a.overall.placement.level(),
        marker: a.overall.placement.position().map(x_of),
        note: capped_by.map(|d| format!("{} {}", fill(t.capped, &[("dim", &dimension_title(c, d, false))]), t.chart_mean)),
    };
    let rows: Vec<ChartRow> = std::iter::once(overall_row)
        .chain(a.dimensions.iter().zip(dimensions).filter(|(d, _)| d.placement != Placement::NotAsked).map(|(d, row)| ChartRow {
            id: d.dimension.id(),
            title: row.title.clone(),
            words: row.words.clone(),
            level_id: row.level_id,
            band: d.placement.level(),
            marker: d.placement.position().map(x_of),
            note: (capped_by == Some(d.dimension)).then(|| t.chart_holds_back.to_string()),
        }))
        .collect();
    if rows.iter().all(|r| r.marker.is_none()) {
        return None;
    }
    let edges = [super::Ratio::ZERO, INTERMEDIAIRE_FROM, MAXIMAL_FROM, super::Ratio::whole(2)];
    Some(ChartView {
        caption: t.chart_caption.to_string(),
        legend: t.chart_legend.to_string(),
        bands: Level::ALL.iter().enumerate().map(|(k, l)| Band { level: *l, name: level_name(c, *l), from: x_of(edges[k]), to: x_of(edges[k + 1]) }).collect(),
        rows,
    })
}

/// Builds the result for these responses, on the path of the profile's role.
pub fn build(q: &Questionnaire, responses: &Responses, profile: &Profile) -> ResultView {
    let a = scoring::assess(q, profile.role, responses);
    view(q, responses, profile, &a)
}

/// The result for an assessment already made.
pub fn view(q: &Questionnaire, responses: &Responses, profile: &Profile, a: &Assessment) -> ResultView {
    let c = &q.content;
    let t = ui(c.language);
    // The assessment's role decides the path and the words (the profile only adds names).
    let role = a.role;
    let plain = super::model::plain_words(role);

    let mut context = Vec::new();
    if let Some(name) = &profile.partnership {
        context.push(fill(t.result_for, &[("name", name)]));
    }
    if let Some(kind) = profile.kind {
        context.push(fill(t.result_kind, &[("kind", &c.kinds[&kind])]));
    }
    context.push(match role {
        Some(r) => fill(t.result_role, &[("role", &c.roles[&r].name)]),
        None => t.result_no_role.to_string(),
    });

    let overall = match a.overall.placement.level() {
        Some(level) => {
            let f = &c.levels[&level];
            OverallView {
                label: if plain { t.overall_plain } else { t.overall }.to_string(),
                level: Some(level),
                level_id: level.id(),
                name: shown_level(c, level, plain),
                definition: f.definition.clone().filter(|_| !plain),
                summary: Vec::new(),
                about: Some(if plain { t.about_level_plain } else { t.about_level }.to_string()),
                texts: paragraphs(f, plain),
                // A parent's result speaks plainly: the places in the talk stay in the content, off screen.
                source: (!plain).then(|| cited(t, &f.source)),
                // With a chart (not on the parent path), the chart's overall row says it.
                capped: a.overall.capped_by.filter(|_| plain).map(|d| {
                    let everyday = |l: Level| c.levels[&l].plain_name.clone().unwrap_or_else(|| level_name(c, l));
                    fill(
                        t.capped_plain,
                        &[
                            ("high", &everyday(Level::Maximal)),
                            ("dim", &dimension_title(c, d, plain)),
                            ("low", &everyday(Level::Minimal)),
                            ("level", &everyday(Level::Intermediaire)),
                        ],
                    )
                }),
                missing: Vec::new(),
            }
        }
        _ if a.overall.placement == Placement::NotKnown => OverallView {
            label: if plain { t.overall_plain } else { t.overall }.to_string(),
            level: None,
            level_id: "inconnu",
            name: if plain { t.not_seen_plain } else { t.not_known }.to_string(),
            definition: None,
            summary: vec![talk(if plain { t.not_known_overall_plain } else { t.not_known_overall })],
            about: None,
            texts: Vec::new(),
            source: None,
            capped: None,
            // The questions to ask are listed once, under « ce que vous ne savez pas ».
            missing: Vec::new(),
        },
        _ if a.overall.placement == Placement::NotApplicable => OverallView {
            label: t.overall.to_string(),
            level: None,
            level_id: "sans-objet",
            name: t.dimension_not_applicable.to_string(),
            definition: None,
            summary: vec![talk(t.not_applicable_overall)],
            about: None,
            texts: Vec::new(),
            source: None,
            capped: None,
            missing: Vec::new(),
        },
        _ => OverallView {
            label: t.overall.to_string(),
            level: None,
            level_id: "pas-assez",
            name: t.not_enough.to_string(),
            definition: None,
            summary: vec![talk(t.not_enough_overall)],
            about: None,
            texts: Vec::new(),
            source: None,
            capped: None,
            missing: a.dimensions.iter().filter(|d| d.placement == Placement::NotEnough).flat_map(|d| missing_in(q, role, responses, d.dimension)).collect(),
        },
    };

    let overall_placed = a.overall.placement.level().is_some();
    let answered_any = q.path(role).iter().any(|i| matches!(responses.get(*i), Some(Choice::Picked(_))));
    let dimensions: Vec<DimensionRow> = a
        .dimensions
        .iter()
        .map(|d| {
            let (level_id, words) = match d.placement {
                Placement::Placed { level, .. } => (level.id(), shown_level(c, level, plain)),
                Placement::NotEnough => ("pas-assez", t.not_enough.to_string()),
                Placement::NotKnown => ("inconnu", if plain { t.not_seen_plain } else { t.dimension_not_known }.to_string()),
                Placement::NotApplicable => ("sans-objet", t.dimension_not_applicable.to_string()),
                Placement::NotAsked => ("non-demande", t.dimension_not_asked.to_string()),
            };
            DimensionRow {
                dimension: d.dimension,
                title: dimension_title(c, d.dimension, plain),
                level_id,
                words,
                counts: if d.asked > 0 && !plain { counts_text(t, d) } else { String::new() },
                // When the partnership has no overall level, the questions are listed once, there.
                missing: if d.placement == Placement::NotEnough && overall_placed { missing_in(q, role, responses, d.dimension) } else { Vec::new() },
            }
        })
        .collect();

    let spread = a.spread.filter(|_| !plain).map(|s| {
        if s.levels_differ {
            // Mid-sentence, a level's name starts lower case (ASCII only: `to_lowercase` would
            // bring Unicode's case tables into the bundle).
            let level = |d: Dimension| {
                let mut name = a.dimension(d).placement.level().map_or(String::new(), |l| level_name(c, l));
                if let Some(first) = name.get_mut(..1) {
                    first.make_ascii_lowercase();
                }
                name
            };
            fill(
                t.spread_differ,
                &[
                    ("high", &dimension_title(c, s.highest, false)),
                    ("high_level", &level(s.highest)),
                    ("low", &dimension_title(c, s.lowest, false)),
                    ("low_level", &level(s.lowest)),
                ],
            )
        } else {
            t.spread_close.to_string()
        }
    });

    let direction_rows: Vec<DirectionRow> = a
        .directions
        .iter()
        .filter_map(|s| {
            let item = q.item(s.item)?;
            Some(DirectionRow {
                item: s.item,
                question: super::model::plain_text(&item.question),
                today: super::model::plain_text(&item.answers.get(s.from)?.text),
                toward: super::model::plain_text(&item.answers.get(s.to)?.text),
                toward_level: s.toward,
                // The place of the practice; the level's own place is cited with what the talk says of it.
                source: if plain { String::new() } else { cited(t, &item.source) },
            })
        })
        .collect();
    // Grouped by the level they lead to, in the order of the first of each; a parent reads them
    // as what is done elsewhere, in one group.
    let mut groups: Vec<DirectionGroup> = Vec::new();
    for row in direction_rows {
        let heading = (!plain).then(|| if row.toward_level == Level::Maximal { t.toward_maximal } else { t.toward_intermediaire }.to_string());
        match groups.iter_mut().find(|g| g.heading == heading) {
            Some(g) => g.rows.push(row),
            None => groups.push(DirectionGroup { heading, label: if plain { t.toward_plain } else { t.to_try }.to_string(), rows: vec![row] }),
        }
    }
    let directions = (!groups.is_empty()).then(|| DirectionsView {
        title: t.directions_title.to_string(),
        intro: if plain { c.texts.directions_plain.clone() } else { c.texts.directions.clone() },
        today: t.today,
        groups,
    });

    let reading_title = |lens: Lens| -> &'static str {
        match (lens, plain) {
            (Lens::Care, false) => t.reading_care,
            (Lens::Conception, false) => t.reading_conception,
            (Lens::Threshold, false) => t.reading_threshold,
            (Lens::Method, false) => t.reading_method,
            (Lens::Form, false) => t.reading_form,
            (Lens::Care, true) => t.reading_care_plain,
            (Lens::Conception, true) => t.reading_conception_plain,
            (Lens::Threshold, true) => t.reading_threshold_plain,
            (Lens::Method, true) | (Lens::Form, true) => t.reading_method,
        }
    };
    let reading_rows: Vec<ReadingRow> = a
        .readings
        .iter()
        .filter_map(|r| {
            let values: Vec<_> = match &r.status {
                ReadingStatus::NotSaid => return None,
                ReadingStatus::Dominant { value, .. } => vec![*value],
                ReadingStatus::Hybrid { values, .. } => values.iter().map(|v| v.0).collect(),
            };
            let name = |v| {
                let f = c.lens_feedback(v);
                if plain {
                    f.plain.clone().unwrap_or_else(|| f.name.clone())
                } else {
                    f.name.clone()
                }
            };
            // A parent reads each of her choices in plain words, one per line; a professional
            // reads the values' names, then what the talk says of each.
            let (summary, texts): (String, Vec<Paragraph>) = if plain {
                (String::new(), values.iter().map(|v| talk(&name(*v))).collect())
            } else {
                let names = values.iter().map(|v| name(*v)).collect::<Vec<_>>().join(", ");
                let summary = if values.len() > 1 { format!("{} {names}", t.reading_hybrid) } else { names };
                (summary, values.iter().flat_map(|v| paragraphs(c.lens_feedback(*v), false)).collect())
            };
            let sources =
                if plain { String::new() } else { cited(t, &distinct_places(values.iter().map(|v| c.lens_feedback(*v).source.as_str()), t.list_sep)) };
            Some(ReadingRow { lens: r.lens, title: reading_title(r.lens).to_string(), summary, texts, sources })
        })
        .collect();
    let hybrid = a.readings.iter().any(|r| matches!(r.status, ReadingStatus::Hybrid { .. }));
    let readings = (!reading_rows.is_empty()).then(|| Section {
        title: if plain { t.readings_title_plain.to_string() } else { t.readings_title.to_string() },
        intro: (!plain).then(|| t.readings_intro.to_string()),
        rows: reading_rows,
        // What a combination means is said once, not under every combined reading.
        notes: match (hybrid, plain) {
            (false, _) => Vec::new(),
            (true, true) => vec![talk(&c.texts.hybrid_plain)],
            (true, false) => vec![talk(&c.texts.hybrid), ours(&c.texts.hybrid_advice)],
        },
    });

    let tension_rows: Vec<TensionRow> = a
        .tensions
        .iter()
        .filter_map(|tension| {
            let f = &c.tests[&tension.test];
            let (outcome_id, outcome) = match tension.status {
                TensionStatus::Silent => return None,
                TensionStatus::DontKnow => ("je-ne-sais-pas", t.tension_unknown.to_string()),
                TensionStatus::Answered { outcome, .. } => (outcome.id(), c.outcomes[&outcome].name.clone()),
            };
            Some(TensionRow {
                test_id: tension.test.id(),
                name: f.name.clone(),
                outcome_id,
                outcome,
                texts: vec![talk(&f.feedback)],
                sources: cited(t, &f.source),
            })
        })
        .collect();
    // What an épreuve, an arrangement or peace means is said once for each outcome given.
    let outcomes: Vec<Outcome> = Outcome::ALL
        .iter()
        .copied()
        .filter(|o| a.tensions.iter().any(|x| matches!(x.status, TensionStatus::Answered { outcome, .. } if outcome == *o)))
        .collect();
    let tensions = (!tension_rows.is_empty()).then(|| Section {
        title: t.tensions_title.to_string(),
        intro: Some(c.texts.tensions.clone()),
        rows: tension_rows,
        notes: outcomes
            .iter()
            .flat_map(|o| {
                let f = &c.outcomes[o];
                std::iter::once(talk(&format!("{}{}{}", f.name, t.colon, f.feedback))).chain(f.advice.as_deref().map(ours))
            })
            .collect(),
    });

    let risks: Vec<RiskRow> = a
        .risks
        .iter()
        .map(|raised| {
            let f = &c.risks[&raised.risk];
            RiskRow {
                risk_id: raised.risk.id(),
                // On the parent path the section's title says it all: no jargon name per risk.
                name: if plain { String::new() } else { f.name.clone() },
                texts: paragraphs(f, plain),
                raised_by: raised
                    .sources
                    .iter()
                    .filter_map(|s| {
                        let item = q.item(s.item)?;
                        let answer = fill(t.quoted, &[("text", &super::model::plain_text(&item.answers.get(s.answer)?.text))]);
                        Some(format!("{} — {answer}", super::model::plain_text(&item.question)))
                    })
                    .collect(),
                source: if plain { String::new() } else { cited(t, &f.source) },
            }
        })
        .collect();

    let groups: Vec<UnknownGroup> = a
        .dimensions
        .iter()
        .filter(|d| !d.unknown_items.is_empty())
        .map(|d| UnknownGroup { title: dimension_title(c, d.dimension, plain), items: d.unknown_items.iter().filter_map(|i| link(q, *i)).collect() })
        .collect();
    let unknowns = (!groups.is_empty()).then(|| {
        let texts = if plain { vec![talk(&c.texts.unknowns_plain)] } else { vec![talk(&c.texts.unknowns), ours(&c.texts.unknowns_advice)] };
        (
            Section {
                title: if plain { t.unknowns_title_plain.to_string() } else { t.unknowns_title.to_string() },
                intro: None,
                rows: groups,
                notes: Vec::new(),
            },
            texts,
        )
    });

    let case = a.closest_case.as_ref().filter(|_| !plain).map(|m| {
        let text = &c.cases[&m.case];
        let mut reasons = Vec::new();
        if m.same_level {
            reasons.push(t.case_same_level.to_string());
        }
        for v in &m.shared {
            reasons.push(fill(t.case_shared, &[("value", &c.lens_feedback(*v).name)]));
        }
        if !m.near_dimensions.is_empty() {
            let dims: Vec<String> = m.near_dimensions.iter().map(|d| dimension_title(c, *d, false)).collect();
            reasons.push(fill(t.case_near, &[("dims", &dims.join(", "))]));
        }
        CaseView {
            id: m.case.id(),
            name: text.name.clone(),
            summary: text.summary.clone(),
            reasons,
            far: m.far.then(|| t.case_far.to_string()),
            other_level: m.level.filter(|_| !m.same_level).map(|l| {
                let mut name = level_name(c, l);
                if let Some(first) = name.get_mut(..1) {
                    first.make_ascii_lowercase();
                }
                fill(t.case_other_level, &[("level", &name)])
            }),
            source: cited(t, &text.source),
        }
    });

    let any_advice = overall
        .texts
        .iter()
        .chain(risks.iter().flat_map(|r| &r.texts))
        .chain(readings.iter().flat_map(|s| s.rows.iter().flat_map(|r| &r.texts).chain(&s.notes)))
        .chain(tensions.iter().flat_map(|s| &s.notes))
        .chain(unknowns.iter().flat_map(|u| &u.1))
        .any(|p| p.advice);
    let chart = if plain { None } else { chart(t, c, a, &overall, &dimensions) };
    ResultView {
        advice_note: any_advice.then(|| t.advice_note.to_string()),
        title: t.result_title.to_string(),
        plain,
        context,
        framing: if plain { c.texts.no_failure_plain.clone() } else { c.texts.no_failure.clone() },
        overall,
        dimensions_title: if plain { t.dimensions_title_plain } else { t.dimensions_title }.to_string(),
        chart,
        dimensions,
        spread,
        directions,
        readings,
        tensions,
        risks_title: if plain { t.risks_title_plain.to_string() } else { t.risks_title.to_string() },
        // « Nothing to watch » only says something once the respondent has described practices.
        risks_none: (risks.is_empty() && answered_any).then(|| if plain { t.risks_none_plain } else { t.risks_none }.to_string()),
        risks,
        unknowns,
        case_title: if case.as_ref().is_some_and(|c| c.other_level.is_some()) { t.case_title_other } else { t.case_title }.to_string(),
        case,
        answers_title: t.answers_title.to_string(),
        answers: answer_rows(q, role, responses),
        closing: if plain { c.texts.dissatisfaction_plain.clone() } else { c.texts.dissatisfaction.clone() },
        advice_label: t.advice_label,
        raised_by_label: t.raised_by,
        colon: t.colon,
    }
}

impl ResultView {
    /// The result as plain text, in the order of the screen (the CLI's `--text`).
    pub fn to_text(&self) -> String {
        let colon = self.colon;
        let mut out = String::new();
        let mut line = |s: &str| {
            out.push_str(s);
            out.push('\n');
        };
        let para = |p: &Paragraph, label: &str| if p.advice { format!("{label} {}", p.text) } else { p.text.clone() };
        line(&self.title);
        for c in &self.context {
            line(c);
        }
        line("");
        line(&self.framing);
        line("");
        line(&format!("{} {}", self.overall.label, self.overall.name));
        if let Some(d) = &self.overall.definition {
            line(d);
        }
        for p in self.overall.summary.iter().chain(&self.overall.texts) {
            line(&para(p, self.advice_label));
        }
        if let Some(c) = &self.overall.capped {
            line(c);
        }
        for note in self.chart.iter().flat_map(|c| c.rows.first()).flat_map(|r| &r.note) {
            line(note);
        }
        for m in &self.overall.missing {
            line(&format!("  → {}", m.question));
        }
        line("");
        line(&self.dimensions_title);
        for d in &self.dimensions {
            line(&format!("  - {}{colon}{}{}", d.title, d.words, if d.counts.is_empty() { String::new() } else { format!(" ({})", d.counts) }));
        }
        if let Some(s) = &self.spread {
            line(s);
        }
        if let Some(dir) = &self.directions {
            line("");
            line(&dir.title);
            line(&dir.intro);
            for g in &dir.groups {
                if let Some(h) = &g.heading {
                    line(h);
                }
                for r in &g.rows {
                    line(&format!("  - {}", r.question));
                    line(&format!("    {} {}", g.label, r.toward));
                }
            }
        }
        if let Some(readings) = &self.readings {
            line("");
            line(&readings.title);
            for r in &readings.rows {
                line(&format!("  - {}{colon}{}", r.title, r.summary));
            }
        }
        if let Some(tensions) = &self.tensions {
            line("");
            line(&tensions.title);
            for r in &tensions.rows {
                line(&format!("  - {}{colon}{}", r.name, r.outcome));
            }
        }
        line("");
        line(&self.risks_title);
        if let Some(none) = &self.risks_none {
            line(none);
        }
        for r in &self.risks {
            // On the parent path a risk has no name of its own: its plain words say it.
            let said = if r.name.is_empty() { r.texts.first().map_or("", |p| p.text.as_str()) } else { r.name.as_str() };
            line(&format!("  - {said}"));
        }
        if let Some((section, _)) = &self.unknowns {
            line("");
            line(&section.title);
            for g in &section.rows {
                for i in &g.items {
                    line(&format!("  - {}{colon}{}", g.title, i.question));
                }
            }
        }
        if let Some(case) = &self.case {
            line("");
            line(&format!("{}{colon}{}", self.case_title, case.name));
        }
        line("");
        line(&self.closing);
        out
    }
}
