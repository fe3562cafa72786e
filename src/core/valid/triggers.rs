//! Checking triggers: every id they name exists, no list is empty, consequences do not depend
//! on each other in a cycle, and no chain is too deep to follow.

use std::collections::{BTreeMap, VecDeque};

use super::checker::{Checker, field, joined};
use crate::core::diagnostics::{Segment, ValuePath};
use crate::core::found::Found;
use crate::core::limits::MAX_TRIGGER_DEPTH;
use crate::core::logic::{CompileError, Compiled, Truth};
use crate::core::lookup::IdSet;
use crate::core::model::{Case, Trigger};

/// The ids a trigger may name.
pub(super) struct References<'a> {
    /// Condition ids.
    pub(super) conditions: &'a IdSet<'a>,
    /// Consequence ids; none where a trigger may name only conditions (a condition's
    /// `applies_if`).
    pub(super) consequences: Option<&'a IdSet<'a>>,
}

/// Reports dangling ids and empty lists in `trigger`, found at `path`.
pub(super) fn check_trigger(
    check: &mut Checker,
    path: ValuePath,
    trigger: &Trigger,
    refs: &References<'_>,
) {
    match trigger {
        Trigger::Always => {}
        Trigger::Condition(id) => {
            if !refs.conditions.contains(id.as_str()) {
                let hint = check.suggest(id, refs.conditions);
                check.error(
                    joined(&path, Segment::Index(0)),
                    Found::UnknownCondition(id.clone(), hint),
                );
            }
        }
        Trigger::Consequence(id) => match refs.consequences {
            None => check.error(path, Found::AppliesIfNamesConsequence(id.clone())),
            Some(consequences) if !consequences.contains(id.as_str()) => {
                let hint = check.suggest(id, consequences);
                check.error(
                    joined(&path, Segment::Index(0)),
                    Found::UnknownConsequence(id.clone(), hint),
                );
            }
            Some(_) => {}
        },
        Trigger::Not(inner) => {
            check_trigger(check, joined(&path, Segment::Index(0)), inner, refs);
        }
        Trigger::All(items) | Trigger::Any(items) => {
            let list = joined(&path, Segment::Index(0));
            if items.is_empty() {
                let all = matches!(trigger, Trigger::All(_));
                check.error(list.clone(), Found::EmptyTriggerList { all });
            }
            for (k, item) in items.iter().enumerate() {
                check_trigger(check, joined(&list, Segment::Index(k)), item, refs);
            }
        }
    }
}

/// Compiles the triggers once, reporting a cycle and chains too deep to follow. Dangling ids
/// make compiling fail too; they are reported already.
pub(super) fn compile(check: &mut Checker, case: &Case) -> Option<Compiled> {
    match Compiled::new(case) {
        Ok(compiled) => {
            check_depth(check, case);
            check_rules(check, case, &compiled);
            Some(compiled)
        }
        Err(CompileError::ConditionCycle(cycle)) => {
            let first = cycle.first().cloned().unwrap_or_default();
            let index = case
                .conditions
                .iter()
                .position(|c| c.id == first)
                .unwrap_or(0);
            check.error(
                vec![
                    field("conditions"),
                    Segment::Index(index),
                    field("applies_if"),
                ],
                Found::AppliesIfCircle(cycle),
            );
            None
        }
        Err(CompileError::Cycle(cycle)) => {
            let first = cycle.first().cloned().unwrap_or_default();
            let index = case
                .consequences
                .iter()
                .position(|c| c.id == first)
                .unwrap_or(0);
            check.error(
                vec![
                    field("consequences"),
                    Segment::Index(index),
                    field("trigger"),
                ],
                Found::ConsequenceCycle(cycle),
            );
            None
        }
        Err(CompileError::UnknownCondition(_) | CompileError::UnknownConsequence(_)) => None,
    }
}

/// The most conditions tied together by rules that are tried in every combination to find a
/// condition that can never apply (2 to this power combinations).
const MAX_RULE_CONDITIONS: usize = 12;

