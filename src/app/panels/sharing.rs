//! The dialogs of sharing: a link pasted to open, the preferences (the site's address), a
//! link as a QR code, full screen, for a class to scan from the projector, and the start page
//! of a site with lessons.

use egui::{Color32, Id, RichText, Sense};

use crate::app::command::{Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::library::{ShippedRef, library};
use crate::app::modal::{OpenLinkDialog, PreferencesDialog, QrView};
use crate::app::widgets::access;
use crate::core::file::lessons::Lesson;
use crate::core::link;
use crate::core::{Lang, States};

/// The dialog that opens a pasted link.
pub fn open_link_ui(
    ctx: &egui::Context,
    dialog: &mut OpenLinkDialog,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) {
    let w = view.words.sharing;
    let modal = egui::Modal::new(Id::unique("open-link")).show(ctx, |ui| {
        ui.set_width(560.0);
        access::heading(ui, w.open_link_title, 2);
        ui.label(RichText::new(w.open_link_intro).small().weak());
        ui.add_space(6.0);
        let label = ui.label(w.open_link_field);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut dialog.text)
                    .id(Id::unique("open-link-field"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if !field.has_focus() && dialog.text.is_empty() && dialog.error.is_none() {
            field.request_focus();
        }
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(error) = &dialog.error {
            ui.label(RichText::new(error).color(view.palette.disappeared));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.open_link_open).clicked() || enter {
                let text = dialog.text.trim();
                if text.is_empty() {
                    dialog.error = Some(w.open_link_empty.to_owned());
                } else {
                    let fragment = text.split_once('#').map_or(text, |(_, after)| after);
                    commands.push(FileCommand::OpenLink(fragment.to_owned()));
                }
            }
            if ui.button(view.strings.cancel).clicked() {
                commands.push(DialogCommand::Close);
            }
        });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}

/// The preferences: the address of the site that serves Skenario in the browser.
pub fn preferences_ui(
    ctx: &egui::Context,
    dialog: &mut PreferencesDialog,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) {
    let w = view.words.sharing;
    let modal = egui::Modal::new(Id::unique("preferences")).show(ctx, |ui| {
        ui.set_width(520.0);
        access::heading(ui, w.preferences_title, 2);
        ui.add_space(6.0);
        let label = ui.label(RichText::new(w.site_address).strong());
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut dialog.site_address)
                    .id(Id::unique("preferences-site-address"))
                    .hint_text("https://")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        // The one field takes the keyboard when the dialog opens, and whenever nothing else has it.
        if ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        ui.label(RichText::new(w.site_address_hint).small().weak());
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.save_preferences).clicked() || enter {
                commands.push(DialogCommand::SavePreferences);
            }
            if ui.button(view.strings.cancel).clicked() {
                commands.push(DialogCommand::Close);
            }
        });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}

