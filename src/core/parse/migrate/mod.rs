//! Format versions: which ones this Skenario reads, and how a file written by an older one is
//! brought up to the current model.
//!
//! The loader reads a file's `format_version` before anything else:
//! - newer than [`FORMAT_VERSION`]: refused, "made by a newer Skenario";
//! - [`FORMAT_VERSION`]: parsed as it is;
//! - older, from [`OLDEST_FORMAT_VERSION`] on: parsed with the model that version wrote, then
//!   migrated one step at a time (1 → 2 → 3 …) up to the current model.
//!
//! Format 1 (one article in Indonesian with English translations, every text in English and
//! Indonesian) is frozen in [`v1`]; [`v1::case_1_to_2`] brings such a case up to format 2. A
//! format-1 scenario has the shape of a format-2 one (format 2 only made its fingerprint
//! optional), so it is read with today's type and given the new version. Problems found in a
//! migrated case are placed in the old file through [`v1::path_in_v1`].
//!
//! When format 3 comes:
//! 1. Freeze today's model: copy `Case` (and whatever it contains that changes) into
//!    `migrate/v2.rs`. It never changes again.
//! 2. Write one function per step, `fn case_2_to_3(old: v2::Case) -> Case`; a step sets
//!    `format_version` to the version it produces.
//! 3. Give version 2 its reader in [`case_reader`]; version 1's chains on `.map(case_2_to_3)`.
//! 4. Put files written by version 2 in `tests/formats/v2/`. The test
//!    `old_format_fixtures_still_open` in `tests/robustness.rs` opens every file under
//!    `tests/formats/` and fails when one of them no longer opens cleanly.
//!
//! The unit test below fails while a version from [`OLDEST_FORMAT_VERSION`] to
//! [`FORMAT_VERSION`] has no reader.

pub mod v1;

use serde::Deserialize;

use super::ron_errors::parse_model;
use super::source_map::SourceMap;
use crate::core::diagnostics::{Problem, Segment};
use crate::core::dialect::options;
use crate::core::model::{Case, FORMAT_VERSION};
use crate::core::scenario::Scenario;

/// The oldest format version this Skenario still reads (and migrates).
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// Reads a file's text, written in one particular format version, as the current model.
type Reader<T> = fn(&str) -> Result<T, Vec<Problem>>;

/// How to read a case written in format `version`, or none when this Skenario cannot.
fn case_reader(version: u32) -> Option<Reader<Case>> {
    match version {
        1 => Some(|text| parse_model::<v1::Case>(text).map(v1::case_1_to_2)),
        FORMAT_VERSION => Some(parse_model::<Case>),
        _ => None,
    }
}

/// How to read a scenario written in format `version`, or none when this Skenario cannot.
fn scenario_reader(version: u32) -> Option<Reader<Scenario>> {
    match version {
        1 => Some(|text| {
            parse_model::<Scenario>(text).map(|scenario| Scenario {
                format_version: FORMAT_VERSION,
                ..scenario
            })
        }),
        FORMAT_VERSION => Some(parse_model::<Scenario>),
        _ => None,
    }
}

/// The format version a file says it is in, when it says one.
pub fn version_of(text: &str) -> Option<u32> {
    leading_version(text).or_else(|| {
        options()
            .from_str::<VersionProbe>(text)
            .ok()
            .and_then(|probe| probe.format_version)
    })
}

/// Reads a case of any format version this Skenario knows, as the current model.
pub(super) fn read_case(text: &str) -> Result<Case, Vec<Problem>> {
    read(text, case_reader)
}

/// Reads a scenario of any format version this Skenario knows, as the current model.
pub(super) fn read_scenario(text: &str) -> Result<Scenario, Vec<Problem>> {
    read(text, scenario_reader)
}

/// Just `format_version`, read before the rest so that a file from a newer Skenario is
/// recognised as such before its unfamiliar fields are reported as mistakes.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: Option<u32>,
}

