//! The checks of a case's sentences: numbered in order, translations in other languages, and
//! each one cited as evidence or marked as context.

use super::Examination;
use crate::core::diagnostics::Segment;
use crate::core::found::Found;
use crate::core::ids::SentenceNo;
use crate::core::language::{is_language_code, language_code_hint};
use crate::core::valid::checker::{field, joined};

impl Examination<'_> {
    pub(super) fn sentences(&mut self) {
        let case = self.case;
        let check = &mut self.check;
        if case.sentences.is_empty() {
            check.error(vec![field("sentences")], Found::NoSentences);
        }
        // Numbering goes wrong once (a sentence inserted or removed by hand) and then for every
        // sentence after it: the first is reported, with how many more there are.
        let misnumbered: Vec<usize> = case
            .sentences
            .iter()
            .enumerate()
            .filter(|(i, s)| usize::try_from(s.number.get()).ok() != Some(i + 1))
            .map(|(i, _)| i)
            .collect();
        if let Some(&first) = misnumbered.first() {
            let expected = first + 1;
            let more = misnumbered.len() - 1;
            let path = vec![field("sentences"), Segment::Index(first)];
            match case.sentences.get(first).map(|s| s.number.get()) {
                Some(0) => check.error(path, Found::Unnumbered { expected, more }),
                found => check.error(
                    joined(&path, field("number")),
                    Found::Misnumbered {
                        expected,
                        found: found.unwrap_or_default(),
                        more,
                    },
                ),
            }
        }
        for (i, sentence) in case.sentences.iter().enumerate() {
            let path = vec![field("sentences"), Segment::Index(i)];
            if sentence.original.trim().is_empty() {
                check.error(joined(&path, field("original")), Found::EmptyOriginal);
            }
            for code in sentence.translations.languages() {
                let at = [
                    path.clone(),
                    vec![field("translations"), Segment::KeyName(code.to_owned())],
                ]
                .concat();
                if !is_language_code(code) {
                    check.error(
                        at,
                        Found::TranslationLanguage(code.to_owned(), language_code_hint(code)),
                    );
                } else if code == case.language {
                    check.warning(at, Found::TranslationInOwnLanguage(code.to_owned()));
                }
            }
        }
    }

    /// Every sentence is cited, or marked as context (left out on purpose), not both. A case
    /// just started cites nothing: then one warning names them all rather than one per sentence.
    /// An exercise is not warned about: which sentences matter is for its student to decide.
    pub(super) fn unmodelled_sentences(&mut self) {
        let warn = self.case.exercise.is_none();
        let uncited: Vec<(usize, SentenceNo)> = self
            .case
            .sentences
            .iter()
            .enumerate()
            // A sentence without a number has its own error; once numbered it is warned about.
            .filter(|(_, s)| s.number.get() != 0)
            .filter(|(_, s)| !s.context && !self.citations.contains_key(&s.number))
            .map(|(i, s)| (i, s.number))
            .collect();
        if let [(first, _), _, _, _, ..] = uncited.as_slice()
            && warn
        {
            let numbers: Vec<u32> = uncited.iter().map(|(_, n)| n.get()).collect();
            self.check.warning(
                vec![field("sentences"), Segment::Index(*first)],
                Found::UncitedSentences(numbers),
            );
        }
        let one_by_one = warn && uncited.len() < 4;
        for (i, sentence) in self.case.sentences.iter().enumerate() {
            let path = vec![field("sentences"), Segment::Index(i)];
            let cited_by = self.citations.get(&sentence.number);
            match (sentence.context, cited_by) {
                (false, None) if one_by_one && sentence.number.get() != 0 => self
                    .check
                    .warning(path, Found::UncitedSentence(sentence.number.get())),
                (true, Some(by)) => self.check.error(
                    joined(&path, field("context")),
                    Found::ContextCited {
                        number: sentence.number.get(),
                        by: by
                            .iter()
                            .map(|(kind, id)| (*kind, (*id).to_owned()))
                            .collect(),
                    },
                ),
                _ => {}
            }
        }
    }
}
