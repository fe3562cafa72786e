//! Starting and keeping a case, as an author does from the command line: `skenario new` on an
//! article, `check` against the article file, and `skenario renumber` after a forgotten
//! sentence.
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

use std::path::Path;
use std::process::{Command, Output};

use skenario::core::load::parse_case;
use skenario::core::{SentenceNo, ValidCase};

fn skenario_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skenario"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const SHIPPED_CASE: &str = "scenarios/ukraine-reassurance-force.case.ron";
const SHIPPED_ARTICLE: &str = "scenarios/articles/ukraine-reassurance-force.txt";

fn read_case(path: &Path) -> ValidCase {
    let text = std::fs::read_to_string(path).expect("the case is there");
    parse_case(&text).expect("the case is valid").0
}

#[test]
fn new_on_the_seed_article_gives_the_shipped_sentences_and_fingerprint() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(root().join(SHIPPED_ARTICLE), dir.path().join("article.txt")).expect("copy");
    let output = skenario_in(
        dir.path(),
        &["new", "article.txt", "-o", "mine.case.ron", "--lang", "id"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains("wrote mine.case.ron: 21 sentences, 2 of them headings"),
        "{said}"
    );

    let made = read_case(&dir.path().join("mine.case.ron"));
    let shipped = read_case(&root().join(SHIPPED_CASE));
    let originals = |case: &ValidCase| -> Vec<(u32, String, bool)> {
        case.case()
            .sentences
            .iter()
            .map(|s| (s.number.get(), s.original.clone(), s.heading))
            .collect()
    };
    assert_eq!(originals(&made), originals(&shipped));
    assert_eq!(made.case().language, "id");
    assert_eq!(
        made.case().article_file.as_deref(),
        Some("article.txt"),
        "the article lies beside the case, so the case names it"
    );
    let fingerprint = shipped.case().fingerprint();
    assert!(
        said.contains(&format!("when the sentences do): {fingerprint}")),
        "the fingerprint printed is the one a scenario of these sentences carries: {said}"
    );

    let check = skenario_in(dir.path(), &["check", "mine.case.ron"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let warnings = stdout(&check);
    assert!(
        warnings.contains("the case has no conditions yet"),
        "{warnings}"
    );
    assert!(
        warnings.contains("21 sentences (1–21) are not cited as evidence by anything yet"),
        "one warning for all the sentences of a case just started: {warnings}"
    );
    assert!(!warnings.contains("sentence 2 is not cited"), "{warnings}");
}

#[test]
fn new_never_replaces_a_file_and_refuses_what_is_not_a_language_code() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(root().join(SHIPPED_ARTICLE), dir.path().join("article.txt")).expect("copy");
    std::fs::write(dir.path().join("taken.case.ron"), "my own work").expect("write");

    let output = skenario_in(dir.path(), &["new", "article.txt", "-o", "taken.case.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("taken.case.ron exists already"));
    let kept = std::fs::read_to_string(dir.path().join("taken.case.ron")).expect("read");
    assert_eq!(kept, "my own work");

    let output = skenario_in(
        dir.path(),
        &[
            "new",
            "article.txt",
            "-o",
            "x.case.ron",
            "--lang",
            "Indonesian",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("`Indonesian` is not a language code"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("x.case.ron").exists());

    let output = skenario_in(dir.path(), &["new", "nowhere.txt", "-o", "y.case.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("nowhere.txt"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("y.case.ron").exists());
}

#[test]
fn new_says_what_it_could_not_know() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let cases = dir.path().join("cases");
    std::fs::create_dir(&cases).expect("a folder");
    std::fs::copy(
        root().join("tests/articles/en-ferry-returns.txt"),
        dir.path().join("ferry.txt"),
    )
    .expect("copy");
    let output = skenario_in(
        dir.path(),
        &["new", "ferry.txt", "-o", "cases/ferry.case.ron"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(said.contains("its language is `und` (not known)"), "{said}");
    assert!(
        said.contains("the article is not in the case's folder"),
        "{said}"
    );
    let made = read_case(&cases.join("ferry.case.ron"));
    assert_eq!(made.case().article_file, None);
    assert_eq!(
        made.case().title.exact("und"),
        Some("Ferry Service Returns to Port Wendle")
    );
}

/// The shipped case and its article, copied into a folder of their own.
fn shipped_copy(dir: &Path) {
    std::fs::copy(root().join(SHIPPED_CASE), dir.join("force.case.ron")).expect("copy");
    std::fs::create_dir(dir.join("articles")).expect("a folder");
    std::fs::copy(
        root().join(SHIPPED_ARTICLE),
        dir.join("articles/ukraine-reassurance-force.txt"),
    )
    .expect("copy");
}

#[test]
fn a_forgotten_sentence_is_found_added_and_numbered_with_every_reference() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    shipped_copy(dir.path());
    let before = read_case(&dir.path().join("force.case.ron"));
    let sixth = before
        .case()
        .sentence(SentenceNo(6))
        .expect("sentence 6")
        .original
        .clone();

    // The article gains a sentence before the sixth (a later update of the story).
    let article_path = dir.path().join("articles/ukraine-reassurance-force.txt");
    let article = std::fs::read_to_string(&article_path).expect("read");
    let forgotten = "Kalimat ini ditambahkan kemudian.";
    let at = article.find(&sixth).expect("sentence 6 is in the article");
    let article = format!(
        "{}{forgotten} {}",
        article.get(..at).expect("a boundary"),
        article.get(at..).expect("a boundary")
    );
    std::fs::write(&article_path, article).expect("write");

    let check = skenario_in(dir.path(), &["check", "force.case.ron"]);
    assert_eq!(check.status.code(), Some(1));
    let said = stdout(&check);
    assert!(
        said.contains("the article has text before sentence 6 that no sentence holds")
            && said.contains(&format!("has \"{forgotten}\"")),
        "{said}"
    );
    assert!(
        said.starts_with("force.case.ron:"),
        "placed in the case: {said}"
    );

    // The author adds it without a number, as the message says…
    let case_path = dir.path().join("force.case.ron");
    let text = std::fs::read_to_string(&case_path).expect("read");
    let at = text.find("number: 6,").expect("sentence 6 in the file");
    let at = text
        .get(..at)
        .and_then(|t| t.rfind('('))
        .expect("its start");
    let text = format!(
        "{}(original: \"{forgotten}\"),\n        {}",
        text.get(..at).expect("a boundary"),
        text.get(at..).expect("a boundary")
    );
    std::fs::write(&case_path, text).expect("write");
    let check = skenario_in(dir.path(), &["check", "force.case.ron"]);
    assert_eq!(check.status.code(), Some(1));
    let said = stdout(&check);
    assert!(said.contains("`skenario renumber FILE`"), "{said}");
    assert!(
        !said.contains("sentence 0"),
        "a sentence has no number 0: {said}"
    );

    // …and one command numbers everything again.
    let output = skenario_in(dir.path(), &["renumber", "force.case.ron"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(said.contains("17 sentences numbered again"), "{said}");
    let check = skenario_in(dir.path(), &["check", "force.case.ron"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("warning: sentence 6 is not cited as evidence by anything yet"),
        "the new sentence is now sentence 6, and nothing cites it yet: {}",
        stdout(&check)
    );

    let after = read_case(&case_path);
    let renumbered = std::fs::read_to_string(&case_path).expect("read");
    assert!(
        renumbered.starts_with("// "),
        "the file's comments are kept"
    );
    assert_eq!(after.case().sentences.len(), 22);
    // Everything that cited a sentence still cites the same words.
    for (old, new) in before
        .case()
        .consequences
        .iter()
        .zip(&after.case().consequences)
    {
        let quoted = |case: &ValidCase, evidence: &[SentenceNo]| -> Vec<String> {
            evidence
                .iter()
                .map(|&n| case.case().sentence(n).expect("cited").original.clone())
                .collect()
        };
        assert_eq!(
            quoted(&before, &old.evidence),
            quoted(&after, &new.evidence),
            "{}",
            old.id
        );
        if old.evidence.iter().any(|n| n.get() >= 6) {
            assert_ne!(
                old.evidence, new.evidence,
                "{} follows its sentences",
                old.id
            );
        }
    }
}

#[test]
fn renumber_refuses_a_reference_it_cannot_follow_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    shipped_copy(dir.path());
    let case_path = dir.path().join("force.case.ron");
    let text = std::fs::read_to_string(&case_path).expect("read");
    let edited = text.replacen("evidence: [", "evidence: [99, ", 1);
    std::fs::write(&case_path, &edited).expect("write");

    let output = skenario_in(dir.path(), &["renumber", "force.case.ron"]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    let line = said.lines().next().unwrap_or_default();
    let mut parts = line.splitn(4, ':');
    assert_eq!(parts.next(), Some("force.case.ron"), "{said}");
    assert!(
        parts.next().is_some_and(|l| l.parse::<usize>().is_ok()),
        "{said}"
    );
    assert!(
        parts.next().is_some_and(|c| c.parse::<usize>().is_ok()),
        "{said}"
    );
    assert!(
        said.contains("this names sentence 99, which no sentence has"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(&case_path).expect("read"),
        edited,
        "nothing is written when a reference cannot be followed"
    );

    let done = skenario_in(dir.path(), &["renumber", "force.case.ron"]);
    assert_eq!(
        done.status.code(),
        Some(1),
        "still refused, still unchanged"
    );
}

#[test]
fn renumber_on_a_numbered_case_changes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    shipped_copy(dir.path());
    let case_path = dir.path().join("force.case.ron");
    let before = std::fs::read_to_string(&case_path).expect("read");
    let output = skenario_in(dir.path(), &["renumber", "force.case.ron"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr(&output).contains("numbered 1, 2, 3… already; nothing changed"));
    assert_eq!(std::fs::read_to_string(&case_path).expect("read"), before);
}
