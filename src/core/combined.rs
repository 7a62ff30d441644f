//! One partnership seen by several of its partners: each partner's placement side by side, where they diverge (« points à discuter »), what nobody knows and what one role alone knows, and the combined picture: the partnership placed from everything its partners know together (the rule is in ARCHITECTURE.md, « The combined picture »).

use super::model::{Dimension, ItemKind, Level, Role, Vocabulary};
use super::questionnaire::{Choice, Questionnaire, Responses};
use super::ratio::Ratio;
use super::scoring::{assess, at_least_half, level_of, overall_of, Overall, Placement};

/// One partner's answers: their role (which items they could know) and their responses.
#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    pub role: Option<Role>,
    pub responses: Responses,
}

/// A dimension where the partners who placed it do not see the same level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Divergence {
    pub dimension: Dimension,
    /// How far apart the levels are, in levels (1 or 2).
    pub gap: usize,
    /// The scale items of this dimension whose practices, as the partners described them, are a
    /// level or more apart: what to talk about.
    pub items: Vec<usize>,
}

/// What the partners know together.
#[derive(Debug, Clone, PartialEq)]
pub struct Combined {
    /// Each partner's own placement, per dimension (in `Dimension::ALL` order), and overall; with
    /// `combine_groups`, each group's placement from what its members know together.
    pub partners: Vec<(Vec<Placement>, Overall)>,
    /// The partnership placed from all the partners' answers together, per dimension.
    pub dimensions: Vec<Placement>,
    pub overall: Overall,
    /// Dimensions where partners' levels differ, the widest gap first.
    pub to_discuss: Vec<Divergence>,
    /// Scale items that some partner was asked and none described (unanswered, or « je ne sais
    /// pas »); items all its partners set aside (« ne s'applique pas ») are not here.
    pub nobody_knows: Vec<usize>,
    /// Scale items described by partners of one role only, with that role (`None`: no role);
    /// none when every partner has the same role.
    pub one_role_knows: Vec<(usize, Option<Role>)>,
}

/// What the partners who were asked an item said of it, together.
enum Together {
    /// Practices described: the mean of their steps.
    Described(Ratio),
    /// Nobody described it, and someone said « je ne sais pas ».
    NotKnown,
    /// Everyone asked set it aside.
    NotApplicable,
    /// Nobody answered it.
    Missing,
}

/// The step (0 minimal, 1 intermédiaire, 2 maximal) of a partner's practice on a scale item.
fn step(q: &Questionnaire, item: usize, choice: Option<Choice>) -> Option<i64> {
    let Some(Choice::Picked(p)) = choice else { return None };
    q.item(item)?.answers.get(p.single()?)?.level.map(|l| l.index() as i64)
}

fn together(q: &Questionnaire, partners: &[Partner], item: usize) -> Together {
    let asked: Vec<&Partner> = partners.iter().filter(|p| q.on_path(p.role, item)).collect();
    let steps: Vec<Ratio> = asked.iter().filter_map(|p| step(q, item, p.responses.get(item))).map(Ratio::whole).collect();
    if !steps.is_empty() {
        Together::Described(Ratio::mean(&steps))
    } else if asked.iter().any(|p| p.responses.get(item) == Some(Choice::DontKnow)) {
        Together::NotKnown
    } else if !asked.is_empty() && asked.iter().all(|p| p.responses.get(item) == Some(Choice::NotApplicable)) {
        Together::NotApplicable
    } else {
        Together::Missing
    }
}

/// The scale items of a dimension that at least one partner was asked.
fn scale_items(q: &Questionnaire, partners: &[Partner], d: Dimension) -> Vec<usize> {
    q.items().filter(|(i, r, _)| r.dimension == d && r.kind == ItemKind::Scale && partners.iter().any(|p| q.on_path(p.role, *i))).map(|(i, _, _)| i).collect()
}

