//! The window, driven like a user drives it: by role and accessible label, through the real
//! `eframe::App` (no GPU needed).
#![cfg(feature = "gui")]
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

use std::path::{Path, PathBuf};
use std::sync::Arc;

mod common;

use common::window::{shows, test_options, window};

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use skenario::app::{
    Command, ExploreCommand, FileCommand, LookCommand, MessageLevel, PresentCommand, SkenarioApp,
};
use skenario::core::{ConditionState, Lang, SentenceNo, Status};

const CEASEFIRE_YES: &str = "Ceasefire or peace agreement reached: Yes";
const CEASEFIRE_UNKNOWN: &str = "Ceasefire or peace agreement reached: Unknown";
const FORCE: &str = "The troops act as a \"reassurance force\" on land, at sea and in the air";
const SANCTIONS: &str =
    "European countries impose new sanctions on Russia, working together with the United States";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn harness() -> Harness<'static, SkenarioApp> {
    harness_with_data(None)
}

/// A window whose autosave goes to `data_dir` (none: no autosave).
fn harness_with_data(data_dir: Option<PathBuf>) -> Harness<'static, SkenarioApp> {
    window([1400.0, 2200.0], Lang::En, data_dir)
}

fn send(harness: &mut Harness<'static, SkenarioApp>, command: impl Into<Command>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().handle(&ctx, command);
    harness.run();
}

fn card(title: &str, status: &str) -> String {
    format!("{title} — {status}")
}

/// Whether the widget whose label contains `label` shows as chosen (a selected switch, a
/// highlighted sentence).
fn is_selected(harness: &Harness<'static, SkenarioApp>, label: &str) -> bool {
    harness
        .get_by_label_contains(label)
        .accesskit_node()
        .toggled()
        == Some(Toggled::True)
}

#[test]
fn ceasefire_yes_makes_the_force_follow_and_highlights_its_sentences() {
    let mut harness = harness();
    harness.run();
    harness.get_by_role_and_label(Role::Button, &card(FORCE, "depends"));

    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    harness.run();
    assert!(is_selected(&harness, CEASEFIRE_YES));
    harness
        .get_by_role_and_label(Role::Button, &card(FORCE, "follows"))
        .click();
    harness.run();

    assert!(is_selected(&harness, "Sentence 4: Macron menjelaskan"));
    assert!(is_selected(&harness, "Sentence 5: Tujuan utama"));
    assert!(!is_selected(&harness, "Sentence 1: Setelah"));
    assert!(!is_selected(&harness, "Sentence 14: Macron juga"));
    assert_eq!(
        harness.state().state.highlighted_sentences(),
        [SentenceNo(4), SentenceNo(5)].into()
    );

    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_UNKNOWN)
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, &card(FORCE, "depends"));
    assert!(
        shows(&harness, "Depends on:"),
        "the depends explanation is shown"
    );
}

#[test]
fn moscow_rejecting_brings_the_sanctions_with_the_us_wording() {
    let mut harness = harness();
    harness.run();
    harness.get_by_role_and_label(Role::Button, &card(SANCTIONS, "depends"));
    harness
        .get_by_role_and_label(
            Role::RadioButton,
            "Moscow keeps rejecting a peace deal: Yes",
        )
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, &card(SANCTIONS, "follows"));
    let index = harness
        .state()
        .state
        .document
        .case
        .consequence_index("new_sanctions")
        .unwrap();
    assert_eq!(
        harness.state().state.evaluation.outcomes[index.0].status,
        Status::Follows
    );
    harness.get_by_role_and_label(
        Role::Button,
        &format!("Sentence 14, evidence for: {SANCTIONS}"),
    );
    // A threat is shown as a threat, not as a commitment.
    assert!(shows(&harness, "threatens"));
}

#[test]
fn switching_language_changes_the_labels() {
    let mut harness = harness();
    harness.run();
    assert!(shows(&harness, "Conditions"));
    harness
        .get_by_role_and_label(Role::RadioButton, "Language: Bahasa Indonesia")
        .click();
    harness.run();
    assert_eq!(harness.state().lang(), Lang::Id);
    assert!(shows(&harness, "Kondisi"));
    harness.get_by_role_and_label(
        Role::RadioButton,
        "Gencatan senjata atau perjanjian damai tercapai: Ya",
    );
    harness.get_by_role_and_label(
        Role::Button,
        &card(
            "Pasukan berperan sebagai \"pasukan penenang\" di darat, laut, dan udara",
            "bergantung",
        ),
    );
    assert!(!shows(&harness, "Conditions"));
}

#[test]
fn opening_a_scenario_sets_the_conditions_from_the_file() {
    let mut harness = harness();
    harness.run();
    send(
        &mut harness,
        FileCommand::Open(repo("scenarios/ukraine-ceasefire-with-us.scenario.ron")),
    );
    assert!(is_selected(&harness, CEASEFIRE_YES));
    assert!(is_selected(&harness, "US joins the guarantees: Yes"));
    assert!(is_selected(
        &harness,
        "Moscow keeps rejecting a peace deal: No"
    ));
    assert!(!harness.state().window_title().starts_with('*'));
    assert!(
        harness
            .state()
            .window_title()
            .contains("Ceasefire with US backing")
    );
}

