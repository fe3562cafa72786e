//! Every word people read — in the window, the handouts and the command line's explanations —
//! in English and Bahasa Indonesia. Each language fills one [`Words`], so a missing
//! translation is a compile error. The texts of a case come from its file, not from here.

pub mod access;
pub mod content;
pub mod editor;
pub mod explaining;
pub mod grading;
pub mod handout;
pub mod labels;
pub mod languages;
pub mod phrases;
pub mod sharing;
pub mod window;
mod words;

mod en;
mod id;

pub use words::Words;

use crate::core::Lang;

impl Words {
    /// The words of `lang`.
    pub fn get(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &en::WORDS,
            Lang::Id => &id::WORDS,
        }
    }
}
