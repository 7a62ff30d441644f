//! The browser entry point: installs the crash screen, then renders the widget.

#[cfg(target_arch = "wasm32")]
fn main() {
    partenariat::ui::crash::install();
    partenariat::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser widget: build it with `trunk build` (see README.md). The native command is `cargo run --example score`.");
    std::process::exit(2);
}