#[test]
fn the_open_dialog_falls_back_to_skenarios_own_chooser_and_opens_a_typed_path() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open…").click();
    harness.run();
    assert!(harness.state().is_choosing_file());
    let path = repo("scenarios/ukraine-moscow-keeps-rejecting.scenario.ron");
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .type_text(&path.display().to_string());
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Open").click();
    harness.run();
    assert!(!harness.state().is_choosing_file());
    assert!(is_selected(
        &harness,
        "Moscow keeps rejecting a peace deal: Yes"
    ));
    assert!(is_selected(
        &harness,
        "Ceasefire or peace agreement reached: No"
    ));
}

#[test]
fn a_broken_file_shows_where_it_is_wrong_and_changes_nothing() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    harness.run();
    let before = harness.state().state.document.scenario.clone();

    send(
        &mut harness,
        FileCommand::Open(repo("tests/broken/dangling-condition.case.ron")),
    );
    assert!(
        !harness.state().is_prompting(),
        "a broken file never replaces anything, so no prompt"
    );
    // Where, as the command line says it, and what, in the window's words.
    assert!(shows(&harness, "dangling-condition.case.ron:22:32"));
    assert!(shows(
        &harness,
        "The condition “rian” is not in the case; did you mean “rain”?"
    ));
    assert!(shows(
        &harness,
        "Could not open dangling-condition.case.ron"
    ));
    assert_eq!(harness.state().state.document.scenario, before);
    assert!(is_selected(&harness, CEASEFIRE_YES));

    harness
        .get_by_role_and_label(
            Role::Button,
            "Dismiss: Could not open dangling-condition.case.ron",
        )
        .click();
    harness.run();
    assert!(!shows(
        &harness,
        "Could not open dangling-condition.case.ron"
    ));
}

#[test]
fn a_change_marks_the_title_unsaved_and_saving_clears_it() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("lesson.scenario.ron");
    let mut harness = harness();
    harness.run();
    assert!(!harness.state().window_title().starts_with('*'));
    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    harness.run();
    assert!(
        harness.state().window_title().starts_with('*'),
        "{}",
        harness.state().window_title()
    );

    send(&mut harness, FileCommand::SaveTo(target.clone()));
    assert!(!harness.state().window_title().starts_with('*'));
    assert!(
        harness
            .state()
            .window_title()
            .contains("lesson.scenario.ron")
    );
    let saved = std::fs::read_to_string(&target).unwrap();
    assert!(saved.contains("\"ceasefire\": yes"), "{saved}");
    let reopened = skenario::core::file::load_scenario(&target).unwrap();
    assert_eq!(reopened.scenario.state("ceasefire"), ConditionState::Yes);
    assert!(reopened.warnings.is_empty());
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    harness.run();
    send(&mut harness, FileCommand::Quit);
    assert!(harness.state().is_prompting());
    assert!(shows(&harness, "Unsaved changes"));
    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    harness.run();
    assert!(!harness.state().is_prompting());
    assert!(
        harness.state().state.document.is_dirty(),
        "nothing was lost"
    );

    send(&mut harness, FileCommand::New);
    assert!(harness.state().is_prompting());
    harness
        .get_by_role_and_label(Role::Button, "Discard changes")
        .click();
    harness.run();
    assert!(!harness.state().state.document.is_dirty());
    assert!(is_selected(&harness, CEASEFIRE_UNKNOWN));
}

#[test]
fn keyboard_shortcuts_cycle_conditions_switch_language_and_show_the_sheet() {
    let mut harness = harness();
    harness.run();
    harness.key_press(egui::Key::Num1);
    harness.run();
    assert!(is_selected(&harness, CEASEFIRE_YES));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    assert_eq!(harness.state().lang(), Lang::Id);
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(shows(&harness, "Pintasan papan ketik"));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!shows(&harness, "Pintasan papan ketik"));
}

