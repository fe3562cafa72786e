//! The editor's dialogs: a new case from an article's text, and the warning before saving
//! over a file whose layout (and comments) saving does not keep.

use std::path::PathBuf;

use egui::{Id, RichText};

use crate::app::command::{Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::modal::NewCaseDialog;
use crate::app::widgets::access;

/// The new-case dialog: paste the text (or load a file), give its language, split.
pub fn new_case_ui(
    ctx: &egui::Context,
    dialog: &mut NewCaseDialog,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let modal = egui::Modal::new(Id::unique("new-case")).show(ctx, |ui| {
        ui.set_width(620.0);
        access::heading(ui, w.new_case_title, 2);
        ui.label(RichText::new(w.new_case_intro).small().weak());
        ui.add_space(6.0);
        let text_label = ui.label(RichText::new(w.new_case_text).strong());
        let height = (ctx.content_rect().height() - 360.0).clamp(120.0, 420.0);
        egui::ScrollArea::vertical()
            .id_salt("new-case-text")
            .max_height(height)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut dialog.text)
                        .desired_rows(10)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(text_label.id);
            });
        // The browser reads no paths: the article is pasted there.
        if !view.browser {
            ui.add_space(4.0);
            let file_label = ui.label(w.new_case_file);
            ui.horizontal(|ui| {
                let field = ui
                    .add(egui::TextEdit::singleline(&mut dialog.file).desired_width(440.0))
                    .labelled_by(file_label.id);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(w.new_case_load).clicked() || enter) && !dialog.file.trim().is_empty()
                {
                    commands.push(FileCommand::LoadArticle(PathBuf::from(dialog.file.trim())));
                }
            });
        }
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let language_label = ui.label(w.new_case_language);
            ui.add(egui::TextEdit::singleline(&mut dialog.language).desired_width(80.0))
                .labelled_by(language_label.id);
        });
        if let Some(error) = &dialog.error {
            ui.label(RichText::new(error).color(view.palette.disappeared));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.new_case_start).clicked() {
                commands.push(FileCommand::StartNewCase {
                    article: dialog.text.clone(),
                    language: dialog.language.clone(),
                });
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

/// "Saving writes the case in Skenario's layout; its comments are not kept."
pub fn rewrite_prompt_ui(ctx: &egui::Context, view: &PanelContext<'_>, commands: &mut Commands) {
    let w = view.words.editor;
    let file = view
        .state
        .document
        .draft
        .as_ref()
        .and_then(|d| d.path.as_ref())
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let modal = egui::Modal::new(Id::unique("rewrite-prompt")).show(ctx, |ui| {
        ui.set_width(460.0);
        access::heading(ui, w.rewrite_title, 2);
        ui.label((w.rewrite_text)(&file));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.rewrite_save).clicked() {
                commands.push(DialogCommand::SaveCaseAnyway);
            }
            if ui.button(w.save_case_as).clicked() {
                commands.push(DialogCommand::Close);
                commands.push(FileCommand::ChooseWhereToSaveCase);
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
