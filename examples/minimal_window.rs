//! The floor for start-up figures: a bare eframe window that draws N frames and exits.
//! `cargo run --release --example minimal_window -- 5`
//!
//! In a browser (`scripts/build-web.sh --bare`) it is the bare eframe web app that the
//! browser build's size and start-up are measured against: it draws its one label on the
//! page's canvas and then waits, as Skenario does.

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

struct Minimal {
    frames: u64,
    /// Close after this many frames (on the desktop); none: draw when needed, never close.
    limit: Option<u64>,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
        self.frames += 1;
        match self.limit {
            Some(limit) if self.frames >= limit => {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(_) => ui.ctx().request_repaint(),
            None => {}
        }
    }
}

/// Starts on the page's canvas (the same `web/index.html` as Skenario's).
#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast as _;
    wasm_bindgen_futures::spawn_local(async {
        let canvas = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("skenario"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        if let Some(canvas) = canvas {
            let started = eframe::WebRunner::new()
                .start(
                    canvas,
                    eframe::WebOptions::default(),
                    Box::new(|_cc| {
                        Ok(Box::new(Minimal {
                            frames: 0,
                            limit: None,
                        }))
                    }),
                )
                .await;
            if started.is_ok()
                && let Some(status) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("status"))
            {
                status.set_attribute("hidden", "").ok();
            }
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let limit = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "minimal-window",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Minimal {
                frames: 0,
                limit: Some(limit),
            }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("minimal_window: {error}\n"),
            );
            ExitCode::FAILURE
        }
    }
}
