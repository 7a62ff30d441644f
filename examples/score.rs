//! `cargo run --example score -- answers.json [--text] [--lang en]`: scores an answers file natively and prints the assessment as JSON, or as a readable summary with `--text`.

use partenariat::core::report::{summary, Report};
use partenariat::core::{assess, AnswersFile, Language, Questionnaire, Vocabulary};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo run --example score -- ANSWERS.json [--text] [--lang fr|en]";

fn run(args: &[String]) -> Result<String, String> {
    let mut path = None;
    let mut text = false;
    let mut language = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--text" => text = true,
            "--lang" => {
                let id = it.next().ok_or("--lang needs fr or en")?;
                language = Some(Language::from_id(id).ok_or_else(|| format!("unknown language « {id} »: use fr or en"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other if other.starts_with('-') => return Err(format!("unknown option « {other} »\n{USAGE}")),
            other if path.is_none() => path = Some(other.to_string()),
            _ => return Err(format!("only one answers file at a time\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| format!("no answers file given\n{USAGE}"))?;
    let bytes = std::fs::read(&path).map_err(|e| format!("{path}: cannot read the file ({e})"))?;
    let content = String::from_utf8(bytes).map_err(|_| format!("{path}: the file is not UTF-8 text"))?;
    let file = AnswersFile::parse(&content).map_err(|e| format!("{path}: {e}"))?;
    let language = language.or(file.language).unwrap_or(Language::Fr);
    let q = Questionnaire::get(language);
    let responses = file.responses(q).map_err(|e| format!("{path}: {e}"))?;
    let assessment = assess(q, &responses);
    if text {
        Ok(summary(q, &assessment))
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