fn read<T: serde::de::DeserializeOwned>(
    text: &str,
    reader: fn(u32) -> Option<Reader<T>>,
) -> Result<T, Vec<Problem>> {
    // Files written by Skenario start with `format_version`, found without parsing the rest;
    // anything else takes the full (slower) probe.
    let Some(version) = version_of(text) else {
        // No readable version: the current parser says what is wrong (syntax, a missing
        // `format_version`, a version that is not a number).
        return parse_model(text);
    };
    let refuse = |message: String| {
        let position = SourceMap::new(text).position(&[Segment::Field("format_version")]);
        Err(vec![Problem::error(Some(position), message)])
    };
    if version > FORMAT_VERSION {
        return refuse(format!(
            "this file was made by a newer Skenario (format version {version}); this one reads format versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}. Update Skenario to open it"
        ));
    }
    if version == 0 {
        return refuse(format!(
            "format_version 0 does not exist; this Skenario writes {FORMAT_VERSION}"
        ));
    }
    if version < OLDEST_FORMAT_VERSION {
        return refuse(format!(
            "this file was made by a much older Skenario (format version {version}); this one reads format versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}"
        ));
    }
    match reader(version) {
        Some(read_version) => read_version(text),
        None => refuse(format!(
            "this Skenario has no way to read format version {version}, although it should; please report this"
        )),
    }
}

/// Skips white space, comments and `#![…]` lines.
fn skip_trivia(mut rest: &str) -> &str {
    loop {
        let trimmed = rest.trim_start();
        if let Some(after) = trimmed.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, next)| next);
        } else if let Some(after) = trimmed.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, next)| next);
        } else if trimmed.starts_with("#!") {
            rest = trimmed.split_once(']').map_or("", |(_, next)| next);
        } else {
            return trimmed;
        }
    }
}

/// `format_version` when it is the first field of the top-level group: `( format_version: 1, …`
/// (after white space, comments and `#![enable(…)]` lines).
fn leading_version(text: &str) -> Option<u32> {
    let mut rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    rest = skip_trivia(rest);
    rest = rest.strip_prefix('(')?;
    rest = skip_trivia(rest);
    rest = rest.strip_prefix("format_version")?;
    rest = skip_trivia(rest);
    rest = rest.strip_prefix(':')?;
    rest = skip_trivia(rest);
    let digits = rest
        .get(
            ..rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len()),
        )
        .unwrap_or_default();
    let after = skip_trivia(rest.get(digits.len()..)?);
    if digits.is_empty() || !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_leading_version_is_read_without_parsing_the_rest() {
        assert_eq!(
            leading_version("(\n    format_version: 1,\n    id: \"x\" ["),
            Some(1)
        );
        assert_eq!(
            leading_version(
                "\u{feff}// note\n/* c */ #![enable(implicit_some)]\n(format_version:7)"
            ),
            Some(7)
        );
        assert_eq!(
            leading_version("(id: \"x\", format_version: 1)"),
            None,
            "not first: full probe"
        );
        assert_eq!(leading_version("(format_version: 1x,)"), None);
        assert_eq!(leading_version("(format_version: \"1\")"), None);
        assert_eq!(leading_version(""), None);
    }

    #[test]
    fn every_version_from_the_oldest_to_the_current_has_a_reader() {
        for version in OLDEST_FORMAT_VERSION..=FORMAT_VERSION {
            assert!(case_reader(version).is_some(), "case, version {version}");
            assert!(
                scenario_reader(version).is_some(),
                "scenario, version {version}"
            );
        }
        assert!(case_reader(FORMAT_VERSION + 1).is_none());
        assert!(scenario_reader(0).is_none());
    }

    #[test]
    fn versions_outside_the_range_are_refused_at_the_version() {
        let newer = "(\n    format_version: 9,\n    whatever: 1,\n)";
        let problems = read_scenario(newer).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "2:21: this file was made by a newer Skenario (format version 9); this one reads format versions 1 to 2. Update Skenario to open it"
        );
        let zero = "(format_version: 0)";
        let problems = read_case(zero).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "1:18: format_version 0 does not exist; this Skenario writes 2"
        );
    }
}
