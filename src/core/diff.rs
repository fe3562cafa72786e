//! What changes between two evaluations of the same case: conditions, consequences, tensions.
//!
//! Pure and deterministic: every list is sorted by its index in the case.

use super::eval::{Evaluation, Status};
use super::ids::{ConditionIx, ConsequenceIx, TensionIx};
use super::model::ConditionState;

/// A condition whose state differs between the two evaluations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConditionChange {
    /// The condition.
    pub condition: ConditionIx,
    /// The state in the first evaluation.
    pub from: ConditionState,
    /// The state in the second evaluation.
    pub to: ConditionState,
}

/// A consequence whose status differs between the two evaluations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatusChange {
    /// The consequence.
    pub consequence: ConsequenceIx,
    /// The status in the first evaluation.
    pub from: Status,
    /// The status in the second evaluation.
    pub to: Status,
}

/// Everything that differs from a first evaluation (A) to a second (B) of the same case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    /// Conditions set differently, by index.
    pub conditions: Vec<ConditionChange>,
    /// Consequences that follow in B but not in A, by index.
    pub appear: Vec<StatusChange>,
    /// Consequences that follow in A but not in B, by index.
    pub disappear: Vec<StatusChange>,
    /// Every other change of status (for example *depends* → *does not follow*), by index.
    pub other_changes: Vec<StatusChange>,
    /// Tensions that hold in B but not in A, by index.
    pub tensions_appear: Vec<TensionIx>,
    /// Tensions that hold in A but not in B, by index.
    pub tensions_disappear: Vec<TensionIx>,
}

impl Diff {
    /// True when A and B give the same result under the same conditions.
    pub fn is_empty(&self) -> bool {
        self.conditions.is_empty() && self.consequences_unchanged() && self.tensions_unchanged()
    }

    /// True when every consequence has the same status in A and B.
    pub fn consequences_unchanged(&self) -> bool {
        self.appear.is_empty() && self.disappear.is_empty() && self.other_changes.is_empty()
    }

    /// True when the same tensions hold in A and B.
    pub fn tensions_unchanged(&self) -> bool {
        self.tensions_appear.is_empty() && self.tensions_disappear.is_empty()
    }
}

/// Compares evaluation `a` with evaluation `b`. Both must come from the same case (the
/// positions of conditions and consequences are compared); entries present in only one of them
/// are left out.
pub fn diff(a: &Evaluation, b: &Evaluation) -> Diff {
    let conditions = a
        .states
        .iter()
        .zip(&b.states)
        .enumerate()
        .filter(|(_, (from, to))| from != to)
        .map(|(condition, (&from, &to))| ConditionChange {
            condition: ConditionIx(condition),
            from,
            to,
        })
        .collect();

    let mut result = Diff {
        conditions,
        ..Diff::default()
    };
    for (consequence, (before, after)) in a.outcomes.iter().zip(&b.outcomes).enumerate() {
        if before.status == after.status {
            continue;
        }
        let change = StatusChange {
            consequence: ConsequenceIx(consequence),
            from: before.status,
            to: after.status,
        };
        let list = match (before.status, after.status) {
            (_, Status::Follows) => &mut result.appear,
            (Status::Follows, _) => &mut result.disappear,
            _ => &mut result.other_changes,
        };
        list.push(change);
    }

    result.tensions_appear = only_in(&b.tensions, &a.tensions);
    result.tensions_disappear = only_in(&a.tensions, &b.tensions);
    result
}

/// The entries of `list` that are not in `other`, sorted.
fn only_in(list: &[TensionIx], other: &[TensionIx]) -> Vec<TensionIx> {
    let mut only: Vec<TensionIx> = list
        .iter()
        .copied()
        .filter(|index| !other.contains(index))
        .collect();
    only.sort_unstable();
    only.dedup();
    only
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::eval::Outcome;

    fn outcome(consequence: usize, status: Status) -> Outcome {
        Outcome {
            consequence: ConsequenceIx(consequence),
            status,
            because: Vec::new(),
            depends_on: Vec::new(),
            would_follow_if: Vec::new(),
            search_cut_short: false,
        }
    }

    fn evaluation(
        states: &[ConditionState],
        statuses: &[Status],
        tensions: &[usize],
    ) -> Evaluation {
        Evaluation {
            states: states.to_vec(),
            outcomes: statuses
                .iter()
                .enumerate()
                .map(|(i, &s)| outcome(i, s))
                .collect(),
            tensions: tensions.iter().copied().map(TensionIx).collect(),
            locks: vec![None; states.len()],
        }
    }

    #[test]
    fn sorts_changes_into_appear_disappear_and_the_rest() {
        use ConditionState::{No, Unknown, Yes};
        use Status::{Depends, DoesNotFollow, Follows};
        let a = evaluation(
            &[Yes, Unknown, No],
            &[Follows, Depends, DoesNotFollow, Follows, Depends],
            &[1],
        );
        let b = evaluation(
            &[Yes, No, Yes],
            &[DoesNotFollow, DoesNotFollow, Follows, Follows, Follows],
            &[0],
        );
        let d = diff(&a, &b);
        assert_eq!(
            d.conditions,
            vec![
                ConditionChange {
                    condition: ConditionIx(1),
                    from: Unknown,
                    to: No
                },
                ConditionChange {
                    condition: ConditionIx(2),
                    from: No,
                    to: Yes
                },
            ]
        );
        let indices =
            |list: &[StatusChange]| list.iter().map(|c| c.consequence.0).collect::<Vec<_>>();
        assert_eq!(indices(&d.appear), vec![2, 4]);
        assert_eq!(indices(&d.disappear), vec![0]);
        assert_eq!(d.other_changes.len(), 1);
        assert_eq!(d.other_changes[0].from, Depends);
        assert_eq!(d.other_changes[0].to, DoesNotFollow);
        assert_eq!(d.tensions_appear, vec![TensionIx(0)]);
        assert_eq!(d.tensions_disappear, vec![TensionIx(1)]);
        assert!(!d.is_empty());
        assert!(diff(&a, &a).is_empty());
    }
}
