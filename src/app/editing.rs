//! The editor's commands and their handler, the only code that changes a case being edited.
//! Every change goes through the draft's history (so it can be undone); after each, the
//! explorer shows the case as it now stands, as long as it has no errors.

use std::path::Path;
use std::sync::Arc;

use super::document::Document;
use super::draft::{Draft, Selected};
use super::explorer::State;
use super::library::library;
use crate::core::SentenceNo;
use crate::core::edit::{Edit, Header, Op, verbs};
use crate::core::file::{self, CaseSource, SaveError};
use crate::core::language::Text;
use crate::core::load::parse_case;
use crate::core::skeleton::{SkeletonRequest, skeleton};
use crate::core::write::case_to_ron;

/// The name of the article file saved beside the case at `case_path`.
fn article_file_name(case_path: &Path) -> String {
    let name = case_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".case.ron")
        .or_else(|| name.strip_suffix(".ron"))
        .unwrap_or(&name);
    let stem = if stem.is_empty() { "article" } else { stem };
    format!("{stem}.txt")
}

/// What a new element made from the selected sentences is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewElement {
    /// A condition.
    Condition,
    /// A consequence.
    Consequence,
    /// An objection.
    Objection,
    /// A tension.
    Tension,
}

/// Commands of the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum EditCommand {
    /// Edit the open case (or go back to editing it).
    Start,
    /// Back to exploring; the edits stay, saved or not.
    Stop,
    /// Start editing, or back to exploring.
    Toggle,
    /// A new case from an article's text, in the language with this code.
    NewCase {
        /// The article.
        article: String,
        /// Its language code.
        language: String,
    },
    /// Apply an edit; typing in the same field (`topic`) again makes one undo step.
    Apply {
        /// The edit.
        edit: Edit,
        /// What it is about, for typing.
        topic: Option<String>,
    },
    /// The field being typed into lost focus: the next edit is a step of its own.
    Seal,
    /// Typing paused: check the case typed into (see [`Draft::is_stale`]).
    CheckNow,
    /// Undo the newest edit.
    Undo,
    /// Redo the newest edit undone.
    Redo,
    /// Show this element's form (or none).
    Select(Option<Selected>),
    /// A sentence picked in the article: alone, from the last one picked (`extend`), or added
    /// to or removed from the selection (`toggle`).
    PickSentence {
        /// The sentence.
        number: SentenceNo,
        /// Shift was held.
        extend: bool,
        /// Ctrl was held.
        toggle: bool,
    },
    /// No sentence selected.
    ClearSentences,
    /// A new element with the selected sentences as its evidence, titled with `title` in the
    /// window's language (the author changes it in the form).
    NewFromSelection {
        /// What to make.
        element: NewElement,
        /// Its first title.
        title: Text,
    },
}

/// Typing into a large case checks it when typing pauses (see [`Draft::is_stale`]): this many
/// seconds after the last key.
const TYPING_PAUSE_SECONDS: f64 = 0.3;

/// When the case typed into is to be checked: the draft's revision at the last key, and the
/// time it came.
#[derive(Debug, Default)]
pub struct TypingPause {
    last_key: Option<(u64, f64)>,
}

/// What [`TypingPause::tick`] asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AfterTyping {
    /// Check the case now ([`EditCommand::CheckNow`]).
    CheckNow,
    /// Look again in this many seconds.
    WaitSeconds(f64),
}

impl TypingPause {
    /// At `now`: whether the draft typed into is due to be checked, or when to look again.
    pub fn tick(&mut self, draft: Option<&Draft>, now: f64) -> Option<AfterTyping> {
        let Some(draft) = draft.filter(|d| d.is_stale()) else {
            self.last_key = None;
            return None;
        };
        let at = match self.last_key {
            Some((revision, at)) if revision == draft.revision => at,
            _ => {
                self.last_key = Some((draft.revision, now));
                now
            }
        };
        let wait = at + TYPING_PAUSE_SECONDS - now;
        Some(if wait <= 0.0 {
            self.last_key = None;
            AfterTyping::CheckNow
        } else {
            AfterTyping::WaitSeconds(wait)
        })
    }
}

impl State {
    /// Carries out an editor command.
    pub fn edit(&mut self, command: EditCommand) {
        // Whatever comes after typing sees the case checked as it stands.
        let typing = matches!(command, EditCommand::Apply { topic: Some(_), .. });
        if !typing
            && let Some(draft) = &mut self.document.draft
            && draft.check_if_stale()
        {
            self.draft_changed();
        }
        match command {
            EditCommand::CheckNow => {}
            EditCommand::Start => self.start_editing(),
            EditCommand::Stop => self.editing = false,
            EditCommand::Toggle => {
                if self.editing {
                    self.editing = false;
                } else {
                    self.start_editing();
                }
            }
            EditCommand::NewCase { article, language } => self.new_case(&article, &language),
            EditCommand::Apply { edit, topic } => {
                let applied = self
                    .document
                    .draft
                    .as_mut()
                    .map(|draft| draft.apply(edit, topic));
                if let Some(Err(error)) = applied {
                    self.report(
                        super::explorer::MessageLevel::Error,
                        "The edit could not be made",
                        vec![error.to_string()],
                    );
                }
                self.draft_changed();
            }
            EditCommand::Seal => {
                if let Some(draft) = &mut self.document.draft {
                    draft.seal();
                }
            }
            EditCommand::Undo => {
                if self.document.draft.as_mut().is_some_and(Draft::undo) {
                    self.draft_changed();
                }
            }
            EditCommand::Redo => {
                if self.document.draft.as_mut().is_some_and(Draft::redo) {
                    self.draft_changed();
                }
            }
            EditCommand::Select(selected) => {
                if let Some(draft) = &mut self.document.draft {
                    draft.seal();
                    draft.selected = selected;
                }
            }
            EditCommand::PickSentence {
                number,
                extend,
                toggle,
            } => {
                if let Some(draft) = &mut self.document.draft {
                    draft.pick_sentence(number, extend, toggle);
                }
            }
            EditCommand::ClearSentences => {
                if let Some(draft) = &mut self.document.draft {
                    draft.clear_sentences();
                }
            }
            EditCommand::NewFromSelection { element, title } => {
                self.new_from_selection(element, title);
            }
        }
    }

