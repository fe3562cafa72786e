//! Walkthroughs: the steps of a lesson, where each stands, and predict-then-reveal.
//!
//! A step's condition changes apply on top of the previous steps', starting from every
//! condition unknown, so any step's states can be computed on its own (for "previous").

use super::Case;
use super::model::{ConditionState, States, Walkthrough};
use super::source_map::Segment;
use super::valid::{Finding, Severity};

/// Where a walkthrough stands: a step, and whether its answer is revealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// Index of the step.
    pub step: usize,
    /// Whether the answer (and what changed) is shown. Steps without a question are always
    /// revealed.
    pub revealed: bool,
}

impl Position {
    /// The first step, with its question asked but not answered.
    pub fn start(walkthrough: &Walkthrough) -> Self {
        Self::asking(walkthrough, 0)
    }

    fn asking(walkthrough: &Walkthrough, step: usize) -> Self {
        Self {
            step,
            revealed: !has_question(walkthrough, step),
        }
    }

    /// After the next key press: reveal the answer, or go to the next step. None at the end.
    pub fn next(self, walkthrough: &Walkthrough) -> Option<Self> {
        if !self.revealed {
            return Some(Self {
                revealed: true,
                ..self
            });
        }
        let step = self.step + 1;
        (step < walkthrough.steps.len()).then(|| Self::asking(walkthrough, step))
    }

    /// After "previous": the previous step, revealed (it was seen already). None at the start.
    pub fn previous(self, walkthrough: &Walkthrough) -> Option<Self> {
        let step = self.step.checked_sub(1)?;
        (step < walkthrough.steps.len()).then_some(Self {
            step,
            revealed: true,
        })
    }

    /// Whether this is the last thing to show.
    pub fn is_last(self, walkthrough: &Walkthrough) -> bool {
        self.next(walkthrough).is_none()
    }
}

fn has_question(walkthrough: &Walkthrough, step: usize) -> bool {
    walkthrough
        .steps
        .get(step)
        .is_some_and(|s| s.question.is_some())
}

/// The condition states at `step`: every change up to and including it, applied in order to
/// all-unknown. Unknown states are left out, as in a scenario.
pub fn states_at(walkthrough: &Walkthrough, step: usize) -> States {
    let mut states = States::new();
    for s in walkthrough.steps.iter().take(step.saturating_add(1)) {
        for (condition_id, state) in &s.set {
            if *state == ConditionState::Unknown {
                states.remove(condition_id);
            } else {
                states.insert(condition_id.clone(), *state);
            }
        }
    }
    states
}

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
    let mut seen = std::collections::BTreeSet::new();
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
        for (k, step) in walkthrough.steps.iter().enumerate() {
            let step_at = |rest: &[Segment]| {
                let mut path = at(&[Segment::Field("steps"), Segment::Index(k)]);
                path.extend_from_slice(rest);
                path
            };
            for condition_id in step.set.keys() {
                if case.condition(condition_id).is_none() {
                    error(
                        step_at(&[Segment::Field("set"), Segment::Key(condition_id.clone())]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Step, Text};

    fn step(question: bool, set: &[(&str, ConditionState)]) -> Step {
        let text = |s: &str| Text {
            en: s.to_owned(),
            id: s.to_owned(),
        };
        Step {
            title: text("t"),
            narration: text("n"),
            set: set.iter().map(|(id, s)| ((*id).to_owned(), *s)).collect(),
            sentences: Vec::new(),
            consequences: Vec::new(),
            question: question.then(|| text("q")),
            answer: question.then(|| text("a")),
        }
    }

    fn walkthrough(steps: Vec<Step>) -> Walkthrough {
        Walkthrough {
            id: "w".to_owned(),
            title: Text::default(),
            steps,
        }
    }

    use ConditionState::{No, Unknown, Yes};

    #[test]
    fn a_question_is_asked_then_revealed_then_the_next_step_comes() {
        let w = walkthrough(vec![step(true, &[]), step(false, &[]), step(true, &[])]);
        let start = Position::start(&w);
        assert_eq!(
            start,
            Position {
                step: 0,
                revealed: false
            }
        );
        let revealed = start.next(&w).unwrap();
        assert_eq!(
            revealed,
            Position {
                step: 0,
                revealed: true
            }
        );
        let second = revealed.next(&w).unwrap();
        assert_eq!(
            second,
            Position {
                step: 1,
                revealed: true
            },
            "no question: shown at once"
        );
        let third = second.next(&w).unwrap();
        assert_eq!(
            third,
            Position {
                step: 2,
                revealed: false
            }
        );
        let end = third.next(&w).unwrap();
        assert!(end.is_last(&w));
        assert_eq!(end.next(&w), None);
        assert_eq!(
            end.previous(&w),
            Some(Position {
                step: 1,
                revealed: true
            })
        );
        assert_eq!(start.previous(&w), None);
    }

    #[test]
    fn states_accumulate_step_by_step_and_unknown_clears() {
        let w = walkthrough(vec![
            step(false, &[("a", Yes)]),
            step(false, &[("b", No)]),
            step(false, &[("a", Unknown), ("c", Yes)]),
        ]);
        let names = |states: States| states.into_iter().collect::<Vec<_>>();
        assert_eq!(names(states_at(&w, 0)), vec![("a".to_owned(), Yes)]);
        assert_eq!(
            names(states_at(&w, 1)),
            vec![("a".to_owned(), Yes), ("b".to_owned(), No)]
        );
        assert_eq!(
            names(states_at(&w, 2)),
            vec![("b".to_owned(), No), ("c".to_owned(), Yes)]
        );
    }
}
