//! The native `score` command (examples/score.rs): scores a file as the widget does (every role gets a result worded for it), and rejects bad ones with a message and a non-zero exit.
#![cfg(not(target_arch = "wasm32"))]

use partenariat::core::answers_file::FORMAT;
use partenariat::core::{AnswersFile, Choice, Language, Profile, Questionnaire, Responses, Role, Vocabulary};
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

fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("partenariat-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs `score` with `args`; `expected` is `ok:FRAGMENT` (stdout) or `err:FRAGMENT` (stderr, exit 2).
fn check(args: &[&std::ffi::OsStr], expected: &str) -> String {
    let out = Command::new(score()).args(args).output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned());
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
    stdout
}

#[test]
fn scores_a_case_file_as_json_and_as_text() {
    let q = Questionnaire::get(Language::Fr);
    let case = &q.cases()[2];
    let answers = AnswersFile::from_responses(q, &q.case_responses(case), &Profile { role: Some(case.role), ..Profile::default() });
    let path = file("encadre-3.json", answers.to_json().as_bytes());
    check(&[path.as_os_str()], "ok:\"level\": \"maximal\"");
    check(&[path.as_os_str(), "--text".as_ref()], &format!("ok:{} Maximal", partenariat::i18n::FR.overall));
    check(&[path.as_os_str(), "--text".as_ref(), "--lang".as_ref(), "en".as_ref()], "ok:Overall level: Maximal");
    let json = Command::new(score()).arg(&path).output().unwrap().stdout;
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["closest_case"]["case"], "encadre-3");
    assert_eq!(v["role"], "coordonnateur");
}

#[test]
fn every_role_answering_its_whole_path_gets_a_result_worded_for_it() {
    let q = Questionnaire::get(Language::Fr);
    for role in Role::ALL {
        let mut r = Responses::empty(q);
        for i in q.path(Some(*role)) {
            r.set(i, Some(Choice::one(0)));
        }
        let answers = AnswersFile::from_responses(q, &r, &Profile { role: Some(*role), ..Profile::default() });
        let path = file(&format!("{}.json", role.id()), answers.to_json().as_bytes());
        let label = if *role == Role::Parent { partenariat::i18n::FR.overall_plain } else { partenariat::i18n::FR.overall };
        let text = check(&[path.as_os_str(), "--text".as_ref()], &format!("ok:{label} "));
        assert!(!text.contains("Pas assez de réponses"), "{role:?}: {text}");
        if *role == Role::Parent {
            assert!(text.contains(&q.content.texts.no_failure_plain), "{text}");
        } else {
            assert!(text.contains(&q.content.roles[role].name), "{role:?}: {text}");
        }
    }
}

