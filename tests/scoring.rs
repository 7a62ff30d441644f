//! Data-driven scoring tests: a pattern of answers in, the levels out, through one `check` helper; then the edges of the rule (band limits, ties, the cap, the closest case).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answer_at, fr, responses, scale_items, word};
use partenariat::core::model::ItemKind;
use partenariat::core::scoring::{assess, Placement, ReadingStatus, TensionStatus};
use partenariat::core::{CaseId, Choice, Dimension, Lens, LensValue, Level, Ratio, Responses, Role, Vocabulary};

/// `expected` is `OVERALL: COORDINATION AUTORITE PARENTS METHODE`, each a level id or `-`
/// (not enough), `na` (does not apply) or `x` (not asked). `role` is a role id or `none`.
fn check(role: &str, pattern: &str, expected: &str) {
    let q = fr();
    let role = Role::from_id(role);
    let a = assess(q, role, &responses(q, role, pattern));
    let dims: Vec<&str> = a.dimensions.iter().map(|d| word(d.placement)).collect();
    let got = format!("{}: {}", word(a.overall.placement), dims.join(" "));
    assert_eq!(got, expected, "role {role:?}, pattern {pattern}");
}

#[test]
fn levels_from_patterns() {
    // The full professional path: 5, 4, 3 and 3 scale items.
    check("none", "mmmmm|mmmm|mmm|mmm", "minimal: minimal minimal minimal minimal");
    check("none", "MMMMM|MMMM|MMM|MMM", "maximal: maximal maximal maximal maximal");
    check("none", "iiiii|iiii|iii|iii", "intermediaire: intermediaire intermediaire intermediaire intermediaire");
    // Half of what the respondent could know is enough; fewer is not.
    check("none", "MM...|MMMM|MMM|MMM", "maximal: - maximal maximal maximal");
    check("none", "MMM..|MMMM|MMM|MMM", "maximal: maximal maximal maximal maximal");
    // « Je ne sais pas » is a finding, not held against the placement: two practices known of
    // the two items the respondent could know place the dimension.
    check("none", "MM???|MMMM|MMM|MMM", "maximal: maximal maximal maximal maximal");
    // Every item « je ne sais pas »: the respondent does not know this dimension; it does not count.
    check("none", "?????|MMMM|MMM|MMM", "maximal: ? maximal maximal maximal");
    check("none", "?????|????|???|???", "?: ? ? ? ?");
    // Unanswered items still count as missing.
    check("none", "M....|MMMM|MMM|MMM", "maximal: - maximal maximal maximal");
    // « Ne s'applique pas » removes the item: two practices out of two that apply place the dimension.
    check("none", "MM---|MMMM|MMM|MMM", "maximal: maximal maximal maximal maximal");
    check("none", "-----|MMMM|MMM|MMM", "maximal: na maximal maximal maximal");
    // Fewer than half of the dimensions that count placed: no overall level.
    check("none", "MMMMM|....|...|...", "-: maximal - - -");
    check("none", "mmmmm|mmmm|...|...", "minimal: minimal minimal - -");
    check("none", ".....|....|...|...", "-: - - - -");
    // A dimension that does not apply does not count against the others.
    check("none", "MMMMM|----|---|...", "maximal: maximal na na -");
    // Nothing applies: there is no level to give, and the result says so.
    check("none", "-----|----|---|---", "na: na na na na");
}

#[test]
fn every_role_is_placed_on_its_own_path() {
    check("parent", "m|m|mmm|m", "minimal: minimal minimal minimal minimal");
    check("parent", "M|.|...|.", "-: maximal - - -");
    check("parent", "M|M|?..|.", "maximal: maximal maximal - -");
    // A parent who does not know how the professionals work, but knows her own place, gets a result.
    check("parent", "?|?|MiM|?", "maximal: ? ? maximal ?");
    check("parent", "?|?|i-?|?", "intermediaire: ? ? intermediaire ?");
    check("caf", "MMMM|MM|MM|MM", "maximal: maximal maximal maximal maximal");
    check("ecole", "iiii|ii|iii|ii", "intermediaire: intermediaire intermediaire intermediaire intermediaire");
}

