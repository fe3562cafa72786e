//! The case editor's words.

use std::borrow::Cow;

use crate::core::edit::List;
use crate::core::edit::rename::RenameError;
use crate::core::found::{Found, TextField};

/// The editor's words in one language.
#[derive(Debug)]
pub struct EditorWords {
    /// The shortcut sheet: undo.
    pub shortcut_undo: &'static str,
    /// The shortcut sheet: redo.
    pub shortcut_redo: &'static str,
    /// The shortcut sheet: save the case.
    pub shortcut_save_case: &'static str,
    /// The shortcut sheet: save the case as.
    pub shortcut_save_case_as: &'static str,
    /// The shortcut sheet: what F2 does.
    pub shortcut_edit: &'static str,
    /// The Edit menu (undo, redo), while editing.
    pub menu_edit: &'static str,
    /// File menu: start a case from an article's text.
    pub menu_new_case: &'static str,
    /// File menu: edit the open case.
    pub menu_edit_case: &'static str,
    /// Leaves the editor.
    pub back_to_exploring: &'static str,
    /// Shown while editing.
    pub editing_badge: &'static str,
    /// Undo the last edit.
    pub undo: &'static str,
    /// Redo the last edit undone.
    pub redo: &'static str,
    /// Save the case being edited.
    pub save_case: &'static str,
    /// Save the case under another name.
    pub save_case_as: &'static str,
    /// Title of the new-case dialog.
    pub new_case_title: &'static str,
    /// What the new-case dialog does.
    pub new_case_intro: &'static str,
    /// Label of the article's text field.
    pub new_case_text: &'static str,
    /// Label of the text file field.
    pub new_case_file: &'static str,
    /// Loads the text file.
    pub new_case_load: &'static str,
    /// Label of the language field.
    pub new_case_language: &'static str,
    /// Makes the case.
    pub new_case_start: &'static str,
    /// When no text was given.
    pub new_case_empty: &'static str,
    /// Heading of the editor's outline.
    pub outline_title: &'static str,
    /// Outline: the title and source.
    pub section_header: &'static str,
    /// Outline: the sentences.
    pub section_sentences: &'static str,
    /// Outline: the actors.
    pub section_actors: &'static str,
    /// Outline: the case's own kinds.
    pub section_kinds: &'static str,
    /// Outline: the conditions.
    pub section_conditions: &'static str,
    /// Outline: the exclusive sets.
    pub section_exclusive: &'static str,
    /// Outline: the consequences.
    pub section_consequences: &'static str,
    /// Outline: the objections.
    pub section_objections: &'static str,
    /// Outline: the tensions.
    pub section_tensions: &'static str,
    /// Outline: the walkthroughs.
    pub section_walkthroughs: &'static str,
    /// Adds an actor.
    pub add_actor: &'static str,
    /// Adds a kind.
    pub add_kind: &'static str,
    /// Adds a condition.
    pub add_condition: &'static str,
    /// Adds an exclusive set.
    pub add_exclusive: &'static str,
    /// Adds a consequence.
    pub add_consequence: &'static str,
    /// Adds an objection.
    pub add_objection: &'static str,
    /// Adds a tension.
    pub add_tension: &'static str,
    /// Adds a walkthrough.
    pub add_walkthrough: &'static str,
    /// An element without a title yet.
    pub untitled: &'static str,
    /// Heading of the live check.
    pub check_title: &'static str,
    /// When check finds nothing.
    pub check_ok: &'static str,
    /// Above the explorer's views while the case being edited has errors (how many).
    pub views_show_last_valid: fn(usize) -> String,
    /// What follows, for a case with no consequences yet.
    pub no_consequences: &'static str,
    /// While a large case is typed into: the list below is of the case before the typing.
    pub check_pending: &'static str,
    /// The centre tab with the selected element's form.
    pub edit_tab: &'static str,
    /// When no element is selected.
    pub nothing_selected: &'static str,
    /// The id field.
    pub field_id: &'static str,
    /// What an id is.
    pub id_hint: &'static str,
    /// A title.
    pub field_title: &'static str,
    /// A condition's label.
    pub field_label: &'static str,
    /// A condition's description.
    pub field_description: &'static str,
    /// An actor's or kind's name.
    pub field_name: &'static str,
    /// An actor's person.
    pub field_person: &'static str,
    /// An actor's role.
    pub field_role: &'static str,
    /// An objection's statement.
    pub field_statement: &'static str,
    /// A tension's explanation.
    pub field_explanation: &'static str,
    /// A consequence's note.
    pub field_note: &'static str,
    /// Who acts.
    pub field_actor: &'static str,
    /// An actor picker with no actor chosen yet.
    pub choose_actor: &'static str,
    /// Beside an actor picker: name a new actor there and then.
    pub new_actor_here: &'static str,
    /// That button's name for a screen reader, with the picker's label ("New actor for Who acts").
    pub new_actor_for: fn(&str) -> String,
    /// The field for the new actor's name.
    pub new_actor_name: &'static str,
    /// Adds the actor named.
    pub new_actor_add: &'static str,
    /// Who says so.
    pub field_claimant: &'static str,
    /// The claimant when the article reports it.
    pub the_article_itself: &'static str,
    /// Who objects.
    pub field_by: &'static str,
    /// Who voices the objection.
    pub field_voiced_by: &'static str,
    /// The kind.
    pub field_kind: &'static str,
    /// The firmness.
    pub field_firmness: &'static str,
    /// A consequence's trigger.
    pub field_trigger: &'static str,
    /// A condition's applies_if.
    pub field_applies_if: &'static str,
    /// No applies_if.
    pub applies_always: &'static str,
    /// Gives a condition an applies_if.
    pub add_applies_if: &'static str,
    /// A tension's trigger.
    pub field_when: &'static str,
    /// What an objection contests.
    pub field_contests: &'static str,
    /// The evidence list.
    pub field_evidence: &'static str,
    /// Sets the evidence to the selected sentences.
    pub evidence_from_selection: &'static str,
    /// Adds the selected sentences to the evidence.
    pub evidence_add_selection: &'static str,
    /// When there is no evidence.
    pub evidence_none: &'static str,
    /// Removes one sentence from the evidence.
    pub remove_evidence: &'static str,
    /// Removes the element.
    pub remove_item: &'static str,
    /// Moves the element up.
    pub move_up: &'static str,
    /// Moves the element down.
    pub move_down: &'static str,
    /// The always trigger.
    pub trigger_always: &'static str,
    /// A condition trigger.
    pub trigger_condition: &'static str,
    /// A chain trigger.
    pub trigger_consequence: &'static str,
    /// A not trigger.
    pub trigger_not: &'static str,
    /// An all trigger.
    pub trigger_all: &'static str,
    /// An any trigger.
    pub trigger_any: &'static str,
    /// Names the condition picker of a rule.
    pub trigger_pick_condition: &'static str,
    /// Names the consequence picker of a rule.
    pub trigger_pick_consequence: &'static str,
    /// Adds a part to all/any.
    pub trigger_add: &'static str,
    /// Removes a part.
    pub trigger_remove: &'static str,
    /// Label of the trigger kind picker.
    pub trigger_kind: &'static str,
    /// Label of an exclusive set's members.
    pub exclusive_members: &'static str,
    /// Merges with the next sentence.
    pub sentence_merge: &'static str,
    /// Splits at the cursor.
    pub sentence_split: &'static str,
    /// How to split.
    pub split_hint: &'static str,
    /// Marks a heading.
    pub sentence_heading: &'static str,
    /// Marks context.
    pub sentence_context: &'static str,
    /// Translations of a sentence.
    pub sentence_translations: &'static str,
    /// The case's title.
    pub field_case_title: &'static str,
    /// The case's about line.
    pub field_about: &'static str,
    /// The article's language.
    pub field_language: &'static str,
    /// The case's id.
    pub field_case_id: &'static str,
    /// About the source details.
    pub source_hint: &'static str,
    /// A step's narration.
    pub field_narration: &'static str,
    /// A step's question.
    pub field_question: &'static str,
    /// A step's answer.
    pub field_answer: &'static str,
    /// Adds a walkthrough step.
    pub add_step: &'static str,
    /// What Add step captures.
    pub add_step_hint: &'static str,
    /// Previews a step.
    pub preview_step: &'static str,
    /// Removes a step.
    pub remove_step: &'static str,
    /// Article panel hint while editing (always shown, above the selection).
    pub selection_none: &'static str,
    /// Heading of the make-from-selection buttons.
    pub new_from_selection: &'static str,
    /// Makes a condition from the selection.
    pub make_condition: &'static str,
    /// Makes a consequence from the selection.
    pub make_consequence: &'static str,
    /// Makes an objection from the selection.
    pub make_objection: &'static str,
    /// Makes a tension from the selection.
    pub make_tension: &'static str,
    /// Heading of an actor's form.
    pub heading_actor: &'static str,
    /// Heading of a kind's form.
    pub heading_kind: &'static str,
    /// Heading of an exclusive set's form.
    pub heading_exclusive: &'static str,
    /// Heading of a walkthrough's form.
    pub heading_walkthrough: &'static str,
    /// Clears the selected sentences.
    pub clear_selection: &'static str,
    /// Title of the layout warning.
    pub rewrite_title: &'static str,
    /// Saves anyway.
    pub rewrite_save: &'static str,
    /// A case with no title yet.
    pub new_case_name: &'static str,
    /// The edit could not be made.
    pub edit_failed: &'static str,
    /// The article could not be made into a case.
    pub new_case_failed: &'static str,
    /// Title when a case is saved with errors.
    pub case_saved_problems: &'static str,
    /// How many problems check finds: errors, then warnings.
    pub problems_count: fn(usize, usize) -> String,
    /// How many sentences are selected.
    pub selection_count: fn(usize) -> String,
    /// A language code that is not one.
    pub bad_language: fn(&str) -> String,
    /// What saving over a file with its own layout does.
    pub rewrite_text: fn(&str) -> String,
    /// A walkthrough step by its place.
    pub step_label: fn(usize) -> String,
    /// A text file that could not be read.
    pub load_failed: fn(&str) -> String,
    /// What check found, in plain words.
    pub finding: fn(&Found) -> String,
    /// Below a text's fields: adds a field for another language.
    pub add_translation: &'static str,
    /// That button's name for a screen reader, with the text's label.
    pub add_translation_to: fn(&str) -> String,
    /// In that menu: a language by its code.
    pub other_language_code: &'static str,
    /// The languages the case promises its texts in.
    pub field_languages: &'static str,
    /// What promising a language means.
    pub languages_hint: &'static str,
    /// A case that promises no languages of its own promises the window's two.
    pub languages_unsaid: &'static str,
    /// Removes a language from those promised.
    pub remove_language: fn(&str) -> String,
    /// Adds a language to those promised.
    pub add_language: &'static str,
    /// The sentence's own text, in its form.
    pub field_sentence_text: &'static str,
    /// The form's move and remove buttons.
    pub field_buttons: &'static str,
    /// A step's summary: what it sets and points at.
    pub field_step_summary: &'static str,
    /// A step's buttons.
    pub field_step_buttons: &'static str,
    /// Renames the element's id.
    pub rename: &'static str,
    /// What renaming does.
    pub rename_hint: &'static str,
    /// The new id is empty.
    pub rename_empty: &'static str,
    /// The new id has a character ids may not use.
    pub rename_character: fn(char) -> String,
    /// The new id is another element's.
    pub rename_taken: &'static str,
    /// The new id is a built-in kind's.
    pub rename_built_in: &'static str,
    /// What a step sets: "Sets: Ceasefire reached = yes".
    pub step_sets: fn(&str) -> String,
    /// A step that sets nothing.
    pub step_sets_nothing: &'static str,
    /// What a step points at: "Points at ¶4, ¶5".
    pub step_points_at: fn(&str) -> String,
    /// The consequence a step points at.
    pub step_shows: fn(&str) -> String,
}

