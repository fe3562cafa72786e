//! The case editor, driven like an author drives it: by role and accessible label, through
//! the real window (no GPU needed). What it saves is checked with the command line.
#![cfg(feature = "gui")]
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

mod common;

use common::author::{ARTICLE, Author, draft};

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use skenario::app::{SkenarioApp, WindowOptions as Options};
use skenario::core::load::parse_case;
use skenario::core::{ConditionState, Lang, States, Status, evaluate};

fn skenario(args: &[&str]) -> std::process::Output {
    Process::new(env!("CARGO_BIN_EXE_skenario"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The work of one element: clicks and keystrokes since `before`.
fn since(author: &Author, before: (usize, usize)) -> (usize, usize) {
    let now = author.tally();
    (now.0 - before.0, now.1 - before.1)
}

#[test]
fn a_teacher_builds_a_lesson_from_a_new_article_without_writing_ron() {
    let folder = tempfile::tempdir().expect("a folder");
    let mut a = Author::new();
    let mut costs: Vec<(&str, (usize, usize))> = Vec::new();

    // 1. The article, pasted, split into sentences.
    let before = a.tally();
    a.click_label("File");
    a.click_label("New case from article…");

    a.type_into("Article text", ARTICLE);
    a.click(Role::Button, "Split into sentences");
    assert!(a.shows("Sentences (9)"), "the splitter cut after Cllr.");
    // The cut after "Cllr." is merged back.
    a.click_starting("¶5 Cllr.", egui::Modifiers::NONE);
    a.click(Role::Button, "Merge with next");
    assert!(a.shows("Sentences (8)"));
    costs.push(("article and sentences", since(&a, before)));

    // 2. Three actors.
    for name in ["Ms. Ortega", "The student council", "The families"] {
        let before = a.tally();
        a.click(Role::Button, "+ Actor");
        a.type_into("Name, English", name);
        costs.push(("actor", since(&a, before)));
    }

    // 3. Three conditions, the second applying only when the first holds.
    let conditions = [
        ("The budget passes", 2, 3),
        ("Volunteers are found", 6, 6),
        ("The heating breaks down", 8, 8),
    ];
    for (label, from, to) in conditions {
        let before = a.tally();
        a.select_sentences(from, to);
        a.click(Role::Button, "Condition");
        a.type_into("Label, English", label);
        costs.push(("condition", since(&a, before)));
    }
    a.click_starting("Volunteers are found", egui::Modifiers::NONE);
    a.click(Role::Button, "Make it depend on another condition");
    assert!(a.shows("The budget passes"));

    // 4. Five consequences. One whose sentence raises a condition follows from it already.
    let consequences = [
        (
            "The library stays open until 6 p.m.",
            3,
            "Ms. Ortega",
            "expected",
            None,
        ),
        (
            "A homework club runs after school",
            4,
            "The student council",
            "pledged",
            Some("condition"),
        ),
        (
            "Families protest",
            5,
            "The families",
            "threatens",
            Some("not"),
        ),
        (
            "The club also opens on Saturdays",
            6,
            "The student council",
            "considers",
            None,
        ),
        (
            "The money goes to the heating",
            8,
            "Ms. Ortega",
            "stated",
            None,
        ),
    ];
    for (title, sentence, actor, firmness, rule) in consequences {
        let before = a.tally();
        a.select_sentences(sentence, sentence);
        a.click(Role::Button, "Consequence");
        a.type_into("Title, English", title);
        a.pick("Who acts", actor);
        if firmness != "stated" {
            a.pick("Firmness", &format!("{firmness} — "));
        }
        match rule {
            // The homework club follows when the budget passes, the first condition.
            Some("condition") => a.pick("Rule", "condition"),
            // Families protest if the budget fails: not (the budget passes).
            Some(rule) => a.pick("Rule", rule),
            None => {}
        }
        costs.push(("consequence", since(&a, before)));
    }

    // 5. An objection: the treasurer's belief contests the late hours.
    let before = a.tally();
    a.select_sentences(7, 7);
    a.click(Role::Button, "Objection");
    a.type_into(
        "What the objection says, English",
        "The budget will not pass",
    );
    a.click(Role::CheckBox, "The library stays open until 6 p.m.");
    // The treasurer is not among the case's actors: the teacher names him there and then.
    a.click(Role::Button, "New actor for Who objects");
    a.type_into("Name of the new actor", "The treasurer");
    a.click(Role::Button, "Add");
    costs.push(("objection", since(&a, before)));

    // 6. A walkthrough of two steps, the second with the budget passing.
    let before = a.tally();
    a.click(Role::Button, "+ Walkthrough");
    a.type_into("Title, English", "The budget vote");
    a.click(Role::Button, "Add step from what is shown now");
    a.type_into("Step 1 — Title, English", "Before the vote");
    a.type_into(
        "Step 1 — Narration, English",
        "The board has not voted yet.",
    );
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    a.click(Role::RadioButton, "The budget passes: Yes");
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    a.click(Role::Button, "Add step from what is shown now");
    a.type_into("Step 2 — Narration, English", "Suppose the budget passes.");
    a.type_into(
        "Step 2 — Question (optional), English",
        "What does the student council do?",
    );
    a.type_into(
        "Step 2 — Answer (optional), English",
        "It runs a homework club.",
    );
    costs.push(("walkthrough", since(&a, before)));

    // 7. Saved where the teacher says.
    let path: PathBuf = folder.path().join("library-hours.case.ron");
    a.key(egui::Modifiers::COMMAND, egui::Key::S);
    a.type_into("File path", &path.display().to_string());
    a.click(Role::Button, "Save");
    assert!(path.exists(), "the case is saved");
    assert!(
        folder.path().join("library-hours.txt").exists(),
        "its article is saved beside it"
    );

    let check = skenario(&["check", &path.display().to_string()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let text = std::fs::read_to_string(&path).expect("the case");
    let (case, _) = parse_case(&text).expect("the case is valid");
    let model = case.case();
    assert_eq!(model.sentences.len(), 8);
    assert!(
        model
            .sentences
            .iter()
            .any(|s| s.original.starts_with("Cllr. Haddad, who leads"))
    );
    every_combination_gives_what_the_article_says(&case);
    let ids: Vec<String> = model.conditions.iter().map(|c| c.id.clone()).collect();
    let walkthrough = model.walkthroughs.first().expect("a walkthrough");
    assert_eq!(walkthrough.steps.len(), 2);
    assert_eq!(
        walkthrough.steps[1].set.get(&ids[0]),
        Some(&ConditionState::Yes),
        "the second step sets the budget passing"
    );
    for (element, (clicks, keys)) in &costs {
        eprintln!("{element}: {clicks} clicks, {keys} keystrokes");
    }
    let _ = Path::new("");
}

/// All 27 combinations of the library case's three conditions give what its article says.
fn every_combination_gives_what_the_article_says(case: &skenario::core::ValidCase) {
    let model = case.case();
    let consequence = |title: &str| {
        model
            .consequences
            .iter()
            .position(|c| c.title.exact("en") == Some(title))
            .expect("a consequence")
    };
    let (late, club, protest, saturday, heating) = (
        consequence("The library stays open until 6 p.m."),
        consequence("A homework club runs after school"),
        consequence("Families protest"),
        consequence("The club also opens on Saturdays"),
        consequence("The money goes to the heating"),
    );
    let ids: Vec<String> = model.conditions.iter().map(|c| c.id.clone()).collect();
    use ConditionState::{No, Unknown, Yes};
    for budget in [Yes, No, Unknown] {
        for volunteers in [Yes, No, Unknown] {
            for heating_state in [Yes, No, Unknown] {
                let states: States = ids
                    .iter()
                    .cloned()
                    .zip([budget, volunteers, heating_state])
                    .collect();
                let evaluation = evaluate(case, &states);
                let status = |i: usize| evaluation.outcomes[i].status;
                let expected = |state: ConditionState| match state {
                    Yes => Status::Follows,
                    No => Status::DoesNotFollow,
                    Unknown => Status::Depends,
                };
                let not = |state: ConditionState| match state {
                    Yes => No,
                    No => Yes,
                    Unknown => Unknown,
                };
                // Volunteers only matter when the budget passes.
                let saturdays = match (budget, volunteers) {
                    (No, _) | (_, No) => No,
                    (Yes, Yes) => Yes,
                    _ => Unknown,
                };
                let case_of = format!(
                    "budget {budget:?}, volunteers {volunteers:?}, heating {heating_state:?}"
                );
                assert_eq!(status(late), expected(budget), "{case_of}");
                assert_eq!(status(club), expected(budget), "{case_of}");
                assert_eq!(status(protest), expected(not(budget)), "{case_of}");
                assert_eq!(status(saturday), expected(saturdays), "{case_of}");
                assert_eq!(status(heating), expected(heating_state), "{case_of}");
            }
        }
    }
}

/// A window on `data` (its autosave folder), in English.
fn window_with_data(data: &Path) -> Harness<'static, SkenarioApp> {
    let data = data.to_owned();
    let mut harness = Harness::builder()
        .with_size([1500.0, 2400.0])
        .with_max_steps(16)
        .build_eframe(move |cc| {
            let mut app = SkenarioApp::new(
                cc,
                Options {
                    native_dialogs: false,
                    data_dir: Some(data.clone()),
                    browser: false,
                    panels_paint_background: true,
                },
            );
            app.handle(
                &cc.egui_ctx,
                skenario::app::LookCommand::SetLanguage(Lang::En),
            );
            app
        });
    harness.run();
    harness
}

#[test]
fn undo_takes_back_typing_as_one_step_and_redo_brings_it_back() {
    let mut a = Author::new();
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    let before = draft(&a).case.conditions.len();
    a.click(Role::Button, "+ Condition");
    a.type_into("Label, English", "Snow");
    a.type_into("Label, English", "Snow closes the roads");
    let added = &draft(&a).case.conditions[before];
    assert_eq!(added.label.exact("en"), Some("Snow closes the roads"));
    assert_eq!(
        added.id, "snow_closes_the_roads",
        "the id follows the first title"
    );
    assert!(a.harness.state().window_title().starts_with('*'));

    let ctrl = egui::Modifiers::COMMAND;
    a.key(ctrl, egui::Key::Z);
    let untitled = &draft(&a).case.conditions[before];
    assert!(untitled.label.is_blank(), "typing in one field is one step");
    a.key(ctrl, egui::Key::Z);
    assert_eq!(
        draft(&a).case.conditions.len(),
        before,
        "the condition is gone"
    );
    assert!(
        !a.harness.state().window_title().starts_with('*'),
        "back as it was opened: nothing unsaved"
    );
    a.key(ctrl.plus(egui::Modifiers::SHIFT), egui::Key::Z);
    assert_eq!(draft(&a).case.conditions.len(), before + 1);
    a.key(ctrl, egui::Key::Y);
    assert_eq!(
        draft(&a).case.conditions[before].label.exact("en"),
        Some("Snow closes the roads")
    );
    // The explorer shows the case as edited.
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    assert!(a.shows("Snow closes the roads: Unknown"));
}

#[test]
fn a_case_opened_and_saved_without_an_edit_is_the_same_bytes() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("election.case.ron");
    let (case, _) = parse_case(common::ELECTION).expect("the election case");
    let canonical = skenario::core::write::case_to_ron(case.case()).expect("RON");
    std::fs::write(&path, &canonical).expect("written");
    let mut a = Author::new();
    a.send(skenario::app::FileCommand::Open(path.clone()));
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    a.key(egui::Modifiers::COMMAND, egui::Key::S);
    assert!(
        !a.shows("Save in Skenario's layout?"),
        "no warning: the layout is Skenario's"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("saved"), canonical);
}

#[test]
fn saving_over_a_file_with_comments_says_so_first() {
    let folder = tempfile::tempdir().expect("a folder");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let path = folder.path().join("force.case.ron");
    std::fs::copy(root.join("ukraine-reassurance-force.case.ron"), &path).expect("copied");
    std::fs::create_dir(folder.path().join("articles")).expect("a folder");
    std::fs::copy(
        root.join("articles/ukraine-reassurance-force.txt"),
        folder.path().join("articles/ukraine-reassurance-force.txt"),
    )
    .expect("copied");
    let before = std::fs::read_to_string(&path).expect("the file");
    let mut a = Author::new();
    a.send(skenario::app::FileCommand::Open(path.clone()));
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    a.type_into("Title, English", "A force to reassure Ukraine");
    a.key(egui::Modifiers::COMMAND, egui::Key::S);
    assert!(a.shows("Save in Skenario's layout?"));
    assert_eq!(
        std::fs::read_to_string(&path).expect("the file"),
        before,
        "nothing written before the answer"
    );
    a.click(Role::Button, "Save anyway");
    let after = std::fs::read_to_string(&path).expect("the file");
    assert!(after.contains("A force to reassure Ukraine"));
    assert!(
        !after.contains("// The shipped case"),
        "its comments are not kept, as said"
    );
    let check = skenario(&["check", &path.display().to_string()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert!(!a.harness.state().window_title().starts_with('*'));
}

#[test]
fn closing_with_an_unsaved_case_asks_first() {
    let mut a = Author::new();
    a.send(skenario::app::FileCommand::StartNewCase {
        article: ARTICLE.to_owned(),
        language: "en".to_owned(),
    });
    assert!(
        a.harness.state().window_title().starts_with('*'),
        "a new case is unsaved"
    );
    a.send(skenario::app::FileCommand::Quit);
    assert!(a.harness.state().is_prompting());
}

#[test]
fn a_case_being_edited_comes_back_after_a_crash() {
    let data = tempfile::tempdir().expect("a folder");
    {
        let harness = window_with_data(data.path());
        let mut a = Author {
            harness,
            clicks: Cell::new(0),
            keys: Cell::new(0),
        };
        a.send(skenario::app::FileCommand::StartNewCase {
            article: ARTICLE.to_owned(),
            language: "en".to_owned(),
        });
        a.click(Role::Button, "+ Actor");
        a.type_into("Name, English", "The school board");
        for _ in 0..16 {
            a.harness.step();
        }
        // Dropped without closing: a crash.
    }
    let mut harness = window_with_data(data.path());
    assert!(harness.state().is_offering_recovery());
    harness
        .get_by_role_and_label(Role::Button, "Recover")
        .click();
    harness.run();
    let document = &harness.state().state.document;
    let draft = document
        .draft
        .as_ref()
        .expect("the case being edited is back");
    assert_eq!(
        draft.case.actors[0].name.exact("en"),
        Some("The school board")
    );
    assert_eq!(draft.case.sentences.len(), 9);
    assert!(draft.is_dirty(), "and still unsaved");
    assert!(harness.state().state.editing, "in the editor");
}

/// In a case of over a thousand sentences a check takes longer than a frame: typing checks it
/// when the author pauses, says so meanwhile, and anything done next sees the case checked.
#[test]
fn typing_into_a_long_case_checks_it_when_typing_pauses() {
    let article: String = (1..=1_200)
        .map(|n| format!("Report line {n} says the pumps ran for {n} hours. "))
        .collect();
    // Sixty frames a second, so that keys come faster than the pause.
    let mut a = Author::with_frame_time(1.0 / 60.0);
    a.send(skenario::app::EditCommand::NewCase {
        article,
        language: "en".to_owned(),
    });
    assert!(draft(&a).case.sentences.len() > 1_000);
    let blank_title = |a: &Author| {
        draft(a)
            .findings
            .iter()
            .any(|f| f.message().starts_with("title is empty"))
    };
    a.type_into("Title, English", "");
    a.harness.run_steps(30);
    assert!(blank_title(&a), "a case with no title is an error");
    a.type_into("Title, English", "Pump hours");
    assert_eq!(draft(&a).case.title.exact("en"), Some("Pump hours"));
    assert!(draft(&a).is_stale(), "not checked on every key");
    assert!(
        blank_title(&a),
        "the findings are still of the untitled case"
    );
    assert!(a.shows("Checked again when you pause typing"));
    assert!(a.harness.state().window_title().starts_with('*'));

    // A third of a second later, with no key pressed, the check has run.
    a.harness.run_steps(30);
    assert!(!draft(&a).is_stale());
    assert!(!blank_title(&a), "the title is given now");
    assert!(!a.shows("Checked again when you pause typing"));

    // Typing, then at once something else: that sees the case checked.
    a.type_into("Title, English", "");
    assert!(draft(&a).is_stale());
    a.key(egui::Modifiers::COMMAND, egui::Key::Z);
    assert!(!draft(&a).is_stale());
    // The typing in the one field was one step: undone, the case has its first title again,
    // none (the article starts without a heading).
    assert_eq!(draft(&a).case.title.exact("en"), None);
    assert!(blank_title(&a));
}

/// "Who acts" can name an actor the case does not have yet, without leaving the form; making
/// the actor and choosing it are one step to undo.
#[test]
fn an_actor_is_made_from_the_picker_and_undone_in_one_step() {
    let mut a = Author::with_new_case();
    a.select_sentences(2, 2);
    a.click(Role::Button, "Consequence");
    a.type_into("Title, English", "The library stays open late");
    assert!(a.shows("Who acts is not chosen yet"));
    // Escape leaves the name unmade.
    a.click(Role::Button, "New actor for Who acts");
    a.type_into("Name of the new actor", "The janitor");
    a.key(egui::Modifiers::NONE, egui::Key::Escape);
    assert!(draft(&a).case.actors.is_empty());
    assert!(!a.shows("Name of the new actor"));

    a.click(Role::Button, "New actor for Who acts");
    a.type_into("Name of the new actor", "The principal");
    a.click(Role::Button, "Add");
    let case = &draft(&a).case;
    assert_eq!(case.actors.len(), 1);
    assert_eq!(case.actors[0].name.exact("en"), Some("The principal"));
    assert_eq!(case.consequences[0].actor, case.actors[0].id);
    assert!(!a.shows("Who acts is not chosen yet"));

    a.key(egui::Modifiers::COMMAND, egui::Key::Z);
    let case = &draft(&a).case;
    assert!(case.actors.is_empty(), "the actor made there is undone too");
    assert_eq!(case.consequences[0].actor, "");
    assert_eq!(
        case.consequences[0].title.exact("en"),
        Some("The library stays open late"),
        "the title typed before is a step of its own"
    );
}

/// A finding in the check list opens the form of what it is about with the keyboard in the
/// field it names: the text left empty, or the language a text lacks once the case promises
/// it.
#[test]
fn a_finding_leads_to_the_field_it_is_about() {
    let mut a = Author::with_new_case();
    a.select_sentences(2, 2);
    a.click(Role::Button, "Condition");
    a.type_into("Label, English", "The budget passes");
    assert!(
        !a.shows("No Indonesian version"),
        "an English case promises English only"
    );
    a.click(Role::Button, "Title and source");
    a.type_into("Other language (code)", "id");
    a.click(Role::Button, "+ Language");
    assert_eq!(draft(&a).case.languages, ["en", "id"]);

    a.click_starting(
        "⚠ No Indonesian version of the label of condition “the_budget_passes”",
        egui::Modifiers::NONE,
    );
    assert!(
        a.field("Label, Indonesian").is_focused(),
        "the language the label lacks takes the keyboard"
    );

    a.type_into("Label, English", "");
    a.click(Role::Button, "Title and source");
    // Emptied, the label no longer names the new condition's id, which falls back to
    // "condition" until a label is typed again.
    a.click_starting(
        "✖ The label of condition “condition” is empty",
        egui::Modifiers::NONE,
    );
    assert!(a.field("Label, English").is_focused());
}

/// Dragging across the article while editing selects every sentence from where the drag
/// started to where it is, like a text selection.
#[test]
fn dragging_across_the_article_selects_the_sentences_it_passes() {
    let mut a = Author::with_new_case();
    let centre = |a: &Author, number: u32| {
        a.harness
            .query_all_by(|n| {
                n.label()
                    .is_some_and(|l| l.starts_with(&format!("Sentence {number}:")))
            })
            .next()
            .expect("the sentence is shown")
            .rect()
            .center()
    };
    let (from, past, to) = (centre(&a, 2), centre(&a, 3), centre(&a, 4));
    a.harness.hover_at(from);
    a.harness.run();
    a.harness.drag_at(from);
    a.harness.run();
    for pos in [from + egui::vec2(12.0, 0.0), past, to] {
        a.harness.hover_at(pos);
        a.harness.run();
    }
    a.harness.drop_at(to);
    a.harness.run();
    let picked: Vec<u32> = a
        .harness
        .state()
        .state
        .selection
        .sentences()
        .iter()
        .map(|n| n.get())
        .collect();
    assert_eq!(picked, [2, 3, 4]);
    assert!(a.shows("3 sentences selected"));

    // A plain click afterwards picks one sentence again.
    a.click_starting("Sentence 1:", egui::Modifiers::NONE);
    let picked: Vec<u32> = a
        .harness
        .state()
        .state
        .selection
        .sentences()
        .iter()
        .map(|n| n.get())
        .collect();
    assert_eq!(picked, [1]);
}

/// While the case being edited has errors, the explorer's views say they show it as it was
/// before them; a case with no consequences yet says so rather than showing nothing.
#[test]
fn the_explorer_views_say_what_they_show_while_the_case_has_errors() {
    let mut a = Author::with_new_case();
    a.key(egui::Modifiers::COMMAND, egui::Key::Num1);
    assert!(a.shows("The case has no consequences yet"));
    assert!(!a.shows("this view shows it as it was before"));

    a.select_sentences(2, 2);
    a.click(Role::Button, "Consequence");
    a.type_into("Title, English", "The library stays open late");
    a.key(egui::Modifiers::COMMAND, egui::Key::Num1);
    assert!(a.shows("The case has 1 error: this view shows it as it was before"));
    assert!(
        a.shows("The case has no consequences yet"),
        "as it was before"
    );
}

/// A new case's article language starts as the window's, the likeliest for a teacher's next
/// article.
#[test]
fn a_new_case_starts_in_the_window_language() {
    let mut a = Author::new();
    a.send(skenario::app::LookCommand::SetLanguage(Lang::Id));
    a.send(skenario::app::FileCommand::ShowNewCaseDialog);
    let language = a
        .harness
        .query_all_by(|n| {
            n.role() == Role::TextInput
                && n.label().is_some_and(|l| l.starts_with("Bahasa artikel"))
        })
        .next()
        .expect("the language field")
        .value();
    assert_eq!(language.as_deref(), Some("id"));
}

/// The shipped case, edited and saved into a folder of the teacher's own, takes its article
/// along: `skenario check` passes on the saved file, and it opens again.
#[test]
fn a_shipped_case_saved_elsewhere_takes_its_article_along() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("my-lesson.case.ron");
    let mut a = Author::new();
    a.key(egui::Modifiers::NONE, egui::Key::F2);
    a.type_into(
        "Title, English",
        "26 countries pledge a force for post-war Ukraine",
    );
    a.send(skenario::app::FileCommand::SaveCaseTo(path.clone()));
    assert!(path.exists(), "the case is saved");
    let article = folder.path().join("my-lesson.txt");
    assert_eq!(
        std::fs::read_to_string(&article).expect("the article beside it"),
        skenario::core::shipped::UKRAINE_ARTICLE
    );
    let checked = skenario(&["check", path.to_str().expect("a UTF-8 path")]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stdout)
    );
}
