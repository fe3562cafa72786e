//! Presenter mode: a walkthrough on a projector — one step at a time, large type, the class
//! predicts before the answer is revealed.

use egui::{Color32, RichText, Ui};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::presenting::PresentCommand;
use crate::app::presenting::Presentation;
use crate::app::theme;
use crate::app::widgets::row_fit;
use crate::core::{ConditionIx, ConsequenceIx, Status, Walkthrough};

/// Text sizes in presenter mode (before the user's own text size is applied).
const TITLE_SIZE: f32 = 36.0;
const BODY_SIZE: f32 = 24.0;
const SMALL_SIZE: f32 = 18.0;

/// Draws the presentation.
pub fn presenter_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    presentation: &Presentation,
    commands: &mut Commands,
) {
    let case = &view.state.document.case;
    let model = case.case();
    let strings = view.strings;
    let lang = view.lang;
    let Some(lesson) = presentation.lesson(case) else {
        return;
    };
    let Some(step) = lesson.steps.get(presentation.progress.step) else {
        return;
    };
    let revealed = presentation.progress.revealed;

    let controls_id = egui::Id::unique("presenter-controls");
    let mut on_own_row = true;
    ui.horizontal(|ui| {
        ui.add(
            egui::Label::new(
                RichText::new(lesson.title.get(lang))
                    .size(SMALL_SIZE)
                    .weak(),
            )
            .wrap(),
        );
        on_own_row = !row_fit::at_right_end(ui, controls_id, |ui| {
            controls_ui(ui, view, presentation, lesson, commands)
        });
    });
    if on_own_row {
        row_fit::own_row(ui, controls_id, |ui| {
            controls_ui(ui, view, presentation, lesson, commands)
        });
    }
    #[expect(clippy::cast_precision_loss, reason = "a step count is small")]
    let progress = (presentation.progress.step + 1) as f32 / lesson.steps.len().max(1) as f32;
    ui.add(egui::ProgressBar::new(progress).desired_height(6.0));
    ui.add_space(12.0);

    egui::ScrollArea::vertical()
        .id_salt("presenter")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(step.title.get(lang))
                    .size(TITLE_SIZE)
                    .family(theme::bold())
                    .color(view.palette.text),
            );
            ui.add_space(6.0);
            ui.label(RichText::new(step.narration.get(lang)).size(BODY_SIZE));
            ui.add_space(8.0);
            conditions_line(ui, view, presentation);
            ui.add_space(12.0);

            if let Some(question) = &step.question {
                callout(ui, view.palette.selected_fill, |ui| {
                    ui.label(RichText::new(strings.question).size(SMALL_SIZE).weak());
                    ui.label(RichText::new(question.get(lang)).size(BODY_SIZE).strong());
                });
                ui.add_space(10.0);
            }
            if !revealed {
                ui.label(
                    RichText::new(strings.presenter_predict_hint)
                        .size(SMALL_SIZE)
                        .weak(),
                );
                return;
            }
            if let Some(answer) = &step.answer {
                callout(ui, view.palette.evidence_fill, |ui| {
                    ui.label(
                        RichText::new(strings.answer)
                            .size(SMALL_SIZE)
                            .color(view.palette.text),
                    );
                    ui.label(
                        RichText::new(answer.get(lang))
                            .size(BODY_SIZE)
                            .color(view.palette.text),
                    );
                });
                ui.add_space(10.0);
            }
            changes_ui(ui, view, presentation);
            for id in &step.consequences {
                let Some(index) = case.consequence_index(id) else {
                    continue;
                };
                consequence_ui(ui, view, index);
            }
            for &number in &step.sentences {
                if let Some(sentence) = model.sentence(number) {
                    ui.add_space(6.0);
                    ui.label(
                        RichText::new(format!("¶{number}  {}", sentence.original))
                            .size(SMALL_SIZE + 2.0)
                            .color(view.palette.text),
                    );
                    if let Some(translation) = view.translation(sentence) {
                        ui.label(RichText::new(translation).size(SMALL_SIZE).italics().weak());
                    }
                }
            }
        });
}

/// Where the presentation is and the buttons to move on, in reading order.
fn controls_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    presentation: &Presentation,
    lesson: &Walkthrough,
    commands: &mut Commands,
) -> Vec<egui::Response> {
    let strings = view.strings;
    let revealed = presentation.progress.revealed;
    let mut drawn = Vec::with_capacity(4);
    let order = [
        Control::Progress,
        Control::Previous,
        Control::Next,
        Control::Leave,
    ];
    for control in order {
        let response = match control {
            Control::Progress => ui.label(
                RichText::new((strings.step_of)(
                    presentation.progress.step + 1,
                    lesson.steps.len(),
                ))
                .size(SMALL_SIZE)
                .strong(),
            ),
            Control::Previous => {
                let at_start = presentation.progress.previous(lesson).is_none();
                let response = ui.add_enabled(
                    !at_start,
                    egui::Button::new(RichText::new(strings.presenter_previous).size(SMALL_SIZE)),
                );
                if response.clicked() {
                    commands.push(PresentCommand::Previous);
                }
                response
            }
            Control::Next => {
                let next_text = if revealed {
                    strings.presenter_next
                } else {
                    strings.presenter_reveal
                };
                let at_end = presentation.progress.is_last(lesson);
                let response = ui.add_enabled(
                    !at_end,
                    egui::Button::new(RichText::new(next_text).size(SMALL_SIZE)),
                );
                if response.clicked() {
                    commands.push(PresentCommand::Next);
                }
                response
            }
            Control::Leave => {
                let response = ui.button(RichText::new(strings.presenter_leave).size(SMALL_SIZE));
                if response.clicked() {
                    commands.push(PresentCommand::Leave);
                }
                response
            }
        };
        drawn.push(response);
    }
    drawn
}

