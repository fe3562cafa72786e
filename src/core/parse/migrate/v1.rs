//! Format 1, frozen: the case as Skenario wrote it before cases could be in any language.
//! Every text had exactly an English and an Indonesian version, and every sentence one English
//! translation. These types never change again; [`case_1_to_2`] brings such a case up to the
//! current model.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::core::diagnostics::Segment;
use crate::core::ids::SentenceNo;
use crate::core::language;
use crate::core::model::{self as current, ConditionState, Trigger};
use crate::core::shared::Shared;

/// A format-1 condition-state map.
pub type States = BTreeMap<String, ConditionState>;

/// A piece of content in English and Bahasa Indonesia.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English.
    pub en: String,
    /// Bahasa Indonesia.
    pub id: String,
}

/// A case: one article, its sentences, and what it says follows from which conditions.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Format version of the file this came from.
    pub format_version: u32,
    /// Stable identifier, referenced by scenario files.
    pub id: String,
    /// The case's title.
    pub title: Text,
    /// A line about the source (what it is, what it does not name).
    #[serde(default)]
    pub about: Text,
    /// The article, sentence by sentence, in order. Headings count as sentences.
    pub sentences: Vec<Sentence>,
    /// Who acts and who claims.
    pub actors: Vec<Actor>,
    /// The conditions a reader can flip.
    pub conditions: Vec<Condition>,
    /// What the article says would follow.
    pub consequences: Vec<Consequence>,
    /// Statements that contest consequences without cancelling them.
    #[serde(default)]
    pub objections: Vec<Objection>,
    /// Combinations the article treats as alternatives.
    #[serde(default)]
    pub tensions: Vec<Tension>,
    /// Guided lessons through the case.
    #[serde(default)]
    pub walkthroughs: Vec<Walkthrough>,
}

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    /// Position in the article, counting from 1.
    pub number: SentenceNo,
    /// The verbatim text of the article (Indonesian).
    pub original: String,
    /// This project's English translation.
    pub translation: String,
    /// The sentence is a heading.
    #[serde(default)]
    pub heading: bool,
    /// The case deliberately does not model this sentence.
    #[serde(default)]
    pub context: bool,
}

/// A person, state or group that acts or claims.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable identifier.
    pub id: String,
    /// The state or group.
    pub name: Text,
    /// The person speaking for it, when there is one.
    #[serde(default)]
    pub person: Option<String>,
    /// The person's role.
    #[serde(default)]
    pub role: Option<Text>,
}

/// A condition the reader can set to yes, no or unknown.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Stable identifier (`ceasefire`).
    pub id: String,
    /// Short label.
    pub label: Text,
    /// One line saying what it means.
    pub description: Text,
    /// Sentences that raise the condition.
    #[serde(default)]
    pub evidence: Vec<SentenceNo>,
}

/// Something the article says would follow.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consequence {
    /// Stable identifier.
    pub id: String,
    /// What follows, as a short sentence.
    pub title: Text,
    /// Who acts (an actor id).
    pub actor: String,

    /// What kind of consequence it is.
    pub kind: Kind,
    /// Who says so (an actor id); none when the article reports it itself.
    #[serde(default)]
    pub claimant: Option<String>,
    /// How firm the wording is.
    pub firmness: Firmness,
    /// When it follows.
    pub trigger: Trigger,
    /// The sentences that say so.
    pub evidence: Vec<SentenceNo>,
    /// A remark that keeps the reader honest ("expected, not yet done").
    #[serde(default)]
    pub note: Option<Text>,
}

/// What kind of consequence it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Troops, forces, deployments.
    MilitaryCommitment,
    /// Guarantees of security.
    SecurityGuarantee,
    /// Sanctions.
    Sanction,
    /// Calls, meetings, talks.
    DiplomaticStep,
    /// A position or reaction.
    Position,
}

/// How firm the article's wording is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Firmness {
    /// Announced as a commitment made.
    Pledged,
    /// Anticipated, not yet done.
    Expected,
    /// Someone's belief.
    Believed,
    /// A stated intention.
    Intends,
    /// A conditional threat.
    Threatens,
    /// A refusal.
    Rejects,
    /// Reported as said or done.
    Stated,
}

/// A statement that contests consequences without cancelling them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objection {
    /// Stable identifier.
    pub id: String,
    /// Who objects (an actor id).
    pub by: String,
    /// Who voices the objection (an actor id), when it is not `by` itself.
    #[serde(default)]
    pub claimant: Option<String>,
    /// What the objection says.
    pub statement: Text,
    /// The consequences it contests.
    pub contests: Vec<String>,
    /// The sentences that say so.
    pub evidence: Vec<SentenceNo>,
}

/// A combination of conditions the article treats as alternatives.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tension {
    /// Stable identifier.
    pub id: String,
    /// When the tension holds.
    pub when: Trigger,
    /// A short name for it.
    pub title: Text,
    /// Why the article treats the combination as alternatives.
    pub explanation: Text,
    /// The sentences behind it.
    #[serde(default)]
    pub evidence: Vec<SentenceNo>,
}

