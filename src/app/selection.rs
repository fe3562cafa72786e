//! What the reader has selected in the article — one selection of sentences, shared by the
//! explorer and the editor — and what each sentence grounds. No egui here.

use std::collections::BTreeSet;

use crate::core::{Case, ConditionIx, ConsequenceIx, ObjectionIx, SentenceNo, TensionIx};

/// Something the article says that a sentence grounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ground {
    /// Evidence for a condition.
    Condition(ConditionIx),
    /// Evidence for a consequence.
    Consequence(ConsequenceIx),
    /// Evidence for an objection.
    Objection(ObjectionIx),
    /// Evidence for a tension.
    Tension(TensionIx),
}

/// What sentence `number` of `case` grounds: every element that cites it, in the case's
/// order. Worked out when asked (a sentence hovered), not at every edit.
pub fn grounds_in(case: &Case, number: SentenceNo) -> Vec<Ground> {
    let cites = |evidence: &[SentenceNo]| evidence.contains(&number);
    let conditions = case.conditions.iter().enumerate();
    let consequences = case.consequences.iter().enumerate();
    let objections = case.objections.iter().enumerate();
    let tensions = case.tensions.iter().enumerate();
    conditions
        .filter(|(_, c)| cites(&c.evidence))
        .map(|(i, _)| Ground::Condition(ConditionIx(i)))
        .chain(
            consequences
                .filter(|(_, c)| cites(&c.evidence))
                .map(|(i, _)| Ground::Consequence(ConsequenceIx(i))),
        )
        .chain(
            objections
                .filter(|(_, o)| cites(&o.evidence))
                .map(|(i, _)| Ground::Objection(ObjectionIx(i))),
        )
        .chain(
            tensions
                .filter(|(_, t)| cites(&t.evidence))
                .map(|(i, _)| Ground::Tension(TensionIx(i))),
        )
        .collect()
}

/// The sentences selected in the article: one selection, whether the case is explored or
/// edited (the editor makes new elements from it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    sentences: BTreeSet<SentenceNo>,
    /// Where a shift-click selection starts.
    anchor: Option<SentenceNo>,
}

impl Selection {
    /// Selects sentence `number` alone (or, when it is selected alone already, nothing), or
    /// with `extend` every sentence from the last one picked to it, or with `toggle` adds or
    /// removes it.
    pub fn pick(&mut self, number: SentenceNo, extend: bool, toggle: bool) {
        match (extend, self.anchor) {
            (true, Some(anchor)) => {
                let (from, to) = if anchor <= number {
                    (anchor, number)
                } else {
                    (number, anchor)
                };
                self.sentences = (from.0..=to.0).map(SentenceNo).collect();
            }
            _ if toggle => {
                if !self.sentences.remove(&number) {
                    self.sentences.insert(number);
                }
                self.anchor = Some(number);
            }
            _ if self.sentences.len() == 1 && self.sentences.contains(&number) => self.clear(),
            _ => {
                self.sentences = BTreeSet::from([number]);
                self.anchor = Some(number);
            }
        }
    }

    /// Selects `number` alone, or nothing.
    pub fn set(&mut self, number: Option<SentenceNo>) {
        self.sentences = number.into_iter().collect();
        self.anchor = number;
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        self.sentences.clear();
        self.anchor = None;
    }

    /// The selected sentences, in order.
    pub fn sentences(&self) -> Vec<SentenceNo> {
        self.sentences.iter().copied().collect()
    }

    /// Whether sentence `number` is selected.
    pub fn contains(&self, number: SentenceNo) -> bool {
        self.sentences.contains(&number)
    }

    /// How many sentences are selected.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// Whether no sentence is selected.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// Keeps only sentences a case of `count` sentences has (after a merge, say).
    pub fn keep_within(&mut self, count: usize) {
        self.sentences
            .retain(|n| n.position().is_some_and(|at| at < count));
        if self.anchor.is_some_and(|a| !self.sentences.contains(&a)) {
            self.anchor = self.sentences.first().copied();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicks_select_one_a_range_or_one_more() {
        let mut selection = Selection::default();
        selection.pick(SentenceNo(3), false, false);
        selection.pick(SentenceNo(6), true, false);
        assert_eq!(selection.len(), 4);
        selection.pick(SentenceNo(9), false, true);
        assert!(selection.contains(SentenceNo(9)) && selection.len() == 5);
        selection.pick(SentenceNo(4), false, false);
        assert_eq!(selection.sentences(), vec![SentenceNo(4)]);
        selection.pick(SentenceNo(4), false, false);
        assert!(
            selection.is_empty(),
            "a second click on the one selected clears it"
        );
        selection.set(Some(SentenceNo(2)));
        selection.keep_within(1);
        assert!(selection.is_empty());
    }
}