/// A link as a QR code over the whole window: dark modules on white, with a quiet border of
/// four modules, as large as the window allows. Esc or a click closes it.
pub fn qr_ui(ctx: &egui::Context, qr: &QrView, view: &PanelContext<'_>, commands: &mut Commands) {
    let w = view.words.sharing;
    let screen = ctx.content_rect();
    egui::Area::new(Id::unique("qr-code"))
        .fixed_pos(screen.min)
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            let (rect, response) = ui.allocate_exact_size(screen.size(), Sense::click());
            let painter = ui.painter_at(rect);
            painter.rect_filled(rect, 0.0, Color32::WHITE);
            let modules = qr.width + 8;
            let hint_room = 3.0 * ui.text_style_height(&egui::TextStyle::Body);
            #[expect(clippy::cast_precision_loss, reason = "a QR code is under 200 modules")]
            let side = (rect.width().min(rect.height() - hint_room) / modules as f32).floor();
            #[expect(clippy::cast_precision_loss, reason = "a QR code is under 200 modules")]
            let size = side * modules as f32;
            let origin = egui::pos2(
                rect.center().x - size / 2.0,
                rect.top() + (rect.height() - hint_room - size) / 2.0,
            );
            for (index, dark) in qr.dark.iter().enumerate() {
                if !dark {
                    continue;
                }
                let (row, column) = (index / qr.width.max(1), index % qr.width.max(1));
                #[expect(clippy::cast_precision_loss, reason = "a QR code is under 200 modules")]
                let at = origin + egui::vec2((column + 4) as f32 * side, (row + 4) as f32 * side);
                painter.rect_filled(
                    egui::Rect::from_min_size(at, egui::vec2(side, side)),
                    0.0,
                    Color32::BLACK,
                );
            }
            painter.text(
                egui::pos2(rect.center().x, origin.y + size + hint_room / 2.0),
                egui::Align2::CENTER_CENTER,
                w.qr_hint,
                egui::FontId::proportional(18.0),
                Color32::DARK_GRAY,
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Image,
                    true,
                    format!("{}: {}", w.show_qr, qr.link),
                )
            });
            if response.clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                commands.push(DialogCommand::Close);
            }
        });
}

/// The start page of a site with lessons: each lesson (its title, the article's language and
/// the line about its source) and, beside them, the cases that come with Skenario.
pub fn lessons_ui(
    ctx: &egui::Context,
    lessons: &[Lesson],
    view: &PanelContext<'_>,
    commands: &mut Commands,
) {
    let w = view.words.sharing;
    let modal = egui::Modal::new(Id::unique("lessons")).show(ctx, |ui| {
        ui.set_width(620.0);
        access::heading(ui, w.lessons_title, 2);
        ui.label(RichText::new(w.lessons_intro).small().weak());
        ui.add_space(6.0);
        let height = (ctx.content_rect().height() - 220.0).max(160.0);
        egui::ScrollArea::vertical()
            .max_height(height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for lesson in lessons {
                    lesson_row_ui(ui, lesson, view, commands);
                }
                ui.add_space(6.0);
                access::heading(ui, w.lessons_shipped, 3);
                for (index, shipped) in library().cases() {
                    let case = shipped.case.case();
                    let title = case.title.get(view.lang);
                    if ui.button(RichText::new(title.as_ref()).strong()).clicked() {
                        commands.push(FileCommand::OpenShipped(ShippedRef {
                            case: index,
                            scenario: None,
                        }));
                    }
                    ui.label(
                        RichText::new(language_line(view, &case.language))
                            .small()
                            .weak(),
                    );
                }
            });
        ui.add_space(8.0);
        if ui.button(w.close).clicked() {
            commands.push(DialogCommand::Close);
        }
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}

/// One lesson on the start page: its title opens it.
fn lesson_row_ui(
    ui: &mut egui::Ui,
    lesson: &Lesson,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) {
    let title = lesson.title.get(view.lang);
    let title = if title.trim().is_empty() {
        lesson.id.as_str().into()
    } else {
        title
    };
    if ui.button(RichText::new(title.as_ref()).strong()).clicked() {
        let fragment = link::lesson_fragment(&lesson.id, &States::new(), None);
        commands.push(FileCommand::OpenLink(fragment));
    }
    let mut line = language_line(view, &lesson.language);
    let about = lesson.about.get(view.lang);
    if !about.trim().is_empty() {
        line.push_str(" · ");
        line.push_str(about.trim());
    }
    for (field, value) in &lesson.source {
        line.push_str(&format!(" · {field}: {value}"));
    }
    ui.label(RichText::new(line).small().weak());
    ui.add_space(4.0);
}

/// "Article in Bahasa Indonesia", by the language's own name where the window knows it.
fn language_line(view: &PanelContext<'_>, code: &str) -> String {
    let name = Lang::of_locale(code).map(Lang::native_name);
    (view.words.sharing.lesson_language)(name.unwrap_or(code))
}
