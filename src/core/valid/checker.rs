//! Collecting findings: at most so many of each severity, ids checked for spelling and
//! uniqueness, and "did you mean" suggestions for ids that are close to a known one.

use crate::core::diagnostics::{Finding, Segment, Severity, ValuePath};
use crate::core::found::{ElementKind, Found, IdHint, ShownInstead, TextRef, Unlisted};
use crate::core::language::{Lang, Text, is_language_code, language_code_hint};
use crate::core::limits::MAX_LISTED;
use crate::core::lookup::IdSet;

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
    /// Per language the case promises its texts in, the texts it lacks: where, what, and the
    /// language shown instead. Reported one by one when few, together when many.
    missing: Vec<(String, Missing)>,
}

/// The texts one promised language lacks: the first few in full, and how many in all.
#[derive(Default)]
struct Missing {
    /// The first [`MISSING_NAMED`] of them.
    first: Vec<MissingText>,
    /// How many.
    count: usize,
    /// Whether every one shows the same other language instead.
    one_language_shown: bool,
}

/// A text without a version in one of the promised languages.
struct MissingText {
    path: ValuePath,
    what: TextRef,
    shown: ShownInstead,
}

/// Up to this many texts missing in one language get a warning each; more get one warning
/// that names the first few (a case written in one language lacks them all).
const MISSING_ONE_BY_ONE: usize = 3;

/// The warning for many missing texts names this many of them.
const MISSING_NAMED: usize = 5;

impl Checker {
    /// A checker for a file whose texts are promised in `languages` (codes).
    pub(super) fn new(languages: &[&str]) -> Self {
        Self {
            findings: Vec::new(),
            listed_errors: 0,
            listed_warnings: 0,
            unlisted_errors: 0,
            unlisted_warnings: 0,
            suggestions_left: MAX_SUGGESTIONS,
            cited: Vec::new(),
            missing: languages
                .iter()
                .map(|code| ((*code).to_owned(), Missing::default()))
                .collect(),
        }
    }

    pub(super) fn error(&mut self, path: ValuePath, found: Found) {
        if self.listed_errors < MAX_LISTED {
            self.listed_errors += 1;
            self.findings.push(Finding {
                severity: Severity::Error,
                path,
                found,
            });
        } else {
            self.unlisted_errors += 1;
        }
    }

    pub(super) fn warning(&mut self, path: ValuePath, found: Found) {
        if self.listed_warnings < MAX_LISTED {
            self.listed_warnings += 1;
            self.findings.push(Finding {
                severity: Severity::Warning,
                path,
                found,
            });
        } else {
            self.unlisted_warnings += 1;
        }
    }

    /// What `wanted` may have meant, when a known id is close to it (while suggestions last).
    pub(super) fn suggest(&mut self, wanted: &str, known: &IdSet<'_>) -> IdHint {
        if self.suggestions_left == 0 {
            return IdHint::None;
        }
        self.suggestions_left -= 1;
        suggestion(wanted, known)
    }

    /// The findings, with a last one counting those not listed.
    pub(super) fn finish(mut self) -> Vec<Finding> {
        self.report_missing_texts();
        let unlisted = self.unlisted_errors + self.unlisted_warnings;
        if unlisted > 0 {
            let (severity, of) = match (self.unlisted_errors, self.unlisted_warnings) {
                (0, _) => (Severity::Warning, Unlisted::Warnings),
                (_, 0) => (Severity::Error, Unlisted::Errors),
                _ => (Severity::Error, Unlisted::Problems),
            };
            self.findings.push(Finding {
                severity,
                path: Vec::new(),
                found: Found::MoreNotListed {
                    count: unlisted,
                    of,
                },
            });
        }
        self.findings
    }

