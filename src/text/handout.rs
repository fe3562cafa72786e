//! The handouts' own words: headings, legends and the footer.

use crate::core::Status;

/// The handout's words in one language.
pub struct HandoutWords {
    /// "Scenario".
    pub scenario: &'static str,
    /// The name of a scenario with every condition unknown.
    pub article_world: &'static str,
    /// Heading of the conditions.
    pub conditions: &'static str,
    /// Heading of each group of consequences.
    pub group: fn(Status) -> &'static str,
    /// When nothing follows.
    pub nothing_follows: &'static str,
    /// Heading of a tension.
    pub tension: &'static str,
    /// Label of a consequence's note.
    pub note: &'static str,
    /// Label of who contests a consequence.
    pub contested_by: &'static str,
    /// Points to the objections section.
    pub see_objections: &'static str,
    /// Heading of the objections.
    pub objections: &'static str,
    /// Label of what an objection contests.
    pub contests: &'static str,
    /// Marks a quoted heading.
    pub heading: &'static str,
    /// Heading of the firmness legend.
    pub legend: &'static str,
    /// Heading of the questions.
    pub questions: &'static str,
    /// Where a student writes.
    pub answer: &'static str,
    /// The last line, naming the article's language and the translations' language (if
    /// any quote has a translation).
    pub footer: fn(&str, Option<&str>) -> String,
}
