//! Helpers shared by the native tests: responses written as compact patterns, one character per item.
#![allow(dead_code)]

use partenariat::core::{Choice, Dimension, Level, Placement, Questionnaire, Responses, Vocabulary};

/// Responses from a pattern with one group per dimension, separated by `|`, one character per
/// item: `m` the most minimal answer, `M` the most maximal, `i` the middle one, a digit the
/// answer at that index, `?` « je ne sais pas », `.` unanswered. Missing characters are unanswered.
pub fn responses(q: &Questionnaire, pattern: &str) -> Responses {
    let groups: Vec<&str> = pattern.split('|').collect();
    assert_eq!(groups.len(), 4, "a pattern has four groups: {pattern}");
    let mut r = Responses::empty(q);
    for (d, group) in Dimension::ALL.iter().zip(groups) {
        let items: Vec<usize> = q.items_of(*d).collect();
        let chars: Vec<char> = group.trim().chars().collect();
        assert!(chars.len() <= items.len(), "{d}: {} characters for {} items", chars.len(), items.len());
        for (item, c) in items.iter().zip(chars) {
            let n = q.item(*item).unwrap().answers.len() as u8;
            let choice = match c {
                'm' => Some(Choice::Answer(0)),
                'M' => Some(Choice::Answer(n - 1)),
                'i' => Some(Choice::Answer((n - 1) / 2)),
                '?' => Some(Choice::DontKnow),
                '.' => None,
                d if d.is_ascii_digit() => Some(Choice::Answer(d.to_digit(10).unwrap() as u8)),
                other => panic!("unknown pattern character {other:?}"),
            };
            r.set(*item, choice);
        }
    }
    r
}

/// A placement written as a word: `minimal`, `intermediaire`, `maximal`, or `-` for not enough answers.
pub fn word(p: Placement) -> &'static str {
    match p {
        Placement::Placed { level, .. } => level.id(),
        Placement::NotEnough => "-",
    }
}

pub fn items_in(q: &Questionnaire, d: Dimension) -> usize {
    q.items_of(d).count()
}

pub fn level(id: &str) -> Level {
    Level::from_id(id).unwrap_or_else(|| panic!("unknown level {id}"))
}
