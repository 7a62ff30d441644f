//! A stable insertion sort for the few short lists the core puts in order (a reading's values, the directions, ids to answer again, placeholders): std's sorts cost the browser bundle about 3 KB each per element type, for lists of a few dozen items at most.

/// Sorts `items` in their own order, keeping equal items in place (stable).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, |a, b| a > b);
}

/// Sorts `items` by `key`, keeping the order of equal keys (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a) > key(b));
}

/// Insertion sort: `after(a, b)` says that `a` goes after `b`. Quadratic, meant for short lists
/// only (the longest the core sorts has one entry per question of a path).
pub fn sort_by<T>(items: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && after(&items[j - 1], &items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
