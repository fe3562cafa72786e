//! Checking a scenario against its case: the case it names, conditions it sets that the case
//! does not have, and what changed in the case since the scenario was saved.

use std::collections::BTreeMap;

use super::case::ValidCase;
use super::checker::{Checker, field};
use crate::core::diagnostics::{Finding, Segment, ValuePath};
use crate::core::found::{DriftDetail, Found};
use crate::core::lookup::IdSet;
use crate::core::model::{Case, ConditionState, Consequence};
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
    let mut check = Checker::new(&[]);
    let case = case.case();
    if scenario.case_id != case.id {
        check.error(
            vec![field("case_id")],
            Found::ScenarioForOtherCase {
                scenario: scenario.case_id.clone(),
                case: case.id.clone(),
            },
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
            Found::NoFingerprint(fingerprint.clone()),
        );
    }
    if let Some(saved) = saved.filter(|_| drifted) {
        let detail = if scenario.evidence.is_empty() {
            DriftDetail::NothingRecorded(fingerprint.clone())
        } else if evidence_changes.is_empty() {
            DriftDetail::EvidenceUnchanged
        } else {
            DriftDetail::Listed
        };
        check.warning(
            vec![field("case_fingerprint")],
            Found::ArticleChanged {
                saved: saved.to_owned(),
                now: fingerprint.clone(),
                detail,
            },
        );
    }
    for (path, found) in evidence_changes {
        check.warning(path, found);
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
                Found::ConditionGone {
                    condition: condition_id.clone(),
                    state: state.to_string(),
                },
            );
        } else {
            let hint = check.suggest(condition_id, &known);
            check.error(path, Found::UnknownCondition(condition_id.clone(), hint));
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
                Found::BothYes {
                    first: (*first).clone(),
                    second: (*second).clone(),
                },
            );
        }
    }
    check.finish()
}

/// What the scenario's `evidence` map says changed in the case's consequences: by path, in
/// the map's order, then the consequences new since it was saved.
fn evidence_changes(scenario: &Scenario, case: &Case) -> Vec<(ValuePath, Found)> {
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
            None => changes.push((path, Found::ConsequenceGone(consequence_id.clone()))),
            Some(consequence) if Scenario::evidence_hash(case, consequence) != *saved_hash => {
                changes.push((
                    path,
                    Found::EvidenceChanged {
                        consequence: consequence_id.clone(),
                        now: consequence.evidence.iter().map(|n| n.get()).collect(),
                    },
                ));
            }
            Some(_) => {}
        }
    }
    for consequence in &case.consequences {
        if !scenario.evidence.contains_key(&consequence.id) {
            changes.push((
                vec![field("evidence")],
                Found::ConsequenceNew(consequence.id.clone()),
            ));
        }
    }
    changes
}
