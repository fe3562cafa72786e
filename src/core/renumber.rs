//! Numbering a case's sentences again, 1, 2, 3… in their order, and every reference to them
//! with them — after a sentence was inserted, removed or moved by hand. The text is edited in
//! place, so comments and layout stay as the author wrote them.

use std::collections::BTreeMap;

use super::diagnostics::{Position, Problem, Segment, ValuePath};
use super::ids::SentenceNo;
use super::model::Case;
use super::parse::source_map::SourceMap;
use super::parse::{parse_case, strip_bom};

/// What renumbering did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Renumbered {
    /// Sentences whose number changed (or that had none).
    pub sentences: usize,
    /// References (evidence, walkthrough steps) that now name another number.
    pub references: usize,
}

/// One change to the text: replace `len` bytes at `at` with `with`.
struct Edit {
    at: usize,
    len: usize,
    with: String,
}

/// The case text `text` with its sentences numbered 1, 2, 3… and every reference following
/// its sentence, and what changed. Refused (with the reason, placed in the text) when a
/// reference cannot be followed: two sentences share a number, or a reference names a number
/// no sentence has.
pub fn renumber(text: &str) -> Result<(String, Renumbered), Vec<Problem>> {
    let text = strip_bom(text);
    let case = parse_case(text)?;
    let map = SourceMap::new(text);
    let mut problems = Vec::new();
    let mut new_number: BTreeMap<SentenceNo, SentenceNo> = BTreeMap::new();
    for (i, sentence) in case.sentences.iter().enumerate() {
        let number = SentenceNo(u32::try_from(i + 1).unwrap_or(u32::MAX));
        if sentence.number.get() == 0 {
            continue;
        }
        if new_number.insert(sentence.number, number).is_some() {
            problems.push(Problem::error(
                Some(map.position(&[Segment::Field("sentences"), Segment::Index(i)])),
                format!(
                    "two sentences have number {}, so the references to it cannot be followed; give one of them another number (or none) first",
                    sentence.number
                ),
            ));
        }
    }
    let references = references(&case);
    for (path, number) in &references {
        if !new_number.contains_key(number) {
            problems.push(Problem::error(
                Some(map.position(path)),
                format!("this names sentence {number}, which no sentence has; correct it first"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut edits = Vec::new();
    let mut summary = Renumbered {
        sentences: 0,
        references: 0,
    };
    for (i, sentence) in case.sentences.iter().enumerate() {
        let number = i + 1;
        if sentence.number.get() == 0 {
            let at = offset(
                text,
                map.position(&[Segment::Field("sentences"), Segment::Index(i)]),
            )
            .filter(|&at| text.get(at..).is_some_and(|rest| rest.starts_with('(')))
            .ok_or_else(|| unplaceable(&map, &[Segment::Field("sentences"), Segment::Index(i)]))?;
            edits.push(Edit {
                at: at + 1,
                len: 0,
                with: format!("number: {number}, "),
            });
            summary.sentences += 1;
        } else if usize::try_from(sentence.number.get()).ok() != Some(number) {
            let path = vec![
                Segment::Field("sentences"),
                Segment::Index(i),
                Segment::Field("number"),
            ];
            edits.push(number_edit(
                text,
                &map,
                &path,
                sentence.number,
                &number.to_string(),
            )?);
            summary.sentences += 1;
        }
    }
    for (path, old) in &references {
        if let Some(new) = new_number.get(old).filter(|new| *new != old) {
            edits.push(number_edit(text, &map, path, *old, &new.to_string())?);
            summary.references += 1;
        }
    }
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.at));
    let mut out = text.to_owned();
    for edit in edits {
        out.replace_range(edit.at..edit.at + edit.len, &edit.with);
    }
    verify(&case, &out)?;
    Ok((out, summary))
}

/// Every reference to a sentence in `case`, with where it is.
fn references(case: &Case) -> Vec<(ValuePath, SentenceNo)> {
    let mut found = Vec::new();
    let mut list = |field: &'static str, index: usize, evidence: &[SentenceNo]| {
        for (k, &number) in evidence.iter().enumerate() {
            found.push((
                vec![
                    Segment::Field(field),
                    Segment::Index(index),
                    Segment::Field("evidence"),
                    Segment::Index(k),
                ],
                number,
            ));
        }
    };
    for (i, c) in case.conditions.iter().enumerate() {
        list("conditions", i, &c.evidence);
    }
    for (i, c) in case.consequences.iter().enumerate() {
        list("consequences", i, &c.evidence);
    }
    for (i, o) in case.objections.iter().enumerate() {
        list("objections", i, &o.evidence);
    }
    for (i, t) in case.tensions.iter().enumerate() {
        list("tensions", i, &t.evidence);
    }
    for (w, walkthrough) in case.walkthroughs.iter().enumerate() {
        for (s, step) in walkthrough.steps.iter().enumerate() {
            for (k, &number) in step.sentences.iter().enumerate() {
                found.push((
                    vec![
                        Segment::Field("walkthroughs"),
                        Segment::Index(w),
                        Segment::Field("steps"),
                        Segment::Index(s),
                        Segment::Field("sentences"),
                        Segment::Index(k),
                    ],
                    number,
                ));
            }
        }
    }
    found
}

/// The edit that writes `with` over the number `old` found at `path`.
fn number_edit(
    text: &str,
    map: &SourceMap,
    path: &[Segment],
    old: SentenceNo,
    with: &str,
) -> Result<Edit, Vec<Problem>> {
    let digits = old.to_string();
    let at = offset(text, map.position(path))
        .filter(|&at| text.get(at..).is_some_and(|rest| rest.starts_with(&digits)))
        .ok_or_else(|| unplaceable(map, path))?;
    Ok(Edit {
        at,
        len: digits.len(),
        with: with.to_owned(),
    })
}

fn unplaceable(map: &SourceMap, path: &[Segment]) -> Vec<Problem> {
    vec![Problem::error(
        Some(map.position(path)),
        "renumber cannot find this number in the text as it is written here; write it as a plain number and try again",
    )]
}

/// The byte offset of `position` in `text`.
fn offset(text: &str, position: Position) -> Option<usize> {
    let line_start = if position.line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(position.line - 2)
            .map(|(at, _)| at + 1)?
    };
    let line = text.get(line_start..)?;
    let column = line
        .char_indices()
        .nth(position.column.checked_sub(1)?)
        .map_or(line.len(), |(at, _)| at);
    Some(line_start + column)
}

/// The renumbered text must say what the old one said: every sentence numbered by its place,
/// and every reference naming the same sentence text as before.
fn verify(before: &Case, text: &str) -> Result<(), Vec<Problem>> {
    let after = parse_case(text)?;
    let by_number = |case: &Case, number: SentenceNo| {
        case.sentences
            .iter()
            .find(|s| s.number == number)
            .map(|s| s.original.clone())
    };
    let numbered = after
        .sentences
        .iter()
        .enumerate()
        .all(|(i, s)| usize::try_from(s.number.get()).ok() == Some(i + 1));
    let same = references(before)
        .iter()
        .zip(references(&after))
        .all(|((_, old), (_, new))| by_number(before, *old) == by_number(&after, new));
    if numbered && same {
        Ok(())
    } else {
        Err(vec![Problem::error(
            None,
            "renumbering would change what the references point at, so nothing was written; please report this",
        )])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASE: &str = "(\n    format_version: 2,\n    id: \"t\",\n    language: \"en\",\n    title: {\"en\": \"T\"},\n    sentences: [\n        (number: 1, original: \"One.\"),\n        // inserted by hand:\n        (original: \"Forgotten.\"),\n        (number: 2, original: \"Two.\"),\n        (number: 3, original: \"Three.\"),\n    ],\n    actors: [],\n    conditions: [(id: \"c\", label: {\"en\": \"C\"}, evidence: [3, 1])],\n    consequences: [],\n)\n";

    #[test]
    fn an_inserted_sentence_gets_its_number_and_the_references_follow() {
        let (text, summary) = renumber(CASE).expect("renumbers");
        assert!(
            text.contains("// inserted by hand:\n        (number: 2, original: \"Forgotten.\"),")
        );
        assert!(text.contains("(number: 3, original: \"Two.\")"));
        assert!(text.contains("(number: 4, original: \"Three.\")"));
        assert!(text.contains("evidence: [4, 1]"));
        assert_eq!(
            summary,
            Renumbered {
                sentences: 3,
                references: 1
            }
        );
        let (again, nothing) = renumber(&text).expect("renumbers again");
        assert_eq!(again, text);
        assert_eq!(
            nothing,
            Renumbered {
                sentences: 0,
                references: 0
            }
        );
    }

    #[test]
    fn a_reference_that_cannot_be_followed_is_refused() {
        let broken = CASE.replace("evidence: [3, 1]", "evidence: [9]");
        let problems = renumber(&broken).expect_err("refused");
        assert_eq!(
            problems[0].to_string(),
            "14:59: this names sentence 9, which no sentence has; correct it first"
        );
        let twice = CASE.replace("(number: 3, original", "(number: 2, original");
        assert!(renumber(&twice).is_err());
    }
}
