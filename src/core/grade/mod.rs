//! A student's reading compared with the teacher's case (the key): which of the student's
//! conditions and consequences answer which of the key's ([`matching`]), and for each pair
//! the sentences cited, the firmness ([`wording`] finds the word that decides it), the trigger
//! ([`trigger`]: equivalent or not over every combination), the actor and the claimant; what
//! the key has that the student missed, and what the student found that the key lacks. Pure:
//! the same two cases always give the same grade, whatever order the student's elements are in.

pub mod class;
pub mod expand;
pub mod matching;
pub mod trigger;
pub mod wording;

use expand::{Lookup, Side, written_out};
use matching::{Element, Vocabulary, assign};
use trigger::{Scratch, TriggerPair, TriggerVerdict, Variable, compare_triggers};
use wording::{Marker, marker_of};

use super::ids::{ConditionIx, ConsequenceIx, SentenceNo};
use super::model::{Case, Firmness};
use super::valid::ValidCase;

/// A part of a whole: `part` of `whole` (a whole of 0 is a perfect score: nothing to find).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ratio {
    /// How many.
    pub part: usize,
    /// Out of how many.
    pub whole: usize,
}

impl Ratio {
    /// The ratio as a number from 0 to 1 (1 when the whole is 0).
    pub fn value(self) -> f64 {
        if self.whole == 0 {
            1.0
        } else {
            self.part as f64 / self.whole as f64
        }
    }

    fn add(self, other: Self) -> Self {
        Self {
            part: self.part + other.part,
            whole: self.whole + other.whole,
        }
    }
}

/// The sentences two paired elements cite, compared.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentences {
    /// Cited by both.
    pub common: Vec<SentenceNo>,
    /// Cited by the key only.
    pub missed: Vec<SentenceNo>,
    /// Cited by the student only.
    pub extra: Vec<SentenceNo>,
}

impl Sentences {
    /// Compares two sorted lists without repeats.
    fn between(key: &[SentenceNo], student: &[SentenceNo]) -> Self {
        let mut sentences = Self::default();
        for &number in key {
            if student.binary_search(&number).is_ok() {
                sentences.common.push(number);
            } else {
                sentences.missed.push(number);
            }
        }
        sentences.extra = student
            .iter()
            .filter(|n| key.binary_search(n).is_err())
            .copied()
            .collect();
        sentences
    }

    /// Of the student's sentences, those the key cites too.
    pub fn precision(&self) -> Ratio {
        Ratio {
            part: self.common.len(),
            whole: self.common.len() + self.extra.len(),
        }
    }

    /// Of the key's sentences, those the student cites too.
    pub fn recall(&self) -> Ratio {
        Ratio {
            part: self.common.len(),
            whole: self.common.len() + self.missed.len(),
        }
    }
}

/// A condition of the student's paired with one of the key's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionGrade {
    /// The key's condition.
    pub key: ConditionIx,
    /// The student's condition.
    pub student: ConditionIx,
    /// The sentences each cites.
    pub sentences: Sentences,
}

/// How the student's firmness compares with the key's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirmnessGrade {
    /// The same firmness.
    Same,
    /// Another firmness than the key's.
    Differs {
        /// The key's.
        key: Firmness,
        /// The student's.
        student: Firmness,
        /// The word of the key's firmness in the key's sentences, when there is one.
        marker: Option<Marker>,
    },
}

/// A consequence of the student's paired with one of the key's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsequenceGrade {
    /// The key's consequence.
    pub key: ConsequenceIx,
    /// The student's consequence.
    pub student: ConsequenceIx,
    /// The sentences each cites.
    pub sentences: Sentences,
    /// The firmness.
    pub firmness: FirmnessGrade,
    /// The trigger.
    pub trigger: TriggerVerdict,
    /// Whether the student names the same actor.
    pub actor_same: bool,
    /// Whether the student names the same claimant (or none, as the key).
    pub claimant_same: bool,
    /// Whether the student chose the same kind.
    pub kind_same: bool,
}

