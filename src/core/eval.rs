//! Evaluation: what follows from a set of condition states, why, and what would have to change.
//!
//! Pure and deterministic: the same case and states always give the same [`Evaluation`].

use super::logic::Truth;
use super::model::{ConditionState, States};
use super::valid::ValidCase;

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

    fn from_truth(truth: Truth) -> Self {
        match truth {
            Truth::True => Self::Follows,
            Truth::False => Self::DoesNotFollow,
            Truth::Unknown => Self::Depends,
        }
    }
}

/// A condition (by index into the case's conditions) with a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Setting {
    /// Index into [`crate::core::Case::conditions`].
    pub condition: usize,
    /// The state.
    pub state: ConditionState,
}

/// The result for one consequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Index into [`crate::core::Case::consequences`].
    pub consequence: usize,
    /// Follows, depends or does not follow.
    pub status: Status,
    /// The current settings that decide the status (the smallest such set): why it follows,
    /// or why it does not. Empty when it follows without condition, or when it depends.
    pub because: Vec<Setting>,
    /// For `depends`: the unknown conditions it hangs on, sorted by index.
    pub depends_on: Vec<usize>,
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
    /// Indices of the tensions that hold, in the case's order.
    pub tensions: Vec<usize>,
}

impl Evaluation {
    /// The outcomes with `status`, in the case's order.
    pub fn with_status(&self, status: Status) -> impl Iterator<Item = &Outcome> {
        self.outcomes.iter().filter(move |o| o.status == status)
    }

    /// The outcome of consequence `index`.
    pub fn outcome(&self, index: usize) -> Option<&Outcome> {
        self.outcomes.get(index)
    }
}

/// At most this many alternatives are listed under "would follow if".
pub const MAX_ALTERNATIVES: usize = 6;
/// Above this many relevant conditions, "because" is found greedily (still irredundant).
const EXACT_BECAUSE_LIMIT: usize = 12;
/// The "would follow if" search tries at most this many combinations per consequence.
const SEARCH_BUDGET: usize = 20_000;

/// Evaluates `case` under `states` (conditions not listed are unknown; unknown ids ignored —
/// callers validate them first).
pub fn evaluate(case: &ValidCase, states: &States) -> Evaluation {
    let condition_states: Vec<ConditionState> = case
        .case()
        .conditions
        .iter()
        .map(|c| states.get(&c.id).copied().unwrap_or_default())
        .collect();
    let truths: Vec<Truth> = condition_states.iter().map(|s| Truth::from(*s)).collect();
    let compiled = case.compiled();
    let mut values = Vec::new();
    compiled.evaluate_all(&truths, &mut values);

    let mut search = Search {
        case,
        scratch: Vec::new(),
        trial: truths.clone(),
    };
    let outcomes = values
        .iter()
        .enumerate()
        .map(|(index, &truth)| search.outcome(index, truth, &condition_states))
        .collect();
    let tensions = (0..case.case().tensions.len())
        .filter(|&t| compiled.tension(t, &truths, &values) == Truth::True)
        .collect();
    Evaluation {
        states: condition_states,
        outcomes,
        tensions,
    }
}

struct Search<'a> {
    case: &'a ValidCase,
    scratch: Vec<Truth>,
    trial: Vec<Truth>,
}

