//! Choosing files: the native dialog (off the UI thread), and Skenario's own chooser for when
//! there is no native dialog (a Linux desktop without a portal) — so "Open…" always works.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::app::command::{Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::native_dialog::Purpose;
use crate::handout::Format;

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
    view: &PanelContext<'_>,
    recent: &[PathBuf],
    commands: &mut Commands,
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
                                commands.push(FileCommand::OpenShipped(index));
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
                commands.push(DialogCommand::Close);
            }
        });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
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
    view: &PanelContext<'_>,
    recent: &[PathBuf],
    commands: &mut Commands,
) {
    if recent.is_empty() {
        ui.label(RichText::new(view.strings.no_recent_files).weak());
    }
    for path in recent {
        if ui.button(path.display().to_string()).clicked() {
            commands.push(FileCommand::Open(path.clone()));
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
    view: &PanelContext<'_>,
    native: bool,
    commands: &mut Commands,
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
                commands.push(FileCommand::ChooseWhereToExport);
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
                    commands.push(FileCommand::ExportTo(expand_home(typed)));
                }
            }
            if ui.button(strings.cancel).clicked() {
                commands.push(DialogCommand::Close);
            }
        });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}
