//! The menu bar: File, View, Help, and the language, theme and text-size switches.

use std::path::PathBuf;

use egui::{Response, RichText, Role, Ui, WidgetInfo};

use super::file_chooser::{recent_menu_ui, shipped_menu_ui};
use crate::app::command::{Command, Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::editing::EditCommand;
use crate::app::look::ArticleMode;
use crate::app::presenting::PresentCommand;
use crate::app::settings::LookCommand;
use crate::app::shortcuts;
use crate::app::theme::{self, ThemeChoice};
use crate::app::widgets::{access, row_fit};
use crate::core::Lang;

/// The File menu. In the browser, what needs the desktop is left out, and saving downloads.
fn file_menu_ui(ui: &mut Ui, view: &PanelContext<'_>, recent: &[PathBuf], commands: &mut Commands) {
    let s = view.strings;
    menu_item(ui, view, s.file_new, FileCommand::New, commands);
    menu_item(
        ui,
        view,
        s.file_open,
        FileCommand::ChooseFileToOpen,
        commands,
    );
    ui.menu_button(s.file_shipped, |ui| {
        shipped_menu_ui(ui, view, commands);
    });
    if view.has_lessons {
        menu_item(
            ui,
            view,
            view.words.sharing.show_lessons,
            FileCommand::ShowLessons,
            commands,
        );
    }
    if !view.browser {
        ui.menu_button(s.file_open_recent, |ui| {
            recent_menu_ui(ui, view, recent, commands);
        });
    }
    ui.separator();
    {
        let e = view.words.editor;
        menu_item(
            ui,
            view,
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
        menu_item(ui, view, toggle, EditCommand::Toggle, commands);
        if view.state.document.draft.is_some() {
            menu_item(ui, view, e.save_case, FileCommand::SaveCase, commands);
            // The browser downloads the case: there is no place on disk to choose.
            if !view.browser {
                menu_item(
                    ui,
                    view,
                    e.save_case_as,
                    FileCommand::ChooseWhereToSaveCase,
                    commands,
                );
            }
        }
    }
    ui.separator();
    {
        let g = view.words.grading;
        // An exercise is made from a teacher's case, not from another exercise.
        if view.state.document.case.case().exercise.is_none() {
            menu_item(
                ui,
                view,
                g.make_exercise,
                FileCommand::ShowMakeExerciseDialog,
                commands,
            );
        }
        menu_item(
            ui,
            view,
            g.compare_with_key,
            FileCommand::ChooseKeyToCompare,
            commands,
        );
    }
    ui.separator();
    if view.browser {
        menu_item(ui, view, s.file_download, FileCommand::Save, commands);
    } else {
        menu_item(ui, view, s.file_save, FileCommand::Save, commands);
        menu_item(
            ui,
            view,
            s.file_save_as,
            FileCommand::ChooseWhereToSave,
            commands,
        );
    }
    share_items_ui(ui, view, commands);
    ui.separator();
    menu_item(
        ui,
        view,
        s.file_export,
        FileCommand::ShowExportDialog,
        commands,
    );
    if view.has_unreadable_drafts {
        menu_item(
            ui,
            view,
            s.file_download_unreadable,
            FileCommand::DownloadUnreadable,
            commands,
        );
        menu_item(
            ui,
            view,
            s.file_delete_unreadable,
            FileCommand::DeleteUnreadable { confirmed: false },
            commands,
        );
    }
    if !view.browser {
        ui.separator();
        menu_item(ui, view, s.file_quit, FileCommand::Quit, commands);
    }
}

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
    let mut present_below = false;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(s.menu_file, |ui| file_menu_ui(ui, view, recent, commands));
        if let Some(draft) = view.editing_draft() {
            let e = view.words.editor;
            ui.menu_button(e.menu_edit, |ui| {
                let undo = keys(ui, EditCommand::Undo);
                if keyed_item(ui, draft.can_undo(), None, e.undo, &undo).clicked() {
                    commands.push(EditCommand::Undo);
                }
                let redo = keys(ui, EditCommand::Redo);
                if keyed_item(ui, draft.can_redo(), None, e.redo, &redo).clicked() {
                    commands.push(EditCommand::Redo);
                }
            });
        }
        ui.menu_button(s.menu_view, |ui| {
            if !view.browser {
                menu_item(
                    ui,
                    view,
                    view.words.sharing.preferences,
                    DialogCommand::ShowPreferences,
                    commands,
                );
                ui.separator();
            }
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
                let shortcut = keys(ui, LookCommand::ToggleTheme);
                if keyed_item(ui, true, Some(view.theme == choice), &label, &shortcut).clicked() {
                    commands.push(LookCommand::SetTheme(choice));
                }
            }
            ui.separator();
            let shortcut = keys(ui, LookCommand::ToggleSidePanels);
            let shown = Some(view.side_panels_shown);
            if keyed_item(ui, true, shown, s.side_panels, &shortcut).clicked() {
                commands.push(LookCommand::ToggleSidePanels);
            }
            ui.separator();
            menu_item(ui, view, s.text_bigger, LookCommand::TextBigger, commands);
            menu_item(ui, view, s.text_smaller, LookCommand::TextSmaller, commands);
            menu_item(ui, view, s.text_reset, LookCommand::TextReset, commands);
        });
        ui.menu_button(s.menu_help, |ui| {
            menu_item(
                ui,
                view,
                s.help_shortcuts,
                DialogCommand::ShowShortcuts,
                commands,
            );
        });

        // The walkthrough's button follows the menus while it fits beside them (at 300 % in
        // Indonesian it does not), else it opens the row below.
        let presentable = !view.state.document.case.case().walkthroughs.is_empty();
        if presentable {
            row_fit::measure_once(ui, present_id(), |ui| vec![present_ui(ui, view, commands)]);
        }
        if presentable && row_fit::fits(ui, present_id()) {
            ui.separator();
            let present = present_ui(ui, view, commands);
            row_fit::record(ui, present_id(), &[present]);
        } else {
            present_below = presentable;
        }
        // The switches sit at the right end; when the text is so large that they would run
        // into the menus, they get a row of their own below.
        on_own_row = !row_fit::at_right_end(ui, switches_id(), |ui| {
            switches_ui(ui, view, text_scale, commands)
        });
    });
    if on_own_row || present_below {
        ui.horizontal_wrapped(|ui| {
            if present_below {
                let present = present_ui(ui, view, commands);
                row_fit::record(ui, present_id(), &[present]);
            }
            if on_own_row {
                let drawn = switches_ui(ui, view, text_scale, commands);
                row_fit::record(ui, switches_id(), &drawn);
            }
        });
    }
}

