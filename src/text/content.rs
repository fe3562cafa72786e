//! The names of what a case is made of — kinds of consequence, firmness, condition states —
//! as every front shows them.

use crate::core::{ConditionState, Firmness, Kind};

/// The names in one language.
pub struct ContentWords {
    /// A built-in kind of consequence (none for a kind the case declares).
    pub kind: fn(&Kind) -> Option<&'static str>,
    /// A firmness badge.
    pub firmness: fn(Firmness) -> &'static str,
    /// What a firmness badge means, for a tooltip or a legend.
    pub firmness_meaning: fn(Firmness) -> &'static str,
    /// A condition state inside a phrase: "Ceasefire reached = yes".
    pub state: fn(ConditionState) -> &'static str,
    /// The name of a source detail (`outlet`, `author`, `date`, `url`, `licence`, `credit`,
    /// `version`).
    pub source_field: fn(&str) -> &'static str,
}
