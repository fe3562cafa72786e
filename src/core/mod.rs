//! The pure core: model, loading and validation, evaluation and explanations. It never
//! imports the GUI, and only [`file`] touches the disk.

pub mod diff;
pub mod eval;
pub mod export;
pub mod file;
#[cfg(test)]
mod fixtures;
pub mod graph;
pub mod load;
pub mod logic;
pub mod migrate;
pub mod model;
pub mod shipped;
pub mod source_map;
pub mod split;
pub mod table;
pub mod valid;
pub mod walkthrough;
pub mod words;

pub use eval::{Evaluation, Outcome, Setting, Status, evaluate};
pub use model::{
    Actor, Case, Condition, ConditionState, Consequence, FORMAT_VERSION, Firmness, Kind, Lang,
    Objection, Scenario, Sentence, States, Step, Tension, Text, Trigger, Walkthrough,
};
pub use valid::ValidCase;
