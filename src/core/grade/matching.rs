//! Which of a student's elements answers which of the key's: by the sentences they cite and
//! the words of their titles, never by id (students make their ids up). Greedy by best score,
//! with ties broken by the key's order and the student's own ids, so the same two files always
//! pair the same way whatever order the student's elements come in.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use crate::core::ids::SentenceNo;
use crate::core::language::Text;

/// The most a pairing can score: every sentence and every word the same.
pub const FULL_SCORE: u32 = 1000;

/// What is weighed of each side: its sentences count for this much of [`FULL_SCORE`], its
/// words for the rest.
const SENTENCE_WEIGHT: u32 = 700;

/// One element as the matching sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The sentences it cites, sorted, without repeats.
    pub sentences: Vec<SentenceNo>,
    /// The words of its title (or label), lowercased, in every language it has, as their
    /// numbers in the [`Vocabulary`] (sorted, without repeats).
    pub words: Vec<u32>,
    /// What breaks a tie between two equal scores: the element's id.
    pub tie: String,
}

/// The words met so far, each with its number, so that elements compare numbers, not text.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary(HashMap<String, u32>);

impl Vocabulary {
    /// The element citing `sentences`, titled `title`, with id `id`.
    pub fn element(&mut self, sentences: &[SentenceNo], title: &Text, id: &str) -> Element {
        let mut sentences = sentences.to_vec();
        sentences.sort_unstable();
        sentences.dedup();
        let mut words = Vec::new();
        for (_, content) in title.iter() {
            for word in content.split(|c: char| !c.is_alphanumeric()) {
                if word.is_empty() {
                    continue;
                }
                let lower: Cow<'_, str> = if word.chars().any(char::is_uppercase) {
                    Cow::Owned(word.to_lowercase())
                } else {
                    Cow::Borrowed(word)
                };
                let number = match self.0.get(lower.as_ref()) {
                    Some(&number) => number,
                    None => {
                        let number = u32::try_from(self.0.len()).unwrap_or(u32::MAX);
                        self.0.insert(lower.into_owned(), number);
                        number
                    }
                };
                words.push(number);
            }
        }
        words.sort_unstable();
        words.dedup();
        Element {
            sentences,
            words,
            tie: id.to_owned(),
        }
    }
}

/// `|a ∩ b|` of two sorted lists without repeats.
pub fn common_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// `weight × |a ∩ b| / |a ∪ b|`, rounded down; 0 when both are empty.
fn overlap(common: usize, a: usize, b: usize, weight: u32) -> u32 {
    let union = (a + b).saturating_sub(common);
    if union == 0 {
        return 0;
    }
    let scaled = u64::from(weight) * common as u64 / union as u64;
    u32::try_from(scaled).unwrap_or(weight)
}

/// How well `student` answers `key`, from 0 to [`FULL_SCORE`].
pub fn score(key: &Element, student: &Element) -> u32 {
    let sentences = overlap(
        common_count(&key.sentences, &student.sentences),
        key.sentences.len(),
        student.sentences.len(),
        SENTENCE_WEIGHT,
    );
    let words = overlap(
        common_count(&key.words, &student.words),
        key.words.len(),
        student.words.len(),
        FULL_SCORE - SENTENCE_WEIGHT,
    );
    sentences + words
}

/// Pairs each key element with at most one student element and back: the pairs (key index,
/// student index), sorted by the key's index. Two elements are candidates when they cite a
/// sentence in common, or — for a student's element that shares no sentence with any of the
/// key's — when they have the same title's words; the best-scoring candidates are paired
/// first.
pub fn assign(key: &[Element], student: &[Element]) -> Vec<(usize, usize)> {
    let mut by_sentence: BTreeMap<SentenceNo, Vec<usize>> = BTreeMap::new();
    let mut by_title: BTreeMap<&[u32], Vec<usize>> = BTreeMap::new();
    for (k, element) in key.iter().enumerate() {
        for &number in &element.sentences {
            by_sentence.entry(number).or_default().push(k);
        }
        if !element.words.is_empty() {
            by_title.entry(&element.words).or_default().push(k);
        }
    }
    let mut candidates: Vec<(u32, usize, usize)> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for (s, element) in student.iter().enumerate() {
        seen.clear();
        for number in &element.sentences {
            seen.extend(by_sentence.get(number).into_iter().flatten());
        }
        if seen.is_empty() && !element.words.is_empty() {
            seen.extend(by_title.get(element.words.as_slice()).into_iter().flatten());
        }
        seen.sort_unstable();
        seen.dedup();
        for &k in &seen {
            if let Some(key_element) = key.get(k) {
                candidates.push((score(key_element, element), k, s));
            }
        }
    }
    // Each student element's rank by its id, so ties do not depend on the student's order.
    let mut by_id: Vec<usize> = (0..student.len()).collect();
    by_id.sort_by(|&a, &b| {
        let tie = |s: usize| student.get(s).map_or("", |e| e.tie.as_str());
        tie(a).cmp(tie(b)).then(a.cmp(&b))
    });
    let mut rank = vec![0; student.len()];
    for (place, &s) in by_id.iter().enumerate() {
        if let Some(slot) = rank.get_mut(s) {
            *slot = place;
        }
    }
    let rank_of = |s: usize| rank.get(s).copied().unwrap_or(usize::MAX);
    candidates.sort_unstable_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.cmp(&b.1))
            .then_with(|| rank_of(a.2).cmp(&rank_of(b.2)))
    });
    let mut key_taken = vec![false; key.len()];
    let mut student_taken = vec![false; student.len()];
    let mut pairs = Vec::new();
    for (_, k, s) in candidates {
        let (Some(key_free), Some(student_free)) = (key_taken.get_mut(k), student_taken.get_mut(s))
        else {
            continue;
        };
        if !*key_free && !*student_free {
            *key_free = true;
            *student_free = true;
            pairs.push((k, s));
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(sentences: &[u32], title: &str, id: &str) -> Element {
        thread_local! {
            static WORDS: std::cell::RefCell<Vocabulary> = std::cell::RefCell::default();
        }
        let numbers: Vec<SentenceNo> = sentences.iter().map(|&n| SentenceNo(n)).collect();
        WORDS.with_borrow_mut(|words| {
            words.element(&numbers, &Text::new("en", title.to_owned()), id)
        })
    }

    #[test]
    fn the_best_candidate_wins_and_ids_do_not_count() {
        let key = [
            element(&[3, 4], "France sends troops", "troops"),
            element(&[7], "New sanctions", "sanctions"),
        ];
        let student = [
            element(&[7], "More sanctions on Russia", "troops"),
            element(&[4], "France sends troops", "x1"),
            element(&[4], "Something else", "x2"),
        ];
        assert_eq!(assign(&key, &student), [(0, 1), (1, 0)]);
    }

    #[test]
    fn the_same_title_meets_without_a_common_sentence() {
        let key = [element(&[3], "Observers are invited", "a")];
        let student = [element(&[9], "observers are INVITED", "b")];
        assert_eq!(assign(&key, &student), [(0, 0)]);
    }

    #[test]
    fn nothing_in_common_pairs_nothing() {
        let key = [element(&[3], "One thing", "a")];
        let student = [element(&[9], "Another matter", "b")];
        assert!(assign(&key, &student).is_empty());
        assert_eq!(score(&key[0], &key[0]), FULL_SCORE);
    }
}
