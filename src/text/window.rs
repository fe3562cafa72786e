//! The window's own words: menus, panels, dialogs and messages.

use crate::core::{ConditionState, SentenceNo, Status};

/// The window's words in one language.
pub struct WindowWords {
    /// Shown for an untitled scenario.
    pub untitled: &'static str,
    /// Marks unsaved changes in the window title.
    pub unsaved_mark: &'static str,

    // Menus and the top bar.
    /// "File" menu.
    pub menu_file: &'static str,
    /// File → New.
    pub file_new: &'static str,
    /// File → Open….
    pub file_open: &'static str,
    /// File → Open recent.
    pub file_open_recent: &'static str,
    /// File menu: the cases and scenarios that ship with Skenario.
    pub file_shipped: &'static str,
    /// Opens a shipped case on its own, every condition unknown.
    pub shipped_open_case: &'static str,
    /// Shown in an empty recent list.
    pub no_recent_files: &'static str,
    /// File → Save.
    pub file_save: &'static str,
    /// File → Save as….
    pub file_save_as: &'static str,
    /// File → Quit.
    pub file_quit: &'static str,
    /// File → Save, in the browser (the scenario is downloaded).
    pub file_download: &'static str,
    /// File → Copy link to this scenario (in the browser).
    pub file_copy_link: &'static str,
    /// File → Download unreadable drafts (in the browser).
    pub file_download_unreadable: &'static str,
    /// File → Delete unreadable drafts… (in the browser).
    pub file_delete_unreadable: &'static str,
    /// Title of the prompt before the unreadable drafts are deleted: how many.
    pub delete_unreadable_title: fn(usize) -> &'static str,
    /// Its text: how many drafts.
    pub delete_unreadable_text: fn(usize) -> String,
    /// Its button that downloads them first (the prompt stays).
    pub delete_unreadable_download: &'static str,
    /// Its button that deletes them.
    pub delete_unreadable_confirm: &'static str,
    /// After they were deleted: how many.
    pub unreadable_deleted: fn(usize) -> String,
    /// After the link was copied.
    pub link_copied: &'static str,
    /// A link names a case Skenario does not have.
    pub link_unknown_case: fn(&str) -> String,
    /// A link cannot be shown exactly as shared (the details say why).
    pub link_not_exact: &'static str,
    /// A link names a condition its case does not have.
    pub link_unknown_condition: fn(&str) -> String,
    /// A part of a link that cannot be read.
    pub link_unreadable: fn(&str) -> String,
    /// A file went to the browser's downloads.
    pub downloaded: fn(&str) -> String,
    /// A download could not start.
    pub download_failed: &'static str,
    /// "View" menu.
    pub menu_view: &'static str,
    /// "Help" menu.
    pub menu_help: &'static str,
    /// Help → Keyboard shortcuts.
    pub help_shortcuts: &'static str,
    /// The language switch's accessible name.
    pub language: &'static str,
    /// The theme switch.
    pub theme: &'static str,
    /// Light theme.
    pub theme_light: &'static str,
    /// Dark theme.
    pub theme_dark: &'static str,
    /// Larger text.
    pub text_bigger: &'static str,
    /// Smaller text.
    pub text_smaller: &'static str,
    /// Normal text size.
    pub text_reset: &'static str,
    /// The text size, e.g. "Text 125 %".
    pub text_size: fn(u32) -> String,

    // Conditions panel.
    /// Panel heading.
    pub conditions: &'static str,
    /// Explains the three states.
    pub conditions_hint: &'static str,
    /// A condition state's name, on its switch.
    pub state_name: fn(ConditionState) -> &'static str,
    /// Tooltip of a condition's number key.
    pub condition_key_hint: &'static str,
    /// Reset button.
    pub reset_to_article: &'static str,
    /// Its tooltip.
    pub reset_to_article_hint: &'static str,
    /// Presets heading.
    pub presets: &'static str,
    /// Scenario name field.
    pub scenario_name: &'static str,
    /// Scenario notes field.
    pub scenario_notes: &'static str,

