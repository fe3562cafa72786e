//! The pure core: model, parsing and validation, evaluation and explanations. It never
//! imports the GUI, and only [`file`] touches the disk.
//!
//! The modules form layers; a module uses only modules of its own layer or below (the test
//! `tests/architecture.rs` holds the same list and fails when an import points up):
//!
//! 0. leaves: [`ids`], [`limits`], [`prose`], [`dialect`], [`shared`],
//!    [`lookup`]
//! 1. the model: [`language`], [`found`] (what check finds, as data), [`diagnostics`],
//!    [`model`], [`scenario`]
//! 2. reading and writing text: [`parse`] (with migration and the source map), [`write`],
//!    [`split`] (an article into sentences), [`edit`] (changes with their inverses, for undo),
//!    [`link`] (a scenario as a URL fragment, to share)
//! 3. validation: [`logic`] (compiled triggers), [`valid`], [`load`], [`verbatim`]
//! 4. the shipped cases and the disk: [`shipped`], [`file`], [`probe`]
//! 5. what follows: [`eval`], [`explain`], [`diff`], [`table`], [`graph`], [`walkthrough`];
//!    starting and tidying a case: [`skeleton`], [`renumber`]; students reading for
//!    themselves: [`exercise`], [`grade`]

pub mod diagnostics;
pub mod dialect;
pub mod found;
pub mod ids;
pub mod limits;
pub mod lookup;
pub mod prose;
pub mod shared;

pub mod language;
pub mod model;
pub mod scenario;

pub mod edit;
pub mod link;
pub mod parse;
pub mod split;
pub mod write;

pub mod load;
pub mod logic;
pub mod valid;
pub mod verbatim;

pub mod file;
pub mod probe;
pub mod shipped;

pub mod diff;
pub mod eval;
pub mod exercise;
pub mod explain;
pub mod grade;
pub mod graph;
pub mod renumber;
pub mod skeleton;
pub mod table;
pub mod walkthrough;

#[cfg(test)]
mod fixtures;

pub use eval::{Evaluation, Outcome, Setting, Status, evaluate};
pub use ids::{ConditionIx, ConsequenceIx, ObjectionIx, SentenceNo, TensionIx};
pub use language::{Lang, Text};
pub use model::{
    Actor, Case, Condition, ConditionState, Consequence, DeclaredKind, Exercise, FORMAT_VERSION,
    Firmness, Keep, Kind, Objection, Sentence, Source, States, Step, Tension, Trigger, Walkthrough,
};
pub use scenario::Scenario;
pub use shared::Shared;
pub use valid::ValidCase;
