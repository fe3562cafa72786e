//! A class at once: which of the key's sentences most students did not cite.

use super::key_sentences;
use crate::core::ids::SentenceNo;
use crate::core::model::Case;

/// A sentence the key cites and how many students cite it nowhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissedSentence {
    /// The sentence.
    pub sentence: SentenceNo,
    /// How many students cite it for no condition and no consequence.
    pub students: usize,
}

/// The key's sentences that at least one of `students` cites nowhere, the most missed first
/// (then in the article's order).
pub fn most_missed(key: &Case, students: &[&Case]) -> Vec<MissedSentence> {
    let cited_by_students: Vec<Vec<SentenceNo>> =
        students.iter().map(|case| key_sentences(case)).collect();
    let mut missed: Vec<MissedSentence> = key_sentences(key)
        .into_iter()
        .map(|sentence| MissedSentence {
            sentence,
            students: cited_by_students
                .iter()
                .filter(|cited| cited.binary_search(&sentence).is_err())
                .count(),
        })
        .filter(|m| m.students > 0)
        .collect();
    missed.sort_by(|a, b| {
        b.students
            .cmp(&a.students)
            .then(a.sentence.cmp(&b.sentence))
    });
    missed
}
