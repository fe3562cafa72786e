//! What a teacher found wrong when building a lesson from a new article, each driven through
//! the real window (no GPU needed) the way it happened: a walkthrough step that lost the
//! consequence selected, two selections of sentences, a hover text that said a cited sentence
//! was left out, an actor carried over from the element before, Indonesian chores for an
//! English article, the check's words in English in the Indonesian window, RON in the
//! messages, and the small ones.
#![cfg(feature = "gui")]

mod common;

use common::author::{Author, draft};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use skenario::app::{EditCommand, ExploreCommand, FileCommand, LookCommand};
use skenario::core::edit::{List, Place};
use skenario::core::{ConsequenceIx, Lang, Trigger};

fn selected(a: &Author) -> Vec<u32> {
    a.harness
        .state()
        .state
        .selection
        .sentences()
        .iter()
        .map(|n| n.get())
        .collect()
}

/// *Add step from what is shown now* with a consequence selected in *What follows* keeps
/// that consequence, even after the walkthrough's title was typed (every edit used to clear
/// the selection).
#[test]
fn a_step_keeps_the_consequence_selected_in_what_follows() {
    let mut a = Author::new();
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    a.click(Role::Button, "+ Walkthrough");
    a.send(ExploreCommand::SelectConsequence(Some(ConsequenceIx(2))));
    a.type_into("Title, English", "What the coalition promises");
    let walkthroughs = draft(&a).case.walkthroughs.len();
    a.click(Role::Button, "Add step from what is shown now");
    let case = &draft(&a).case;
    let step = &case.walkthroughs[walkthroughs - 1].steps[0];
    assert_eq!(step.consequences, [case.consequences[2].id.clone()]);
    assert_eq!(
        step.title, case.consequences[2].title,
        "titled after the consequence it shows"
    );
}

/// Exploring and editing share one selection of sentences: what is selected before F2 is
/// selected after it, both ways.
#[test]
fn exploring_and_editing_share_one_selection() {
    let mut a = Author::new();
    a.click_starting("Sentence 4:", egui::Modifiers::NONE);
    assert_eq!(selected(&a), [4]);
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    assert_eq!(selected(&a), [4], "the editor has the explorer's selection");
    assert!(a.shows("1 sentence selected"));
    a.click_starting("Sentence 6:", egui::Modifiers::SHIFT);
    assert_eq!(selected(&a), [4, 5, 6]);
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    assert_eq!(
        selected(&a),
        [4, 5, 6],
        "the explorer has the editor's selection"
    );
}

/// Hovering a sentence says what it grounds in the case as edited, or that it is left out on
/// purpose, or that nothing cites it yet — three different answers.
#[test]
fn a_sentences_hover_says_whether_it_is_cited_left_out_or_not_yet_cited() {
    let mut a = Author::with_new_case();
    a.select_sentences(3, 3);
    a.click(Role::Button, "Consequence");
    a.type_into("Title, English", "The library stays open late");
    // The case has errors now (no actor chosen), so the explorer shows it as it was before;
    // the article's hover must still know sentence 3 is cited.
    assert!(draft(&a).error_count() > 0);
    a.click_starting("¶4 ", egui::Modifiers::NONE);
    a.click(Role::CheckBox, "Context (left out on purpose)");

    let hovered = |a: &mut Author, number: u32| {
        let centre = a
            .harness
            .query_all_by(|n| {
                n.label()
                    .is_some_and(|l| l.starts_with(&format!("Sentence {number}:")))
            })
            .next()
            .expect("the sentence is shown")
            .rect()
            .center();
        a.harness.hover_at(centre);
        a.harness.run_steps(4);
    };
    hovered(&mut a, 3);
    assert!(a.shows("This sentence grounds:"));
    assert!(a.shows("consequence: The library stays open late"));
    hovered(&mut a, 4);
    assert!(a.shows("Nothing: the case leaves this sentence out on purpose."));
    hovered(&mut a, 6);
    assert!(a.shows("Nothing yet: nothing in the case cites this sentence"));
}

/// A new consequence or objection takes the actor its sentences name when they name exactly
/// one of the case's actors, and otherwise none — never the previous element's.
#[test]
fn a_new_element_takes_the_actor_its_sentences_name_and_none_otherwise() {
    let mut a = Author::with_new_case();
    a.click(Role::Button, "+ Actor");
    a.type_into("Name, English", "The principal");
    a.type_into("Person (optional)", "Ms. Ortega");
    let ortega = draft(&a).case.actors[0].id.clone();

    a.select_sentences(3, 3);
    a.click(Role::Button, "Consequence");
    assert_eq!(
        draft(&a).case.consequences[0].actor,
        ortega,
        "¶3 names Ms. Ortega"
    );

    a.select_sentences(4, 4);
    a.click(Role::Button, "Consequence");
    assert_eq!(
        draft(&a).case.consequences[1].actor,
        "",
        "¶4 names no actor of the case: none is chosen"
    );
    assert!(a.shows("Who acts is not chosen yet"));
    a.select_sentences(8, 8);
    a.click(Role::Button, "Objection");
    assert_eq!(draft(&a).case.objections[0].by, "");
}

