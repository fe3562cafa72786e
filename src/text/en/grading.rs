//! The words of grading, in English (what `skenario grade` prints too).

use crate::core::grade::{Ratio, Summary};
use crate::text::grading::{GradeWords, percent};

fn ratio(ratio: Ratio) -> String {
    format!("{} of {}", ratio.part, ratio.whole)
}

fn summary(summary: &Summary) -> String {
    format!(
        "{} consequences found, {} not in the key; {} conditions found, {} not in the key; sentences: precision {}, recall {}; firmness the same {}; trigger equivalent {}; actor the same {}; claimant the same {}",
        ratio(summary.consequences),
        summary.consequences_not_in_key,
        ratio(summary.conditions),
        summary.conditions_not_in_key,
        percent(summary.precision),
        percent(summary.recall),
        ratio(summary.firmness_same),
        ratio(summary.triggers_equivalent),
        ratio(summary.actor_same),
        ratio(summary.claimant_same),
    )
}

/// The words of grading in English.
pub static WORDS: GradeWords = GradeWords {
    ratio,
    summary,
    sentences: |precision, recall| {
        format!(
            "sentences: precision {} ({}), recall {} ({})",
            percent(precision),
            ratio(precision),
            percent(recall),
            ratio(recall)
        )
    },
    sentences_same: ", the same as the key's",
    key_cites: "the key cites, the student does not:",
    student_cites: "the student cites, the key does not:",
    firmness_same: "firmness: the same",
    firmness_word: |student, sentence| {
        format!("firmness: the student says {student}; ¶{sentence} says ")
    },
    firmness_after_word: |key, student| format!(", {key}, not {student}"),
    firmness_differs: |student, key| format!("firmness: the student says {student}, the key {key}"),
    student_only_condition: |id| format!("{id} (the student's, not in the key)"),
    trigger_equivalent: "trigger: equivalent",
    trigger_too_many: |count, most| {
        format!(
            "trigger: not compared, the two triggers read {count} conditions between them (at most {most} are compared)"
        )
    },
    condition_yes: |id| format!("{id} = yes"),
    every_condition_no: "every condition no",
    every_other_condition_no: "every other condition no",
    trigger_differs: |combination, key_follows| {
        let (follows, not) = if key_follows {
            ("the key's", "the student's")
        } else {
            ("the student's", "the key's")
        };
        format!("trigger: different — with {combination}, {follows} follows and {not} does not")
    },
    the_article_itself: "the article itself",
    actor_same: |who| format!("actor: the same ({who})"),
    actor_differs: |student, key| format!("actor: the student says {student}, the key {key}"),
    claimant_same: |who| format!("claimant: the same ({who})"),
    claimant_differs: |student, key| format!("claimant: the student says {student}, the key {key}"),
    kind_differs: |student, key| format!("kind: the student says {student}, the key {key}"),
    paired: |key, student| format!("{key} — the student's {student}"),
    condition_named: |label| format!("condition {label}"),
    conditions_found: "Conditions found",
    consequences_found: "Consequences found",
    missed_heading: "In the key, not found",
    not_in_key_heading: "Not in the key (what the student found besides)",
    report_title: |key| format!("Readings compared with {key}"),
    perfect: "Everything in the key is found, with the same sentences, firmness and triggers.",
    other_case: |made_from, key| {
        format!(
            "It is an exercise of the case “{made_from}”, not of “{key}”: open the teacher's case it was made from."
        )
    },
    other_article: "Its article's sentences are not the teacher's case's: it was made from another article, or from another numbering of it.",
    make_exercise: "Make exercise…",
    make_exercise_title: "Make an exercise for students",
    make_exercise_intro: "The exercise keeps the article and its actors. Your answers stay with you: no sentences cited, no firmness, no triggers, no objections or tensions. Students open the file, find what follows, and save their reading as a case.",
    keep_conditions: "Keep the conditions (students find what follows from them)",
    keep_titles: "Keep only the consequences' titles, as a list of what to find (students find the sentences, the conditions, firmness and triggers)",
    keep_nothing: "Keep only the article and the actors (students find everything)",
    make_exercise_save: "Save exercise…",
    exercise_saved: |file| format!("Exercise saved as {file}"),
    exercise_exists: |file| {
        format!("{file} exists already; an exercise never replaces a file. Choose another name.")
    },
    exercise_failed: "The exercise could not be saved",
    banner_title: "Exercise",
    banner_steps: "Read the article and find what it says would follow. Select the sentences that say it, then press “Consequence” above the article; in its form, say who acts, who says so, how firm the wording is, and under which conditions it follows.",
    banner_conditions_given: "The conditions are given: use them in the triggers.",
    banner_find_conditions: "Find the conditions too: select the sentences that name one, then press “Condition”.",
    banner_to_find: |count| {
        if count == 1 {
            "Your teacher lists 1 consequence to find.".to_owned()
        } else {
            format!("Your teacher lists {count} consequences to find.")
        }
    },
    banner_not_modelled: "Every sentence shows as “not modelled” until you use it: that is expected in an exercise.",
    banner_done: "When you are done, save your work (File → Save case) and hand in the file or a link; File → Compare with the teacher's case… shows how your reading compares.",
    compare_with_key: "Compare with the teacher's case…",
    comparison_title: |file| format!("Your reading compared with {file}"),
    mend_first: |count| {
        if count == 1 {
            "Your work has 1 problem to mend first (listed in the editor's check).".to_owned()
        } else {
            format!("Your work has {count} problems to mend first (listed in the editor's check).")
        }
    },
    compare_failed: |file| format!("Could not compare with {file}"),
    save_report: "Save report…",
    download_report: "Download report",
    download_exercise: "Download exercise",
    report_saved: |file| format!("Report saved as {file}"),
    report_failed: "The report could not be saved",
    report_name: "A report's file name ends in .html (to print) or .md (Markdown).",
};
