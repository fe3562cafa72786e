//! A case being edited: the case as it stands (valid or not), its history for undo, what
//! `check` would say about it, where it is saved, and what the author has selected. No egui
//! here: the editor's panels read this and send [`EditCommand`]s.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::core::diagnostics::{Finding, Severity};
use crate::core::edit::{Edit, EditError, FieldKey, History, List, Place};
use crate::core::language::Text;
use crate::core::model::Case;
use crate::core::{SentenceNo, ValidCase};

/// A number no change has had yet.
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Above this many sentences and elements, typing does not check the case on every key: a
/// check takes about 2 µs an element, and a frame has 8 ms. The check runs when typing
/// pauses, when the field loses focus, and before anything else is done.
const CHECK_AS_YOU_TYPE_UP_TO: usize = 1_000;

/// A case being edited.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The case as it stands.
    pub case: Case,
    /// Its edits, for undo and redo.
    history: History,
    /// What `check` says about it (errors and warnings), in the case's order.
    pub findings: Vec<Finding>,
    /// The case, validated, when it has no errors: what the explorer shows.
    pub valid: Option<Arc<ValidCase>>,
    /// Typed into since the last check (a large case, see [`CHECK_AS_YOU_TYPE_UP_TO`]):
    /// `findings` and `valid` are of the case as it was.
    stale: bool,
    /// Names the case as it stands: every change (in any draft) gets a number of its own, so
    /// the autosave can tell when there is something new.
    pub revision: u64,
    /// Like `revision`, but changed only by edits to what the article shows (its sentences,
    /// its language): the article panel lays its sentences out again only then.
    pub article_revision: u64,
    /// Names this draft (a case opened or started anew gets a new number): what the editor
    /// remembers about a case, like which outline sections are open, starts afresh with it.
    pub started: u64,
    /// The case as last opened or saved; none for a case never saved.
    saved: Option<Case>,
    /// Whether the case differs from the saved one (worked out after each change).
    dirty: bool,
    /// Where the case is saved; none until it is.
    pub path: Option<PathBuf>,
    /// The article's text, for a case started from one in the window; saved beside the case.
    pub article: Option<String>,
    /// The file on disk is not in Skenario's layout (comments, its own line breaks): saving
    /// rewrites it, and the author is told so first.
    pub rewrites_layout: bool,
    /// The element the form shows.
    pub selected: Option<Place>,
    /// The field that is to take the keyboard when its form is next drawn (a form just opened,
    /// a finding clicked); none once it has.
    pub focus: Option<FieldKey>,
}

impl Draft {
    /// A draft of `case` as it was opened — from the file at `path`, or built in (no path;
    /// saving asks where) — with nothing unsaved yet; `rewrites_layout` when the file's text is
    /// not the canonical one.
    pub fn new(case: Case, path: Option<PathBuf>, rewrites_layout: bool) -> Self {
        let saved = Some(case.clone());
        let mut draft = Self {
            findings: Vec::new(),
            valid: None,
            stale: false,
            revision: next_revision(),
            article_revision: next_revision(),
            started: next_revision(),
            history: History::default(),
            dirty: saved.is_none(),
            saved,
            path,
            article: None,
            rewrites_layout,
            selected: None,
            focus: None,
            case,
        };
        draft.recheck();
        draft
    }

    /// A draft of a case just made in the window: unsaved until it is saved.
    pub fn unsaved(case: Case) -> Self {
        let mut draft = Self::new(case, None, false);
        draft.saved = None;
        draft.dirty = true;
        draft
    }

    /// A draft brought back from an autosave: `case` as it was, with `saved` (the file on disk,
    /// if there is one) to tell what was not saved.
    pub fn recovered(case: Case, path: Option<PathBuf>, saved: Option<Case>) -> Self {
        let mut draft = Self::new(case, None, false);
        draft.path = path;
        draft.dirty = saved.as_ref() != Some(&draft.case);
        draft.saved = saved;
        draft
    }

    /// The case to explore while it is edited: as it stands when it has no errors, else its
    /// sentences alone (the explorer then shows the article and nothing that follows).
    pub fn shown_case(&self) -> Option<ValidCase> {
        if let Some(valid) = &self.valid {
            return Some(ValidCase::clone(valid));
        }
        let case = &self.case;
        let mut title = case.title.clone();
        if title.is_blank() {
            title = Text::new(&case.language, "…");
        }
        let mut sentences = case.sentences.clone();
        for (i, sentence) in sentences.iter_mut().enumerate() {
            sentence.number = SentenceNo(u32::try_from(i + 1).unwrap_or(u32::MAX));
            sentence.context = true;
        }
        ValidCase::new(Case {
            id: if case.id.is_empty() {
                "case".to_owned()
            } else {
                case.id.clone()
            },
            title,
            sentences,
            actors: Vec::new(),
            kinds: Vec::new(),
            conditions: Vec::new(),
            exclusive: Vec::new(),
            consequences: Vec::new(),
            objections: Vec::new(),
            tensions: Vec::new(),
            walkthroughs: Vec::new(),
            ..case.clone()
        })
        .ok()
    }

