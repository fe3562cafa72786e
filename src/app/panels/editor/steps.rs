//! A walkthrough's form: its title, and its steps — each with what it sets, points at, says
//! and asks — added from what the explorer shows now, reordered, removed and previewed.

use egui::{RichText, Ui};

use super::fields::{item_buttons, put, text_field};
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::editing::EditCommand;
use crate::app::presenting::PresentCommand;
use crate::app::widgets::access;
use crate::core::edit::{Item, List, verbs};
use crate::core::language::Text;
use crate::core::model::{ConditionState, Step, Walkthrough};
use crate::core::walkthrough::states_at;

/// The form of walkthrough `at`.
pub fn walkthrough_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(walkthrough) = case.walkthroughs.get(at) else {
        return;
    };
    access::heading(ui, w.heading_walkthrough, 2);
    ui.label(
        RichText::new(format!("{}: {}", w.field_id, walkthrough.id))
            .small()
            .monospace(),
    );
    if let Some(title) = text_field(ui, view, w.field_title, &walkthrough.title, false, commands) {
        let id = draft
            .is_new(List::Walkthroughs, &walkthrough.id)
            .then(|| {
                verbs::id_following_title(case, List::Walkthroughs, at, &walkthrough.title, &title)
            })
            .flatten()
            .unwrap_or_else(|| walkthrough.id.clone());
        let item = Item::Walkthrough(Walkthrough {
            id,
            title,
            ..walkthrough.clone()
        });
        put(
            commands,
            case,
            at,
            item,
            Some(format!("walkthrough/{at}/title")),
        );
    }
    ui.add_space(6.0);
    for (k, step) in walkthrough.steps.iter().enumerate() {
        step_ui(ui, view, draft, at, walkthrough, k, step, commands);
    }
    ui.add_space(6.0);
    ui.label(RichText::new(w.add_step_hint).small().weak());
    if ui.button(w.add_step).clicked()
        && let Some(edit) = verbs::add_step(case, at, captured_step(view, draft, walkthrough))
    {
        commands.push(EditCommand::Apply { edit, topic: None });
    }
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Walkthroughs, at, commands);
}

/// A new step from what the explorer shows: the conditions that differ from where the
/// walkthrough stands so far, the selected sentences and the selected consequence.
fn captured_step(view: &PanelContext<'_>, draft: &Draft, walkthrough: &Walkthrough) -> Step {
    let w = view.words.editor;
    let before = match walkthrough.steps.len().checked_sub(1) {
        Some(last) => states_at(walkthrough, last),
        None => crate::core::States::new(),
    };
    let now = &view.state.document.scenario.conditions;
    let mut set = crate::core::States::new();
    for condition in &draft.case.conditions {
        let id = &condition.id;
        let was = before.get(id).copied().unwrap_or_default();
        let is = now.get(id).copied().unwrap_or_default();
        if was != is {
            set.insert(id.clone(), is);
        }
    }
    let consequences = view
        .state
        .selected_consequence
        .and_then(|index| draft.case.consequence_at(index))
        .map(|c| vec![c.id.clone()])
        .unwrap_or_default();
    Step {
        title: Text::new(view.lang.code(), w.new_step_title),
        narration: Text::default(),
        set,
        sentences: draft.selected_sentences(),
        consequences,
        question: None,
        answer: None,
    }
}

/// One step: its texts, what it sets and points at, and its buttons.
#[expect(
    clippy::too_many_arguments,
    reason = "a step sits inside its walkthrough"
)]
fn step_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    walkthrough: &Walkthrough,
    k: usize,
    step: &Step,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let with = |f: &dyn Fn(&mut Step)| {
        let mut changed = walkthrough.clone();
        if let Some(slot) = changed.steps.get_mut(k) {
            f(slot);
        }
        Item::Walkthrough(changed)
    };
    let topic = |field: &str| Some(format!("walkthrough/{at}/step/{k}/{field}"));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let step_name = (w.step_label)(k + 1);
        ui.label(RichText::new(&step_name).strong());
        let named = |field: &str| format!("{step_name} — {field}");
        if let Some(title) = text_field(
            ui,
            view,
            &named(w.field_title),
            &step.title,
            false,
            commands,
        ) {
            put(
                commands,
                case,
                at,
                with(&|s| s.title = title.clone()),
                topic("title"),
            );
        }
        if let Some(narration) = text_field(
            ui,
            view,
            &named(w.field_narration),
            &step.narration,
            true,
            commands,
        ) {
            let item = with(&|s| s.narration = narration.clone());
            put(commands, case, at, item, topic("narration"));
        }
        let question = step.question.clone().unwrap_or_default();
        if let Some(question) = text_field(
            ui,
            view,
            &named(w.field_question),
            &question,
            true,
            commands,
        ) {
            let question = (!question.is_blank()).then_some(question);
            let item = with(&|s| s.question = question.clone());
            put(commands, case, at, item, topic("question"));
        }
        let answer = step.answer.clone().unwrap_or_default();
        if let Some(answer) = text_field(ui, view, &named(w.field_answer), &answer, true, commands)
        {
            let answer = (!answer.is_blank()).then_some(answer);
            put(
                commands,
                case,
                at,
                with(&|s| s.answer = answer.clone()),
                topic("answer"),
            );
        }
        let sets: Vec<String> = step
            .set
            .iter()
            .map(|(id, state)| {
                let label = case
                    .condition(id)
                    .map_or_else(|| id.clone(), |c| c.label.get(view.lang).into_owned());
                let state = match state {
                    ConditionState::Yes => view.words.state(ConditionState::Yes),
                    ConditionState::No => view.words.state(ConditionState::No),
                    ConditionState::Unknown => view.words.state(ConditionState::Unknown),
                };
                format!("{label} = {state}")
            })
            .collect();
        let pointed: Vec<String> = step.sentences.iter().map(|n| format!("¶{n}")).collect();
        ui.label(
            RichText::new(format!("{} · {}", sets.join(", "), pointed.join(" ")))
                .small()
                .weak(),
        );
        ui.horizontal_wrapped(|ui| {
            let last = walkthrough.steps.len().saturating_sub(1);
            if ui
                .add_enabled(k > 0, egui::Button::new(w.move_up))
                .clicked()
                && let Some(edit) = verbs::move_step(case, at, k, k - 1)
            {
                commands.push(EditCommand::Apply { edit, topic: None });
            }
            if ui
                .add_enabled(k < last, egui::Button::new(w.move_down))
                .clicked()
                && let Some(edit) = verbs::move_step(case, at, k, k + 1)
            {
                commands.push(EditCommand::Apply { edit, topic: None });
            }
            if ui.button(w.remove_step).clicked() {
                let mut changed = walkthrough.clone();
                changed.steps.remove(k);
                put(commands, case, at, Item::Walkthrough(changed), None);
            }
            if ui.button(w.preview_step).clicked() {
                commands.push(PresentCommand::StartAt {
                    walkthrough: at,
                    step: k,
                });
            }
        });
    });
}
