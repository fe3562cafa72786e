//! `skenario publish` makes a lesson site: each case checked, copied with its article into the
//! site's `lessons/` folder under its id, and listed in `lessons/index.json`; a case with errors
//! stops the whole publication with its messages, and nothing is written.
#![expect(clippy::expect_used, reason = "a test fails loudly")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use skenario::core::file::lessons::LessonList;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn publish(cases: &[PathBuf], site: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skenario"))
        .arg("publish")
        .args(cases)
        .arg("--site")
        .arg(site)
        .output()
        .expect("skenario runs")
}

#[test]
fn two_cases_make_a_site_of_two_lessons_that_check() {
    let site = tempfile::tempdir().expect("a folder");
    let cases = [
        repo("scenarios/ukraine-reassurance-force.case.ron"),
        repo("scenarios/marrenia-election.case.ron"),
    ];
    let out = publish(&cases, site.path());
    assert!(out.status.success(), "{out:?}");
    let lessons = site.path().join("lessons");
    let list = std::fs::read_to_string(lessons.join("index.json")).expect("the list");
    let list = LessonList::from_json(&list).expect("a list this build reads");
    let ids: Vec<&str> = list.lessons.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["marrenia-election", "ukraine-reassurance-force"]);
    let ukraine = &list.lessons[1];
    assert_eq!(ukraine.language, "id");
    assert!(
        ukraine
            .title
            .exact("en")
            .is_some_and(|t| t.contains("Ukraine"))
    );
    for lesson in &list.lessons {
        let case = lessons.join(&lesson.file);
        assert!(
            lessons.join(format!("{}.txt", lesson.id)).is_file(),
            "its article"
        );
        let checked = Command::new(env!("CARGO_BIN_EXE_skenario"))
            .arg("check")
            .arg(&case)
            .output()
            .expect("skenario runs");
        assert!(checked.status.success(), "{checked:?}");
    }

    // Publishing one of them again keeps the other in the list.
    let again = publish(&cases[1..], site.path());
    assert!(again.status.success());
    let list = std::fs::read_to_string(lessons.join("index.json")).expect("the list");
    assert_eq!(
        LessonList::from_json(&list).expect("a list").lessons.len(),
        2
    );
}

#[test]
fn a_case_with_errors_publishes_nothing_and_says_why() {
    let site = tempfile::tempdir().expect("a folder");
    let out = publish(
        &[
            repo("scenarios/marrenia-election.case.ron"),
            repo("tests/broken/dangling-condition.case.ron"),
        ],
        site.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("dangling-condition.case.ron:22:32: unknown condition `rian`"),
        "{said}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was published"));
    assert!(!site.path().join("lessons").exists(), "nothing written");
}