/// The totals of a grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// The key's consequences the student found.
    pub consequences: Ratio,
    /// The student's consequences the key lacks.
    pub consequences_not_in_key: usize,
    /// The key's conditions the student found.
    pub conditions: Ratio,
    /// The student's conditions the key lacks.
    pub conditions_not_in_key: usize,
    /// Of the sentences the student cites for consequences found, those the key cites too.
    pub precision: Ratio,
    /// Of the sentences the key cites for its consequences, those the student cites for them.
    pub recall: Ratio,
    /// Consequences found with the key's firmness.
    pub firmness_same: Ratio,
    /// Consequences found with a trigger equivalent to the key's.
    pub triggers_equivalent: Ratio,
    /// Consequences found with the key's actor.
    pub actor_same: Ratio,
    /// Consequences found with the key's claimant.
    pub claimant_same: Ratio,
}

/// A student's case compared with the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// Conditions paired, in the key's order.
    pub conditions: Vec<ConditionGrade>,
    /// The key's conditions the student did not find, in the key's order.
    pub missed_conditions: Vec<ConditionIx>,
    /// The student's conditions the key lacks, by their first sentence.
    pub extra_conditions: Vec<ConditionIx>,
    /// Consequences paired, in the key's order.
    pub consequences: Vec<ConsequenceGrade>,
    /// The key's consequences the student did not find, in the key's order.
    pub missed_consequences: Vec<ConsequenceIx>,
    /// The student's consequences the key lacks, by their first sentence.
    pub extra_consequences: Vec<ConsequenceIx>,
    /// The totals.
    pub summary: Summary,
}

/// Why a student's case cannot be compared with the key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GradeError {
    /// The student's exercise was made from another case.
    #[error("it is an exercise of the case `{made_from}`, not of `{key}`")]
    OtherCase {
        /// The case the exercise names.
        made_from: String,
        /// The key's id.
        key: String,
    },
    /// The student's sentences are not the key's.
    #[error(
        "its sentences are not the key's (fingerprint {student}, the key's {key}); grading compares cited sentences by number, so the student's file must be an exercise made from the key"
    )]
    OtherArticle {
        /// The fingerprint of the student's sentences.
        student: String,
        /// The fingerprint of the key's.
        key: String,
    },
}

/// Compares `student` with `key`.
pub fn grade(key: &ValidCase, student: &ValidCase) -> Result<Grade, GradeError> {
    Key::new(key).grade(student)
}

/// The key read once, to grade a class against: its elements as the matching sees them, the
/// words of its titles, and the fingerprint of its sentences.
pub struct Key<'a> {
    valid: &'a ValidCase,
    fingerprint: String,
    vocabulary: Vocabulary,
    conditions: Vec<Element>,
    consequences: Vec<Element>,
    lookup: Lookup<'a>,
    variables: Vec<Variable>,
}

impl<'a> Key<'a> {
    /// `key`, read for grading.
    pub fn new(key: &'a ValidCase) -> Self {
        let case = key.case();
        let mut vocabulary = Vocabulary::default();
        let conditions = case
            .conditions
            .iter()
            .map(|c| vocabulary.element(&c.evidence, &c.label, &c.id))
            .collect();
        let consequences = case
            .consequences
            .iter()
            .map(|c| vocabulary.element(&c.evidence, &c.title, &c.id))
            .collect();
        Self {
            valid: key,
            fingerprint: case.fingerprint(),
            vocabulary,
            conditions,
            consequences,
            lookup: Lookup::of(case),
            variables: (0..case.conditions.len())
                .map(|c| Variable::Key(ConditionIx(c)))
                .collect(),
        }
    }

    /// Compares `student` with the key.
    pub fn grade(&self, student: &ValidCase) -> Result<Grade, GradeError> {
        let key = self.valid;
        let (key_case, student_case) = (key.case(), student.case());
        if let Some(exercise) = &student_case.exercise
            && exercise.from_case != key_case.id
        {
            return Err(GradeError::OtherCase {
                made_from: exercise.from_case.clone(),
                key: key_case.id.clone(),
            });
        }
        let student_print = student_case.fingerprint();
        if self.fingerprint != student_print {
            return Err(GradeError::OtherArticle {
                student: student_print,
                key: self.fingerprint.clone(),
            });
        }
        let mut vocabulary = self.vocabulary.clone();
        let student_conditions: Vec<Element> = student_case
            .conditions
            .iter()
            .map(|c| vocabulary.element(&c.evidence, &c.label, &c.id))
            .collect();
        let student_consequences: Vec<Element> = student_case
            .consequences
            .iter()
            .map(|c| vocabulary.element(&c.evidence, &c.title, &c.id))
            .collect();
        Ok(self.compare(student, &student_conditions, &student_consequences))
    }

