//! The messages the window shows until they are dismissed: what happened, how serious it is,
//! and its details — some lines as they stand, some problems check found in a file, which the
//! window says in its own language.

use crate::core::file::Diagnostic;
use crate::core::found::Found;

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageLevel {
    /// Something failed.
    Error,
    /// It worked, but look.
    Warning,
    /// It worked.
    Info,
}

/// A message shown in the window until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// How serious it is.
    pub level: MessageLevel,
    /// One line: what happened.
    pub title: String,
    /// The details, one per line.
    pub details: Vec<Detail>,
    /// What the message offers to do (a button beside it).
    pub offer: Option<Offer>,
}

/// What a message offers to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    /// Save (in the browser: download) a text, under this name: what a link held.
    SaveText {
        /// The file's name.
        name: String,
        /// Its text.
        text: std::sync::Arc<str>,
    },
}

/// One line of a message's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// A line as it stands: a reason, a path, a link, a problem in a file's syntax.
    Line(String),
    /// A problem `check` found in a file, which the window says in its own language.
    Found {
        /// Where: `path:line:column`, or the path for the file as a whole.
        place: String,
        /// Only a warning.
        warning: bool,
        /// What was found.
        found: Box<Found>,
    },
}

impl Detail {
    /// The line for a problem in a file: what check found, or the problem as it stands.
    pub fn of(diagnostic: &Diagnostic) -> Self {
        let problem = &diagnostic.problem;
        match &problem.found {
            Some(found) => Self::Found {
                place: match problem.position {
                    Some(position) => format!("{}:{position}", diagnostic.path.display()),
                    None => diagnostic.path.display().to_string(),
                },
                warning: !problem.is_error(),
                found: found.clone(),
            },
            None => Self::Line(diagnostic.to_string()),
        }
    }

    /// The line, when it is one as it stands.
    pub fn line(&self) -> Option<&str> {
        match self {
            Self::Line(line) => Some(line),
            Self::Found { .. } => None,
        }
    }
}