#[test]
fn band_limits_are_inclusive_from_below_and_exact() {
    // Parents has three scale items on the full path: positions 1/3, 2/3, 4/3, 5/3 steps.
    check("none", "iiiii|iiii|mmi|iii", "intermediaire: intermediaire intermediaire minimal intermediaire");
    check("none", "iiiii|iiii|mii|iii", "intermediaire: intermediaire intermediaire intermediaire intermediaire");
    check("none", "iiiii|iiii|iiM|iii", "intermediaire: intermediaire intermediaire maximal intermediaire");
    check("none", "iiiii|iiii|iMM|iii", "intermediaire: intermediaire intermediaire maximal intermediaire");
    // « Ne s'applique pas » makes exact thirds reachable in every dimension.
    // Exactly 4/3 steps (66⅔ points) everywhere: maximal, the limit belongs to the upper band.
    check("none", "iiM--|iiM-|iiM|iiM", "maximal: maximal maximal maximal maximal");
    let q = fr();
    let a = assess(q, None, &responses(q, None, "iiM--|iiM-|iiM|iiM"));
    assert_eq!(a.overall.placement.position(), Some(Ratio::new(4, 3)));
    check("none", "iii--|iii-|iiM|iiM", "intermediaire: intermediaire intermediaire maximal maximal");
    // Exactly 2/3 steps (33⅓ points): intermédiaire; 1/3 below: minimal.
    check("none", "mii--|mii-|mii|mii", "intermediaire: intermediaire intermediaire intermediaire intermediaire");
    let a = assess(q, None, &responses(q, None, "mii--|mii-|mii|mii"));
    assert_eq!(a.overall.placement.position(), Some(Ratio::new(2, 3)));
    // 33⅓ points is shown 34, so that the number never reads as the band below; 32.5 (minimal) is shown 33.
    assert_eq!(partenariat::core::scoring::points(Ratio::new(2, 3)), 34);
    assert_eq!(partenariat::core::scoring::points(Ratio::new(13, 20)), 33);
    assert_eq!(partenariat::core::scoring::points(Ratio::new(4, 3)), 67);
    check("none", "mmi--|mmi-|mmi|mmi", "minimal: minimal minimal minimal minimal");
}

#[test]
fn maximal_needs_every_placed_dimension_at_intermediaire_or_more() {
    // Mean of 2, 2, 0, 2 is 3/2 steps (maximal band), but parents are minimal: capped.
    check("none", "MMMMM|MMMM|mmm|MMM", "intermediaire: maximal maximal minimal maximal");
    let q = fr();
    let a = assess(q, None, &responses(q, None, "MMMMM|MMMM|mmm|MMM"));
    assert_eq!(a.overall.capped_by, Some(Dimension::Parents));
    assert_eq!(a.overall.placement.position(), Some(Ratio::new(3, 2)));
    // Without the minimal dimension, nothing caps.
    check("none", "MMMMM|MMMM|iii|MMM", "maximal: maximal maximal intermediaire maximal");
    // The cap names the minimal dimension whichever it is.
    let a = assess(q, None, &responses(q, None, "MMMMM|mmmm|MMM|MMM"));
    assert_eq!(a.overall.capped_by, Some(Dimension::Autorite));
}

#[test]
fn spread_names_the_highest_and_lowest_and_breaks_ties_by_questionnaire_order() {
    let q = fr();
    let a = assess(q, None, &responses(q, None, "MMMMM|mmmm|iii|iii"));
    let s = a.spread.expect("four placed dimensions have a spread");
    assert_eq!((s.highest, s.lowest), (Dimension::Coordination, Dimension::Autorite));
    assert!(s.levels_differ);
    assert_eq!(s.gap, Ratio::whole(2));
    // All equal: the first placed dimension is both the highest and the lowest.
    let flat = assess(q, None, &responses(q, None, "iiiii|iiii|iii|iii")).spread.unwrap();
    assert_eq!((flat.highest, flat.lowest, flat.levels_differ), (Dimension::Coordination, Dimension::Coordination, false));
    // Ties among the highest: the earlier dimension is named.
    let tie = assess(q, None, &responses(q, None, "iiiii|MMMM|MMM|mmm")).spread.unwrap();
    assert_eq!((tie.highest, tie.lowest), (Dimension::Autorite, Dimension::Methode));
}

