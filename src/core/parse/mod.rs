//! Parsing case and scenario text (no I/O): syntax, types and format version, with every
//! problem placed at a line and column and worded plainly.

pub mod migrate;
mod ron_errors;
pub mod source_map;

use source_map::SourceMap;

use super::diagnostics::{Finding, Position, Problem, Segment};
use super::limits::{MAX_ITEMS, MAX_SENTENCES};
use super::model::Case;
use super::prose::thousands;
use super::scenario::Scenario;

/// Which kind of file a text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A `*.case.ron` file.
    Case,
    /// A `*.scenario.ron` file.
    Scenario,
}

impl FileKind {
    /// Guesses the kind from a file name (`.case.ron` / `.scenario.ron`), then from the text.
    pub fn detect(file_name: &str, text: &str) -> Self {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".scenario.ron") {
            Self::Scenario
        } else if lower.ends_with(".case.ron") {
            Self::Case
        } else if text.contains("case_id") && !text.contains("sentences") {
            Self::Scenario
        } else {
            Self::Case
        }
    }
}

/// Parses a case's syntax and types, migrating an older format version and checking the
/// limits on its size, without validating it.
pub fn parse_case(text: &str) -> Result<Case, Vec<Problem>> {
    let text = strip_bom(text);
    let case = migrate::read_case(text)?;
    check_limits(
        text,
        "the case",
        "cases",
        &[
            (
                "sentences",
                "sentences",
                case.sentences.len(),
                MAX_SENTENCES,
            ),
            ("actors", "actors", case.actors.len(), MAX_ITEMS),
            ("conditions", "conditions", case.conditions.len(), MAX_ITEMS),
            (
                "consequences",
                "consequences",
                case.consequences.len(),
                MAX_ITEMS,
            ),
            ("objections", "objections", case.objections.len(), MAX_ITEMS),
            ("tensions", "tensions", case.tensions.len(), MAX_ITEMS),
            (
                "walkthroughs",
                "walkthroughs",
                case.walkthroughs.len(),
                MAX_ITEMS,
            ),
        ],
    )?;
    Ok(case)
}

/// Parses a scenario (its syntax and types, migrating an older format version, and the limits
/// on its size; checking it against its case is separate).
pub fn parse_scenario(text: &str) -> Result<Scenario, Vec<Problem>> {
    let text = strip_bom(text);
    let scenario = migrate::read_scenario(text)?;
    check_limits(
        text,
        "the scenario",
        "scenarios",
        &[
            (
                "conditions",
                "condition states",
                scenario.conditions.len(),
                MAX_ITEMS,
            ),
            (
                "evidence",
                "evidence entries",
                scenario.evidence.len(),
                MAX_ITEMS,
            ),
        ],
    )?;
    Ok(scenario)
}

/// Refuses a file with a list longer than its limit. Each entry of `lists` is
/// `(field, what the items are called, count, limit)`.
fn check_limits(
    text: &str,
    holder: &str,
    holders: &str,
    lists: &[(&'static str, &str, usize, usize)],
) -> Result<(), Vec<Problem>> {
    let over: Vec<_> = lists
        .iter()
        .filter(|(_, _, count, limit)| count > limit)
        .collect();
    if over.is_empty() {
        return Ok(());
    }
    let map = SourceMap::new(text);
    Err(over
        .into_iter()
        .map(|&(field, what, count, limit)| {
            Problem::error(
                Some(map.position(&[Segment::Field(field)])),
                format!(
                    "{holder} has {} {what}; Skenario opens {holders} with up to {}",
                    thousands(count),
                    thousands(limit)
                ),
            )
        })
        .collect())
}

/// Places findings (found by path) at their line and column in `text`. A finding with an
/// empty path concerns the whole file and gets no position.
pub fn place_findings(text: &str, findings: Vec<Finding>) -> Vec<Problem> {
    if findings.is_empty() {
        return Vec::new();
    }
    let map = SourceMap::new(strip_bom(text));
    let mut problems: Vec<Problem> = findings
        .into_iter()
        .map(|finding| Problem {
            severity: finding.severity,
            position: (!finding.path.is_empty()).then(|| map.position(&finding.path)),
            message: finding.found.to_string(),
            found: Some(Box::new(finding.found)),
        })
        .collect();
    // In the order of the file, as a reader goes through it; what has no place (the count of
    // problems not listed) last.
    problems.sort_by_key(|problem| (problem.position.is_none(), problem.position));
    problems
}

/// `text` without a leading UTF-8 byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Turns a file's bytes into text: UTF-8, with a leading byte-order mark removed. Anything else
/// is an error at the first byte that is not UTF-8.
pub fn decode(bytes: Vec<u8>) -> Result<String, Problem> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        }),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let prefix = error.as_bytes().get(..valid).unwrap_or_default();
            let prefix = std::str::from_utf8(prefix).unwrap_or_default();
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Problem::error(
                Some(Position { line, column }),
                "the file is not UTF-8 text (is it a binary file, or saved in another encoding?)",
            ))
        }
    }
}
