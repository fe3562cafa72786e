//! Walkthroughs: the steps of a lesson, where each stands, and predict-then-reveal.
//!
//! A step's condition changes apply on top of the previous steps', starting from every
//! condition unknown, so any step's states can be computed on its own (for "previous").

use super::model::{States, Walkthrough};

/// Where a walkthrough stands: a step, and whether its answer is revealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Progress {
    /// Index of the step.
    pub step: usize,
    /// Whether the answer (and what changed) is shown. Steps without a question are always
    /// revealed.
    pub revealed: bool,
}

impl Progress {
    /// The first step, with its question asked but not answered.
    pub fn start(walkthrough: &Walkthrough) -> Self {
        Self::asking(walkthrough, 0)
    }

    /// Step `step`, with its question asked but not answered (to preview it while editing).
    pub fn at(walkthrough: &Walkthrough, step: usize) -> Self {
        Self::asking(
            walkthrough,
            step.min(walkthrough.steps.len().saturating_sub(1)),
        )
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
    walkthrough.states_at(step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::language::Text;
    use crate::core::model::ConditionState;
    use crate::core::model::Step;

    fn step(question: bool, set: &[(&str, ConditionState)]) -> Step {
        let text = |s: &str| Text::new("en", s).and("id", s);
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
        let start = Progress::start(&w);
        assert_eq!(
            start,
            Progress {
                step: 0,
                revealed: false
            }
        );
        let revealed = start.next(&w).unwrap();
        assert_eq!(
            revealed,
            Progress {
                step: 0,
                revealed: true
            }
        );
        let second = revealed.next(&w).unwrap();
        assert_eq!(
            second,
            Progress {
                step: 1,
                revealed: true
            },
            "no question: shown at once"
        );
        let third = second.next(&w).unwrap();
        assert_eq!(
            third,
            Progress {
                step: 2,
                revealed: false
            }
        );
        let end = third.next(&w).unwrap();
        assert!(end.is_last(&w));
        assert_eq!(end.next(&w), None);
        assert_eq!(
            end.previous(&w),
            Some(Progress {
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