/// A guided lesson: steps that change conditions, point at sentences and consequences, and
/// ask the class to predict before revealing the answer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Walkthrough {
    /// Stable identifier.
    pub id: String,
    /// The lesson's title.
    pub title: Text,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// One step of a walkthrough.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The step's title.
    pub title: Text,
    /// What the presenter says.
    pub narration: Text,
    /// The condition changes this step makes (on top of the previous steps' states).
    #[serde(default)]
    pub set: States,
    /// Sentences to point at.
    #[serde(default)]
    pub sentences: Vec<SentenceNo>,
    /// Consequences to point at (ids).
    #[serde(default)]
    pub consequences: Vec<String>,
    /// A question for the class, asked before the answer is revealed.
    #[serde(default)]
    pub question: Option<Text>,
    /// The answer, revealed on the next key press.
    #[serde(default)]
    pub answer: Option<Text>,
}

fn text(old: Text) -> language::Text {
    let mut text = language::Text::default();
    text.set("en", old.en);
    text.set("id", old.id);
    text
}

fn kind(old: Kind) -> current::Kind {
    match old {
        Kind::MilitaryCommitment => current::Kind::MilitaryCommitment,
        Kind::SecurityGuarantee => current::Kind::SecurityGuarantee,
        Kind::Sanction => current::Kind::Sanction,
        Kind::DiplomaticStep => current::Kind::DiplomaticStep,
        Kind::Position => current::Kind::Position,
    }
}

fn firmness(old: Firmness) -> current::Firmness {
    match old {
        Firmness::Pledged => current::Firmness::Pledged,
        Firmness::Expected => current::Firmness::Expected,
        Firmness::Believed => current::Firmness::Believed,
        Firmness::Intends => current::Firmness::Intends,
        Firmness::Threatens => current::Firmness::Threatens,
        Firmness::Rejects => current::Firmness::Rejects,
        Firmness::Stated => current::Firmness::Stated,
    }
}

/// A format-1 case as the current model: its article is in Indonesian, every translation is
/// English, and every text keeps its English and Indonesian versions.
pub fn case_1_to_2(old: Case) -> current::Case {
    current::Case {
        format_version: 2,
        id: old.id,
        language: "id".to_owned(),
        languages: Vec::new(),
        title: text(old.title),
        about: text(old.about),
        source: current::Source::default(),
        article_file: None,
        article: None,
        sentences: old
            .sentences
            .into_iter()
            .map(|sentence| {
                let mut translations = language::Text::default();
                translations.set("en", sentence.translation);
                current::Sentence {
                    number: sentence.number,
                    original: sentence.original,
                    translations,
                    heading: sentence.heading,
                    context: sentence.context,
                }
            })
            .map(Shared::new)
            .collect(),
        actors: old
            .actors
            .into_iter()
            .map(|actor| current::Actor {
                id: actor.id,
                name: text(actor.name),
                person: actor.person,
                role: actor.role.map(text),
            })
            .collect(),
        kinds: Vec::new(),
        conditions: old
            .conditions
            .into_iter()
            .map(|condition| current::Condition {
                id: condition.id,
                label: text(condition.label),
                description: text(condition.description),
                applies_if: None,
                evidence: condition.evidence,
            })
            .collect(),
        exclusive: Vec::new(),
        consequences: old
            .consequences
            .into_iter()
            .map(|consequence| current::Consequence {
                id: consequence.id,
                title: text(consequence.title),
                actor: consequence.actor,
                kind: kind(consequence.kind),
                claimant: consequence.claimant,
                firmness: firmness(consequence.firmness),
                trigger: consequence.trigger,
                evidence: consequence.evidence,
                note: consequence.note.map(text),
            })
            .map(Shared::new)
            .collect(),
        objections: old
            .objections
            .into_iter()
            .map(|objection| current::Objection {
                id: objection.id,
                by: objection.by,
                claimant: objection.claimant,
                statement: text(objection.statement),
                contests: objection.contests,
                evidence: objection.evidence,
            })
            .collect(),
        tensions: old
            .tensions
            .into_iter()
            .map(|tension| current::Tension {
                id: tension.id,
                when: tension.when,
                title: text(tension.title),
                explanation: text(tension.explanation),
                evidence: tension.evidence,
            })
            .collect(),
        walkthroughs: old
            .walkthroughs
            .into_iter()
            .map(|walkthrough| current::Walkthrough {
                id: walkthrough.id,
                title: text(walkthrough.title),
                steps: walkthrough
                    .steps
                    .into_iter()
                    .map(|step| current::Step {
                        title: text(step.title),
                        narration: text(step.narration),
                        set: step.set,
                        sentences: step.sentences,
                        consequences: step.consequences,
                        question: step.question.map(text),
                        answer: step.answer.map(text),
                    })
                    .collect(),
            })
            .collect(),
        exercise: None,
    }
}

/// Where a value of the current model sits in a format-1 file: a text's language is a field
/// there (`en:`), and a sentence's English translation is its `translation`.
pub fn path_in_v1(path: &[Segment]) -> Vec<Segment> {
    let mut old = Vec::with_capacity(path.len());
    let mut segments = path.iter().peekable();
    while let Some(segment) = segments.next() {
        match segment {
            Segment::Field("translations") => {
                old.push(Segment::Field("translation"));
                // The language key has no place of its own in format 1.
                segments.next();
            }
            Segment::Key(code) | Segment::KeyName(code) if code == "en" => {
                old.push(Segment::Field("en"));
            }
            Segment::Key(code) | Segment::KeyName(code) if code == "id" => {
                old.push(Segment::Field("id"));
            }
            other => old.push(other.clone()),
        }
    }
    old
}
