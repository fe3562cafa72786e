//! What `check` finds, as data: each kind of problem with the ids, numbers and language codes
//! it is about, so every front words it in its own way — the command line in the English that
//! `skenario check` prints (this module's `Display`, with the file's own syntax, for authors of
//! RON), the window in its language and in plain words (`text/`).

mod english;

pub use crate::core::language::CodeHint;

/// The kinds of element a case holds, as problems name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ElementKind {
    /// The case itself (its header).
    Case,
    /// An actor.
    Actor,
    /// A kind of consequence the case declares.
    Kind,
    /// A condition.
    Condition,
    /// A consequence.
    Consequence,
    /// An objection.
    Objection,
    /// A tension.
    Tension,
    /// A walkthrough.
    Walkthrough,
}

impl ElementKind {
    /// The word `check` uses for it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Case => "the case",
            Self::Actor => "actor",
            Self::Kind => "kind",
            Self::Condition => "condition",
            Self::Consequence => "consequence",
            Self::Objection => "objection",
            Self::Tension => "tension",
            Self::Walkthrough => "walkthrough",
        }
    }
}

/// The element a text belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Owner {
    /// The case's header.
    Case,
    /// An element, by kind and id.
    Element(ElementKind, String),
    /// Step `step` (from 1) of the walkthrough with this id.
    Step {
        /// The walkthrough's id.
        walkthrough: String,
        /// The step, counting from 1.
        step: usize,
    },
}

/// Which text of its element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextField {
    /// A title (of the case, a consequence, a tension, a walkthrough or a step).
    Title,
    /// The case's line about its source.
    About,
    /// An actor's or a kind's name.
    Name,
    /// An actor's role.
    Role,
    /// A condition's label.
    Label,
    /// A condition's description.
    Description,
    /// A consequence's note.
    Note,
    /// An objection's statement.
    Statement,
    /// A tension's explanation.
    Explanation,
    /// A step's narration.
    Narration,
    /// A step's question.
    Question,
    /// A step's answer.
    Answer,
}

/// One text of one element: "the title of consequence `x`".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TextRef {
    /// Whose text.
    pub owner: Owner,
    /// Which of its texts.
    pub field: TextField,
}

/// What an unknown id may have meant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IdHint {
    /// Nothing to suggest.
    #[default]
    None,
    /// A known id close to the one written.
    DidYouMean(String),
    /// The few ids there are, in order.
    Known(Vec<String>),
}

/// Which field names an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorField {
    /// Who acts (a consequence's `actor`).
    Actor,
    /// Who says so (`claimant`).
    Claimant,
    /// Who objects (an objection's `by`).
    By,
}

impl ActorField {
    /// The field's name in the file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Actor => "actor",
            Self::Claimant => "claimant",
            Self::By => "by",
        }
    }
}

/// What the window shows for a text that lacks a window language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ShownInstead {
    /// The text in this language.
    Language(String),
    /// Texts of several languages.
    Mixed,
}

/// What the closing finding counts when not every finding is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unlisted {
    /// Only errors.
    Errors,
    /// Only warnings.
    Warnings,
    /// Both.
    Problems,
}

/// How a scenario's saved fingerprint compares with its case's.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DriftDetail {
    /// The scenario records no evidence to compare; this is the fingerprint to write.
    NothingRecorded(String),
    /// The sentences behind every consequence are the same.
    EvidenceUnchanged,
    /// The changes are listed in findings of their own.
    Listed,
}

/// Where an article parts ways with the case's sentences.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ArticlePlace {
    /// The article file's path, as the reader can open it; none for the article the case
    /// holds itself (`article: "…"`).
    pub file: Option<String>,
    /// `line:column` in it.
    pub at: String,
}

