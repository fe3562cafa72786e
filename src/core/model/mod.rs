//! The data model of a case: one article, its sentences, and what it says follows from which
//! conditions.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

mod exercise;
mod lookup;

pub use exercise::{Exercise, Keep};

use super::ids::SentenceNo;
use super::language::{Lang, Text};
use super::shared::Shared;

/// The file format version this build writes and reads natively.
pub const FORMAT_VERSION: u32 = 2;

/// A case: one article, its sentences, and what it says follows from which conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Format version of the file this came from.
    pub format_version: u32,
    /// Stable identifier, referenced by scenario files.
    pub id: String,
    /// The language the article is written in, as a code (`id`, `en`, `fr`).
    pub language: String,
    /// The languages the case promises its own texts in (titles, labels, translations of the
    /// sentences), as codes: a text missing in one of them is worth a warning, a text in
    /// another is a bonus. Left out, the case promises the window's languages, English and
    /// Indonesian (see [`Case::promised_languages`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The case's title.
    pub title: Text,
    /// A line about the source (what it is, what it does not name).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub about: Text,
    /// Where the article comes from; every detail is optional and none is ever guessed.
    #[serde(default, skip_serializing_if = "Source::is_empty")]
    pub source: Source,
    /// The article's text file, relative to the case file's folder (and inside it). When it is
    /// named, `check` verifies that the sentences are the article, verbatim and complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_file: Option<String>,
    /// The article's whole text, held in the case file itself, for a case with no file beside
    /// it (one downloaded from the browser, or carried in a link): `check` compares the
    /// sentences with it as with `article_file`. A case holds one or the other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// The article, sentence by sentence, in order. Headings count as sentences.
    pub sentences: Vec<Shared<Sentence>>,
    /// Who acts and who claims. Empty when left out (a case just started).
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Kinds of consequence this case adds to the built-in ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<DeclaredKind>,
    /// The conditions a reader can flip. Empty when left out (a case just started).
    #[serde(default)]
    pub conditions: Vec<Condition>,
    /// Sets of conditions of which at most one can be yes (by id).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclusive: Vec<Vec<String>>,
    /// What the article says would follow. Empty when left out (a case just started).
    #[serde(default)]
    pub consequences: Vec<Shared<Consequence>>,
    /// Statements that contest consequences without cancelling them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<Objection>,
    /// Combinations the article treats as alternatives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tensions: Vec<Tension>,
    /// Guided lessons through the case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub walkthroughs: Vec<Walkthrough>,
    /// Set when the case is an exercise made from another case, for students to fill in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<Exercise>,
}

/// Where an article comes from. Each detail is optional: what the article does not say stays
/// blank.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Who wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// When it was published, as the source writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where it can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Under what licence it may be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// A credit line: the wire services or other sources the report drew on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// Which version or update of the story the case follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Source {
    /// Whether no detail is given (not even an empty one).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The details given, each with its field name, in a fixed order.
    pub fn details(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("outlet", &self.outlet),
            ("author", &self.author),
            ("date", &self.date),
            ("url", &self.url),
            ("licence", &self.licence),
            ("credit", &self.credit),
            ("version", &self.version),
        ]
        .into_iter()
        .filter_map(|(field, value)| {
            let value = value.as_deref()?.trim();
            (!value.is_empty()).then_some((field, value))
        })
    }
}

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    /// The sentence's number, counting from 1. A sentence inserted by hand may leave it out
    /// (`skenario renumber` numbers the sentences again and updates every reference).
    #[serde(default)]
    pub number: SentenceNo,
    /// The verbatim text of the article, in the case's language.
    pub original: String,
    /// Translations of the sentence, by language code (optional).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub translations: Text,
    /// The sentence is a heading.
    #[serde(default, skip_serializing_if = "is_false")]
    pub heading: bool,
    /// The case deliberately does not model this sentence.
    #[serde(default, skip_serializing_if = "is_false")]
    pub context: bool,
}

impl Sentence {
    /// The translation to show beside the original in `lang`: the one in `lang`, else any;
    /// none when the sentence has no translation (or only one in the article's own language).
    pub fn translation(&self, lang: Lang, article_language: &str) -> Option<(&str, &str)> {
        if article_language != lang.code()
            && let Some(text) = self.translations.exact(lang.code())
        {
            return Some((text, lang.code()));
        }
        self.translations
            .iter()
            .find(|(code, text)| *code != article_language && !text.trim().is_empty())
            .map(|(code, text)| (text, code))
    }
}

/// A kind of consequence a case declares for itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclaredKind {
    /// Stable identifier, as consequences name it: `kind: custom("recount")`.
    pub id: String,
    /// The kind's name.
    pub label: Text,
}

/// A person, state or group that acts or claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable identifier.
    pub id: String,
    /// The state or group.
    pub name: Text,
    /// The person speaking for it, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The person's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
}

impl Actor {
    /// How the actor is named as the one who acts: "France".
    pub fn name(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        self.name.get(lang)
    }

