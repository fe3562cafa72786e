//! The window in a browser: started on the page's canvas by eframe's web runner. What only the
//! browser has lives here, one module per concern: the page's address (share by link), its
//! storage (drafts kept across a reload or a crash), the tabs still open (whose drafts are left
//! alone), its files (picker, drops, downloads), the site it is served from (its lessons) and
//! the language it asks for.
//! The desktop's counterparts are `launch.rs`, `autosave/disk.rs` and `native_dialog.rs`.
//! (The window's only clock is egui's input time, which eframe fills in on both.)

pub mod address;
pub mod files;
pub mod locale;
pub mod site;
pub mod storage;
pub mod tabs;

use std::path::Path;

use wasm_bindgen::JsCast as _;

use super::settings::WindowOptions;
use super::window::SkenarioApp;

/// The id of the page's canvas (`web/index.html`).
const CANVAS_ID: &str = "skenario";

/// Starts the window on the page's canvas. What goes wrong is written into the page, so it
/// never stays blank.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let Some(canvas) = page_element(CANVAS_ID)
            .and_then(|element| element.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            show_status("Skenario cannot start: the page has no canvas called \"skenario\".");
            return;
        };
        let options = WindowOptions::default();
        if let Some(drafts) = &options.data_dir {
            let stored = |key: &str| storage::kept_text(Path::new(key)).is_some();
            tabs::learn(&format!("{}-", drafts.display()), stored).await;
        }
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(|cc| {
                    let mut app = SkenarioApp::new(cc, options);
                    app.share_through(Box::new(address::PageAddress::new(&cc.egui_ctx)));
                    app.look_for_lessons(&cc.egui_ctx);
                    Ok(Box::new(app))
                }),
            )
            .await;
        match started {
            Ok(()) => hide_status(),
            Err(error) => show_status(&format!(
                "Skenario cannot start in this browser: {}",
                error.as_string().unwrap_or_else(|| format!("{error:?}"))
            )),
        }
    });
}

/// The page's element with `id`.
fn page_element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Shows `text` in the page's status line (over the canvas).
fn show_status(text: &str) {
    if let Some(status) = page_element("status") {
        status.set_text_content(Some(text));
        status.remove_attribute("hidden").ok();
    }
}

/// Hides the status line ("Loading…") once the window draws.
fn hide_status() {
    if let Some(status) = page_element("status") {
        status.set_attribute("hidden", "").ok();
    }
}
