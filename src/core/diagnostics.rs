//! What a problem in a file is: how serious, where (a path into the value, or a line and
//! column in the text), and what is wrong in plain words.

use std::fmt;

use super::found::Found;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file cannot be used as it is.
    Error,
    /// The file works, but something deserves a look.
    Warning,
}

/// A place in a text file: 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The first character of a file.
    pub const START: Self = Self { line: 1, column: 1 };
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// One step of a path into a RON value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// A named field of a struct: `sentences`.
    Field(&'static str),
    /// An element of a list, or of a tuple (an enum variant's content is a tuple).
    Index(usize),
    /// The value under a string key of a map: `"ceasefire"`.
    Key(String),
    /// A string key of a map itself, for a problem with the key rather than its value (an
    /// unknown condition, a language code that is not one). Ends a path.
    KeyName(String),
}

/// A path from the top-level value to a nested one.
pub type ValuePath = Vec<Segment>;

/// A problem found in a parsed file, located by its path in the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// Where it is.
    pub path: ValuePath,
    /// What is wrong.
    pub found: Found,
}

impl Finding {
    /// An error about the value at `path`.
    pub fn error(path: ValuePath, found: Found) -> Self {
        Self {
            severity: Severity::Error,
            path,
            found,
        }
    }

    /// What is wrong, as `skenario check` says it.
    pub fn message(&self) -> String {
        self.found.to_string()
    }
}

/// A problem in a text, at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// How serious it is.
    pub severity: Severity,
    /// Where it is; none when it concerns the whole file.
    pub position: Option<Position>,
    /// What is wrong, in plain words (as `skenario check` says it).
    pub message: String,
    /// What is wrong, as data, when `check` found it in the parsed value (not in the syntax):
    /// for the window to say it in its own language.
    pub found: Option<Box<Found>>,
}

impl Problem {
    /// An error at `position`.
    pub fn error(position: Option<Position>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            position,
            message: message.into(),
            found: None,
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