#[test]
fn at_twice_the_text_size_on_a_projector_nothing_overlaps_and_what_follows_stays() {
    let mut harness = window([1280.0, 800.0], Lang::Id, None);
    harness.run();
    let card_width = |harness: &Harness<'static, SkenarioApp>| {
        // The card and its title both carry the title; the card is the wider.
        harness
            .get_all_by_label_contains("AS siap berpartisipasi")
            .map(|node| node.rect().width())
            .fold(0.0, f32::max)
    };
    let normal = card_width(&harness);
    for _ in 0..5 {
        send(&mut harness, LookCommand::TextBigger);
    }
    harness.run();
    assert!(shows(&harness, "Teks 200 %"));
    let screen = harness.ctx.content_rect();
    assert!(
        (screen.width() - 640.0).abs() < 1.0,
        "1280 pixels are 640 points at 200 %: {screen:?}"
    );

    // What follows keeps a third of the window, the panels beside it give way.
    let card = card_width(&harness);
    assert!(
        card > screen.width() / 3.0 - 40.0,
        "cards are {card} points wide of {}, at 100 % {normal}",
        screen.width()
    );
    for label in [
        "Gencatan senjata atau perjanjian damai tercapai: Belum diketahui",
        "Bahasa artikel: Terjemahan",
        "Bahasa: Bahasa Indonesia",
    ] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            screen.contains_rect(rect),
            "{label} is on screen: {rect:?} in {screen:?}"
        );
    }

    // The switches at the right of the bar do not run into the menus; the article's switch
    // does not run into its heading.
    let help = harness.get_by_label("Bantuan").rect();
    for label in ["Teks lebih kecil", "Teks lebih besar", "Bahasa: English"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            !rect.intersects(help),
            "{label} {rect:?} overlaps the Help menu {help:?}"
        );
    }
    let heading = harness.get_by_label("Artikel").rect();
    let both = harness.get_by_label("Bahasa artikel: Keduanya").rect();
    assert!(!both.intersects(heading), "{both:?} overlaps {heading:?}");

    // Presenting at this size: the step counter and buttons keep clear of the lesson's title,
    // and no condition is squeezed into a column of broken words.
    send(&mut harness, PresentCommand::Start);
    send(&mut harness, PresentCommand::Next);
    send(&mut harness, PresentCommand::Next);
    harness.run();
    let title = harness
        .get_by_label("Membaca komitmen: apa yang terjadi, karena apa, dan seberapa tegas")
        .rect();
    for label in ["Langkah 2 dari 8", "← Sebelumnya", "Keluar (Esc)"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            !rect.intersects(title),
            "{label} {rect:?} overlaps the title {title:?}"
        );
        assert!(screen.contains_rect(rect), "{label} is on screen");
    }
    assert!(screen.contains_rect(title), "the title wraps: {title:?}");
    let chip = harness
        .get_by_label_contains("Moskow terus menolak kesepakatan damai:")
        .rect();
    assert!(
        chip.height() < 60.0,
        "the condition stays on one or two lines: {chip:?}"
    );
}

#[test]
fn many_messages_at_a_projectors_text_size_scroll_and_leave_the_conditions_in_view() {
    let mut harness = window([1280.0, 800.0], Lang::En, None);
    harness.run();
    for _ in 0..10 {
        send(&mut harness, LookCommand::TextBigger);
    }
    harness.run();
    assert!(shows(&harness, "Text 300 %"));
    let details: Vec<String> = (1..=12)
        .map(|n| format!("case.ron:{n}:1: a line of what was found, number {n}"))
        .collect();
    for n in 1..=4 {
        harness.state_mut().state.report(
            MessageLevel::Error,
            format!("Message {n} of four"),
            details.clone(),
        );
    }
    harness.run();
    let screen = harness.ctx.content_rect();
    let first = harness.get_by_label("Message 1 of four").rect();
    assert!(
        screen.contains_rect(first),
        "the first message shows: {first:?}"
    );
    let heading = harness.get_by_label("Conditions").rect();
    assert!(
        screen.contains_rect(heading),
        "the conditions stay in the window below the messages: {heading:?} in {screen:?}"
    );
    assert!(
        heading.top() - first.top() < 0.4 * screen.height() + 24.0,
        "the messages take at most two fifths of the room below the menus: {first:?} to {heading:?} of {screen:?}"
    );
}

#[test]
fn the_first_frame_is_laid_out_once_with_the_switches_already_at_the_right_end() {
    // The first frame and the one step the harness always runs after it, nothing more.
    let harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(0)
        .build_eframe(|cc| SkenarioApp::new(cc, test_options(None)));
    // The controls at the right ends of rows are measured before they are placed, so the very
    // first frame is shown without being laid out a second time: one pass each.
    assert_eq!(
        harness.ctx.cumulative_pass_nr(),
        2,
        "the first frame was laid out again"
    );
    let screen = harness.ctx.content_rect();
    for label in [
        "Language: Bahasa Indonesia",
        "Article language: Translation",
    ] {
        // The row that measured them is hidden from screen readers; the one shown is at the
        // right end.
        let at_right_end = harness
            .query_all_by_label(label)
            .map(|node| node.rect())
            .any(|rect| (screen.right() - rect.right()).abs() < 24.0);
        assert!(at_right_end, "{label} is at the right end of its row");
    }
}

#[test]
fn ctrl_b_hides_the_side_panels_for_more_room_and_brings_them_back() {
    let mut harness = harness();
    harness.run();
    let width_of_centre = |harness: &Harness<'static, SkenarioApp>| {
        harness
            .get_all_by_label_contains("The US is ready to take part")
            .map(|node| node.rect().width())
            .fold(0.0, f32::max)
    };
    let before = width_of_centre(&harness);
    assert!(shows(&harness, CEASEFIRE_YES));
    assert!(shows(&harness, "Article language: Both"));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
    harness.run();
    assert!(
        !shows(&harness, CEASEFIRE_YES),
        "the conditions panel is hidden"
    );
    assert!(
        !shows(&harness, "Article language: Both"),
        "the article panel is hidden"
    );
    let wider = width_of_centre(&harness);
    assert!(wider > before + 400.0, "{before} → {wider}");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
    harness.run();
    assert!(shows(&harness, CEASEFIRE_YES));
    assert!(shows(&harness, "Article language: Both"));
}

