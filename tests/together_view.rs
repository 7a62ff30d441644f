//! The partners put together, ready to display (`src/core/together_view.rs`) and partners in groups (`combined::combine_groups`): groups of one are the partners themselves, a group is placed from what its members know together, and the views say what the combined picture decided.

mod common;
use common::{any_responses, any_role, fr, responses};
use partenariat::core::combined::{combine, combine_groups, Partner};
use partenariat::core::together_view::{partners_view, roles_view, room_view};
use partenariat::core::{Dimension, Role, Vocabulary};
use proptest::prelude::*;

fn partner(role: Option<Role>, pattern: &str) -> Partner {
    Partner { role, responses: responses(fr(), role, pattern) }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn groups_of_one_are_the_partners_themselves(a in any_responses(), b in any_responses(), ra in any_role(), rb in any_role()) {
        let partners = vec![Partner { role: ra, responses: a }, Partner { role: rb, responses: b }];
        prop_assert_eq!(combine_groups(fr(), &partners, &[vec![0], vec![1]]), combine(fr(), &partners));
    }

    #[test]
    fn a_group_is_placed_as_its_members_together(a in any_responses(), b in any_responses(), c in any_responses(), ra in any_role(), rc in any_role()) {
        let partners = vec![Partner { role: ra, responses: a }, Partner { role: ra, responses: b }, Partner { role: rc, responses: c }];
        let grouped = combine_groups(fr(), &partners, &[vec![0, 1], vec![2]]);
        let pair = combine(fr(), &partners[..2]);
        prop_assert_eq!(&grouped.partners[0].0, &pair.dimensions);
        prop_assert_eq!(grouped.partners[0].1, pair.overall);
        prop_assert_eq!(grouped.dimensions, combine(fr(), &partners).dimensions, "the combined picture counts every partner");
    }
}

#[test]
fn partners_side_by_side_name_who_sees_which_level_and_the_items_behind() {
    let q = fr();
    let a = partner(Some(Role::Coordonnateur), "mmmmm|iiii|iii|iii");
    let b = partner(Some(Role::Autre), "MMMMM|iiii|iii|iii");
    let v = partners_view(q, &[(a, "lien".into()), (b, "fichier b.json".into())]);
    assert_eq!(v.columns.len(), 2);
    assert_eq!(v.columns[0].label, q.content.roles[&Role::Coordonnateur].name);
    assert_eq!(v.columns[1].detail, "fichier b.json");
    let coordination = v.rows.iter().find(|r| r.id == Dimension::Coordination.id()).unwrap();
    assert_eq!(coordination.cells.iter().map(|c| c.level_id).collect::<Vec<_>>(), vec!["minimal", "maximal"]);
    assert_eq!(v.discuss.len(), 1);
    let d = &v.discuss[0];
    assert_eq!(d.dimension, Dimension::Coordination);
    assert!(d.summary.contains(&format!("Minimal ({})", q.content.roles[&Role::Coordonnateur].name)), "{}", d.summary);
    assert!(d.summary.contains(&format!("Maximal ({})", q.content.roles[&Role::Autre].name)), "{}", d.summary);
    assert!(!d.questions.is_empty());
    assert_eq!(v.discuss_none, None);
}

#[test]
fn a_seminar_is_seen_role_by_role_with_the_room_counted() {
    let q = fr();
    let people = vec![partner(Some(Role::Parent), "m|m|m|"), partner(Some(Role::Parent), "m|m|m|"), partner(Some(Role::Coordonnateur), "MMMMM|MMMM|MMM|MMM")];
    let v = roles_view(q, &people);
    let labels: Vec<&str> = v.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels.len(), 2);
    assert!(labels.iter().any(|l| l.ends_with("(2)")) && labels.iter().any(|l| l.ends_with("(1)")), "{labels:?}");
    let room = room_view(q, &people);
    assert_eq!(room.count, 3);
    assert_eq!(room.spread.iter().map(|c| c.count).sum::<usize>(), 3, "everyone is somewhere on the spread");
    for d in &room.distributions {
        assert!(d.counts.iter().sum::<usize>() <= 3);
    }
    let coordination = room.distributions.iter().find(|d| d.id == "coordination").unwrap();
    assert_eq!(coordination.counts[2], 1, "the coordinator places coordination at maximal");
}

#[test]
fn an_earlier_result_beside_today_says_what_moved_without_grading() {
    use partenariat::core::together_view::evolution_view;
    let q = fr();
    let before = partner(Some(Role::Coordonnateur), "mmmmm|iiii|iii|iii");
    let now = partner(Some(Role::Coordonnateur), "MMMMM|iiii|mmm|iii");
    let v = evolution_view(q, &before, &now);
    let moved = |id: &str| v.rows.iter().find(|r| r.id == id).unwrap().moved_id;
    assert_eq!(moved("coordination"), "monte");
    assert_eq!(moved("autorite"), "meme");
    assert_eq!(moved("parents"), "descend");
    let coordination = v.rows.iter().find(|r| r.id == "coordination").unwrap();
    assert_eq!((coordination.before.level_id, coordination.now.level_id), ("minimal", "maximal"));
    assert!(coordination.moved.contains("minimal") && coordination.moved.contains("maximal"), "{}", coordination.moved);
    assert_eq!(v.other_role, None);
    assert_eq!(v.answers.len(), 5 + 3, "the five coordination answers and the three parents' answers changed");
    for word in ["progrès", "mieux", "moins bien", "recul", "amélior"] {
        assert!(v.rows.iter().all(|r| !r.moved.to_lowercase().contains(word)), "no grading word « {word} »");
    }
    // Nothing placed the first time: not comparable, said so.
    let empty = partner(Some(Role::Coordonnateur), "|||");
    assert!(evolution_view(q, &empty, &now).rows.iter().all(|r| r.moved_id == "incomparable"));
    // Two roles: said.
    let parent = partner(Some(Role::Parent), "i|i|i|");
    assert!(evolution_view(q, &parent, &now).other_role.is_some());
}
