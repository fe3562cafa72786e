//! Choosing files: the native dialog (off the UI thread), and Skenario's own chooser for when
//! there is no native dialog (a Linux desktop without a portal) — so "Open…" always works.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use egui::{RichText, Ui};

use super::View;
use super::command::Command;
use crate::core::export::Format;

/// What a file is being chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Opening a case or scenario.
    Open,
    /// Saving the scenario.
    Save,
    /// A scenario to compare with.
    Compare,
    /// Where to write a handout.
    Export,
}

impl Purpose {
    /// Whether the file is written (rather than read).
    fn writes(self) -> bool {
        matches!(self, Self::Save | Self::Export)
    }

    /// The command that carries out the choice of `path`.
    pub fn command(self, path: PathBuf) -> Command {
        match self {
            Self::Open => Command::Open(path),
            Self::Save => Command::SaveTo(path),
            Self::Compare => Command::CompareWithFile(path),
            Self::Export => Command::ExportTo(path),
        }
    }
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
            let chosen = if purpose.writes() {
                if purpose == Purpose::Export {
                    dialog = rfd::AsyncFileDialog::new()
                        .add_filter("HTML", &["html"])
                        .add_filter("Markdown", &["md"]);
                }
                pollster::block_on(dialog.set_file_name(file_name).save_file())
            } else {
                pollster::block_on(dialog.pick_file())
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
        let path = if purpose.writes() {
            folder.join(file_name).to_string_lossy().into_owned()
        } else {
            String::new()
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
            Purpose::Compare => strings.compare_choose_file,
            Purpose::Export => strings.export_title,
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
                if chooser.purpose == Purpose::Open || chooser.purpose == Purpose::Compare {
                    if !recent.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(strings.chooser_recent).strong());
                        for path in recent {
                            if ui.button(path.display().to_string()).clicked() {
                                commands.push(chooser.purpose.command(path.clone()));
                            }
                        }
                    }
                    if chooser.purpose == Purpose::Open && !view.state.presets.is_empty() {
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
                            if chooser.purpose.writes() {
                                chooser.path = path.display().to_string();
                            } else {
                                commands.push(chooser.purpose.command(path.clone()));
                            }
                        }
                    }
                }
            });

        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let go = if chooser.purpose.writes() {
                strings.save
            } else {
                strings.open
            };
            if ui.button(go).clicked() || submitted {
                let typed = chooser.path.trim();
                if typed.is_empty() {
                    chooser.error = Some(strings.chooser_empty_path.to_owned());
                } else {
                    commands.push(chooser.purpose.command(expand_home(typed)));
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

/// The File → Export handout… dialog.
pub struct ExportDialog {
    /// Markdown or HTML.
    pub format: Format,
    /// Print the walkthrough's questions too.
    pub questions: bool,
    /// Where to write.
    pub path: String,
    /// What went wrong with the last try.
    pub error: Option<String>,
}

impl ExportDialog {
    /// A dialog suggesting `folder/<name>.handout.html`.
    pub fn new(folder: &Path, name: &str) -> Self {
        let format = Format::Html;
        Self {
            format,
            questions: false,
            path: folder
                .join(format!("{name}.handout.{}", format.extension()))
                .display()
                .to_string(),
            error: None,
        }
    }

    /// Switches the format, and the extension of the suggested path with it.
    fn set_format(&mut self, format: Format) {
        for old in Format::ALL {
            if let Some(stem) = self.path.strip_suffix(&format!(".{}", old.extension())) {
                self.path = format!("{stem}.{}", format.extension());
                break;
            }
        }
        self.format = format;
    }
}

/// Draws the export dialog.
pub fn export_ui(
    ctx: &egui::Context,
    dialog: &mut ExportDialog,
    view: &View<'_>,
    native: bool,
    commands: &mut Vec<Command>,
) {
    let strings = view.strings;
    let has_walkthrough = !view.state.document.case.case().walkthroughs.is_empty();
    let modal = egui::Modal::new(egui::Id::unique("export")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(strings.export_title);
        ui.label(RichText::new(strings.export_hint).small().weak());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            for format in Format::ALL {
                let name = match format {
                    Format::Html => strings.export_html,
                    Format::Markdown => strings.export_markdown,
                };
                if ui.radio(dialog.format == format, name).clicked() {
                    dialog.set_format(format);
                }
            }
        });
        if has_walkthrough {
            ui.checkbox(&mut dialog.questions, strings.export_questions);
        }
        let path_label = ui.label(strings.chooser_path);
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(400.0))
                .labelled_by(path_label.id);
            if native && ui.button(strings.export_choose).clicked() {
                commands.push(Command::ShowExportDialog);
            }
        });
        if let Some(error) = &dialog.error {
            ui.label(RichText::new(error).color(view.palette.disappeared));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(strings.export_go).clicked() {
                let typed = dialog.path.trim();
                if typed.is_empty() {
                    dialog.error = Some(strings.chooser_empty_path.to_owned());
                } else {
                    commands.push(Command::ExportTo(expand_home(typed)));
                }
            }
            if ui.button(strings.cancel).clicked() {
                commands.push(Command::CloseExportDialog);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CloseExportDialog);
    }
}