#[test]
fn an_evidence_chip_selects_the_consequence_and_scrolls_to_the_sentence() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(
            Role::Button,
            "Sentence 16, evidence for: Trump contacts Putin soon",
        )
        .click();
    harness.run();
    let state = &harness.state().state;
    let index = state
        .document
        .case
        .consequence_index("trump_calls_putin")
        .unwrap();
    assert_eq!(state.selected_consequence, Some(index));
    assert_eq!(
        state.scroll_request.map(|r| r.sentence),
        Some(SentenceNo(16))
    );
    assert!(is_selected(&harness, "Sentence 16: Presiden AS"));
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_ron_file_opens_it() {
    let mut harness = harness();
    harness.run();
    let path = repo("scenarios/ukraine-ceasefire-while-moscow-rejects.scenario.ron");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path)));
    harness.run();
    assert!(is_selected(&harness, CEASEFIRE_YES));
    assert!(shows(
        &harness,
        "Tension: A peace deal while Moscow keeps rejecting one"
    ));
}

#[test]
fn the_window_goes_idle_after_a_change() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    // The change marks fade within 1.2 s; then nothing asks for another frame.
    let steps = harness.run();
    assert!(steps <= 8, "settled after {steps} steps");
    assert_eq!(harness.run(), 1, "an idle window draws one frame and stops");
}

fn step_text(harness: &Harness<'static, SkenarioApp>, step: usize) -> (String, String) {
    let case = &harness.state().state.document.case;
    let lesson = &case.case().walkthroughs[0];
    let s = &lesson.steps[step];
    (
        s.question
            .as_ref()
            .expect("every step asks")
            .get(Lang::En)
            .into_owned(),
        s.answer
            .as_ref()
            .expect("every step answers")
            .get(Lang::En)
            .into_owned(),
    )
}

#[test]
fn presenter_mode_runs_the_walkthrough_with_clicker_keys_and_esc_restores_the_explorer() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, "US joins the guarantees: No")
        .click();
    harness.run();
    let before = harness.state().state.document.scenario.clone();
    let sanctions = harness
        .state()
        .state
        .document
        .case
        .consequence_index("new_sanctions");
    send(&mut harness, ExploreCommand::SelectConsequence(sanctions));

    harness.key_press(egui::Key::F5);
    harness.run();
    let steps = harness.state().state.document.case.case().walkthroughs[0]
        .steps
        .len();
    assert!(steps >= 7);
    let clicker = [egui::Key::PageDown, egui::Key::ArrowRight, egui::Key::Space];
    for step in 0..steps {
        let (question, answer) = step_text(&harness, step);
        let position = harness.state().presentation().unwrap();
        assert_eq!((position.step, position.revealed), (step, false));
        assert!(shows(&harness, &format!("Step {} of {steps}", step + 1)));
        assert!(shows(&harness, &question), "step {step} asks first");
        assert!(
            !shows(&harness, &answer),
            "step {step} hides the answer until the key press"
        );
        harness.key_press(clicker[step % 3]);
        harness.run();
        assert!(harness.state().presentation().unwrap().revealed);
        assert!(shows(&harness, &answer), "step {step} reveals the answer");
        if step + 1 < steps {
            harness.key_press(clicker[(step + 1) % 3]);
            harness.run();
        }
    }
    // At the end, "next" stays put; "previous" goes back one step.
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().step, steps - 1);
    harness.key_press(egui::Key::PageUp);
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().step, steps - 2);
    // The explorer follows the walkthrough: at the tension step both troops and sanctions follow.
    assert!(!harness.state().state.evaluation.tensions.is_empty());

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().presentation().is_none());
    assert_eq!(
        harness.state().state.document.scenario,
        before,
        "conditions as they were"
    );
    assert_eq!(
        harness.state().state.selected_consequence,
        sanctions,
        "selection as it was"
    );
    assert!(is_selected(&harness, "US joins the guarantees: No"));
    assert!(shows(&harness, "Conditions"));
}

#[test]
fn the_graph_shows_every_node_and_a_click_selects_a_consequence() {
    let mut harness = harness();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.run();
    assert!(is_selected(&harness, "View: Graph"));
    // Nodes live in a pan-and-zoom scene; activate them the way a screen reader does.
    let node = "Graph node: 26 countries send troops to Ukraine (pledged · depends)";
    harness
        .get_by_role_and_label(Role::Button, node)
        .click_accesskit();
    harness.run();
    let pledge = harness
        .state()
        .state
        .document
        .case
        .consequence_index("troop_pledge");
    assert_eq!(harness.state().state.selected_consequence, pledge);
    harness
        .get_by_role_and_label(
            Role::Button,
            "Graph node: Ceasefire or peace agreement reached (Conditions · unknown)",
        )
        .click_accesskit();
    harness.run();
    assert!(
        is_selected(&harness, CEASEFIRE_YES),
        "clicking a condition steps it"
    );
    harness.get_by_role_and_label(
        Role::Button,
        "Graph node: 26 countries send troops to Ukraine (pledged · follows)",
    );
}