/// One thing `check` found.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Found {
    // Ids.
    /// An element with an empty id.
    EmptyId(ElementKind),
    /// An id with a character ids may not use.
    IdCharacter {
        /// Whose id.
        of: ElementKind,
        /// The id.
        id: String,
        /// The first character it may not use.
        bad: char,
    },
    /// Two elements of one kind with the same id.
    IdTwice(ElementKind, String),

    // Languages and texts.
    /// The article's language is not a language code.
    ArticleLanguage(String, Option<CodeHint>),
    /// A text's language is not a language code.
    TextLanguage(String, Option<CodeHint>),
    /// A translation's language is not a language code.
    TranslationLanguage(String, Option<CodeHint>),
    /// A translation in the article's own language.
    TranslationInOwnLanguage(String),
    /// A text that says nothing in any language.
    EmptyText(TextRef),
    /// A text without a version in a language the case promises.
    MissingLanguage {
        /// The text.
        text: TextRef,
        /// The language it lacks.
        language: String,
        /// What the window shows instead.
        shown: ShownInstead,
    },
    /// Many texts without a version in a language the case promises.
    ManyMissingLanguage {
        /// The language they lack.
        language: String,
        /// How many lack it.
        count: usize,
        /// The first few.
        named: Vec<TextRef>,
        /// What the window shows instead.
        shown: ShownInstead,
    },

    // Sentences.
    /// The case has no sentences.
    NoSentences,
    /// A sentence without its text.
    EmptyOriginal,
    /// A sentence without a number, and how many more are misnumbered after it.
    Unnumbered {
        /// The number it should have.
        expected: usize,
        /// How many sentences after it are misnumbered too.
        more: usize,
    },
    /// Sentences not numbered 1, 2, 3… in order.
    Misnumbered {
        /// The number expected here.
        expected: usize,
        /// The number found.
        found: u32,
        /// How many sentences after it are misnumbered too.
        more: usize,
    },
    /// Many sentences that nothing cites (their numbers, in order).
    UncitedSentences(Vec<u32>),
    /// A sentence that nothing cites.
    UncitedSentence(u32),
    /// A sentence marked as context that something cites.
    ContextCited {
        /// The sentence.
        number: u32,
        /// What cites it.
        by: Vec<(ElementKind, String)>,
    },

    // Evidence.
    /// An element with no evidence.
    NoEvidence,
    /// Evidence naming a sentence the article does not have.
    EvidenceOutOfRange {
        /// The number named.
        number: u32,
        /// How many sentences there are.
        count: usize,
    },
    /// A sentence named twice in one list.
    CitedTwice(u32),

    // Actors and kinds.
    /// No actor chosen yet.
    NoActorChosen(ActorField),
    /// An actor id the case does not declare.
    UnknownActor(String, IdHint),
    /// A kind declared that is built in already.
    KindBuiltInDeclared(String),
    /// A built-in kind written as the case's own (`custom("sanction")`).
    BuiltInKindAsOwn(String),
    /// A kind the case does not declare.
    UndeclaredKind(String, IdHint),

    // Conditions, consequences, triggers.
    /// The case has no conditions yet.
    NoConditions,
    /// The case has no consequences yet.
    NoConsequences,
    /// An exclusive set of fewer than two conditions.
    ExclusiveTooSmall,
    /// A condition id the case does not have.
    UnknownCondition(String, IdHint),
    /// A condition listed twice in one exclusive set.
    ListedTwiceInSet(String),
    /// A consequence id the case does not have.
    UnknownConsequence(String, IdHint),
    /// An `applies_if` that names a consequence.
    AppliesIfNamesConsequence(String),
    /// An empty `all` (true) or `any` (false).
    EmptyTriggerList {
        /// `all` rather than `any`.
        all: bool,
    },
    /// `applies_if` rules that go round in a circle (the circle, its first id again last).
    AppliesIfCircle(Vec<String>),
    /// Consequences that depend on each other in a cycle.
    ConsequenceCycle(Vec<String>),
    /// A chain of consequences too deep to follow.
    ChainTooDeep {
        /// The consequence where it becomes too deep.
        consequence: String,
        /// How deep it goes.
        depth: usize,
        /// How deep Skenario follows.
        limit: usize,
    },
    /// A condition whose `applies_if` can never hold.
    NeverApplies {
        /// The condition.
        condition: String,
        /// The exclusive sets its rule clashes with; empty when the rule contradicts itself.
        sets: Vec<Vec<String>>,
    },
    /// An objection that contests nothing.
    ContestsNothing,
    /// The triggers did not compile although nothing else was found (a safety net).
    TriggersNotCompiled,

    // Walkthroughs.
    /// A walkthrough without steps.
    NoSteps,
    /// After a step, two exclusive conditions are both yes.
    StepBothYes {
        /// The step, from 1.
        step: usize,
        /// The first of the two.
        first: String,
        /// The second.
        second: String,
    },
    /// A step sets a condition the case does not have.
    StepUnknownCondition {
        /// The step, from 1.
        step: usize,
        /// The id.
        condition: String,
    },
    /// A step points at a sentence the article does not have.
    StepSentenceOutOfRange {
        /// The step, from 1.
        step: usize,
        /// The number.
        number: u32,
        /// How many sentences there are.
        count: usize,
    },
    /// A step points at a consequence the case does not have.
    StepUnknownConsequence {
        /// The step, from 1.
        step: usize,
        /// The id.
        consequence: String,
    },
    /// A step with an answer and no question.
    AnswerWithoutQuestion(usize),

    // Scenarios.
    /// A scenario for another case.
    ScenarioForOtherCase {
        /// The case the scenario names.
        scenario: String,
        /// The case's id.
        case: String,
    },
    /// A scenario that records no fingerprint; the case's is this.
    NoFingerprint(String),
    /// The article changed since the scenario was saved.
    ArticleChanged {
        /// The fingerprint saved.
        saved: String,
        /// The case's now.
        now: String,
        /// What else there is to say.
        detail: DriftDetail,
    },
    /// A condition the scenario sets that the case no longer has (the article changed).
    ConditionGone {
        /// The id.
        condition: String,
        /// The state it was set to.
        state: String,
    },
    /// Two exclusive conditions both yes in a scenario.
    BothYes {
        /// The first.
        first: String,
        /// The second.
        second: String,
    },
    /// A consequence the scenario recorded that the case no longer has.
    ConsequenceGone(String),
    /// The sentences behind a consequence changed since the scenario was saved.
    EvidenceChanged {
        /// The consequence.
        consequence: String,
        /// The sentences it now cites.
        now: Vec<u32>,
    },
    /// A consequence new since the scenario was saved.
    ConsequenceNew(String),

    // The article file beside a case.
    /// The path of the article file is not one Skenario reads (why, in English).
    ArticlePath(String),
    /// The case names an article file and holds the article too.
    ArticleTwice,
    /// The article file cannot be read.
    ArticleUnreadable {
        /// The path as the case names it.
        file: String,
        /// Why not.
        reason: String,
    },
    /// A sentence that is not word for word the article.
    NotVerbatim {
        /// The sentence.
        number: u32,
        /// What the sentence has from where they part.
        sentence_has: String,
        /// Where in the article.
        article: ArticlePlace,
        /// What the article has there (empty: nothing more).
        article_has: String,
    },
    /// Text of the article that no sentence holds, before a sentence.
    ArticleTextMissing {
        /// The sentence it comes before.
        number: u32,
        /// Where in the article.
        article: ArticlePlace,
        /// The text.
        text: String,
    },
    /// The article goes on after the last sentence.
    ArticleLeftOut {
        /// Where in the article.
        article: ArticlePlace,
        /// The text.
        text: String,
    },

    /// More findings of these kinds than are listed.
    MoreNotListed {
        /// How many are not listed.
        count: usize,
        /// Of which kind.
        of: Unlisted,
    },
}