#[test]
fn directions_are_offered_below_maximal_and_never_at_maximal() {
    let q = fr();
    let a = assess(q, None, &responses(q, None, "iiiii|iiii|iii|iii"));
    assert!(!a.directions.is_empty() && a.directions.len() <= 3);
    let before = a.overall.placement.position().unwrap();
    for d in &a.directions {
        assert_eq!(d.toward, Level::Maximal);
        assert_eq!(q.item(d.item).unwrap().answers[d.to].level, Some(Level::Maximal));
        assert!(d.position_after > before);
    }
    assert!(assess(q, None, &responses(q, None, "MMMMM|MMMM|MMM|MMM")).directions.is_empty());
    assert!(assess(q, None, &responses(q, None, ".....|....|...|...")).directions.is_empty(), "no level, no direction");
}

#[test]
fn directions_tie_in_questionnaire_order() {
    // Parents and méthode have three scale items each on the full path: a step on any of them
    // moves the overall position by exactly the same amount. The first three in questionnaire
    // order (the three parents items) must come first — floats summed in different orders
    // would differ in the last bit and break this.
    let q = fr();
    let a = assess(q, None, &responses(q, None, "iiiii|iiii|mmm|mmm"));
    let items: Vec<usize> = a.directions.iter().map(|d| d.item).collect();
    assert_eq!(items, scale_items(q, None, Dimension::Parents));
    let positions: Vec<Ratio> = a.directions.iter().map(|d| d.position_after).collect();
    assert!(positions.windows(2).all(|w| w[0] == w[1]), "{positions:?}");
}

#[test]
fn directions_lift_the_cap_first_when_one_dimension_holds_the_partnership_back() {
    let q = fr();
    let a = assess(q, None, &responses(q, None, "MMMMM|MMMM|mmi|MMM"));
    assert_eq!(a.overall.capped_by, Some(Dimension::Parents));
    let first = a.directions.first().expect("a direction is offered");
    assert_eq!(q.item_ref(first.item).unwrap().dimension, Dimension::Parents);
    assert_eq!(first.level_after, Level::Maximal);
}

#[test]
fn a_direction_never_suggests_a_practice_that_raises_a_new_risk() {
    // From « chaque institution décide » (minimal), the intermédiaire practice of the same item
    // raises « épreuves autour du pilotage »: it is not offered unless that risk is already raised.
    let q = fr();
    let decision = q.item_index("autorite-decision").unwrap();
    let mut r = responses(q, Some(Role::Caf), "iiii|mm|ii|ii");
    r.set(decision, Some(Choice::one(answer_at(q, decision, Level::Minimal))));
    let a = assess(q, Some(Role::Caf), &r);
    assert!(a.directions.iter().all(|d| d.item != decision), "{:?}", a.directions);
}

#[test]
fn risks_come_from_practices_and_name_the_answers_that_raised_them() {
    let q = fr();
    for (item, _, content) in q.items() {
        for (k, answer) in content.answers.iter().enumerate() {
            if answer.risks.is_empty() {
                continue;
            }
            let role = if content.scope == partenariat::core::Scope::Famille { Some(Role::Parent) } else { None };
            let mut r = Responses::empty(q);
            r.set(item, Some(Choice::one(k as u8)));
            let a = assess(q, role, &r);
            for risk in &answer.risks {
                let raised = a.risks.iter().find(|x| x.risk == *risk).unwrap_or_else(|| panic!("{} not raised by {}", risk, answer.id));
                assert!(raised.sources.iter().any(|x| x.item == item && x.answer == k));
            }
            for risk in partenariat::core::Risk::ALL.iter().filter(|r| !answer.risks.contains(r)) {
                assert!(!a.raised(*risk), "{} raised by {} alone", risk, answer.id);
            }
        }
    }
}

