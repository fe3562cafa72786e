//! What a handout is asked for: its format, its language, and the questions it adds.

use crate::core::{Lang, Walkthrough};

/// The file format of a handout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Markdown (CommonMark), for editing or pasting into other documents.
    Markdown,
    /// One printable HTML file with its styles inline.
    Html,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 2] = [Self::Markdown, Self::Html];

    /// The word used on the command line: `md` or `html`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }

    /// Parses `md` or `html`.
    pub fn from_key(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|format| format.key() == word)
    }

    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.key()
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(word: &str) -> Result<Self, Self::Err> {
        Self::from_key(word.trim())
            .ok_or_else(|| format!("`{word}` is not a handout format; use md or html"))
    }
}

/// How much a handout holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Length {
    /// Everything: what follows, depends and does not, each with all its quotes and reasons,
    /// the objections and the firmness legend (1 to 4 A4 pages).
    #[default]
    Full,
    /// One A4 sheet to hand out: what follows, each with its key quote (the first sentence that
    /// says so), and the class questions.
    OnePage,
}

/// What goes into a handout besides the scenario.
#[derive(Debug, Clone, Copy, Default)]
pub struct HandoutOptions<'a> {
    /// The language of the handout's own words and of the case's content. Quotes are always
    /// the article's original Indonesian with the case's English translation.
    pub lang: Lang,
    /// A walkthrough whose questions are printed, each with space to write (never the answers).
    pub questions: Option<&'a Walkthrough>,
    /// The whole handout, or one page of it.
    pub length: Length,
}