#[test]
fn the_truth_table_lists_all_combinations_and_a_click_tries_one() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::Tab, "View: Truth table")
        .click();
    harness.run();
    let rows = harness.query_all_by_role(Role::Row).count();
    assert_eq!(rows, 8, "every yes/no combination of three conditions");
    // Each row says what follows in it, as its ✓ marks show, and its tension (the ⚠).
    let row = |prefix: &str| {
        harness
            .query_all_by_role(Role::Row)
            .find(|row| {
                row.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with(prefix))
            })
            .expect("the row is there")
    };
    let five = "Row 5: Ceasefire or peace agreement reached no, US joins the guarantees yes, Moscow keeps rejecting a peace deal yes.";
    assert_eq!(
        row(five).accesskit_node().label().unwrap_or_default(),
        format!(
            "{five} follows: US support for the European-led security guarantees is finalised; \
             The US is ready to take part in the security effort; {SANCTIONS}; \
             Trump contacts Putin soon; European leaders talk with Trump after the Paris summit; \
             Zelensky thanks the allies and calls the troop pledge a first \"concrete step\"; \
             Russia can arrange communication with Trump very quickly if needed; \
             Russia rejects Western security guarantees for Ukraine. \
             Does not follow: 26 countries send troops to Ukraine; {FORCE}; \
             Most of the European coalition offers Ukraine security guarantees through the \
             reassurance force"
        )
    );
    let one = row("Row 1: ").accesskit_node().label().unwrap_or_default();
    assert!(
        one.contains("all 11 follow: 26 countries send troops to Ukraine; "),
        "{one}"
    );
    assert!(
        one.ends_with(". tension: A peace deal while Moscow keeps rejecting one"),
        "{one}"
    );
    let eight = row("Row 8: ").accesskit_node().label().unwrap_or_default();
    assert!(!eight.contains("tension"), "{eight}");
    row(five).click();
    harness.run();
    assert!(is_selected(
        &harness,
        "Ceasefire or peace agreement reached: No"
    ));
    assert!(is_selected(&harness, "US joins the guarantees: Yes"));
    assert!(is_selected(
        &harness,
        "Moscow keeps rejecting a peace deal: Yes"
    ));
}

#[test]
fn a_case_with_too_many_conditions_gets_a_message_instead_of_a_frozen_table() {
    let folder = tempfile::tempdir().unwrap();
    let ids: Vec<String> = (0..17).map(|i| format!("c{i}")).collect();
    let conditions: Vec<&str> = ids.iter().map(String::as_str).collect();
    let text = common::tiny_case_text(&conditions, &[("x", "condition(\"c0\")")]);
    let path = folder.path().join("wide.case.ron");
    std::fs::write(&path, text).unwrap();
    let mut harness = harness();
    harness.run();
    send(&mut harness, FileCommand::Open(path));
    send(
        &mut harness,
        LookCommand::SetTab(skenario::app::CentreTab::Table),
    );
    assert!(shows(
        &harness,
        "Too many conditions to list every combination."
    ));
    assert!(shows(&harness, "17 conditions are open"));
}

#[test]
fn both_shipped_cases_and_their_scenarios_are_offered_in_the_chooser_and_the_file_menu() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open…").click();
    harness.run();
    assert!(shows(
        &harness,
        "26 countries pledge a \"reassurance force\" for post-war Ukraine"
    ));
    assert!(shows(
        &harness,
        "Marrenia's president claims a narrow win as his rival disputes late ballots"
    ));
    harness
        .get_by_role_and_label(Role::Button, "A runoff without Dr. Senn")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "A runoff without Dr. Senn")
        .click();
    harness.run();
    assert!(!harness.state().is_choosing_file());
    let state = &harness.state().state;
    assert_eq!(state.document.case.case().id, "marrenia-election");
    assert_eq!(state.document.path, None, "an untitled copy");
    assert!(
        !state.document.is_dirty(),
        "nothing to save until it is changed"
    );
    assert!(is_selected(&harness, "A runoff is held: Yes"));
    assert!(shows(
        &harness,
        "No (ruled out) — “A runoff is held” is yes"
    ));

    // The File menu reaches the other case, on its own, every condition unknown.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Shipped cases").hover();
    harness.run();
    harness
        .get_by_label("26 countries pledge a \"reassurance force\" for post-war Ukraine")
        .hover();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "The case (every condition unknown)")
        .click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.document.case.case().id, "ukraine-reassurance-force");
    assert!(state.document.scenario.conditions.is_empty());
}

