//! The only part of the core that touches the disk: reading case and scenario files with
//! limits, resolving a scenario's case, and saving atomically.

use std::fmt;
use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

use super::diagnostics::{Position, Problem, Segment, Severity};
use super::limits::MAX_FILE_BYTES;
use super::load::parse_case;
use super::parse::source_map::SourceMap;
use super::parse::{FileKind, decode, parse_scenario, place_findings};
use super::scenario::Scenario;
use super::shipped;
use super::valid::{ValidCase, validate_scenario};
use super::write::scenario_to_ron;

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
    let too_large = |bytes: u64| {
        Diagnostic::error(
            path,
            None,
            format!(
                "the file is too large ({:.1} MiB); Skenario opens files up to {} MiB",
                to_mib(bytes),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let file = fs::File::open(path).map_err(|e| cannot_read(&e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_read(&e))?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > MAX_FILE_BYTES {
        return Err(too_large(read));
    }
    decode(bytes).map_err(|problem| Diagnostic::new(path, problem))
}

fn to_mib(bytes: u64) -> f64 {
    // Precision loss is irrelevant for a size in a message.
    let whole = u32::try_from(bytes / 1024).unwrap_or(u32::MAX);
    f64::from(whole) / 1024.0
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
    case_from_text(path, &text)
}

/// Validates the text of the case file at `path`.
fn case_from_text(path: &Path, text: &str) -> Result<LoadedCase, LoadFailure> {
    match parse_case(text) {
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

/// Resolves a scenario's `case_file` against the scenario's folder. Only a plain relative path
/// that stays inside that folder is accepted, written the same way on every system: names
/// separated by `/`; no absolute path, drive or `\\?\` prefix; no `..` and no empty part; no
/// backslash, colon or control character; no device name such as `CON`. And the file it names,
/// with symbolic links followed, must lie inside the folder too.
fn contained_path(scenario_path: &Path, relative: &str) -> Result<PathBuf, String> {
    check_relative_path(relative)?;
    let folder = match scenario_path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let candidate = folder.join(relative);
    let cannot_read = |error: &io::Error| {
        format!(
            "the case file `{relative}` cannot be read: {}",
            io_reason(error)
        )
    };
    let real_folder = fs::canonicalize(folder).map_err(|e| cannot_read(&e))?;
    let real_file = fs::canonicalize(&candidate).map_err(|e| cannot_read(&e))?;
    if !real_file.starts_with(&real_folder) {
        return Err(format!(
            "case_file `{relative}` leads outside this scenario's folder through a symbolic link; Skenario reads only case files inside the folder"
        ));
    }
    Ok(candidate)
}

/// The checks on the text of a `case_file` path (see [`contained_path`]).
fn check_relative_path(relative: &str) -> Result<(), String> {
    const DEVICES: [&str; 6] = ["con", "prn", "aux", "nul", "com", "lpt"];
    let outside = || {
        format!(
            "case_file `{relative}` must be a path inside this scenario's folder (no absolute paths, no `..`)"
        )
    };
    if relative.trim().is_empty() {
        return Err(
            "case_file is empty; write the case file's path relative to this scenario, like `NAME.case.ron`"
                .to_owned(),
        );
    }
    if relative.starts_with(['/', '\\']) || relative.get(1..2) == Some(":") {
        return Err(outside());
    }
    if relative.chars().any(char::is_control) {
        return Err(format!(
            "case_file {relative:?} contains a control character"
        ));
    }
    if relative.contains('\\') {
        return Err(format!(
            "case_file `{relative}` uses `\\`; separate folders with `/` (like `cases/NAME.case.ron`) so that the scenario opens on every system"
        ));
    }
    if relative.contains(':') {
        return Err(format!(
            "case_file `{relative}` contains `:`, which file names cannot hold on every system"
        ));
    }
    for part in relative.split('/') {
        if part == ".." {
            return Err(outside());
        }
        if part.is_empty() {
            return Err(format!(
                "case_file `{relative}` has an empty part (`//`, or a `/` at the start or end); write it like `cases/NAME.case.ron`"
            ));
        }
        let stem = part
            .split('.')
            .next()
            .unwrap_or(part)
            .trim_end()
            .to_ascii_lowercase();
        let device = DEVICES.iter().any(|name| {
            stem.strip_prefix(name).is_some_and(|rest| {
                rest.is_empty()
                    || (matches!(*name, "com" | "lpt")
                        && rest.len() == 1
                        && rest.chars().all(|c| c.is_ascii_digit()))
            })
        });
        if device {
            return Err(format!(
                "case_file `{relative}` names a device (`{part}`), not a file"
            ));
        }
    }
    Ok(())
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
    match FileKind::detect(&name, &text) {
        FileKind::Case => case_from_text(path, &text).map(|c| Opened::Case(Box::new(c))),
        FileKind::Scenario => {
            scenario_from_text(path, &text).map(|s| Opened::Scenario(Box::new(s)))
        }
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
