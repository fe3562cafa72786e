//! Opening the real window: its size, icon and renderer, and what to measure.

use std::path::PathBuf;
use std::sync::Arc;

use super::command::FileCommand;
use super::editing::EditCommand;
use super::measure::{Frames, Measure, Recorder};
use super::settings::WindowOptions;
use super::window::SkenarioApp;
use crate::core::edit::List;
use crate::core::edit::Place;

/// How the window starts.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// A case or scenario to open instead of the shipped case.
    pub file: Option<PathBuf>,
    /// Start in the case editor.
    pub edit: bool,
    /// What to measure (nothing, normally).
    pub measure: Measure,
}

/// Opens the window and runs until it closes. Returns the lines of the measurement report
/// (empty unless something was to be measured).
pub fn run(launch: Launch) -> Result<Vec<String>, eframe::Error> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Skenario")
        .with_app_id("skenario")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let recorder = Arc::new(Recorder::default());
    let measure = launch.measure.clone();
    let shared = Arc::clone(&recorder);
    eframe::run_native(
        "skenario",
        options,
        Box::new(move |cc| {
            let mut app = SkenarioApp::new(cc, WindowOptions::default());
            if let Some(path) = &launch.file {
                app.handle(&cc.egui_ctx, FileCommand::Open(path.clone()));
            }
            if launch.edit {
                app.handle(&cc.egui_ctx, EditCommand::Start);
            }
            if let Some(seconds) = launch.measure.idle_seconds {
                shared.probe_idle(&cc.egui_ctx, seconds);
            }
            if launch.measure.scroll_list {
                app.memory.list.auto_scroll = 60.0;
            }
            app.frames = Frames::measured(launch.measure.exit_after_frames, shared);
            if launch.measure.type_in_title {
                app.handle(&cc.egui_ctx, EditCommand::Start);
                let first = Place::Item(List::Consequences, 0);
                app.handle(&cc.egui_ctx, EditCommand::Select(Some(first)));
                app.frames.type_every_frame();
            }
            Ok(Box::new(app))
        }),
    )?;
    Ok(recorder.report(&measure))
}
