//! The result view, natively: what the result screen shows for each role, in which words, with the talk's words and the tool's suggestions told apart, and links to exactly the questions that are missing.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{fr, responses, scale_items};
use partenariat::core::result_view::{build, ResultView};
use partenariat::core::{Choice, Dimension, PartnershipKind, Profile, Role, Vocabulary};

fn view(role: Option<Role>, pattern: &str) -> ResultView {
    let q = fr();
    build(q, &responses(q, role, pattern), &Profile { role, ..Profile::default() })
}

/// Every text a respondent reads on the result screen.
fn all_text(v: &ResultView) -> String {
    let mut out = v.to_text();
    for p in v.overall.texts.iter().chain(v.risks.iter().flat_map(|r| &r.texts)) {
        out.push_str(&p.text);
    }
    if let Some(r) = &v.readings {
        for row in &r.rows {
            out.push_str(&row.summary);
            row.texts.iter().for_each(|p| out.push_str(&p.text));
        }
    }
    out
}

#[test]
fn a_parent_reads_a_plain_result_without_the_talks_jargon() {
    let q = fr();
    let mut r = responses(q, Some(Role::Parent), "m|i|iMm|i");
    let aide = q.item_index("famille-aide").unwrap();
    r.set(aide, Some(Choice::one(1)));
    let v = build(q, &r, &Profile { role: Some(Role::Parent), ..Profile::default() });
    assert!(v.plain);
    assert_eq!(v.framing, q.content.texts.no_failure_plain);
    assert!(v.tensions.is_none() && v.case.is_none() && v.spread.is_none());
    // No definition in the talk's words and no places in the talk on a parent's screen.
    assert!(v.overall.definition.is_none() && v.overall.source.is_none());
    assert!(v.readings.iter().flat_map(|r| &r.rows).all(|r| r.sources.is_empty()));
    assert!(v.risks.iter().all(|r| r.source.is_empty() && r.name.is_empty()));
    let level = v.overall.level.unwrap();
    let everyday = q.content.levels[&level].plain_name.clone().unwrap();
    assert_eq!(v.overall.name.to_lowercase(), everyday, "a parent reads the practice, not the level's name");
    assert!(v.chart.is_none() && v.dimensions.iter().all(|d| d.counts.is_empty()), "no gauge, no counters");
    let text = all_text(&v);
    for jargon in ["Cura", "dispositif", "épreuve", "Encadré", "instance d'exécution", "ontologie"] {
        assert!(!text.contains(jargon), "« {jargon} » in a parent's result:\n{text}");
    }
    let titles: Vec<&str> = v.dimensions.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles, q.content.dimensions.iter().map(|d| d.plain_title.as_str()).collect::<Vec<_>>());
    if let Some(d) = &v.directions {
        assert!(d.groups.iter().all(|g| g.heading.is_none() && g.label == partenariat::i18n::FR.toward_plain));
    }
}

#[test]
fn a_professional_reads_the_talks_words_with_its_sources_and_the_tools_suggestions_labelled() {
    let q = fr();
    let v = view(Some(Role::Collectivite), "iiii|mi|ii|mi");
    assert!(!v.plain);
    assert!(v.context.iter().any(|c| c.contains(&q.content.roles[&Role::Collectivite].name)));
    assert_eq!(v.overall.source, Some(format!("{} {}", partenariat::i18n::FR.source, q.content.levels[&v.overall.level.unwrap()].source)));
    // A paragraph marked as the tool's advice is an `advice` text of the content, and every
    // other paragraph is not.
    let c = &q.content;
    let mut advice: Vec<&str> = vec![&c.texts.hybrid_advice, &c.texts.unknowns_advice];
    for f in c.levels.slots().iter().chain(c.risks.slots()).chain(c.outcomes.slots()).chain(c.conception.slots()).chain(c.form.slots()).flatten() {
        advice.extend(f.advice.as_deref());
    }
    let paragraphs =
        v.overall.texts.iter().chain(v.risks.iter().flat_map(|r| &r.texts)).chain(v.readings.iter().flat_map(|s| s.rows.iter().flat_map(|r| &r.texts)));
    for p in paragraphs {
        assert_eq!(p.advice, advice.contains(&p.text.as_str()), "« {} »", p.text);
    }
    let with_all = view(None, "MMMMM|mMMM|MMM|MMM");
    assert!(with_all.risks.iter().all(|r| !r.raised_by.is_empty() && !r.source.is_empty()));
}

