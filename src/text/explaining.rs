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
    /// "not", before a parenthesised part of a rule.
    pub not: &'static str,
    /// The state of a condition whose `applies_if` does not hold.
    pub does_not_apply: &'static str,
    /// Why it does not apply: "only when Runoff is held = yes".
    pub only_when: fn(&str) -> String,
    /// The state of a condition an exclusive partner rules out.
    pub excluded: &'static str,
    /// Why it is ruled out, naming the partner that is yes.
    pub excluded_because: fn(&str) -> String,
}
