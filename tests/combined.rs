//! The combined picture (`src/core/combined.rs`): partners who each know part of the partnership place it together, a single partner is their own assessment, and divergences and unknowns are named.

mod common;
use common::{any_responses, any_role, fr, responses, scale_items};
use partenariat::core::combined::{combine, Partner};
use partenariat::core::scoring::{assess, Placement};
use partenariat::core::{Choice, Dimension, Level, Responses, Role};
use proptest::prelude::*;

fn partner(role: Option<Role>, pattern: &str) -> Partner {
    Partner { role, responses: responses(fr(), role, pattern) }
}

fn level(p: Placement) -> Option<Level> {
    p.level()
}

#[test]
fn partners_who_each_know_half_place_together_what_neither_placed_alone() {
    // Coordination has five scale items on the full path: each partner describes two.
    let a = partner(None, "ii|||");
    let b = partner(None, "..ii|||");
    let c = combine(fr(), &[a, b]);
    for (own, _) in &c.partners {
        assert_eq!(own[0], Placement::NotEnough, "alone, two of five is not enough");
    }
    assert_eq!(level(c.dimensions[0]), Some(Level::Intermediaire), "together, four of five place it");
}

#[test]
fn partners_who_see_a_dimension_two_levels_apart_have_it_to_discuss_with_its_items() {
    let q = fr();
    let a = partner(None, "mmmmm|iiii|iii|iii");
    let b = partner(None, "MMMMM|iiii|iii|iii");
    let c = combine(q, &[a, b]);
    assert_eq!(c.to_discuss.len(), 1);
    assert_eq!(c.to_discuss[0].dimension, Dimension::Coordination);
    assert_eq!(c.to_discuss[0].gap, 2);
    assert_eq!(c.to_discuss[0].items, scale_items(q, None, Dimension::Coordination));
    // Each item counts once, at the mean of what the partners describe: one step.
    assert_eq!(level(c.dimensions[0]), Some(Level::Intermediaire));
    assert_eq!(level(c.overall.placement), Some(Level::Intermediaire));
}

#[test]
fn what_nobody_knows_and_what_one_role_alone_knows_are_named() {
    let q = fr();
    let coordination = scale_items(q, None, Dimension::Coordination);
    let professional = partner(None, "?iiii|iiii|iii|iii");
    let parent = Partner { role: Some(Role::Parent), responses: Responses::empty(q) };
    let c = combine(q, &[professional, parent]);
    assert!(c.nobody_knows.contains(&coordination[0]), "« je ne sais pas » from the one partner asked");
    assert!(!c.nobody_knows.contains(&coordination[1]));
    assert!(c.one_role_knows.contains(&(coordination[1], None)), "only the partner without a role described it");
    // Partners who all have the same role: every item is that role's, nothing to say.
    let same = combine(q, &[partner(None, "?iiii|iiii|iii|iii"), partner(None, "ii|||")]);
    assert!(same.one_role_knows.is_empty());
}

#[test]
fn an_item_everyone_set_aside_is_neither_known_nor_missing() {
    let q = fr();
    let coordination = scale_items(q, None, Dimension::Coordination);
    let a = partner(None, "-iiii|iiii|iii|iii");
    let b = partner(None, "-iiii|iiii|iii|iii");
    let c = combine(q, &[a, b]);
    assert!(!c.nobody_knows.contains(&coordination[0]));
    assert_eq!(level(c.dimensions[0]), Some(Level::Intermediaire));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn one_partner_alone_is_their_own_assessment(r in any_responses(), role in any_role()) {
        let q = fr();
        let own = assess(q, role, &r);
        let c = combine(q, &[Partner { role, responses: r }]);
        prop_assert_eq!(c.dimensions, own.dimensions.iter().map(|d| d.placement).collect::<Vec<_>>());
        prop_assert_eq!(c.overall, own.overall);
        prop_assert!(c.to_discuss.is_empty());
    }

    #[test]
    fn the_same_answers_twice_place_the_partnership_as_once(r in any_responses(), role in any_role()) {
        let q = fr();
        let once = combine(q, &[Partner { role, responses: r.clone() }]);
        let twice = combine(q, &[Partner { role, responses: r.clone() }, Partner { role, responses: r }]);
        prop_assert_eq!(once.dimensions, twice.dimensions);
        prop_assert_eq!(once.overall, twice.overall);
        prop_assert!(twice.to_discuss.is_empty());
    }

    #[test]
    fn a_partner_who_answered_their_whole_path_never_unplaces_a_dimension(r in any_responses(), role in any_role(), other_role in any_role(), pattern in 0usize..4) {
        // Every scale item of the other partner's path answered: a practice, « je ne sais pas »
        // or « ne s'applique pas ». (An item a partner left blank counts as missing, as it does
        // for one respondent.)
        let q = fr();
        let alone = combine(q, &[Partner { role, responses: r.clone() }]);
        let mut other = Responses::empty(q);
        for i in q.path(other_role) {
            let choice = match (i + pattern) % 4 {
                0 => Choice::DontKnow,
                1 => Choice::NotApplicable,
                k => Choice::one((k % 2) as u8),
            };
            other.set(i, Some(choice));
        }
        let with = combine(q, &[Partner { role, responses: r }, Partner { role: other_role, responses: other }]);
        for (a, w) in alone.dimensions.iter().zip(&with.dimensions) {
            if matches!(a, Placement::Placed { .. }) {
                prop_assert!(matches!(w, Placement::Placed { .. }), "{:?} became {:?}", a, w);
            }
        }
    }
}
