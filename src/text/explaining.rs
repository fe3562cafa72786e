//! The words that explain an outcome — why it follows, what it depends on, what would have to
//! change — in English and Bahasa Indonesia, shared by the window and the handouts so both say
//! the same thing.

use super::model::Lang;

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

impl Explaining {
    /// The words in `lang`.
    pub fn get(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }
}

/// English.
pub const EN: Explaining = Explaining {
    actor: "Actor",
    claimed_by: "Claimed by",
    the_article_itself: "the article itself",
    why: "Why",
    reported_without_condition: "the article reports it without condition",
    because: "Because",
    depends_on: "Depends on",
    would_follow_if: "Would follow if",
    or: "or",
    and: "and",
    never_follows: "no combination of conditions makes it follow",
    search_cut_short: "no change found within the search limit",
};

/// Bahasa Indonesia.
pub const ID: Explaining = Explaining {
    actor: "Pelaku",
    claimed_by: "Menurut",
    the_article_itself: "artikel itu sendiri",
    why: "Mengapa",
    reported_without_condition: "artikel melaporkannya tanpa syarat",
    because: "Karena",
    depends_on: "Bergantung pada",
    would_follow_if: "Akan terjadi jika",
    or: "atau",
    and: "dan",
    never_follows: "tidak ada kombinasi kondisi yang membuatnya terjadi",
    search_cut_short: "tidak ditemukan perubahan dalam batas pencarian",
};
