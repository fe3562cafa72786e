//! Parsing case and scenario text (no I/O): syntax, types and format version, with every
//! problem placed at a line and column and worded plainly.

use std::fmt;

use ron::extensions::Extensions;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::model::{Case, FORMAT_VERSION, Scenario};
use super::source_map::{Position, Segment, SourceMap};
use super::valid::{Finding, Severity, ValidCase, validate_case};

/// Nesting deeper than this is refused (a trigger that deep is a mistake or an attack).
pub const MAX_NESTING: usize = 64;

/// A problem in a text, at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// How serious it is.
    pub severity: Severity,
    /// Where it is; none when it concerns the whole file.
    pub position: Option<Position>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// An error at `position`.
    pub fn error(position: Option<Position>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            position,
            message: message.into(),
        }
    }

    /// Whether this problem makes the file unusable.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        f.write_str(&self.message)
    }
}

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

/// Parses and validates a case. Warnings come back with the case.
pub fn parse_case(text: &str) -> Result<(ValidCase, Vec<Problem>), Vec<Problem>> {
    let text = strip_bom(text);
    let case = parse_case_syntax(text)?;
    let map = SourceMap::new(text);
    let findings = validate_case(&case);
    if findings.iter().any(|f| f.severity == Severity::Error) {
        return Err(place(&map, findings));
    }
    let warnings = place(&map, findings);
    match ValidCase::new(case) {
        Ok(valid) => Ok((valid, warnings)),
        Err(findings) => Err(place(&map, findings)),
    }
}

/// Parses a case's syntax and types only, without validating it.
pub fn parse_case_syntax(text: &str) -> Result<Case, Vec<Problem>> {
    parse(strip_bom(text))
}

/// Parses a scenario (its syntax and types; checking it against its case is separate).
pub fn parse_scenario(text: &str) -> Result<Scenario, Vec<Problem>> {
    parse(strip_bom(text))
}

/// Places findings (found by path) at their line and column in `text`.
pub fn place_findings(text: &str, findings: Vec<Finding>) -> Vec<Problem> {
    place(&SourceMap::new(strip_bom(text)), findings)
}

fn place(map: &SourceMap, findings: Vec<Finding>) -> Vec<Problem> {
    findings
        .into_iter()
        .map(|finding| Problem {
            severity: finding.severity,
            position: Some(map.position(&finding.path)),
            message: finding.message,
        })
        .collect()
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

/// Reads just `format_version`, so a file from a newer Skenario is recognised as such
/// before its unfamiliar fields are reported as mistakes.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: Option<u32>,
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Vec<Problem>> {
    if let Ok(VersionProbe {
        format_version: Some(version),
    }) = options().from_str::<VersionProbe>(text)
    {
        let position = Some(SourceMap::new(text).position(&[Segment::Field("format_version")]));
        if version > FORMAT_VERSION {
            return Err(vec![Problem::error(
                position,
                format!(
                    "this file was made by a newer Skenario (format version {version}); this one reads format version {FORMAT_VERSION}. Update Skenario to open it"
                ),
            )]);
        }
        if version == 0 {
            return Err(vec![Problem::error(
                position,
                format!("format_version 0 does not exist; this Skenario writes {FORMAT_VERSION}"),
            )]);
        }
    }
    options().from_str::<T>(text).map_err(|error| {
        let position = Position {
            line: error.span.start.line.max(1),
            column: error.span.start.col.max(1),
        };
        let mut message = plain_message(&error.code);
        if text.trim_start().starts_with('{') {
            message.push_str(
                "; this looks like JSON, but Skenario files are RON, which writes a group of fields as `( name: value, … )`",
            );
        }
        vec![Problem::error(Some(position), message)]
    })
}

/// The parser's error in plain words.
fn plain_message(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}` in {}; expected one of: {}",
            thing(outer.as_deref()),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => {
            format!("missing field `{field}` in {}", thing(outer.as_deref()))
        }
        E::DuplicateStructField { field, outer } => {
            format!(
                "field `{field}` appears twice in {}",
                thing(outer.as_deref())
            )
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a valid {}; expected one of: {}",
            variant_kind(outer.as_deref()),
            expected.join(", ")
        ),
        E::ExceededRecursionLimit => {
            format!("the text is nested too deeply (more than {MAX_NESTING} levels)")
        }
        E::Eof => "the file ends too early; is a closing bracket or quote missing?".to_owned(),
        E::Utf8Error(_) => "the file is not UTF-8 text".to_owned(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "expected `(` to start a group of fields".to_owned()
        }
        E::ExpectedStructLikeEnd => {
            "expected `)` to close the group (is a comma missing?)".to_owned()
        }
        E::ExpectedArray => "expected `[` to start a list".to_owned(),
        E::ExpectedArrayEnd => "expected `]` to close the list (is a comma missing?)".to_owned(),
        E::ExpectedComma => "expected a comma".to_owned(),
        E::ExpectedString => "expected text in double quotes".to_owned(),
        E::ExpectedStringEnd => "the text in quotes is not closed".to_owned(),
        E::ExpectedInteger => "expected a whole number".to_owned(),
        E::IntegerOutOfBounds => "the number is too large or negative here".to_owned(),
        E::ExpectedMap => "expected `{` to start a map".to_owned(),
        E::ExpectedMapEnd => "expected `}` to close the map (is a comma missing?)".to_owned(),
        E::ExpectedMapColon => "expected `:` after the key".to_owned(),
        E::ExpectedIdentifier => "expected a name".to_owned(),
        E::TrailingCharacters => "unexpected text after the end of the file's value".to_owned(),
        E::UnclosedBlockComment => "a `/*` comment is never closed".to_owned(),
        E::InvalidValueForType { expected, found } => format!("expected {expected}, found {found}"),
        E::Message(message) => lowercase_first(message),
        other => lowercase_first(&other.to_string()),
    }
}

fn thing(outer: Option<&str>) -> &'static str {
    match outer {
        Some("Case") => "the case",
        Some("Scenario") => "the scenario",
        Some("Sentence") => "a sentence",
        Some("Actor") => "an actor",
        Some("Condition") => "a condition",
        Some("Consequence") => "a consequence",
        Some("Objection") => "an objection",
        Some("Tension") => "a tension",
        Some("Text") => "a text (it takes `en` and `id`)",
        _ => "this group",
    }
}

fn variant_kind(outer: Option<&str>) -> &'static str {
    match outer {
        Some("Kind") => "kind",
        Some("Firmness") => "firmness",
        Some("Trigger") => "trigger",
        Some("ConditionState") => "condition state",
        _ => "value",
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Writes a scenario as RON text (what `save` puts in a file).
pub fn scenario_to_ron(scenario: &Scenario) -> Result<String, ron::Error> {
    to_ron(scenario)
}

/// Writes a case as RON text.
pub fn case_to_ron(case: &Case) -> Result<String, ron::Error> {
    to_ron(case)
}

fn to_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false);
    let mut text = options().to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}
