//! The words that explain an outcome: why it follows, what it depends on, what would have to
//! change. [`super::phrases`] puts them together.

/// The explaining words in one language.
#[derive(Debug)]
pub struct Explaining {
    /// "Actor": who acts.
    pub actor: &'static str,
    /// "Claimed by": who says so.
    pub claimed_by: &'static str,
    /// The claimant when the article itself reports something.
    pub the_article_itself: &'static str,
    /// "Why" (it follows).
    pub why: &'static str,
    /// Why, for something reported without condition.
    pub reported_without_condition: &'static str,
    /// "Because" (it does not follow).
    pub because: &'static str,
    /// "Depends on".
    pub depends_on: &'static str,
    /// "Would follow if".
    pub would_follow_if: &'static str,
    /// "or" between alternatives.
    pub or: &'static str,
    /// "and" between settings.
    pub and: &'static str,
    /// When no change of conditions makes it follow.
    pub never_follows: &'static str,
    /// When the search for changes stopped at its limit.
    pub search_cut_short: &'static str,
}
