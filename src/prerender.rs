//! The build-time renderer of the first screen: draws the welcome screen, as the app's first render draws it for someone who has never answered, into an HTML file that index.html inlines (Trunk's pre_build hook), so that the page paints before the wasm has loaded.

use partenariat::ui::prerender::Welcome;
use std::future::Future;
use std::task::{Context, Poll, Waker};

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <file.html>");
        std::process::exit(2);
    };
    let html = render();
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir).expect("create the output folder");
    }
    std::fs::write(&out, html).expect("write the prerendered screen");
}

/// The welcome screen's markup. The renderer never waits (nothing suspends), so one poll is enough.
fn render() -> String {
    let renderer = yew::LocalServerRenderer::<Welcome>::new().hydratable(false);
    let mut future = std::pin::pin!(renderer.render());
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(html) => html,
        Poll::Pending => panic!("the welcome screen suspended while rendering"),
    }
}
