//! What an autosave keeps: the scenario, where its case lives, and the case being edited.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::core::Scenario;

/// The layout of the recovery record.
pub const RECOVERY_VERSION: u32 = 1;

/// Where the recovered scenario's case lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecoveredCase {
    /// A shipped case, by id.
    Shipped(String),
    /// A case file (absolute path).
    File(PathBuf),
    /// A case written in the window and never saved (it is in the draft).
    Unsaved,
}

/// A case being edited, as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveredDraft {
    /// The case's text, in Skenario's layout.
    pub case: String,
    /// Where the case is saved, if it had been.
    pub path: Option<PathBuf>,
    /// The article it was started from in the window, if it was.
    pub article: Option<String>,
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
    /// The case being edited, if one was.
    #[serde(default)]
    pub draft: Option<RecoveredDraft>,
}