    /// Whether the element of `list` with this `id` is not in the case as last saved (so its id
    /// may still follow its title: no saved scenario can name it yet).
    pub fn is_new(&self, list: List, id: &str) -> bool {
        let Some(saved) = &self.saved else {
            return true;
        };
        let ids: Vec<&str> = match list {
            List::Actors => saved.actors.iter().map(|x| x.id.as_str()).collect(),
            List::Kinds => saved.kinds.iter().map(|x| x.id.as_str()).collect(),
            List::Conditions => saved.conditions.iter().map(|x| x.id.as_str()).collect(),
            List::Consequences => saved.consequences.iter().map(|x| x.id.as_str()).collect(),
            List::Objections => saved.objections.iter().map(|x| x.id.as_str()).collect(),
            List::Tensions => saved.tensions.iter().map(|x| x.id.as_str()).collect(),
            List::Walkthroughs => saved.walkthroughs.iter().map(|x| x.id.as_str()).collect(),
            List::Sentences | List::Exclusive => return false,
        };
        !ids.contains(&id)
    }

    /// Whether the case was never saved (so its id may still follow its title).
    pub fn never_saved(&self) -> bool {
        self.saved.is_none() && self.path.is_none()
    }

    /// Whether there are changes not saved.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is an edit to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// How many errors `check` finds.
    pub fn error_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    /// Applies `edit`; typing in the same field (`topic`) again makes one undo step.
    pub fn apply(&mut self, edit: Edit, topic: Option<FieldKey>) -> Result<(), EditError> {
        let typing = topic.is_some();
        let touches_article = edit.touches_article(&self.case);
        self.history.apply_about(&mut self.case, edit, topic)?;
        if touches_article {
            self.article_revision = next_revision();
        }
        if typing && self.size() > CHECK_AS_YOU_TYPE_UP_TO {
            self.revision = next_revision();
            self.stale = true;
            // Until the check, the case counts as changed (it may be typed back as it was).
            self.dirty = true;
        } else {
            self.changed();
        }
        Ok(())
    }

    /// Whether the case was typed into since it was last checked.
    pub fn is_stale(&self) -> bool {
        self.stale
    }

    /// Checks the case if it was typed into since it was last checked; true when it was.
    pub fn check_if_stale(&mut self) -> bool {
        let stale = self.stale;
        if stale {
            self.changed();
        }
        stale
    }

    /// How many sentences and elements the case has.
    fn size(&self) -> usize {
        let case = &self.case;
        case.sentences.len()
            + case.conditions.len()
            + case.consequences.len()
            + case.objections.len()
            + case.tensions.len()
            + case.walkthroughs.len()
    }

    /// Ends the current typing step (the field lost focus).
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Undoes the newest edit.
    pub fn undo(&mut self) -> bool {
        if self
            .history
            .next_undo()
            .is_some_and(|edit| edit.touches_article(&self.case))
        {
            self.article_revision = next_revision();
        }
        let done = self.history.undo(&mut self.case);
        if done {
            self.changed();
        }
        done
    }

    /// Redoes the newest edit undone.
    pub fn redo(&mut self) -> bool {
        if self
            .history
            .next_redo()
            .is_some_and(|edit| edit.touches_article(&self.case))
        {
            self.article_revision = next_revision();
        }
        let done = self.history.redo(&mut self.case);
        if done {
            self.changed();
        }
        done
    }

    /// The case was saved at `path` as it stands.
    pub fn saved_at(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved = Some(self.case.clone());
        self.dirty = false;
        self.rewrites_layout = false;
        self.history.seal();
    }

    /// Shows the form of `place` (or none), with the keyboard in its first field.
    pub fn select(&mut self, place: Option<Place>) {
        self.history.seal();
        self.focus = place.and_then(|place| {
            Some(FieldKey::new(
                place,
                crate::core::edit::Field::first_of(place)?,
            ))
        });
        self.selected = place;
    }

    /// Shows the form `key` is in, with the keyboard in that field.
    pub fn focus_on(&mut self, key: FieldKey) {
        self.history.seal();
        self.selected = Some(key.place);
        self.focus = Some(key);
    }

    /// After any change: what `check` says, whether it differs from the saved case, and a
    /// form that still shows something.
    fn changed(&mut self) {
        self.revision = next_revision();
        self.stale = false;
        self.recheck();
        self.dirty = self.saved.as_ref() != Some(&self.case);
        if let Some(Place::Item(list, at)) = self.selected
            && at >= crate::core::edit::verbs::list_len(&self.case, list)
        {
            self.selected = None;
        }
    }

    /// Validates the case once: its findings, and the valid case when there are no errors.
    fn recheck(&mut self) {
        match ValidCase::with_warnings(self.case.clone()) {
            Ok((valid, warnings)) => {
                self.findings = warnings;
                self.valid = Some(Arc::new(valid));
            }
            Err(findings) => {
                self.findings = findings;
                self.valid = None;
            }
        }
    }
}
