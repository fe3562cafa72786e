//! Unsaved work survives a crash: a few seconds after the last change (and on exit) the
//! scenario is kept — in a file of the app's data folder on the desktop, in the page's storage
//! in the browser — and the next start offers to recover it. This module decides when and
//! what; `disk.rs` and `web/storage.rs` keep it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::document::Document;
use super::draft::Draft;
use super::explorer::{ExploreCommand, MessageLevel};
use crate::core::file::{self, CaseSource};
use crate::core::write::case_to_ron;
use crate::core::{Scenario, shipped};
use crate::text::window::WindowWords;

// Where autosaves are kept: files in the app's data folder on the desktop, the page's local
// storage in the browser. Both offer the same `Slot`, `Offer`, `Found` and `find`.
#[cfg(not(target_arch = "wasm32"))]
mod disk;
pub(super) mod record;
#[cfg(target_arch = "wasm32")]
pub use crate::app::web::storage::{Offer, Slot, find};
#[cfg(not(target_arch = "wasm32"))]
pub use disk::{Offer, Slot, find};
pub use record::{RECOVERY_VERSION, RecoveredCase, RecoveredDraft, Recovery};

/// How long after the last change the autosave is written, in seconds.
pub const DELAY_SECONDS: f64 = 3.0;

/// The recovery record of `document`.
pub fn record(document: &Document) -> Recovery {
    Recovery {
        format_version: RECOVERY_VERSION,
        path: document.path.as_ref().map(|p| absolute(p)),
        case: match &document.case_source {
            CaseSource::Shipped(id) => RecoveredCase::Shipped(id.clone()),
            CaseSource::File(path) => RecoveredCase::File(absolute(path)),
            CaseSource::Unsaved => RecoveredCase::Unsaved,
        },
        scenario: document.scenario.clone(),
        draft: document
            .draft
            .as_ref()
            .filter(|draft| draft.is_dirty())
            .and_then(|draft| {
                Some(RecoveredDraft {
                    case: case_to_ron(&draft.case).ok()?,
                    path: draft.path.as_ref().map(|p| absolute(p)),
                    article: draft.article.clone(),
                })
            }),
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// Turns a recovery record back into a document: unsaved, so the user decides where it goes.
/// A case that was being edited comes back as it was, with its changes still unsaved.
pub fn restore(recovery: &Recovery) -> Result<Document, String> {
    let draft = recovery.draft.as_ref().map(restore_draft).transpose()?;
    let case_source = match &recovery.case {
        RecoveredCase::Shipped(id) => CaseSource::Shipped(id.clone()),
        RecoveredCase::File(path) => CaseSource::File(path.clone()),
        RecoveredCase::Unsaved => CaseSource::Unsaved,
    };
    let case = match (draft.as_ref(), &recovery.case) {
        (Some(draft), _) if draft.valid.is_some() => draft.valid.clone(),
        (_, RecoveredCase::Shipped(id)) => {
            Some(Arc::new(shipped::case(id).ok_or_else(|| {
                format!("the shipped case `{id}` is not in this Skenario")
            })?))
        }
        (None, RecoveredCase::File(path)) => Some(Arc::new(
            file::load_case(path)
                .map_err(|failure| failure.to_string())?
                .case,
        )),
        (Some(draft), _) => draft.shown_case().map(Arc::new),
        (None, RecoveredCase::Unsaved) => None,
    };
    let case = case.ok_or_else(|| "the case that was being edited cannot be shown".to_owned())?;
    let mut document = Document::recovered(
        case,
        case_source,
        recovery.scenario.clone(),
        recovery.path.clone(),
    );
    document.draft = draft;
    Ok(document)
}

/// The draft in a recovery record, its file on disk (if any) as the saved version.
fn restore_draft(recovered: &RecoveredDraft) -> Result<Draft, String> {
    let case = crate::core::parse::parse_case(&recovered.case).map_err(|problems| {
        problems
            .first()
            .map_or_else(|| "the case cannot be read".to_owned(), ToString::to_string)
    })?;
    let saved = recovered
        .path
        .as_deref()
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| crate::core::parse::parse_case(&text).ok());
    let mut draft = Draft::recovered(case, recovered.path.clone(), saved);
    draft.article.clone_from(&recovered.article);
    Ok(draft)
}

/// What an autosave keeps, to tell when there is something new: the scenario, and the
/// revision of the case being edited (if one is).
type Work = (Scenario, Option<u64>);

/// The work in `document`.
fn work(document: &Document) -> Work {
    (
        document.scenario.clone(),
        document.draft.as_ref().map(|draft| draft.revision),
    )
}

/// This window's autosave: when it is due, what was last written, and whether writing failed.
#[derive(Default)]
pub struct Autosaver {
    /// Where unsaved work goes; none turns autosave off.
    data_dir: Option<PathBuf>,
    /// This window's autosave file, once it has had something to keep.
    slot: Option<Slot>,
    /// The work as last autosaved.
    written: Option<Work>,
    /// The work as seen last, and when it last changed.
    last_seen: Option<(Work, f64)>,
    /// The last write failed (reported once until one succeeds).
    failed: bool,
}

/// What an autosave tick found.
#[derive(Debug, Default, PartialEq)]
pub struct Tick {
    /// How long until the next autosave is due, if one is.
    pub due_in: Option<f64>,
    /// Why writing failed, the first time it does.
    pub failure: Option<String>,
}

impl Tick {
    /// The message to show when writing failed.
    pub fn report(&self, words: &WindowWords) -> Option<ExploreCommand> {
        self.failure.clone().map(|reason| ExploreCommand::Report {
            level: MessageLevel::Warning,
            title: words.autosave_failed.to_owned(),
            details: vec![reason],
        })
    }
}

impl Autosaver {
    /// An autosaver writing to `data_dir` (none: autosave is off).
    pub fn new(data_dir: Option<PathBuf>) -> Self {
        Self {
            data_dir,
            ..Self::default()
        }
    }

    /// The folder autosaves go to.
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// Writes the autosave a few seconds after the last change to `document` (or at once when
    /// `right_away`), and removes it once the work is saved.
    pub fn tick(&mut self, document: &Document, now: f64, right_away: bool) -> Tick {
        let Some(dir) = self.data_dir.clone() else {
            return Tick::default();
        };
        if !document.is_dirty() {
            if self.written.take().is_some() {
                self.clear();
            }
            self.last_seen = None;
            return Tick::default();
        }
        let current = work(document);
        if self.written.as_ref() == Some(&current) {
            return Tick::default();
        }
        let changed_at = match &self.last_seen {
            Some((seen, at)) if *seen == current => *at,
            _ => {
                self.last_seen = Some((current.clone(), now));
                now
            }
        };
        let due = changed_at + DELAY_SECONDS;
        if !right_away && now < due {
            return Tick {
                due_in: Some(due - now),
                failure: None,
            };
        }
        let record = record(document);
        match self.slot(&dir).and_then(|slot| slot.write(&record)) {
            Ok(()) => {
                self.written = Some(current);
                self.failed = false;
                Tick::default()
            }
            Err(reason) if !self.failed => {
                self.failed = true;
                Tick {
                    due_in: None,
                    failure: Some(reason),
                }
            }
            Err(_) => Tick::default(),
        }
    }

    /// When the document was last seen changed (to date the autosave on exit).
    pub fn last_change(&self) -> f64 {
        self.last_seen.as_ref().map_or(0.0, |(_, at)| *at)
    }

    /// The work was saved or thrown away: nothing to recover later.
    pub fn clear(&mut self) {
        if let Some(slot) = &self.slot {
            slot.clear();
        }
        self.written = None;
    }

    /// Makes recovered work's autosave file this window's; it goes once the work is saved.
    /// Should that fail, the file stays where it is and this window autosaves its own copy.
    pub fn adopt(&mut self, offer: Offer) {
        let scenario = offer.recovery.scenario.clone();
        if let Some(dir) = self.data_dir.clone()
            && let Ok(slot) = self.slot(&dir)
            && offer.adopt(slot).is_ok()
        {
            // A recovered draft is a new revision: the next tick writes it again, which
            // costs one write and keeps the file in step with the window.
            self.written = Some((scenario, None));
        }
    }

    /// This window's autosave file, claimed on first use.
    fn slot(&mut self, dir: &Path) -> Result<&Slot, String> {
        if self.slot.is_none() {
            self.slot = Some(Slot::claim(dir)?);
        }
        self.slot
            .as_ref()
            .ok_or_else(|| "no autosave file".to_owned())
    }
}
