//! Checking a case's walkthroughs: ids, the conditions, sentences and consequences each step
//! names, and answers that have a question to follow.

use std::collections::BTreeSet;

use crate::core::diagnostics::{Finding, Segment, Severity};
use crate::core::found::{ElementKind, Found};
use crate::core::model::{Case, ConditionState};

/// Problems in a case's walkthroughs: unknown ids, sentence numbers out of range, empty
/// walkthroughs, answers without questions.
pub fn validate(case: &Case) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut error = |path: Vec<Segment>, found: Found| {
        findings.push(Finding {
            severity: Severity::Error,
            path,
            found,
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
                Found::IdTwice(ElementKind::Walkthrough, walkthrough.id.clone()),
            );
        }
        if walkthrough.steps.is_empty() {
            error(at(&[Segment::Field("steps")]), Found::NoSteps);
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
                        Found::StepBothYes {
                            step: k + 1,
                            first: (*first).clone(),
                            second: (*second).clone(),
                        },
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
                        Found::StepUnknownCondition {
                            step: k + 1,
                            condition: condition_id.clone(),
                        },
                    );
                }
            }
            for (i, &number) in step.sentences.iter().enumerate() {
                if case.sentence(number).is_none() {
                    error(
                        step_at(&[Segment::Field("sentences"), Segment::Index(i)]),
                        Found::StepSentenceOutOfRange {
                            step: k + 1,
                            number: number.get(),
                            count: case.sentences.len(),
                        },
                    );
                }
            }
            for (i, consequence_id) in step.consequences.iter().enumerate() {
                if case.consequence(consequence_id).is_none() {
                    error(
                        step_at(&[Segment::Field("consequences"), Segment::Index(i)]),
                        Found::StepUnknownConsequence {
                            step: k + 1,
                            consequence: consequence_id.clone(),
                        },
                    );
                }
            }
            if step.answer.is_some() && step.question.is_none() {
                error(
                    step_at(&[Segment::Field("answer")]),
                    Found::AnswerWithoutQuestion(k + 1),
                );
            }
        }
    }
    findings
}