impl EditorWords {
    /// Why a new id cannot be taken.
    pub fn rename_error(&self, error: &RenameError) -> Cow<'static, str> {
        match error {
            RenameError::Empty => Cow::Borrowed(self.rename_empty),
            RenameError::Character(bad) => Cow::Owned((self.rename_character)(*bad)),
            RenameError::Taken => Cow::Borrowed(self.rename_taken),
            RenameError::BuiltIn => Cow::Borrowed(self.rename_built_in),
            RenameError::NoId => Cow::Borrowed(""),
        }
    }

    /// The label of one of an element's texts.
    pub(crate) fn text_label(&self, list: Option<List>, field: TextField) -> &'static str {
        match (list, field) {
            (None, TextField::About) => self.field_about,
            (None, _) => self.field_case_title,
            (_, TextField::Title) => self.field_title,
            (_, TextField::About) => self.field_about,
            (_, TextField::Name) => self.field_name,
            (_, TextField::Role) => self.field_role,
            (_, TextField::Label) => self.field_label,
            (_, TextField::Description) => self.field_description,
            (_, TextField::Note) => self.field_note,
            (_, TextField::Statement) => self.field_statement,
            (_, TextField::Explanation) => self.field_explanation,
            (_, TextField::Narration) => self.field_narration,
            (_, TextField::Question) => self.field_question,
            (_, TextField::Answer) => self.field_answer,
        }
    }
}
