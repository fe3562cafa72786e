//! `skenario exercise` and `skenario grade` as a teacher runs them: the shipped exercises and
//! sample readings, their golden reports, and the edges (a file never replaced, a broken
//! student file, markup in a student's text).
//!
//! `UPDATE_GOLDEN=1 cargo test --test grading` rewrites the golden files; read the new ones
//! before committing them.
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

mod common;

use common::run::{repo, skenario};

use std::path::Path;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Compares `actual` with the golden file `relative`, or rewrites it under `UPDATE_GOLDEN`.
fn golden(relative: &str, actual: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(repo(relative), actual).expect("golden written");
    }
    let expected = std::fs::read_to_string(repo(relative)).expect("the golden file");
    assert_eq!(
        actual, expected,
        "{relative} differs: run with UPDATE_GOLDEN=1 and read the diff"
    );
}

/// (key, exercise, the sample reading, its report, what the exercise keeps).
const SHIPPED: [(&str, &str, &str, &str, &str); 2] = [
    (
        "scenarios/ukraine-reassurance-force.case.ron",
        "scenarios/ukraine-reassurance-force.exercise.case.ron",
        "scenarios/students/ukraine-reassurance-force.reading.case.ron",
        "scenarios/students/ukraine-reassurance-force.reading.report.md",
        "conditions",
    ),
    (
        "scenarios/marrenia-election.case.ron",
        "scenarios/marrenia-election.exercise.case.ron",
        "scenarios/students/marrenia-election.reading.case.ron",
        "scenarios/students/marrenia-election.reading.report.html",
        "titles",
    ),
];

