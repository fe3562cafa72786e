//! The menu bar: File, View, Help, and the language, theme and text-size switches.

use std::path::PathBuf;

use egui::{Align, Layout, Role, Ui, WidgetInfo};

use super::View;
use super::article::ArticleMode;
use super::command::Command;
use super::files::recent_menu_ui;
use super::row_fit;
use super::theme::{self, ThemeChoice};
use crate::core::Lang;

/// Draws the menu bar.
pub fn top_bar_ui(
    ui: &mut Ui,
    view: &View<'_>,
    recent: &[PathBuf],
    text_scale: usize,
    commands: &mut Vec<Command>,
) {
    let s = view.strings;
    let mut on_own_row = true;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(s.menu_file, |ui| {
            let item = |ui: &mut Ui, text: &str, keys: &str| {
                ui.add(egui::Button::new(text).shortcut_text(keys))
            };
            if item(ui, s.file_new, "Ctrl+N").clicked() {
                commands.push(Command::New);
            }
            if item(ui, s.file_open, "Ctrl+O").clicked() {
                commands.push(Command::ShowOpenDialog);
            }
            ui.menu_button(s.file_open_recent, |ui| {
                recent_menu_ui(ui, view, recent, commands);
            });
            ui.separator();
            if item(ui, s.file_save, "Ctrl+S").clicked() {
                commands.push(Command::Save);
            }
            if item(ui, s.file_save_as, "Ctrl+Shift+S").clicked() {
                commands.push(Command::ShowSaveDialog);
            }
            ui.separator();
            if item(ui, s.file_export, "Ctrl+E").clicked() {
                commands.push(Command::OpenExportDialog);
            }
            ui.separator();
            if item(ui, s.file_quit, "Ctrl+Q").clicked() {
                commands.push(Command::Quit);
            }
        });
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
                    commands.push(Command::SetArticleMode(mode));
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
                            .shortcut_text("Ctrl+D"),
                    )
                    .clicked()
                {
                    commands.push(Command::SetTheme(choice));
                }
            }
            ui.separator();
            if ui
                .add(
                    egui::Button::selectable(view.side_panels_shown, s.side_panels)
                        .shortcut_text("Ctrl+B"),
                )
                .clicked()
            {
                commands.push(Command::ToggleSidePanels);
            }
            ui.separator();
            if ui
                .add(egui::Button::new(s.text_bigger).shortcut_text("Ctrl++"))
                .clicked()
            {
                commands.push(Command::TextBigger);
            }
            if ui
                .add(egui::Button::new(s.text_smaller).shortcut_text("Ctrl+−"))
                .clicked()
            {
                commands.push(Command::TextSmaller);
            }
            if ui
                .add(egui::Button::new(s.text_reset).shortcut_text("Ctrl+0"))
                .clicked()
            {
                commands.push(Command::TextReset);
            }
        });
        ui.menu_button(s.menu_help, |ui| {
            if ui
                .add(egui::Button::new(s.help_shortcuts).shortcut_text("F1"))
                .clicked()
            {
                commands.push(Command::ShowShortcuts(true));
            }
        });

        if !view.state.document.case.case().walkthroughs.is_empty() {
            ui.separator();
            let present = ui.button(format!("▶ {}", s.present)).on_hover_text("F5");
            present.widget_info(|| WidgetInfo::labeled(Role::Button, true, s.present));
            if present.clicked() {
                commands.push(Command::PresenterStart);
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
    view: &View<'_>,
    text_scale: usize,
    commands: &mut Vec<Command>,
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
                let smaller = smaller.on_hover_text(format!("{} (Ctrl+−)", s.text_smaller));
                if smaller.clicked() {
                    commands.push(Command::TextSmaller);
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
                let bigger = bigger.on_hover_text(format!("{} (Ctrl++)", s.text_bigger));
                if bigger.clicked() {
                    commands.push(Command::TextBigger);
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
                let response = ui.button(theme_text).on_hover_text("Ctrl+D");
                response.widget_info(|| {
                    WidgetInfo::labeled(Role::Button, true, format!("{}: {theme_text}", s.theme))
                });
                if response.clicked() {
                    commands.push(Command::SetTheme(next));
                }
                response
            }
            Switch::Language(lang) => {
                let selected = view.lang == lang;
                let response = ui
                    .add(egui::Button::selectable(selected, lang.native_name()))
                    .on_hover_text("Ctrl+L");
                response.widget_info(|| {
                    WidgetInfo::selected(
                        Role::RadioButton,
                        true,
                        selected,
                        format!("{}: {}", s.language, lang.native_name()),
                    )
                });
                if response.clicked() {
                    commands.push(Command::SetLanguage(lang));
                }
                response
            }
        };
        drawn.push(response);
    }
    row_fit::record(ui, switches_id(), &drawn);
}