impl Search<'_> {
    fn outcome(&mut self, index: usize, truth: Truth, states: &[ConditionState]) -> Outcome {
        let status = Status::from_truth(truth);
        let mut outcome = Outcome {
            consequence: index,
            status,
            because: Vec::new(),
            depends_on: Vec::new(),
            would_follow_if: Vec::new(),
            search_cut_short: false,
        };
        match status {
            Status::Follows | Status::DoesNotFollow => {
                outcome.because = self.because(index, truth, states);
            }
            Status::Depends => {
                let truths: Vec<Truth> = states.iter().map(|s| Truth::from(*s)).collect();
                outcome.depends_on = self
                    .case
                    .compiled()
                    .open_conditions(index, &truths)
                    .into_iter()
                    .collect();
            }
        }
        if status != Status::Follows {
            let (alternatives, cut_short) = self.would_follow_if(index, states);
            outcome.would_follow_if = alternatives;
            outcome.search_cut_short = cut_short;
        }
        outcome
    }

    fn reset_trial(&mut self, states: &[ConditionState], keep: impl Fn(usize) -> bool) {
        for (i, slot) in self.trial.iter_mut().enumerate() {
            *slot = if keep(i) {
                states.get(i).map_or(Truth::Unknown, |s| Truth::from(*s))
            } else {
                Truth::Unknown
            };
        }
    }

    fn holds(&mut self, index: usize) -> Truth {
        self.case
            .compiled()
            .evaluate_one(index, &self.trial, &mut self.scratch)
    }

    /// The smallest set of known settings that alone (everything else unknown) still gives
    /// `target`. Kleene logic is monotone, so such a set exists among the known settings.
    fn because(&mut self, index: usize, target: Truth, states: &[ConditionState]) -> Vec<Setting> {
        let known: Vec<usize> = self
            .case
            .compiled()
            .support(index)
            .iter()
            .copied()
            .filter(|&c| states.get(c).is_some_and(|s| *s != ConditionState::Unknown))
            .collect();
        let chosen = if known.len() <= EXACT_BECAUSE_LIMIT {
            self.smallest_deciding_subset(index, target, states, &known)
        } else {
            self.greedy_deciding_subset(index, target, states, &known)
        };
        chosen
            .into_iter()
            .map(|condition| Setting {
                condition,
                state: states.get(condition).copied().unwrap_or_default(),
            })
            .collect()
    }

    fn smallest_deciding_subset(
        &mut self,
        index: usize,
        target: Truth,
        states: &[ConditionState],
        known: &[usize],
    ) -> Vec<usize> {
        for size in 0..=known.len() {
            let mut found = None;
            for_each_combination(known.len(), size, |picks| {
                let subset: Vec<usize> = picks
                    .iter()
                    .filter_map(|&p| known.get(p).copied())
                    .collect();
                self.reset_trial(states, |c| subset.contains(&c));
                if self.holds(index) == target {
                    found = Some(subset);
                    return false;
                }
                true
            });
            if let Some(subset) = found {
                return subset;
            }
        }
        known.to_vec()
    }

    fn greedy_deciding_subset(
        &mut self,
        index: usize,
        target: Truth,
        states: &[ConditionState],
        known: &[usize],
    ) -> Vec<usize> {
        let mut kept: Vec<usize> = known.to_vec();
        for &candidate in known {
            let without: Vec<usize> = kept.iter().copied().filter(|&c| c != candidate).collect();
            self.reset_trial(states, |c| without.contains(&c));
            if self.holds(index) == target {
                kept = without;
            }
        }
        kept
    }

    /// Smallest sets of changes (among the conditions the trigger reaches) that make
    /// consequence `index` follow. Returns the alternatives and whether the budget ran out.
    fn would_follow_if(
        &mut self,
        index: usize,
        states: &[ConditionState],
    ) -> (Vec<Vec<Setting>>, bool) {
        let support: Vec<usize> = self.case.compiled().support(index).to_vec();
        let mut budget = SEARCH_BUDGET;
        for size in 1..=support.len() {
            let mut alternatives: Vec<Vec<Setting>> = Vec::new();
            let mut exhausted = false;
            for_each_combination(support.len(), size, |picks| {
                let chosen: Vec<usize> = picks
                    .iter()
                    .filter_map(|&p| support.get(p).copied())
                    .collect();
                // Each chosen condition takes one of the two definite states it does not have.
                for choice in 0..(1_usize << size) {
                    if budget == 0 {
                        exhausted = true;
                        return false;
                    }
                    budget -= 1;
                    let Some(changes) = changes_for(&chosen, choice, states) else {
                        continue;
                    };
                    self.reset_trial(states, |_| true);
                    for change in &changes {
                        if let Some(slot) = self.trial.get_mut(change.condition) {
                            *slot = Truth::from(change.state);
                        }
                    }
                    if self.holds(index) == Truth::True {
                        alternatives.push(changes);
                        if alternatives.len() >= MAX_ALTERNATIVES {
                            return false;
                        }
                    }
                }
                true
            });
            if !alternatives.is_empty() || exhausted {
                return (alternatives, exhausted);
            }
        }
        (Vec::new(), false)
    }
}

/// The changes for `chosen` conditions where bit `k` of `choice` picks the k-th condition's
/// new state: yes (0) or no (1). None when that is no change at all (it already has it).
fn changes_for(chosen: &[usize], choice: usize, states: &[ConditionState]) -> Option<Vec<Setting>> {
    chosen
        .iter()
        .enumerate()
        .map(|(k, &condition)| {
            let state = if choice & (1 << k) == 0 {
                ConditionState::Yes
            } else {
                ConditionState::No
            };
            let current = states.get(condition).copied().unwrap_or_default();
            (current != state).then_some(Setting { condition, state })
        })
        .collect()
}

/// Calls `visit` with every `size`-element combination of `0..n`, in lexicographic order,
/// until it returns false.
fn for_each_combination(n: usize, size: usize, mut visit: impl FnMut(&[usize]) -> bool) {
    if size > n {
        return;
    }
    let mut picks: Vec<usize> = (0..size).collect();
    loop {
        if !visit(&picks) {
            return;
        }
        // Advance to the next combination: find the rightmost pick that can move right.
        let mut k = size;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            let limit = n - size + k;
            if picks.get(k).is_some_and(|&p| p < limit) {
                break;
            }
        }
        let Some(first) = picks.get(k).copied() else {
            return;
        };
        for (offset, slot) in picks.iter_mut().skip(k).enumerate() {
            *slot = first + 1 + offset;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combinations_come_in_lexicographic_order() {
        let mut seen = Vec::new();
        for_each_combination(4, 2, |picks| {
            seen.push(picks.to_vec());
            true
        });
        assert_eq!(
            seen,
            vec![
                vec![0, 1],
                vec![0, 2],
                vec![0, 3],
                vec![1, 2],
                vec![1, 3],
                vec![2, 3]
            ]
        );
        let mut empty = 0;
        for_each_combination(3, 0, |picks| {
            assert!(picks.is_empty());
            empty += 1;
            true
        });
        assert_eq!(empty, 1);
        for_each_combination(2, 3, |_| panic!("no 3-combinations of 2 items"));
    }
}
