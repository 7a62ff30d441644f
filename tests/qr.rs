//! The kiosk's QR code (`src/core/qr.rs`): decoded by a QR decoding crate (rqrr), it gives back the share link, and the link gives back the same answers; the SVG draws exactly the code's dark modules.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{fr, responses};
use partenariat::core::qr::{self, QUIET};
use partenariat::core::share_link::{self, FRAGMENT_PREFIX};
use partenariat::core::{PartnershipKind, Profile, Role, Vocabulary};

/// The code as a grey image, `scale` pixels per module, with its quiet zone.
fn image(text: &str, scale: usize) -> (usize, Vec<u8>) {
    let (width, dark) = qr::modules(text).expect("a link fits in a QR code");
    let size = (width + 2 * QUIET) * scale;
    let mut pixels = vec![255u8; size * size];
    for y in 0..width {
        for x in 0..width {
            if dark[y * width + x] {
                for dy in 0..scale {
                    for dx in 0..scale {
                        pixels[((y + QUIET) * scale + dy) * size + (x + QUIET) * scale + dx] = 0;
                    }
                }
            }
        }
    }
    (size, pixels)
}

fn decode(text: &str) -> String {
    let (size, pixels) = image(text, 4);
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| pixels[y * size + x]);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn the_qr_code_gives_back_the_link_and_the_link_the_same_answers() {
    let q = fr();
    for (role, pattern, name) in [(Some(Role::Parent), "i|m|M|", None), (None, "MMMMM|iiii|mmm|iii", Some("Cité éducative de Metz-Borny — volet parents"))]
    {
        let r = responses(q, role, pattern);
        let profile = Profile { role, kind: Some(PartnershipKind::ALL[1]), partnership: name.map(str::to_string) };
        let link = format!("https://www.example.org/outils/partenariat/{FRAGMENT_PREFIX}{}", share_link::encode(q, &r, &profile));
        let read = decode(&link);
        assert_eq!(read, link);
        let (back, back_profile) = share_link::decode(q, share_link::payload_in(&read)).unwrap();
        assert_eq!(back, r);
        assert_eq!(back_profile, profile);
    }
}

#[test]
fn the_svg_draws_exactly_the_dark_modules() {
    let link = "https://www.example.org/#/partage/AQIAAAAA";
    let (width, dark) = qr::modules(link).unwrap();
    let svg = qr::svg(link, "Code <QR>").unwrap();
    assert!(svg.contains("aria-label=\"Code &lt;QR>\"") && svg.contains("role=\"img\""));
    let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    let mut drawn = vec![false; width * width];
    // Each run is `M{x} {y}h{n}v1h-{n}z`.
    for run in d.split('M').filter(|s| !s.is_empty()) {
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let n: usize = rest.split('v').next().unwrap().parse().unwrap();
        let (x, y): (usize, usize) = (x.parse::<usize>().unwrap() - QUIET, y.parse::<usize>().unwrap() - QUIET);
        for k in 0..n {
            assert!(!drawn[y * width + x + k], "a module drawn twice");
            drawn[y * width + x + k] = true;
        }
    }
    assert_eq!(drawn, dark);
}

#[test]
fn a_text_too_long_for_any_qr_code_gives_none() {
    assert!(qr::svg(&"x".repeat(5000), "").is_none());
}
