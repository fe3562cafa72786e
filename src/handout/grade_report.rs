//! What a comparison of a student's reading with the key says, as blocks of phrases that the
//! text, Markdown and HTML renderers ([`super::grade_render`]) and the window print alike: per
//! element the sentences, the firmness, the trigger, the actor and the claimant; what was
//! missed; what is not in the key. In the words of one language.

use crate::core::grade::trigger::{MAX_TRIGGER_CONDITIONS, TriggerVerdict, Variable};
use crate::core::grade::{ConsequenceGrade, FirmnessGrade, Grade, Sentences};
use crate::core::{Case, ConditionIx, Consequence, SentenceNo, Text, ValidCase};
use crate::text::Words;

/// A piece of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Plain words.
    Plain(String),
    /// Words the wording of the article uses, shown in italics.
    Word(String),
    /// A sentence of the article, quoted.
    Quote(SentenceNo, String),
}

/// A block of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading: level 1 for a student, 2 for a part.
    Heading(u8, String),
    /// A line of the list, indented by its depth (0 is a top item).
    Item(u8, Vec<Span>),
}

fn plain(text: impl Into<String>) -> Span {
    Span::Plain(text.into())
}

fn title(w: &Words, text: &Text) -> String {
    text.get(w.lang).into_owned()
}

fn consequence_of(case: &ValidCase, index: usize) -> Option<&Consequence> {
    case.case().consequences.get(index).map(|c| &**c)
}

fn condition_label(w: &Words, case: &ValidCase, index: ConditionIx) -> String {
    case.case().condition_at(index).map_or_else(
        || "?".to_owned(),
        |c| format!("“{}” ({})", title(w, &c.label), c.id),
    )
}

fn quotes(case: &Case, numbers: &[SentenceNo], depth: u8, blocks: &mut Vec<Block>) {
    for &number in numbers {
        if let Some(sentence) = case.sentence(number) {
            blocks.push(Block::Item(
                depth,
                vec![Span::Quote(number, sentence.original.clone())],
            ));
        }
    }
}

fn sentences_blocks(
    w: &Words,
    key: &Case,
    sentences: &Sentences,
    depth: u8,
    blocks: &mut Vec<Block>,
) {
    let g = w.grading;
    let mut line = vec![plain((g.sentences)(
        sentences.precision(),
        sentences.recall(),
    ))];
    if sentences.missed.is_empty() && sentences.extra.is_empty() {
        line.push(plain(g.sentences_same));
    }
    blocks.push(Block::Item(depth, line));
    if !sentences.missed.is_empty() {
        blocks.push(Block::Item(depth + 1, vec![plain(g.key_cites)]));
        quotes(key, &sentences.missed, depth + 2, blocks);
    }
    if !sentences.extra.is_empty() {
        blocks.push(Block::Item(depth + 1, vec![plain(g.student_cites)]));
        quotes(key, &sentences.extra, depth + 2, blocks);
    }
}

fn firmness_line(w: &Words, grade: &ConsequenceGrade) -> Vec<Span> {
    let g = w.grading;
    match &grade.firmness {
        FirmnessGrade::Same => vec![plain(g.firmness_same)],
        FirmnessGrade::Differs {
            key,
            student,
            marker: Some(marker),
        } => vec![
            plain((g.firmness_word)(w.firmness(*student), marker.sentence)),
            Span::Word(marker.word.clone()),
            plain((g.firmness_after_word)(
                w.firmness(*key),
                w.firmness(*student),
            )),
        ],
        FirmnessGrade::Differs { key, student, .. } => vec![plain((g.firmness_differs)(
            w.firmness(*student),
            w.firmness(*key),
        ))],
    }
}

fn variable_name(w: &Words, key: &ValidCase, student: &ValidCase, variable: Variable) -> String {
    match variable {
        Variable::Key(index) => key
            .case()
            .condition_at(index)
            .map_or_else(|| "?".to_owned(), |c| c.id.clone()),
        Variable::StudentOnly(index) => student.case().condition_at(index).map_or_else(
            || "?".to_owned(),
            |c| (w.grading.student_only_condition)(&c.id),
        ),
    }
}

