//! The result and the answers drawn as HTML, natively: every text escaped, every element closed, the first screen's order, a « Modifier » per question.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{any_responses, any_role, fr, responses};
use partenariat::core::result_view::{answer_rows, build};
use partenariat::core::{Profile, Role};
use partenariat::i18n::FR;
use partenariat::markup::{answers_list, escape, result_body};
use proptest::prelude::*;

/// Checks that every tag is closed, in order, and that no text holds a raw `<` or `>`; returns
/// the open tags met, in order.
fn well_formed(html: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        assert!(!rest[..start].contains('>'), "a raw > in text: {}", &rest[..start]);
        let end = rest[start..].find('>').expect("an unclosed tag") + start;
        let tag = &rest[start + 1..end];
        assert!(!tag.contains('<'), "a raw < inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "closing {name} out of order");
        } else {
            let name = tag.split(' ').next().unwrap().to_string();
            seen.push(name.clone());
            stack.push(name);
        }
        rest = &rest[end + 1..];
    }
    assert!(!rest.contains('>'));
    assert!(stack.is_empty(), "left open: {stack:?}");
    seen
}

#[test]
fn what_the_respondent_typed_is_escaped() {
    let q = fr();
    let name = "<script>alert(\"x\")</script> & 'Les Hauts' <img src=x onerror=alert(1)>";
    let profile = Profile { partnership: Some(name.into()), ..Profile::default() };
    let html = result_body(&build(q, &responses(q, None, "iiiii|iiii|iii|iii"), &profile), &FR, "le 29 novembre 2026");
    assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
    assert!(html.contains(&escape(name)));
    assert_eq!(escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    well_formed(&html);
}

#[test]
fn the_level_the_chart_and_the_directions_come_first() {
    let q = fr();
    let html = result_body(&build(q, &responses(q, None, "mmmmm|iiii|iii|mmm"), &Profile::default()), &FR, "");
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle} missing"));
    let order = [
        at("id=\"niveau\""),
        at("id=\"graphique\""),
        at("id=\"directions\""),
        at(&escape(FR.about_level)),
        at(&escape(FR.dimensions_title)),
        at("id=\"reponses-imprimees\""),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn the_review_lists_every_question_of_the_path_with_a_change_button() {
    let q = fr();
    for role in [None, Some(Role::Parent), Some(Role::Caf)] {
        let html = answers_list(&answer_rows(q, role, &partenariat::core::Responses::empty(q)), &FR);
        well_formed(&html);
        let buttons = html.matches("data-item=\"").count();
        assert_eq!(buttons, q.path(role).len(), "{role:?}");
        for i in q.path(role) {
            assert!(html.contains(&format!("data-item=\"{}\"", q.item(i).unwrap().id)));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_result_is_well_formed(r in any_responses(), role in any_role()) {
        let q = fr();
        let profile = Profile { role, ..Profile::default() };
        well_formed(&result_body(&build(q, &r, &profile), &FR, "date"));
        well_formed(&answers_list(&answer_rows(q, role, &r), &FR));
    }
}