#[test]
fn a_locked_condition_cannot_be_switched_and_says_why() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("election.case.ron");
    std::fs::write(&path, common::ELECTION).unwrap();
    let mut harness = harness();
    harness.run();
    send(&mut harness, FileCommand::Open(path));
    // Nothing is locked while everything is unknown.
    assert!(!shows(&harness, "Does not apply"));
    assert!(
        !harness
            .get_by_label("A runoff is held: Yes")
            .accesskit_node()
            .is_disabled()
    );

    harness
        .get_by_label("An outright winner is declared: Yes")
        .click();
    harness.run();
    let runoff_yes = harness.get_by_label("A runoff is held: Yes");
    assert!(runoff_yes.accesskit_node().is_disabled());
    assert!(shows(
        &harness,
        "No (ruled out) — “An outright winner is declared” is yes, and at most one of them can be yes"
    ));
    // Its number key does nothing while it is locked.
    harness.key_press(egui::Key::Num2);
    harness.run();
    assert!(is_selected(&harness, "A runoff is held: Unknown"));

    // An outright winner back to unknown, and no runoff: the challenger's switch locks.
    harness
        .get_by_label("An outright winner is declared: Unknown")
        .click();
    harness.run();
    harness.get_by_label("A runoff is held: No").click();
    harness.run();
    assert!(
        harness
            .get_by_label("The challenger runs in the runoff: Yes")
            .accesskit_node()
            .is_disabled()
    );
    assert!(shows(
        &harness,
        "Does not apply — only when A runoff is held = yes"
    ));
}

/// Lets `seconds` of time pass, a frame every quarter second.
fn wait(harness: &mut Harness<'static, SkenarioApp>, seconds: f32) {
    for _ in 0..(seconds * 4.0).ceil() as usize {
        harness.step();
    }
}

/// The autosave files in `data` (one per window with unsaved work).
fn autosaves(data: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(data)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("autosave-") && name.ends_with(".ron"))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn unsaved_work_is_autosaved_and_offered_again_after_a_crash() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut harness = harness_with_data(Some(data.path().to_owned()));
        harness.run();
        harness
            .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
            .click();
        harness.run();
        wait(&mut harness, 1.0);
        assert!(
            autosaves(data.path()).is_empty(),
            "not while the user is still clicking"
        );
        wait(&mut harness, 3.0);
        let files = autosaves(data.path());
        assert_eq!(files.len(), 1, "autosaved a few seconds after the change");
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(text.contains("\"ceasefire\": yes"), "{text}");
        // The window is dropped here without closing properly: a crash.
    }
    let mut harness = harness_with_data(Some(data.path().to_owned()));
    harness.run();
    assert!(harness.state().is_offering_recovery());
    assert!(shows(&harness, "Recover unsaved work?"));
    harness
        .get_by_role_and_label(Role::Button, "Recover")
        .click();
    harness.run();
    assert!(!harness.state().is_offering_recovery());
    assert!(is_selected(&harness, CEASEFIRE_YES), "the work is back");
    assert!(
        harness.state().window_title().starts_with('*'),
        "and still unsaved"
    );

    // Saving it puts it on disk and the autosave goes away.
    let target = data.path().join("recovered.scenario.ron");
    send(&mut harness, FileCommand::SaveTo(target.clone()));
    harness.step();
    assert!(target.exists());
    assert!(autosaves(data.path()).is_empty());
    drop(harness);
    let leftovers: Vec<_> = std::fs::read_dir(data.path()).unwrap().collect();
    assert_eq!(
        leftovers.len(),
        1,
        "only the saved file is left: {leftovers:?}"
    );
}

#[test]
fn discarding_recovered_work_removes_it() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut harness = harness_with_data(Some(data.path().to_owned()));
        harness.run();
        harness.key_press(egui::Key::Num3);
        harness.run();
        wait(&mut harness, 4.0);
    }
    assert_eq!(autosaves(data.path()).len(), 1);
    let mut harness = harness_with_data(Some(data.path().to_owned()));
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Discard")
        .click();
    harness.run();
    assert!(autosaves(data.path()).is_empty());
    assert!(is_selected(
        &harness,
        "Moscow keeps rejecting a peace deal: Unknown"
    ));
    drop(harness);
    let harness = harness_with_data(Some(data.path().to_owned()));
    assert!(
        !harness.state().is_offering_recovery(),
        "nothing offered twice"
    );
}

#[test]
fn an_unreadable_autosave_is_kept_aside_and_the_others_still_offered() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut crashed = harness_with_data(Some(data.path().to_owned()));
        crashed.run();
        crashed.key_press(egui::Key::Num1);
        crashed.run();
        wait(&mut crashed, 4.0);
    }
    let garbage = data.path().join("autosave-00000000000000000001-1.ron");
    std::fs::write(&garbage, b"\x00\xff not a recovery record").unwrap();

    let mut harness = harness_with_data(Some(data.path().to_owned()));
    harness.run();
    assert!(
        harness.state().is_offering_recovery(),
        "the readable work is offered"
    );
    assert!(shows(&harness, "could not be read; the file is kept here"));
    let aside = data
        .path()
        .join("autosave-00000000000000000001-1.unreadable.ron");
    assert!(shows(&harness, &aside.display().to_string()));
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        b"\x00\xff not a recovery record",
        "kept as it was"
    );
    assert!(!garbage.exists());
}

