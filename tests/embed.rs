//! The embedded widget's options, accent colour, storage key and messages (`src/embed.rs`): what a host page's address can ask for, and what it cannot.

use partenariat::embed::{contrast, saved_state_key, tint, Accent, Embedding, Message, AA};

/// The options read from a query string (`a=b&c=d`, values taken as the browser decodes them).
fn embedding(query: &str) -> Option<Embedding> {
    let pairs: Vec<(String, String)> = query.split('&').filter_map(|p| p.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Embedding::from_query(|name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
}

fn check_origin(input: &str, expected: Option<&str>) {
    assert_eq!(partenariat::embed::origin(input).as_deref(), expected, "origin {input:?}");
}

#[test]
fn only_mode_embed_embeds() {
    assert_eq!(embedding("lang=en"), None);
    assert_eq!(embedding("mode=kiosque"), None);
    assert_eq!(embedding("mode=embed"), Some(Embedding::default()));
}

#[test]
fn the_host_origin_is_an_origin_and_nothing_else() {
    check_origin("https://www.oriv.org", Some("https://www.oriv.org"));
    check_origin("HTTPS://WWW.ORIV.ORG", Some("https://www.oriv.org"));
    check_origin("http://127.0.0.1:8080", Some("http://127.0.0.1:8080"));
    check_origin("https://www.oriv.org/", None);
    check_origin("https://www.oriv.org/page", None);
    check_origin("https://user@www.oriv.org", None);
    check_origin("https://www.oriv.org:", None);
    check_origin("https://www.oriv.org:123456", None);
    check_origin("javascript:alert(1)", None);
    check_origin("*", None);
    check_origin("null", None);
    check_origin("", None);
    check_origin("https://", None);
    check_origin("ftp://www.oriv.org", None);
}

#[test]
fn messages_go_to_the_host_origin_alone_and_without_one_only_the_height_goes_anywhere() {
    let with_host = embedding("mode=embed&origine=https://www.oriv.org").unwrap();
    assert_eq!(with_host.target(&Message::Height(800)), Some("https://www.oriv.org"));
    assert_eq!(with_host.target(&Message::Screen), Some("https://www.oriv.org"));
    let without = embedding("mode=embed").unwrap();
    assert_eq!(without.target(&Message::Height(800)), Some("*"));
    assert_eq!(without.target(&Message::Screen), None);
    assert_eq!(without.target(&Message::Completed(Some("maximal"))), None);
    // A malformed origin is no origin.
    let bad = embedding("mode=embed&origine=*").unwrap();
    assert_eq!(bad.host, None);
    assert_eq!(bad.target(&Message::Screen), None);
}

#[test]
fn the_completion_event_is_off_unless_the_host_asks_for_it() {
    let off = embedding("mode=embed&origine=https://www.oriv.org").unwrap();
    assert_eq!(off.target(&Message::Completed(Some("minimal"))), None);
    let yes_but_no_host = embedding("mode=embed&fin=1").unwrap();
    assert_eq!(yes_but_no_host.target(&Message::Completed(Some("minimal"))), None);
    let on = embedding("mode=embed&origine=https://www.oriv.org&fin=1").unwrap();
    assert_eq!(on.target(&Message::Completed(Some("minimal"))), Some("https://www.oriv.org"));
    assert!(!embedding("mode=embed&fin=oui").unwrap().completion, "only fin=1 asks");
}

#[test]
fn message_types_are_namespaced() {
    assert_eq!(Message::Height(1).kind(), "partenariat:hauteur");
    assert_eq!(Message::Screen.kind(), "partenariat:ecran");
    assert_eq!(Message::Completed(None).kind(), "partenariat:resultat");
}

#[test]
fn embedded_and_standalone_widgets_keep_separate_saved_states() {
    let standalone = saved_state_key(None);
    let first = saved_state_key(embedding("mode=embed").as_ref());
    let second = saved_state_key(embedding("mode=embed&cadre=2").as_ref());
    assert_eq!(standalone, "partenariat.etat");
    assert!(first != standalone && second != first && second != standalone);
    // A frame name that is not a short plain word is ignored.
    assert_eq!(embedding("mode=embed&cadre=a.b").unwrap().frame, None);
    assert_eq!(embedding(&format!("mode=embed&cadre={}", "x".repeat(33))).unwrap().frame, None);
}

#[test]
fn the_host_font_is_a_family_list_and_cannot_end_the_css_value() {
    let font = |f: &str| embedding(&format!("mode=embed&police={f}")).unwrap().font;
    assert_eq!(font("Marianne, \"Helvetica Neue\", arial, sans-serif").as_deref(), Some("Marianne, \"Helvetica Neue\", arial, sans-serif"));
    assert_eq!(font("x; background: url(x)"), None);
    assert_eq!(font("x}body{color:red"), None);
    assert_eq!(font("   "), None);
    assert_eq!(font(&"a".repeat(201)), None);
}

/// The accent read from `input`: `Unchanged` kept as given, `Darkened` made legible (darker on
/// every channel, the same grey if it was grey), or `None` refused.
fn check_accent(input: &str, expected: Option<Outcome>) {
    let got = embedding(&format!("mode=embed&accent={input}")).unwrap().accent;
    match (got, expected) {
        (None, None) => {}
        (Some(a), Some(Outcome::Unchanged(hex))) => assert_eq!((partenariat::embed::hex(a.rgb), a.adjusted), (hex.to_string(), false), "accent {input:?}"),
        (Some(a), Some(Outcome::Darkened([r, g, b]))) => {
            assert!(a.adjusted && a.rgb[0] <= r && a.rgb[1] <= g && a.rgb[2] <= b, "accent {input:?}: {a:?}");
            assert_eq!(r == g && g == b, a.rgb[0] == a.rgb[1] && a.rgb[1] == a.rgb[2], "a grey stays grey: {a:?}");
            assert!(contrast(a.rgb, [255; 3]) >= AA && contrast(a.rgb, [255; 3]) < AA + 1.0, "darkened just enough: {a:?}");
        }
        (got, _) => panic!("accent {input:?}: {got:?}"),
    }
}

enum Outcome {
    Unchanged(&'static str),
    Darkened([u8; 3]),
}

#[test]
fn an_accent_colour_is_taken_as_is_when_legible_and_darkened_when_not() {
    use Outcome::*;
    check_accent("#000091", Some(Unchanged("#000091")));
    check_accent("005a9c", Some(Unchanged("#005a9c")));
    check_accent("%23005a9c", None);
    check_accent("#FFF", Some(Darkened([255, 255, 255])));
    check_accent("#ffd700", Some(Darkened([255, 215, 0])));
    check_accent("#12", None);
    check_accent("#gggggg", None);
    check_accent("red", None);
    check_accent("#0000911", None);
    check_accent("", None);
}

#[test]
fn every_accent_colour_keeps_aa_contrast_with_white_and_its_lightest_tint() {
    // Every 17th step of each channel: 16³ colours, from black to white.
    for r in (0..=255).step_by(17) {
        for g in (0..=255).step_by(17) {
            for b in (0..=255).step_by(17) {
                let accent = Accent::legible([r as u8, g as u8, b as u8]);
                assert!(contrast(accent.rgb, [255; 3]) >= AA, "{accent:?} on white");
                // The lightest tint is the background of callouts where the accent is text.
                assert!(contrast(accent.rgb, tint(accent.rgb, 96)) >= AA, "{accent:?} on its lightest tint");
                let properties = accent.properties();
                assert_eq!(properties.map(|p| p.0), ["--blue", "--blue-hover", "--blue-light", "--blue-lightest"]);
                assert_eq!(accent.adjusted, accent.rgb != [r as u8, g as u8, b as u8]);
            }
        }
    }
}

#[test]
fn contrast_matches_the_wcag_reference_values() {
    assert!((contrast([0; 3], [255; 3]) - 21.0).abs() < 1e-9);
    assert!((contrast([255; 3], [255; 3]) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic 4.54:1.
    assert!((contrast([0x76; 3], [255; 3]) - 4.54).abs() < 0.01);
}

#[test]
fn the_linear_table_is_the_srgb_formula() {
    for (c, &stored) in partenariat::embed::LINEAR.iter().enumerate() {
        let x = c as f64 / 255.0;
        let linear = if x <= 0.04045 { x / 12.92 } else { ((x + 0.055) / 1.055).powf(2.4) };
        assert_eq!(stored, (linear * 65535.0).round() as u16, "channel {c}");
    }
}

#[test]
fn an_embedded_widget_keeps_no_offline_cache_unless_the_host_asks() {
    assert!(!embedding("mode=embed").unwrap().offline);
    assert!(!embedding("mode=embed&horsligne=oui").unwrap().offline);
    assert!(embedding("mode=embed&horsligne=1").unwrap().offline);
}
