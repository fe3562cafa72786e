//! Paths a file gives to another file (a scenario's case, a case's article): plain relative
//! paths that stay inside the giving file's folder, written the same way on every system.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::reasons::io_reason;

/// What a path to another file is called in messages, and how it is written.
pub(super) struct PathRule {
    /// The field that holds the path.
    field: &'static str,
    /// What kind of file holds the field.
    holder: &'static str,
    /// What the path names.
    what: &'static str,
    /// A path written the right way.
    example: &'static str,
}

/// A scenario's `case_file`.
pub(super) const CASE_FILE: PathRule = PathRule {
    field: "case_file",
    holder: "scenario",
    what: "case file",
    example: "cases/NAME.case.ron",
};

/// A case's `article_file`.
pub(super) const ARTICLE_FILE: PathRule = PathRule {
    field: "article_file",
    holder: "case",
    what: "article file",
    example: "articles/NAME.txt",
};

/// Resolves a scenario's `case_file` against the scenario's folder. Only a plain relative path
/// that stays inside that folder is accepted, written the same way on every system: names
/// separated by `/`; no absolute path, drive or `\\?\` prefix; no `..` and no empty part; no
/// backslash, colon or control character; no device name such as `CON`. And the file it names,
/// with symbolic links followed, must lie inside the folder too.
pub(super) fn contained_path(
    holder_path: &Path,
    relative: &str,
    rule: &PathRule,
) -> Result<PathBuf, String> {
    check_relative_path(relative, rule)?;
    let PathRule {
        field,
        holder,
        what,
        ..
    } = rule;
    let folder = match holder_path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let candidate = folder.join(relative);
    let cannot_read = |error: &io::Error| {
        format!(
            "the {what} `{relative}` cannot be read: {}",
            io_reason(error)
        )
    };
    let real_folder = fs::canonicalize(folder).map_err(|e| cannot_read(&e))?;
    let real_file = fs::canonicalize(&candidate).map_err(|e| cannot_read(&e))?;
    if !real_file.starts_with(&real_folder) {
        return Err(format!(
            "{field} `{relative}` leads outside this {holder}'s folder through a symbolic link; Skenario reads only {what}s inside the folder"
        ));
    }
    Ok(candidate)
}

/// The checks on the text of a `case_file` or `article_file` path (see [`contained_path`]).
fn check_relative_path(relative: &str, rule: &PathRule) -> Result<(), String> {
    const DEVICES: [&str; 6] = ["con", "prn", "aux", "nul", "com", "lpt"];
    let PathRule {
        field,
        holder,
        what,
        example,
    } = rule;
    let outside = || {
        format!(
            "{field} `{relative}` must be a path inside this {holder}'s folder (no absolute paths, no `..`)"
        )
    };
    if relative.trim().is_empty() {
        let name = example.rsplit('/').next().unwrap_or(example);
        return Err(format!(
            "{field} is empty; write the {what}'s path relative to this {holder}, like `{name}`"
        ));
    }
    if relative.starts_with(['/', '\\']) || relative.get(1..2) == Some(":") {
        return Err(outside());
    }
    if relative.chars().any(char::is_control) {
        return Err(format!("{field} {relative:?} contains a control character"));
    }
    if relative.contains('\\') {
        return Err(format!(
            "{field} `{relative}` uses `\\`; separate folders with `/` (like `{example}`) so that the {holder} opens on every system"
        ));
    }
    if relative.contains(':') {
        return Err(format!(
            "{field} `{relative}` contains `:`, which file names cannot hold on every system"
        ));
    }
    for part in relative.split('/') {
        if part == ".." {
            return Err(outside());
        }
        if part.is_empty() {
            return Err(format!(
                "{field} `{relative}` has an empty part (`//`, or a `/` at the start or end); write it like `{example}`"
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
                "{field} `{relative}` names a device (`{part}`), not a file"
            ));
        }
    }
    Ok(())
}