/// Reports each condition with an `applies_if` that no combination of the conditions it is
/// tied to lets apply: its rules contradict each other (for example it applies only if a
/// condition is yes that it is exclusive with).
fn check_rules(check: &mut Checker, case: &Case, compiled: &Compiled) {
    let rules = compiled.rules();
    for (c, condition) in case.conditions.iter().enumerate() {
        if condition.applies_if.is_none() {
            continue;
        }
        let mut tied = vec![c];
        let mut pending = vec![c];
        while let Some(next) = pending.pop() {
            for related in rules.related(next) {
                if !tied.contains(&related) {
                    tied.push(related);
                    pending.push(related);
                }
            }
        }
        if tied.len() > MAX_RULE_CONDITIONS {
            continue;
        }
        let mut stated = vec![Truth::Unknown; case.conditions.len()];
        let can_apply = (0..1_u32 << tied.len()).any(|choice| {
            for (k, &t) in tied.iter().enumerate() {
                if let Some(slot) = stated.get_mut(t) {
                    *slot = if choice & (1 << k) == 0 {
                        Truth::True
                    } else {
                        Truth::False
                    };
                }
            }
            rules.contradiction(&stated).is_none()
                && rules.resolve(&stated).get(c) == Some(&Truth::True)
        });
        if !can_apply {
            let ids: Vec<&str> = tied
                .iter()
                .filter_map(|&t| case.conditions.get(t))
                .map(|t| t.id.as_str())
                .collect();
            let sets: Vec<Vec<String>> = case
                .exclusive
                .iter()
                .filter(|set| set.iter().any(|id| ids.contains(&id.as_str())))
                .cloned()
                .collect();
            check.error(
                vec![field("conditions"), Segment::Index(c), field("applies_if")],
                Found::NeverApplies {
                    condition: condition.id.clone(),
                    sets,
                },
            );
        }
    }
}

/// Reports each consequence whose evaluation would go deeper than [`MAX_TRIGGER_DEPTH`] while
/// everything it builds on stays within it: the place where the chain becomes too deep. Needs
/// a case without cycles or dangling ids; walks the chains without recursion.
fn check_depth(check: &mut Checker, case: &Case) {
    let index: BTreeMap<&str, usize> = case
        .consequences
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let builds_on: Vec<Vec<usize>> = case
        .consequences
        .iter()
        .map(|c| {
            let mut found = Vec::new();
            consequences_named(&c.trigger, &index, &mut found);
            found.sort_unstable();
            found.dedup();
            found
        })
        .collect();
    let mut waiting_on: Vec<usize> = builds_on.iter().map(Vec::len).collect();
    let mut dependents = vec![Vec::new(); case.consequences.len()];
    for (i, targets) in builds_on.iter().enumerate() {
        for &target in targets {
            if let Some(list) = dependents.get_mut(target) {
                list.push(i);
            }
        }
    }
    let mut depths = vec![0_usize; case.consequences.len()];
    let mut ready: VecDeque<usize> = (0..case.consequences.len())
        .filter(|&i| waiting_on.get(i) == Some(&0))
        .collect();
    while let Some(i) = ready.pop_front() {
        let (Some(consequence), Some(targets)) = (case.consequences.get(i), builds_on.get(i))
        else {
            continue;
        };
        let depth = trigger_depth(&consequence.trigger, &index, &depths);
        if let Some(slot) = depths.get_mut(i) {
            *slot = depth;
        }
        let inherited = targets
            .iter()
            .any(|&t| depths.get(t).copied().unwrap_or(0) > MAX_TRIGGER_DEPTH);
        if depth > MAX_TRIGGER_DEPTH && !inherited {
            check.error(
                vec![field("consequences"), Segment::Index(i), field("trigger")],
                Found::ChainTooDeep {
                    consequence: consequence.id.clone(),
                    depth,
                    limit: MAX_TRIGGER_DEPTH,
                },
            );
        }
        for &dependent in dependents.get(i).map_or(&[][..], Vec::as_slice) {
            if let Some(count) = waiting_on.get_mut(dependent) {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    ready.push_back(dependent);
                }
            }
        }
    }
}

/// The consequences `trigger` names directly (recursion bounded by the parser's nesting limit).
fn consequences_named(trigger: &Trigger, index: &BTreeMap<&str, usize>, found: &mut Vec<usize>) {
    match trigger {
        Trigger::Always | Trigger::Condition(_) => {}
        Trigger::Consequence(id) => found.extend(index.get(id.as_str())),
        Trigger::Not(inner) => consequences_named(inner, index, found),
        Trigger::All(items) | Trigger::Any(items) => {
            for item in items {
                consequences_named(item, index, found);
            }
        }
    }
}

/// How deep evaluating `trigger` goes, given the depth of each consequence it may name.
fn trigger_depth(trigger: &Trigger, index: &BTreeMap<&str, usize>, depths: &[usize]) -> usize {
    let inner = match trigger {
        Trigger::Always | Trigger::Condition(_) => 0,
        Trigger::Consequence(id) => index
            .get(id.as_str())
            .and_then(|&i| depths.get(i))
            .copied()
            .unwrap_or(0),
        Trigger::Not(inner) => trigger_depth(inner, index, depths),
        Trigger::All(items) | Trigger::Any(items) => items
            .iter()
            .map(|item| trigger_depth(item, index, depths))
            .max()
            .unwrap_or(0),
    };
    inner.saturating_add(1)
}
