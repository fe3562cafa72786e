//! Exercises in the window, as a teacher and a student use them: the teacher makes an
//! exercise of a case, the student opens it, cites sentences for what follows, and compares
//! the reading with the teacher's case; the report names what was missed.
#![cfg(feature = "gui")]

mod common;

use common::author::Author;

use std::path::PathBuf;

use egui::accesskit::Role;
use skenario::app::FileCommand;
use skenario::core::Lang;
use skenario::core::file::load_case;
use skenario::text::Words;

fn key_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/marrenia-election.case.ron")
}

/// The teacher's case is open; File → Make exercise… saves, keeping `keep_label`, to `path`.
fn make_exercise(a: &mut Author, keep_label: &str, path: &std::path::Path) {
    a.click_label("File");
    a.click_label("Make exercise…");
    a.click(Role::RadioButton, keep_label);
    a.click(Role::Button, "Save exercise…");
    a.type_into("File path", &path.display().to_string());
    a.click(Role::Button, "Save");
}

#[test]
fn a_student_cites_two_consequences_and_the_comparison_names_what_was_missed() {
    let folder = tempfile::tempdir().expect("a folder");
    let exercise = folder.path().join("marrenia-exercise.case.ron");
    let mut a = Author::new();
    a.send(FileCommand::Open(key_path()));

    // The teacher keeps the consequences' titles as a list of what to find.
    let g = Words::get(Lang::En).grading;
    make_exercise(&mut a, g.keep_titles, &exercise);
    let made = load_case(&exercise).expect("the exercise opens");
    let made = made.case.case();
    assert!(
        made.consequences.is_empty(),
        "the answers stay with the teacher"
    );
    let to_find = &made.exercise.as_ref().expect("marked an exercise").to_find;
    assert_eq!(to_find.len(), 14);
    assert!(a.shows("Exercise saved as"));

    // Making it again never replaces the file.
    make_exercise(&mut a, g.keep_titles, &exercise);
    assert!(a.shows("exists already; an exercise never replaces a file"));
    a.click(Role::Button, "Cancel");

    // The student opens it: the editor, with the banner and only what an exercise asks for.
    a.send(FileCommand::Open(exercise.clone()));
    assert!(a.shows("Read the article and find what it says would follow"));
    assert!(a.shows("Your teacher lists 14 consequences to find."));
    assert!(a.shows("The observers are there for every stage of the recount"));
    assert!(a.shows("Consequences (0)"));
    assert!(
        !a.shows("Objections ("),
        "an exercise asks for no objections"
    );
    assert!(!a.shows("Walkthroughs ("));
    // Nothing of the teacher's is open in the form: it says where to begin.
    assert!(a.shows("Choose something in the outline on the left"));

    // Two consequences: the first cites a sentence the key does not cite for it.
    a.select_sentences(7, 8);
    a.click(Role::Button, "Consequence");
    a.type_into(
        "Title, English",
        "The commission announces the final result on Thursday",
    );
    a.pick("Who acts", "The Central Electoral Commission");
    a.select_sentences(12, 12);
    a.click(Role::Button, "Consequence");
    a.type_into(
        "Title, English",
        "The commission holds back the final result until the recount is finished",
    );
    a.pick("Who acts", "The Central Electoral Commission");
    assert!(a.shows("Consequences (2)"));
    // Written in one language, the work is not warned about the key's other one.
    assert!(a.shows("No problems"), "the check has nothing to say");
    assert!(!a.shows("No Indonesian version"));

    // The work saves as a case, with its article inside: nothing new to learn for files.
    let work = folder.path().join("my-reading.case.ron");
    a.click_label("File");
    a.click_label("Save case as…");
    a.type_into("File path", &work.display().to_string());
    a.click(Role::Button, "Save");
    let saved = load_case(&work).expect("the work opens as a case");
    assert_eq!(saved.case.case().consequences.len(), 2);
    assert!(saved.case.case().article.is_some());

    // Compare with the teacher's case.
    a.click_label("File");
    a.click_label("Compare with the teacher's case…");
    a.type_into("File path", &key_path().display().to_string());
    a.click(Role::Button, "Open");
    assert!(a.shows("Your reading compared with marrenia-election.case.ron"));
    assert!(a.shows("2 of 14 consequences found, 0 not in the key"));
    assert!(a.shows("the student cites, the key does not:"));
    assert!(a.shows("¶8 “Mr. Blanck said that if a runoff is needed"));
    assert!(a.shows("In the key, not found"));
    assert!(a.shows(
        "“The observers are there for every stage of the recount” (observers_watch_recount), pledged"
    ));

    // The printable report, as the handouts are.
    let report = folder.path().join("my-reading.report.html");
    a.click(Role::Button, "Save report…");
    a.type_into("File path", &report.display().to_string());
    a.click(Role::Button, "Save");
    let html = std::fs::read_to_string(&report).expect("the report is written");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("In the key, not found"));
    assert!(html.contains("observers_watch_recount"));
    assert!(!html.contains("<script"));
    // The comparison comes back after the report is saved.
    assert!(a.shows("2 of 14 consequences found"));
}

#[test]
fn an_exercise_and_its_comparison_speak_indonesian() {
    let mut a = Author::new();
    a.send(skenario::app::LookCommand::SetLanguage(Lang::Id));
    let g = Words::get(Lang::Id).grading;
    let exercise = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/ukraine-reassurance-force.exercise.case.ron");
    a.send(FileCommand::Open(exercise));
    assert!(a.shows(g.banner_steps));
    assert!(a.shows(g.banner_conditions_given));
    // Nothing cited yet: the comparison lists everything in the key as not found.
    let key = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/ukraine-reassurance-force.case.ron");
    a.send(FileCommand::CompareWithKey(key));
    assert!(a.shows("Bacaan Anda dibandingkan dengan ukraine-reassurance-force.case.ron"));
    assert!(a.shows(" akibat ditemukan, 0 tidak ada di kunci"));
    assert!(a.shows(g.missed_heading));
    // A student's file of another case is refused, in words.
    let other =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/marrenia-election.case.ron");
    a.click(Role::Button, "Tutup");
    a.send(FileCommand::CompareWithKey(other));
    assert!(a.shows("Tidak dapat membandingkan dengan marrenia-election.case.ron"));
}

#[test]
fn a_key_that_arrives_as_bytes_is_compared_without_its_article_file() {
    // The browser's picker hands over the one file: its article file beside it is out of
    // reach, and the comparison needs only the case's own sentences.
    let mut a = Author::new();
    let exercise = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/marrenia-election.exercise.case.ron");
    a.send(FileCommand::Open(exercise));
    let bytes = std::fs::read(key_path()).expect("the key");
    a.send(FileCommand::CompareWithKeyBytes {
        name: "marrenia-election.case.ron".to_owned(),
        bytes: bytes.into(),
    });
    assert!(a.shows("Your reading compared with marrenia-election.case.ron"));
    assert!(a.shows("0 of 14 consequences found"));
    // A file that is not a case says so, where it is wrong.
    a.click(Role::Button, "Close");
    a.send(FileCommand::CompareWithKeyBytes {
        name: "notes.case.ron".to_owned(),
        bytes: b"(not a case".to_vec().into(),
    });
    assert!(a.shows("Could not compare with notes.case.ron"));
    assert!(a.shows("notes.case.ron:1:"));
}