#[test]
fn each_shipped_exercise_is_what_the_command_makes_of_its_case_now() {
    let folder = tempfile::tempdir().expect("a folder");
    for (key, exercise, _, _, keep) in SHIPPED {
        let out = folder.path().join("made.case.ron");
        std::fs::remove_file(&out).ok();
        let output = skenario(&[
            "exercise",
            key,
            "-o",
            out.to_str().expect("a path"),
            "--keep",
            keep,
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let made = std::fs::read_to_string(&out).expect("written");
        golden(exercise, &made);
        for answer in [
            "firmness:",
            "trigger:",
            "objections:",
            "walkthroughs:",
            "answer:",
        ] {
            assert!(!made.contains(answer), "{exercise} holds `{answer}`");
        }
        let check = skenario(&["check", exercise]);
        assert_eq!(check.status.code(), Some(0));
        assert!(
            text(&check.stderr).contains("all valid"),
            "{}",
            text(&check.stdout)
        );
    }
}

#[test]
fn each_sample_reading_is_graded_as_its_golden_report_says() {
    let folder = tempfile::tempdir().expect("a folder");
    for (key, _, student, report, _) in SHIPPED {
        let check = skenario(&["check", student]);
        assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
        let name = Path::new(report).file_name().expect("a name");
        let written = folder.path().join(name);
        let output = skenario(&[
            "grade",
            key,
            student,
            "--report",
            written.to_str().expect("a path"),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let stem = student
            .trim_start_matches("scenarios/students/")
            .trim_end_matches(".case.ron");
        golden(
            &format!("tests/golden/grade-{stem}.txt"),
            &text(&output.stdout),
        );
        golden(
            report,
            &std::fs::read_to_string(&written).expect("the report"),
        );
    }
}

#[test]
fn the_golden_readings_show_each_kind_of_difference() {
    let ukraine = std::fs::read_to_string(repo(
        "tests/golden/grade-ukraine-reassurance-force.reading.txt",
    ))
    .expect("golden");
    assert!(ukraine.contains("¶6 says *diharapkan*, expected, not pledged"));
    assert!(ukraine.contains(
        "trigger: different — with russia_rejects = yes, every other condition no, the key's follows and the student's does not"
    ));
    assert!(ukraine.contains("NOT IN THE KEY"));
    assert!(
        ukraine.contains("“Europe wants to show it can act without Washington” (europe_alone)")
    );
    assert!(ukraine.contains("6 of 11 consequences found, 1 not in the key"));
    let marrenia =
        std::fs::read_to_string(repo("tests/golden/grade-marrenia-election.reading.txt"))
            .expect("golden");
    assert!(marrenia.contains("¶15 says *not ruled out*, considers, not threatens"));
    assert!(marrenia.contains("the student's “There is a second round” (second_round)"));
}

#[test]
fn a_class_table_and_csv_have_a_row_per_student_and_the_most_missed_sentences() {
    let (key, _, student, _, _) = SHIPPED[0];
    let table = skenario(&["grade", key, student, student, "--table"]);
    assert_eq!(table.status.code(), Some(0));
    let table = text(&table.stdout);
    assert_eq!(
        table
            .lines()
            .filter(|l| l.starts_with("scenarios/students/"))
            .count(),
        2
    );
    assert!(table.contains("The key's sentences most students missed:"));
    assert!(table.contains("¶2 missed by 2 of 2"), "{table}");
    let csv = skenario(&["grade", key, student, "--csv"]);
    let csv = text(&csv.stdout);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "student,consequences,not_in_key,conditions,precision,recall,firmness,trigger,actor,claimant,missed"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "scenarios/students/ukraine-reassurance-force.reading.case.ron,6/11,1,3/3,100%,44%,5/6,5/6,6/6,6/6,5"
        )
    );
    let json = skenario(&["grade", key, student, "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(value["students"][0]["summary"]["consequences"]["part"], 6);
    assert_eq!(
        value["students"][0]["consequences_not_in_key"][0],
        "europe_alone"
    );
}

#[test]
fn an_exercise_handed_in_blank_has_no_precision_to_boast_of() {
    let (key, exercise, _, _, _) = SHIPPED[0];
    let output = skenario(&["grade", key, exercise, "--csv"]);
    assert_eq!(output.status.code(), Some(0));
    let csv = text(&output.stdout);
    let row = csv.lines().nth(1).expect("a row for the blank exercise");
    assert!(
        row.contains(",0/11,0,3/3,–,0%,"),
        "nothing cited: no precision, no recall: {row}"
    );
}

#[test]
fn exercise_never_replaces_a_file_and_grade_names_a_broken_students_file() {
    let (key, _, student, _, _) = SHIPPED[0];
    let output = skenario(&["exercise", key, "-o", student]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("never replaces a file"));
    let folder = tempfile::tempdir().expect("a folder");
    let broken = folder.path().join("broken.case.ron");
    std::fs::write(&broken, "(format_version: 2, id: \"x\",\n  title: oops)\n").expect("written");
    let output = skenario(&["grade", key, broken.to_str().expect("a path"), student]);
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(err.contains("broken.case.ron:2:"), "{err}");
    assert!(text(&output.stdout).contains("6 of 11 consequences found"));
    let output = skenario(&["grade", key, student, "--report", "out.pdf"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_students_markup_stays_text_in_the_report() {
    let (key, _, student, _, _) = SHIPPED[0];
    let folder = tempfile::tempdir().expect("a folder");
    let reading = std::fs::read_to_string(repo(student)).expect("the reading");
    let marked = reading.replace(
        "Europe wants to show it can act without Washington",
        "<script>alert(1)</script> [a](http://x) *b*",
    );
    let path = folder.path().join("marked.case.ron");
    std::fs::write(&path, marked).expect("written");
    for name in ["r.html", "r.md"] {
        let report = folder.path().join(name);
        let output = skenario(&[
            "grade",
            key,
            path.to_str().expect("a path"),
            "--report",
            report.to_str().expect("a path"),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let written = std::fs::read_to_string(&report).expect("the report");
        assert!(!written.contains("<script>"), "{name}");
        if name.ends_with(".md") {
            assert!(!written.contains("[a](http"), "a link in {name}");
        } else {
            assert!(written.contains("&lt;script&gt;"));
            assert!(!written.contains("href=") && !written.contains("src="));
            assert!(written.contains("default-src 'none'"));
        }
    }
}
