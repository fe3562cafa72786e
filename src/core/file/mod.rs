//! The only part of the core that touches the disk: reading case and scenario files with
//! limits, resolving a scenario's case, and saving atomically.

use std::fmt;
use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

pub mod lessons;
mod paths;
mod reasons;

pub use reasons::io_reason;

use paths::{ARTICLE_FILE, CASE_FILE, contained_path};

use super::diagnostics::{Finding, Position, Problem, Segment, Severity};
use super::found::Found;
use super::limits::MAX_FILE_BYTES;
use super::load::parse_case;
use super::model::Case;
use super::parse::source_map::SourceMap;
use super::parse::{FileKind, decode, parse_scenario, place_findings};
use super::scenario::Scenario;
use super::shipped;
use super::valid::{ValidCase, validate_scenario};
use super::verbatim;
use super::write::{case_to_ron, scenario_to_ron};

/// A problem in a file: `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file.
    pub path: PathBuf,
    /// The problem.
    pub problem: Problem,
}

impl Diagnostic {
    /// A problem `problem` in the file at `path`.
    pub fn new(path: &Path, problem: Problem) -> Self {
        Self {
            path: path.to_owned(),
            problem,
        }
    }

    fn error(path: &Path, position: Option<Position>, message: impl Into<String>) -> Self {
        Self::new(path, Problem::error(position, message))
    }

    /// Whether this makes the file unusable.
    pub fn is_error(&self) -> bool {
        self.problem.is_error()
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(position) = self.problem.position {
            write!(f, ":{position}")?;
        }
        if self.problem.severity == Severity::Warning {
            f.write_str(": warning")?;
        }
        write!(f, ": {}", self.problem.message)
    }
}

/// Loading failed; every diagnostic says why (at least one is an error).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(.diagnostics))]
pub struct LoadFailure {
    /// What is wrong, file by file.
    pub diagnostics: Vec<Diagnostic>,
}