#[test]
fn answers_off_the_path_are_ignored() {
    // A parent-path answer does not count for a professional, and the other way round.
    let q = fr();
    let mut r = responses(q, Some(Role::Parent), "M|M|MMM|M");
    let pro = assess(q, Some(Role::Caf), &r);
    assert_eq!(pro.overall.placement, Placement::NotEnough);
    r = responses(q, Some(Role::Caf), "MMMM|MM|MM|MM");
    assert_eq!(assess(q, Some(Role::Parent), &r).overall.placement, Placement::NotEnough);
}

#[test]
fn not_knowing_is_reported_per_dimension() {
    let q = fr();
    let r = responses(q, None, "M?-..|??MM|MMM|?MM");
    let a = assess(q, None, &r);
    let unknown: Vec<usize> = a.dimensions.iter().map(|d| d.unknown_items.len()).collect();
    assert_eq!(unknown, vec![1, 2, 0, 1]);
    let c = a.dimension(Dimension::Coordination);
    assert_eq!((c.asked, c.known, c.dont_know, c.not_applicable, c.unanswered()), (5, 1, 1, 1, 2));
    // Reading and tension items answered « je ne sais pas » are findings too.
    let mut r2 = Responses::empty(q);
    let forme = q.item_index("coordination-forme").unwrap();
    r2.set(forme, Some(Choice::DontKnow));
    assert_eq!(assess(q, None, &r2).dimension(Dimension::Coordination).unknown_items, vec![forme]);
}

#[test]
fn readings_come_from_reading_items_only_and_combine() {
    let q = fr();
    let action = q.item_index("methode-action").unwrap();
    let item = q.item(action).unwrap();
    let all = partenariat::core::Picks::of(&(0..item.answers.len() as u8).collect::<Vec<_>>());
    let mut r = responses(q, None, "MMMMM|MMMM|MMM|MMM");
    assert_eq!(assess(q, None, &r).reading(Lens::Conception).status, ReadingStatus::NotSaid);
    r.set(action, Some(Choice::Picked(all)));
    match &assess(q, None, &r).reading(Lens::Conception).status {
        ReadingStatus::Hybrid { values, of } => {
            assert_eq!(*of, 3);
            let ids: Vec<&str> = values.iter().map(|v| v.0.id()).collect();
            assert_eq!(ids, vec!["additive", "compensatoire", "autonomiste"], "equal counts keep the vocabulary's order");
        }
        other => panic!("expected a hybrid reading, got {other:?}"),
    }
    // Choosing one value makes it the reading, and changes no level.
    let before = assess(q, None, &r).dimensions;
    r.set(
        action,
        Some(Choice::one(
            item.answers.iter().position(|a| a.lens_value() == Some(LensValue::Conception(partenariat::core::Conception::Additive))).unwrap() as u8
        )),
    );
    let a = assess(q, None, &r);
    assert!(matches!(a.reading(Lens::Conception).status, ReadingStatus::Dominant { count: 1, of: 1, .. }));
    assert_eq!(a.dimensions, before);
}

#[test]
fn tensions_report_what_each_test_has_become() {
    let q = fr();
    let mut r = Responses::empty(q);
    for (i, _, item) in q.items() {
        if let ItemKind::Tension(_) = item.kind() {
            let k = item.answers.iter().position(|a| a.outcome.map(|o| o.id()) == Some("arrangement")).unwrap();
            r.set(i, Some(Choice::one(k as u8)));
        }
    }
    let a = assess(q, None, &r);
    assert_eq!(a.tensions.len(), 3);
    assert!(a.tensions.iter().all(|t| matches!(t.status, TensionStatus::Answered { outcome, .. } if outcome.id() == "arrangement")));
    assert!(a.raised(partenariat::core::Risk::Zonage), "the talk's arrangement between the two methods is zonage");
    assert!(assess(q, Some(Role::Parent), &r).tensions.iter().all(|t| t.status == TensionStatus::Silent), "parents are not asked");
}

