//! Unsaved work survives a crash: a few seconds after the last change (and on exit) the
//! scenario is written to the app's data folder; the next start offers to recover it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::state::Document;
use crate::core::file::{self, CaseSource};
use crate::core::{Scenario, shipped};

/// How long after the last change the autosave is written, in seconds.
pub const DELAY_SECONDS: f64 = 3.0;

const FILE_NAME: &str = "autosave.ron";
const RECOVERY_VERSION: u32 = 1;

/// Where the recovered scenario's case lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecoveredCase {
    /// A shipped case, by id.
    Shipped(String),
    /// A case file (absolute path).
    File(PathBuf),
}

/// What the autosave file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recovery {
    /// The layout of this file.
    pub format_version: u32,
    /// Where the scenario was saved, if it had been.
    pub path: Option<PathBuf>,
    /// Its case.
    pub case: RecoveredCase,
    /// The scenario as it was.
    pub scenario: Scenario,
}

/// The autosave file in `data_dir`.
pub fn path_in(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

/// The recovery record of `document`.
pub fn record(document: &Document) -> Recovery {
    Recovery {
        format_version: RECOVERY_VERSION,
        path: document.path.as_ref().map(|p| absolute(p)),
        case: match &document.case_source {
            CaseSource::Shipped(id) => RecoveredCase::Shipped(id.clone()),
            CaseSource::File(path) => RecoveredCase::File(absolute(path)),
        },
        scenario: document.scenario.clone(),
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// Writes the recovery record (atomically, so a crash mid-write leaves the previous one).
pub fn write(data_dir: &Path, recovery: &Recovery) -> Result<(), String> {
    std::fs::create_dir_all(data_dir).map_err(|e| file::io_reason(&e))?;
    let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    file::write_atomically(&path_in(data_dir), text.as_bytes()).map_err(|e| e.to_string())
}

/// Removes the recovery record (the work was saved or discarded).
pub fn clear(data_dir: &Path) {
    // Nothing to do if it is already gone.
    let _ = std::fs::remove_file(path_in(data_dir));
}

/// What was found at start.
pub enum Found {
    /// Nothing to recover.
    Nothing,
    /// Unsaved work from last time.
    Work(Box<Recovery>),
    /// A file that cannot be read; it was moved aside to this path, so nothing is lost.
    Unreadable(PathBuf),
}

/// Looks for unsaved work from a previous run.
pub fn find(data_dir: &Path) -> Found {
    let path = path_in(data_dir);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Found::Nothing;
    };
    match ron::from_str::<Recovery>(&text) {
        Ok(recovery) if recovery.format_version == RECOVERY_VERSION => {
            Found::Work(Box::new(recovery))
        }
        _ => {
            let aside = data_dir.join("autosave.unreadable.ron");
            match std::fs::rename(&path, &aside) {
                Ok(()) => Found::Unreadable(aside),
                Err(_) => Found::Unreadable(path),
            }
        }
    }
}

/// Turns a recovery record back into a document: unsaved, so the user decides where it goes.
pub fn restore(recovery: &Recovery) -> Result<Document, String> {
    let (case, case_source) = match &recovery.case {
        RecoveredCase::Shipped(id) => (
            shipped::case(id)
                .ok_or_else(|| format!("the shipped case `{id}` is not in this Skenario"))?,
            CaseSource::Shipped(id.clone()),
        ),
        RecoveredCase::File(path) => (
            file::load_case(path)
                .map_err(|failure| failure.to_string())?
                .case,
            CaseSource::File(path.clone()),
        ),
    };
    Ok(Document::recovered(
        Arc::new(case),
        case_source,
        recovery.scenario.clone(),
        recovery.path.clone(),
    ))
}
