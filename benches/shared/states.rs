//! Condition states the benches evaluate with, shared by `core.rs` and `edit.rs`.

use skenario::core::{Case, ConditionState, States};

/// A third of the conditions yes, a third no, the rest unknown (for the shipped case:
/// ceasefire yes, US joins no, Russia keeps rejecting unknown).
pub fn mixed_states(case: &Case) -> States {
    case.conditions
        .iter()
        .enumerate()
        .filter_map(|(i, condition)| {
            let state = match i % 3 {
                0 => ConditionState::Yes,
                1 => ConditionState::No,
                _ => return None,
            };
            Some((condition.id.clone(), state))
        })
        .collect()
}
