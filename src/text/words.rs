//! Every word of one language, in one struct that each language fills.

use super::content::ContentWords;
use super::explaining::Explaining;
use super::handout::HandoutWords;
use super::window::WindowWords;
use crate::core::{ConditionState, Firmness, Kind, Lang};

/// Every word of one language.
pub struct Words {
    /// The language.
    pub lang: Lang,
    /// The names of kinds, firmness and states.
    pub content: ContentWords,
    /// The words that explain an outcome.
    pub explaining: &'static Explaining,
    /// The window's words.
    pub window: WindowWords,
    /// The handouts' words.
    pub handout: HandoutWords,
}

impl Words {
    /// A kind of consequence.
    pub fn kind(&self, kind: Kind) -> &'static str {
        (self.content.kind)(kind)
    }

    /// A firmness badge.
    pub fn firmness(&self, firmness: Firmness) -> &'static str {
        (self.content.firmness)(firmness)
    }

    /// What a firmness badge means.
    pub fn firmness_meaning(&self, firmness: Firmness) -> &'static str {
        (self.content.firmness_meaning)(firmness)
    }

    /// A condition state inside a phrase.
    pub fn state(&self, state: ConditionState) -> &'static str {
        (self.content.state)(state)
    }
}
