//! Checking a scenario against its case: the case it names, conditions it sets that the case
//! does not have, and what changed in the case since the scenario was saved.

use std::collections::BTreeMap;

use super::case::ValidCase;
use super::checker::{Checker, field};
use crate::core::diagnostics::{Finding, Segment, ValuePath};
use crate::core::lookup::IdSet;
use crate::core::model::{Case, ConditionState, Consequence};
use crate::core::prose::sentence_list;
use crate::core::scenario::Scenario;

/// Everything wrong with `scenario` for `case` (which must be the case it names), and what
/// changed in the case since the scenario was saved.
///
/// When the case's fingerprint differs from the one saved, the article changed: one warning
/// says so, and conditions the scenario sets that the case no longer has are warnings (they
/// were removed). When the fingerprint matches, such a condition is an error (a typo). Either
/// way, the scenario's `evidence` map is compared with the case: consequences whose evidence
/// changed, that are gone, or that are new each get a warning.
pub fn validate_scenario(scenario: &Scenario, case: &ValidCase) -> Vec<Finding> {
    let mut check = Checker::new();
    let case = case.case();
    if scenario.case_id != case.id {
        check.error(
            vec![field("case_id")],
            format!(
                "this scenario is for case `{}`, but the case file is `{}`",
                scenario.case_id, case.id
            ),
        );
    }
    let fingerprint = case.fingerprint();
    let saved = scenario
        .case_fingerprint
        .as_deref()
        .filter(|saved| !saved.trim().is_empty());
    let drifted = saved.is_some_and(|saved| saved != fingerprint);
    let evidence_changes = evidence_changes(scenario, case);
    if saved.is_none() {
        check.warning(
            vec![field("case_id")],
            format!(
                "this scenario does not record which version of the article it was made for (`case_fingerprint`), so Skenario cannot warn you if the article changes later; saving the scenario from the window adds it, or add `case_fingerprint: \"{fingerprint}\"`"
            ),
        );
    }
    if let Some(saved) = saved.filter(|_| drifted) {
        let detail = if scenario.evidence.is_empty() {
            format!(
                "; this scenario does not record which sentences its consequences rested on, so check that the conditions still mean what you meant, then write `case_fingerprint: \"{fingerprint}\"` (or save it from the window) so the warning stops"
            )
        } else if evidence_changes.is_empty() {
            "; the sentences behind every consequence are unchanged".to_owned()
        } else {
            String::new()
        };
        check.warning(
            vec![field("case_fingerprint")],
            format!(
                "the case's article changed since this scenario was saved (fingerprint {saved} is now {fingerprint}){detail}"
            ),
        );
    }
    for (path, message) in evidence_changes {
        check.warning(path, message);
    }
    let known: IdSet<'_> = case.conditions.iter().map(|c| c.id.as_str()).collect();
    for (condition_id, state) in &scenario.conditions {
        if known.contains(condition_id.as_str()) {
            continue;
        }
        let path = vec![field("conditions"), Segment::KeyName(condition_id.clone())];
        if drifted {
            check.warning(
                path,
                format!(
                    "condition `{condition_id}` is no longer in the case; its state ({state}) is ignored, and saving the scenario drops it"
                ),
            );
        } else {
            let hint = check.suggest(condition_id, &known);
            check.error(path, format!("unknown condition `{condition_id}`{hint}"));
        }
    }
    for group in &case.exclusive {
        let yes: Vec<&String> = group
            .iter()
            .filter(|id| scenario.state(id) == ConditionState::Yes)
            .collect();
        if let [first, second, ..] = yes.as_slice() {
            check.error(
                vec![field("conditions"), Segment::KeyName((*second).clone())],
                format!(
                    "conditions `{first}` and `{second}` are both yes, but the case says at most one of them can be; set one of them to no or unknown"
                ),
            );
        }
    }
    check.finish()
}

/// What the scenario's `evidence` map says changed in the case's consequences: by path, in
/// the map's order, then the consequences new since it was saved.
fn evidence_changes(scenario: &Scenario, case: &Case) -> Vec<(ValuePath, String)> {
    if scenario.evidence.is_empty() {
        return Vec::new();
    }
    let consequences: BTreeMap<&str, &Consequence> = case
        .consequences
        .iter()
        .map(|c| (c.id.as_str(), &**c))
        .collect();
    let mut changes = Vec::new();
    for (consequence_id, saved_hash) in &scenario.evidence {
        let path = vec![field("evidence"), Segment::KeyName(consequence_id.clone())];
        match consequences.get(consequence_id.as_str()) {
            None => changes.push((
                path,
                format!("consequence `{consequence_id}` is no longer in the case"),
            )),
            Some(consequence) if Scenario::evidence_hash(case, consequence) != *saved_hash => {
                changes.push((
                    path,
                    format!(
                        "the sentences behind consequence `{consequence_id}` changed since this scenario was saved; it now cites {}",
                        sentence_list(consequence.evidence.iter().map(|n| n.get()))
                    ),
                ));
            }
            Some(_) => {}
        }
    }
    for consequence in &case.consequences {
        if !scenario.evidence.contains_key(&consequence.id) {
            changes.push((
                vec![field("evidence")],
                format!(
                    "consequence `{}` is new since this scenario was saved",
                    consequence.id
                ),
            ));
        }
    }
    changes
}