#[test]
fn each_test_reads_its_own_tension_item_only() {
    let q = fr();
    let tension_items: Vec<(usize, partenariat::core::Test)> = q
        .items()
        .filter_map(|(i, _, item)| match item.kind() {
            ItemKind::Tension(t) => Some((i, t)),
            _ => None,
        })
        .collect();
    assert_eq!(tension_items.len(), 3);
    // The first test's item answered with its first outcome, the second « je ne sais pas », the
    // third unanswered; every scale item « je ne sais pas ».
    let mut r = responses(q, None, "?????|????|???|???");
    let (first, first_test) = tension_items[0];
    r.set(first, Some(Choice::one(0)));
    r.set(tension_items[1].0, Some(Choice::DontKnow));
    let a = assess(q, None, &r);
    let status = |test| a.tensions.iter().find(|t| t.test == test).unwrap().status.clone();
    let outcome = q.item(first).unwrap().answers[0].outcome.unwrap();
    assert_eq!(status(first_test), TensionStatus::Answered { outcome, item: first, answer: 0 });
    assert_eq!(status(tension_items[1].1), TensionStatus::DontKnow);
    assert_eq!(status(tension_items[2].1), TensionStatus::Silent, "a « je ne sais pas » elsewhere says nothing of this test");
}

#[test]
fn reference_cases_land_on_the_level_the_talk_gives_them_and_find_themselves() {
    let q = fr();
    for case in q.cases() {
        let a = assess(q, Some(case.role), &q.case_responses(case));
        assert_eq!(a.overall.placement.level(), Some(case.level), "{} is placed at {:?}", case.id, a.overall.placement);
        let m = a.closest_case.expect("a placed partnership has a closest case");
        assert_eq!(m.case, case.id, "{}'s closest case is itself", case.id);
        assert!(m.same_level && !m.far);
        assert_eq!(m.distance_squared, Ratio::ZERO);
    }
    let levels: Vec<Level> = q.cases().iter().map(|c| c.level).collect();
    assert_eq!(levels, Level::ALL, "Encadrés 1, 2, 3 are minimal, intermédiaire, maximal");
}

#[test]
fn the_closest_case_shares_only_the_dominant_conception_and_method_both_have() {
    use partenariat::core::scoring::case_profile;
    let q = fr();
    let mut shared_somewhere = false;
    for case in q.cases() {
        let own = q.case_responses(case);
        let profile = case_profile(q, case.id, case.role, &own);
        let expected: Vec<LensValue> = profile.dominant.iter().copied().filter(|v| matches!(v.lens(), Lens::Conception | Lens::Method)).collect();
        let m = assess(q, Some(case.role), &own).closest_case.unwrap();
        assert_eq!(m.shared, expected, "{} shares its own dominant readings", case.id);
        shared_somewhere |= !expected.is_empty();
        // The same practices read another way: nothing shared that the case does not hold.
        let mut other = own.clone();
        for (i, _, item) in q.items() {
            if let ItemKind::Reading(Lens::Conception | Lens::Method) = item.kind() {
                if let Some(k) = item.answers.iter().position(|a| a.lens_value().is_some_and(|v| !profile.dominant.contains(&v))) {
                    other.set(i, Some(Choice::one(k as u8)));
                }
            }
        }
        let m = assess(q, Some(case.role), &other).closest_case.unwrap();
        assert!(m.shared.iter().all(|v| profile.dominant.contains(v)), "{}: {:?}", case.id, m.shared);
    }
    assert!(shared_somewhere, "some case has a dominant conception or method");
}

#[test]
fn the_closest_case_uses_the_dimensions_placed_in_both_and_ties_go_to_the_first_case() {
    let q = fr();
    // Coordination 1/3, autorité 1/2, parents 0, méthode 1 is exactly as far from Encadré 1
    // (0, 0, 0, not placed) as from Encadré 2 (2/3, 1, not placed, 1): the first case wins.
    let a = assess(q, None, &responses(q, None, "mmi--|mmii|mmm|iii"));
    let m = a.closest_case.unwrap();
    assert_eq!((m.case, m.distance_squared), (CaseId::Encadre1, Ratio::new(13, 108)));
    assert!(!m.far, "13/108 is under (1/2)²");
    // All maximal is nearest Valenciennes, with the dimensions within 15 points named.
    let a = assess(q, None, &responses(q, None, "MMMMM|MMMM|MMM|MMM"));
    let m = a.closest_case.unwrap();
    assert_eq!(m.case, CaseId::Encadre3);
    assert_eq!(m.near_dimensions, vec![Dimension::Autorite]);
}