fn present_id() -> egui::Id {
    egui::Id::unique("top-bar-present")
}

/// The button that starts the walkthrough.
fn present_ui(ui: &mut Ui, view: &PanelContext<'_>, commands: &mut Commands) -> Response {
    let s = view.strings;
    let present = ui
        .button(format!("▶ {}", s.present))
        .on_hover_text(keys(ui, PresentCommand::Start));
    present.widget_info(|| WidgetInfo::labeled(Role::Button, true, s.present));
    if present.clicked() {
        commands.push(PresentCommand::Start);
    }
    present
}

/// One of the switches at the right of the bar, in reading order.
#[derive(Clone, Copy)]
enum Switch {
    Smaller,
    Size,
    Bigger,
    Separator,
    Theme,
    Languages,
}

/// The switches in reading order.
fn switches() -> Vec<Switch> {
    vec![
        Switch::Smaller,
        Switch::Size,
        Switch::Bigger,
        Switch::Separator,
        Switch::Theme,
        Switch::Separator,
        Switch::Languages,
    ]
}

fn switches_id() -> egui::Id {
    egui::Id::unique("top-bar-switches")
}

/// The text size, theme and language switches, in reading order.
fn switches_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    text_scale: usize,
    commands: &mut Commands,
) -> Vec<Response> {
    let s = view.strings;
    let order = switches();
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
            Switch::Languages => {
                let group = access::radio_group(ui, "languages", s.language, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for (position, lang) in Lang::ALL.into_iter().enumerate() {
                            language_switch_ui(ui, view, lang, position, commands);
                        }
                    });
                });
                group.response
            }
        };
        drawn.push(response);
    }
    drawn
}

/// The switch to the window language `lang`, choice `position` of the languages.
fn language_switch_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    lang: Lang,
    position: usize,
    commands: &mut Commands,
) {
    let s = view.strings;
    let selected = view.lang == lang;
    let name = lang.native_name();
    let response = ui
        .add(egui::Button::selectable(selected, name))
        .on_hover_text(keys(ui, LookCommand::ToggleLanguage));
    response.widget_info(|| {
        WidgetInfo::selected(
            Role::RadioButton,
            true,
            selected,
            format!("{}: {name}", s.language),
        )
    });
    access::place_in_set(ui, &response, position, Lang::ALL.len());
    if response.clicked() {
        commands.push(LookCommand::SetLanguage(lang));
    }
}

/// Copying a link, showing it as a QR code and (on the desktop) opening one. Where no link can
/// be made yet — the desktop with no site's address set — the items say what they need.
fn share_items_ui(ui: &mut Ui, view: &PanelContext<'_>, commands: &mut Commands) {
    let w = view.words.sharing;
    if !view.browser {
        menu_item(
            ui,
            view,
            w.open_link,
            FileCommand::ShowOpenLinkDialog,
            commands,
        );
    }
    for (text, command) in [
        (w.copy_link, FileCommand::CopyLink),
        (w.show_qr, FileCommand::ShowLinkAsQr),
    ] {
        if keyed_item(ui, view.can_share, None, text, "").clicked() {
            commands.push(command);
        }
    }
    if !view.can_share {
        ui.add(egui::Label::new(RichText::new(w.copy_link_needs_site).small().weak()).wrap());
    }
}

/// The keys of the shortcut that does `command`, as this platform writes them.
fn keys(ui: &Ui, command: impl Into<Command>) -> String {
    shortcuts::keys_for(ui.ctx(), &command.into())
}

/// A menu item with its shortcut where it has one in the window's mode (exploring or
/// editing), sending `command` when clicked.
fn menu_item(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    text: &str,
    command: impl Into<Command>,
    commands: &mut Commands,
) {
    let command = command.into();
    let mode = if view.editing_draft().is_some() {
        shortcuts::Mode::Editing
    } else {
        shortcuts::Mode::Exploring
    };
    let shortcut = shortcuts::keys_in(ui.ctx(), &command, mode);
    if keyed_item(ui, true, None, text, &shortcut).clicked() {
        commands.push(command);
    }
}

/// A menu item showing `text` and, at its right, the `shortcut` keys: a screen reader hears
/// the text as its name and the keys as its shortcut. `selected`: a check item, ticked or not.
fn keyed_item(
    ui: &mut Ui,
    enabled: bool,
    selected: Option<bool>,
    text: &str,
    shortcut: &str,
) -> Response {
    let mut button = match selected {
        Some(selected) => egui::Button::selectable(selected, text),
        None => egui::Button::new(text),
    };
    // No shortcut, no hint.
    if !shortcut.is_empty() {
        button = button.shortcut_text(shortcut);
    }
    let response = ui.add_enabled(enabled, button);
    access::with_shortcut(ui, &response, text, shortcut);
    response
}
