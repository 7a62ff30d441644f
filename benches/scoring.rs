//! Scoring throughput on one core: a large seminar's answers (10,000 respondents across every role) assessed, and their result views built. Run: `cargo bench --bench scoring`.

use partenariat::core::{assess, result_view, Choice, Language, Picks, Profile, Questionnaire, Responses, Role, Vocabulary};
use std::hint::black_box;
use std::time::Instant;

/// A small deterministic generator, so that every run scores the same responses.
fn respondents(q: &Questionnaire, count: usize) -> Vec<(Option<Role>, Responses)> {
    let mut seed: u64 = 0x5eed_cafe;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count)
        .map(|_| {
            let role = match next() % (Role::ALL.len() as u64 + 1) {
                0 => None,
                k => Some(Role::ALL[k as usize - 1]),
            };
            let mut r = Responses::empty(q);
            for i in q.path(role) {
                let item = q.item(i).unwrap();
                let n = item.answers.len() as u64;
                r.set(
                    i,
                    match next() % 12 {
                        0 => None,
                        1 => Some(Choice::DontKnow),
                        2 => Some(Choice::NotApplicable),
                        _ if item.multiple => Some(Choice::Picked(Picks::of(&[(next() % n) as u8, (next() % n) as u8]))),
                        _ => Some(Choice::one((next() % n) as u8)),
                    },
                );
            }
            (role, r)
        })
        .collect()
}

fn main() {
    let q = Questionnaire::get(Language::Fr);
    let total: usize = std::env::var("BENCH_ASSESSMENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let set = respondents(q, total);
    for (role, r) in set.iter().take(100) {
        black_box(assess(q, *role, black_box(r)));
    }
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        for (role, r) in &set {
            black_box(assess(q, *role, black_box(r)));
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!("scoring: {total} assessments in {best:.3} s (best of 3), {:.1} µs each", best * 1e6 / total as f64);
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        for (role, r) in &set {
            black_box(result_view::build(q, black_box(r), &Profile { role: *role, ..Profile::default() }));
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!("result views: {total} built in {best:.3} s (best of 3), {:.1} µs each", best * 1e6 / total as f64);
}
