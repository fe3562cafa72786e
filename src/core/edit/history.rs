//! Undo and redo: every edit applied with its inverse kept, the newest on top.

use std::collections::VecDeque;

use super::field::FieldKey;
use super::ops::{Edit, EditError, apply};
use crate::core::model::Case;

/// How many edits can be undone; older ones are forgotten.
pub const MAX_UNDO: usize = 500;

/// One step that undo takes back: the edit and its inverse, and what it was about (typing in
/// one field makes one step, not one per key).
#[derive(Debug, Clone)]
struct Step {
    redo: Edit,
    undo: Edit,
    topic: Option<FieldKey>,
}

/// The edits made to a case, for undo and redo.
#[derive(Debug, Clone, Default)]
pub struct History {
    done: VecDeque<Step>,
    undone: Vec<Step>,
}

impl History {
    /// Applies `edit` to `case` as a step of its own.
    pub fn apply(&mut self, case: &mut Case, edit: Edit) -> Result<(), EditError> {
        self.apply_about(case, edit, None)
    }

    /// Applies `edit` to `case`; when the last step was about the same `topic` (the same field,
    /// typed into again), the two become one step.
    pub fn apply_about(
        &mut self,
        case: &mut Case,
        edit: Edit,
        topic: Option<FieldKey>,
    ) -> Result<(), EditError> {
        if edit.is_empty() {
            return Ok(());
        }
        let undo = apply(case, &edit)?;
        self.undone.clear();
        match self.done.back_mut() {
            Some(last) if topic.is_some() && last.topic == topic => {
                // Redo does both in order; undo takes back the newer first.
                last.redo.ops.extend(edit.ops);
                let older = std::mem::take(&mut last.undo.ops);
                last.undo.ops = undo.ops;
                last.undo.ops.extend(older);
            }
            _ => {
                self.done.push_back(Step {
                    redo: edit,
                    undo,
                    topic,
                });
                if self.done.len() > MAX_UNDO {
                    self.done.pop_front();
                }
            }
        }
        Ok(())
    }

    /// Ends the current topic, so the next edit is a step of its own even if it is about the
    /// same field (the field lost focus).
    pub fn seal(&mut self) {
        if let Some(last) = self.done.back_mut() {
            last.topic = None;
        }
    }

    /// Takes back the newest step. False when there is nothing to undo. What is typed next is
    /// a step of its own, even in the field the step now on top was typed in.
    pub fn undo(&mut self, case: &mut Case) -> bool {
        let Some(step) = self.done.pop_back() else {
            return false;
        };
        match apply(case, &step.undo) {
            Ok(_) => {
                self.undone.push(Step {
                    topic: None,
                    ..step
                });
                self.seal();
                true
            }
            Err(_) => {
                // The case no longer matches the history (it cannot happen when every change
                // goes through it); forget the history rather than change the wrong thing.
                self.clear();
                false
            }
        }
    }

    /// Does again the newest step undone. False when there is nothing to redo.
    pub fn redo(&mut self, case: &mut Case) -> bool {
        let Some(step) = self.undone.pop() else {
            return false;
        };
        match apply(case, &step.redo) {
            Ok(_) => {
                self.done.push_back(step);
                true
            }
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    /// The edit undo would make next.
    pub fn next_undo(&self) -> Option<&Edit> {
        self.done.back().map(|step| &step.undo)
    }

    /// The edit redo would make next.
    pub fn next_redo(&self) -> Option<&Edit> {
        self.undone.last().map(|step| &step.redo)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// How many steps can be undone.
    pub fn depth(&self) -> usize {
        self.done.len()
    }

    /// Forgets every step.
    pub fn clear(&mut self) {
        self.done.clear();
        self.undone.clear();
    }
}
