//! Whether a case's sentences are its article, word for word: every sentence appears in the
//! article's text, in order, and no part of the article is left out. Runs of white space count
//! as one space (a sentence may be hard-wrapped in the article), and the `#` marks of a
//! Markdown heading are not part of the heading.

use super::diagnostics::{Finding, Position, Segment};
use super::found::{ArticlePlace, Found};
use super::model::Case;

/// Where the case and its article first part ways.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// Sentence `index` (its place in the list) differs from the article at `article`: the
    /// sentence goes on with `sentence_has`, the article with `article_has` (short excerpts).
    Sentence {
        /// The sentence's place in the case's list.
        index: usize,
        /// Where in the article.
        article: Position,
        /// What the sentence has from there.
        sentence_has: String,
        /// What the article has from there (empty at its end).
        article_has: String,
    },
    /// The article has text at `article`, before sentence `index`, that no sentence holds —
    /// a sentence forgotten, or added to the article later.
    Missing {
        /// The place in the case's list of the sentence the text comes before.
        index: usize,
        /// Where in the article.
        article: Position,
        /// The text no sentence holds (a short excerpt).
        text: String,
    },
    /// The article goes on after the last sentence, at `article`.
    LeftOut {
        /// Where in the article.
        article: Position,
        /// What is left out (a short excerpt).
        text: String,
    },
}

/// The first difference between `case`'s sentences and `article` as a finding of `check`,
/// placed at the sentence it concerns; `file` is the article's path as the reader can open it,
/// none for the article the case holds itself.
pub fn difference_found(case: &Case, article: &str, file: Option<&str>) -> Option<Finding> {
    let place = |position: Position| ArticlePlace {
        file: file.map(str::to_owned),
        at: position.to_string(),
    };
    let number = |index: usize| case.sentences.get(index).map_or(0, |s| s.number.get());
    Some(match first_difference(case, article)? {
        Difference::Sentence {
            index,
            article: position,
            sentence_has,
            article_has,
        } => Finding::error(
            vec![
                Segment::Field("sentences"),
                Segment::Index(index),
                Segment::Field("original"),
            ],
            Found::NotVerbatim {
                number: number(index),
                sentence_has,
                article: place(position),
                article_has,
            },
        ),
        Difference::Missing {
            index,
            article: position,
            text,
        } => Finding::error(
            vec![Segment::Field("sentences"), Segment::Index(index)],
            Found::ArticleTextMissing {
                number: number(index),
                article: place(position),
                text,
            },
        ),
        Difference::LeftOut {
            article: position,
            text,
        } => Finding::error(
            vec![Segment::Field("sentences")],
            Found::ArticleLeftOut {
                article: place(position),
                text,
            },
        ),
    })
}

/// How many characters of each side a difference quotes.
const EXCERPT: usize = 40;

/// The first place where `case`'s sentences are not `article`'s text, if there is one.
pub fn first_difference(case: &Case, article: &str) -> Option<Difference> {
    let article = article.strip_prefix('\u{feff}').unwrap_or(article);
    let mut at = 0;
    for (index, sentence) in case.sentences.iter().enumerate() {
        at = skip_between(article, at);
        match match_sentence(&sentence.original, article, at) {
            Ok(end) => at = end,
            Err((in_sentence, in_article)) => {
                if let Some(found) = found_later(&sentence.original, article, at) {
                    return Some(Difference::Missing {
                        index,
                        article: position(article, at),
                        text: excerpt(article.get(at..found).unwrap_or("")),
                    });
                }
                return Some(Difference::Sentence {
                    index,
                    article: position(article, in_article),
                    sentence_has: excerpt(sentence.original.get(in_sentence..).unwrap_or("")),
                    article_has: excerpt(article.get(in_article..).unwrap_or("")),
                });
            }
        }
    }
    let rest = skip_between(article, at);
    (rest < article.len()).then(|| Difference::LeftOut {
        article: position(article, rest),
        text: excerpt(article.get(rest..).unwrap_or("")),
    })
}

/// Where `sentence` matches the article whole, further on than `at` (at the start of a word),
/// if it does: the text between was left out of the case.
fn found_later(sentence: &str, article: &str, at: usize) -> Option<usize> {
    let rest = article.get(at..)?;
    let starts = rest
        .char_indices()
        .zip(rest.chars().skip(1))
        .filter(|((_, c), next)| c.is_whitespace() && !next.is_whitespace())
        .map(|((i, c), _)| at + i + c.len_utf8());
    starts
        .map(|start| skip_between(article, start))
        .find(|&start| match_sentence(sentence, article, start).is_ok())
}

