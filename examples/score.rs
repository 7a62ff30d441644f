//! `cargo run --example score -- answers.json [--text] [--lang en]`: scores an answers file natively and prints the assessment as JSON, or, with `--text`, the result as the widget shows it; `--ensemble [--csv out.csv] a.json folder/ releve.json …` puts respondents together (answers files, the `.json` files of a folder, kiosk tallies): the combined picture as JSON, and with `--csv` one row per respondent for a spreadsheet. A file that cannot be read is named and skipped.

use partenariat::core::answers_file::MAX_BYTES;
use partenariat::core::report::Report;
use partenariat::core::tally::Respondent;
use partenariat::core::{assess, result_view, AnswersFile, AnswersFileError, Language, Questionnaire, Vocabulary};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo run --example score -- ANSWERS.json [--text] [--lang fr|en]\n       cargo run --example score -- --ensemble [--csv OUT.csv] PATH PATH [...]   (answers files, folders of them, kiosk tallies)";

/// Reads at most `MAX_BYTES + 1` bytes, so that a huge file (or a device) is refused without
/// being read whole.
fn read_bounded(path: &str) -> Result<Vec<u8>, String> {
    read_at_most(path, MAX_BYTES)
}

fn read_at_most(path: &str, max: usize) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: cannot read the file ({e})"))?;
    let mut bytes = Vec::new();
    file.take(max as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{path}: cannot read the file ({e})"))?;
    if bytes.len() > max {
        return Err(format!("{path}: {}", partenariat::core::AnswersFileError::TooLarge));
    }
    Ok(bytes)
}

