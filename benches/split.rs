//! Benchmarks of the sentence splitter on generated 2,000-sentence articles, built by
//! repeating the test articles: one written a paragraph per line, one hard-wrapped.
//!
//! ```text
//! cargo bench --no-default-features --bench split
//! ```
//!
//! Budget (release build, 2-core machine): a 2,000-sentence article splits in well under
//! 100 ms.

use std::fmt;
use std::sync::LazyLock;

use divan::{Bencher, black_box};
use skenario::core::split::split_sentences;

fn main() {
    divan::main();
}

/// How many pieces (sentences and headings) each generated article has.
const PIECES: usize = 2_000;

/// Test articles written one paragraph per line.
const LINE_ARTICLES: &[&str] = &[
    include_str!("../tests/articles/en-ferry-returns.txt"),
    include_str!("../tests/articles/id-banjir-pasar.txt"),
    include_str!("../tests/articles/en-drone-recall-crlf.txt"),
    include_str!("../tests/articles/id-festival-layang-layang.txt"),
];

/// Hard-wrapped test articles.
const WRAPPED_ARTICLES: &[&str] = &[
    include_str!("../tests/articles/en-canal-vote-wrapped.txt"),
    include_str!("../tests/articles/id-kereta-cepat-wrapped.txt"),
];

#[expect(clippy::panic, reason = "a bench without its input cannot run")]
fn fatal(message: &str) -> ! {
    panic!("{message}")
}

/// The given articles repeated, blank lines between them, and cut after exactly [`PIECES`]
/// pieces.
fn generate(articles: &[&str]) -> String {
    let mut text = String::new();
    while split_sentences(&text).len() < PIECES {
        for article in articles {
            text.push_str(article.trim_start_matches('\u{feff}'));
            text.push_str("\n\n");
        }
    }
    let cut = split_sentences(&text)
        .get(PIECES - 1)
        .map(|piece| piece.range.end);
    let Some(cut) = cut else {
        fatal("the generated article is too short")
    };
    text.truncate(cut);
    if split_sentences(&text).len() != PIECES {
        fatal("cutting the generated article changed its split");
    }
    text
}

/// The generated articles the bench runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    /// One paragraph per line.
    Lines,
    /// Hard-wrapped, blank lines between paragraphs.
    Wrapped,
}

impl fmt::Display for Which {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Lines => "2000 pieces, a paragraph per line",
            Self::Wrapped => "2000 pieces, hard-wrapped",
        })
    }
}

static LINES: LazyLock<String> = LazyLock::new(|| generate(LINE_ARTICLES));
static WRAPPED: LazyLock<String> = LazyLock::new(|| generate(WRAPPED_ARTICLES));

/// Splitting a whole generated article.
#[divan::bench(args = [Which::Lines, Which::Wrapped])]
fn split(bencher: Bencher<'_, '_>, which: Which) {
    let article = match which {
        Which::Lines => LINES.as_str(),
        Which::Wrapped => WRAPPED.as_str(),
    };
    bencher
        .counter(divan::counter::BytesCount::of_str(article))
        .bench(|| split_sentences(black_box(article)));
}
