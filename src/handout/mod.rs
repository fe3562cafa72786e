//! Handouts: one scenario of a case as Markdown, or as one self-contained printable HTML file
//! (A4, no external resources), citing the article's sentences.
//!
//! Pure: the functions return strings and the caller writes them. Every string that came from a
//! file is escaped for the format ([`escape_html`], [`escape_markdown`]) and put on one line,
//! so a case file cannot add markup, scripts or links to a handout.

mod escape;
pub mod grade_render;
pub mod grade_report;
mod html;
mod markdown;
mod options;
mod sheet;

pub use escape::{escape_html, escape_markdown};
pub use options::{Format, HandoutOptions, Length};

use sheet::Sheet;

use crate::core::{Case, Lang, Scenario, ValidCase, Walkthrough};
use crate::text::Words;

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