#[test]
fn the_result_never_grades() {
    for role in [None, Some(Role::Parent)] {
        for pattern in ["mmmmm|mmmm|mmm|mmm", "MMMMM|mmmm|iii|MMM", "iiiii|iiii|iii|iii"] {
            let c = &pattern[..1];
            let pattern = if role.is_some() { format!("{c}|{c}|{c}{c}{c}|{c}") } else { pattern.to_string() };
            let text = all_text(&view(role, &pattern)).to_lowercase();
            for word in ["plus avancé", "moins avancé", "feraient le plus avancer", "passer au niveau suivant", "échec de", "/20"] {
                assert!(!text.contains(word), "« {word} » in:\n{text}");
            }
        }
    }
}

#[test]
fn not_enough_links_to_exactly_the_questions_that_would_place_the_partnership() {
    let q = fr();
    let v = view(None, "M?...|M?..|...|...");
    assert_eq!(v.overall.level, None);
    assert_eq!(v.overall.level_id, "pas-assez");
    let mut expected: Vec<usize> = Vec::new();
    for (d, answered) in Dimension::ALL.iter().zip([1, 1, 0, 0]) {
        expected.extend(scale_items(q, None, *d).into_iter().skip(answered));
    }
    let got: Vec<usize> = v.overall.missing.iter().map(|l| l.item).collect();
    assert_eq!(got, expected, "every unanswered or « je ne sais pas » scale item of the dimensions without a level");
    assert!(v.dimensions.iter().all(|d| d.level_id == "pas-assez" && d.missing.is_empty()), "listed once, under the overall level");
    // With an overall level, a dimension without one links to its own questions.
    let placed = view(None, "MMMMM|MMMM|M..|MMM");
    let parents = placed.dimensions.iter().find(|d| d.dimension == Dimension::Parents).unwrap();
    assert_eq!(parents.missing.iter().map(|l| l.item).collect::<Vec<_>>(), scale_items(q, None, Dimension::Parents)[1..].to_vec());
}

#[test]
fn a_capped_result_says_why_in_the_chart_and_the_chart_agrees() {
    let v = view(None, "MMMMM|MMMM|mmm|MMM");
    assert_eq!(v.overall.level_id, "intermediaire");
    assert!(v.overall.capped.is_none(), "said once, in the chart");
    let chart = v.chart.as_ref().expect("a chart");
    let overall = &chart.rows[0];
    assert_eq!((overall.id, overall.band.map(|l| l.id()), overall.words.as_str()), ("ensemble", Some("intermediaire"), "Intermédiaire"));
    let note = overall.note.as_ref().expect("the cap is explained in the chart");
    assert!(note.contains("Place des parents"), "{note}");
    assert!(!note.chars().any(|c| c.is_ascii_digit()), "no score in words: {note}");
    // The marker shows the mean, in the maximal band; the band drawn is the level retained.
    let maximal = chart.bands.iter().find(|b| b.level.id() == "maximal").unwrap();
    let x = overall.marker.unwrap();
    assert!(maximal.from <= x && x <= maximal.to, "{x} not in {maximal:?}");
    let holding = chart.rows.iter().filter(|r| r.note.is_some() && r.id != "ensemble").map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(holding, vec!["parents"], "the dimension that holds the level back is named in the chart");
    assert!(!v.to_text().contains("sur 100"));
}

