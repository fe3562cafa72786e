//! The window, driven like a user drives it: by role and accessible label, through the real
//! `eframe::App` (no GPU needed).
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use skenario::app::{Command, Options, SkenarioApp};
use skenario::core::{ConditionState, Lang, Status};

const CEASEFIRE_YES: &str = "Ceasefire or peace agreement reached: Yes";
const CEASEFIRE_UNKNOWN: &str = "Ceasefire or peace agreement reached: Unknown";
const FORCE: &str = "The troops act as a \"reassurance force\" on land, at sea and in the air";
const SANCTIONS: &str =
    "European countries impose new sanctions on Russia, working together with the United States";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn harness() -> Harness<'static, SkenarioApp> {
    Harness::builder()
        .with_size([1400.0, 2200.0])
        .with_max_steps(12)
        .build_eframe(|cc| {
            let mut app = SkenarioApp::new(
                cc,
                Options {
                    native_dialogs: false,
                },
            );
            app.handle(&cc.egui_ctx, Command::SetLanguage(Lang::En));
            app
        })
}

fn send(harness: &mut Harness<'static, SkenarioApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().handle(&ctx, command);
    harness.run();
}

fn card(title: &str, status: &str) -> String {
    format!("{title} — {status}")
}

/// Whether some text on screen (a label's value or a widget's name) contains `text`.
fn shows(harness: &Harness<'static, SkenarioApp>, text: &str) -> bool {
    harness
        .query_all_by(|node| {
            node.value().is_some_and(|v| v.contains(text))
                || node.label().is_some_and(|l| l.contains(text))
        })
        .next()
        .is_some()
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
    assert_eq!(harness.state().state.highlighted_sentences(), [4, 5].into());

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
        harness.state().state.evaluation.outcomes[index].status,
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
        Command::Open(repo("scenarios/ukraine-ceasefire-with-us.scenario.ron")),
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
    harness.get_by_label("Open… Ctrl+O").click();
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
        Command::Open(repo("tests/broken/dangling-condition.case.ron")),
    );
    assert!(
        !harness.state().is_prompting(),
        "a broken file never replaces anything, so no prompt"
    );
    assert!(shows(
        &harness,
        "dangling-condition.case.ron:22:32: unknown condition `rian`; did you mean `rain`?"
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

    send(&mut harness, Command::SaveTo(target.clone()));
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
    send(&mut harness, Command::Quit);
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

    send(&mut harness, Command::New);
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
    assert_eq!(state.scroll_request.map(|r| r.sentence), Some(16));
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