    fn compare(
        &self,
        student: &ValidCase,
        student_conditions: &[Element],
        student_consequences: &[Element],
    ) -> Grade {
        let key = self.valid;
        let (key_case, student_case) = (key.case(), student.case());
        let key_conditions = &self.conditions;
        let key_consequences = &self.consequences;
        let condition_pairs = assign(key_conditions, student_conditions);
        let mut condition_map = vec![None; student_conditions.len()];
        for &(k, s) in &condition_pairs {
            if let Some(slot) = condition_map.get_mut(s) {
                *slot = Some(ConditionIx(k));
            }
        }
        let conditions: Vec<ConditionGrade> = condition_pairs
            .iter()
            .filter_map(|&(k, s)| {
                Some(ConditionGrade {
                    key: ConditionIx(k),
                    student: ConditionIx(s),
                    sentences: Sentences::between(
                        &key_conditions.get(k)?.sentences,
                        &student_conditions.get(s)?.sentences,
                    ),
                })
            })
            .collect();
        let consequence_pairs = assign(key_consequences, student_consequences);
        let mut scratch = Scratch::default();
        // Without rules among the conditions, triggers written out alike need no combination tried.
        let without_rules =
            key.compiled().rules().is_empty() && student.compiled().rules().is_empty();
        let student_lookup = Lookup::of(student_case);
        let student_variables: Vec<Variable> = condition_map
            .iter()
            .enumerate()
            .map(|(c, mapped)| mapped.map_or(Variable::StudentOnly(ConditionIx(c)), Variable::Key))
            .collect();
        let key_side = Side {
            case: key_case,
            lookup: &self.lookup,
            variables: &self.variables,
        };
        let student_side = Side {
            case: student_case,
            lookup: &student_lookup,
            variables: &student_variables,
        };
        let consequences: Vec<ConsequenceGrade> = consequence_pairs
            .iter()
            .filter_map(|&(k, s)| {
                let key_element = key_consequences.get(k)?;
                let (key_c, student_c) = (
                    key_case.consequences.get(k)?,
                    student_case.consequences.get(s)?,
                );
                let firmness = if key_c.firmness == student_c.firmness {
                    FirmnessGrade::Same
                } else {
                    FirmnessGrade::Differs {
                        key: key_c.firmness,
                        student: student_c.firmness,
                        marker: marker_of(key_case, &key_element.sentences, key_c.firmness),
                    }
                };
                let alike = without_rules
                    && written_out(&key_side, k).is_some_and(|key_expr| {
                        written_out(&student_side, s)
                            .is_some_and(|student_expr| key_expr == student_expr)
                    });
                let trigger = if alike {
                    TriggerVerdict::Equivalent
                } else {
                    compare_triggers(
                        &TriggerPair {
                            key,
                            key_consequence: ConsequenceIx(k),
                            student,
                            student_consequence: ConsequenceIx(s),
                            condition_map: &condition_map,
                        },
                        &mut scratch,
                    )
                };
                Some(ConsequenceGrade {
                    key: ConsequenceIx(k),
                    student: ConsequenceIx(s),
                    sentences: Sentences::between(
                        &key_element.sentences,
                        &student_consequences.get(s)?.sentences,
                    ),
                    firmness,
                    trigger,
                    actor_same: same_actor(key_case, &key_c.actor, student_case, &student_c.actor),
                    claimant_same: match (&key_c.claimant, &student_c.claimant) {
                        (None, None) => true,
                        (Some(k), Some(s)) => same_actor(key_case, k, student_case, s),
                        _ => false,
                    },
                    kind_same: key_c.kind == student_c.kind,
                })
            })
            .collect();

        let missed = |count: usize, pairs: &[(usize, usize)]| -> Vec<usize> {
            let mut paired = vec![false; count];
            for &(k, _) in pairs {
                if let Some(slot) = paired.get_mut(k) {
                    *slot = true;
                }
            }
            (0..count)
                .filter(|&i| !paired.get(i).copied().unwrap_or(false))
                .collect()
        };
        let extra = |elements: &[Element], pairs: &[(usize, usize)]| -> Vec<usize> {
            let mut paired = vec![false; elements.len()];
            for &(_, s) in pairs {
                if let Some(slot) = paired.get_mut(s) {
                    *slot = true;
                }
            }
            let mut extra: Vec<usize> = (0..elements.len())
                .filter(|&i| !paired.get(i).copied().unwrap_or(false))
                .collect();
            extra.sort_by_key(|&i| {
                elements
                    .get(i)
                    .map(|e| (e.sentences.first().copied(), &e.tie))
            });
            extra
        };
        let mut grade = Grade {
            missed_conditions: missed(key_conditions.len(), &condition_pairs)
                .into_iter()
                .map(ConditionIx)
                .collect(),
            extra_conditions: extra(student_conditions, &condition_pairs)
                .into_iter()
                .map(ConditionIx)
                .collect(),
            missed_consequences: missed(key_consequences.len(), &consequence_pairs)
                .into_iter()
                .map(ConsequenceIx)
                .collect(),
            extra_consequences: extra(student_consequences, &consequence_pairs)
                .into_iter()
                .map(ConsequenceIx)
                .collect(),
            conditions,
            consequences,
            summary: Summary::default(),
        };
        grade.summary = summarise(&grade, key_consequences, key_conditions.len());
        grade
    }
}

