//! The interface's words: both languages complete, with the same placeholders.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::i18n::{placeholders, EN, FR};

#[test]
fn every_string_exists_in_both_languages_with_the_same_placeholders() {
    let (fr, en) = (FR.strings(), EN.strings());
    assert_eq!(fr.len(), en.len());
    for (f, e) in fr.iter().zip(en.iter()) {
        assert!(!f.trim().is_empty() && !e.trim().is_empty(), "empty string beside « {f} » / « {e} »");
        assert_eq!(placeholders(f), placeholders(e), "« {f} » and « {e} » fill different values");
        assert!(*f == "Question" || f != e, "« {f} » is not translated");
    }
}

#[test]
fn the_crash_screen_offers_a_reload_and_a_fresh_start_in_each_language() {
    use partenariat::core::Language;
    use partenariat::i18n::crash_page;
    // Before English is installed (the browser's configuration), the page is French, and says so.
    if !partenariat::core::Questionnaire::available(Language::En) {
        assert!(crash_page(Language::En, "").contains("lang=\"fr\""));
        assert!(partenariat::i18n::install_english(&EN.strings().iter().map(|s| s.to_string()).collect::<Vec<_>>()));
    }
    for (language, title) in [(Language::Fr, "L'outil a rencontré un problème"), (Language::En, "The tool ran into a problem")] {
        let page = crash_page(language, "");
        assert!(page.contains(title), "{page}");
        assert!(page.contains("href=\"./\"") && page.contains("href=\"?effacer=1\""), "{page}");
        assert!(!page.contains("style="), "no inline style (CSP)");
    }
}

#[test]
fn the_crash_screen_of_an_embedded_widget_keeps_its_address_and_escapes_it() {
    use partenariat::core::Language;
    use partenariat::i18n::crash_page;
    let page = crash_page(Language::Fr, "?mode=embed&origine=https%3A%2F%2Fwww.oriv.org");
    assert!(page.contains("href=\"?mode=embed&amp;origine=https%3A%2F%2Fwww.oriv.org\""), "{page}");
    assert!(page.contains("href=\"?mode=embed&amp;origine=https%3A%2F%2Fwww.oriv.org&amp;effacer=1\""), "{page}");
    let page = crash_page(Language::Fr, "?mode=embed&x=\"><script>");
    assert!(!page.contains("<script>") && page.contains("&quot;&gt;&lt;script&gt;"), "{page}");
}

#[test]
fn french_strings_follow_french_typography() {
    // A non-breaking space before « : ; ? ! » and inside « », so that no line starts with one.
    for s in FR.strings() {
        for (i, c) in s.char_indices() {
            let before = s[..i].chars().next_back();
            let after = s[i + c.len_utf8()..].chars().next();
            match c {
                ':' | ';' | '?' | '!' | '»' => assert!(before != Some(' '), "breaking space before « {c} » in « {s} »"),
                '«' => assert!(after != Some(' '), "breaking space after « in « {s} »"),
                _ => {}
            }
        }
    }
}

#[test]
fn the_room_and_kiosk_words_follow_french_typography_too() {
    // Their French words are constants of their own modules (src/core/together_view.rs,
    // src/kiosk.rs): checked in the source, between `pub const FR` and `pub const EN`.
    for (path, start) in [("src/core/together_view.rs", "pub const FR: Words"), ("src/kiosk.rs", "pub const FR: KioskWords")] {
        let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
        let from = text.find(start).unwrap();
        let block = &text[from..from + text[from..].find("pub const EN").unwrap()];
        let strings: Vec<&str> = block.split('"').skip(1).step_by(2).collect();
        assert!(strings.len() > 10, "{path}: its French words are found");
        for s in strings {
            for bad in [" :", " ;", " ?", " !", " »", "« "] {
                assert!(!s.contains(bad), "{path}: breaking space in « {bad} » of « {s} »");
            }
        }
    }
}