#[test]
fn windows_open_side_by_side_keep_their_own_unsaved_work() {
    let data = tempfile::tempdir().unwrap();
    let open = || {
        let mut harness = harness_with_data(Some(data.path().to_owned()));
        harness.run();
        harness
    };
    let mut first = open();
    first
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    first.run();
    wait(&mut first, 4.0);
    assert_eq!(autosaves(data.path()).len(), 1);

    // A second window while the first still runs: the first one's work is not offered to it.
    let mut second = open();
    assert!(!second.state().is_offering_recovery());
    second.key_press(egui::Key::Num3);
    second.run();
    wait(&mut second, 4.0);
    assert_eq!(
        autosaves(data.path()).len(),
        2,
        "each window autosaves its own"
    );

    // Saving in the second window removes its autosave only.
    let target = data.path().join("second.scenario.ron");
    send(&mut second, FileCommand::SaveTo(target.clone()));
    second.step();
    let left = autosaves(data.path());
    assert_eq!(left.len(), 1);
    assert!(
        std::fs::read_to_string(&left[0])
            .unwrap()
            .contains("\"ceasefire\": yes"),
        "the first window's work is still kept"
    );
    drop(second);

    // The first window crashes: the next window offers its work.
    drop(first);
    let mut third = open();
    assert!(third.state().is_offering_recovery());
    third.get_by_role_and_label(Role::Button, "Recover").click();
    third.run();
    assert!(is_selected(&third, CEASEFIRE_YES));
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("lesson.scenario.ron");
    std::fs::copy(repo("scenarios/ukraine-article-world.scenario.ron"), &path).unwrap();
    let mut harness = harness();
    harness.run();
    send(&mut harness, FileCommand::Open(path.clone()));
    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    harness.run();

    // Someone else edits the file meanwhile.
    let edited = std::fs::read_to_string(&path).unwrap() + "// a colleague's note\n";
    std::fs::write(&path, &edited).unwrap();
    send(&mut harness, FileCommand::Save);
    assert!(shows(&harness, "The file changed on disk"));
    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        edited,
        "nothing overwritten"
    );
    assert!(harness.state().window_title().starts_with('*'));

    send(&mut harness, FileCommand::Save);
    harness
        .get_by_role_and_label(Role::Button, "Overwrite")
        .click();
    harness.run();
    let saved = skenario::core::file::load_scenario(&path).unwrap();
    assert_eq!(saved.scenario.state("ceasefire"), ConditionState::Yes);
    assert!(!harness.state().window_title().starts_with('*'));
}

#[test]
fn a_failed_save_says_why_and_keeps_the_work_unsaved() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    harness.run();
    send(
        &mut harness,
        FileCommand::SaveTo(PathBuf::from("/no/such/folder/lesson.scenario.ron")),
    );
    assert!(shows(
        &harness,
        "Could not save the scenario; it is still open and unsaved"
    ));
    assert!(shows(&harness, "no such file or folder"));
    assert!(harness.state().window_title().starts_with('*'));
    assert!(is_selected(&harness, CEASEFIRE_YES));
}

#[test]
fn compare_shows_what_appears_and_disappears_with_quotes() {
    let mut harness = harness();
    harness.run();
    send(&mut harness, ExploreCommand::ApplyPreset(1)); // Ceasefire with US backing
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
    harness.run();
    assert!(shows(
        &harness,
        "Pick a scenario to see what appears and disappears"
    ));
    harness
        .get_by_role_and_label(Role::Button, "Compare with: Moscow keeps rejecting a deal")
        .click();
    harness.run();
    assert!(
        shows(&harness, "Follows only in A (4)"),
        "the pledge, force, guarantees and US backing"
    );
    assert!(shows(&harness, "Follows only in B (1)"), "the sanctions");
    assert!(shows(
        &harness,
        "European countries impose new sanctions on Russia"
    ));
    assert!(shows(&harness, "¶14  Macron juga menyatakan"));
    assert!(shows(&harness, "¶1  Setelah tercapainya kesepakatan damai"));

    // Changing A updates the comparison.
    send(&mut harness, ExploreCommand::ApplyPreset(2));
    assert!(shows(&harness, "The same consequences follow in both."));
}

#[test]
fn comparing_with_a_scenario_of_another_case_is_refused_plainly() {
    let folder = tempfile::tempdir().unwrap();
    let case = folder.path().join("other.case.ron");
    std::fs::copy(repo("tests/broken/valid-example.case.ron"), &case).unwrap();
    let mut harness = harness();
    harness.run();
    send(&mut harness, FileCommand::CompareWithFile(case));
    assert!(shows(
        &harness,
        "other.case.ron is a scenario of case `broken-example`; compare scenarios of the same case"
    ));
}

