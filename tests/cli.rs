//! The native `score` command (examples/score.rs): scores a file, and rejects bad ones with a message and a non-zero exit.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::answers_file::FORMAT;
use partenariat::core::{AnswersFile, Language, Profile, Questionnaire};
use std::path::PathBuf;
use std::process::Command;

/// `cargo test` builds the examples next to the test binaries' folder.
fn score() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let path = dir.join("examples").join(format!("score{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is built by cargo test", path.display());
    path
}

fn file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("partenariat-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `score` with `args`; `expected` is `ok:FRAGMENT` (stdout) or `err:FRAGMENT` (stderr, exit 2).
fn check(args: &[&std::ffi::OsStr], expected: &str) {
    let out = Command::new(score()).args(args).output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!stderr.contains("panicked"), "score panicked: {stderr}");
    match expected.split_once(':').unwrap() {
        ("ok", fragment) => {
            assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
            assert!(stdout.contains(fragment), "stdout lacks « {fragment} »: {stdout}");
        }
        ("err", fragment) => {
            assert_eq!(out.status.code(), Some(2), "{stdout}");
            assert!(stderr.contains(fragment), "stderr lacks « {fragment} »: {stderr}");
        }
        _ => unreachable!(),
    }
}

#[test]
fn scores_a_case_file_as_json_and_as_text() {
    let q = Questionnaire::get(Language::Fr);
    let case = &q.cases()[2];
    let answers = AnswersFile::from_responses(q, &q.case_responses(case), &Profile::default());
    let path = file("encadre-3.json", &answers.to_json());
    check(&[path.as_os_str()], "ok:\"level\": \"maximal\"");
    check(&[path.as_os_str(), "--text".as_ref()], "ok:Niveau d'ensemble");
    check(&[path.as_os_str(), "--text".as_ref(), "--lang".as_ref(), "en".as_ref()], "ok:Overall level");
    let json = Command::new(score()).arg(&path).output().unwrap().stdout;
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["closest_case"]["case"], "encadre-3");
}

#[test]
fn rejects_bad_files_cleanly() {
    check(&[], "err:no answers file");
    check(&["/nonexistent/answers.json".as_ref()], "err:cannot read");
    check(&[file("junk.json", "{ not json").as_os_str()], "err:not valid JSON");
    check(&[file("v9.json", &format!(r#"{{"format":"{FORMAT}","version":9,"answers":{{}}}}"#)).as_os_str()], "err:version 9");
    check(&[file("unknown.json", &format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{"x-y":"z"}}}}"#)).as_os_str()], "err:x-y");
    let item = &Questionnaire::get(Language::Fr).item(0).unwrap().id;
    check(&[file("range.json", &format!(r#"{{"format":"{FORMAT}","version":1,"answers":{{"{item}":"hors-echelle"}}}}"#)).as_os_str()], "err:hors-echelle");
    check(&[file("bin.json", "\u{0}\u{fffd}").as_os_str()], "err:not valid JSON");
    check(&["a.json".as_ref(), "--lang".as_ref(), "de".as_ref()], "err:unknown language");
}
