//! A walkthrough's form: its title, and its steps — each with what it sets, points at, says
//! and asks — added from what the explorer shows now, reordered, removed and previewed. Every
//! part of a step is a row of the walkthrough's form, named by the step and the part.

use egui::{RichText, Ui};

use super::form::{Form, Lines};
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::editing::EditCommand;
use crate::app::presenting::PresentCommand;
use crate::core::edit::capture::{Shown, captured_step};
use crate::core::edit::{Field, List, Place, StepPart, verbs};
use crate::core::found::TextField;
use crate::core::language::Text;
use crate::core::model::{Step, Walkthrough};

/// The form of walkthrough `at`.
pub fn walkthrough_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let Some(walkthrough) = draft.case.walkthroughs.get(at) else {
        return;
    };
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Walkthroughs, at),
        element: walkthrough,
        commands,
    };
    form.heading(ui, w.heading_walkthrough);
    form.title(
        ui,
        TextField::Title,
        |w| Some(&w.title),
        |w, title| w.title = title,
    );
    ui.add_space(6.0);
    for k in 0..walkthrough.steps.len() {
        step_ui(ui, &mut form, k);
    }
    ui.add_space(6.0);
    form.row(ui, Field::AddStep, |ui, form| {
        ui.label(RichText::new(w.add_step_hint).small().weak());
        if ui.button(w.add_step).clicked() {
            let step = captured(form.view, form.draft, walkthrough);
            if let Some(edit) = verbs::add_step(&form.draft.case, at, step) {
                form.commands.push(EditCommand::Apply { edit, topic: None });
                let next = walkthrough.steps.len();
                let title = Field::Step(next, StepPart::Text(TextField::Title));
                form.commands.push(EditCommand::Focus(form.key(title)));
            }
        }
    });
    form.id(ui);
    ui.add_space(8.0);
    form.buttons(ui);
}

/// A new step from what the explorer shows now: the conditions as set, the sentences selected
/// in the article, the consequence selected in *What follows*.
fn captured(view: &PanelContext<'_>, draft: &Draft, walkthrough: &Walkthrough) -> Step {
    let state = view.state;
    let consequence = state
        .selected_consequence
        .and_then(|index| state.document.case.case().consequence_at(index))
        .map(|c| c.id.as_str());
    let sentences = state.selection.sentences();
    captured_step(
        &draft.case,
        walkthrough,
        Shown {
            states: &state.document.scenario.conditions,
            sentences: &sentences,
            consequence,
        },
    )
}

/// Step `k` of the walkthrough the form edits: its texts, what it shows, its buttons.
fn step_ui(ui: &mut Ui, form: &mut Form<'_, '_, Walkthrough>, k: usize) {
    let w = form.view.words.editor;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new((w.step_label)(k + 1)).strong());
        let text = |part: TextField| Field::Step(k, StepPart::Text(part));
        let put = move |w: &mut Walkthrough, part: TextField, value: Text| {
            let Some(step) = w.steps.get_mut(k) else {
                return;
            };
            let given = (!value.is_blank()).then_some(value.clone());
            match part {
                TextField::Title => step.title = value,
                TextField::Narration => step.narration = value,
                TextField::Question => step.question = given,
                _ => step.answer = given,
            }
        };
        for (part, lines) in [
            (TextField::Title, Lines::One),
            (TextField::Narration, Lines::Several),
            (TextField::Question, Lines::Several),
            (TextField::Answer, Lines::Several),
        ] {
            form.text(
                ui,
                text(part),
                lines,
                |w| step_text(w, k, part),
                |w, value| put(w, part, value),
            );
        }
        form.row(ui, Field::Step(k, StepPart::Summary), |ui, form| {
            if let Some(step) = form.element.steps.get(k) {
                ui.label(
                    RichText::new(summary(form.view, form.draft, step))
                        .small()
                        .weak(),
                );
            }
        });
        form.row(ui, Field::Step(k, StepPart::Buttons), |ui, form| {
            step_buttons(ui, form, k);
        });
    });
}

/// Text `part` of step `k` of `walkthrough`.
fn step_text(walkthrough: &Walkthrough, k: usize, part: TextField) -> Option<&Text> {
    let step = walkthrough.steps.get(k)?;
    match part {
        TextField::Title => Some(&step.title),
        TextField::Narration => Some(&step.narration),
        TextField::Question => step.question.as_ref(),
        _ => step.answer.as_ref(),
    }
}

/// What a step sets, points at and shows, in words: "Sets: Ceasefire reached = yes · points
/// at ¶4 ¶5".
fn summary(view: &PanelContext<'_>, draft: &Draft, step: &Step) -> String {
    let w = view.words.editor;
    let case = &draft.case;
    let sets: Vec<String> = step
        .set
        .iter()
        .map(|(id, state)| {
            let label = case
                .condition(id)
                .map_or_else(|| id.clone(), |c| c.label.get(view.lang).into_owned());
            format!("{label} = {}", view.words.state(*state))
        })
        .collect();
    let mut parts = vec![if sets.is_empty() {
        w.step_sets_nothing.to_owned()
    } else {
        (w.step_sets)(&sets.join(", "))
    }];
    if !step.sentences.is_empty() {
        let pointed: Vec<String> = step.sentences.iter().map(|n| format!("¶{n}")).collect();
        parts.push((w.step_points_at)(&pointed.join(" ")));
    }
    for id in &step.consequences {
        let title = case
            .consequence(id)
            .map_or_else(|| id.clone(), |c| c.title.get(view.lang).into_owned());
        parts.push((w.step_shows)(&title));
    }
    parts.join(" · ")
}

/// Move up, move down, remove and preview step `k`.
fn step_buttons(ui: &mut Ui, form: &mut Form<'_, '_, Walkthrough>, k: usize) {
    let w = form.view.words.editor;
    let Place::Item(_, at) = form.place else {
        return;
    };
    let case = &form.draft.case;
    let walkthrough = form.element;
    ui.horizontal_wrapped(|ui| {
        let last = walkthrough.steps.len().saturating_sub(1);
        if ui
            .add_enabled(k > 0, egui::Button::new(w.move_up))
            .clicked()
            && let Some(edit) = verbs::move_step(case, at, k, k - 1)
        {
            form.commands.push(EditCommand::Apply { edit, topic: None });
        }
        if ui
            .add_enabled(k < last, egui::Button::new(w.move_down))
            .clicked()
            && let Some(edit) = verbs::move_step(case, at, k, k + 1)
        {
            form.commands.push(EditCommand::Apply { edit, topic: None });
        }
        if ui.button(w.remove_step).clicked() {
            let mut changed = walkthrough.clone();
            if k < changed.steps.len() {
                changed.steps.remove(k);
                form.put(changed, None);
            }
        }
        if ui.button(w.preview_step).clicked() {
            form.commands.push(PresentCommand::StartAt {
                walkthrough: at,
                step: k,
            });
        }
    });
}
