//! Choosing files: the native dialog (off the UI thread), and Skenario's own chooser for when
//! there is no native dialog (a Linux desktop without a portal) — so "Open…" always works.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::app::command::Purpose;
use crate::app::command::{Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::library::{ShippedRef, library};
use crate::app::modal::{ExportDialog, FileChooser};
use crate::app::widgets::access;
use crate::handout::Format;

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
            Purpose::SaveCase => view.words.editor.save_case_as,
            Purpose::SaveText => view.words.sharing.save_link_case,
            Purpose::Exercise => view.words.grading.make_exercise_title,
            Purpose::Key => view.words.grading.compare_with_key,
            Purpose::Report => view.words.grading.save_report,
        };
        access::heading(ui, title, 2);
        if chooser.native_missing {
            ui.label(RichText::new(strings.chooser_no_native).small().weak());
        }
        ui.add_space(6.0);
        let path_label = ui.label(strings.chooser_path);
        let field = ui
            .add(egui::TextEdit::singleline(&mut chooser.path).desired_width(f32::INFINITY))
            .labelled_by(path_label.id);
        if chooser.focus_path || (!field.has_focus() && chooser.path.is_empty()) {
            chooser.focus_path = false;
            field.request_focus();
        }
        let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(error) = &chooser.error {
            ui.label(RichText::new(error).color(view.palette.disappeared));
        }

        // As tall as the window allows, leaving room for the title, the path and the buttons.
        let list_height = (ctx.content_rect().height() - 260.0).clamp(160.0, 520.0);
        egui::ScrollArea::vertical()
            .max_height(list_height)
            .show(ui, |ui| {
                if matches!(
                    chooser.purpose,
                    Purpose::Open | Purpose::Compare | Purpose::Key
                ) {
                    if !recent.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(strings.chooser_recent).strong());
                        for path in recent {
                            if ui.button(path.display().to_string()).clicked() {
                                commands.push(FileCommand::chosen(chooser.purpose, path.clone()));
                            }
                        }
                    }
                    if chooser.purpose == Purpose::Open {
                        ui.add_space(6.0);
                        ui.label(RichText::new(strings.chooser_shipped).strong());
                        ui.label(RichText::new(strings.shipped_copy_note).small().weak());
                        for (index, shipped) in library().cases() {
                            ui.add_space(4.0);
                            ui.label(shipped.case.case().title.get(view.lang));
                            ui.indent(("shipped", index), |ui| {
                                shipped_buttons(ui, view, index, commands);
                            });
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
                                commands.push(FileCommand::chosen(chooser.purpose, path.clone()));
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
                    commands.push(FileCommand::chosen(chooser.purpose, expand_home(typed)));
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

/// The buttons that open shipped case `index` and each of its scenarios.
fn shipped_buttons(ui: &mut Ui, view: &PanelContext<'_>, index: usize, commands: &mut Commands) {
    let Some(shipped) = library().case_at(index) else {
        return;
    };
    if ui.button(view.strings.shipped_open_case).clicked() {
        commands.push(FileCommand::OpenShipped(ShippedRef {
            case: index,
            scenario: None,
        }));
    }
    for (k, scenario) in shipped.scenarios.iter().enumerate() {
        if ui.button(scenario.display_name(view.lang)).clicked() {
            commands.push(FileCommand::OpenShipped(ShippedRef {
                case: index,
                scenario: Some(k),
            }));
        }
    }
}

/// File menu: a submenu per shipped case, with the case and its scenarios.
pub fn shipped_menu_ui(ui: &mut Ui, view: &PanelContext<'_>, commands: &mut Commands) {
    for (index, shipped) in library().cases() {
        ui.menu_button(shipped.case.case().title.get(view.lang), |ui| {
            shipped_buttons(ui, view, index, commands);
        });
    }
}

/// `~/x` means the home folder's `x`.
fn expand_home(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(typed),
    }
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
        access::heading(ui, strings.export_title, 2);
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
        ui.checkbox(&mut dialog.one_page, strings.export_one_page);
        if has_walkthrough {
            ui.checkbox(&mut dialog.questions, strings.export_questions);
        }
        let path_label = ui.label(if view.browser {
            strings.export_file_name
        } else {
            strings.chooser_path
        });
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
            let go = if view.browser {
                strings.export_download
            } else {
                strings.export_go
            };
            if ui.button(go).clicked() {
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
