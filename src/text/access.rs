//! What the window says only to a screen reader: the names of its dividers, what changed after
//! a click, and what a row of the truth table holds.

use crate::core::prose::thousands;

/// The words only a screen reader speaks, in one language.
pub struct AccessWords {
    /// The divider between the conditions panel and the centre.
    pub resize_conditions: &'static str,
    /// The same divider while editing, when the left panel is the case's outline.
    pub resize_outline: &'static str,
    /// The divider between the centre and the article.
    pub resize_article: &'static str,
    /// Announced after the conditions change: the consequences that now follow and those
    /// that no longer do, by title.
    pub changed: fn(&[String], &[String]) -> String,
    /// A sentence's translation, after its original: "translation: …".
    pub translated: &'static str,
    /// A truth-table row: what follows in it and what does not, by title.
    pub row_follows: fn(&[String], &[String]) -> String,
    /// A truth-table row holds tensions, by title.
    pub row_tensions: fn(&[String]) -> String,
}

/// A list of titles, the first few by name and the rest by number.
pub(crate) fn titles(listed: &[String], more_word: &str) -> String {
    const NAMED: usize = 12;
    let named: Vec<&str> = listed.iter().take(NAMED).map(String::as_str).collect();
    let more = listed.len().saturating_sub(NAMED);
    if more == 0 {
        named.join("; ")
    } else {
        format!("{}; {} {more_word}", named.join("; "), thousands(more))
    }
}
