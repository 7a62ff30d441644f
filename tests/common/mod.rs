//! Helpers shared by the native tests: responses written as compact patterns over a role's path, one character per scale item.
#![allow(dead_code)]

use partenariat::core::model::ItemKind;
use partenariat::core::{Choice, Dimension, Level, Picks, Placement, Questionnaire, Responses, Role, Vocabulary};
use proptest::prelude::*;

pub fn fr() -> &'static Questionnaire {
    Questionnaire::get(partenariat::core::Language::Fr)
}

/// The scale items of a dimension on a role's path.
pub fn scale_items(q: &Questionnaire, role: Option<Role>, d: Dimension) -> Vec<usize> {
    q.path_of(role, d).into_iter().filter(|i| q.item_ref(*i).unwrap().kind == ItemKind::Scale).collect()
}

/// The first answer of an item at a level that raises no risk (every scale item has one: checked by a test).
pub fn answer_at(q: &Questionnaire, item: usize, level: Level) -> u8 {
    let answers = &q.item(item).unwrap().answers;
    answers.iter().position(|a| a.level == Some(level) && a.risks.is_empty()).or_else(|| answers.iter().position(|a| a.level == Some(level))).unwrap() as u8
}

/// Responses from a pattern with one group per dimension, separated by `|`, one character per
/// scale item of that dimension on the role's path: `m`, `i`, `M` an answer at the minimal,
/// intermédiaire or maximal level (one that raises no risk), `?` « je ne sais pas », `-`
/// « ne s'applique pas », `.` unanswered. Missing characters are unanswered.
pub fn responses(q: &Questionnaire, role: Option<Role>, pattern: &str) -> Responses {
    let groups: Vec<&str> = pattern.split('|').collect();
    assert_eq!(groups.len(), 4, "a pattern has four groups: {pattern}");
    let mut r = Responses::empty(q);
    for (d, group) in Dimension::ALL.iter().zip(groups) {
        let items = scale_items(q, role, *d);
        let chars: Vec<char> = group.trim().chars().collect();
        assert!(chars.len() <= items.len(), "{d}: {} characters for {} items", chars.len(), items.len());
        for (item, c) in items.iter().zip(chars) {
            let choice = match c {
                'm' => Some(Choice::one(answer_at(q, *item, Level::Minimal))),
                'i' => Some(Choice::one(answer_at(q, *item, Level::Intermediaire))),
                'M' => Some(Choice::one(answer_at(q, *item, Level::Maximal))),
                '?' => Some(Choice::DontKnow),
                '-' => Some(Choice::NotApplicable),
                '.' => None,
                other => panic!("unknown pattern character {other:?}"),
            };
            r.set(*item, choice);
        }
    }
    r
}

/// A placement written as a word: a level id, `-` not enough, `?` not known, `na` not applicable, `x` not asked.
pub fn word(p: Placement) -> &'static str {
    match p {
        Placement::Placed { level, .. } => level.id(),
        Placement::NotEnough => "-",
        Placement::NotKnown => "?",
        Placement::NotApplicable => "na",
        Placement::NotAsked => "x",
    }
}

/// Any role, or none (proptest).
pub fn any_role() -> impl Strategy<Value = Option<Role>> {
    prop_oneof![Just(None), (0..Role::ALL.len()).prop_map(|k| Some(Role::ALL[k]))]
}

/// A choice for one item: unanswered, « je ne sais pas », « ne s'applique pas », or answers
/// (one, or a non-empty set where the item takes several).
pub fn any_choice(n: usize, multiple: bool) -> BoxedStrategy<Option<Choice>> {
    let picked: BoxedStrategy<Option<Choice>> = if multiple {
        (1u8..(1 << n)).prop_map(|mask| Some(Choice::Picked(Picks::of(&(0..8u8).filter(|k| mask & (1 << k) != 0).collect::<Vec<_>>())))).boxed()
    } else {
        (0..n as u8).prop_map(|k| Some(Choice::one(k))).boxed()
    };
    prop_oneof![1 => Just(None), 1 => Just(Some(Choice::DontKnow)), 1 => Just(Some(Choice::NotApplicable)), 6 => picked].boxed()
}

pub fn any_responses() -> impl Strategy<Value = Responses> {
    let per_item: Vec<BoxedStrategy<Option<Choice>>> = fr().items().map(|(_, _, item)| any_choice(item.answers.len(), item.multiple)).collect();
    per_item.prop_map(Responses)
}

/// The English questionnaire: built in with the default features; otherwise installed from
/// `content/en.toml` as the page installs the file it fetches (so that English is tested in the
/// browser's configuration too, never French standing in for it).
pub fn en() -> &'static Questionnaire {
    use partenariat::core::Language;
    if !Questionnaire::available(Language::En) {
        let content: partenariat::core::model::Content =
            toml::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/en.toml")).unwrap()).unwrap();
        let interface = partenariat::i18n::EN.strings().iter().map(|s| s.to_string()).collect();
        let pack = partenariat::core::codec::encode_to_vec(&partenariat::core::model::LanguagePack { content, interface });
        Questionnaire::install(Language::En, &pack).expect("content/en.toml installs");
    }
    let q = Questionnaire::get(Language::En);
    assert_eq!(q.content.language, Language::En);
    q
}
