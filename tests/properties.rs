//! Property tests of the scoring: determinism, bounds, monotonicity, the ends of the scale, and the independence of dimensions.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::scoring::{Placement, Reading};
use partenariat::core::{assess, Choice, Dimension, Language, Level, Questionnaire, Responses, Vocabulary};
use proptest::prelude::*;

fn q() -> &'static Questionnaire {
    Questionnaire::get(Language::Fr)
}

/// Any responses to the French questionnaire: each item unanswered, « je ne sais pas », or one of its answers.
fn any_responses() -> impl Strategy<Value = Responses> {
    let q = q();
    let per_item: Vec<BoxedStrategy<Option<Choice>>> = q
        .items()
        .map(|(_, _, item)| {
            let n = item.answers.len() as u8;
            prop_oneof![
                1 => Just(None),
                1 => Just(Some(Choice::DontKnow)),
                6 => (0..n).prop_map(|k| Some(Choice::Answer(k))),
            ]
            .boxed()
        })
        .collect();
    per_item.prop_map(Responses)
}

fn positions(p: &[Placement]) -> Vec<Option<f64>> {
    p.iter().map(|x| x.position()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn scoring_is_deterministic(r in any_responses()) {
        prop_assert_eq!(assess(q(), &r), assess(q(), &r.clone()));
    }

    #[test]
    fn positions_and_shares_stay_in_bounds(r in any_responses()) {
        let a = assess(q(), &r);
        for d in &a.dimensions {
            if let Some(p) = d.placement.position() { prop_assert!((0.0..=100.0).contains(&p)); }
            prop_assert!(d.answered + d.dont_know <= d.items);
        }
        if let Some(p) = a.overall.placement.position() { prop_assert!((0.0..=100.0).contains(&p)); }
        if let Reading::Dominant { strength, count, of, .. } = a.readings.action {
            prop_assert!(strength > 0.5 && strength <= 1.0 && count <= of);
        }
        if let Reading::Hybrid { values } = &a.readings.care {
            let total: f64 = values.iter().flatten().map(|v| v.1).sum();
            prop_assert!((total - 1.0).abs() < 1e-9);
            prop_assert!(values.iter().flatten().all(|v| v.1 <= 0.5));
            prop_assert!(values.windows(2).all(|w| w[1].map_or(0.0, |v| v.1) <= w[0].map_or(0.0, |v| v.1)), "most frequent first");
        }
        prop_assert!(a.next_steps.len() <= 3);
        if let Some(s) = a.spread { prop_assert!(s.gap >= 0.0 && s.gap <= 100.0); }
    }

    #[test]
    fn moving_one_answer_toward_the_maximal_practice_never_lowers_a_position(r in any_responses(), pick in any::<prop::sample::Index>()) {
        let q = q();
        let movable: Vec<(usize, u8)> = (0..q.item_count())
            .filter_map(|i| match r.get(i) {
                Some(Choice::Answer(k)) if (k as usize) + 1 < q.item(i).unwrap().answers.len() => Some((i, k)),
                _ => None,
            })
            .collect();
        prop_assume!(!movable.is_empty());
        let (item, k) = movable[pick.index(movable.len())];
        let mut moved = r.clone();
        moved.set(item, Some(Choice::Answer(k + 1)));
        let (before, after) = (assess(q, &r), assess(q, &moved));
        for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
            match (b.placement, a.placement) {
                (Placement::Placed { position: pb, level: lb }, Placement::Placed { position: pa, level: la }) => {
                    prop_assert!(pa >= pb, "{:?}: {} -> {}", b.dimension, pb, pa);
                    prop_assert!(la >= lb);
                }
                (Placement::NotEnough, Placement::NotEnough) => {}
                other => prop_assert!(false, "placement changed kind: {:?}", other),
            }
        }
        if let (Placement::Placed { position: pb, level: lb }, Placement::Placed { position: pa, level: la }) = (before.overall.placement, after.overall.placement) {
            prop_assert!(pa >= pb);
            prop_assert!(la >= lb);
        }
    }

    #[test]
    fn dont_know_on_one_item_never_changes_another_dimension(r in any_responses(), pick in any::<prop::sample::Index>()) {
        let q = q();
        let item = pick.index(q.item_count());
        let own = q.item_ref(item).unwrap().dimension;
        let mut changed = r.clone();
        changed.set(item, Some(Choice::DontKnow));
        let (before, after) = (assess(q, &r), assess(q, &changed));
        for d in Dimension::ALL {
            if *d != own {
                prop_assert_eq!(before.dimension(*d), after.dimension(*d));
            }
        }
    }

    #[test]
    fn every_item_at_its_minimal_end_is_minimal_and_at_its_maximal_end_is_maximal(skip in prop::collection::vec(any::<bool>(), 0..64)) {
        // Whatever items are left unanswered (at most a third of each dimension, here up to one per dimension).
        let q = q();
        let mut low = Responses::empty(q);
        let mut high = Responses::empty(q);
        let mut skipped_in = [false; 4];
        for (i, r, item) in q.items() {
            let d = r.dimension.index();
            if skip.get(i).copied().unwrap_or(false) && !skipped_in[d] { skipped_in[d] = true; continue; }
            low.set(i, Some(Choice::Answer(0)));
            high.set(i, Some(Choice::Answer(item.answers.len() as u8 - 1)));
        }
        let (lo, hi) = (assess(q, &low), assess(q, &high));
        prop_assert_eq!(lo.overall.placement.level(), Some(Level::Minimal));
        prop_assert_eq!(hi.overall.placement.level(), Some(Level::Maximal));
        prop_assert!(positions(&lo.dimensions.map(|d| d.placement)).iter().all(|p| *p == Some(0.0)));
        prop_assert!(positions(&hi.dimensions.map(|d| d.placement)).iter().all(|p| *p == Some(100.0)));
        prop_assert!(hi.next_steps.is_empty());
    }

    #[test]
    fn english_scores_as_french(r in any_responses()) {
        prop_assert_eq!(assess(q(), &r), assess(Questionnaire::get(Language::En), &r));
    }
}
