//! Every word in English.

mod access;
mod editor;
mod findings;
mod grading;
mod languages;
mod sharing;

use crate::core::{ConditionState, Firmness, Kind, Lang, Status};
use crate::text::content::ContentWords;
use crate::text::explaining::Explaining;
use crate::text::handout::HandoutWords;
use crate::text::window::WindowWords;
use crate::text::words::Words;

static EXPLAINING: Explaining = Explaining {
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
    not: "not",
    does_not_apply: "does not apply",
    only_when: |rule| format!("only when {rule}"),
    excluded: "no (ruled out)",
    excluded_because: |partner| format!("“{partner}” is yes, and at most one of them can be yes"),
};

/// English.
pub static WORDS: Words = Words {
    lang: Lang::En,
    content: ContentWords {
        kind: |kind| {
            Some(match kind {
                Kind::MilitaryCommitment => "military commitment",
                Kind::SecurityGuarantee => "security guarantee",
                Kind::Sanction => "sanction",
                Kind::DiplomaticStep => "diplomatic step",
                Kind::Position => "position or reaction",
                Kind::Custom(_) => return None,
            })
        },
        firmness: |firmness| match firmness {
            Firmness::Pledged => "pledged",
            Firmness::Expected => "expected",
            Firmness::Believed => "believed",
            Firmness::Intends => "intends",
            Firmness::Considers => "considers",
            Firmness::Threatens => "threatens",
            Firmness::Rejects => "rejects",
            Firmness::Stated => "stated",
        },
        firmness_meaning: |firmness| match firmness {
            Firmness::Pledged => "announced as a commitment that has been made",
            Firmness::Expected => "expected to happen; not done yet",
            Firmness::Believed => "someone's belief, not a commitment",
            Firmness::Intends => "a stated intention, not yet carried out",
            Firmness::Considers => "has not ruled it out; it may happen, nothing is decided",
            Firmness::Threatens => "a warning of what will be done if a condition holds",
            Firmness::Rejects => "a refusal",
            Firmness::Stated => "reported as said or done",
        },
        state: |state| match state {
            ConditionState::Yes => "yes",
            ConditionState::No => "no",
            ConditionState::Unknown => "unknown",
        },
        source_field: |field| match field {
            "outlet" => "Outlet",
            "author" => "Author",
            "date" => "Date",
            "url" => "Link",
            "licence" => "Licence",
            "credit" => "Credit",
            "version" => "Version",
            _ => "Source",
        },
    },
    explaining: &EXPLAINING,
    editor: &editor::EDITOR,
    access: &access::WORDS,
    sharing: &sharing::WORDS,
    grading: &grading::WORDS,
    language_names: languages::NAMES,
    window: WindowWords {
        untitled: "Untitled scenario",
        unsaved_mark: "*",
        menu_file: "File",
        file_new: "New scenario",
        file_open: "Open…",
        file_open_recent: "Open recent",
        file_shipped: "Shipped cases",
        shipped_open_case: "The case (every condition unknown)",
        no_recent_files: "No recent files",
        file_save: "Save",
        file_save_as: "Save as…",
        file_quit: "Quit",
        file_download: "Save (download)",
        file_copy_link: "Copy link to this scenario",
        file_download_unreadable: "Download unreadable drafts",
        file_delete_unreadable: "Delete unreadable drafts…",
        delete_unreadable_title: |count| {
            if count == 1 {
                "Delete the unreadable draft?"
            } else {
                "Delete the unreadable drafts?"
            }
        },
        delete_unreadable_text: |count| {
            let drafts = if count == 1 {
                "the draft"
            } else {
                "the drafts"
            };
            format!(
                "This deletes {drafts} Skenario could not read ({count}) from this browser's storage, and cannot be undone. Download a copy first if you may still need {}.",
                if count == 1 { "it" } else { "them" }
            )
        },
        delete_unreadable_download: "Download a copy",
        delete_unreadable_confirm: "Delete",
        unreadable_deleted: |count| {
            if count == 1 {
                "Deleted 1 unreadable draft from this browser".to_owned()
            } else {
                format!("Deleted {count} unreadable drafts from this browser")
            }
        },
        link_copied: "Link copied: paste it anywhere to share this scenario",
        link_unknown_case: |case| {
            format!(
                "This link is for a case called `{case}`, which this Skenario does not have; here is the shipped case as the article leaves it"
            )
        },
        link_not_exact: "This link cannot be shown as it was shared; here is its case as the article leaves it",
        link_unknown_condition: |id| format!("the case has no condition `{id}`"),
        link_unreadable: |part| {
            format!("`{part}` cannot be read: a condition is written `id=yes` or `id=no`")
        },
        downloaded: |file| format!("Downloaded {file}"),
        download_failed: "The browser did not start the download",
        menu_view: "View",
        menu_help: "Help",
        help_shortcuts: "Keyboard shortcuts",
        language: "Language",
        theme: "Theme",
        theme_light: "Light",
        theme_dark: "Dark",
        text_bigger: "Larger text",
        text_smaller: "Smaller text",
        text_reset: "Normal text size",
        text_size: |percent| format!("Text {percent} %"),
        conditions: "Conditions",
        conditions_hint: "Yes, no, or unknown — unknown is the world as the article leaves it.",
        state_name: |state| match state {
            ConditionState::Yes => "Yes",
            ConditionState::No => "No",
            ConditionState::Unknown => "Unknown",
        },
        condition_key_hint: "Press this number to step through unknown, yes and no",
        reset_to_article: "Reset to the article's world",
        reset_to_article_hint: "Set every condition back to unknown",
        presets: "Presets",
        scenario_name: "Scenario name",
        scenario_notes: "Notes",
        consequences: "What follows",
        status_group: |status, count| match status {
            Status::Follows => format!("Follows ({count})"),
            Status::Depends => format!("Depends on something unknown ({count})"),
            Status::DoesNotFollow => format!("Does not follow ({count})"),
        },
        status_name: |status| match status {
            Status::Follows => "follows",
            Status::Depends => "depends",
            Status::DoesNotFollow => "does not follow",
        },
        contested_by: |who| format!("Contested by {who}"),
        evidence: "Evidence",
        just_appeared: "now follows",
        just_disappeared: "no longer follows",
        firmness_hint: "How firm the article's wording is",
        card_label: |title, status| format!("{title} — {}", (WORDS.window.status_name)(status)),
        chip_label: |number, title| format!("Sentence {number}, evidence for: {title}"),
        views: "View",
        view_list: "What follows",
        view_graph: "Graph",
        view_table: "Truth table",
        view_compare: "Compare",
        graph_hint: "Drag to pan, scroll to zoom. Click a condition to change it, a consequence to select it. Ctrl+B: more room.",
        side_panels: "Side panels (conditions, article)",
        graph_fit: "Fit to view",
        graph_node: "Graph node",
        table_too_large: "Too many conditions to list every combination.",
        table_legend: "Each row is one combination of conditions. ✓ the article says it follows · the article is silent ⚠ a combination the article treats as alternatives. Click a row to try it.",
        table_row: "Row",
        present: "Present walkthrough",
        no_walkthrough: "This case has no walkthrough to present.",
        presenter_leave: "Leave (Esc)",
        presenter_next: "Next →",
        presenter_reveal: "Reveal →",
        presenter_previous: "← Previous",
        step_of: |step, total| format!("Step {step} of {total}"),
        question: "Question for the class",
        answer: "What the article says",
        presenter_predict_hint: "Discuss and predict first — then press → to reveal what the article says.",
        what_changed: "What changed at this step",
        tension: "Tension",
        article: "Article",
        view_both: "Both",
        view_original: "Original",
        view_translation: "Translation",
        article_view: "Article language",
        not_modelled: "not modelled",
        grounds: "This sentence grounds:",
        grounds_nothing: "Nothing: the case leaves this sentence out on purpose.",
        grounds_not_yet: "Nothing yet: nothing in the case cites this sentence, and it is not marked as left out on purpose.",
        ground_condition: "condition",
        ground_consequence: "consequence",
        ground_objection: "objection",
        ground_tension: "tension",
        sentence_label: |number| format!("Sentence {number}"),
        original: |language| format!("Original ({language})"),
        translation: "Translation",
        source: "Source",
        chooser_open_title: "Open a scenario or case",
        chooser_save_title: "Save the scenario",
        chooser_no_native: "No system file dialog is available here, so Skenario offers its own.",
        chooser_path: "File path",
        chooser_recent: "Recent files",
        chooser_shipped: "Shipped with Skenario",
        chooser_folder: |folder| format!("Files in {folder}"),
        open: "Open",
        save: "Save",
        cancel: "Cancel",
        chooser_empty_path: "Type a file path first.",
        open_failed: |file| format!("Could not open {file}"),
        save_failed: "Could not save the scenario; it is still open and unsaved",
        opened_with_warnings: "Opened, with warnings",
        dismiss: "Dismiss",
        drop_to_open: "Drop a .ron file to open it",
        shipped_copy_note: "Shipped cases and scenarios open as untitled copies; save to keep your changes.",
        compare_with: "Compare the open scenario (A) with (B):",
        compare_button: "Compare with",
        compare_choose_file: "Choose a scenario file…",
        compare_hint: "Pick a scenario to see what appears and disappears between the two, with the quotes.",
        compare_same: "The same consequences follow in both.",
        compare_appear: "Follows only in B",
        compare_disappear: "Follows only in A",
        compare_other: "Other changes",
        compare_tension_appear: "Tension only in B",
        compare_tension_disappear: "Tension only in A",
        compare_other_case: |file, case| {
            format!("{file} is a scenario of case `{case}`; compare scenarios of the same case")
        },
        file_export: "Export handout…",
        export_title: "Export a handout",
        export_hint: "A handout for the class: the conditions, what follows and what does not, with the article's sentences and their translations. HTML prints on A4; Markdown is for editing.",
        export_html: "Printable HTML",
        export_markdown: "Markdown",
        export_questions: "Add the walkthrough's questions (without the answers)",
        export_one_page: "One page to hand out: what follows, each with its key quote",
        export_choose: "Choose…",
        export_go: "Export",
        export_file_name: "File name",
        export_download: "Download",
        export_done: "Handout written",
        export_failed: "Could not write the handout",
        recovery_title: "Recover unsaved work?",
        recovery_text: |name| {
            format!(
                "Skenario closed before \u{201c}{name}\u{201d} was saved. Its last changes were kept. Recover them?"
            )
        },
        recover: "Recover",
        discard: "Discard",
        recovery_unreadable: "Unsaved work from last time could not be read; the file is kept here:",
        recovery_unreadable_browser: "Unsaved work from last time could not be read; this browser keeps it (File → Download unreadable drafts gives a copy):",
        recovery_failed: "The unsaved work from last time could not be opened",
        autosave_failed: "Unsaved work cannot be kept safe right now (autosave failed); save soon",
        overwrite_title: "The file changed on disk",
        overwrite_text: |file| {
            format!(
                "{file} was changed by something else since you opened or saved it. Overwrite it with this scenario?"
            )
        },
        overwrite: "Overwrite",
        unsaved_title: "Unsaved changes",
        unsaved_text: |name| {
            format!("\u{201c}{name}\u{201d} has unsaved changes. Save them first?")
        },
        unsaved_save: "Save",
        unsaved_discard: "Discard changes",
        shortcuts_title: "Keyboard shortcuts",
        shortcut_conditions: "Step condition 1–9 through unknown, yes and no",
        shortcut_language: "Switch language (English / Bahasa Indonesia)",
        shortcut_theme: "Switch between light and dark",
        shortcut_clear_selection: "Clear the selection",
        shortcut_presenter_next: "In a presentation: next, or reveal the answer",
        shortcut_presenter_previous: "In a presentation: previous",
        shortcut_presenter_leave: "Leave the presentation",
        close: "Close",
    },
    handout: HandoutWords {
        scenario: "Scenario",
        article_world: "The world as the article leaves it",
        conditions: "Conditions",
        group: |status| match status {
            Status::Follows => "What follows",
            Status::Depends => "Depends on something still unknown",
            Status::DoesNotFollow => "Does not follow",
        },
        nothing_follows: "Under these conditions the article says nothing would follow.",
        tension: "Tension",
        note: "Note",
        contested_by: "Contested by",
        see_objections: "see Objections",
        objections: "Objections",
        contests: "Contests",
        heading: "heading",
        legend: "What the firmness words mean",
        questions: "Questions for the class",
        answer: "Your answer",
        footer: |article, translation| match translation {
            Some(translation) => format!(
                "Quotes are the article's own words in {article}, numbered by sentence (¶), each \
                 with the {translation} translation that comes with the case. Made with Skenario."
            ),
            None => format!(
                "Quotes are the article's own words in {article}, numbered by sentence (¶). Made \
                 with Skenario."
            ),
        },
    },
};