fn trigger_line(
    w: &Words,
    key: &ValidCase,
    student: &ValidCase,
    verdict: &TriggerVerdict,
) -> Vec<Span> {
    let g = w.grading;
    let text = match verdict {
        TriggerVerdict::Equivalent => g.trigger_equivalent.to_owned(),
        TriggerVerdict::TooManyConditions(count) => {
            (g.trigger_too_many)(*count, MAX_TRIGGER_CONDITIONS)
        }
        TriggerVerdict::Differs {
            read,
            yes,
            key_follows,
        } => {
            let named: Vec<String> = yes
                .iter()
                .map(|v| (g.condition_yes)(&variable_name(w, key, student, *v)))
                .collect();
            let rest = if read.len() > yes.len() {
                if yes.is_empty() {
                    g.every_condition_no
                } else {
                    g.every_other_condition_no
                }
            } else {
                ""
            };
            let combination = [named.join(", "), rest.to_owned()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            (g.trigger_differs)(&combination, *key_follows)
        }
    };
    vec![plain(text)]
}

/// Who acts (by the actor's name) or who claims (as the speaker), or the article itself.
fn who(w: &Words, case: &Case, id: Option<&str>, claims: bool) -> String {
    match id {
        None => w.grading.the_article_itself.to_owned(),
        Some(id) => case.actor(id).map_or_else(
            || id.to_owned(),
            |a| {
                if claims {
                    a.speaker(w.lang)
                } else {
                    a.name(w.lang).into_owned()
                }
            },
        ),
    }
}

/// The actor (or, `claims`, the claimant) compared.
fn who_line(
    w: &Words,
    claims: bool,
    same: bool,
    key: (&Case, Option<&str>),
    student: (&Case, Option<&str>),
) -> Vec<Span> {
    let g = w.grading;
    let key_name = who(w, key.0, key.1, claims);
    let line = match (claims, same) {
        (false, true) => (g.actor_same)(&key_name),
        (true, true) => (g.claimant_same)(&key_name),
        (false, false) => (g.actor_differs)(&who(w, student.0, student.1, false), &key_name),
        (true, false) => (g.claimant_differs)(&who(w, student.0, student.1, true), &key_name),
    };
    vec![plain(line)]
}

/// An element's title and id: `“Title” (id)`.
fn named(w: &Words, text: &Text, id: &str) -> String {
    format!("“{}” ({id})", title(w, text))
}

/// The blocks about the consequences paired.
fn consequence_blocks(
    w: &Words,
    key: &ValidCase,
    student: &ValidCase,
    grade: &Grade,
    blocks: &mut Vec<Block>,
) {
    let g = w.grading;
    if !grade.consequences.is_empty() {
        blocks.push(Block::Heading(2, g.consequences_found.to_owned()));
    }
    for paired in &grade.consequences {
        let (Some(k), Some(s)) = (
            consequence_of(key, paired.key.index()),
            consequence_of(student, paired.student.index()),
        ) else {
            continue;
        };
        blocks.push(Block::Item(
            0,
            vec![plain((g.paired)(
                &named(w, &k.title, &k.id),
                &named(w, &s.title, &s.id),
            ))],
        ));
        sentences_blocks(w, key.case(), &paired.sentences, 1, blocks);
        blocks.push(Block::Item(1, firmness_line(w, paired)));
        blocks.push(Block::Item(
            1,
            trigger_line(w, key, student, &paired.trigger),
        ));
        blocks.push(Block::Item(
            1,
            who_line(
                w,
                false,
                paired.actor_same,
                (key.case(), Some(&k.actor)),
                (student.case(), Some(&s.actor)),
            ),
        ));
        blocks.push(Block::Item(
            1,
            who_line(
                w,
                true,
                paired.claimant_same,
                (key.case(), k.claimant.as_deref()),
                (student.case(), s.claimant.as_deref()),
            ),
        ));
        if !paired.kind_same {
            blocks.push(Block::Item(
                1,
                vec![plain((g.kind_differs)(
                    &w.kind(student.case(), &s.kind),
                    &w.kind(key.case(), &k.kind),
                ))],
            ));
        }
    }
}

/// The blocks of the elements only one side has: `case`'s conditions and consequences at
/// these places, each with the sentences it cites.
fn listed_blocks(
    w: &Words,
    key: &Case,
    case: &ValidCase,
    (conditions, consequences): (&[ConditionIx], &[crate::core::ConsequenceIx]),
    blocks: &mut Vec<Block>,
) {
    for &index in conditions {
        blocks.push(Block::Item(
            0,
            vec![plain((w.grading.condition_named)(&condition_label(
                w, case, index,
            )))],
        ));
        if let Some(condition) = case.case().condition_at(index) {
            quotes(key, &condition.evidence, 1, blocks);
        }
    }
    for &index in consequences {
        if let Some(c) = consequence_of(case, index.index()) {
            blocks.push(Block::Item(
                0,
                vec![plain(format!(
                    "{}, {}",
                    named(w, &c.title, &c.id),
                    w.firmness(c.firmness)
                ))],
            ));
            quotes(key, &c.evidence, 1, blocks);
        }
    }
}

/// The blocks about one student's grade, under the heading `file`.
pub fn student_blocks(
    w: &Words,
    key: &ValidCase,
    student: &ValidCase,
    file: &str,
    grade: &Grade,
) -> Vec<Block> {
    let g = w.grading;
    let mut blocks = vec![
        Block::Heading(1, file.to_owned()),
        Block::Item(0, vec![plain((g.summary)(&grade.summary))]),
    ];
    if !grade.conditions.is_empty() {
        blocks.push(Block::Heading(2, g.conditions_found.to_owned()));
        for paired in &grade.conditions {
            blocks.push(Block::Item(
                0,
                vec![plain((g.paired)(
                    &condition_label(w, key, paired.key),
                    &condition_label(w, student, paired.student),
                ))],
            ));
            sentences_blocks(w, key.case(), &paired.sentences, 1, &mut blocks);
        }
    }
    consequence_blocks(w, key, student, grade, &mut blocks);
    if !grade.missed_conditions.is_empty() || !grade.missed_consequences.is_empty() {
        blocks.push(Block::Heading(2, g.missed_heading.to_owned()));
    }
    listed_blocks(
        w,
        key.case(),
        key,
        (&grade.missed_conditions, &grade.missed_consequences),
        &mut blocks,
    );
    if !grade.extra_conditions.is_empty() || !grade.extra_consequences.is_empty() {
        blocks.push(Block::Heading(2, g.not_in_key_heading.to_owned()));
    }
    listed_blocks(
        w,
        key.case(),
        student,
        (&grade.extra_conditions, &grade.extra_consequences),
        &mut blocks,
    );
    blocks
}
