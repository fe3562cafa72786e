//! What an evaluation gives: each consequence's status, why, what it depends on, and what
//! would have to change.

use crate::core::ids::{ConditionIx, ConsequenceIx, TensionIx};
use crate::core::logic::Truth;
use crate::core::model::ConditionState;

/// Whether a consequence follows under the current states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// The article says it would follow.
    Follows,
    /// It hangs on conditions that are still unknown.
    Depends,
    /// The article gives no reason to expect it under these conditions.
    DoesNotFollow,
}

impl Status {
    /// Every status, in the order groups are shown.
    pub const ALL: [Self; 3] = [Self::Follows, Self::Depends, Self::DoesNotFollow];

    /// The identifier used in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Follows => "follows",
            Self::Depends => "depends",
            Self::DoesNotFollow => "does_not_follow",
        }
    }

    /// The status a truth value gives.
    pub(super) fn from_truth(truth: Truth) -> Self {
        match truth {
            Truth::True => Self::Follows,
            Truth::False => Self::DoesNotFollow,
            Truth::Unknown => Self::Depends,
        }
    }
}

/// A condition with a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Setting {
    /// The condition.
    pub condition: ConditionIx,
    /// The state.
    pub state: ConditionState,
}

/// The result for one consequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The consequence.
    pub consequence: ConsequenceIx,
    /// Follows, depends or does not follow.
    pub status: Status,
    /// The current settings that decide the status (the smallest such set): why it follows,
    /// or why it does not. Empty when it follows without condition, or when it depends.
    pub because: Vec<Setting>,
    /// For `depends`: the unknown conditions it hangs on, in the case's order.
    pub depends_on: Vec<ConditionIx>,
    /// When it does not (yet) follow: each alternative is a smallest set of changes that
    /// would make it follow. Empty when it follows, or when nothing can make it follow.
    pub would_follow_if: Vec<Vec<Setting>>,
    /// True when the search for `would_follow_if` stopped at its limit before finishing.
    pub search_cut_short: bool,
}

/// Everything that follows from one set of states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The state of every condition, in the case's order.
    pub states: Vec<ConditionState>,
    /// One outcome per consequence, in the case's order.
    pub outcomes: Vec<Outcome>,
    /// The tensions that hold, in the case's order.
    pub tensions: Vec<TensionIx>,
    /// Per condition, in the case's order: why its switch is locked, if the rules among the
    /// conditions lock it (not applicable, or excluded by a partner that is yes).
    pub locks: Vec<Option<ConditionLock>>,
}

/// Why a condition's switch is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConditionLock {
    /// Its `applies_if` does not hold: it does not apply, and counts as no.
    NotApplicable,
    /// An exclusive partner is yes, so this one is no.
    ExcludedBy(ConditionIx),
}

impl Evaluation {
    /// Why condition `index`'s switch is locked, if it is.
    pub fn lock(&self, index: ConditionIx) -> Option<ConditionLock> {
        self.locks.get(index.0).copied().flatten()
    }
}

impl Evaluation {
    /// The outcomes with `status`, in the case's order.
    pub fn with_status(&self, status: Status) -> impl Iterator<Item = &Outcome> {
        self.outcomes.iter().filter(move |o| o.status == status)
    }

    /// The outcome of consequence `index`.
    pub fn outcome(&self, index: ConsequenceIx) -> Option<&Outcome> {
        self.outcomes.get(index.0)
    }

    /// The state of condition `index`.
    pub fn state(&self, index: ConditionIx) -> ConditionState {
        self.states.get(index.0).copied().unwrap_or_default()
    }
}