/// The partnership placed in one dimension from what its partners know together: the
/// single-respondent rule, applied to the items any partner was asked, each counted once.
fn dimension(q: &Questionnaire, partners: &[Partner], d: Dimension) -> Placement {
    let items = scale_items(q, partners, d);
    let (mut described, mut not_known, mut not_applicable) = (Vec::new(), 0, 0);
    for &i in &items {
        match together(q, partners, i) {
            Together::Described(position) => described.push(position),
            Together::NotKnown => not_known += 1,
            Together::NotApplicable => not_applicable += 1,
            Together::Missing => {}
        }
    }
    let could_know = items.len() - not_applicable - not_known;
    if items.is_empty() {
        Placement::NotAsked
    } else if could_know == 0 && not_known > 0 {
        Placement::NotKnown
    } else if could_know == 0 {
        Placement::NotApplicable
    } else if !at_least_half(described.len(), could_know) {
        Placement::NotEnough
    } else {
        let position = Ratio::mean(&described);
        Placement::Placed { position, level: level_of(position) }
    }
}

/// Each partner's placement, the combined picture, what to discuss and what is known by whom.
pub fn combine(q: &Questionnaire, partners: &[Partner]) -> Combined {
    let own: Vec<(Vec<Placement>, Overall)> = partners
        .iter()
        .map(|p| {
            let a = assess(q, p.role, &p.responses);
            (a.dimensions.iter().map(|d| d.placement).collect(), a.overall)
        })
        .collect();
    combined_with(q, partners, own)
}

/// The same picture with the partners in groups (a seminar's respondents by role): each group is
/// placed from what its members know together (the combined rule applied to the group alone), and
/// « points à discuter » are the dimensions where groups do not see the same level. The items
/// behind a divergence, what nobody knows and what one role alone knows still come from every
/// partner. A partner in no group counts in the combined picture only; `groups` holds indices
/// into `partners` (out of range ones are ignored).
pub fn combine_groups(q: &Questionnaire, partners: &[Partner], groups: &[Vec<usize>]) -> Combined {
    let own = groups
        .iter()
        .map(|g| {
            let members: Vec<Partner> = g.iter().filter_map(|i| partners.get(*i).cloned()).collect();
            let dims: Vec<Placement> = Dimension::ALL.iter().map(|d| dimension(q, &members, *d)).collect();
            let overall = overall_of(&dims);
            (dims, overall)
        })
        .collect();
    combined_with(q, partners, own)
}

fn combined_with(q: &Questionnaire, partners: &[Partner], own: Vec<(Vec<Placement>, Overall)>) -> Combined {
    let dimensions: Vec<Placement> = Dimension::ALL.iter().map(|d| dimension(q, partners, *d)).collect();
    let overall = overall_of(&dimensions);

    let mut to_discuss = Vec::new();
    for (k, d) in Dimension::ALL.iter().enumerate() {
        let levels: Vec<usize> = own.iter().filter_map(|(dims, _)| dims[k].level()).map(|l: Level| l.index()).collect();
        let (Some(low), Some(high)) = (levels.iter().min(), levels.iter().max()) else { continue };
        if high > low {
            let items = scale_items(q, partners, *d)
                .into_iter()
                .filter(|i| {
                    let steps: Vec<i64> = partners.iter().filter_map(|p| step(q, *i, p.responses.get(*i))).collect();
                    steps.iter().max().zip(steps.iter().min()).is_some_and(|(h, l)| h > l)
                })
                .collect();
            to_discuss.push(Divergence { dimension: *d, gap: high - low, items });
        }
    }
    super::small_sort::sort_by_key(&mut to_discuss, |v| std::cmp::Reverse(v.gap));

    let all_scale: Vec<usize> = Dimension::ALL.iter().flat_map(|d| scale_items(q, partners, *d)).collect();
    let nobody_knows = all_scale.iter().copied().filter(|i| matches!(together(q, partners, *i), Together::NotKnown | Together::Missing)).collect();
    let one_role_knows = all_scale
        .iter()
        .filter_map(|&i| {
            let roles: Vec<Option<Role>> = partners.iter().filter(|p| step(q, i, p.responses.get(i)).is_some()).map(|p| p.role).collect();
            let first = *roles.first()?;
            roles.iter().all(|r| *r == first).then_some((i, first))
        })
        // Said only when the partners are of more than one role (else every item is one role's).
        .filter(|_| partners.iter().any(|p| p.role != partners[0].role))
        .collect();
    Combined { partners: own, dimensions, overall, to_discuss, nobody_knows, one_role_knows }
}