    /// How the actor is named as the one who claims: "Emmanuel Macron, President of France".
    pub fn speaker(&self, lang: Lang) -> String {
        match (&self.person, &self.role) {
            (Some(person), Some(role)) => format!("{person}, {}", role.get(lang)),
            (Some(person), None) => person.clone(),
            (None, _) => self.name(lang).into_owned(),
        }
    }
}

/// A condition the reader can set to yes, no or unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Stable identifier (`ceasefire`).
    pub id: String,
    /// Short label.
    pub label: Text,
    /// One line saying what it means.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// When the condition applies at all: a trigger over other conditions (`condition("runoff")`).
    /// Where it does not hold, the condition is not applicable and counts as no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_if: Option<Trigger>,
    /// Sentences that raise the condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<SentenceNo>,
}

/// Something the article says would follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant: Option<String>,
    /// How firm the wording is.
    pub firmness: Firmness,
    /// When it follows.
    pub trigger: Trigger,
    /// The sentences that say so.
    pub evidence: Vec<SentenceNo>,
    /// A remark that keeps the reader honest ("expected, not yet done").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What kind of consequence it is: a built-in kind, or one the case declares.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// A kind the case declares (by its id).
    Custom(String),
}

impl Kind {
    /// Every built-in kind, in display order.
    pub const BUILT_IN: [Self; 5] = [
        Self::MilitaryCommitment,
        Self::SecurityGuarantee,
        Self::Sanction,
        Self::DiplomaticStep,
        Self::Position,
    ];

    /// The identifier used in files and JSON (a declared kind's own id).
    pub fn key(&self) -> &str {
        match self {
            Self::MilitaryCommitment => "military_commitment",
            Self::SecurityGuarantee => "security_guarantee",
            Self::Sanction => "sanction",
            Self::DiplomaticStep => "diplomatic_step",
            Self::Position => "position",
            Self::Custom(id) => id,
        }
    }
}

/// How firm the article's wording is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// Something considered: not ruled out, may happen.
    Considers,
    /// A conditional threat.
    Threatens,
    /// A refusal.
    Rejects,
    /// Reported as said or done.
    Stated,
}

impl Firmness {
    /// Every firmness, from firmest wording to plain report.
    pub const ALL: [Self; 8] = [
        Self::Pledged,
        Self::Expected,
        Self::Believed,
        Self::Intends,
        Self::Considers,
        Self::Threatens,
        Self::Rejects,
        Self::Stated,
    ];

    /// The identifier used in files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Pledged => "pledged",
            Self::Expected => "expected",
            Self::Believed => "believed",
            Self::Intends => "intends",
            Self::Considers => "considers",
            Self::Threatens => "threatens",
            Self::Rejects => "rejects",
            Self::Stated => "stated",
        }
    }
}

/// When a consequence follows (or a tension holds): a boolean expression over conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// The article reports it without condition.
    Always,
    /// The condition with this id is yes.
    Condition(String),
    /// The consequence with this id follows (a chain).
    Consequence(String),
    /// The inner trigger does not hold.
    Not(Box<Trigger>),
    /// Every inner trigger holds.
    All(Vec<Trigger>),
    /// At least one inner trigger holds.
    Any(Vec<Trigger>),
}

/// A statement that contests consequences without cancelling them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objection {
    /// Stable identifier.
    pub id: String,
    /// Who objects (an actor id).
    pub by: String,
    /// Who voices the objection (an actor id), when it is not `by` itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant: Option<String>,
    /// What the objection says.
    pub statement: Text,
    /// The consequences it contests.
    pub contests: Vec<String>,
    /// The sentences that say so.
    pub evidence: Vec<SentenceNo>,
}

/// A combination of conditions the article treats as alternatives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Walkthrough {
    /// Stable identifier.
    pub id: String,
    /// The lesson's title.
    pub title: Text,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

impl Walkthrough {
    /// The condition states once step `step` (from 0) is reached: each step's changes on top
    /// of the ones before; a step that sets a condition to unknown takes it back.
    pub fn states_at(&self, step: usize) -> States {
        let mut states = States::new();
        for s in self.steps.iter().take(step.saturating_add(1)) {
            for (condition_id, state) in &s.set {
                if *state == ConditionState::Unknown {
                    states.remove(condition_id);
                } else {
                    states.insert(condition_id.clone(), *state);
                }
            }
        }
        states
    }
}

/// One step of a walkthrough.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Text>,
    /// The answer, revealed on the next key press.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Text>,
}

/// The state of one condition.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ConditionState {
    /// The condition holds.
    Yes,
    /// The condition does not hold.
    No,
    /// The article leaves it open (the default).
    #[default]
    Unknown,
}

impl ConditionState {
    /// Every state, in the order a control shows them.
    pub const ALL: [Self; 3] = [Self::Yes, Self::No, Self::Unknown];

    /// The word used on the command line, in files and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown => "unknown",
        }
    }

    /// Parses `yes`, `no` or `unknown`.
    pub fn from_key(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.key() == word)
    }
}

impl fmt::Display for ConditionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The states of a case's conditions, by condition id. Missing ids are unknown.
pub type States = BTreeMap<String, ConditionState>;

fn is_false(value: &bool) -> bool {
    !*value
}
