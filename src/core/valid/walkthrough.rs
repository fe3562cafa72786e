//! Checking a case's walkthroughs: ids, the conditions, sentences and consequences each step
//! names, and answers that have a question to follow.

use std::collections::BTreeSet;

use crate::core::diagnostics::{Finding, Segment, Severity};
use crate::core::model::{Case, ConditionState};

/// Problems in a case's walkthroughs: unknown ids, sentence numbers out of range, empty
/// walkthroughs, answers without questions.
pub fn validate(case: &Case) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut error = |path: Vec<Segment>, message: String| {
        findings.push(Finding {
            severity: Severity::Error,
            path,
            message,
        });
    };
    let mut seen = BTreeSet::new();
    for (w, walkthrough) in case.walkthroughs.iter().enumerate() {
        let at = |rest: &[Segment]| {
            let mut path = vec![Segment::Field("walkthroughs"), Segment::Index(w)];
            path.extend_from_slice(rest);
            path
        };
        if !seen.insert(walkthrough.id.as_str()) {
            error(
                at(&[Segment::Field("id")]),
                format!("walkthrough id `{}` is used twice", walkthrough.id),
            );
        }
        if walkthrough.steps.is_empty() {
            error(
                at(&[Segment::Field("steps")]),
                "a walkthrough needs at least one step".to_owned(),
            );
        }
        // The states so far: each step's changes apply on top of the ones before.
        let mut yes: BTreeSet<&str> = BTreeSet::new();
        let mut contradicted = false;
        for (k, step) in walkthrough.steps.iter().enumerate() {
            let step_at = |rest: &[Segment]| {
                let mut path = at(&[Segment::Field("steps"), Segment::Index(k)]);
                path.extend_from_slice(rest);
                path
            };
            for (condition_id, state) in &step.set {
                if *state == ConditionState::Yes {
                    yes.insert(condition_id);
                } else {
                    yes.remove(condition_id.as_str());
                }
            }
            for set in &case.exclusive {
                if contradicted {
                    break;
                }
                if let [first, second, ..] = set
                    .iter()
                    .filter(|id| yes.contains(id.as_str()))
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    error(
                        step_at(&[Segment::Field("set")]),
                        format!(
                            "after walkthrough step {}, `{first}` and `{second}` are both yes, but the case says at most one of them can be; set the other one to no or unknown in this step",
                            k + 1
                        ),
                    );
                    contradicted = true;
                }
            }
            for condition_id in step.set.keys() {
                if case.condition(condition_id).is_none() {
                    error(
                        step_at(&[
                            Segment::Field("set"),
                            Segment::KeyName(condition_id.clone()),
                        ]),
                        format!(
                            "unknown condition `{condition_id}` in walkthrough step {}",
                            k + 1
                        ),
                    );
                }
            }
            for (i, &number) in step.sentences.iter().enumerate() {
                if case.sentence(number).is_none() {
                    error(
                        step_at(&[Segment::Field("sentences"), Segment::Index(i)]),
                        format!(
                            "walkthrough step {} points at sentence {number}, but the article has sentences 1 to {}",
                            k + 1,
                            case.sentences.len()
                        ),
                    );
                }
            }
            for (i, consequence_id) in step.consequences.iter().enumerate() {
                if case.consequence(consequence_id).is_none() {
                    error(
                        step_at(&[Segment::Field("consequences"), Segment::Index(i)]),
                        format!(
                            "unknown consequence `{consequence_id}` in walkthrough step {}",
                            k + 1
                        ),
                    );
                }
            }
            if step.answer.is_some() && step.question.is_none() {
                error(
                    step_at(&[Segment::Field("answer")]),
                    format!(
                        "walkthrough step {} has an answer but no question to reveal it after",
                        k + 1
                    ),
                );
            }
        }
    }
    findings
}