/// Whether two actor ids name the same actor: the same id (the exercise keeps the key's
/// actors), or actors of the same name.
fn same_actor(key: &Case, key_actor: &str, student: &Case, student_actor: &str) -> bool {
    key_actor == student_actor
        || matches!(
            (key.actor(key_actor), student.actor(student_actor)),
            (Some(k), Some(s)) if k.name == s.name
        )
}

fn summarise(grade: &Grade, key_consequences: &[Element], key_conditions: usize) -> Summary {
    let found = grade.consequences.len();
    let count = |test: &dyn Fn(&ConsequenceGrade) -> bool| Ratio {
        part: grade.consequences.iter().filter(|c| test(c)).count(),
        whole: found,
    };
    let precision = grade
        .consequences
        .iter()
        .fold(Ratio::default(), |sum, c| sum.add(c.sentences.precision()));
    let recall = Ratio {
        part: grade
            .consequences
            .iter()
            .map(|c| c.sentences.common.len())
            .sum(),
        whole: key_consequences.iter().map(|e| e.sentences.len()).sum(),
    };
    Summary {
        consequences: Ratio {
            part: found,
            whole: key_consequences.len(),
        },
        consequences_not_in_key: grade.extra_consequences.len(),
        conditions: Ratio {
            part: grade.conditions.len(),
            whole: key_conditions,
        },
        conditions_not_in_key: grade.extra_conditions.len(),
        precision,
        recall,
        firmness_same: count(&|c| c.firmness == FirmnessGrade::Same),
        triggers_equivalent: count(&|c| c.trigger == TriggerVerdict::Equivalent),
        actor_same: count(&|c| c.actor_same),
        claimant_same: count(&|c| c.claimant_same),
    }
}

/// The sentences the key cites (for its conditions and consequences), sorted.
pub fn key_sentences(case: &Case) -> Vec<SentenceNo> {
    let mut numbers: Vec<SentenceNo> = case
        .conditions
        .iter()
        .flat_map(|c| c.evidence.iter())
        .chain(case.consequences.iter().flat_map(|c| c.evidence.iter()))
        .copied()
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// Whether `grade` says the student's reading is the key's in every respect.
pub fn is_perfect(grade: &Grade) -> bool {
    let s = &grade.summary;
    let full = |r: Ratio| r.part == r.whole;
    grade.extra_conditions.is_empty()
        && grade.extra_consequences.is_empty()
        && [
            s.consequences,
            s.conditions,
            s.precision,
            s.recall,
            s.firmness_same,
            s.triggers_equivalent,
            s.actor_same,
            s.claimant_same,
        ]
        .into_iter()
        .all(full)
        && grade.consequences.iter().all(|c| c.kind_same)
}