#[test]
fn every_chart_row_says_in_words_the_band_it_draws() {
    for pattern in ["mmmmm|iiii|MMM|MMM", "MMMMM|MMMM|mmm|MMM", "iiiii|iiii|???|iii", "M?...|M?..|...|..."] {
        let v = view(None, pattern);
        let Some(chart) = &v.chart else { continue };
        let q = fr();
        for r in &chart.rows {
            match r.band {
                Some(level) => assert_eq!(r.words, q.content.levels[&level].name, "{pattern}: {r:?}"),
                None => assert!(r.marker.is_none() || r.id == "ensemble", "{pattern}: {r:?}"),
            }
            if let (Some(level), Some(x), None) = (r.band, r.marker, &r.note) {
                let band = chart.bands.iter().find(|b| b.level == level).unwrap();
                assert!(band.from <= x && x <= band.to, "{pattern}: the marker of {} is off its band", r.id);
            }
        }
    }
}

#[test]
fn a_case_of_another_level_is_never_called_the_closest_without_saying_so() {
    let q = fr();
    let mut seen = (0, 0);
    for pattern in ["mmmmm|mmmm|mmm|mmm", "iiiii|iiii|iii|iii", "MMMMM|MMMM|MMM|MMM", "MMMMM|iiii|iii|iii", "mmmmm|iiii|iii|MMM"] {
        let v = view(None, pattern);
        let case = v.case.as_ref().unwrap();
        let level = q.cases().iter().find(|c| c.id.id() == case.id).map(|c| c.level.id());
        if level == Some(v.overall.level_id) {
            assert!(case.other_level.is_none());
            assert_eq!(v.case_title, partenariat::i18n::FR.case_title);
            seen.0 += 1;
        } else {
            assert!(case.other_level.is_some(), "{pattern}: {} is at another level", case.id);
            assert_ne!(v.case_title, partenariat::i18n::FR.case_title, "not « le plus proche »");
            seen.1 += 1;
        }
    }
    assert!(seen.0 > 0 && seen.1 > 0, "both kinds tried: {seen:?}");
}

#[test]
fn the_answers_list_gives_every_question_of_the_path_with_its_answer_said_for_what_it_is() {
    let q = fr();
    let v = view(None, "M?-..|iiii|iii|iii");
    let rows: Vec<_> = v.answers.iter().flat_map(|g| &g.2).collect();
    assert_eq!(rows.len(), q.path(None).len());
    assert_eq!(rows.iter().map(|r| r.number).collect::<Vec<_>>(), (1..=rows.len()).collect::<Vec<_>>());
    let row = |item: usize| rows.iter().find(|r| r.item == item).unwrap();
    let coordination = scale_items(q, None, Dimension::Coordination);
    let kinds: Vec<&str> = coordination[..4].iter().map(|i| row(*i).kind).collect();
    assert_eq!(kinds, ["pratique", "je-ne-sais-pas", "sans-objet", "aucune"]);
    assert_eq!(row(coordination[1]).answers, vec![q.content.texts.dont_know.clone()]);
    assert_eq!(row(coordination[3]).answers, vec![partenariat::i18n::FR.review_no_answer.to_string()]);
    assert!(rows.iter().all(|r| !r.answers.is_empty()));
}

#[test]
fn not_knowing_is_shown_as_a_finding_with_the_questions_to_ask() {
    let q = fr();
    let v = view(None, "MM?MM|?MMM|MMM|MMM");
    let (section, texts) = v.unknowns.as_ref().expect("« je ne sais pas » is a finding");
    assert_eq!(section.rows.len(), 2);
    assert_eq!(section.rows[0].title, q.content.dimensions[0].title);
    assert!(texts.iter().any(|p| p.text == q.content.texts.unknowns));
    assert!(view(None, "MMMMM|MMMM|MMM|MMM").unknowns.is_none());
}

