//! The scenario the compare view compares the open one with: its states, what follows under
//! them, and the differences (recomputed only when either side changes).

use crate::core::diff::{self, Diff};
use crate::core::{ConditionState, Evaluation, States, ValidCase, evaluate};

/// The scenario being compared with, and the comparison (recomputed only when either side
/// changes).
pub struct Comparison {
    /// Its name.
    pub name: String,
    /// Its condition states.
    pub states: States,
    evaluation: Evaluation,
    /// The open scenario's states the diff was computed for.
    against: Vec<ConditionState>,
    /// What differs from the open scenario (A) to this one (B).
    pub diff: Diff,
}

impl Comparison {
    /// Compares with a scenario of the open case.
    pub fn new(case: &ValidCase, name: String, states: States) -> Self {
        let evaluation = evaluate(case, &states);
        Self {
            name,
            states,
            evaluation,
            against: Vec::new(),
            diff: Diff::default(),
        }
    }

    /// Brings the diff up to date with the open scenario's evaluation.
    pub fn refresh(&mut self, current: &Evaluation) {
        if self.against != current.states {
            self.diff = diff::diff(current, &self.evaluation);
            self.against.clone_from(&current.states);
        }
    }
}