/// The controls at the top of a presentation, in reading order.
#[derive(Clone, Copy)]
enum Control {
    Progress,
    Previous,
    Next,
    Leave,
}

fn conditions_line(ui: &mut Ui, view: &PanelContext<'_>, presentation: &Presentation) {
    let model = view.state.document.case.case();
    ui.horizontal_wrapped(|ui| {
        for (index, condition) in model.conditions.iter().enumerate() {
            let state = view.state.condition_state(ConditionIx(index));
            let changed = presentation.changed(ConditionIx(index));
            let text = format!(
                "{}: {}",
                condition.label.get(view.lang),
                (view.strings.state_name)(state).to_lowercase()
            );
            let mut rich = RichText::new(text).size(SMALL_SIZE);
            if changed {
                rich = rich.strong().color(view.palette.appeared);
            } else {
                rich = rich.weak();
            }
            row_fit::chip_row(ui, &rich, 24.0);
            egui::Frame::new()
                .stroke(egui::Stroke::new(
                    if changed { 2.0 } else { 1.0 },
                    if changed {
                        view.palette.appeared
                    } else {
                        view.palette.card_stroke
                    },
                ))
                .corner_radius(12.0)
                .inner_margin(egui::Margin::symmetric(10, 4))
                .show(ui, |ui| ui.label(rich));
        }
    });
}

fn changes_ui(ui: &mut Ui, view: &PanelContext<'_>, presentation: &Presentation) {
    if presentation.changes.is_empty() {
        return;
    }
    let model = view.state.document.case.case();
    ui.label(
        RichText::new(view.strings.what_changed)
            .size(SMALL_SIZE)
            .strong(),
    );
    for change in &presentation.changes {
        let Some(consequence) = model.consequence_at(change.consequence) else {
            continue;
        };
        let color = match change.to {
            Status::Follows => view.palette.appeared,
            Status::DoesNotFollow => view.palette.disappeared,
            Status::Depends => theme::status_color(Status::Depends, view.theme),
        };
        ui.label(
            RichText::new(format!(
                "{} → {}: {}",
                (view.strings.status_name)(change.from),
                (view.strings.status_name)(change.to),
                consequence.title.get(view.lang)
            ))
            .size(SMALL_SIZE + 2.0)
            .color(color),
        );
    }
    ui.add_space(8.0);
}

fn consequence_ui(ui: &mut Ui, view: &PanelContext<'_>, index: ConsequenceIx) {
    let case = &view.state.document.case;
    let model = case.case();
    let Some(consequence) = model.consequence_at(index) else {
        return;
    };
    let status = view
        .state
        .evaluation
        .outcome(index)
        .map_or(Status::Depends, |o| o.status);
    let firmness_color = theme::firmness_color(consequence.firmness, view.theme);
    egui::Frame::new()
        .fill(view.palette.card_fill)
        .stroke(egui::Stroke::new(
            1.5,
            theme::status_color(status, view.theme),
        ))
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(view.words.firmness(consequence.firmness))
                        .size(SMALL_SIZE)
                        .strong()
                        .color(firmness_color),
                );
                ui.label(
                    RichText::new((view.strings.status_name)(status))
                        .size(SMALL_SIZE)
                        .color(theme::status_color(status, view.theme)),
                );
            });
            ui.label(
                RichText::new(consequence.title.get(view.lang))
                    .size(BODY_SIZE)
                    .family(theme::bold())
                    .color(view.palette.text),
            );
            for objection in model.objections_to(&consequence.id) {
                ui.label(
                    RichText::new(format!(
                        "{}: {}",
                        (view.strings.contested_by)(&model.actor(&objection.by).map_or_else(
                            || objection.by.clone(),
                            |a| a.name(view.lang).into_owned()
                        )),
                        objection.statement.get(view.lang)
                    ))
                    .size(SMALL_SIZE)
                    .color(theme::firmness_color(
                        crate::core::Firmness::Rejects,
                        view.theme,
                    )),
                );
            }
            if let Some(sentence) = consequence
                .evidence
                .first()
                .and_then(|&n| model.sentence(n))
            {
                ui.label(
                    RichText::new(format!("¶{}  {}", sentence.number, sentence.original))
                        .size(SMALL_SIZE)
                        .color(view.palette.text),
                );
                if let Some(translation) = view.translation(sentence) {
                    ui.label(RichText::new(translation).size(SMALL_SIZE).italics().weak());
                }
            }
        });
    ui.add_space(8.0);
}

fn callout(ui: &mut Ui, fill: Color32, add: impl FnOnce(&mut Ui)) {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(14.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
}
