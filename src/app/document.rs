//! The document: an open scenario, its case, where both come from, and whether there are
//! unsaved changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::draft::Draft;
use crate::core::file::{self, CaseSource, SaveError};
use crate::core::{Lang, Scenario, ValidCase};
use crate::text::window::WindowWords;

/// An open scenario and the case it belongs to.
#[derive(Debug, Clone)]
pub struct Document {
    /// The case.
    pub case: Arc<ValidCase>,
    /// Where the case came from.
    pub case_source: CaseSource,
    /// The scenario being explored.
    pub scenario: Scenario,
    /// Where the scenario is saved; none while untitled.
    pub path: Option<PathBuf>,
    /// The scenario as last opened or saved, to tell whether there are unsaved changes.
    pub(super) saved: Scenario,
    /// The case being edited, if it is.
    pub draft: Option<Draft>,
    /// The lesson on the site the case was opened from (in the browser), which links name
    /// it by while its case is unchanged.
    pub lesson: Option<LessonOrigin>,
}

/// The lesson of a site a case was opened from, and that case.
#[derive(Debug, Clone)]
pub struct LessonOrigin {
    /// The lesson's id.
    pub id: String,
    /// The case as the site gave it.
    pub case: Arc<ValidCase>,
}

impl Document {
    /// A new, untitled (and unnamed) scenario for `case` with every condition unknown.
    pub fn untitled(case: Arc<ValidCase>, case_source: CaseSource) -> Self {
        let scenario = Scenario::new(case.case(), "");
        Self {
            case,
            case_source,
            saved: scenario.clone(),
            scenario,
            path: None,
            draft: None,
            lesson: None,
        }
    }

    /// A document brought back from an autosave: the file on disk (if any) is the saved
    /// version, so what was not saved shows as unsaved.
    pub fn recovered(
        case: Arc<ValidCase>,
        case_source: CaseSource,
        scenario: Scenario,
        path: Option<PathBuf>,
    ) -> Self {
        let saved = path
            .as_deref()
            .and_then(|p| file::load_scenario(p).ok())
            .map_or_else(|| Scenario::new(case.case(), ""), |loaded| loaded.scenario);
        Self {
            case,
            case_source,
            scenario,
            path,
            saved,
            draft: None,
            lesson: None,
        }
    }

    /// Whether the scenario differs from what was last opened or saved, or the case being
    /// edited has changes not saved.
    pub fn is_dirty(&self) -> bool {
        self.scenario != self.saved || self.draft.as_ref().is_some_and(Draft::is_dirty)
    }

    /// Whether the scenario (its conditions, name and notes) has changes not saved.
    pub fn scenario_is_dirty(&self) -> bool {
        self.scenario != self.saved
    }

    /// The scenario's name in `lang`, or `unnamed` while it has none.
    pub fn name<'a>(&'a self, lang: Lang, unnamed: &'a str) -> &'a str {
        let name = self.scenario.display_name(lang);
        if name.trim().is_empty() {
            unnamed
        } else {
            name
        }
    }

    /// The window title: the scenario's name in `lang`, its file, and `*` when there are
    /// unsaved changes.
    pub fn window_title(&self, lang: Lang, words: &WindowWords) -> String {
        let mark = if self.is_dirty() {
            words.unsaved_mark
        } else {
            ""
        };
        let name = self.name(lang, words.untitled);
        match self.file_name() {
            Some(file) => format!("{mark}{name} ({file}) — Skenario"),
            None => format!("{mark}{name} — Skenario"),
        }
    }

    /// The file name, or none while untitled.
    pub fn file_name(&self) -> Option<String> {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
    }
}

/// The case file's path relative to the scenario's folder; it must lie inside that folder.
pub(super) fn relative_case_path(
    scenario_path: &Path,
    case_path: &Path,
) -> Result<String, SaveError> {
    let folder = scenario_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned());
    let (folder, case_path) = (absolute(folder), absolute(case_path));
    match case_path.strip_prefix(&folder) {
        Ok(relative) => Ok(relative.to_string_lossy().replace('\\', "/")),
        Err(_) => Err(SaveError::Io {
            path: scenario_path.to_owned(),
            reason: format!(
                "its case file {} must be in the same folder as the scenario (or a folder inside it), so that the scenario opens on other computers",
                case_path.display()
            ),
        }),
    }
}
