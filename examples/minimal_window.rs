//! The floor for start-up figures: a bare eframe window that draws N frames and exits.
//! `cargo run --release --example minimal_window -- 5`

use std::process::ExitCode;

struct Minimal {
    frames: u64,
    limit: u64,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
        self.frames += 1;
        if self.frames >= self.limit {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ui.ctx().request_repaint();
        }
    }
}

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
        Box::new(move |_cc| Ok(Box::new(Minimal { frames: 0, limit }))),
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
