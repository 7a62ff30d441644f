//! The invariant « the core knows nothing of the DOM »: src/core uses only std, serde and the pure `qrcode` crate.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const ALLOWED_ROOTS: &[&str] = &["std", "serde", "qrcode", "super", "self", "crate"];
const FORBIDDEN: &[&str] = &["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen", "localStorage", "window()", "document()"];

fn core_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn the_core_knows_nothing_of_the_dom_storage_or_yew() {
    let files = core_files();
    assert!(files.len() >= 5, "src/core has its modules");
    let modules: Vec<String> = files.iter().filter_map(|(p, _)| Path::new(p).file_stem().map(|s| s.to_string_lossy().into_owned())).collect();
    for (path, text) in &files {
        for word in FORBIDDEN {
            assert!(!text.contains(word), "{path} mentions {word}: the core must stay pure");
        }
        for line in text.lines().map(str::trim) {
            if let Some(rest) = line.strip_prefix("use ").or_else(|| line.strip_prefix("pub use ")) {
                let root = rest.split("::").next().unwrap_or("").trim_start_matches('{');
                assert!(ALLOWED_ROOTS.contains(&root) || modules.iter().any(|m| m == root), "{path}: `{line}` reaches outside std, serde and the core");
                if root == "crate" {
                    assert!(rest.starts_with("crate::core"), "{path}: `{line}` reaches outside the core");
                }
            }
            assert!(!line.contains("crate::ui") && !line.contains("crate::storage") && !line.contains("crate::state"), "{path}: `{line}`");
        }
    }
}

#[test]
fn every_module_starts_with_a_line_saying_what_it_is_for() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(text.starts_with("//!"), "{} does not start with a //! line", path.display());
                seen += 1;
            }
        }
    }
    assert!(seen > 5);
}

#[test]
fn the_manifest_keeps_web_crates_out_of_native_builds() {
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let (native, _) = manifest.split_once("[target.").expect("web crates sit under a wasm32 target table");
    for word in ["yew", "web-sys", "gloo", "js-sys", "wasm-bindgen"] {
        let in_deps = native.lines().any(|l| l.trim_start().starts_with(word));
        assert!(!in_deps, "{word} is a plain dependency: it belongs under [target.'cfg(target_arch = \"wasm32\")'.dependencies]");
    }
}
