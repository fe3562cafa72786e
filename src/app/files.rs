//! Choosing files: the native dialog (off the UI thread), and Skenario's own chooser for when
//! there is no native dialog (a Linux desktop without a portal) — so "Open…" always works.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use egui::{RichText, Ui};

use super::View;
use super::command::Command;

/// What a file is being chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Opening a case or scenario.
    Open,
    /// Saving the scenario.
    Save,
}

/// A dialog that answers faster than this did not show anything: there is no native dialog.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

/// A native dialog running on its own thread.
pub struct NativeDialog {
    purpose: Purpose,
    started: Instant,
    answer: Receiver<Option<PathBuf>>,
}

/// What a native dialog said.
pub enum DialogOutcome {
    /// Still open.
    Waiting,
    /// The user chose this file.
    Chosen(Purpose, PathBuf),
    /// The user cancelled.
    Cancelled,
    /// No dialog appeared: use the in-app chooser.
    Unavailable(Purpose),
}

impl NativeDialog {
    /// Opens the system's dialog on a background thread; `ctx` is woken when it answers.
    pub fn spawn(
        purpose: Purpose,
        folder: Option<PathBuf>,
        file_name: String,
        ctx: &egui::Context,
    ) -> Self {
        let (sender, answer) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::AsyncFileDialog::new().add_filter("Skenario (RON)", &["ron"]);
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let chosen = match purpose {
                Purpose::Open => pollster::block_on(dialog.pick_file()),
                Purpose::Save => pollster::block_on(dialog.set_file_name(file_name).save_file()),
            };
            // The receiver is gone only if the app closed meanwhile.
            let _ = sender.send(chosen.map(|handle| handle.path().to_owned()));
            ctx.request_repaint();
        });
        Self {
            purpose,
            started: Instant::now(),
            answer,
        }
    }

    /// Checks for an answer without waiting.
    pub fn poll(&self) -> DialogOutcome {
        match self.answer.try_recv() {
            Ok(Some(path)) => DialogOutcome::Chosen(self.purpose, path),
            Ok(None) if self.started.elapsed() < NO_DIALOG_THRESHOLD => {
                DialogOutcome::Unavailable(self.purpose)
            }
            Ok(None) => DialogOutcome::Cancelled,
            Err(TryRecvError::Empty) => DialogOutcome::Waiting,
            Err(TryRecvError::Disconnected) => DialogOutcome::Unavailable(self.purpose),
        }
    }
}

/// Skenario's own file chooser.
pub struct FileChooser {
    /// Open or save.
    pub purpose: Purpose,
    /// The path being typed.
    pub path: String,
    /// The folder listed.
    folder: PathBuf,
    /// `.ron` files in that folder, read when the chooser opened.
    listing: Vec<PathBuf>,
    /// Why the chooser is shown instead of the system's.
    pub native_missing: bool,
    /// What is wrong with the typed path.
    pub error: Option<String>,
}

impl FileChooser {
    /// A chooser starting in `folder`, with `file_name` typed for saving.
    pub fn new(purpose: Purpose, folder: PathBuf, file_name: &str, native_missing: bool) -> Self {
        let path = match purpose {
            Purpose::Open => String::new(),
            Purpose::Save => folder.join(file_name).to_string_lossy().into_owned(),
        };
        let listing = ron_files_in(&folder);
        Self {
            purpose,
            path,
            folder,
            listing,
            native_missing,
            error: None,
        }
    }
}

/// The `.ron` files directly in `folder`, sorted; unreadable folders list nothing.
fn ron_files_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        .take(200)
        .collect();
    files.sort();
    files
}

fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Draws the in-app chooser (as a modal) and turns choices into commands.
pub fn chooser_ui(
    ctx: &egui::Context,
    chooser: &mut FileChooser,
    view: &View<'_>,
    recent: &[PathBuf],
    commands: &mut Vec<Command>,
) {
    let strings = view.strings;
    let modal = egui::Modal::new(egui::Id::unique("file-chooser")).show(ctx, |ui| {
        ui.set_width(560.0);
        let title = match chooser.purpose {
            Purpose::Open => strings.chooser_open_title,
            Purpose::Save => strings.chooser_save_title,
        };
        ui.heading(title);
        if chooser.native_missing {
            ui.label(RichText::new(strings.chooser_no_native).small().weak());
        }
        ui.add_space(6.0);
        let path_label = ui.label(strings.chooser_path);
        let field = ui
            .add(egui::TextEdit::singleline(&mut chooser.path).desired_width(f32::INFINITY))
            .labelled_by(path_label.id);
        if !field.has_focus() && chooser.path.is_empty() {
            field.request_focus();
        }
        let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(error) = &chooser.error {
            ui.label(RichText::new(error).color(view.palette.disappeared));
        }

        egui::ScrollArea::vertical()
            .max_height(280.0)
            .show(ui, |ui| {
                if chooser.purpose == Purpose::Open {
                    if !recent.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(strings.chooser_recent).strong());
                        for path in recent {
                            if ui.button(path.display().to_string()).clicked() {
                                commands.push(Command::Open(path.clone()));
                            }
                        }
                    }
                    if !view.state.presets.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(strings.chooser_shipped).strong());
                        ui.label(RichText::new(strings.shipped_copy_note).small().weak());
                        for (index, preset) in view.state.presets.iter().enumerate() {
                            if ui.button(preset.display_name(view.lang)).clicked() {
                                commands.push(Command::OpenShipped(index));
                            }
                        }
                    }
                }
                if !chooser.listing.is_empty() {
                    ui.add_space(6.0);
                    ui.label(
                        RichText::new((strings.chooser_folder)(
                            &chooser.folder.display().to_string(),
                        ))
                        .strong(),
                    );
                    for path in &chooser.listing {
                        if ui.button(file_label(path)).clicked() {
                            match chooser.purpose {
                                Purpose::Open => commands.push(Command::Open(path.clone())),
                                Purpose::Save => chooser.path = path.display().to_string(),
                            }
                        }
                    }
                }
            });

        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let (go, what) = match chooser.purpose {
                Purpose::Open => (strings.open, Command::Open as fn(PathBuf) -> Command),
                Purpose::Save => (strings.save, Command::SaveTo as fn(PathBuf) -> Command),
            };
            if ui.button(go).clicked() || submitted {
                let typed = chooser.path.trim();
                if typed.is_empty() {
                    chooser.error = Some(strings.chooser_empty_path.to_owned());
                } else {
                    commands.push(what(expand_home(typed)));
                }
            }
            if ui.button(strings.cancel).clicked() {
                commands.push(Command::CloseFileChooser);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CloseFileChooser);
    }
}

/// `~/x` means the home folder's `x`.
fn expand_home(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(typed),
    }
}

/// The folder a dialog starts in: the open file's, else the working folder.
pub fn start_folder(current: Option<&Path>) -> PathBuf {
    current
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_owned)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Lists files under `ui` for the File → Open recent menu.
pub fn recent_menu_ui(
    ui: &mut Ui,
    view: &View<'_>,
    recent: &[PathBuf],
    commands: &mut Vec<Command>,
) {
    if recent.is_empty() {
        ui.label(RichText::new(view.strings.no_recent_files).weak());
    }
    for path in recent {
        if ui.button(path.display().to_string()).clicked() {
            commands.push(Command::Open(path.clone()));
        }
    }
}