    /// Starts editing the open case: a draft of it, unless one is being edited already.
    fn start_editing(&mut self) {
        self.editing = true;
        if self.document.draft.is_some() {
            return;
        }
        let case = self.document.case.case().clone();
        // The article's text comes along, so that a case saved somewhere else can take it.
        let (path, rewrites_layout, article) = match &self.document.case_source {
            CaseSource::File(path) => {
                // Saving writes Skenario's layout; a file with comments of its own is told so.
                let canonical = case_to_ron(&case).ok();
                let on_disk = file::read_text(path).ok();
                let article = case.article_file.as_ref().and_then(|name| {
                    let folder = path.parent().unwrap_or_else(|| Path::new("."));
                    file::read_text(&folder.join(name)).ok()
                });
                (Some(path.clone()), canonical != on_disk, article)
            }
            CaseSource::Shipped(id) => {
                let article = library().case(id).map(|shipped| shipped.article.to_owned());
                (None, false, article)
            }
            CaseSource::Unsaved => (None, false, None),
        };
        let mut draft = Draft::new(case, path, rewrites_layout);
        draft.article = article;
        draft.selected = Some(Selected::Header);
        self.document.draft = Some(draft);
    }

    /// A new case from `article`: its sentences split, the rest to fill in.
    fn new_case(&mut self, article: &str, language: &str) {
        let made = skeleton(&SkeletonRequest {
            article,
            id: "new-case",
            language,
            article_file: None,
            fallback_title: "New case",
        });
        let case = match parse_case(&made.text) {
            Ok((valid, _)) => valid,
            Err(problems) => {
                let details = problems.iter().map(ToString::to_string).collect();
                self.report(
                    super::explorer::MessageLevel::Error,
                    "The article could not be made into a case",
                    details,
                );
                return;
            }
        };
        let mut draft = Draft::unsaved(case.case().clone());
        draft.article = Some(article.to_owned());
        draft.selected = Some(Selected::Header);
        let mut document = Document::untitled(Arc::new(case), CaseSource::Unsaved);
        document.draft = Some(draft);
        self.replace_document(document);
        self.editing = true;
    }

    /// Saves the case being edited to `path`, in Skenario's layout. A case started from an
    /// article in the window gets the article saved beside it (`lesson.case.ron` →
    /// `lesson.txt`) and names it, so `check` compares the two from then on. A half-finished
    /// case is saved too; its problems stay listed in the editor.
    pub fn save_case_to(&mut self, path: &Path) -> Result<(), SaveError> {
        let Some(draft) = self.document.draft.as_mut() else {
            return Ok(());
        };
        // The findings listed with the save are of the case saved.
        draft.check_if_stale();
        // The article goes beside the case when the case has none yet, or when the one it
        // names is not there (a shipped case, or a case saved into another folder).
        let folder = path.parent().unwrap_or_else(|| Path::new("."));
        let article_missing = match &draft.case.article_file {
            None => true,
            Some(name) => !folder.join(name).is_file(),
        };
        let article_name =
            (draft.article.is_some() && article_missing).then(|| article_file_name(path));
        if let Some(name) = &article_name {
            let mut header = Header::of(&draft.case);
            header.article_file = Some(name.clone());
            // Cannot fail: a header always has its place.
            let _ = draft.apply(Edit::one(Op::Header(header)), None);
        }
        let article = article_name.as_deref().zip(draft.article.as_deref());
        if let Err(error) = file::save_case(path, &draft.case, article) {
            if article_name.is_some() {
                draft.undo();
            }
            return Err(error);
        }
        draft.saved_at(path.to_owned());
        self.document.case_source = CaseSource::File(path.to_owned());
        self.draft_changed();
        Ok(())
    }

    /// A new element from the selected sentences, selected for its form.
    fn new_from_selection(&mut self, element: NewElement, title: Text) {
        let Some(draft) = &mut self.document.draft else {
            return;
        };
        let evidence = draft.selected_sentences();
        let case = &draft.case;
        let (edit, list) = match element {
            NewElement::Condition => (
                verbs::new_condition(case, title, &evidence),
                crate::core::edit::List::Conditions,
            ),
            NewElement::Consequence => (
                verbs::new_consequence(case, title, &evidence),
                crate::core::edit::List::Consequences,
            ),
            NewElement::Objection => (
                verbs::new_objection(case, title, &evidence),
                crate::core::edit::List::Objections,
            ),
            NewElement::Tension => (
                verbs::new_tension(case, title, &evidence),
                crate::core::edit::List::Tensions,
            ),
        };
        let at = verbs::list_len(case, list);
        if draft.apply(edit, None).is_ok() {
            draft.selected = Some(Selected::Item(list, at));
            draft.clear_sentences();
        }
        self.draft_changed();
    }

    /// The explorer shows the draft as it now stands, when it has no errors.
    fn draft_changed(&mut self) {
        let Some(valid) = self.document.draft.as_ref().and_then(|d| d.valid.clone()) else {
            return;
        };
        if Arc::ptr_eq(&valid, &self.document.case) {
            return;
        }
        self.document.case = valid;
        self.case_changed();
    }
}
