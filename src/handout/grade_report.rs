//! What `grade` says about one student, as blocks of phrases that the text, Markdown and HTML
//! renderers ([`super::grade_render`]) print alike: per element the sentences, the firmness,
//! the trigger, the actor and the claimant; what was missed; what is not in the key.

use crate::core::grade::trigger::{TriggerVerdict, Variable};
use crate::core::grade::{ConsequenceGrade, FirmnessGrade, Grade, Ratio, Sentences, Summary};
use crate::core::{Case, ConditionIx, Consequence, SentenceNo, Text, ValidCase};

use super::report::LANG;

/// A piece of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Span {
    /// Plain words.
    Plain(String),
    /// Words the wording of the article uses, shown in italics.
    Word(String),
    /// A sentence of the article, quoted.
    Quote(SentenceNo, String),
}

/// A block of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Block {
    /// A heading: level 1 for a student, 2 for a part.
    Heading(u8, String),
    /// A line of the list, indented by its depth (0 is a top item).
    Item(u8, Vec<Span>),
}

fn plain(text: impl Into<String>) -> Span {
    Span::Plain(text.into())
}

/// `3 of 4`.
pub(super) fn ratio(ratio: Ratio) -> String {
    format!("{} of {}", ratio.part, ratio.whole)
}

/// `75%`, or `–` when there is nothing to count (a precision of no sentences cited).
pub(super) fn percent(ratio: Ratio) -> String {
    if ratio.whole == 0 {
        "–".to_owned()
    } else {
        format!("{:.0}%", ratio.value() * 100.0)
    }
}

/// The summary line of a student.
pub(super) fn summary_line(summary: &Summary) -> String {
    format!(
        "{} consequences found, {} not in the key; {} conditions found, {} not in the key; sentences: precision {}, recall {}; firmness the same {}; trigger equivalent {}; actor the same {}; claimant the same {}",
        ratio(summary.consequences),
        summary.consequences_not_in_key,
        ratio(summary.conditions),
        summary.conditions_not_in_key,
        percent(summary.precision),
        percent(summary.recall),
        ratio(summary.firmness_same),
        ratio(summary.triggers_equivalent),
        ratio(summary.actor_same),
        ratio(summary.claimant_same),
    )
}

fn title(text: &Text) -> String {
    text.get(LANG).into_owned()
}

fn consequence_of(case: &ValidCase, index: usize) -> Option<&Consequence> {
    case.case().consequences.get(index).map(|c| &**c)
}

