//! Writes the English questionnaire and interface strings as a file beside the page (`questionnaire-en.bin`), for the browser bundle, which fetches it only when English is chosen. Run by Trunk's pre_build hook (Trunk.toml).

use partenariat::core::questionnaire::{english_pack, ASSET_EN};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::var_os("TRUNK_STAGING_DIR").or_else(|| std::env::args_os().nth(1)) else {
        eprintln!("content_asset: give the folder to write to (Trunk sets TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    let path = PathBuf::from(dir).join(ASSET_EN);
    match std::fs::write(&path, english_pack()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("content_asset: cannot write {}: {e}", path.display());
            ExitCode::from(2)
        }
    }
}
