//! Every word people read — in the window, the handouts and the command line's explanations —
//! in English and Bahasa Indonesia. Each language fills one [`Words`], so a missing
//! translation is a compile error. The texts of a case come from its file, not from here.

pub mod content;
pub mod explaining;
pub mod handout;
pub mod window;

mod en;
mod id;

use content::ContentWords;
use explaining::Explaining;
use handout::HandoutWords;
use window::WindowWords;

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
    /// The words of `lang`.
    pub fn get(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &en::WORDS,
            Lang::Id => &id::WORDS,
        }
    }

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

/// A language's own name for itself, as the language switch shows it.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Id => "Bahasa Indonesia",
    }
}
