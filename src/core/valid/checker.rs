//! Collecting findings: at most so many of each severity, ids checked for spelling and
//! uniqueness, and "did you mean" suggestions for ids that are close to a known one.

use crate::core::diagnostics::{Finding, Segment, Severity, ValuePath};
use crate::core::language::{Lang, Text, is_language_code, language_code_hint};
use crate::core::limits::MAX_LISTED;
use crate::core::lookup::IdSet;
use crate::core::prose::{listing_of, thousands};

/// At most this many "did you mean" suggestions are worked out for one file.
const MAX_SUGGESTIONS: usize = 100;

/// Ids longer than this get no "did you mean" suggestion (the comparison costs their lengths
/// multiplied).
const MAX_SUGGESTED_LENGTH: usize = 64;

pub(super) fn field(name: &'static str) -> Segment {
    Segment::Field(name)
}

/// `base` and one more segment.
pub(super) fn joined(base: &ValuePath, segment: Segment) -> ValuePath {
    let mut path = Vec::with_capacity(base.len() + 1);
    path.extend_from_slice(base);
    path.push(segment);
    path
}

/// Collects findings, listing at most [`MAX_LISTED`] of each severity.
pub(super) struct Checker {
    findings: Vec<Finding>,
    listed_errors: usize,
    listed_warnings: usize,
    unlisted_errors: usize,
    unlisted_warnings: usize,
    suggestions_left: usize,
    /// Scratch space for one evidence list: which sentence numbers it has named so far.
    pub(super) cited: Vec<bool>,
    /// Per window language (in [`Lang::ALL`]'s order), the texts it lacks: where, what, and
    /// the language shown instead. Reported one by one when few, together when many.
    missing: [Missing; 2],
}

/// The texts one window language lacks: the first few in full, and how many in all.
#[derive(Default)]
struct Missing {
    /// The first [`MISSING_NAMED`] of them.
    first: Vec<MissingText>,
    /// How many.
    count: usize,
    /// Whether every one shows the same other language instead.
    one_language_shown: bool,
}

/// A text without a version in one of the window's languages.
struct MissingText {
    path: ValuePath,
    what: String,
    shown: String,
}

/// Up to this many texts missing in one window language get a warning each; more get one
/// warning that names the first few (a case written in one language lacks them all).
const MISSING_ONE_BY_ONE: usize = 3;

/// The warning for many missing texts names this many of them (see [`listing_of`]).
const MISSING_NAMED: usize = 5;

impl Checker {
    pub(super) fn new() -> Self {
        Self {
            findings: Vec::new(),
            listed_errors: 0,
            listed_warnings: 0,
            unlisted_errors: 0,
            unlisted_warnings: 0,
            suggestions_left: MAX_SUGGESTIONS,
            cited: Vec::new(),
            missing: [Missing::default(), Missing::default()],
        }
    }

    pub(super) fn error(&mut self, path: ValuePath, message: String) {
        if self.listed_errors < MAX_LISTED {
            self.listed_errors += 1;
            self.findings.push(Finding {
                severity: Severity::Error,
                path,
                message,
            });
        } else {
            self.unlisted_errors += 1;
        }
    }

    pub(super) fn warning(&mut self, path: ValuePath, message: String) {
        if self.listed_warnings < MAX_LISTED {
            self.listed_warnings += 1;
            self.findings.push(Finding {
                severity: Severity::Warning,
                path,
                message,
            });
        } else {
            self.unlisted_warnings += 1;
        }
    }

    /// ", did you mean `x`?" when a known id is close to `wanted` (while suggestions last).
    pub(super) fn suggest(&mut self, wanted: &str, known: &IdSet<'_>) -> String {
        if self.suggestions_left == 0 {
            return String::new();
        }
        self.suggestions_left -= 1;
        suggestion(wanted, known)
    }

    /// The findings, with a last one counting those not listed.
    pub(super) fn finish(mut self) -> Vec<Finding> {
        self.report_missing_texts();
        let unlisted = self.unlisted_errors + self.unlisted_warnings;
        if unlisted > 0 {
            let (severity, what) = match (self.unlisted_errors, self.unlisted_warnings) {
                (0, _) => (Severity::Warning, "warnings"),
                (_, 0) => (Severity::Error, "errors"),
                _ => (Severity::Error, "problems"),
            };
            self.findings.push(Finding {
                severity,
                path: Vec::new(),
                message: format!(
                    "{} more {what} like these are not listed; fix these first",
                    thousands(unlisted)
                ),
            });
        }
        self.findings
    }