fn condition_label(case: &ValidCase, index: ConditionIx) -> String {
    case.case().condition_at(index).map_or_else(
        || "?".to_owned(),
        |c| format!("“{}” ({})", title(&c.label), c.id),
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

fn sentences_blocks(key: &Case, sentences: &Sentences, depth: u8, blocks: &mut Vec<Block>) {
    let mut line = vec![plain(format!(
        "sentences: precision {} ({}), recall {} ({})",
        percent(sentences.precision()),
        ratio(sentences.precision()),
        percent(sentences.recall()),
        ratio(sentences.recall()),
    ))];
    if sentences.missed.is_empty() && sentences.extra.is_empty() {
        line.push(plain(", the same as the key's"));
    }
    blocks.push(Block::Item(depth, line));
    if !sentences.missed.is_empty() {
        blocks.push(Block::Item(
            depth + 1,
            vec![plain("the key cites, the student does not:")],
        ));
        quotes(key, &sentences.missed, depth + 2, blocks);
    }
    if !sentences.extra.is_empty() {
        blocks.push(Block::Item(
            depth + 1,
            vec![plain("the student cites, the key does not:")],
        ));
        quotes(key, &sentences.extra, depth + 2, blocks);
    }
}

fn firmness_line(grade: &ConsequenceGrade) -> Vec<Span> {
    match &grade.firmness {
        FirmnessGrade::Same => vec![plain("firmness: the same")],
        FirmnessGrade::Differs {
            key,
            student,
            marker: Some(marker),
        } => vec![
            plain(format!(
                "firmness: the student says {}; ¶{} says ",
                student.key(),
                marker.sentence
            )),
            Span::Word(marker.word.clone()),
            plain(format!(", {}, not {}", key.key(), student.key())),
        ],
        FirmnessGrade::Differs { key, student, .. } => vec![plain(format!(
            "firmness: the student says {}, the key {}",
            student.key(),
            key.key()
        ))],
    }
}

fn variable_name(key: &ValidCase, student: &ValidCase, variable: Variable) -> String {
    match variable {
        Variable::Key(index) => key
            .case()
            .condition_at(index)
            .map_or_else(|| "?".to_owned(), |c| c.id.clone()),
        Variable::StudentOnly(index) => student.case().condition_at(index).map_or_else(
            || "?".to_owned(),
            |c| format!("{} (the student's, not in the key)", c.id),
        ),
    }
}

fn trigger_line(key: &ValidCase, student: &ValidCase, verdict: &TriggerVerdict) -> Vec<Span> {
    let text = match verdict {
        TriggerVerdict::Equivalent => "trigger: equivalent".to_owned(),
        TriggerVerdict::TooManyConditions(count) => format!(
            "trigger: not compared, the two triggers read {count} conditions between them (at most {} are compared)",
            crate::core::grade::trigger::MAX_TRIGGER_CONDITIONS
        ),
        TriggerVerdict::Differs {
            read,
            yes,
            key_follows,
        } => {
            let named: Vec<String> = yes
                .iter()
                .map(|v| format!("{} = yes", variable_name(key, student, *v)))
                .collect();
            let rest = if read.len() > yes.len() {
                if yes.is_empty() {
                    "every condition no"
                } else {
                    "every other condition no"
                }
            } else {
                ""
            };
            let combination = [named.join(", "), rest.to_owned()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let (follows, not) = if *key_follows {
                ("the key's", "the student's")
            } else {
                ("the student's", "the key's")
            };
            format!("trigger: different — with {combination}, {follows} follows and {not} does not")
        }
    };
    vec![plain(text)]
}

fn actor_name(case: &Case, actor_id: &str) -> String {
    case.actor(actor_id)
        .map_or_else(|| actor_id.to_owned(), |a| a.name(LANG).into_owned())
}

fn who_line(
    what: &str,
    same: bool,
    key: (&Case, Option<&str>),
    student: (&Case, Option<&str>),
) -> Vec<Span> {
    // The one who acts by the actor's name; the one who claims as the speaker.
    let name = |(case, id): (&Case, Option<&str>)| match id {
        None => "the article itself".to_owned(),
        Some(id) if what == "claimant" => case
            .actor(id)
            .map_or_else(|| id.to_owned(), |a| a.speaker(LANG)),
        Some(id) => actor_name(case, id),
    };
    if same {
        vec![plain(format!("{what}: the same ({})", name(key)))]
    } else {
        vec![plain(format!(
            "{what}: the student says {}, the key {}",
            name(student),
            name(key)
        ))]
    }
}

/// The blocks about one student's grade.
pub(super) fn student_blocks(
    key: &ValidCase,
    student: &ValidCase,
    file: &str,
    grade: &Grade,
) -> Vec<Block> {
    let (key_case, student_case) = (key.case(), student.case());
    let mut blocks = vec![
        Block::Heading(1, file.to_owned()),
        Block::Item(0, vec![plain(summary_line(&grade.summary))]),
    ];
    if !grade.conditions.is_empty() {
        blocks.push(Block::Heading(2, "Conditions found".to_owned()));
        for paired in &grade.conditions {
            blocks.push(Block::Item(
                0,
                vec![plain(format!(
                    "{} — the student's {}",
                    condition_label(key, paired.key),
                    condition_label(student, paired.student)
                ))],
            ));
            sentences_blocks(key_case, &paired.sentences, 1, &mut blocks);
        }
    }
    if !grade.consequences.is_empty() {
        blocks.push(Block::Heading(2, "Consequences found".to_owned()));
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
            vec![plain(format!(
                "“{}” ({}) — the student's “{}” ({})",
                title(&k.title),
                k.id,
                title(&s.title),
                s.id
            ))],
        ));
        sentences_blocks(key_case, &paired.sentences, 1, &mut blocks);
        blocks.push(Block::Item(1, firmness_line(paired)));
        blocks.push(Block::Item(1, trigger_line(key, student, &paired.trigger)));
        blocks.push(Block::Item(
            1,
            who_line(
                "actor",
                paired.actor_same,
                (key_case, Some(&k.actor)),
                (student_case, Some(&s.actor)),
            ),
        ));
        blocks.push(Block::Item(
            1,
            who_line(
                "claimant",
                paired.claimant_same,
                (key_case, k.claimant.as_deref()),
                (student_case, s.claimant.as_deref()),
            ),
        ));
        if !paired.kind_same {
            blocks.push(Block::Item(
                1,
                vec![plain(format!(
                    "kind: the student says {}, the key {}",
                    s.kind.key(),
                    k.kind.key()
                ))],
            ));
        }
    }
    if !grade.missed_conditions.is_empty() || !grade.missed_consequences.is_empty() {
        blocks.push(Block::Heading(2, "In the key, not found".to_owned()));
    }
    for &index in &grade.missed_conditions {
        blocks.push(Block::Item(
            0,
            vec![plain(format!("condition {}", condition_label(key, index)))],
        ));
        if let Some(condition) = key_case.condition_at(index) {
            quotes(key_case, &condition.evidence, 1, &mut blocks);
        }
    }
    for &index in &grade.missed_consequences {
        if let Some(k) = consequence_of(key, index.index()) {
            blocks.push(Block::Item(
                0,
                vec![plain(format!(
                    "“{}” ({}), {}",
                    title(&k.title),
                    k.id,
                    k.firmness.key()
                ))],
            ));
            quotes(key_case, &k.evidence, 1, &mut blocks);
        }
    }
    if !grade.extra_conditions.is_empty() || !grade.extra_consequences.is_empty() {
        blocks.push(Block::Heading(
            2,
            "Not in the key (what the student found besides)".to_owned(),
        ));
    }
    for &index in &grade.extra_conditions {
        blocks.push(Block::Item(
            0,
            vec![plain(format!(
                "condition {}",
                condition_label(student, index)
            ))],
        ));
        if let Some(condition) = student_case.condition_at(index) {
            quotes(key_case, &condition.evidence, 1, &mut blocks);
        }
    }
    for &index in &grade.extra_consequences {
        if let Some(s) = consequence_of(student, index.index()) {
            blocks.push(Block::Item(
                0,
                vec![plain(format!(
                    "“{}” ({}), {}",
                    title(&s.title),
                    s.id,
                    s.firmness.key()
                ))],
            ));
            quotes(key_case, &s.evidence, 1, &mut blocks);
        }
    }
    blocks
}
