//! The menu bar: File, View, Help, and the language, theme and text-size switches.

use std::path::PathBuf;

use egui::{Align, Layout, Role, Ui, WidgetInfo};

use super::file_chooser::{recent_menu_ui, shipped_menu_ui};
use crate::app::command::{Command, Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::editing::EditCommand;
use crate::app::look::ArticleMode;
use crate::app::presenting::PresentCommand;
use crate::app::settings::LookCommand;
use crate::app::shortcuts;
use crate::app::theme::{self, ThemeChoice};
use crate::app::widgets::row_fit;
use crate::core::Lang;

/// Draws the menu bar.
pub fn top_bar_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    recent: &[PathBuf],
    text_scale: usize,
    commands: &mut Commands,
) {
    let s = view.strings;
    let mut on_own_row = true;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(s.menu_file, |ui| {
            menu_item(ui, s.file_new, FileCommand::New, commands);
            menu_item(ui, s.file_open, FileCommand::ChooseFileToOpen, commands);
            ui.menu_button(s.file_shipped, |ui| {
                shipped_menu_ui(ui, view, commands);
            });
            ui.menu_button(s.file_open_recent, |ui| {
                recent_menu_ui(ui, view, recent, commands);
            });
            ui.separator();
            let e = view.words.editor;
            menu_item(
                ui,
                e.menu_new_case,
                FileCommand::ShowNewCaseDialog,
                commands,
            );
            let editing = view.editing_draft().is_some();
            let toggle = if editing {
                e.back_to_exploring
            } else {
                e.menu_edit_case
            };
            menu_item(ui, toggle, EditCommand::Toggle, commands);
            if view.state.document.draft.is_some() {
                menu_item(ui, e.save_case, FileCommand::SaveCase, commands);
                menu_item(
                    ui,
                    e.save_case_as,
                    FileCommand::ChooseWhereToSaveCase,
                    commands,
                );
            }
            ui.separator();
            menu_item(ui, s.file_save, FileCommand::Save, commands);
            menu_item(ui, s.file_save_as, FileCommand::ChooseWhereToSave, commands);
            ui.separator();
            menu_item(ui, s.file_export, FileCommand::ShowExportDialog, commands);
            ui.separator();
            menu_item(ui, s.file_quit, FileCommand::Quit, commands);
        });
        if let Some(draft) = view.editing_draft() {
            let e = view.words.editor;
            ui.menu_button(e.menu_edit, |ui| {
                let undo = keys(ui, EditCommand::Undo);
                if ui
                    .add_enabled(
                        draft.can_undo(),
                        egui::Button::new(e.undo).shortcut_text(undo),
                    )
                    .clicked()
                {
                    commands.push(EditCommand::Undo);
                }
                let redo = keys(ui, EditCommand::Redo);
                if ui
                    .add_enabled(
                        draft.can_redo(),
                        egui::Button::new(e.redo).shortcut_text(redo),
                    )
                    .clicked()
                {
                    commands.push(EditCommand::Redo);
                }
            });
        }
        ui.menu_button(s.menu_view, |ui| {
            for mode in ArticleMode::ALL {
                let text = match mode {
                    ArticleMode::Both => s.view_both,
                    ArticleMode::Original => s.view_original,
                    ArticleMode::Translation => s.view_translation,
                };
                let label = format!("{}: {text}", s.article_view);
                if ui
                    .add(egui::Button::selectable(view.article_mode == mode, label))
                    .clicked()
                {
                    commands.push(LookCommand::SetArticleMode(mode));
                }
            }
            ui.separator();
            for choice in ThemeChoice::ALL {
                let text = match choice {
                    ThemeChoice::Light => s.theme_light,
                    ThemeChoice::Dark => s.theme_dark,
                };
                let label = format!("{}: {text}", s.theme);
                if ui
                    .add(
                        egui::Button::selectable(view.theme == choice, label)
                            .shortcut_text(keys(ui, LookCommand::ToggleTheme)),
                    )
                    .clicked()
                {
                    commands.push(LookCommand::SetTheme(choice));
                }
            }
            ui.separator();
            if ui
                .add(
                    egui::Button::selectable(view.side_panels_shown, s.side_panels)
                        .shortcut_text(keys(ui, LookCommand::ToggleSidePanels)),
                )
                .clicked()
            {
                commands.push(LookCommand::ToggleSidePanels);
            }
            ui.separator();
            if ui
                .add(
                    egui::Button::new(s.text_bigger)
                        .shortcut_text(keys(ui, LookCommand::TextBigger)),
                )
                .clicked()
            {
                commands.push(LookCommand::TextBigger);
            }
            if ui
                .add(
                    egui::Button::new(s.text_smaller)
                        .shortcut_text(keys(ui, LookCommand::TextSmaller)),
                )
                .clicked()
            {
                commands.push(LookCommand::TextSmaller);
            }
            if ui
                .add(
                    egui::Button::new(s.text_reset).shortcut_text(keys(ui, LookCommand::TextReset)),
                )
                .clicked()
            {
                commands.push(LookCommand::TextReset);
            }
        });
        ui.menu_button(s.menu_help, |ui| {
            if ui
                .add(
                    egui::Button::new(s.help_shortcuts)
                        .shortcut_text(keys(ui, DialogCommand::ShowShortcuts)),
                )
                .clicked()
            {
                commands.push(DialogCommand::ShowShortcuts);
            }
        });

        if !view.state.document.case.case().walkthroughs.is_empty() {
            ui.separator();
            let present = ui
                .button(format!("▶ {}", s.present))
                .on_hover_text(keys(ui, PresentCommand::Start));
            present.widget_info(|| WidgetInfo::labeled(Role::Button, true, s.present));
            if present.clicked() {
                commands.push(PresentCommand::Start);
            }
        }
        // The switches sit at the right end; when the text is so large that they would run
        // into the menus, they get a row of their own below.
        if row_fit::fits(ui, switches_id()) {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                switches_ui(ui, view, text_scale, commands, true);
            });
            on_own_row = false;
        }
    });
    if on_own_row {
        ui.horizontal_wrapped(|ui| switches_ui(ui, view, text_scale, commands, false));
    }
}

