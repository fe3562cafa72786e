//! Evaluation: what follows from a set of condition states, why, and what would have to change.
//!
//! Pure and deterministic: the same case and states always give the same [`Evaluation`].

mod outcome;
mod search;

pub use outcome::{ConditionLock, Evaluation, Outcome, Setting, Status};
pub use search::MAX_ALTERNATIVES;

use search::Search;

use crate::core::ids::{ConditionIx, TensionIx};
use crate::core::logic::{Lock, Truth};
use crate::core::model::{ConditionState, States};
use crate::core::valid::ValidCase;

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

    let mut search = Search::new(case, &condition_states, &truths);
    let outcomes = values
        .iter()
        .enumerate()
        .map(|(index, &truth)| search.outcome(index, truth))
        .collect();
    let tensions = (0..case.case().tensions.len())
        .filter(|&t| compiled.tension(t, &truths, &values) == Truth::True)
        .map(TensionIx)
        .collect();
    let rules = compiled.rules();
    let locks = rules
        .locks(&truths)
        .into_iter()
        .map(|lock| {
            lock.map(|lock| match lock {
                Lock::NotApplicable => ConditionLock::NotApplicable,
                Lock::ExcludedBy(partner) => ConditionLock::ExcludedBy(ConditionIx(partner)),
            })
        })
        .collect();
    Evaluation {
        states: condition_states,
        outcomes,
        tensions,
        locks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::ConditionIx;

    /// A case whose one consequence `x` needs all of `n` conditions.
    fn all_of(n: usize) -> ValidCase {
        let sentences = crate::core::fixtures::sentences(n + 1);
        let conditions = crate::core::fixtures::conditions(n);
        let all: Vec<String> = (0..n).map(|i| format!("condition(\"c{i}\")")).collect();
        let text = format!(
            "(format_version: 1, id: \"t\", title: (en: \"T\", id: \"T\"), sentences: [{sentences}], actors: [(id: \"a\", name: (en: \"A\", id: \"A\"))], conditions: [{conditions}], consequences: [(id: \"x\", title: (en: \"x\", id: \"x\"), actor: \"a\", kind: position, firmness: stated, trigger: all([{}]), evidence: [{}])])",
            all.join(", "),
            n + 1
        );
        crate::core::load::parse_case(&text)
            .expect("the test case is valid")
            .0
    }

    #[test]
    fn would_follow_if_needs_every_condition_of_a_long_all() {
        // Eight conditions: the search goes through 3^8 - 1 trials, more than one batch
        // per combination at the last size, and finds the one way.
        let case = all_of(8);
        let x = evaluate(&case, &States::new()).outcomes.remove(0);
        assert_eq!(x.status, Status::Depends);
        assert_eq!(x.depends_on, (0..8).map(ConditionIx).collect::<Vec<_>>());
        let all_yes: Vec<Setting> = (0..8)
            .map(|condition| Setting {
                condition: ConditionIx(condition),
                state: ConditionState::Yes,
            })
            .collect();
        assert_eq!(x.would_follow_if, vec![all_yes]);
        assert!(!x.search_cut_short);

        // One condition already no: the one change that matters is that one.
        let states = States::from([("c5".to_owned(), ConditionState::No)]);
        let x = evaluate(&case, &states).outcomes.remove(0);
        assert_eq!(x.status, Status::DoesNotFollow);
        assert_eq!(
            x.because,
            vec![Setting {
                condition: ConditionIx(5),
                state: ConditionState::No
            }]
        );
    }

    #[test]
    fn would_follow_if_stops_at_its_budget() {
        // Ten conditions would take 3^10 - 1 trials, more than the budget.
        let x = evaluate(&all_of(10), &States::new()).outcomes.remove(0);
        assert!(x.would_follow_if.is_empty());
        assert!(x.search_cut_short);
    }
}
