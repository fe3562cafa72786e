//! Typed positions: a condition, consequence, objection or tension by its place in the case's
//! list, and a sentence by its number in the article. A bare `usize` could be any of them.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub usize);

        impl $name {
            /// The position as a plain index.
            pub fn index(self) -> usize {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

index_type!(
    /// A condition, by its place in the case's `conditions`.
    ConditionIx
);
index_type!(
    /// A consequence, by its place in the case's `consequences`.
    ConsequenceIx
);
index_type!(
    /// An objection, by its place in the case's `objections`.
    ObjectionIx
);
index_type!(
    /// A tension, by its place in the case's `tensions`.
    TensionIx
);

/// A sentence's number in the article, counting from 1 (headings count).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct SentenceNo(pub u32);

impl SentenceNo {
    /// The number as a plain integer.
    pub fn get(self) -> u32 {
        self.0
    }

    /// The sentence's place in the article's list (number 1 is place 0); none for 0.
    pub fn position(self) -> Option<usize> {
        usize::try_from(self.0.checked_sub(1)?).ok()
    }
}

impl fmt::Display for SentenceNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