    /// Checks an id's spelling and uniqueness within `seen`.
    pub(super) fn id<'a>(
        &mut self,
        path: ValuePath,
        what: &str,
        id: &'a str,
        seen: &mut IdSet<'a>,
    ) {
        if id.is_empty() {
            self.error(path, format!("{what} has an empty id"));
            return;
        }
        if let Some(bad) = id
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        {
            self.error(
                path,
                format!(
                    "{what} id `{id}` contains {bad:?}; ids may use only letters a-z, digits, `_`, `-` and `.`"
                ),
            );
            return;
        }
        if !seen.insert(id) {
            self.error(path, format!("{what} id `{id}` is used twice"));
        }
    }

    pub(super) fn text(&mut self, path: &ValuePath, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(path.clone(), format!("{what} is empty"));
        }
    }

    /// A text that must say something: an error when it is blank in every language (or a
    /// language code is malformed), and a warning for each window language it lacks. The path
    /// and the name of the text are made only when there is something to say: most texts need
    /// neither.
    pub(super) fn required_text(
        &mut self,
        path: impl Fn() -> ValuePath,
        what: impl Fn() -> String,
        text: &Text,
    ) {
        if text.is_blank() {
            let what = what();
            self.error(
                path(),
                format!(
                    "{what} is empty; write it in at least one language, like {{\"en\": \"…\", \"id\": \"…\"}}"
                ),
            );
            return;
        }
        self.optional_text(path, what, text);
    }

    /// A text that may be left out: when it is given, its language codes are checked and each
    /// window language it lacks gets a warning.
    pub(super) fn optional_text(
        &mut self,
        path: impl Fn() -> ValuePath,
        what: impl Fn() -> String,
        text: &Text,
    ) {
        for code in text.languages() {
            if !is_language_code(code) {
                self.error(
                    joined(&path(), Segment::KeyName(code.to_owned())),
                    format!(
                        "`{code}` is not a language code; write each language as a code like \"en\", \"id\" or \"pt-BR\"{}",
                        language_code_hint(code)
                    ),
                );
            }
        }
        if text.is_blank() {
            return;
        }
        for (lang, missing) in Lang::ALL.iter().zip(&mut self.missing) {
            if text.exact(lang.code()).is_none() {
                let shown = match text.shown(*lang) {
                    Some((_, Some(code))) => language_name(code),
                    _ => "other",
                };
                missing.one_language_shown = match missing.first.first() {
                    None => true,
                    Some(first) => missing.one_language_shown && first.shown == shown,
                };
                missing.count += 1;
                if missing.first.len() < MISSING_NAMED {
                    missing.first.push(MissingText {
                        path: path(),
                        what: what(),
                        shown: shown.to_owned(),
                    });
                }
            }
        }
    }

    /// The warnings for texts missing in a window language: one each, or one for them all.
    fn report_missing_texts(&mut self) {
        let missing = std::mem::take(&mut self.missing);
        for (lang, missing) in Lang::ALL.iter().zip(missing) {
            let name = language_name(lang.code());
            let texts = missing.first;
            if missing.count <= MISSING_ONE_BY_ONE {
                for text in texts {
                    self.warning(
                        text.path,
                        format!(
                            "no {name} {}: the {name} window shows the {} one",
                            text.what, text.shown
                        ),
                    );
                }
                continue;
            }
            let shown = match texts.first() {
                Some(first) if missing.one_language_shown => format!("the {} ones", first.shown),
                _ => "those of another language".to_owned(),
            };
            let named: Vec<String> = texts.iter().map(|t| t.what.clone()).collect();
            let more = missing.count - named.len();
            let first = texts.into_iter().next().map(|t| t.path).unwrap_or_default();
            self.warning(
                first,
                format!(
                    "{} texts have no {name} version ({}): the {name} window shows {shown}, marked with their language; add {{\"{}\": …}} to each for a class that reads {name}, or leave them",
                    thousands(missing.count),
                    listing_of(&named, more),
                    lang.code()
                ),
            );
        }
    }
}

/// A window language's English name, for messages (other codes stay codes).
fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "id" => "Indonesian",
        other => other,
    }
}

/// ", did you mean `x`?" when a known id is close to `wanted`. The closest id wins, the first
/// in order among equally close ones, so the set's own order never shows.
fn suggestion(wanted: &str, known: &IdSet<'_>) -> String {
    if wanted.len() > MAX_SUGGESTED_LENGTH {
        return String::new();
    }
    let best = known
        .iter()
        .filter(|k| k.len() <= MAX_SUGGESTED_LENGTH)
        .map(|k| (edit_distance(wanted, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min();
    // An id written short ("library" for "library_service") is a likely slip too.
    let best = best.or_else(|| {
        let mut starting = known
            .iter()
            .filter(|k| wanted.len() >= 3 && (k.starts_with(wanted) || wanted.starts_with(**k)));
        match (starting.next(), starting.next()) {
            (Some(only), None) => Some((0, only)),
            _ => None,
        }
    });
    match best {
        Some((_, k)) => format!("; did you mean `{k}`?"),
        None if known.is_empty() => String::new(),
        None if known.len() <= 8 => {
            // In order, whatever order the set keeps them in.
            let mut listed: Vec<&str> = known.iter().copied().collect();
            listed.sort_unstable();
            format!("; known: {}", listed.join(", "))
        }
        None => String::new(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let cost = usize::from(ca != *cb);
            let value = (diagonal + cost)
                .min(above.saturating_add(1))
                .min(left.saturating_add(1));
            diagonal = above;
            if let Some(slot) = row.get_mut(j + 1) {
                *slot = value;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_ids_are_suggested() {
        let known: IdSet<'_> = ["ceasefire", "us_joins"].into_iter().collect();
        assert_eq!(
            suggestion("ceasfire", &known),
            "; did you mean `ceasefire`?"
        );
        assert_eq!(suggestion("zzz", &known), "; known: ceasefire, us_joins");
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