/// Past the white space between two sentences, and a Markdown heading's `#` marks when they
/// start a line.
fn skip_between(article: &str, mut at: usize) -> usize {
    loop {
        let rest = article.get(at..).unwrap_or("");
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        let line_start = at == 0
            || article
                .get(..at)
                .is_some_and(|before| before.ends_with(['\n', '\r']));
        let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
        if line_start
            && (1..=6).contains(&hashes)
            && trimmed
                .get(hashes..)
                .is_some_and(|after| after.starts_with([' ', '\t']))
        {
            at += hashes;
        } else {
            return at;
        }
    }
}

/// Matches `sentence` against `article` from byte `at`: the end of the match, or where each
/// side stood at the first difference.
/// A difference is reported from the start of the word it falls in, on both sides.
fn match_sentence(sentence: &str, article: &str, at: usize) -> Result<usize, (usize, usize)> {
    let mut in_article = at;
    let offset = sentence.len() - sentence.trim_start().len();
    let mut chars = sentence.trim().char_indices().peekable();
    // Where the current word started, in the sentence and in the article.
    let mut word = (offset, at);
    while let Some((_, c)) = chars.next() {
        let rest = article.get(in_article..).unwrap_or("");
        if c.is_whitespace() {
            // Any run of white space matches any run of white space.
            while chars.peek().is_some_and(|(_, next)| next.is_whitespace()) {
                chars.next();
            }
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() {
                return Err(word);
            }
            in_article += rest.len() - trimmed.len();
            word = (
                offset
                    + chars
                        .peek()
                        .map_or(sentence.trim().len(), |(next, _)| *next),
                in_article,
            );
            continue;
        }
        match rest.chars().next() {
            Some(a) if a == c => in_article += a.len_utf8(),
            _ => return Err(word),
        }
    }
    Ok(in_article)
}

/// The line and column of byte `at` in `text`.
fn position(text: &str, at: usize) -> Position {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Position { line, column }
}

/// The first characters of `text`, on one line, with "…" when it goes on.
fn excerpt(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = one_line.chars();
    let shown: String = chars.by_ref().take(EXCERPT).collect();
    if chars.next().is_some() {
        format!("{shown}…")
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::SentenceNo;
    use crate::core::language::Text;
    use crate::core::model::Sentence;

    fn case(sentences: &[&str]) -> Case {
        let text = "(format_version: 2, id: \"t\", language: \"en\", title: {\"en\": \"T\"}, sentences: [], actors: [], conditions: [], consequences: [])";
        let mut case: Case = crate::core::dialect::options()
            .from_str(text)
            .expect("a case");
        case.sentences = sentences
            .iter()
            .enumerate()
            .map(|(i, original)| Sentence {
                number: SentenceNo(u32::try_from(i + 1).unwrap_or(0)),
                original: (*original).to_owned(),
                translations: Text::default(),
                heading: false,
                context: false,
            })
            .map(Into::into)
            .collect();
        case
    }

    #[test]
    fn sentences_that_are_the_article_match() {
        let article =
            "# Floods close the market\n\nRain fell all night.  The river rose\nby two metres.\n";
        let sentences = case(&[
            "Floods close the market",
            "Rain fell all night.",
            "The river rose by two metres.",
        ]);
        assert_eq!(first_difference(&sentences, article), None);
    }

    #[test]
    fn the_first_difference_is_placed_in_the_article() {
        let article = "Rain fell all night.\nThe river rose by two metres.\n";
        let sentences = case(&["Rain fell all night.", "The river rose by three metres."]);
        assert_eq!(
            first_difference(&sentences, article),
            Some(Difference::Sentence {
                index: 1,
                article: Position {
                    line: 2,
                    column: 19
                },
                sentence_has: "three metres.".to_owned(),
                article_has: "two metres.".to_owned(),
            })
        );
    }

    #[test]
    fn a_sentence_missing_from_the_case_is_named_as_missing() {
        let article = "One is here.\nA forgotten one. And\na third is here.\n";
        let case = case(&["One is here.", "And a third is here."]);
        assert_eq!(
            first_difference(&case, article),
            Some(Difference::Missing {
                index: 1,
                article: Position { line: 2, column: 1 },
                text: "A forgotten one.".to_owned(),
            })
        );
    }

    #[test]
    fn text_no_sentence_holds_is_left_out() {
        let article = "Rain fell all night. The river rose.";
        assert_eq!(
            first_difference(&case(&["Rain fell all night."]), article),
            Some(Difference::LeftOut {
                article: Position {
                    line: 1,
                    column: 22
                },
                text: "The river rose.".to_owned(),
            })
        );
    }
}