#[test]
fn the_profile_is_shown_as_given() {
    let q = fr();
    let profile = Profile { role: Some(Role::Caf), kind: Some(PartnershipKind::Reaap), partnership: Some("Réseau parents 62".into()) };
    let v = build(q, &responses(q, Some(Role::Caf), "iiii|ii|ii|ii"), &profile);
    assert_eq!(
        v.context,
        vec![
            "Partenariat\u{a0}: Réseau parents 62".to_string(),
            format!("Type de partenariat\u{a0}: {}", q.content.kinds[&PartnershipKind::Reaap]),
            format!("Réponses données en tant que\u{a0}: {}", q.content.roles[&Role::Caf].name)
        ]
    );
}

#[test]
fn the_english_result_is_in_english() {
    let q = common::en();
    let v = build(q, &responses(q, None, "iiiii|iiii|iii|iii"), &Profile::default());
    assert_eq!(v.title, "Your result");
    assert!(v.to_text().contains("Overall level: "), "{}", v.to_text());
    assert!(!v.to_text().contains(" : "), "no French colon in English");
}

#[test]
fn a_parents_capped_result_is_said_plainly() {
    let v = view(Some(Role::Parent), "M|M|mmm|M");
    assert_eq!(v.overall.level_id, "intermediaire");
    let capped = v.overall.capped.as_ref().unwrap();
    assert!(capped.starts_with("Le plus souvent, vos réponses disent «\u{a0}inventer ensemble\u{a0}»"), "{capped}");
    assert!(capped.ends_with("«\u{a0}mettre en commun\u{a0}».") && !capped.contains("intermédiaire"), "in the everyday words of the levels: {capped}");
    assert!(!capped.contains("dispositif") && !capped.contains("intervention"), "{capped}");
}

#[test]
fn not_knowing_everything_is_a_finding_not_a_missing_answer() {
    let v = view(None, "?????|????|???|???");
    assert_eq!(v.overall.level_id, "inconnu");
    assert!(v.overall.missing.is_empty(), "the questions to ask are listed once, with what is not known");
    assert_eq!(v.unknowns.as_ref().unwrap().0.rows.len(), 4);
    assert!(v.risks_none.is_none(), "« nothing to watch » says nothing when no practice was described");
    let parent = view(Some(Role::Parent), "?|?|???|?");
    assert!(parent.overall.summary[0].text.starts_with("Vous ne voyez pas tout"));
}

#[test]
fn what_several_rows_would_repeat_is_said_once() {
    let q = fr();
    let mut r = responses(q, None, "iiiii|iiii|iii|iii");
    for id in ["parents-soin", "methode-action"] {
        let i = q.item_index(id).unwrap();
        r.set(i, Some(Choice::Picked(partenariat::core::Picks::of(&[0, 1]))));
    }
    for id in ["autorite-tension", "parents-tension", "methode-tension"] {
        let i = q.item_index(id).unwrap();
        let k = q.item(i).unwrap().answers.iter().position(|a| a.outcome.map(|o| o.id()) == Some("arrangement")).unwrap();
        r.set(i, Some(Choice::one(k as u8)));
    }
    let v = build(q, &r, &Profile::default());
    let readings = v.readings.as_ref().unwrap();
    let hybrid = &q.content.texts.hybrid;
    let said = readings.rows.iter().flat_map(|r| &r.texts).chain(&readings.notes).filter(|p| &p.text == hybrid).count();
    assert_eq!(said, 1, "what a combination means is said once");
    let tensions = v.tensions.as_ref().unwrap();
    assert_eq!(tensions.rows.len(), 3);
    let arrangement = &q.content.outcomes[&partenariat::core::Outcome::Arrangement].feedback;
    assert_eq!(tensions.rows.iter().flat_map(|r| &r.texts).chain(&tensions.notes).filter(|p| p.text.contains(arrangement.as_str())).count(), 1);
    assert!(v.advice_note.is_some());
}

#[test]
fn english_lists_are_separated_the_english_way() {
    let q = common::en();
    let v = build(q, &responses(q, None, "?iiii|-iii|.ii|iii"), &Profile::default());
    let text = v.to_text() + &v.dimensions.iter().map(|d| d.counts.clone()).collect::<String>();
    assert!(!text.contains(" ; ") && !text.contains(" : "), "{text}");
}