#[test]
fn rejects_bad_files_cleanly() {
    check(&[], "err:no answers file");
    check(&["/nonexistent/answers.json".as_ref()], "err:cannot read");
    check(&[file("junk.json", b"{ not json").as_os_str()], "err:not valid JSON");
    check(&[file("v9.json", format!(r#"{{"format":"{FORMAT}","version":9,"answers":{{}}}}"#).as_bytes()).as_os_str()], "err:version 9");
    check(&[file("unknown.json", format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{"x-y":"z"}}}}"#).as_bytes()).as_os_str()], "err:x-y");
    check(
        &[file("range.json", format!(r#"{{"format":"{FORMAT}","version":2,"answers":{{"coordination-reponse":"hors-echelle"}}}}"#).as_bytes()).as_os_str()],
        "err:hors-echelle",
    );
    check(&[file("bin.json", "\u{0}\u{fffd}".as_bytes()).as_os_str()], "err:not valid JSON");
    check(&["a.json".as_ref(), "--lang".as_ref(), "de".as_ref()], "err:unknown language");
    check(&[file("utf16.json", &[0xff, 0xfe, b'{', 0]).as_os_str()], "err:UTF-16");
    check(&[file("big.json", &vec![b' '; 300 * 1024]).as_os_str()], "err:larger than");
}

#[test]
fn reads_a_file_saved_with_a_byte_order_mark_and_files_of_the_first_version() {
    let bom = format!("\u{feff}{{\"format\":\"{FORMAT}\",\"version\":2,\"answers\":{{}}}}");
    check(&[file("bom.json", bom.as_bytes()).as_os_str()], "ok:\"overall\"");
    let v1 = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1/encadre-1.json"));
    let out = Command::new(score()).arg(&v1).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("version-1 file; 6 answers carried over"));
}

#[cfg(unix)]
#[test]
fn a_device_or_an_endless_file_is_refused_without_being_read_whole() {
    check(&["/dev/zero".as_ref()], "err:larger than");
}

#[test]
fn puts_partners_together_who_each_know_part_of_the_partnership() {
    // Two partners, each describing two of coordination's five practices: neither places it
    // alone; together they do.
    let q = Questionnaire::get(Language::Fr);
    let items: Vec<usize> = q
        .path_of(None, partenariat::core::Dimension::Coordination)
        .into_iter()
        .filter(|i| q.item_ref(*i).unwrap().kind == partenariat::core::model::ItemKind::Scale)
        .collect();
    let write = |name: &str, which: &[usize]| {
        let mut r = Responses::empty(q);
        for &i in which {
            let k = q.item(i).unwrap().answers.iter().position(|a| a.level == Some(partenariat::core::Level::Intermediaire)).unwrap();
            r.set(i, Some(Choice::one(k as u8)));
        }
        file(name, AnswersFile::from_responses(q, &r, &Profile::default()).to_json().as_bytes())
    };
    let (a, b) = (write("a.json", &items[..2]), write("b.json", &items[2..4]));
    let out = check(&["--ensemble".as_ref(), a.as_os_str(), b.as_os_str()], "ok:\"together\"");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["partners"][0]["dimensions"]["coordination"], "pas-assez");
    assert_eq!(json["partners"][1]["dimensions"]["coordination"], "pas-assez");
    assert_eq!(json["together"]["dimensions"]["coordination"], "intermediaire");
    check(&["--ensemble".as_ref(), a.as_os_str()], "err:two answers files or more");
}

#[test]
fn a_folder_and_a_kiosk_tally_are_put_together_a_bad_file_named_and_skipped_and_a_csv_written() {
    use partenariat::core::tally;
    let q = Questionnaire::get(Language::Fr);
    let dir = std::env::temp_dir().join(format!("partenariat-cli-folder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let some = |level: partenariat::core::Level| {
        let mut r = Responses::empty(q);
        for (i, _, item) in q.items() {
            if let Some(k) = item.answers.iter().position(|a| a.level == Some(level)) {
                r.set(i, Some(Choice::one(k as u8)));
            }
        }
        r
    };
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    write("1-minimal.json", AnswersFile::from_responses(q, &some(partenariat::core::Level::Minimal), &Profile::default()).to_json().as_bytes());
    write("2-maximal.json", AnswersFile::from_responses(q, &some(partenariat::core::Level::Maximal), &Profile::default()).to_json().as_bytes());
    write("3-broken.json", b"{ not json");
    write("notes.txt", b"not read: not .json");
    let entries: Vec<tally::Entry> = ["00000000000000a1", "00000000000000a2"]
        .iter()
        .map(|id| {
            tally::entry(
                q,
                id,
                "2026-11-29",
                &some(partenariat::core::Level::Intermediaire),
                &Profile { role: Some(partenariat::core::Role::Parent), ..Profile::default() },
            )
        })
        .collect();
    let releve = dir.with_extension("releve.json");
    std::fs::write(&releve, tally::to_json(&entries)).unwrap();
    let csv = dir.with_extension("csv");
    let out = Command::new(score()).args(["--ensemble".as_ref(), "--csv".as_ref(), csv.as_os_str(), dir.as_os_str(), releve.as_os_str()]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("skipped") && stderr.contains("3-broken.json"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["respondents"], 4, "two files of the folder and the tally's two entries");
    assert_eq!(json["partners"].as_array().unwrap().len(), 4);
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 5, "a header and one row per respondent");
    assert!(rows[1].starts_with("1-minimal.json;;") && rows[3].starts_with("00000000000000a1;2026-11-29;parent;"), "{rows:?}");
    check(&["--ensemble".as_ref(), dir.join("3-broken.json").as_os_str(), dir.join("notes.txt").as_os_str()], "err:no respondent could be read");
}