fn render(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl LoadFailure {
    fn one(diagnostic: Diagnostic) -> Self {
        Self {
            diagnostics: vec![diagnostic],
        }
    }

    fn from_problems(path: &Path, problems: Vec<Problem>) -> Self {
        Self {
            diagnostics: problems
                .into_iter()
                .map(|p| Diagnostic::new(path, p))
                .collect(),
        }
    }
}

/// Reads a text file with the size limit, a UTF-8 check and the byte-order mark removed.
/// Only regular files are read (not folders, devices or pipes), and never more than
/// [`MAX_FILE_BYTES`], even from a file that grows while it is read.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let cannot_read = |error: &io::Error| {
        Diagnostic::error(
            path,
            None,
            format!("cannot read the file: {}", io_reason(error)),
        )
    };
    let metadata = fs::metadata(path).map_err(|e| cannot_read(&e))?;
    if metadata.is_dir() {
        return Err(Diagnostic::error(
            path,
            None,
            "this is a folder, not a file",
        ));
    }
    if !metadata.is_file() {
        return Err(Diagnostic::error(
            path,
            None,
            "this is not a regular file (a device, pipe or socket); Skenario opens only files",
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(path, metadata.len()));
    }
    let file = fs::File::open(path).map_err(|e| cannot_read(&e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_read(&e))?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > MAX_FILE_BYTES {
        return Err(too_large(path, read));
    }
    decode(bytes).map_err(|problem| Diagnostic::new(path, problem))
}

/// The file at `path`, of `bytes` bytes, is over the limit.
fn too_large(path: &Path, bytes: u64) -> Diagnostic {
    Diagnostic::error(
        path,
        None,
        format!(
            "the file is too large ({:.1} MiB); Skenario opens files up to {} MiB",
            to_mib(bytes),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    )
}

fn to_mib(bytes: u64) -> f64 {
    // Precision loss is irrelevant for a size in a message.
    let whole = u32::try_from(bytes / 1024).unwrap_or(u32::MAX);
    f64::from(whole) / 1024.0
}

/// A case loaded from disk.
#[derive(Debug, Clone)]
pub struct LoadedCase {
    /// The validated case.
    pub case: ValidCase,
    /// Warnings about it.
    pub warnings: Vec<Diagnostic>,
}

/// Reads and validates a case file.
pub fn load_case(path: &Path) -> Result<LoadedCase, LoadFailure> {
    let text = read_text(path).map_err(LoadFailure::one)?;
    case_from_text(path, &text)
}

/// Validates the text of the case file at `path`, and its sentences against its article
/// when it names the article's file.
fn case_from_text(path: &Path, text: &str) -> Result<LoadedCase, LoadFailure> {
    match parse_case(text) {
        Ok((case, warnings)) => {
            let article = article_problems(path, text, case.case());
            if !article.is_empty() {
                return Err(LoadFailure::from_problems(path, article));
            }
            Ok(LoadedCase {
                case,
                warnings: warnings
                    .into_iter()
                    .map(|p| Diagnostic::new(path, p))
                    .collect(),
            })
        }
        Err(problems) => Err(LoadFailure::from_problems(path, problems)),
    }
}

/// Where the case file at `path` (its text `text`) parts ways with the article file it
/// names, if it names one: the article that cannot be read, or the first difference.
fn article_problems(path: &Path, text: &str, case: &Case) -> Vec<Problem> {
    let Some(relative) = &case.article_file else {
        return Vec::new();
    };
    let at = |path: Vec<Segment>, found: Found| Finding::error(path, found);
    let article_path = match contained_path(path, relative, &ARTICLE_FILE) {
        Ok(article_path) => article_path,
        Err(message) => {
            let finding = at(
                vec![Segment::Field("article_file")],
                Found::ArticlePath(message),
            );
            return place_findings(text, vec![finding]);
        }
    };
    let article = match read_text(&article_path) {
        Ok(article) => article,
        Err(diagnostic) => {
            let finding = at(
                vec![Segment::Field("article_file")],
                Found::ArticleUnreadable {
                    file: relative.clone(),
                    reason: diagnostic.problem.message,
                },
            );
            return place_findings(text, vec![finding]);
        }
    };
    // Positions in the article name it as the reader can open it (beside the case's path).
    let file = article_path.display().to_string();
    let Some(finding) = verbatim::difference_found(case, &article, Some(&file)) else {
        return Vec::new();
    };
    place_findings(text, vec![finding])
}

/// Where a scenario's case came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseSource {
    /// Built into the program, by id.
    Shipped(String),
    /// A case file on disk.
    File(PathBuf),
    /// A case written in the window and not saved yet.
    Unsaved,
}

/// A scenario loaded from disk, with its case.
#[derive(Debug, Clone)]
pub struct LoadedScenario {
    /// The scenario.
    pub scenario: Scenario,
    /// Its case.
    pub case: ValidCase,
    /// Where the case came from.
    pub case_source: CaseSource,
    /// Warnings (for example: the case's article changed since the scenario was saved).
    pub warnings: Vec<Diagnostic>,
}

/// Reads a scenario file, resolves its case, and checks the scenario against it (including
/// what changed in the case since the scenario was saved: those are warnings).
pub fn load_scenario(path: &Path) -> Result<LoadedScenario, LoadFailure> {
    let text = read_text(path).map_err(LoadFailure::one)?;
    scenario_from_text(path, &text)
}

/// Parses the text of the scenario file at `path`, resolves its case, and checks it.
fn scenario_from_text(path: &Path, text: &str) -> Result<LoadedScenario, LoadFailure> {
    let scenario = parse_scenario(text).map_err(|p| LoadFailure::from_problems(path, p))?;
    let (case, case_source, mut warnings) = resolve_case(path, text, &scenario)?;
    let problems = place_findings(text, validate_scenario(&scenario, &case));
    let (errors, scenario_warnings): (Vec<_>, Vec<_>) = problems
        .into_iter()
        .map(|p| Diagnostic::new(path, p))
        .partition(Diagnostic::is_error);
    if !errors.is_empty() {
        return Err(LoadFailure {
            diagnostics: errors,
        });
    }
    warnings.extend(scenario_warnings);
    Ok(LoadedScenario {
        scenario,
        case,
        case_source,
        warnings,
    })
}

fn resolve_case(
    scenario_path: &Path,
    text: &str,
    scenario: &Scenario,
) -> Result<(ValidCase, CaseSource, Vec<Diagnostic>), LoadFailure> {
    let at =
        |segment: &'static str| Some(SourceMap::new(text).position(&[Segment::Field(segment)]));
    if let Some(relative) = &scenario.case_file {
        let case_path = contained_path(scenario_path, relative, &CASE_FILE).map_err(|message| {
            LoadFailure::one(Diagnostic::error(scenario_path, at("case_file"), message))
        })?;
        let loaded = load_case(&case_path)?;
        return Ok((loaded.case, CaseSource::File(case_path), loaded.warnings));
    }
    match shipped::case(&scenario.case_id) {
        Some(case) => Ok((
            case,
            CaseSource::Shipped(scenario.case_id.clone()),
            Vec::new(),
        )),
        None => Err(LoadFailure::one(Diagnostic::error(
            scenario_path,
            at("case_id"),
            format!(
                "no shipped case is called `{}` (shipped: {}); if the case is in a file, add `case_file: \"NAME.case.ron\"` with its path relative to this scenario",
                scenario.case_id,
                shipped::case_ids().join(", ")
            ),
        ))),
    }
}

/// Checks a case or scenario file; every problem found, errors and warnings.
pub fn check(path: &Path) -> Vec<Diagnostic> {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(diagnostic) => return vec![diagnostic],
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match FileKind::detect(&name, &text) {
        FileKind::Case => match case_from_text(path, &text) {
            Ok(loaded) => loaded.warnings,
            Err(failure) => failure.diagnostics,
        },
        FileKind::Scenario => match scenario_from_text(path, &text) {
            Ok(loaded) => loaded.warnings,
            Err(failure) => failure.diagnostics,
        },
    }
}

/// A case or scenario, as the command line and the app open them.
#[derive(Debug, Clone)]
pub enum Opened {
    /// A case file (no scenario).
    Case(Box<LoadedCase>),
    /// A scenario file with its case.
    Scenario(Box<LoadedScenario>),
}

/// Opens a case or scenario file, telling them apart by name and content.
pub fn open(path: &Path) -> Result<Opened, LoadFailure> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = read_text(path).map_err(LoadFailure::one)?;
    opened_from_text(path, &name, &text)
}