#[test]
fn export_writes_a_handout_from_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("lesson.handout.html");
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, CEASEFIRE_YES)
        .click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert!(shows(&harness, "Export a handout"));
    harness
        .get_by_label("Add the walkthrough's questions (without the answers)")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .set_text_value_accesskit(&target.display().to_string());
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    harness.run();
    let html = std::fs::read_to_string(&target).expect("the handout was written");
    assert!(html.contains("26 countries send troops to Ukraine"));
    assert!(
        html.contains("Question"),
        "with the walkthrough's questions"
    );
    assert!(shows(&harness, "Handout written"));
    assert!(!shows(&harness, "Export a handout"), "the dialog closed");
    assert!(
        html.contains("<body>"),
        "the whole handout, unless one page is asked for"
    );

    // The same, on one page.
    let sheet = folder.path().join("sheet.handout.html");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    harness
        .get_by_label("One page to hand out: what follows, each with its key quote")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .set_text_value_accesskit(&sheet.display().to_string());
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    harness.run();
    let html = std::fs::read_to_string(&sheet).expect("the sheet was written");
    assert!(html.contains("<body class=\"one-page\">"));
    assert!(html.contains("26 countries send troops to Ukraine"));
}

#[test]
fn long_lists_draw_only_what_is_on_screen_and_still_scroll_to_evidence() {
    let folder = tempfile::tempdir().unwrap();
    let ids: Vec<String> = (0..300).map(|i| format!("k{i}")).collect();
    let consequences: Vec<(&str, &str)> = ids
        .iter()
        .map(|id| (id.as_str(), "condition(\"a\")"))
        .collect();
    let path = folder.path().join("long.case.ron");
    std::fs::write(&path, common::tiny_case_text(&["a"], &consequences)).unwrap();
    let mut harness = harness();
    harness.run();
    send(&mut harness, FileCommand::Open(path));
    let cards = harness
        .query_all_by(|node| node.label().is_some_and(|l| l.ends_with(" — depends")))
        .count();
    assert!(cards > 5 && cards < 100, "{cards} of 300 cards drawn");
    assert!(
        !shows(&harness, "Sentence 301:"),
        "the last sentence is off screen"
    );

    let last = harness
        .state()
        .state
        .document
        .case
        .consequence_index("k299");
    send(
        &mut harness,
        ExploreCommand::ShowEvidence {
            consequence: last.unwrap(),
            sentence: SentenceNo(301),
        },
    );
    harness.run();
    assert!(
        is_selected(&harness, "Sentence 301:"),
        "scrolled to and highlighted"
    );
}

#[test]
fn every_broken_file_shows_its_exact_messages_in_the_window_and_changes_nothing() {
    let dir = repo("tests/broken");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron") && !n.starts_with("valid-"))
        .collect();
    names.sort();
    assert!(names.len() >= 30);
    let mut harness = harness();
    harness.run();
    let before = harness.state().state.document.scenario.clone();
    for name in names {
        let expected =
            std::fs::read_to_string(dir.join(name.replace(".ron", ".expected"))).unwrap();
        send(&mut harness, FileCommand::Open(dir.join(&name)));
        assert!(
            shows(&harness, &format!("Could not open {name}")),
            "{name}: error title"
        );
        let Err(failure) = skenario::core::file::open(&dir.join(&name)) else {
            panic!("{name} opens");
        };
        assert_eq!(
            failure.diagnostics.len(),
            expected.lines().count(),
            "{name}: one message a problem"
        );
        for (diagnostic, line) in failure.diagnostics.iter().zip(expected.lines()) {
            match &diagnostic.problem.found {
                // What check found: its place as the command line prints it, its words the
                // window's.
                Some(found) => {
                    let place = match diagnostic.problem.position {
                        Some(at) => {
                            assert!(line.contains(&format!("{name}:{at}: ")), "{name}: {line}");
                            format!("{}:{at}", diagnostic.path.display())
                        }
                        None => diagnostic.path.display().to_string(),
                    };
                    assert!(shows(&harness, &place), "{name}: shows {place}");
                    let said = (skenario::text::Words::get(Lang::En).editor.finding)(found);
                    assert!(shows(&harness, &said), "{name}: shows {said}");
                }
                // A problem with the file's syntax: the very line the command line prints,
                // with the full path in front (and full paths of the article files it names).
                None => {
                    let message = line
                        .strip_prefix("tests/broken/")
                        .unwrap()
                        .replace("tests/broken/", &format!("{}/", dir.display()));
                    assert!(shows(&harness, &message), "{name}: shows {message}");
                }
            }
        }
        assert_eq!(
            harness.state().state.document.scenario,
            before,
            "{name} changed nothing"
        );
        harness
            .get_by_role_and_label(Role::Button, &format!("Dismiss: Could not open {name}"))
            .click();
        harness.run();
    }
}