    // Consequences panel.
    /// Panel heading.
    pub consequences: &'static str,
    /// Group heading per status, with the count.
    pub status_group: fn(Status, usize) -> String,
    /// Status word on a card.
    pub status_name: fn(Status) -> &'static str,
    /// "Contested by X".
    pub contested_by: fn(&str) -> String,
    /// Evidence chip tooltip prefix.
    pub evidence: &'static str,
    /// Badge for a consequence that just appeared.
    pub just_appeared: &'static str,
    /// Badge for a consequence that just disappeared.
    pub just_disappeared: &'static str,
    /// Tooltip of the firmness badge.
    pub firmness_hint: &'static str,
    /// Accessible name of a card: its title and status.
    pub card_label: fn(&str, Status) -> String,
    /// Accessible name of an evidence chip.
    pub chip_label: fn(SentenceNo, &str) -> String,

    // Central views.
    /// The view switch's accessible name.
    pub views: &'static str,
    /// The centre's list of consequences.
    pub view_list: &'static str,
    /// The centre's graph.
    pub view_graph: &'static str,
    /// The centre's truth table.
    pub view_table: &'static str,
    /// The centre's comparison of two scenarios.
    pub view_compare: &'static str,
    /// How to use the graph.
    pub graph_hint: &'static str,
    /// View menu: the conditions and article panels shown.
    pub side_panels: &'static str,
    /// Reset the graph's pan and zoom.
    pub graph_fit: &'static str,
    /// Accessible name prefix of a graph node.
    pub graph_node: &'static str,
    /// The truth table cannot be listed.
    pub table_too_large: &'static str,
    /// What the truth table's marks mean.
    pub table_legend: &'static str,
    /// "Row" (accessible name of a table row).
    pub table_row: &'static str,

    // Presenter mode.
    /// Button that starts the walkthrough.
    pub present: &'static str,
    /// The case has no walkthrough.
    pub no_walkthrough: &'static str,
    /// Leave presenter mode.
    pub presenter_leave: &'static str,
    /// Next step.
    pub presenter_next: &'static str,
    /// Reveal the answer.
    pub presenter_reveal: &'static str,
    /// Previous step.
    pub presenter_previous: &'static str,
    /// "Step 3 of 8".
    pub step_of: fn(usize, usize) -> String,
    /// Heading of the question.
    pub question: &'static str,
    /// Heading of the answer.
    pub answer: &'static str,
    /// Shown before the reveal.
    pub presenter_predict_hint: &'static str,
    /// Heading of the status changes.
    pub what_changed: &'static str,

    // Tension banner.
    /// Banner heading.
    pub tension: &'static str,

    // Article panel.
    /// Panel heading.
    pub article: &'static str,
    /// Show both languages.
    pub view_both: &'static str,
    /// Show the original only.
    pub view_original: &'static str,
    /// Show the translation only.
    pub view_translation: &'static str,
    /// The article view switch.
    pub article_view: &'static str,
    /// A sentence the case does not model.
    pub not_modelled: &'static str,
    /// "This sentence grounds:".
    pub grounds: &'static str,
    /// Nothing is grounded by the sentence: the case leaves it out on purpose.
    pub grounds_nothing: &'static str,
    /// Nothing is grounded by the sentence yet: nothing cites it, and it is not marked as
    /// left out.
    pub grounds_not_yet: &'static str,
    /// Ground kinds.
    pub ground_condition: &'static str,
    /// Ground kinds.
    pub ground_consequence: &'static str,
    /// Ground kinds.
    pub ground_objection: &'static str,
    /// Ground kinds.
    pub ground_tension: &'static str,
    /// Accessible name of a sentence.
    pub sentence_label: fn(SentenceNo) -> String,
    /// Above a quote: the original, in the named language ("Original (Indonesian)").
    pub original: fn(&str) -> String,
    /// Show the translation.
    pub translation: &'static str,
    /// The source line under the title.
    pub source: &'static str,

    // Files.
    /// In-app chooser title (open).
    pub chooser_open_title: &'static str,
    /// In-app chooser title (save).
    pub chooser_save_title: &'static str,
    /// Why the in-app chooser appears.
    pub chooser_no_native: &'static str,
    /// Path field.
    pub chooser_path: &'static str,
    /// Recent files heading.
    pub chooser_recent: &'static str,
    /// Shipped scenarios heading.
    pub chooser_shipped: &'static str,
    /// Files in the folder heading.
    pub chooser_folder: fn(&str) -> String,
    /// Open button.
    pub open: &'static str,
    /// Save button.
    pub save: &'static str,
    /// Cancel button.
    pub cancel: &'static str,
    /// Error: the path is empty.
    pub chooser_empty_path: &'static str,
    /// Title of a failed open.
    pub open_failed: fn(&str) -> String,
    /// Title of a failed save.
    pub save_failed: &'static str,
    /// Title of opening with warnings.
    pub opened_with_warnings: &'static str,
    /// Dismiss button.
    pub dismiss: &'static str,
    /// Drop overlay.
    pub drop_to_open: &'static str,
    /// Shipped scenarios open as untitled copies.
    pub shipped_copy_note: &'static str,

