//! The checks of a case's sentences: numbered in order, translations in other languages, and
//! each one cited as evidence or marked as context.

use super::Examination;
use crate::core::diagnostics::Segment;
use crate::core::ids::SentenceNo;
use crate::core::language::{is_language_code, language_code_hint};
use crate::core::prose::listing;
use crate::core::valid::checker::{field, joined};

impl Examination<'_> {
    pub(super) fn sentences(&mut self) {
        let case = self.case;
        let check = &mut self.check;
        if case.sentences.is_empty() {
            check.error(
                vec![field("sentences")],
                "the case has no sentences".to_owned(),
            );
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
            let more = match misnumbered.len() - 1 {
                0 => String::new(),
                1 => " (and 1 more sentence after it)".to_owned(),
                more => format!(" (and {more} more sentences after it)"),
            };
            let path = vec![field("sentences"), Segment::Index(first)];
            match case.sentences.get(first).map(|s| s.number.get()) {
                Some(0) => check.error(
                    path,
                    format!(
                        "sentence {expected} has no number{more}; `skenario renumber FILE` numbers the sentences 1, 2, 3… and updates every reference to them"
                    ),
                ),
                found => check.error(
                    joined(&path, field("number")),
                    format!(
                        "sentence numbers must count 1, 2, 3… in order: expected {expected} here, found {}{more}; after inserting or removing a sentence, `skenario renumber FILE` numbers them again and updates every reference",
                        found.unwrap_or_default()
                    ),
                ),
            }
        }
        for (i, sentence) in case.sentences.iter().enumerate() {
            let path = vec![field("sentences"), Segment::Index(i)];
            check.text(
                &joined(&path, field("original")),
                "the original text",
                &sentence.original,
            );
            for code in sentence.translations.languages() {
                let at = [
                    path.clone(),
                    vec![field("translations"), Segment::KeyName(code.to_owned())],
                ]
                .concat();
                if !is_language_code(code) {
                    check.error(
                        at,
                        format!("`{code}` is not a language code; write a translation's language as a code like \"en\" or \"id\"{}", language_code_hint(code)),
                    );
                } else if code == case.language {
                    check.warning(
                        at,
                        format!("this translation is in the article's own language (`{code}`); a translation belongs in another language"),
                    );
                }
            }
        }
    }

    /// Every sentence is cited, or marked as context (left out on purpose), not both. A case
    /// just started cites nothing: then one warning names them all rather than one per sentence.
    pub(super) fn unmodelled_sentences(&mut self) {
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
        if let [(first, _), _, _, _, ..] = uncited.as_slice() {
            let numbers: Vec<u32> = uncited.iter().map(|(_, n)| n.get()).collect();
            self.check.warning(
                vec![field("sentences"), Segment::Index(*first)],
                format!(
                    "{} sentences ({}) are not cited as evidence by anything yet, so the window shows them as not modelled; cite them, or mark them `context: true` to say the case leaves them out on purpose",
                    uncited.len(),
                    number_ranges(&numbers)
                ),
            );
        }
        let one_by_one = uncited.len() < 4;
        for (i, sentence) in self.case.sentences.iter().enumerate() {
            let path = vec![field("sentences"), Segment::Index(i)];
            let cited_by = self.citations.get(&sentence.number);
            match (sentence.context, cited_by) {
                (false, None) if one_by_one && sentence.number.get() != 0 => self.check.warning(
                    path,
                    format!(
                        "sentence {} is not cited as evidence by anything yet, so the window shows it as not modelled; cite it, or mark it `context: true` to say the case leaves it out on purpose",
                        sentence.number
                    ),
                ),
                (true, Some(by)) => self.check.error(
                    joined(&path, field("context")),
                    format!(
                        "sentence {} is marked `context: true` but is cited by {}",
                        sentence.number,
                        listing(&by.iter().map(|(what, id)| format!("{what} `{id}`")).collect::<Vec<_>>())
                    ),
                ),
                _ => {}
            }
        }
    }
}

/// `numbers` (in order) written with runs shortened: "1–5, 8, 10–17".
fn number_ranges(numbers: &[u32]) -> String {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for &n in numbers {
        match runs.last_mut() {
            Some((_, end)) if end.checked_add(1) == Some(n) => *end = n,
            _ => runs.push((n, n)),
        }
    }
    let written: Vec<String> = runs
        .iter()
        .map(|&(start, end)| match end - start {
            0 => start.to_string(),
            1 => format!("{start}, {end}"),
            _ => format!("{start}–{end}"),
        })
        .collect();
    written.join(", ")
}
