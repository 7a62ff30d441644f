//! The QR code of a share link, drawn as SVG (the kiosk's « take your result home »): the modules come from the `qrcode` crate, the drawing is one path.

use qrcode::{Color, EcLevel, QrCode};

/// The blank border around the code, in modules (the standard's quiet zone).
pub const QUIET: usize = 4;

/// The code's modules, row by row (`true` is dark), and its width; None when the text is too
/// long for any QR code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    Some((width, code.to_colors().into_iter().map(|c| c == Color::Dark).collect()))
}

/// The code as an SVG element that fills its box (the page sets the size), dark on white with
/// its quiet zone, named by `label` for screen readers. `label` is escaped.
pub fn svg(text: &str, label: &str) -> Option<String> {
    let (width, dark) = modules(text)?;
    let size = width + 2 * QUIET;
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !dark[y * width + x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && dark[y * width + x] {
                x += 1;
            }
            path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>",
        label.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
    ))
}
