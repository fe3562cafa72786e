//! Parsing case and scenario text (no I/O): syntax, types and format version, with every
//! problem placed at a line and column and worded plainly.

use std::fmt;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::migrate;
use super::model::{Case, Scenario};
use super::shipped;
use super::source_map::{Position, Segment, SourceMap};
use super::valid::{Finding, Severity, ValidCase, validate_scenario};

/// Nesting deeper than this is refused by the parser, before it can exhaust the stack: groups,
/// lists and triggers inside each other each count (`not(…)` counts two, `all([…])` three), so
/// a consequence's trigger can nest about 28 `not`s or 19 `all`s deep.
pub const MAX_NESTING: usize = 64;

/// Most sentences a case may have. An article has dozens; this is a long book.
pub const MAX_SENTENCES: usize = 100_000;

/// Most actors, conditions, consequences, objections or tensions a case may have (each), and
/// most condition states or evidence entries a scenario may list. Far beyond any article, and
/// low enough that loading stays fast: a case with 10,000 consequences, chained 250 deep, loads
/// in under two seconds in a debug build.
pub const MAX_ITEMS: usize = 10_000;

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
    match ValidCase::with_warnings(case) {
        Ok((valid, warnings)) => Ok((valid, place_findings(text, warnings))),
        Err(findings) => Err(place_findings(text, findings)),
    }
}

/// Parses a case's syntax and types, migrating an older format version and checking the
/// limits on its size, without validating it.
pub fn parse_case_syntax(text: &str) -> Result<Case, Vec<Problem>> {
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

/// `250000` as `250,000`.
pub fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Places findings (found by path) at their line and column in `text`. A finding with an
/// empty path concerns the whole file and gets no position.
pub fn place_findings(text: &str, findings: Vec<Finding>) -> Vec<Problem> {
    if findings.is_empty() {
        return Vec::new();
    }
    let map = SourceMap::new(strip_bom(text));
    findings
        .into_iter()
        .map(|finding| Problem {
            severity: finding.severity,
            position: (!finding.path.is_empty()).then(|| map.position(&finding.path)),
            message: finding.message,
        })
        .collect()
}

fn strip_bom(text: &str) -> &str {
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

/// What each loader made of the same bytes (see [`parse_any`]).
#[derive(Debug)]
pub struct AnyOutcome {
    /// The bytes read as a case: the valid case and its warnings, or what is wrong.
    pub case: Result<(ValidCase, Vec<Problem>), Vec<Problem>>,
    /// The bytes read as a scenario and, when it names a shipped case, checked against it:
    /// the scenario and its warnings, or what is wrong.
    pub scenario: Result<(Scenario, Vec<Problem>), Vec<Problem>>,
}

/// Feeds `bytes` to every loader that takes a file's content (decoding, the case parser and
/// validator, the scenario parser and its check against a shipped case). The fuzz target and
/// the test that replays its findings both call this, so they exercise the same code.
pub fn parse_any(bytes: &[u8]) -> AnyOutcome {
    let text = match decode(bytes.to_vec()) {
        Ok(text) => text,
        Err(problem) => {
            return AnyOutcome {
                case: Err(vec![problem.clone()]),
                scenario: Err(vec![problem]),
            };
        }
    };
    let case = parse_case(&text);
    let scenario = parse_scenario(&text).and_then(|scenario| {
        let Some(case) = shipped::case(&scenario.case_id) else {
            return Ok((scenario, Vec::new()));
        };
        let problems = place_findings(&text, validate_scenario(&scenario, &case));
        if problems.iter().any(Problem::is_error) {
            Err(problems)
        } else {
            Ok((scenario, problems))
        }
    });
    AnyOutcome { case, scenario }
}

pub(super) fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

/// Parses `text` as a `T` (the syntax and types), every problem at its line and column.
pub(super) fn parse_model<T: DeserializeOwned>(text: &str) -> Result<T, Vec<Problem>> {
    if text.trim().is_empty() {
        return Err(vec![Problem::error(
            Some(Position::START),
            "the file is empty",
        )]);
    }
    options().from_str::<T>(text).map_err(|error| {
        let mut position = Position {
            line: error.span.start.line.max(1),
            column: error.span.start.col.max(1),
        };
        let mut message = plain_message(&error.code);
        if text.trim_start().starts_with('{') {
            message.push_str(
                "; this looks like JSON, but Skenario files are RON, which writes a group of fields as `( name: value, … )`",
            );
        } else if expects_a_shape(&error.code) {
            // The parser places these before the blanks that precede the value.
            let (value_position, first) = next_value(text, position);
            position = value_position;
            if let Some(found) = first.and_then(kind_of_value) {
                message.push_str(", found ");
                message.push_str(found);
            }
        }
        vec![Problem::error(Some(position), message)]
    })
}

/// Whether the parser's error says which shape of value it expected (and not what it found).
fn expects_a_shape(code: &ron::Error) -> bool {
    use ron::Error as E;
    matches!(
        code,
        E::ExpectedInteger
            | E::ExpectedString
            | E::ExpectedStructLike
            | E::ExpectedNamedStructLike(_)
            | E::ExpectedArray
            | E::ExpectedMap
            | E::ExpectedIdentifier
    )
}

/// The position of the first character at or after `from` that is not blank, and that
/// character (none at the end of the text).
fn next_value(text: &str, from: Position) -> (Position, Option<char>) {
    let mut position = Position::START;
    for c in text.chars() {
        if position >= from && !c.is_whitespace() {
            return (position, Some(c));
        }
        if c == '\n' {
            position.line += 1;
            position.column = 1;
        } else {
            position.column += 1;
        }
    }
    (from, None)
}

/// What kind of value starts with `first`, in plain words.
fn kind_of_value(first: char) -> Option<&'static str> {
    Some(match first {
        '"' => "text in quotes",
        '[' => "a list",
        '(' => "a group of fields",
        '{' => "a map",
        c if c.is_ascii_digit() || matches!(c, '-' | '+' | '.') => "a number",
        c if c.is_alphabetic() || c == '_' => "a name",
        _ => return None,
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
        E::ExceededRecursionLimit => format!(
            "the text is nested too deeply here: Skenario reads up to {MAX_NESTING} levels of groups, lists and triggers inside each other; write the trigger flatter, for example `all([a, b, c])` instead of `all([a, all([b, c])])`"
        ),
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