    /// Checks an id's spelling and uniqueness within `seen`.
    pub(super) fn id<'a>(
        &mut self,
        path: ValuePath,
        of: ElementKind,
        id: &'a str,
        seen: &mut IdSet<'a>,
    ) {
        if id.is_empty() {
            self.error(path, Found::EmptyId(of));
            return;
        }
        if let Some(bad) = id
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        {
            self.error(
                path,
                Found::IdCharacter {
                    of,
                    id: id.to_owned(),
                    bad,
                },
            );
            return;
        }
        if !seen.insert(id) {
            self.error(path, Found::IdTwice(of, id.to_owned()));
        }
    }

    /// A text that must say something: an error when it is blank in every language (or a
    /// language code is malformed), and a warning for each promised language it lacks. The
    /// path and the name of the text are made only when there is something to say: most texts
    /// need neither.
    pub(super) fn required_text(
        &mut self,
        path: impl Fn() -> ValuePath,
        what: impl Fn() -> TextRef,
        text: &Text,
    ) {
        if text.is_blank() {
            self.error(path(), Found::EmptyText(what()));
            return;
        }
        self.optional_text(path, what, text);
    }

    /// A text that may be left out: when it is given, its language codes are checked and each
    /// promised language it lacks gets a warning.
    pub(super) fn optional_text(
        &mut self,
        path: impl Fn() -> ValuePath,
        what: impl Fn() -> TextRef,
        text: &Text,
    ) {
        for code in text.languages() {
            if !is_language_code(code) {
                self.error(
                    joined(&path(), Segment::KeyName(code.to_owned())),
                    Found::TextLanguage(code.to_owned(), language_code_hint(code)),
                );
            }
        }
        if text.is_blank() {
            return;
        }
        for (code, missing) in &mut self.missing {
            if text.exact(code).is_some() {
                continue;
            }
            // The window shows its other language where there is one, else the first there is.
            let window_language = Lang::ALL
                .iter()
                .map(|lang| lang.code())
                .find(|other| other != code && text.exact(other).is_some());
            let first = || {
                text.iter()
                    .find(|(_, t)| !t.trim().is_empty())
                    .map(|(other, _)| other)
            };
            let shown = match window_language.or_else(first) {
                Some(other) => ShownInstead::Language(other.to_owned()),
                None => ShownInstead::Mixed,
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
                    shown,
                });
            }
        }
    }

    /// The warnings for texts missing in a promised language: one each, or one for them all.
    fn report_missing_texts(&mut self) {
        let missing = std::mem::take(&mut self.missing);
        for (language, missing) in missing {
            let texts = missing.first;
            if missing.count <= MISSING_ONE_BY_ONE {
                for text in texts {
                    self.warning(
                        text.path,
                        Found::MissingLanguage {
                            text: text.what,
                            language: language.clone(),
                            shown: text.shown,
                        },
                    );
                }
                continue;
            }
            let shown = match texts.first() {
                Some(first) if missing.one_language_shown => first.shown.clone(),
                _ => ShownInstead::Mixed,
            };
            let first = texts.first().map(|t| t.path.clone()).unwrap_or_default();
            self.warning(
                first,
                Found::ManyMissingLanguage {
                    language,
                    count: missing.count,
                    named: texts.into_iter().map(|t| t.what).collect(),
                    shown,
                },
            );
        }
    }
}

/// What `wanted` may have meant: the known id closest to it (the first in order among equally
/// close ones, so the set's own order never shows), or the few ids there are.
fn suggestion(wanted: &str, known: &IdSet<'_>) -> IdHint {
    if wanted.len() > MAX_SUGGESTED_LENGTH {
        return IdHint::None;
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
        Some((_, k)) => IdHint::DidYouMean((*k).to_owned()),
        None if known.is_empty() => IdHint::None,
        None if known.len() <= 8 => {
            // In order, whatever order the set keeps them in.
            let mut listed: Vec<String> = known.iter().map(|k| (*k).to_owned()).collect();
            listed.sort_unstable();
            IdHint::Known(listed)
        }
        None => IdHint::None,
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
            suggestion("ceasfire", &known).to_string(),
            "; did you mean `ceasefire`?"
        );
        assert_eq!(
            suggestion("zzz", &known).to_string(),
            "; known: ceasefire, us_joins"
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
