//! An oracle for the scoring rule: a plain reference implementation written here from ARCHITECTURE.md — its own paths, its own arithmetic (whole units of 1/10080 step instead of fractions) — checked against the core on answers biased toward the rule's edges, for every role.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::fr;
use partenariat::core::model::{ItemKind, LensValue, NO_ROLE_SCOPES};
use partenariat::core::scoring::{assess, Placement, ReadingStatus};
use partenariat::core::{Choice, Dimension, Lens, Level, Picks, Questionnaire, Ratio, Responses, Risk, Role, Vocabulary};
use proptest::prelude::*;

/// One step in whole units: 10080 is divisible by every count of answers (1 to 8) and every
/// count of dimensions (1 to 4) a mean divides by, so every position is a whole number here.
const UNIT: i64 = 10080;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    Placed(i64),
    NotEnough,
    NotKnown,
    NotApplicable,
    NotAsked,
}

fn level(units: i64) -> Level {
    if 3 * units >= 4 * UNIT {
        Level::Maximal
    } else if 3 * units >= 2 * UNIT {
        Level::Intermediaire
    } else {
        Level::Minimal
    }
}

/// Exact division in units: the remainder must be zero, or the arithmetic is not exact.
fn exact(num: i64, den: i64) -> i64 {
    assert_eq!(num % den, 0, "{num} / {den} is not a whole number of units");
    num / den
}

/// « The items of a role's path »: read from the content itself (the role's scopes, or every
/// professional scope without a role), not from the core's routing.
fn path(q: &Questionnaire, role: Option<Role>) -> Vec<usize> {
    let scopes = match role {
        Some(r) => q.content.roles[&r].scopes.clone(),
        None => NO_ROLE_SCOPES.to_vec(),
    };
    let mut out = Vec::new();
    let mut index = 0;
    for d in &q.content.dimensions {
        for item in &d.items {
            if scopes.contains(&item.scope) {
                out.push(index);
            }
            index += 1;
        }
    }
    out
}

/// « Placed when the practices described are at least half of the scale items the respondent
/// could know: those asked, less « ne s'applique pas » and « je ne sais pas ». »
fn dimension(q: &Questionnaire, role: Option<Role>, r: &Responses, d: Dimension) -> Place {
    let scale: Vec<usize> =
        path(q, role).into_iter().filter(|i| q.item_ref(*i).unwrap().dimension == d && q.item(*i).unwrap().kind() == ItemKind::Scale).collect();
    if scale.is_empty() {
        return Place::NotAsked;
    }
    let count = |c: Choice| scale.iter().filter(|i| r.get(**i) == Some(c)).count() as i64;
    let (dont_know, not_applicable) = (count(Choice::DontKnow), count(Choice::NotApplicable));
    let could_know = scale.len() as i64 - dont_know - not_applicable;
    if could_know == 0 {
        return if dont_know > 0 { Place::NotKnown } else { Place::NotApplicable };
    }
    let steps: Vec<i64> = scale
        .iter()
        .filter_map(|i| {
            let Some(Choice::Picked(p)) = r.get(*i) else { return None };
            let ks: Vec<usize> = p.iter().collect();
            if ks.len() != 1 {
                return None;
            }
            Some(q.item(*i)?.answers.get(ks[0])?.level?.index() as i64)
        })
        .collect();
    let known = steps.len() as i64;
    if known == 0 || 2 * known < could_know {
        return Place::NotEnough;
    }
    Place::Placed(exact(steps.iter().sum::<i64>() * UNIT, known))
}

/// « The mean of the placed dimensions, once they are at least half of those that count;
/// maximal only if no placed dimension is minimal. » Returns (position, level, capped by) or why not.
fn overall(places: &[Place]) -> Result<(i64, Level, Option<usize>), Place> {
    let counted = places.iter().filter(|p| matches!(p, Place::Placed(_) | Place::NotEnough)).count();
    if counted == 0 && places.contains(&Place::NotKnown) {
        return Err(Place::NotKnown);
    }
    if counted == 0 && places.contains(&Place::NotApplicable) {
        return Err(Place::NotApplicable);
    }
    let placed: Vec<(usize, i64)> = places.iter().enumerate().filter_map(|(d, p)| if let Place::Placed(x) = p { Some((d, *x)) } else { None }).collect();
    if placed.is_empty() || 2 * placed.len() < counted {
        return Err(Place::NotEnough);
    }
    let position = exact(placed.iter().map(|p| p.1).sum::<i64>(), placed.len() as i64);
    let minimal = placed.iter().find(|p| level(p.1) == Level::Minimal).map(|p| p.0);
    Ok(match (level(position), minimal) {
        (Level::Maximal, Some(d)) => (position, Level::Intermediaire, Some(d)),
        (l, _) => (position, l, None),
    })
}