#[test]
fn english_and_french_score_alike() {
    let (fr, en) = (fr(), common::en());
    for pattern in ["mMimm|iiMM|MMM|mmm", "MMMMM|MMMM|mmm|MMM", "i?i-i|MMM.|mmm|iii"] {
        assert_eq!(assess(fr, None, &responses(fr, None, pattern)), assess(en, None, &responses(en, None, pattern)), "{pattern}");
    }
}

/// A dimension placed at `steps` (or not placed), for the closest-case tests.
fn placed(d: Dimension, steps: Option<Ratio>) -> partenariat::core::scoring::DimensionResult {
    let placement = steps.map_or(Placement::NotEnough, |p| Placement::Placed { position: p, level: partenariat::core::scoring::level_of(p) });
    partenariat::core::scoring::DimensionResult { dimension: d, placement, asked: 1, known: 1, dont_know: 0, not_applicable: 0, unknown_items: Vec::new() }
}

/// A reference case placed at these steps.
fn case(id: CaseId, steps: [Option<Ratio>; 4]) -> partenariat::core::scoring::CaseProfile {
    let dims: Vec<Placement> =
        steps.iter().map(|s| s.map_or(Placement::NotEnough, |p| Placement::Placed { position: p, level: partenariat::core::scoring::level_of(p) })).collect();
    let overall = partenariat::core::scoring::overall_of(&dims).placement;
    partenariat::core::scoring::CaseProfile { case: id, dimensions: dims, overall, dominant: Vec::new() }
}

#[test]
fn the_closest_case_breaks_ties_by_order_and_names_near_and_far_at_their_exact_limits() {
    use partenariat::core::scoring::{closest_case, overall_of};
    let own: Vec<_> = Dimension::ALL.iter().map(|d| placed(*d, Some(Ratio::whole(1)))).collect();
    let overall = overall_of(&own.iter().map(|d| d.placement).collect::<Vec<_>>());
    // Two cases at the same distance: the first wins.
    let w = |n: i64, d: i64| Some(Ratio::new(n, d));
    let profiles = [case(CaseId::Encadre1, [w(1, 2), w(1, 2), w(1, 2), w(1, 2)]), case(CaseId::Encadre2, [w(3, 2), w(3, 2), w(3, 2), w(3, 2)])];
    let m = closest_case(&profiles, &own, &overall, &[]).unwrap();
    assert_eq!((m.case, m.distance_squared), (CaseId::Encadre1, Ratio::new(1, 4)));
    // Exactly 1/2 step (25 points) root mean square is not far; a hair more is.
    assert!(!m.far, "at exactly the limit, the case is not far");
    let beyond = [case(CaseId::Encadre1, [w(1, 2), w(1, 2), w(1, 2), w(49, 100)])];
    assert!(closest_case(&beyond, &own, &overall, &[]).unwrap().far);
    // Exactly 3/10 step (15 points) apart is near; a hair more is not.
    let near = [case(CaseId::Encadre3, [w(13, 10), w(131, 100), w(7, 10), None])];
    let m = closest_case(&near, &own, &overall, &[]).unwrap();
    assert_eq!(m.near_dimensions, vec![Dimension::Coordination, Dimension::Parents]);
    // With no dimension placed in both, the overall positions are compared.
    let apart = [case(CaseId::Encadre2, [None, w(2, 1), w(2, 1), None])];
    let own_two = vec![
        placed(Dimension::Coordination, w(1, 1)),
        placed(Dimension::Autorite, None),
        placed(Dimension::Parents, None),
        placed(Dimension::Methode, w(1, 1)),
    ];
    let overall_two = overall_of(&own_two.iter().map(|d| d.placement).collect::<Vec<_>>());
    assert_eq!(closest_case(&apart, &own_two, &overall_two, &[]).unwrap().distance_squared, Ratio::whole(1));
}
