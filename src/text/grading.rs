//! The words of a student's reading compared with the teacher's case: the report's phrases
//! (the window's and the printable report's; the command line prints the English ones) and
//! the window's exercise banner and dialogs.

use crate::core::SentenceNo;
use crate::core::grade::{Ratio, Summary};

/// `75%`, or `–` when there is nothing to count (a precision of no sentences cited): the same
/// in every language.
pub fn percent(ratio: Ratio) -> String {
    if ratio.whole == 0 {
        "–".to_owned()
    } else {
        format!("{:.0}%", ratio.value() * 100.0)
    }
}

/// The words of grading, in one language.
pub struct GradeWords {
    /// `3 of 4`.
    pub ratio: fn(Ratio) -> String,
    /// The summary line of a student.
    pub summary: fn(&Summary) -> String,
    /// The sentences of a pair: precision, then recall.
    pub sentences: fn(Ratio, Ratio) -> String,
    /// After the sentences, when they are the key's exactly.
    pub sentences_same: &'static str,
    /// Before the sentences the key cites and the student does not.
    pub key_cites: &'static str,
    /// Before the sentences the student cites and the key does not.
    pub student_cites: &'static str,
    /// The same firmness.
    pub firmness_same: &'static str,
    /// Another firmness, with the word that decides the key's: the part before the word
    /// (the student's firmness, the sentence).
    pub firmness_word: fn(&str, SentenceNo) -> String,
    /// … and the part after it (the key's firmness, the student's).
    pub firmness_after_word: fn(&str, &str) -> String,
    /// Another firmness, no word found (the student's, the key's).
    pub firmness_differs: fn(&str, &str) -> String,
    /// A condition only the student has, in a trigger's combination.
    pub student_only_condition: fn(&str) -> String,
    /// Triggers equivalent.
    pub trigger_equivalent: &'static str,
    /// Triggers not compared: how many conditions they read, and the most compared.
    pub trigger_too_many: fn(usize, usize) -> String,
    /// A condition set to yes in a combination.
    pub condition_yes: fn(&str) -> String,
    /// The rest of a combination when none is named yes.
    pub every_condition_no: &'static str,
    /// The rest of a combination after those named yes.
    pub every_other_condition_no: &'static str,
    /// Triggers that differ: the combination, and whether the key's follows in it.
    pub trigger_differs: fn(&str, bool) -> String,
    /// Who claims a consequence the article states itself.
    pub the_article_itself: &'static str,
    /// Who acts, compared: the same (who).
    pub actor_same: fn(&str) -> String,
    /// … different (the student's, the key's).
    pub actor_differs: fn(&str, &str) -> String,
    /// Who claims it, compared: the same (who).
    pub claimant_same: fn(&str) -> String,
    /// … different (the student's, the key's).
    pub claimant_differs: fn(&str, &str) -> String,
    /// Another kind (the student's, the key's).
    pub kind_differs: fn(&str, &str) -> String,
    /// An element of the key and the student's that answers it.
    pub paired: fn(&str, &str) -> String,
    /// A condition, in the lists of missed and extra elements.
    pub condition_named: fn(&str) -> String,
    /// Heading: the conditions paired.
    pub conditions_found: &'static str,
    /// Heading: the consequences paired.
    pub consequences_found: &'static str,
    /// Heading: what the key has and the student does not.
    pub missed_heading: &'static str,
    /// Heading: what the student has and the key does not.
    pub not_in_key_heading: &'static str,
    /// The report's title (the key's id).
    pub report_title: fn(&str) -> String,
    /// A student's reading is perfect.
    pub perfect: &'static str,
    /// Why a reading cannot be compared: an exercise of another case (its case, the key's).
    pub other_case: fn(&str, &str) -> String,
    /// … its sentences are not the key's.
    pub other_article: &'static str,
    /// File menu: make an exercise of the open case.
    pub make_exercise: &'static str,
    /// The make-exercise dialog's title.
    pub make_exercise_title: &'static str,
    /// What the dialog does.
    pub make_exercise_intro: &'static str,
    /// What the exercise keeps: the conditions.
    pub keep_conditions: &'static str,
    /// … the consequences' titles only.
    pub keep_titles: &'static str,
    /// … nothing but the article and the actors.
    pub keep_nothing: &'static str,
    /// The dialog's button that chooses where to save.
    pub make_exercise_save: &'static str,
    /// Said when the exercise is saved (its file).
    pub exercise_saved: fn(&str) -> String,
    /// An exercise never replaces a file.
    pub exercise_exists: fn(&str) -> String,
    /// The exercise could not be made (why).
    pub exercise_failed: &'static str,
    /// The banner over an exercise: its title.
    pub banner_title: &'static str,
    /// The banner: what to do.
    pub banner_steps: &'static str,
    /// The banner: the conditions are given.
    pub banner_conditions_given: &'static str,
    /// The banner: find the conditions too.
    pub banner_find_conditions: &'static str,
    /// The banner: the consequences to find (how many).
    pub banner_to_find: fn(usize) -> String,
    /// The banner: every sentence shows as not modelled, and that is expected.
    pub banner_not_modelled: &'static str,
    /// The banner: when done.
    pub banner_done: &'static str,
    /// File menu: compare the open case with the teacher's.
    pub compare_with_key: &'static str,
    /// The comparison's window title (the key's file).
    pub comparison_title: fn(&str) -> String,
    /// The work has problems to mend before it can be compared (how many).
    pub mend_first: fn(usize) -> String,
    /// The comparison failed (the key's file).
    pub compare_failed: fn(&str) -> String,
    /// Save the comparison as a printable report.
    pub save_report: &'static str,
    /// In the browser: download the comparison as a printable report.
    pub download_report: &'static str,
    /// In the browser: download the exercise.
    pub download_exercise: &'static str,
    /// The report is saved (its file).
    pub report_saved: fn(&str) -> String,
    /// The report could not be saved.
    pub report_failed: &'static str,
    /// A report's file must end .html or .md.
    pub report_name: &'static str,
}
