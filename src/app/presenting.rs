//! Presenting a walkthrough: where the presentation stands, what each step changed, and the
//! handler that moves it. A step drives the explorer with the same commands the conditions
//! panel sends; leaving puts the explorer back as it was.

use std::sync::Arc;

use egui::ViewportCommand;

use super::explorer::{ExploreCommand, ExplorerSnapshot, MessageLevel, State};
use crate::core::diff::{self, ConditionChange, StatusChange};
use crate::core::walkthrough::{self, Progress};
use crate::core::{ConditionIx, States, ValidCase, Walkthrough, evaluate};
use crate::text::window::WindowWords;

/// Commands of presenter mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresentCommand {
    /// Start presenting the case's first walkthrough.
    Start,
    /// Start presenting walkthrough `walkthrough` at step `step` (a preview while editing).
    StartAt {
        /// The walkthrough's place in the case.
        walkthrough: usize,
        /// The step's place in it.
        step: usize,
    },
    /// Next step, or reveal the answer.
    Next,
    /// Previous step.
    Previous,
    /// Leave presenter mode; the explorer returns to how it was.
    Leave,
}

/// A running presentation.
#[derive(Debug, Clone)]
pub struct Presentation {
    /// Which walkthrough of the case.
    pub walkthrough: usize,
    /// Where it stands.
    pub progress: Progress,
    /// The explorer as it was before the presentation.
    pub before: ExplorerSnapshot,
    /// The conditions this step changed.
    pub changed_conditions: Vec<ConditionChange>,
    /// The consequences whose status this step changed, in the case's order.
    pub changes: Vec<StatusChange>,
}

impl Presentation {
    /// The walkthrough being presented.
    pub fn lesson<'a>(&self, case: &'a ValidCase) -> Option<&'a Walkthrough> {
        case.case().walkthroughs.get(self.walkthrough)
    }

    /// Works out what the step at `progress` changes compared with the step before it.
    fn arrive(&mut self, case: &ValidCase, progress: Progress) {
        self.progress = progress;
        let Some(lesson) = case.case().walkthroughs.get(self.walkthrough) else {
            return;
        };
        let after = walkthrough::states_at(lesson, progress.step);
        let before = match progress.step.checked_sub(1) {
            Some(previous) => walkthrough::states_at(lesson, previous),
            None => States::new(),
        };
        let diff = diff::diff(&evaluate(case, &before), &evaluate(case, &after));
        self.changed_conditions = diff.conditions;
        self.changes = [diff.appear, diff.disappear, diff.other_changes].concat();
        self.changes.sort_by_key(|c| c.consequence);
    }

    /// Whether the step changed condition `index`.
    pub fn changed(&self, index: ConditionIx) -> bool {
        self.changed_conditions
            .iter()
            .any(|change| change.condition == index)
    }
}

/// Carries out a presenter command: starts, moves or ends `presentation`, driving the
/// explorer (`state`) with explorer commands.
pub fn handle(
    ctx: &egui::Context,
    presentation: &mut Option<Presentation>,
    state: &mut State,
    words: &WindowWords,
    command: PresentCommand,
) {
    let now = ctx.input(|i| i.time);
    let case = Arc::clone(&state.document.case);
    match command {
        PresentCommand::Start | PresentCommand::StartAt { .. } => {
            if presentation.is_some() {
                return;
            }
            let (walkthrough, step) = match command {
                PresentCommand::StartAt { walkthrough, step } => (walkthrough, step),
                _ => (0, 0),
            };
            let Some(lesson) = case.case().walkthroughs.get(walkthrough) else {
                state.report(MessageLevel::Warning, words.no_walkthrough, Vec::new());
                return;
            };
            let start = Progress::at(lesson, step);
            *presentation = Some(Presentation {
                walkthrough,
                progress: start,
                before: state.snapshot(),
                changed_conditions: Vec::new(),
                changes: Vec::new(),
            });
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
            arrive(presentation, state, &case, start, now);
        }
        PresentCommand::Next | PresentCommand::Previous => {
            let Some(current) = presentation.as_ref() else {
                return;
            };
            let Some(lesson) = current.lesson(&case) else {
                return;
            };
            let target = if command == PresentCommand::Next {
                current.progress.next(lesson)
            } else {
                current.progress.previous(lesson)
            };
            if let Some(progress) = target {
                arrive(presentation, state, &case, progress, now);
            }
        }
        PresentCommand::Leave => {
            if let Some(ended) = presentation.take() {
                state.handle(ExploreCommand::Restore(ended.before), now);
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
            }
        }
    }
}

/// Moves the presentation to `progress`: the explorer takes the step's conditions, and the
/// step's first consequence is selected.
fn arrive(
    presentation: &mut Option<Presentation>,
    state: &mut State,
    case: &ValidCase,
    progress: Progress,
    now: f64,
) {
    let Some(current) = presentation.as_mut() else {
        return;
    };
    current.arrive(case, progress);
    let Some(lesson) = current.lesson(case) else {
        return;
    };
    let states = walkthrough::states_at(lesson, progress.step);
    for (index, condition) in case.case().conditions.iter().enumerate() {
        let condition_state = states.get(&condition.id).copied().unwrap_or_default();
        state.handle(
            ExploreCommand::SetCondition {
                condition: ConditionIx(index),
                state: condition_state,
            },
            now,
        );
    }
    let pointed = lesson
        .steps
        .get(progress.step)
        .and_then(|s| s.consequences.first())
        .and_then(|id| case.consequence_index(id));
    state.handle(ExploreCommand::SelectConsequence(pointed), now);
}
