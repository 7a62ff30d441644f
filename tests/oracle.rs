//! An oracle for the scoring rule: a plain reference implementation written here from ARCHITECTURE.md, in a different arithmetic (whole units of 1/10080 step instead of fractions), checked against the core on random answers for every role.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::fr;
use partenariat::core::model::ItemKind;
use partenariat::core::scoring::{assess, Placement};
use partenariat::core::{Choice, Dimension, Level, Picks, Questionnaire, Ratio, Responses, Risk, Role, Vocabulary};
use proptest::prelude::*;

/// One step in whole units: 10080 is divisible by every count of answers (1 to 8) and every
/// count of dimensions (1 to 4) a mean can divide by, so every position is a whole number here.
const UNIT: i64 = 10080;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    Placed(i64),
    NotEnough,
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

/// « Placed when the practices known are at least half of the scale items the respondent could know. »
fn dimension(q: &Questionnaire, role: Option<Role>, r: &Responses, d: Dimension) -> Place {
    let scale: Vec<usize> = q.path(role).into_iter().filter(|i| q.item_ref(*i).unwrap().dimension == d && q.item_ref(*i).unwrap().kind == ItemKind::Scale).collect();
    if scale.is_empty() {
        return Place::NotAsked;
    }
    let applicable = scale.iter().filter(|i| r.get(**i) != Some(Choice::NotApplicable)).count() as i64;
    if applicable == 0 {
        return Place::NotApplicable;
    }
    let steps: Vec<i64> = scale
        .iter()
        .filter_map(|i| {
            let Some(Choice::Picked(p)) = r.get(*i) else { return None };
            if p.len() != 1 {
                return None;
            }
            let k = p.iter().next()?;
            Some(q.item(*i)?.answers.get(k)?.level?.index() as i64)
        })
        .collect();
    let known = steps.len() as i64;
    if known == 0 || 2 * known < applicable {
        return Place::NotEnough;
    }
    Place::Placed(steps.iter().sum::<i64>() * UNIT / known)
}

/// « The mean of the placed dimensions, once they are at least half of those that count;
/// maximal only if no placed dimension is minimal. » Returns (position, level, capped by).
fn overall(places: &[Place]) -> Option<(i64, Level, Option<usize>)> {
    let counted = places.iter().filter(|p| matches!(p, Place::Placed(_) | Place::NotEnough)).count();
    let placed: Vec<(usize, i64)> = places.iter().enumerate().filter_map(|(d, p)| if let Place::Placed(x) = p { Some((d, *x)) } else { None }).collect();
    if placed.is_empty() || 2 * placed.len() < counted {
        return None;
    }
    let position = placed.iter().map(|p| p.1).sum::<i64>() / placed.len() as i64;
    let minimal = placed.iter().find(|p| level(p.1) == Level::Minimal).map(|p| p.0);
    match (level(position), minimal) {
        (Level::Maximal, Some(d)) => Some((position, Level::Intermediaire, Some(d))),
        (l, _) => Some((position, l, None)),
    }
}

fn places(q: &Questionnaire, role: Option<Role>, r: &Responses) -> Vec<Place> {
    Dimension::ALL.iter().map(|d| dimension(q, role, r, *d)).collect()
}

fn raised(q: &Questionnaire, role: Option<Role>, r: &Responses) -> Vec<Risk> {
    let mut out = Vec::new();
    for i in q.path(role) {
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
    let Some((position, now, _)) = overall(&places(q, role, r)) else { return Vec::new() };
    if now == Level::Maximal {
        return Vec::new();
    }
    let risks = raised(q, role, r);
    let mut moves = Vec::new();
    for i in q.path(role) {
        let item = q.item(i).unwrap();
        if item.kind() != ItemKind::Scale {
            continue;
        }
        let Some(Choice::Picked(p)) = r.get(i) else { continue };
        let Some(from) = p.single() else { continue };
        let Some(l) = item.answers[from].level else { continue };
        if l == Level::Maximal {
            continue;
        }
        let next = Level::ALL[l.index() + 1];
        let Some(to) = item.answers.iter().position(|a| a.level == Some(next) && a.risks.iter().all(|x| risks.contains(x))) else { continue };
        let mut moved = r.clone();
        moved.set(i, Some(Choice::one(to as u8)));
        if let Some((after, level_after, _)) = overall(&places(q, role, &moved)) {
            if after > position {
                moves.push((level_after, after, i, to));
            }
        }
    }
    moves.sort_by_key(|m| std::cmp::Reverse((m.0, m.1)));
    moves.into_iter().take(3).map(|m| (m.2, m.3)).collect()
}

fn any_role() -> impl Strategy<Value = Option<Role>> {
    prop_oneof![Just(None), (0..Role::ALL.len()).prop_map(|k| Some(Role::ALL[k]))]
}

fn any_responses() -> impl Strategy<Value = Responses> {
    let per_item: Vec<BoxedStrategy<Option<Choice>>> = fr()
        .items()
        .map(|(_, _, item)| {
            let n = item.answers.len() as u8;
            let picked: BoxedStrategy<Option<Choice>> = if item.multiple {
                prop::collection::vec(0..n, 1..=n as usize).prop_map(|ks| Some(Choice::Picked(Picks::of(&ks)))).boxed()
            } else {
                (0..n).prop_map(|k| Some(Choice::one(k))).boxed()
            };
            prop_oneof![1 => Just(None), 1 => Just(Some(Choice::DontKnow)), 1 => Just(Some(Choice::NotApplicable)), 5 => picked].boxed()
        })
        .collect();
    per_item.prop_map(Responses)
}

fn as_units(p: Placement) -> Place {
    match p {
        Placement::Placed { position, .. } => {
            let units = position * Ratio::whole(UNIT);
            assert_eq!(units.den(), 1, "a position in units is whole: {position:?}");
            Place::Placed(units.num())
        }
        Placement::NotEnough => Place::NotEnough,
        Placement::NotApplicable => Place::NotApplicable,
        Placement::NotAsked => Place::NotAsked,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_core_follows_the_rule_as_written(r in any_responses(), role in any_role()) {
        let q = fr();
        let a = assess(q, role, &r);
        let expected = places(q, role, &r);
        let got: Vec<Place> = a.dimensions.iter().map(|d| as_units(d.placement)).collect();
        prop_assert_eq!(&got, &expected);
        for (d, p) in a.dimensions.iter().zip(&expected) {
            if let Place::Placed(x) = p {
                prop_assert_eq!(d.placement.level(), Some(level(*x)));
            }
        }
        match overall(&expected) {
            None => prop_assert_eq!(a.overall.placement, Placement::NotEnough),
            Some((position, level, capped)) => {
                prop_assert_eq!(as_units(a.overall.placement), Place::Placed(position));
                prop_assert_eq!(a.overall.placement.level(), Some(level));
                prop_assert_eq!(a.overall.capped_by, capped.map(|d| Dimension::ALL[d]));
            }
        }
        let risks: Vec<Risk> = a.risks.iter().map(|x| x.risk).collect();
        prop_assert_eq!(risks, raised(q, role, &r));
        let got: Vec<(usize, usize)> = a.directions.iter().map(|d| (d.item, d.to)).collect();
        prop_assert_eq!(got, directions(q, role, &r));
    }
}
