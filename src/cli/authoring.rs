//! `new` and `renumber`: starting a case from an article, and numbering its sentences again.

use std::path::Path;
use std::process::ExitCode;

use super::args::one_line_usage;
use super::output::{EXIT_PROBLEMS, Output};
use crate::core::file::{self, Diagnostic};
use crate::core::language::is_language_code;
use crate::core::load::parse_case;
use crate::core::renumber;
use crate::core::skeleton::{SkeletonRequest, UNKNOWN_LANGUAGE, id_from_name, skeleton};

/// Writes the skeleton of a case for the article at `article` to `output`.
pub(super) fn new_case(
    article: &Path,
    output: &Path,
    lang: Option<&str>,
    io: &mut Output<'_>,
) -> std::io::Result<ExitCode> {
    if let Some(code) = lang.filter(|code| !is_language_code(code)) {
        return Ok(one_line_usage(
            &format!("`{code}` is not a language code; use one like en, id, fr or pt-BR"),
            io,
        ));
    }
    if output.exists() {
        writeln!(
            io.err,
            "skenario: {} exists already; skenario new never replaces a file, so choose another name",
            output.display()
        )?;
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    let text = match file::read_text(article) {
        Ok(text) => text,
        Err(diagnostic) => {
            writeln!(io.err, "{diagnostic}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    let name = article
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let output_name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let article_file = relative_inside(output, article);
    let id = id_from_name(&output_name);
    let fallback_title = name.split('.').next().unwrap_or(&name).to_owned();
    let made = skeleton(&SkeletonRequest {
        article: &text,
        id: &id,
        language: lang.unwrap_or(UNKNOWN_LANGUAGE),
        article_file: article_file.as_deref(),
        fallback_title: &fallback_title,
    });
    if let Err(error) = file::write_atomically(output, made.text.as_bytes()) {
        writeln!(io.err, "skenario: {error}")?;
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    let headings = made.pieces.iter().filter(|p| p.heading).count();
    writeln!(
        io.err,
        "wrote {}: {} sentences, {headings} of them headings",
        output.display(),
        made.pieces.len()
    )?;
    if lang.is_none() {
        writeln!(
            io.err,
            "its language is `und` (not known): set `language` to the article's, like \"en\" or \"id\", or run again with --lang"
        )?;
    }
    if article_file.is_none() {
        writeln!(
            io.err,
            "the article is not in the case's folder, so `check` cannot compare the case with it; put it there and add `article_file`"
        )?;
    }
    if let Ok((case, _)) = parse_case(&made.text) {
        writeln!(
            io.err,
            "fingerprint of its sentences (a scenario's case_fingerprint; it changes when the sentences do): {}",
            case.case().fingerprint()
        )?;
    }
    writeln!(
        io.err,
        "next: check the sentences, then add actors, conditions and consequences; `skenario check {}` says what is missing",
        output.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `article`'s path relative to `case`'s folder, when it lies inside it (written with `/`).
fn relative_inside(case: &Path, article: &Path) -> Option<String> {
    let folder = case
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let folder = std::fs::canonicalize(folder).ok()?;
    let article = std::fs::canonicalize(article).ok()?;
    let relative = article.strip_prefix(&folder).ok()?;
    let parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    Some(parts.join("/"))
}

/// Numbers the sentences of the case at `path` again, in place.
pub(super) fn renumber(path: &Path, io: &mut Output<'_>) -> std::io::Result<ExitCode> {
    let text = match file::read_text(path) {
        Ok(text) => text,
        Err(diagnostic) => {
            writeln!(io.err, "{diagnostic}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    match renumber::renumber(&text) {
        Ok((_, summary)) if summary.sentences == 0 && summary.references == 0 => {
            writeln!(
                io.err,
                "{}: the sentences are numbered 1, 2, 3… already; nothing changed",
                path.display()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Ok((renumbered, summary)) => {
            if let Err(error) = file::write_atomically(path, renumbered.as_bytes()) {
                writeln!(io.err, "skenario: {error}")?;
                return Ok(ExitCode::from(EXIT_PROBLEMS));
            }
            writeln!(
                io.err,
                "{}: {} sentences numbered again, {} references updated",
                path.display(),
                summary.sentences,
                summary.references
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for problem in problems {
                writeln!(io.err, "{}", Diagnostic::new(path, problem))?;
            }
            Ok(ExitCode::from(EXIT_PROBLEMS))
        }
    }
}
