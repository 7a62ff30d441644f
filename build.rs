//! Reads the questionnaire content (`content/*.toml`), checks it, and hands it to the crate in a compact binary form.
//!
//! The content is TOML so that a non-programmer can edit it; it is turned here into a compact
//! binary form (`src/core/codec.rs`) so that the WebAssembly bundle carries no parser for it. A content error stops the build
//! with a message naming the file and the place to fix.

#[allow(dead_code)]
#[path = "src/core/codec.rs"]
mod codec;
#[allow(dead_code)]
#[path = "src/core/model.rs"]
mod model;

use std::path::Path;

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, &[format!("cannot read it: {e}")]));
    toml::from_str(&text).unwrap_or_else(|e| fail(path, &[e.to_string()]))
}

fn fail(path: &str, errors: &[String]) -> ! {
    let mut msg = format!("\n\nThe questionnaire content in {path} is not valid:\n");
    for e in errors {
        msg.push_str("  - ");
        msg.push_str(e);
        msg.push('\n');
    }
    msg.push_str("See content/SCHEMA.md for the rules.\n");
    panic!("{msg}");
}

fn write<T: codec::Codec + PartialEq + std::fmt::Debug>(out: &Path, name: &str, value: &T) {
    let bytes = codec::encode_to_vec(value);
    assert_eq!(codec::decode_all::<T>(&bytes).as_ref(), Some(value), "the encoding of {name} reads back");
    std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
}

fn main() {
    println!("cargo:rerun-if-changed=src/core/model.rs");
    // Another content folder can be named for trying a draft: PARTENARIAT_CONTENT=path cargo test
    println!("cargo:rerun-if-env-changed=PARTENARIAT_CONTENT");
    let dir = std::env::var("PARTENARIAT_CONTENT").unwrap_or_else(|_| "content".to_string());
    let fr: model::Content = read(&format!("{dir}/fr.toml"));
    let en: model::Content = read(&format!("{dir}/en.toml"));
    let cases: model::CasesFile = read(&format!("{dir}/cases.toml"));
    let v1: model::MigrationFile = read(&format!("{dir}/v1.toml"));
    let v1 = v1.table();

    let mut errors = model::check_content(&fr);
    if fr.language != model::Language::Fr {
        errors.push("language must be \"fr\"".into());
    }
    if !errors.is_empty() {
        fail(&format!("{dir}/fr.toml"), &errors);
    }
    let mut errors = model::check_content(&en);
    errors.extend(model::check_same_structure(&fr, &en));
    if en.language != model::Language::En {
        errors.push("language must be \"en\"".into());
    }
    if !errors.is_empty() {
        fail(&format!("{dir}/en.toml"), &errors);
    }
    let errors = model::check_cases(&cases, &fr);
    if !errors.is_empty() {
        fail(&format!("{dir}/cases.toml"), &errors);
    }

    let errors = model::check_migration(&v1, &fr);
    if !errors.is_empty() {
        fail(&format!("{dir}/v1.toml"), &errors);
    }

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    println!("cargo:rerun-if-changed=src/core/codec.rs");
    write(out, "fr.bin", &fr);
    write(out, "en.bin", &en);
    // The browser shows the cases' names and summaries (in fr.bin), never the quotations that
    // justify their answers: those stay out of the bundle (tests read content/cases.toml).
    let mut cases = cases;
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        cases.cases.iter_mut().flat_map(|c| c.answers.iter_mut()).for_each(|a| a.quote.clear());
    }
    write(out, "cases.bin", &cases);
    write(out, "v1.bin", &v1);
}
