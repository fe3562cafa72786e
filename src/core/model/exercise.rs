//! What marks a case as an exercise: a copy of a case for students to read for themselves,
//! with the teacher's answers left out.

use serde::{Deserialize, Serialize};

use crate::core::language::Text;

/// Marks a case as an exercise made from another case (the teacher's, the key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// The id of the case the exercise was made from.
    pub from_case: String,
    /// What the teacher kept of that case besides the article and the actors.
    pub keep: Keep,
    /// With [`Keep::Titles`]: the titles of the consequences the students are to find, in the
    /// key's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_find: Vec<Text>,
}

/// What an exercise keeps of its case besides the article and the actors.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    /// The conditions (ids, labels, descriptions and rules among them, not their evidence).
    #[default]
    Conditions,
    /// The consequences' titles only, as what to find.
    Titles,
    /// Nothing: the students find the conditions and the consequences themselves.
    Nothing,
}

impl Keep {
    /// Every choice, in the order the command line lists them.
    pub const ALL: [Self; 3] = [Self::Conditions, Self::Titles, Self::Nothing];

    /// The word used on the command line and in files.
    pub fn key(self) -> &'static str {
        match self {
            Self::Conditions => "conditions",
            Self::Titles => "titles",
            Self::Nothing => "nothing",
        }
    }

    /// Parses `conditions`, `titles` or `nothing`.
    pub fn from_key(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|keep| keep.key() == word)
    }
}
