//! Everything that speaks to the user over the panels: messages, the tension banner, the
//! unsaved-changes prompt, the shortcut sheet, and the drop overlay.

use egui::{Align2, Color32, FontId, Id, RichText, Ui};

use crate::app::autosave::Recovery;
use crate::app::command::{Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::explorer::ExploreCommand;
use crate::app::explorer::{Detail, MessageLevel};
use crate::app::messages::Offer;
use crate::app::shortcuts;
use crate::app::widgets::access;

/// Error and warning messages, each with a Dismiss button.
pub fn messages_ui(ui: &mut Ui, view: &PanelContext<'_>, commands: &mut Commands) {
    for (index, message) in view.state.messages.iter().enumerate() {
        let fill = match message.level {
            MessageLevel::Error => view.palette.error_fill,
            MessageLevel::Warning => view.palette.warning_fill,
            MessageLevel::Info => view.palette.selected_fill,
        };
        egui::Frame::new()
            .fill(fill)
            .corner_radius(4.0)
            .inner_margin(8.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                // Dismiss keeps its place at the right end; the title wraps in the room left
                // (at large text a long one would otherwise push Dismiss out of the window).
                egui::Sides::new().shrink_left().wrap().show(
                    ui,
                    |ui| {
                        ui.label(
                            RichText::new(&message.title)
                                .strong()
                                .color(view.palette.text),
                        );
                    },
                    |ui| {
                        let dismiss = ui.button(view.strings.dismiss);
                        dismiss.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("{}: {}", view.strings.dismiss, message.title),
                            )
                        });
                        if dismiss.clicked() {
                            commands.push(ExploreCommand::DismissMessage(index));
                        }
                        // What the message offers sits beside Dismiss, in view however long
                        // the details below are.
                        if let Some(Offer::SaveText { name, text }) = &message.offer
                            && ui.button(view.words.sharing.save_link_case).clicked()
                        {
                            commands.push(FileCommand::SaveText {
                                name: name.clone(),
                                text: std::sync::Arc::clone(text),
                            });
                        }
                    },
                );
                for detail in &message.details {
                    detail_ui(ui, view, detail);
                }
            });
        ui.add_space(4.0);
    }
}

/// One line of a message: as it stands, or what check found, in the window's language.
fn detail_ui(ui: &mut Ui, view: &PanelContext<'_>, detail: &Detail) {
    match detail {
        Detail::Line(line) => {
            ui.label(RichText::new(line).monospace().color(view.palette.text));
        }
        Detail::Found {
            place,
            warning,
            found,
        } => {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(place)
                        .monospace()
                        .small()
                        .color(view.palette.weak_text),
                );
                let mark = if *warning { "⚠" } else { "✖" };
                let said = (view.words.editor.finding)(found);
                ui.label(RichText::new(format!("{mark} {said}")).color(view.palette.text));
            });
        }
    }
}

/// The banner shown when the conditions form a combination the article treats as alternatives.
pub fn tension_ui(ui: &mut Ui, view: &PanelContext<'_>) {
    let case = view.state.document.case.case();
    for &index in &view.state.evaluation.tensions {
        let Some(tension) = case.tension_at(index) else {
            continue;
        };
        egui::Frame::new()
            .fill(view.palette.tension_fill)
            .corner_radius(4.0)
            .inner_margin(8.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let marks: Vec<String> = tension.evidence.iter().map(|n| format!("¶{n}")).collect();
                ui.label(
                    RichText::new(format!(
                        "⚠ {}: {}",
                        view.strings.tension,
                        tension.title.get(view.lang)
                    ))
                    .strong()
                    .color(view.palette.tension_text),
                );
                ui.label(
                    RichText::new(format!(
                        "{} ({})",
                        tension.explanation.get(view.lang),
                        marks.join(", ")
                    ))
                    .color(view.palette.tension_text),
                );
            });
        ui.add_space(4.0);
    }
}