    // Compare view.
    /// Heading of the picker.
    pub compare_with: &'static str,
    /// Accessible name prefix of a compare button.
    pub compare_button: &'static str,
    /// Choose a scenario file to compare with.
    pub compare_choose_file: &'static str,
    /// Before anything is chosen.
    pub compare_hint: &'static str,
    /// Nothing differs in what follows.
    pub compare_same: &'static str,
    /// Consequences that follow only in B.
    pub compare_appear: &'static str,
    /// Consequences that follow only in A.
    pub compare_disappear: &'static str,
    /// Other status changes.
    pub compare_other: &'static str,
    /// A tension only in B.
    pub compare_tension_appear: &'static str,
    /// A tension only in A.
    pub compare_tension_disappear: &'static str,
    /// The chosen file is for another case.
    pub compare_other_case: fn(&str, &str) -> String,

    // Export.
    /// File → Export handout….
    pub file_export: &'static str,
    /// Dialog title.
    pub export_title: &'static str,
    /// What a handout holds.
    pub export_hint: &'static str,
    /// HTML format.
    pub export_html: &'static str,
    /// Markdown format.
    pub export_markdown: &'static str,
    /// Include the walkthrough's questions.
    pub export_questions: &'static str,
    /// Export: one page instead of the whole handout.
    pub export_one_page: &'static str,
    /// Choose where (system dialog).
    pub export_choose: &'static str,
    /// Export button.
    pub export_go: &'static str,
    /// In the browser: the name the handout is downloaded under.
    pub export_file_name: &'static str,
    /// In the browser: the export dialog's button.
    pub export_download: &'static str,
    /// Export done.
    pub export_done: &'static str,
    /// Export failed.
    pub export_failed: &'static str,

    // Recovery and overwriting.
    /// Recovery prompt title.
    pub recovery_title: &'static str,
    /// Recovery prompt text: the scenario's name.
    pub recovery_text: fn(&str) -> String,
    /// Recover button.
    pub recover: &'static str,
    /// Discard button.
    pub discard: &'static str,
    /// The autosave could not be read.
    pub recovery_unreadable: &'static str,
    /// The same in the browser, which keeps the draft in its storage.
    pub recovery_unreadable_browser: &'static str,
    /// The recovered work could not be opened.
    pub recovery_failed: &'static str,
    /// The autosave could not be written.
    pub autosave_failed: &'static str,
    /// Overwrite prompt title.
    pub overwrite_title: &'static str,
    /// Overwrite prompt text: the file name.
    pub overwrite_text: fn(&str) -> String,
    /// Overwrite button.
    pub overwrite: &'static str,

    // Unsaved changes prompt.
    /// Prompt title.
    pub unsaved_title: &'static str,
    /// Prompt text.
    pub unsaved_text: fn(&str) -> String,
    /// Save and continue.
    pub unsaved_save: &'static str,
    /// Discard and continue.
    pub unsaved_discard: &'static str,

    // Shortcuts sheet.
    /// Sheet title.
    pub shortcuts_title: &'static str,
    /// Shortcut sheet: the digit keys step the conditions.
    pub shortcut_conditions: &'static str,
    /// Shortcut sheet: switch the language.
    pub shortcut_language: &'static str,
    /// Shortcut sheet: switch light and dark.
    pub shortcut_theme: &'static str,
    /// Shortcut sheet: Esc in the explorer.
    pub shortcut_clear_selection: &'static str,
    /// Shortcut sheet: the keys that go on in a presentation.
    pub shortcut_presenter_next: &'static str,
    /// Shortcut sheet: the keys that go back in a presentation.
    pub shortcut_presenter_previous: &'static str,
    /// Shortcut sheet: the key that leaves a presentation.
    pub shortcut_presenter_leave: &'static str,
    /// Close button.
    pub close: &'static str,
}
