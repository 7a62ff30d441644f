//! Prints the crash screen's markup (`cargo run --example crash_page -- fr|en`), so that the screenshot script can show it with the real stylesheet: no test input makes the app panic.

use partenariat::core::{Language, Vocabulary};

fn main() {
    let language = std::env::args().nth(1).and_then(|l| Language::from_id(&l)).unwrap_or(Language::Fr);
    print!("{}", partenariat::i18n::crash_page(language, ""));
}
