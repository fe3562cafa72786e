//! The editor's commands and their handler, the only code that changes a case being edited.
//! Every change goes through the draft's history (so it can be undone); after each, the
//! explorer shows the case as it now stands, as long as it has no errors.

use std::path::Path;
use std::sync::Arc;

use super::document::Document;
use super::draft::Draft;
use super::explorer::State;
use super::library::library;
use crate::core::edit::{Edit, FieldKey, Header, List, Op, Place, rename, verbs};
use crate::core::file::{self, CaseSource, SaveError};
use crate::core::language::Text;
use crate::core::skeleton::{SkeletonRequest, id_from_title, skeleton};
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
        /// The field typed in, for typing.
        topic: Option<FieldKey>,
    },
    /// Give the element at `place` the id `id`, with every reference following (one undo
    /// step).
    Rename {
        /// Whose id.
        place: Place,
        /// The new id.
        id: String,
    },
    /// The field being typed into lost focus: the next edit is a step of its own.
    Seal,
    /// Typing paused: check the case typed into (see [`Draft::is_stale`]).
    CheckNow,
    /// Undo the newest edit.
    Undo,
    /// Redo the newest edit undone.
    Redo,
    /// Show this element's form (or none), with the keyboard in its first field.
    Select(Option<Place>),
    /// Show the form this field is in, with the keyboard in the field (a finding clicked, a
    /// translation added).
    Focus(FieldKey),
    /// The field asked for has the keyboard now.
    FocusTaken,
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
            EditCommand::Stop => self.stop_editing(),
            EditCommand::Toggle => {
                if self.editing {
                    self.stop_editing();
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
            EditCommand::Rename { place, id } => self.rename(place, &id),
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
            EditCommand::Select(place) => {
                if let Some(draft) = &mut self.document.draft {
                    draft.select(place);
                }
            }
            EditCommand::Focus(key) => {
                if let Some(draft) = &mut self.document.draft {
                    draft.focus_on(key);
                }
            }
            EditCommand::FocusTaken => {
                if let Some(draft) = &mut self.document.draft {
                    draft.focus = None;
                }
            }
            EditCommand::NewFromSelection { element, title } => {
                self.new_from_selection(element, title);
            }
        }
    }

    /// An exercise opens in the editor: finding what follows is the student's task.
    pub fn edit_if_exercise(&mut self) {
        let editing_it = self.editing && self.document.draft.is_some();
        if self.document.case.case().exercise.is_some() && !editing_it {
            self.edit(EditCommand::Start);
            // Nothing chosen yet: the form says where to begin, and no field of the teacher's
            // (the title) takes the keyboard.
            self.edit(EditCommand::Select(None));
        }
    }

    /// Starts editing the open case: a draft of it, unless one is being edited already.
    fn start_editing(&mut self) {
        self.editing = true;
        if self.document.draft.is_some() {
            self.refresh_article();
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
        draft.select(Some(Place::Header));
        self.document.draft = Some(draft);
        self.refresh_article();
    }

    /// Back to exploring; the edits stay, saved or not.
    fn stop_editing(&mut self) {
        self.editing = false;
        self.refresh_article();
    }

    /// Gives the element at `place` the id `id`, every reference following; the open
    /// scenario's state of a renamed condition follows too.
    fn rename(&mut self, place: Place, id: &str) {
        let Some(draft) = &mut self.document.draft else {
            return;
        };
        let old = match place {
            Place::Item(List::Conditions, at) => {
                draft.case.conditions.get(at).map(|c| c.id.clone())
            }
            _ => None,
        };
        match rename::rename(&draft.case, place, id) {
            Ok(Some(edit)) => {
                if draft.apply(edit, None).is_ok()
                    && let Some(old) = old
                    && let Some(state) = self.document.scenario.conditions.remove(&old)
                {
                    self.document
                        .scenario
                        .conditions
                        .insert(id.trim().to_owned(), state);
                }
                self.draft_changed();
            }
            Ok(None) => {}
            Err(error) => {
                let words = crate::text::Words::get(crate::core::Lang::En).editor;
                self.report(
                    super::explorer::MessageLevel::Error,
                    words.edit_failed,
                    vec![words.rename_error(&error).into_owned()],
                );
            }
        }
    }

    /// A new case from `article`: its sentences split, the rest to fill in. Its title is the
    /// article's heading (none when it starts without one: the author writes it), and its id
    /// is made from the title and follows it until the case is first saved.
    fn new_case(&mut self, article: &str, language: &str) {
        let made = skeleton(&SkeletonRequest {
            article,
            id: "case",
            language,
            article_file: None,
            fallback_title: "",
        });
        let mut case = match crate::core::parse::parse_case(&made.text) {
            Ok(case) => case,
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
        case.id = id_from_title(case.title.exact(language).unwrap_or_default());
        let mut draft = Draft::unsaved(case);
        draft.article = Some(article.to_owned());
        draft.select(Some(Place::Header));
        let Some(shown) = draft.shown_case() else {
            return;
        };
        let mut document = Document::untitled(Arc::new(shown), CaseSource::Unsaved);
        document.draft = Some(draft);
        self.replace_document(document);
        self.editing = true;
        self.refresh_article();
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

    /// The case being edited as one file to download (in the browser): `ID.case.ron`, holding
    /// the article's text when the article is in the window, so `skenario check` reads it with
    /// nothing beside it. The case then counts as saved under that name. None when no case is
    /// being edited.
    pub fn case_download(&mut self) -> Option<Result<(String, String), SaveError>> {
        let draft = self.document.draft.as_mut()?;
        draft.check_if_stale();
        let mut carried = draft.case.clone();
        if carried.article.is_none()
            && let Some(article) = &draft.article
        {
            carried.article = Some(article.clone());
            carried.article_file = None;
        }
        let name = format!("{}.case.ron", carried.id.replace(['/', '\\'], "-"));
        let text = match case_to_ron(&carried) {
            Ok(text) => text,
            Err(error) => return Some(Err(error.into())),
        };
        draft.saved_at(name.clone().into());
        self.draft_changed();
        Some(Ok((name, text)))
    }

    /// A new element from the selected sentences, selected for its form.
    fn new_from_selection(&mut self, element: NewElement, title: Text) {
        let evidence = self.selection.sentences();
        let Some(draft) = &mut self.document.draft else {
            return;
        };
        let case = &draft.case;
        let (edit, list) = match element {
            NewElement::Condition => (
                verbs::new_condition(case, title, &evidence),
                List::Conditions,
            ),
            NewElement::Consequence => (
                verbs::new_consequence(case, title, &evidence),
                List::Consequences,
            ),
            NewElement::Objection => (
                verbs::new_objection(case, title, &evidence),
                List::Objections,
            ),
            NewElement::Tension => (verbs::new_tension(case, title, &evidence), List::Tensions),
        };
        let at = verbs::list_len(case, list);
        if draft.apply(edit, None).is_ok() {
            draft.select(Some(Place::Item(list, at)));
            self.selection.clear();
        }
        self.draft_changed();
    }

    /// The explorer shows the draft as it now stands, when it has no errors; the article
    /// shows it whatever its errors. What is selected stays selected: the consequence by its
    /// id, the sentences the case still has.
    fn draft_changed(&mut self) {
        // The article's sentences are laid out, and its translations looked for, again only
        // when an edit changed them (typing a title in a large case must stay cheap).
        let article = self.document.draft.as_ref().map(|d| d.article_revision);
        if article != self.article_refreshed {
            self.article_refreshed = article;
            self.refresh_article();
        }
        let Some(valid) = self.document.draft.as_ref().and_then(|d| d.valid.clone()) else {
            return;
        };
        if Arc::ptr_eq(&valid, &self.document.case) {
            return;
        }
        let selected = self
            .selected_consequence
            .and_then(|i| self.document.case.case().consequence_at(i))
            .map(|c| c.id.clone());
        self.document.case = valid;
        self.selected_consequence =
            selected.and_then(|id| self.document.case.consequence_index(&id));
        self.case_shown_again();
    }
}
