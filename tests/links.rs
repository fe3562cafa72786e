//! Links are untrusted input. What `skenario link` prints opens as the very case and scenario
//! it was made from; a link cut short, altered, from a newer Skenario or packed to unpack into
//! gigabytes gets its own plain reason, and the fuzz target's corpus and crashes replay without
//! a panic, in bounded time.
#![expect(clippy::expect_used, clippy::panic, reason = "a test fails loudly")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use skenario::core::link::carry::CarryError;
use skenario::core::link::{self, OwnError, Target};
use skenario::core::probe::{LinkProblem, open_link};
use skenario::core::shipped;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn skenario_link(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_skenario"))
        .arg("link")
        .args(args)
        .output()
        .expect("skenario runs");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .trim()
        .to_owned()
}

#[test]
fn a_link_to_an_own_case_opens_as_the_case_it_was_made_from() {
    let case_file = repo("scenarios/marrenia-election.case.ron");
    let made = skenario_link(&[
        case_file.to_str().expect("a path"),
        "--set",
        "runoff=yes",
        "--base",
        "https://school.example/skenario/",
    ]);
    assert!(made.starts_with("https://school.example/skenario/#v=1&own="));
    let opened = open_link(made.as_bytes());
    let case = opened
        .case
        .expect("an own case")
        .expect("it opens")
        .case()
        .clone();
    let shipped = shipped::case("marrenia-election").expect("ships");
    // The same case, with its article held in it rather than beside it.
    let mut expected = shipped.case().clone();
    expected.article = Some(
        shipped::CASES
            .iter()
            .find(|c| c.file.file_name == "marrenia-election.case.ron")
            .expect("ships")
            .article
            .to_owned(),
    );
    expected.article_file = None;
    assert_eq!(case, expected);
    assert_eq!(
        opened.link.states,
        vec![("runoff".to_owned(), skenario::core::ConditionState::Yes)]
    );
}

#[test]
fn a_shipped_scenario_gets_the_short_link_and_a_step_is_kept() {
    let made = skenario_link(&[repo("scenarios/ukraine-ceasefire-with-us.scenario.ron")
        .to_str()
        .expect("a path")]);
    assert_eq!(
        made,
        "#case=ukraine-reassurance-force&ceasefire=yes&russia_rejects=no&us_joins=yes"
    );
    let case = repo("scenarios/ukraine-reassurance-force.case.ron");
    let walkthrough = shipped::case(shipped::DEFAULT_CASE_ID)
        .expect("ships")
        .case()
        .walkthroughs[0]
        .id
        .clone();
    let at_step = skenario_link(&[
        case.to_str().expect("a path"),
        "--step",
        &format!("{walkthrough}:2"),
    ]);
    let read = link::parse(&at_step);
    assert!(matches!(read.target, Some(Target::Own(_))));
    assert_eq!(
        read.step.map(|s| (s.walkthrough, s.step)),
        Some((walkthrough, 2))
    );
}

fn why(text: &str) -> LinkProblem {
    match open_link(text.as_bytes()).case {
        Some(Err(problem)) => problem,
        other => panic!("{text:.60}: {other:?}"),
    }
}

#[test]
fn a_broken_link_says_what_broke() {
    let good = skenario_link(&[repo("scenarios/ukraine-reassurance-force.case.ron")
        .to_str()
        .expect("a path")]);
    // A chat app dropped the last character.
    let short = &good[..good.len() - 1];
    assert!(matches!(
        why(short),
        LinkProblem::Link(OwnError::Carry(CarryError::CutShort { missing: 1 }))
    ));
    // One character changed in the middle.
    let middle = good.len() / 2;
    let swapped = if &good[middle..=middle] == "Q" {
        "R"
    } else {
        "Q"
    };
    let altered = format!("{}{swapped}{}", &good[..middle], &good[middle + 1..]);
    assert!(matches!(
        why(&altered),
        LinkProblem::Link(OwnError::Carry(CarryError::Damaged))
    ));
    // From a Skenario that packs its cases another way.
    let newer = good.replacen("v=1&", "v=2&", 1);
    assert!(matches!(
        why(&newer),
        LinkProblem::Link(OwnError::Version(Some(v))) if v == "2"
    ));
    // Thirty-two megabytes of one letter, packed into a link of a few dozen kilobytes.
    let bomb = std::fs::read_to_string(repo("fuzz/corpus/links/bomb.txt")).expect("the bomb");
    assert!(bomb.len() < 64_000);
    let start = Instant::now();
    assert!(matches!(
        why(&bomb),
        LinkProblem::Link(OwnError::Carry(CarryError::TooLarge { .. }))
    ));
    assert!(start.elapsed() < Duration::from_secs(5));
}

/// Every file directly in `folder`, sorted; none when the folder does not exist.
fn files_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn the_link_fuzz_corpus_and_every_crash_it_found_open_without_panicking() {
    let mut replayed = 0;
    for folder in ["fuzz/corpus/links", "fuzz/artifacts/links"] {
        for path in files_in(&repo(folder)) {
            let bytes = std::fs::read(&path).expect("readable");
            let start = Instant::now();
            let _ = open_link(&bytes);
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "{}",
                path.display()
            );
            replayed += 1;
        }
    }
    assert!(replayed >= 5, "the link corpus has {replayed} files");
}
