//! The sentence splitter on whole articles: each test article in `tests/articles/` splits as
//! its `.expected.txt` says, and the shipped article splits into the shipped case's sentences.
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test fails loudly; a failure is a test failure"
)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use skenario::core::load::parse_case;
use skenario::core::split::split_sentences;

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The pieces of `article` in the layout of the expected files: one piece a line, `# ` before
/// a heading, a blank line before each paragraph but the first.
fn outline(article: &str) -> String {
    let mut out = String::new();
    for (i, piece) in split_sentences(article).iter().enumerate() {
        if piece.paragraph_start && i > 0 {
            out.push('\n');
        }
        let marker = if piece.heading { "# " } else { "" };
        writeln!(out, "{marker}{}", piece.text(article)).unwrap();
    }
    out
}

/// The test articles, by name, sorted.
fn articles() -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = fs::read_dir(repo("tests/articles"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?;
            let stem = name.strip_suffix(".txt")?;
            (!stem.ends_with(".expected")).then(|| (stem.to_owned(), path.clone()))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_test_article_splits_as_expected() {
    let articles = articles();
    assert!(articles.len() >= 6, "test articles missing: {articles:?}");
    let mut failures = String::new();
    for (name, path) in &articles {
        let article = fs::read_to_string(path).unwrap();
        let expected_path = path.with_file_name(format!("{name}.expected.txt"));
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|error| panic!("{}: {error}", expected_path.display()));
        let actual = outline(&article);
        if actual != expected {
            let expected_lines: Vec<&str> = expected.lines().collect();
            let actual_lines: Vec<&str> = actual.lines().collect();
            let first = expected_lines
                .iter()
                .zip(&actual_lines)
                .position(|(e, a)| e != a)
                .unwrap_or(expected_lines.len().min(actual_lines.len()));
            writeln!(
                failures,
                "{name}: line {} differs\n  expected: {:?}\n  actual:   {:?}",
                first + 1,
                expected_lines.get(first),
                actual_lines.get(first),
            )
            .unwrap();
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn articles_for_the_splitter_keep_their_line_endings_and_byte_order_mark() {
    let crlf = fs::read(repo("tests/articles/en-drone-recall-crlf.txt")).unwrap();
    assert!(
        crlf.starts_with("\u{feff}".as_bytes()),
        "the byte order mark is lost"
    );
    assert!(
        crlf.windows(2).filter(|pair| pair == b"\r\n").count() > 10,
        "the Windows line endings are lost"
    );
}

#[test]
fn the_shipped_article_splits_into_the_shipped_case_sentences() {
    let article =
        fs::read_to_string(repo("scenarios/articles/ukraine-reassurance-force.txt")).unwrap();
    let case_text =
        fs::read_to_string(repo("scenarios/ukraine-reassurance-force.case.ron")).unwrap();
    let (valid, _warnings) = parse_case(&case_text)
        .unwrap_or_else(|problems| panic!("the shipped case is not valid: {problems:?}"));
    let sentences = &valid.case().sentences;
    assert_eq!(sentences.len(), 21);

    let pieces = split_sentences(&article);
    let split: Vec<(String, bool)> = pieces
        .iter()
        .map(|piece| (piece.text(&article).into_owned(), piece.heading))
        .collect();
    let cased: Vec<(String, bool)> = sentences
        .iter()
        .map(|sentence| (sentence.original.clone(), sentence.heading))
        .collect();
    assert_eq!(split, cased);
}