/// A case or scenario from the text of the file at `path` called `name`.
fn opened_from_text(path: &Path, name: &str, text: &str) -> Result<Opened, LoadFailure> {
    match FileKind::detect(name, text) {
        FileKind::Case => case_from_text(path, text).map(|c| Opened::Case(Box::new(c))),
        FileKind::Scenario => scenario_from_text(path, text).map(|s| Opened::Scenario(Box::new(s))),
    }
}

/// Opens a case or scenario that arrives as bytes rather than from a path (dropped on the
/// browser's page, picked in its file chooser), with the same limits and checks as [`open`].
/// `name` is the file's name: it tells a case from a scenario and begins every message. A
/// case or article the file names beside it cannot be read from here, and the message says so.
pub fn open_bytes(name: &str, bytes: &[u8]) -> Result<Opened, LoadFailure> {
    let path = Path::new(name);
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        return Err(LoadFailure::one(too_large(path, size)));
    }
    let text = decode(bytes.to_vec()).map_err(|p| LoadFailure::one(Diagnostic::new(path, p)))?;
    opened_from_text(path, name, &text)
}

/// The teacher's case a reading is compared with, arriving as bytes (the browser's picker),
/// with the same limits and checks as [`open_bytes`] but for the article file it may name
/// beside it, which the browser cannot read: the comparison needs only the case's own
/// sentences (a student's reading is compared by their numbers and fingerprint).
pub fn key_from_bytes(name: &str, bytes: &[u8]) -> Result<ValidCase, LoadFailure> {
    let path = Path::new(name);
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        return Err(LoadFailure::one(too_large(path, size)));
    }
    let text = decode(bytes.to_vec()).map_err(|p| LoadFailure::one(Diagnostic::new(path, p)))?;
    parse_case(&text)
        .map(|(case, _warnings)| case)
        .map_err(|problems| LoadFailure::from_problems(path, problems))
}

/// Why a save failed.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The scenario or case could not be written as RON (should not happen).
    #[error("could not write the file as text: {0}")]
    Format(#[from] ron::Error),
    /// The disk refused.
    #[error("could not save {}: {reason}", path.display())]
    Io {
        /// The target file.
        path: PathBuf,
        /// Plain words.
        reason: String,
    },
}

/// Saves `scenario` to `path` atomically: the text goes to a temporary file in the same
/// folder, is flushed to disk, and then replaces the target in one rename. If anything fails
/// the previous file is untouched.
pub fn save_scenario(path: &Path, scenario: &Scenario) -> Result<(), SaveError> {
    let text = scenario_to_ron(scenario)?;
    write_atomically(path, text.as_bytes())
}

/// Saves `case` to `path` atomically, in Skenario's layout. With `article` (a file name in the
/// case's folder and the article's text), the article is written there first, unless a file
/// of that name holds the same text already; a file of that name with other text is left
/// alone and the case is not saved.
pub fn save_case(path: &Path, case: &Case, article: Option<(&str, &str)>) -> Result<(), SaveError> {
    let text = case_to_ron(case)?;
    if let Some((name, article)) = article {
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
            _ => PathBuf::from("."),
        };
        let article_path = folder.join(name);
        match fs::read_to_string(&article_path) {
            Ok(existing) if existing == article => {}
            Ok(_) => {
                return Err(SaveError::Io {
                    path: article_path.clone(),
                    reason: format!(
                        "{} exists already with other text; the case names its article file, so save the case under another name",
                        article_path.display()
                    ),
                });
            }
            Err(_) => write_atomically(&article_path, article.as_bytes())?,
        }
    }
    write_atomically(path, text.as_bytes())
}

/// Writes `bytes` to `path` atomically (temporary file, sync, rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let io_error = |error: &io::Error| SaveError::Io {
        path: path.to_owned(),
        reason: io_reason(error),
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = folder.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Ok(existing) = fs::metadata(path) {
            // Keep the permissions the user gave the file.
            fs::set_permissions(&temporary, existing.permissions())?;
        }
        fs::rename(&temporary, path)?;
        if let Ok(dir) = fs::File::open(&folder) {
            // Make the rename itself durable where the platform allows it.
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    result.map_err(|error: io::Error| {
        let _ = fs::remove_file(&temporary);
        io_error(&error)
    })
}

/// Whether the problem list holds an error (not just warnings).
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics
        .iter()
        .any(|d| d.problem.severity == Severity::Error)
}