fn places(q: &Questionnaire, role: Option<Role>, r: &Responses) -> Vec<Place> {
    Dimension::ALL.iter().map(|d| dimension(q, role, r, *d)).collect()
}

fn raised(q: &Questionnaire, role: Option<Role>, r: &Responses) -> Vec<Risk> {
    let mut out = Vec::new();
    for i in path(q, role) {
        if let Some(Choice::Picked(p)) = r.get(i) {
            for k in p.iter() {
                out.extend(q.item(i).unwrap().answers[k].risks.iter().copied());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// « Copy the answers, move one to the first next-level practice that raises no new risk,
/// place again, keep those that raise the position, sort by level then position (stable),
/// keep three. »
fn directions(q: &Questionnaire, role: Option<Role>, r: &Responses) -> Vec<(usize, usize)> {
    let Ok((position, now, _)) = overall(&places(q, role, r)) else { return Vec::new() };
    if now == Level::Maximal {
        return Vec::new();
    }
    let risks = raised(q, role, r);
    let mut moves = Vec::new();
    for i in path(q, role) {
        let item = q.item(i).unwrap();
        if item.kind() != ItemKind::Scale {
            continue;
        }
        let Some(Choice::Picked(p)) = r.get(i) else { continue };
        let ks: Vec<usize> = p.iter().collect();
        if ks.len() != 1 {
            continue;
        }
        let Some(l) = item.answers[ks[0]].level else { continue };
        if l == Level::Maximal {
            continue;
        }
        let next = Level::ALL[l.index() + 1];
        let Some(to) = item.answers.iter().position(|a| a.level == Some(next) && a.risks.iter().all(|x| risks.contains(x))) else { continue };
        let mut moved = r.clone();
        moved.set(i, Some(Choice::one(to as u8)));
        if let Ok((after, level_after, _)) = overall(&places(q, role, &moved)) {
            if after > position {
                moves.push((level_after, after, i, to));
            }
        }
    }
    moves.sort_by_key(|m| std::cmp::Reverse((m.0, m.1)));
    moves.into_iter().take(3).map(|m| (m.2, m.3)).collect()
}

/// « For each lens, the values chosen: none → not said; one on more than half → that value;
/// else hybrid, most frequent first, ties in the vocabulary's order. »
fn reading(q: &Questionnaire, role: Option<Role>, r: &Responses, lens: Lens) -> ReadingStatus {
    let mut chosen: Vec<LensValue> = Vec::new();
    for i in path(q, role) {
        let item = q.item(i).unwrap();
        if item.kind() != ItemKind::Reading(lens) {
            continue;
        }
        if let Some(Choice::Picked(p)) = r.get(i) {
            chosen.extend(p.iter().filter_map(|k| item.answers[k].lens_value()));
        }
    }
    let of = chosen.len();
    let mut counts: Vec<(LensValue, usize)> =
        LensValue::all(lens).into_iter().map(|v| (v, chosen.iter().filter(|c| **c == v).count())).filter(|x| x.1 > 0).collect();
    if of == 0 {
        return ReadingStatus::NotSaid;
    }
    if let Some((value, count)) = counts.iter().find(|x| 2 * x.1 > of) {
        return ReadingStatus::Dominant { value: *value, count: *count, of };
    }
    counts.sort_by_key(|x| std::cmp::Reverse(x.1));
    ReadingStatus::Hybrid { values: counts, of }
}

fn any_role() -> impl Strategy<Value = Option<Role>> {
    prop_oneof![Just(None), (0..Role::ALL.len()).prop_map(|k| Some(Role::ALL[k]))]
}

/// Answers biased toward the rule's edges: each respondent leans to one level (so that caps
/// and band limits come up), and each dimension has its own rate of « je ne sais pas » and
/// « ne s'applique pas » (so that dimensions not known or not applying come up).
fn any_responses() -> impl Strategy<Value = Responses> {
    let q = fr();
    let n = q.item_count();
    (0usize..3, prop::collection::vec(0u8..6, 4), prop::collection::vec(any::<u16>(), n)).prop_map(move |(lean, rates, seeds)| {
        let q = fr();
        let mut r = Responses::empty(q);
        for (i, seed) in seeds.iter().enumerate() {
            let item = q.item(i).unwrap();
            let d = q.item_ref(i).unwrap().dimension.index();
            let roll = (seed % 12) as u8;
            let choice = if roll < rates[d] / 2 {
                Some(Choice::DontKnow)
            } else if roll < rates[d] {
                Some(Choice::NotApplicable)
            } else if roll == 11 {
                None
            } else if item.multiple {
                Some(Choice::Picked(Picks::of(&[(seed >> 4) as u8 % item.answers.len() as u8, (seed >> 8) as u8 % item.answers.len() as u8])))
            } else {
                // Three times in four, an answer at the respondent's leaning level, if the item has one.
                let leaning = item.answers.iter().position(|a| a.level == Some(Level::ALL[lean]));
                let k = match leaning {
                    Some(k) if (seed >> 4) % 4 != 0 => k,
                    _ => (seed >> 6) as usize % item.answers.len(),
                };
                Some(Choice::one(k as u8))
            };
            r.set(i, choice);
        }
        r
    })
}

fn as_units(p: Placement) -> Place {
    match p {
        Placement::Placed { position, .. } => {
            let units = position * Ratio::whole(UNIT);
            assert_eq!(units.den(), 1, "a position in units is whole: {position:?}");
            Place::Placed(units.num())
        }
        Placement::NotEnough => Place::NotEnough,
        Placement::NotKnown => Place::NotKnown,
        Placement::NotApplicable => Place::NotApplicable,
        Placement::NotAsked => Place::NotAsked,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_core_follows_the_rule_as_written(r in any_responses(), role in any_role()) {
        let q = fr();
        let a = assess(q, role, &r);
        prop_assert_eq!(q.path(role), path(q, role), "the role's path");
        let expected = places(q, role, &r);
        let got: Vec<Place> = a.dimensions.iter().map(|d| as_units(d.placement)).collect();
        prop_assert_eq!(&got, &expected);
        for (d, p) in a.dimensions.iter().zip(&expected) {
            if let Place::Placed(x) = p {
                prop_assert_eq!(d.placement.level(), Some(level(*x)));
            }
        }
        match overall(&expected) {
            Err(why) => prop_assert_eq!(as_units(a.overall.placement), why),
            Ok((position, level, capped)) => {
                prop_assert_eq!(as_units(a.overall.placement), Place::Placed(position));
                prop_assert_eq!(a.overall.placement.level(), Some(level));
                prop_assert_eq!(a.overall.capped_by, capped.map(|d| Dimension::ALL[d]));
            }
        }
        // Spread: highest and lowest placed, ties to the first.
        let placed: Vec<(usize, i64)> = expected.iter().enumerate().filter_map(|(d, p)| if let Place::Placed(x) = p { Some((d, *x)) } else { None }).collect();
        match a.spread {
            None => prop_assert!(placed.len() < 2),
            Some(s) => {
                let high = placed.iter().fold(placed[0], |b, p| if p.1 > b.1 { *p } else { b });
                let low = placed.iter().fold(placed[0], |b, p| if p.1 < b.1 { *p } else { b });
                prop_assert_eq!((s.highest.index(), s.lowest.index()), (high.0, low.0));
                prop_assert_eq!(as_units(Placement::Placed { position: s.gap, level: Level::Minimal }), Place::Placed(high.1 - low.1));
            }
        }
        for lens in Lens::ALL {
            prop_assert_eq!(&a.reading(*lens).status, &reading(q, role, &r, *lens), "{:?}", lens);
        }
        let risks: Vec<Risk> = a.risks.iter().map(|x| x.risk).collect();
        prop_assert_eq!(risks, raised(q, role, &r));
        let got: Vec<(usize, usize)> = a.directions.iter().map(|d| (d.item, d.to)).collect();
        prop_assert_eq!(got, directions(q, role, &r));
    }
}

#[test]
fn the_biased_answers_reach_every_outcome_of_the_rule() {
    // The property above is only as good as what its answers reach: check they reach caps,
    // dimensions not known and not applying, and every overall outcome.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let q = fr();
    let mut runner = TestRunner::deterministic();
    let (mut capped, mut not_known, mut not_applicable, mut levels) = (0, 0, 0, [0; 3]);
    for _ in 0..3000 {
        let r = any_responses().new_tree(&mut runner).unwrap().current();
        let a = assess(q, None, &r);
        capped += a.overall.capped_by.is_some() as usize;
        not_known += a.dimensions.iter().filter(|d| d.placement == Placement::NotKnown).count();
        not_applicable += a.dimensions.iter().filter(|d| d.placement == Placement::NotApplicable).count();
        if let Some(l) = a.overall.placement.level() {
            levels[l.index()] += 1;
        }
    }
    assert!(capped > 10 && not_known > 10 && not_applicable > 10, "capped {capped}, not known {not_known}, not applicable {not_applicable}");
    assert!(levels.iter().all(|n| *n > 100), "{levels:?}");
}