/// Makes `language` available: built in with the default features; otherwise (the browser's
/// configuration) English is installed from `content/en.toml`, as the page installs the file it
/// fetches.
fn ensure(language: Language) -> Result<(), String> {
    if Questionnaire::available(language) {
        return Ok(());
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/en.toml");
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let content: partenariat::core::model::Content = toml::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let interface = partenariat::i18n::EN.strings().iter().map(|s| s.to_string()).collect();
    let pack = partenariat::core::codec::encode_to_vec(&partenariat::core::model::LanguagePack { content, interface });
    Questionnaire::install(language, &pack).map_err(|e| format!("{path}: the English questionnaire cannot be used ({e:?})"))
}

/// The respondents a path holds: an answers file (one), a kiosk tally (each of its entries), or a
/// folder (its `.json` files, in name order, each read as either).
fn respondents(path: &str) -> Result<Vec<Respondent>, String> {
    use partenariat::core::tally;
    let q = Questionnaire::reference();
    if std::path::Path::new(path).is_dir() {
        let mut files: Vec<String> = std::fs::read_dir(path)
            .map_err(|e| format!("{path}: cannot read the folder ({e})"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
            .map(|p| p.display().to_string())
            .collect();
        files.sort();
        let mut all = Vec::new();
        for f in files {
            match respondents(&f) {
                Ok(found) => all.extend(found),
                Err(why) => eprintln!("score: skipped {why}"),
            }
        }
        return Ok(all);
    }
    let bytes = read_at_most(path, tally::MAX_BYTES)?;
    let name = std::path::Path::new(path).file_name().map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
    match AnswersFile::read(&bytes, q) {
        Ok((responses, profile, _)) => Ok(vec![Respondent { id: name, day: String::new(), profile, responses }]),
        Err(AnswersFileError::NotAnAnswersFile) => {
            let text = String::from_utf8(bytes).map_err(|_| format!("{path}: neither an answers file nor a kiosk tally"))?;
            let entries = tally::from_json(q, &text).map_err(|e| format!("{path}: not an answers file, and as a kiosk tally: {e:?}"))?;
            Ok(entries
                .iter()
                .map(|e| {
                    let (responses, profile) = e.answers(q);
                    Respondent { id: e.id.clone(), day: e.day.clone(), profile, responses }
                })
                .collect())
        }
        Err(e) => Err(format!("{path}: {e}")),
    }
}

/// The combined picture of several respondents, as JSON with ids (and, with `csv`, their rows
/// written there). A path that cannot be read is named on stderr and skipped.
fn ensemble(paths: &[String], csv: Option<&str>) -> Result<String, String> {
    use partenariat::core::combined::{combine, Partner};
    use partenariat::core::scoring::Placement;
    use partenariat::core::Dimension;
    let q = Questionnaire::reference();
    let mut everyone = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        match respondents(path) {
            Ok(found) => everyone.extend(found),
            Err(why) => {
                eprintln!("score: skipped {why}");
                skipped.push(path.clone());
            }
        }
    }
    if everyone.is_empty() {
        return Err("no respondent could be read".to_string());
    }
    if let Some(out) = csv {
        std::fs::write(out, partenariat::core::tally::to_csv(q, &everyone)).map_err(|e| format!("{out}: cannot write the CSV ({e})"))?;
    }
    let partners: Vec<Partner> = everyone.iter().map(|r| Partner { role: r.profile.role, responses: r.responses.clone() }).collect();
    let c = combine(q, &partners);
    let placement = |p: Placement| match p {
        Placement::Placed { level, .. } => level.id(),
        Placement::NotEnough => "pas-assez",
        Placement::NotKnown => "non-su",
        Placement::NotApplicable => "sans-objet",
        Placement::NotAsked => "non-demande",
    };
    let id = |i: usize| q.item(i).map_or("", |item| item.id.as_str());
    let json = serde_json::json!({
        "respondents": everyone.len(),
        "skipped": skipped,
        "partners": c.partners.iter().zip(&partners).map(|((dims, overall), p)| serde_json::json!({
            "role": p.role.map(|r| r.id()),
            "overall": placement(overall.placement),
            "dimensions": Dimension::ALL.iter().zip(dims).map(|(d, pl)| (d.id().to_string(), serde_json::Value::from(placement(*pl)))).collect::<serde_json::Map<_, _>>(),
        })).collect::<Vec<_>>(),
        "together": {
            "overall": placement(c.overall.placement),
            "dimensions": Dimension::ALL.iter().zip(&c.dimensions).map(|(d, pl)| (d.id().to_string(), serde_json::Value::from(placement(*pl)))).collect::<serde_json::Map<_, _>>(),
        },
        "to_discuss": c.to_discuss.iter().map(|v| serde_json::json!({ "dimension": v.dimension.id(), "gap": v.gap, "items": v.items.iter().map(|i| id(*i)).collect::<Vec<_>>() })).collect::<Vec<_>>(),
        "nobody_knows": c.nobody_knows.iter().map(|i| id(*i)).collect::<Vec<_>>(),
        "one_role_knows": c.one_role_knows.iter().map(|(i, r)| serde_json::json!({ "item": id(*i), "role": r.map(|r| r.id()) })).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&json).map_err(|e| format!("cannot write the report: {e}"))
}

fn run(args: &[String]) -> Result<String, String> {
    if args.first().map(String::as_str) == Some("--ensemble") {
        let (csv, paths) = match args.get(1).map(String::as_str) {
            Some("--csv") => (Some(args.get(2).ok_or(format!("--csv needs a file to write\n{USAGE}"))?.as_str()), &args[3.min(args.len())..]),
            _ => (None, &args[1..]),
        };
        let single_folder = paths.len() == 1 && std::path::Path::new(&paths[0]).is_dir();
        let single_tally = paths.len() == 1 && std::fs::read_to_string(&paths[0]).is_ok_and(|t| partenariat::core::tally::is_tally(&t));
        if (paths.len() < 2 && !single_folder && !single_tally) || paths.iter().any(|p| p.starts_with('-')) {
            return Err(format!("--ensemble needs two answers files or more (or a folder, or a kiosk tally)\n{USAGE}"));
        }
        return ensemble(paths, csv);
    }
    let mut path = None;
    let mut text = false;
    let mut language = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--text" => text = true,
            "--lang" => {
                let id = it.next().ok_or("--lang needs fr or en")?;
                language =
                    Some(Language::from_id(id).ok_or_else(|| format!("unknown language « {} »: use fr or en", partenariat::core::answers_file::shown(id)))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other if other.starts_with('-') => return Err(format!("unknown option « {} »\n{USAGE}", partenariat::core::answers_file::shown(other))),
            other if path.is_none() => path = Some(other.to_string()),
            _ => return Err(format!("only one answers file at a time\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| format!("no answers file given\n{USAGE}"))?;
    let bytes = read_bounded(&path)?;
    // The file's own language, unless --lang says otherwise; messages are in English.
    let file = AnswersFile::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let language = language.or(file.language).unwrap_or(Language::Fr);
    ensure(language)?;
    let q = Questionnaire::get(language);
    let (responses, profile, migrated) = AnswersFile::read(&bytes, q).map_err(|e| format!("{path}: {e}"))?;
    let assessment = assess(q, profile.role, &responses);
    if let Some(m) = &migrated {
        let on_path =
            |ids: &[String]| -> Vec<String> { ids.iter().filter(|id| q.item_index(id).is_some_and(|i| q.on_path(profile.role, i))).cloned().collect() };
        let again = on_path(&m.again);
        eprintln!(
            "score: {path}: a version-{} file; {} answers carried over, to answer again: {}",
            m.from,
            on_path(&m.kept).len(),
            if again.is_empty() { "none".to_string() } else { again.join(", ") }
        );
    }
    if text {
        Ok(result_view::view(q, &responses, &profile, &assessment).to_text())
    } else {
        serde_json::to_string_pretty(&Report::new(q, &assessment)).map_err(|e| format!("cannot write the report: {e}"))
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("score: {message}");
            ExitCode::from(2)
        }
    }
}
