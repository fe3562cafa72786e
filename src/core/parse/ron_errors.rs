//! Reading RON text as a model type, with the parser's errors turned into plain words at a
//! line and column ("expected `]` to close the list (is a comma missing?)").

use serde::de::DeserializeOwned;

use crate::core::diagnostics::{Position, Problem};
use crate::core::dialect::options;
use crate::core::limits::MAX_NESTING;

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
            if matches!(error.code, ron::Error::ExpectedIdentifier) && first == Some('"') {
                let quoted = quoted_at(text, position).unwrap_or_default();
                message.push_str(&format!(
                    "; names such as `yes`, `pledged` or `condition(\"{quoted}\")` are written without quotes around them"
                ));
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

/// The text inside the double quotes that start at `at`, if it is short and on one line.
fn quoted_at(text: &str, at: Position) -> Option<String> {
    let line = text.lines().nth(at.line.checked_sub(1)?)?;
    let rest: String = line.chars().skip(at.column.checked_sub(1)?).collect();
    let inside = rest.strip_prefix('"')?;
    let end = inside.find('"')?;
    let word = inside.get(..end)?;
    (word.chars().count() <= 40).then(|| word.to_owned())
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
        } => {
            // A kind of the case's own is written with its id, which the list cannot show.
            let expected: Vec<String> = expected
                .iter()
                .map(|&name| match (outer.as_deref(), name) {
                    (Some("Kind"), "custom") => {
                        "custom(\"id\") for a kind the case declares".to_owned()
                    }
                    _ => name.to_owned(),
                })
                .collect();
            let mut message = format!(
                "`{found}` is not a valid {}; expected one of: {}",
                variant_kind(outer.as_deref()),
                expected.join(", ")
            );
            if matches!(found.as_str(), "unless" | "except" | "if_not") {
                message.push_str(
                    "; to say \"unless X\", write `not(X)`: `not(condition(\"b\"))`, or with another condition `all([condition(\"a\"), not(condition(\"b\"))])`",
                );
            }
            message
        }
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
        Some("Source") => "the source",
        Some("DeclaredKind") => "a kind",
        Some("Walkthrough") => "a walkthrough",
        Some("Step") => "a walkthrough step",
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
