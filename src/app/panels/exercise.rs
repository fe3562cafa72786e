//! Exercises: the banner over an exercise being done, the dialog that makes an exercise of the
//! open case, and the comparison of a student's reading with the teacher's case.

use egui::text::LayoutJob;
use egui::{Align, FontSelection, Id, RichText, Role, Ui, WidgetInfo};

use crate::app::command::{Commands, DialogCommand, FileCommand};
use crate::app::context::PanelContext;
use crate::app::grading::Grading;
use crate::app::widgets::access;
use crate::core::model::Keep;
use crate::handout::grade_report::{Block, Span};

/// Over an exercise being done: what to do, in plain words (folds away).
pub fn banner_ui(ui: &mut Ui, view: &PanelContext<'_>) {
    let Some(draft) = view.editing_draft() else {
        return;
    };
    let Some(exercise) = &draft.case.exercise else {
        return;
    };
    let g = view.words.grading;
    egui::Frame::new()
        .fill(view.palette.card_fill)
        .stroke(egui::Stroke::new(1.0, view.palette.card_stroke))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            egui::CollapsingHeader::new(RichText::new(g.banner_title).strong())
                .id_salt("exercise-banner")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(g.banner_steps);
                    if exercise.keep == Keep::Conditions {
                        ui.label(g.banner_conditions_given);
                    } else {
                        ui.label(g.banner_find_conditions);
                    }
                    if !exercise.to_find.is_empty() {
                        ui.label(
                            RichText::new((g.banner_to_find)(exercise.to_find.len())).strong(),
                        );
                        for title in &exercise.to_find {
                            ui.label(format!("• {}", title.get(view.lang)));
                        }
                    }
                    ui.label(RichText::new(g.banner_not_modelled).weak());
                    ui.label(g.banner_done);
                });
        });
    ui.add_space(4.0);
}

/// The dialog that makes an exercise of the open case: what it keeps, then where it goes.
pub fn make_exercise_ui(
    ctx: &egui::Context,
    keep: &mut Keep,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) {
    let g = view.words.grading;
    let modal = egui::Modal::new(Id::unique("make-exercise")).show(ctx, |ui| {
        ui.set_width(560.0);
        access::heading(ui, g.make_exercise_title, 2);
        ui.add_space(6.0);
        ui.label(g.make_exercise_intro);
        ui.add_space(6.0);
        access::radio_group(ui, "exercise-keep", g.make_exercise_title, |ui| {
            for (position, choice) in Keep::ALL.into_iter().enumerate() {
                let text = match choice {
                    Keep::Conditions => g.keep_conditions,
                    Keep::Titles => g.keep_titles,
                    Keep::Nothing => g.keep_nothing,
                };
                let selected = *keep == choice;
                let response = ui.radio(selected, text);
                response
                    .widget_info(|| WidgetInfo::selected(Role::RadioButton, true, selected, text));
                access::place_in_set(ui, &response, position, Keep::ALL.len());
                if position == 0 && ui.memory(|m| m.focused().is_none()) {
                    response.request_focus();
                }
                if response.clicked() {
                    *keep = choice;
                }
            }
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let label = if view.browser {
                g.download_exercise
            } else {
                g.make_exercise_save
            };
            if ui.button(label).clicked() {
                commands.push(FileCommand::ChooseWhereToSaveExercise(*keep));
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

/// A student's reading compared with the teacher's case: the summary, then element by
/// element what matches, what was missed and what is not in the key.
pub fn grading_ui(
    ctx: &egui::Context,
    grading: &Grading,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) {
    let g = view.words.grading;
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(Id::unique("grading")).show(ctx, |ui| {
        ui.set_width((screen.width() - 80.0).clamp(320.0, 900.0));
        access::heading(ui, &grading.title, 2);
        // The buttons come first, so that they stay in sight however long the report and
        // however large the text.
        ui.horizontal_wrapped(|ui| {
            let save = if view.browser {
                g.download_report
            } else {
                g.save_report
            };
            if ui.button(save).clicked() {
                commands.push(FileCommand::ChooseWhereToSaveReport);
            }
            let close = ui.button(view.strings.close);
            if ui.memory(|m| m.focused().is_none()) {
                close.request_focus();
            }
            if close.clicked() {
                commands.push(DialogCommand::Close);
            }
        });
        ui.add_space(4.0);
        ui.label(RichText::new(&grading.summary).strong());
        if grading.perfect {
            ui.label(g.perfect);
        }
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .id_salt("grading-report")
            .max_height(screen.height() * 0.55)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                // The first block names the student's file and the second is the summary,
                // both shown above.
                for block in grading.blocks.iter().skip(2) {
                    block_ui(ui, block);
                }
            });
    });
    if modal.should_close() {
        commands.push(DialogCommand::Close);
    }
}

/// One block of the report: a heading, or a line indented by its depth.
fn block_ui(ui: &mut Ui, block: &Block) {
    match block {
        Block::Heading(level, text) => {
            ui.add_space(6.0);
            access::heading(ui, text, usize::from(*level) + 2);
        }
        Block::Item(depth, spans) => {
            let mut job = LayoutJob::default();
            for span in spans {
                let text = match span {
                    Span::Plain(words) => RichText::new(words),
                    Span::Word(word) => RichText::new(word).italics().strong(),
                    Span::Quote(number, sentence) => {
                        RichText::new(format!("¶{number} “{sentence}”")).italics()
                    }
                };
                text.append_to(&mut job, ui.style(), FontSelection::Default, Align::Center);
            }
            ui.horizontal(|ui| {
                ui.add_space(f32::from(*depth) * 18.0);
                ui.add(egui::Label::new(job).wrap());
            });
        }
    }
}
