//! Data-driven scoring tests: a pattern of answers in, the levels out, through one `check` helper.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{responses, word};
use partenariat::core::{assess, Dimension, Language, Level, Questionnaire, Vocabulary};

/// `expected` is `OVERALL: COORDINATION AUTORITE PARENTS METHODE`, each a level id or `-`.
fn check(pattern: &str, expected: &str) {
    let q = Questionnaire::get(Language::Fr);
    let a = assess(q, &responses(q, pattern));
    let dims: Vec<&str> = a.dimensions.iter().map(|d| word(d.placement)).collect();
    let got = format!("{}: {}", word(a.overall.placement), dims.join(" "));
    assert_eq!(got, expected, "pattern {pattern}");
}

#[test]
fn levels_from_patterns() {
    check("mmmmm|mmmmm|mmmmm|mmmmm", "minimal: minimal minimal minimal minimal");
    check("MMMMM|MMMMM|MMMMM|MMMMM", "maximal: maximal maximal maximal maximal");
    check("iiiii|iiiii|iiiii|iiiii", "intermediaire: intermediaire intermediaire intermediaire intermediaire");
    // Fewer than half of a dimension's items answered: that dimension has no level.
    check("MM|MMMMM|MMMMM|MMMMM", "maximal: - maximal maximal maximal");
    // « Je ne sais pas » is not scored.
    check("???MM|MMMMM|MMMMM|MMMMM", "maximal: - maximal maximal maximal");
    // Fewer than half of the dimensions placed: no overall level.
    check("MMMMM|..|..|..", "-: maximal - - -");
    check("mmmmm|mmmmm|..|..", "minimal: minimal minimal - -");
    check(".....|.....|.....|.....", "-: - - - -");
}

#[test]
fn maximal_needs_every_placed_dimension_at_intermediaire_or_more() {
    // Mean of 100, 100, 100, 0 is 75 (maximal band), but parents are minimal: capped.
    check("MMMMM|MMMMM|mmmmm|MMMMM", "intermediaire: maximal maximal minimal maximal");
    let q = Questionnaire::get(Language::Fr);
    let a = assess(q, &responses(q, "MMMMM|MMMMM|mmmmm|MMMMM"));
    assert_eq!(a.overall.capped_by, Some(Dimension::Parents));
    // Without the minimal dimension, nothing caps.
    check("MMMMM|MMMMM|iiiii|MMMMM", "maximal: maximal maximal intermediaire maximal");
}

#[test]
fn spread_says_when_dimensions_stand_at_different_levels() {
    let q = Questionnaire::get(Language::Fr);
    let a = assess(q, &responses(q, "MMMMM|mmmmm|iiiii|iiiii"));
    let s = a.spread.expect("four placed dimensions have a spread");
    assert_eq!((s.highest, s.lowest), (Dimension::Coordination, Dimension::Autorite));
    assert!(s.levels_differ);
    assert!((s.gap - 100.0).abs() < 1e-9, "gap {}", s.gap);
    let flat = assess(q, &responses(q, "iiiii|iiiii|iiiii|iiiii")).spread.unwrap();
    assert!(!flat.levels_differ);
}

#[test]
fn next_steps_are_offered_below_maximal_and_never_at_maximal() {
    let q = Questionnaire::get(Language::Fr);
    let a = assess(q, &responses(q, "iiiii|iiiii|iiiii|iiiii"));
    assert!(!a.next_steps.is_empty() && a.next_steps.len() <= 3);
    for s in &a.next_steps {
        assert_eq!(s.to, s.from + 1);
        assert!(s.position_after > a.overall.placement.position().unwrap());
    }
    assert!(assess(q, &responses(q, "MMMMM|MMMMM|MMMMM|MMMMM")).next_steps.is_empty());
}

#[test]
fn next_step_lifts_the_cap_first_when_one_dimension_holds_the_partnership_back() {
    // Parents near the minimal end hold a maximal mean at intermédiaire. A step on coordination
    // would raise the mean; a step on parents lifts the cap, so it comes first.
    let q = Questionnaire::get(Language::Fr);
    let a = assess(q, &responses(q, "iMMMM|MMMMM|mmmiM|MMMMM"));
    assert_eq!(a.overall.capped_by, Some(Dimension::Parents));
    let first = a.next_steps.first().expect("a step is offered");
    assert_eq!(q.item_ref(first.item).unwrap().dimension, Dimension::Parents);
    assert_eq!(first.level_after, Level::Maximal);
    assert!(a.next_steps.iter().all(|s| s.level_after == Level::Maximal));
}

#[test]
fn risks_name_the_answers_that_raised_them() {
    let q = Questionnaire::get(Language::Fr);
    for (item, _, content) in q.items() {
        for (k, answer) in content.answers.iter().enumerate() {
            if answer.risks.is_empty() {
                continue;
            }
            let mut r = partenariat::core::Responses::empty(q);
            r.set(item, Some(partenariat::core::Choice::Answer(k as u8)));
            let a = assess(q, &r);
            for risk in &answer.risks {
                let raised = a.risks.iter().find(|x| x.risk == *risk).unwrap_or_else(|| panic!("{} not raised by {}", risk, answer.id));
                assert!(a.raised_by(raised).iter().any(|x| x.item == item && x.answer as usize == k));
            }
        }
    }
}

#[test]
fn reference_cases_land_on_the_level_the_talk_gives_them() {
    let q = Questionnaire::get(Language::Fr);
    for case in q.cases() {
        let a = assess(q, &q.case_responses(case));
        assert_eq!(a.overall.placement.level(), Some(case.level), "{} is placed at {:?}", case.id, a.overall.placement);
        let m = a.closest_case.expect("a placed partnership has a closest case");
        assert_eq!(m.case, case.id, "{}'s closest case is itself", case.id);
        assert!(m.same_level);
    }
    let levels: Vec<Level> = q.cases().iter().map(|c| c.level).collect();
    assert_eq!(levels, Level::ALL, "Encadrés 1, 2, 3 are minimal, intermédiaire, maximal");
}

#[test]
fn readings_follow_the_tags_of_the_chosen_answers() {
    use partenariat::core::{Choice, Reading, Responses};
    let q = Questionnaire::get(Language::Fr);
    // Choose, on every item, the first answer that carries an `action` tag equal to autonomiste.
    let mut r = Responses::empty(q);
    for (item, _, content) in q.items() {
        if let Some(k) = content.answers.iter().position(|a| a.action == Some(partenariat::core::Action::Autonomiste)) {
            r.set(item, Some(Choice::Answer(k as u8)));
        }
    }
    match assess(q, &r).readings.action {
        Reading::Dominant { value, strength, .. } => {
            assert_eq!(value, partenariat::core::Action::Autonomiste);
            assert!((strength - 1.0).abs() < 1e-9);
        }
        other => panic!("expected a dominant autonomiste reading, got {other:?}"),
    }
}

#[test]
fn english_and_french_score_alike() {
    let fr = Questionnaire::get(Language::Fr);
    let en = Questionnaire::get(Language::En);
    for pattern in ["mMiMm|iiMMm|MMMMM|mmmmm", "MMMMM|MMMMM|mmmmm|MMMMM", "i?i?i|MMM..|mmmmm|iiiii"] {
        assert_eq!(assess(fr, &responses(fr, pattern)), assess(en, &responses(en, pattern)), "{pattern}");
    }
}