/// An English article's case shows one field per text, in English, with *+ Translation* for
/// another language; nothing warns about Indonesian it never promised.
#[test]
fn an_english_case_has_no_indonesian_chores() {
    let mut a = Author::with_new_case();
    a.select_sentences(3, 3);
    a.click(Role::Button, "Consequence");
    a.type_into("Title, English", "The library stays open late");
    let fields = |a: &Author, name: &str| {
        a.harness
            .query_all_by(|n| {
                matches!(n.role(), Role::TextInput | Role::MultilineTextInput)
                    && n.label().is_some_and(|l| l.contains(name))
            })
            .count()
    };
    assert_eq!(fields(&a, "Indonesian"), 0, "no Indonesian field to fill");
    assert!(fields(&a, "Title, English") == 1);
    assert!(!a.shows("Indonesian version"));
    assert_eq!(draft(&a).case.languages, ["en"]);
    assert!(
        draft(&a)
            .findings
            .iter()
            .all(|f| !f.message().contains("Indonesian")),
        "no finding about Indonesian"
    );
    // A translation is there when asked for.
    a.click(Role::Button, "Add a translation of Title");
    a.click(Role::Button, "Indonesian");
    assert_eq!(fields(&a, "Title, Indonesian"), 1);
}

/// The Indonesian window says what check found in Indonesian, in plain words without RON.
#[test]
fn the_indonesian_window_says_the_checks_findings_in_indonesian() {
    let mut a = Author::with_new_case();
    a.send(LookCommand::SetLanguage(Lang::Id));
    assert!(a.shows("Kasus ini belum memiliki kondisi"));
    let said: Vec<String> = draft(&a)
        .findings
        .iter()
        .map(|f| (skenario::text::Words::get(Lang::Id).editor.finding)(&f.found))
        .collect();
    assert!(!said.is_empty());
    for line in &said {
        assert!(a.shows(line), "the check list shows {line:?}");
        assert!(
            !line.contains('`') && !line.contains("{\"") && !line.contains("context: true"),
            "no RON in {line:?}"
        );
    }
    assert!(
        !a.shows("the case has no conditions yet"),
        "no English left"
    );
}

/// Opening a file with warnings names them in the window's words, not RON's.
#[test]
fn a_files_warnings_are_said_in_the_windows_words() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("hours.case.ron");
    let mut a = Author::with_new_case();
    a.send(FileCommand::SaveCaseTo(path.clone()));
    a.send(FileCommand::Open(path));
    assert!(a.shows("are not cited by anything yet, so they show as not modelled"));
    assert!(!a.shows("`context: true`"));
}

/// While editing, Ctrl+S saves the case: the File menu shows the keys beside *Save case*
/// only, not beside the scenario's *Save* as well.
#[test]
fn the_file_menu_shows_each_key_once() {
    let mut a = Author::with_new_case();
    a.click_label("File");
    let shortcut = |a: &Author, item: &str| {
        a.harness
            .get_by_label(item)
            .accesskit_node()
            .data()
            .keyboard_shortcut()
            .map(str::to_owned)
    };
    assert_eq!(shortcut(&a, "Save case").as_deref(), Some("Ctrl+S"));
    assert_eq!(shortcut(&a, "Save"), None);
    assert_eq!(shortcut(&a, "Save as…"), None);
}

/// A new case takes its id from its title, which it follows until the case is saved; the
/// save box proposes the id as the file's name.
#[test]
fn a_new_case_is_named_after_its_title() {
    let mut a = Author::with_new_case();
    assert_eq!(draft(&a).case.id, "library-hours-vote");
    a.type_into("Title, English", "Library opening hours");
    assert_eq!(draft(&a).case.id, "library-opening-hours");
    a.send(FileCommand::ChooseWhereToSaveCase);
    let path = a
        .harness
        .query_all_by(|n| n.role() == Role::TextInput && n.label().as_deref() == Some("File path"))
        .next()
        .and_then(|n| n.value())
        .expect("the chooser's path");
    assert!(
        path.ends_with("library-opening-hours.case.ron"),
        "the chooser proposes {path}"
    );
}

/// An id is renamed from its form with every reference following, and one Ctrl+Z takes the
/// whole rename back.
#[test]
fn an_id_renamed_from_its_form_is_renamed_everywhere_and_undone_at_once() {
    let mut a = Author::new();
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    let at = draft(&a)
        .case
        .conditions
        .iter()
        .position(|c| c.id == "ceasefire")
        .expect("the shipped case's ceasefire");
    a.send(EditCommand::Select(Some(Place::Item(List::Conditions, at))));
    a.type_into("Id", "truce");
    a.click(Role::Button, "Rename");
    let case = &draft(&a).case;
    assert_eq!(case.conditions[at].id, "truce");
    let names = |trigger: &Trigger, id: &str| format!("{trigger:?}").contains(&format!("\"{id}\""));
    assert!(case.consequences.iter().any(|c| names(&c.trigger, "truce")));
    assert!(
        case.consequences
            .iter()
            .all(|c| !names(&c.trigger, "ceasefire"))
    );
    a.key(egui::Modifiers::COMMAND, egui::Key::Z);
    let case = &draft(&a).case;
    assert_eq!(case.conditions[at].id, "ceasefire");
    assert!(
        case.consequences
            .iter()
            .all(|c| !names(&c.trigger, "truce"))
    );
}

/// A step says what it sets and points at in words, and a step that sets nothing says so
/// (it read "· ¶4").
#[test]
fn a_steps_summary_reads_as_words() {
    let mut a = Author::with_new_case();
    a.click(Role::Button, "+ Walkthrough");
    a.select_sentences(4, 4);
    a.click(Role::Button, "Add step from what is shown now");
    assert!(a.shows("Sets nothing · points at ¶4"));
    assert!(!a.shows("New step"));
    assert!(
        draft(&a).focus.is_none(),
        "the step's title took the keyboard"
    );
    assert!(
        a.harness
            .get_by_role_and_label(Role::TextInput, "Step 1 — Title, English")
            .is_focused()
    );
}
