//! Handouts: one scenario of a case as Markdown, or as one self-contained printable HTML file
//! (A4, no external resources), citing the article's sentences.
//!
//! Pure: the functions return strings and the caller writes them. Every string that came from a
//! file is escaped for the format ([`escape_html`], [`escape_markdown`]) and put on one line,
//! so a case file cannot add markup, scripts or links to a handout.

mod escape;
mod html;
mod markdown;
mod sheet;

pub use escape::{escape_html, escape_markdown};

use sheet::Sheet;

use crate::core::{Case, Lang, Scenario, ValidCase, Walkthrough};
use crate::text::Words;

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

/// What goes into a handout besides the scenario.
#[derive(Debug, Clone, Copy, Default)]
pub struct HandoutOptions<'a> {
    /// The language of the handout's own words and of the case's content. Quotes are always
    /// the article's original Indonesian with the case's English translation.
    pub lang: Lang,
    /// A walkthrough whose questions are printed, each with space to write (never the answers).
    pub questions: Option<&'a Walkthrough>,
}

/// The handout of `scenario` (a scenario of `case`) in `format`.
pub fn handout(
    case: &ValidCase,
    scenario: &Scenario,
    format: Format,
    options: &HandoutOptions<'_>,
) -> String {
    match format {
        Format::Markdown => markdown(case, scenario, options),
        Format::Html => html(case, scenario, options),
    }
}

/// The handout of `scenario` as Markdown.
pub fn markdown(case: &ValidCase, scenario: &Scenario, options: &HandoutOptions<'_>) -> String {
    markdown::render(&Sheet::new(case, scenario, options))
}

/// The handout of `scenario` as one self-contained HTML file, laid out for A4 paper.
pub fn html(case: &ValidCase, scenario: &Scenario, options: &HandoutOptions<'_>) -> String {
    html::render(&Sheet::new(case, scenario, options))
}

/// A scenario with every condition unknown — the world as the article leaves it — for a
/// handout of the case itself.
pub fn article_world(case: &ValidCase) -> Scenario {
    let mut scenario = Scenario::new(case.case(), Words::get(Lang::En).handout.article_world);
    scenario.name_id = Some(Words::get(Lang::Id).handout.article_world.to_owned());
    scenario
}

/// The first walkthrough of `case` that asks at least one question.
pub fn walkthrough_with_questions(case: &Case) -> Option<&Walkthrough> {
    case.walkthroughs
        .iter()
        .find(|walkthrough| walkthrough.steps.iter().any(|step| step.question.is_some()))
}
