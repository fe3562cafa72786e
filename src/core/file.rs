//! The only part of the core that touches the disk: reading case and scenario files with
//! limits, resolving a scenario's case, and saving atomically.

use std::fmt;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Component, Path, PathBuf};

use super::load::{FileKind, Problem, parse_case, parse_scenario, place_findings, scenario_to_ron};
use super::model::Scenario;
use super::shipped;
use super::source_map::{Position, Segment, SourceMap};
use super::valid::{Severity, ValidCase, validate_scenario};

/// Files larger than this are refused.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A problem in a file: `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file.
    pub path: PathBuf,
    /// The problem.
    pub problem: Problem,
}

impl Diagnostic {
    fn new(path: &Path, problem: Problem) -> Self {
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
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            path,
            None,
            format!(
                "the file is too large ({:.1} MiB); Skenario opens files up to {} MiB",
                to_mib(metadata.len()),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = fs::read(path).map_err(|e| cannot_read(&e))?;
    text_from_bytes(path, bytes)
}

fn to_mib(bytes: u64) -> f64 {
    // Precision loss is irrelevant for a size in a message.
    let whole = u32::try_from(bytes / 1024).unwrap_or(u32::MAX);
    f64::from(whole) / 1024.0
}

fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text
            .strip_prefix('\u{feff}')
            .map(str::to_owned)
            .unwrap_or(text)),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let prefix = error.as_bytes().get(..valid).unwrap_or_default();
            let prefix = std::str::from_utf8(prefix).unwrap_or_default();
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Diagnostic::error(
                path,
                Some(Position { line, column }),
                "the file is not UTF-8 text (is it a binary file, or saved in another encoding?)",
            ))
        }
    }
}

/// Plain words for an I/O error, without Rust's "(os error 2)" suffix.
pub fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        io::ErrorKind::IsADirectory => "this is a folder, not a file".to_owned(),
        _ => {
            let text = error.to_string();
            text.split(" (os error")
                .next()
                .unwrap_or(&text)
                .to_lowercase()
        }
    }
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
    match parse_case(&text) {
        Ok((case, warnings)) => Ok(LoadedCase {
            case,
            warnings: warnings
                .into_iter()
                .map(|p| Diagnostic::new(path, p))
                .collect(),
        }),
        Err(problems) => Err(LoadFailure::from_problems(path, problems)),
    }
}

/// Where a scenario's case came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseSource {
    /// Built into the program, by id.
    Shipped(String),
    /// A case file on disk.
    File(PathBuf),
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

/// Reads a scenario file, resolves its case, and checks the scenario against it.
pub fn load_scenario(path: &Path) -> Result<LoadedScenario, LoadFailure> {
    let text = read_text(path).map_err(LoadFailure::one)?;
    let scenario = parse_scenario(&text).map_err(|p| LoadFailure::from_problems(path, p))?;
    let (case, case_source, mut warnings) = resolve_case(path, &text, &scenario)?;
    let problems = place_findings(&text, validate_scenario(&scenario, &case));
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
        let case_path = contained_path(scenario_path, relative).map_err(|message| {
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

/// Resolves `relative` against the scenario's folder, refusing anything that would leave it.
fn contained_path(scenario_path: &Path, relative: &str) -> Result<PathBuf, String> {
    let candidate = Path::new(relative);
    let escapes = candidate.components().any(|c| {
        matches!(
            c,
            Component::ParentDir | Component::RootDir | Component::Prefix(_)
        )
    });
    if relative.trim().is_empty() || escapes {
        return Err(format!(
            "case_file `{relative}` must be a path inside this scenario's folder (no absolute paths, no `..`)"
        ));
    }
    let folder = scenario_path.parent().unwrap_or_else(|| Path::new(""));
    Ok(folder.join(candidate))
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
        FileKind::Case => match parse_case(&text) {
            Ok((_, warnings)) => warnings
                .into_iter()
                .map(|p| Diagnostic::new(path, p))
                .collect(),
            Err(problems) => problems
                .into_iter()
                .map(|p| Diagnostic::new(path, p))
                .collect(),
        },
        FileKind::Scenario => match load_scenario(path) {
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
    match FileKind::detect(&name, &text) {
        FileKind::Case => load_case(path).map(|c| Opened::Case(Box::new(c))),
        FileKind::Scenario => load_scenario(path).map(|s| Opened::Scenario(Box::new(s))),
    }
}

/// Why a save failed.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The scenario could not be written as RON (should not happen).
    #[error("could not write the scenario as text: {0}")]
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