/// One of the switches at the right of the bar, in reading order.
#[derive(Clone, Copy)]
enum Switch {
    Smaller,
    Size,
    Bigger,
    Separator,
    Theme,
    Language(Lang),
}

/// The switches in reading order.
fn switches() -> Vec<Switch> {
    let mut all = vec![
        Switch::Smaller,
        Switch::Size,
        Switch::Bigger,
        Switch::Separator,
        Switch::Theme,
        Switch::Separator,
    ];
    all.extend(Lang::ALL.iter().map(|lang| Switch::Language(*lang)));
    all
}

fn switches_id() -> egui::Id {
    egui::Id::unique("top-bar-switches")
}

/// The text size, theme and language switches; `right_to_left` when they are laid out from the
/// right edge (so in reverse).
fn switches_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    text_scale: usize,
    commands: &mut Commands,
    right_to_left: bool,
) {
    let s = view.strings;
    let mut order = switches();
    if right_to_left {
        order.reverse();
    }
    let mut drawn = Vec::with_capacity(order.len());
    for switch in order {
        let response = match switch {
            Switch::Smaller => {
                let smaller = ui.add_enabled(text_scale > 0, egui::Button::new("A−"));
                smaller.widget_info(|| WidgetInfo::labeled(Role::Button, true, s.text_smaller));
                let smaller = smaller.on_hover_text(format!(
                    "{} ({})",
                    s.text_smaller,
                    keys(ui, LookCommand::TextSmaller)
                ));
                if smaller.clicked() {
                    commands.push(LookCommand::TextSmaller);
                }
                smaller
            }
            Switch::Size => {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a percentage"
                )]
                let percent = (theme::text_scale(text_scale) * 100.0).round() as u32;
                ui.label((s.text_size)(percent))
            }
            Switch::Bigger => {
                let bigger = ui.add_enabled(
                    text_scale + 1 < theme::TEXT_SCALES.len(),
                    egui::Button::new("A+"),
                );
                bigger.widget_info(|| WidgetInfo::labeled(Role::Button, true, s.text_bigger));
                let bigger = bigger.on_hover_text(format!(
                    "{} ({})",
                    s.text_bigger,
                    keys(ui, LookCommand::TextBigger)
                ));
                if bigger.clicked() {
                    commands.push(LookCommand::TextBigger);
                }
                bigger
            }
            Switch::Separator => ui.separator(),
            Switch::Theme => {
                let next = view.theme.toggled();
                let theme_text = match next {
                    ThemeChoice::Light => s.theme_light,
                    ThemeChoice::Dark => s.theme_dark,
                };
                let response = ui
                    .button(theme_text)
                    .on_hover_text(keys(ui, LookCommand::ToggleTheme));
                response.widget_info(|| {
                    WidgetInfo::labeled(Role::Button, true, format!("{}: {theme_text}", s.theme))
                });
                if response.clicked() {
                    commands.push(LookCommand::SetTheme(next));
                }
                response
            }
            Switch::Language(lang) => {
                let selected = view.lang == lang;
                let response = ui
                    .add(egui::Button::selectable(
                        selected,
                        crate::text::language_name(lang),
                    ))
                    .on_hover_text(keys(ui, LookCommand::ToggleLanguage));
                response.widget_info(|| {
                    WidgetInfo::selected(
                        Role::RadioButton,
                        true,
                        selected,
                        format!("{}: {}", s.language, crate::text::language_name(lang)),
                    )
                });
                if response.clicked() {
                    commands.push(LookCommand::SetLanguage(lang));
                }
                response
            }
        };
        drawn.push(response);
    }
    row_fit::record(ui, switches_id(), &drawn);
}

/// The keys of the shortcut that does `command`, as this platform writes them.
fn keys(ui: &Ui, command: impl Into<Command>) -> String {
    shortcuts::keys_for(ui.ctx(), &command.into())
}

/// A menu item with its shortcut, sending `command` when clicked.
fn menu_item(ui: &mut Ui, text: &str, command: impl Into<Command>, commands: &mut Commands) {
    let command = command.into();
    let shortcut = keys(ui, command.clone());
    let mut button = egui::Button::new(text);
    // No shortcut, no hint (an empty one would end the item's spoken name with a space).
    if !shortcut.is_empty() {
        button = button.shortcut_text(shortcut);
    }
    if ui.add(button).clicked() {
        commands.push(command);
    }
}