/// Asks whether to save unsaved changes before going on.
pub fn unsaved_prompt_ui(ctx: &egui::Context, view: &PanelContext<'_>, commands: &mut Commands) {
    let s = view.strings;
    let name = view.state.document.name(view.lang, s.untitled).to_owned();
    let modal = egui::Modal::new(Id::unique("unsaved-prompt")).show(ctx, |ui| {
        ui.set_width(420.0);
        access::heading(ui, s.unsaved_title, 2);
        ui.label((s.unsaved_text)(&name));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let save = ui.button(s.unsaved_save);
            if !ui.memory(|m| m.focused().is_some()) {
                save.request_focus();
            }
            if save.clicked() {
                commands.push(DialogCommand::SaveFirst);
            }
            if ui.button(s.unsaved_discard).clicked() {
                commands.push(DialogCommand::DiscardChanges);
            }
            if ui.button(s.cancel).clicked() {
                commands.push(DialogCommand::Close);
            }
        });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}

/// The keyboard shortcut sheet.
pub fn shortcuts_ui(ctx: &egui::Context, view: &PanelContext<'_>, commands: &mut Commands) {
    let s = view.strings;
    let modal = egui::Modal::new(Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_width(460.0);
        access::heading(ui, s.shortcuts_title, 2);
        ui.add_space(6.0);
        egui::Grid::new("shortcut-grid")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                // The browser's sheet leaves out the keys of what needs the desktop.
                let shown = shortcuts::SHORTCUTS
                    .iter()
                    .filter(|shortcut| !(view.browser && shortcut.command.needs_desktop()));
                for shortcut in shown {
                    let keys = shortcuts::keys_text(shortcut.keys, |c| ctx.format_shortcut(c));
                    ui.label(RichText::new(keys).strong());
                    ui.label((shortcut.label)(view.words));
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        if ui.button(s.close).clicked() {
            commands.push(DialogCommand::Close);
        }
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}

/// Darkens the window and says what dropping will do, while a file is dragged over it.
pub fn drop_overlay_ui(ctx: &egui::Context, view: &PanelContext<'_>) {
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        Id::unique("drop-overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        view.strings.drop_to_open,
        FontId::proportional(28.0),
        Color32::WHITE,
    );
}

/// Offers the unsaved work found at start.
pub fn recovery_ui(
    ctx: &egui::Context,
    view: &PanelContext<'_>,
    recovery: &Recovery,
    commands: &mut Commands,
) {
    let s = view.strings;
    let name = recovery.scenario.display_name(view.lang);
    let name = if name.trim().is_empty() {
        s.untitled
    } else {
        name
    };
    egui::Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.set_width(440.0);
        access::heading(ui, s.recovery_title, 2);
        ui.label((s.recovery_text)(name));
        if let Some(path) = &recovery.path {
            ui.label(RichText::new(path.display().to_string()).small().weak());
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(s.recover).clicked() {
                commands.push(DialogCommand::Recover);
            }
            if ui.button(s.discard).clicked() {
                commands.push(DialogCommand::DiscardRecovery);
            }
        });
    });
}

/// Asks before the drafts the browser could not read (`count` of them) are deleted from its
/// storage, with a way to download them first.
pub fn delete_unreadable_ui(
    ctx: &egui::Context,
    view: &PanelContext<'_>,
    count: usize,
    commands: &mut Commands,
) {
    let s = view.strings;
    let modal = egui::Modal::new(Id::unique("delete-unreadable")).show(ctx, |ui| {
        ui.set_width(440.0);
        access::heading(ui, (s.delete_unreadable_title)(count), 2);
        ui.label((s.delete_unreadable_text)(count));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(s.delete_unreadable_download).clicked() {
                commands.push(FileCommand::DownloadUnreadable);
            }
            if ui.button(s.delete_unreadable_confirm).clicked() {
                commands.push(FileCommand::DeleteUnreadable { confirmed: true });
            }
            if ui.button(s.cancel).clicked() {
                commands.push(DialogCommand::Close);
            }
        });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}

/// Asks before saving over a file that something else changed.
pub fn overwrite_ui(ctx: &egui::Context, view: &PanelContext<'_>, commands: &mut Commands) {
    let s = view.strings;
    let file = view.state.document.file_name().unwrap_or_default();
    let modal = egui::Modal::new(Id::unique("overwrite")).show(ctx, |ui| {
        ui.set_width(440.0);
        access::heading(ui, s.overwrite_title, 2);
        ui.label((s.overwrite_text)(&file));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(s.overwrite).clicked() {
                commands.push(DialogCommand::Overwrite);
            }
            if ui.button(s.file_save_as).clicked() {
                commands.push(DialogCommand::Close);
                commands.push(FileCommand::ChooseWhereToSave);
            }
            if ui.button(s.cancel).clicked() {
                commands.push(DialogCommand::Close);
            }
        });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}
