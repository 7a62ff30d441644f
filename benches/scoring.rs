//! Scoring throughput: assessments per second on one core, over a fixed, varied set of responses. Run: `cargo bench --bench scoring`.


use partenariat::core::{assess, Choice, Language, Questionnaire, Responses};
use std::hint::black_box;
use std::time::Instant;

/// A small deterministic generator, so that every run scores the same responses.
fn responses(q: &Questionnaire, count: usize) -> Vec<Responses> {
    let mut seed: u64 = 0x5eed_cafe;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count)
        .map(|_| {
            let mut r = Responses::empty(q);
            for i in 0..q.item_count() {
                let n = q.item(i).unwrap().answers.len() as u64;
                r.set(i, match next() % 10 {
                    0 => None,
                    1 => Some(Choice::DontKnow),
                    _ => Some(Choice::Answer((next() % n) as u8)),
                });
            }
            r
        })
        .collect()
}

fn main() {
    let q = Questionnaire::get(Language::Fr);
    let set = responses(q, 1024);
    let total: usize = std::env::var("BENCH_ASSESSMENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    // Warm up.
    for r in &set {
        black_box(assess(q, black_box(r)));
    }
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        for k in 0..total {
            black_box(assess(q, black_box(&set[k % set.len()])));
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!("scoring: {total} assessments in {best:.3} s (best of 3) = {:.0} assessments/s, {:.0} ns each", total as f64 / best, best * 1e9 / total as f64);
}
