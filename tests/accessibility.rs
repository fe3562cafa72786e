//! What a screen reader and a keyboard get from the window, read from its AccessKit tree (the
//! tree Orca reads through AT-SPI): a named window, headings, groups of choices, shortcuts
//! apart from names, named dividers, sentences with their translations, Tab in reading order,
//! and an announcement after each change.
#![cfg(feature = "gui")]

mod common;

use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use skenario::app::{ExploreCommand, LookCommand, PresentCommand, SkenarioApp};
use skenario::core::{ConditionIx, ConditionState, Lang};

const CEASEFIRE: &str = "Ceasefire or peace agreement reached";

fn window(lang: Lang) -> Harness<'static, SkenarioApp> {
    window_of([1440.0, 1600.0], lang)
}

/// A window of `size` points in `lang`, drawn once.
fn window_of(size: [f32; 2], lang: Lang) -> Harness<'static, SkenarioApp> {
    let mut harness = common::window::window(size, lang, None);
    harness.run();
    harness
}

fn has_focus(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// Where the focus lands: the widget's name, role and place.
struct Landing {
    name: String,
    role: Role,
    rect: egui::Rect,
}

/// Presses `key` (with `modifiers`) `presses` times, and says where the focus lands after each
/// press (presses that leave nothing focused say nothing).
fn press_through(
    harness: &mut Harness<'static, SkenarioApp>,
    modifiers: egui::Modifiers,
    key: egui::Key,
    presses: usize,
) -> Vec<Landing> {
    let mut landings = Vec::new();
    for _ in 0..presses {
        harness.key_press_modifiers(modifiers, key);
        harness.run();
        if let Some(focused) = harness.query_by(has_focus) {
            landings.push(Landing {
                name: label(&focused),
                role: focused.accesskit_node().role(),
                rect: focused.rect(),
            });
        }
    }
    landings
}

/// Tab, `presses` times.
fn tab_through(harness: &mut Harness<'static, SkenarioApp>, presses: usize) -> Vec<Landing> {
    press_through(harness, egui::Modifiers::NONE, egui::Key::Tab, presses)
}

fn label(node: &egui_kittest::Node<'_>) -> String {
    node.accesskit_node().label().unwrap_or_default()
}

/// The labels of every node with `role`, in tree order.
fn labels_of(harness: &Harness<'static, SkenarioApp>, role: Role) -> Vec<String> {
    harness
        .query_all_by_role(role)
        .map(|node| label(&node))
        .collect()
}

#[test]
fn the_window_is_named_as_its_title_bar() {
    let harness = window(Lang::En);
    let name = label(&harness.root());
    assert_eq!(name, harness.state().window_title());
    assert!(name.ends_with("— Skenario"), "{name}");
}

#[test]
fn panels_and_groups_of_consequences_are_headings() {
    let harness = window(Lang::En);
    let headings = labels_of(&harness, Role::Heading);
    for heading in [
        "Conditions",
        "Article",
        "Depends on something unknown (5)",
        "Follows (6)",
    ] {
        assert!(
            headings.iter().any(|h| h == heading),
            "{heading} in {headings:?}"
        );
    }
    let levels: Vec<Option<usize>> = harness
        .query_all_by_role(Role::Heading)
        .filter(|h| ["Conditions", "Follows (6)"].contains(&label(h).as_str()))
        .map(|h| h.accesskit_node().level())
        .collect();
    assert_eq!(levels, vec![Some(2), Some(3)]);
}

#[test]
fn each_conditions_switches_are_one_group_of_three() {
    let harness = window(Lang::En);
    let group = harness.get_by_role_and_label(Role::RadioGroup, CEASEFIRE);
    let choices: Vec<(String, Option<usize>, Option<usize>)> = group
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::RadioButton)
        .map(|n| {
            let node = n.accesskit_node();
            (label(&n), node.position_in_set(), node.size_of_set())
        })
        .collect();
    assert_eq!(
        choices,
        vec![
            (format!("{CEASEFIRE}: Yes"), Some(1), Some(3)),
            (format!("{CEASEFIRE}: No"), Some(2), Some(3)),
            (format!("{CEASEFIRE}: Unknown"), Some(3), Some(3)),
        ]
    );
    // The window's language and the article's languages are groups too.
    harness.get_by_role_and_label(Role::RadioGroup, "Language");
    harness.get_by_role_and_label(Role::RadioGroup, "Article language");
}

#[test]
fn menu_items_are_named_without_their_keys_and_carry_them_as_shortcuts() {
    let mut harness = window(Lang::En);
    harness.get_by_label("File").click();
    harness.run();
    let save = harness.get_by_label("Save");
    assert_eq!(
        save.accesskit_node().data().keyboard_shortcut(),
        Some("Ctrl+S")
    );
    // An item without a shortcut has none.
    let recent = harness.get_by_label("Open recent");
    assert_eq!(recent.accesskit_node().data().keyboard_shortcut(), None);
    assert!(
        harness
            .query_all_by(|n| n.label().is_some_and(|l| l.contains("Ctrl+")))
            .next()
            .is_none(),
        "no name holds its keys"
    );
}

#[test]
fn each_divider_is_named_for_the_panel_it_resizes() {
    let harness = window(Lang::En);
    let mut dividers = labels_of(&harness, Role::Splitter);
    dividers.sort();
    assert_eq!(
        dividers,
        vec!["Resize the article panel", "Resize the conditions panel"]
    );
    let harness = window(Lang::Id);
    let mut dividers = labels_of(&harness, Role::Splitter);
    dividers.sort();
    assert_eq!(
        dividers,
        vec!["Ubah lebar panel artikel", "Ubah lebar panel kondisi"]
    );
}

#[test]
fn a_sentence_says_what_the_article_shows_of_it_in_each_mode() {
    let mut harness = window(Lang::En);
    let first = |harness: &Harness<'static, SkenarioApp>| {
        harness
            .query_all_by_role(Role::Button)
            .map(|n| label(&n))
            .find(|l| l.starts_with("Sentence 2:"))
            .expect("sentence 2 is on screen")
    };
    let both = first(&harness);
    let original = "Langkah ini diambil untuk mencegah potensi agresi Rusia di masa depan.";
    assert!(
        both.starts_with(&format!("Sentence 2: {original}")),
        "{both}"
    );
    let (_, translation) = both
        .split_once(" — translation: ")
        .expect("the translation follows the original");
    assert_eq!(
        translation,
        "This step is taken to prevent possible Russian aggression in the future."
    );

    let ctx = harness.ctx.clone();
    harness.state_mut().handle(
        &ctx,
        LookCommand::SetArticleMode(skenario::app::ArticleMode::Translation),
    );
    harness.run();
    assert_eq!(first(&harness), format!("Sentence 2: {translation}"));
    harness.state_mut().handle(
        &ctx,
        LookCommand::SetArticleMode(skenario::app::ArticleMode::Original),
    );
    harness.run();
    let shown = first(&harness);
    assert!(
        shown.starts_with(&format!("Sentence 2: {original}")),
        "{shown}"
    );
    assert!(!shown.contains("translation"), "{shown}");
}

#[test]
fn tab_meets_the_switches_at_the_right_of_the_bar_in_reading_order() {
    let mut harness = window(Lang::En);
    let switches = [
        "Smaller text",
        "Larger text",
        "Theme: Dark",
        "Language: English",
        "Language: Bahasa Indonesia",
    ];
    let modes = [
        "Article language: Both",
        "Article language: Original",
        "Article language: Translation",
    ];
    let mut met = Vec::new();
    for landing in tab_through(&mut harness, 60) {
        let name = landing.name;
        if (switches.contains(&name.as_str()) || modes.contains(&name.as_str()))
            && !met.contains(&name)
        {
            met.push(name);
        }
    }
    let expected: Vec<String> = switches
        .iter()
        .chain(&modes)
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(met, expected, "left to right, as they read");
}

#[test]
fn a_change_of_conditions_is_announced_politely_in_the_windows_language() {
    let mut harness = window(Lang::En);
    assert!(
        harness.query_by_role(Role::Status).is_none(),
        "nothing to announce before a change"
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().handle(
        &ctx,
        ExploreCommand::SetCondition {
            condition: ConditionIx(0),
            state: ConditionState::Yes,
        },
    );
    harness.run();
    let status = harness.get_by_role(Role::Status);
    assert_eq!(status.accesskit_node().live(), Live::Polite);
    let said = label(&status);
    assert!(
        said.starts_with("3 now follow: 26 countries send troops to Ukraine; "),
        "{said}"
    );
    assert!(!said.contains("no longer"), "{said}");

    // Back to unknown: the same three no longer follow, said in Indonesian.
    harness
        .state_mut()
        .handle(&ctx, LookCommand::SetLanguage(Lang::Id));
    harness.state_mut().handle(
        &ctx,
        ExploreCommand::SetCondition {
            condition: ConditionIx(0),
            state: ConditionState::Unknown,
        },
    );
    harness.run();
    let said = label(&harness.get_by_role(Role::Status));
    assert!(said.starts_with("3 tidak lagi terjadi: "), "{said}");
}

#[test]
fn tab_reaches_every_sentence_and_card_and_shows_each_one_it_reaches() {
    let mut harness = window_of([1280.0, 800.0], Lang::En);
    let case = harness.state().state.document.case.case().clone();
    let sentences = case.sentences.len();
    let cards: Vec<String> = case
        .consequences
        .iter()
        .map(|c| format!("{} — ", c.title.get(Lang::En)))
        .collect();
    let screen = harness.ctx.content_rect();
    let mut reached = std::collections::BTreeSet::new();
    let mut off_screen = Vec::new();
    for Landing { name, rect, .. } in tab_through(&mut harness, 200) {
        let is_row = name.starts_with("Sentence ") && !name.contains(", evidence for")
            || cards.iter().any(|card| name.starts_with(card.as_str()));
        if is_row {
            if !screen.contains_rect(rect) {
                off_screen.push(format!("{name} {rect:?}"));
            }
            reached.insert(name);
        }
    }
    let sentences_reached = reached
        .iter()
        .filter(|n| n.starts_with("Sentence "))
        .count();
    assert_eq!(sentences_reached, sentences, "{reached:#?}");
    assert_eq!(
        reached.len() - sentences_reached,
        cards.len(),
        "{reached:#?}"
    );
    assert!(
        off_screen.is_empty(),
        "focused out of sight: {off_screen:?}"
    );

    // From the last sentence back up with Shift+Tab: every sentence again, each in sight when
    // it has the focus.
    let last = format!("Sentence {sentences}:");
    for _ in 0..200 {
        if harness
            .query_by(has_focus)
            .is_some_and(|f| label(&f).starts_with(&last))
        {
            break;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    let mut back = std::collections::BTreeSet::new();
    let shift = egui::Modifiers::SHIFT;
    for Landing { name, rect, .. } in press_through(&mut harness, shift, egui::Key::Tab, sentences)
    {
        if name.starts_with("Sentence ") && !name.contains(", evidence for") {
            if !screen.contains_rect(rect) {
                off_screen.push(format!("{name} {rect:?}"));
            }
            back.insert(name);
        }
    }
    // Sentences 20 back to 1.
    assert_eq!(back.len(), sentences - 1, "{back:#?}");
    assert!(
        back.iter().any(|n| n.starts_with("Sentence 1:")),
        "{back:#?}"
    );
    assert!(
        off_screen.is_empty(),
        "focused out of sight: {off_screen:?}"
    );
}

#[test]
fn tab_walks_every_row_of_a_long_truth_table_and_shows_each_one() {
    // Six conditions: 64 rows, far more than fit.
    let ids: Vec<String> = (0..6).map(|i| format!("c{i}")).collect();
    let conditions: Vec<&str> = ids.iter().map(String::as_str).collect();
    let text = common::tiny_case_text(&conditions, &[("x", "condition(\"c0\")")]);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("six.case.ron");
    std::fs::write(&path, text).expect("the case is written");
    let mut harness = window(Lang::En);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, skenario::app::FileCommand::Open(path));
    harness
        .state_mut()
        .handle(&ctx, LookCommand::SetTab(skenario::app::CentreTab::Table));
    harness.run();
    let screen = harness.ctx.content_rect();
    let mut rows = std::collections::BTreeSet::new();
    let mut hidden = Vec::new();
    for landing in tab_through(&mut harness, 140) {
        if landing.role == Role::Row {
            if !screen.contains_rect(landing.rect) {
                hidden.push(landing.name.clone());
            }
            rows.insert(
                landing
                    .name
                    .split(':')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            );
        }
    }
    assert_eq!(rows.len(), 64, "{rows:?}");
    assert!(hidden.is_empty(), "focused out of sight: {hidden:?}");
}

/// The controls of the top bar, by name, in each window language.
const TOP_BAR: [(Lang, [&str; 9]); 2] = [
    (
        Lang::En,
        [
            "File",
            "View",
            "Help",
            "Present walkthrough",
            "Smaller text",
            "Larger text",
            "Theme: Dark",
            "Language: English",
            "Language: Bahasa Indonesia",
        ],
    ),
    (
        Lang::Id,
        [
            "Berkas",
            "Tampilan",
            "Bantuan",
            "Presentasikan panduan",
            "Teks lebih kecil",
            "Teks lebih besar",
            "Tema: Gelap",
            "Bahasa: English",
            "Bahasa: Bahasa Indonesia",
        ],
    ),
];

#[test]
fn from_80_to_300_percent_every_control_of_the_top_bar_is_whole_on_screen() {
    for (size, (lang, names)) in [[1280.0, 800.0], [1920.0, 1080.0]]
        .into_iter()
        .flat_map(|size| TOP_BAR.into_iter().map(move |bar| (size, bar)))
    {
        let mut harness = window_of(size, lang);
        let ctx = harness.ctx.clone();
        for _ in 0..3 {
            harness.state_mut().handle(&ctx, LookCommand::TextSmaller);
        }
        harness.run();
        let mut problems = Vec::new();
        for _ in 0..11 {
            let screen = harness.ctx.content_rect();
            let scale = harness.ctx.zoom_factor();
            for name in names {
                match harness.query_by_label(name) {
                    Some(node) if screen.contains_rect(node.rect()) => {
                        // Whole, not cut by the bar it sits in.
                        let clip = node.accesskit_node().bounding_box();
                        if clip.is_none() {
                            problems.push(format!("{size:?} at {scale}: {name} has no bounds"));
                        }
                    }
                    Some(node) => problems.push(format!(
                        "{size:?} at {scale}: {name} at {:?} is off {screen:?}",
                        node.rect()
                    )),
                    None => problems.push(format!("{size:?} at {scale}: no {name}")),
                }
            }
            harness.state_mut().handle(&ctx, LookCommand::TextBigger);
            harness.run();
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

/// The window showing the graph.
fn graph_window() -> Harness<'static, SkenarioApp> {
    let mut harness = window(Lang::En);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, LookCommand::SetTab(skenario::app::CentreTab::Graph));
    harness.run();
    harness
}

/// Tab reaches every node of the graph (where each sits on screen is worked out in the graph's
/// own tests: inside its pan-and-zoom scene AccessKit gives the scene's coordinates).
#[test]
fn tab_reaches_every_node_of_the_graph() {
    let mut harness = graph_window();
    let case = harness.state().state.document.case.case().clone();
    let count = case.conditions.len() + case.consequences.len() + case.objections.len();
    let reached: std::collections::BTreeSet<String> = tab_through(&mut harness, 120)
        .into_iter()
        .map(|landing| landing.name)
        .filter(|name| name.starts_with("Graph node: "))
        .collect();
    assert_eq!(reached.len(), count, "{reached:#?}");
}

#[test]
fn tab_meets_the_presenters_buttons_in_reading_order() {
    let mut harness = window_of([1280.0, 800.0], Lang::En);
    let ctx = harness.ctx.clone();
    for command in [
        PresentCommand::Start,
        PresentCommand::Next,
        PresentCommand::Next,
    ] {
        harness.state_mut().handle(&ctx, command);
    }
    harness.run();
    let buttons = ["← Previous", "Reveal →", "Next →", "Leave (Esc)"];
    let mut met = Vec::new();
    for Landing { name, .. } in tab_through(&mut harness, 12) {
        if buttons.contains(&name.as_str()) && !met.contains(&name) {
            met.push(name);
        }
    }
    assert_eq!(met.len(), 3, "{met:?}");
    assert_eq!(met.first().map(String::as_str), Some("← Previous"));
    assert_eq!(met.last().map(String::as_str), Some("Leave (Esc)"));
}

#[test]
fn arrow_keys_move_between_the_graphs_nodes() {
    let mut harness = graph_window();
    // Tab to the first condition's node.
    for _ in 0..80 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if harness
            .query_by(has_focus)
            .is_some_and(|f| label(&f).starts_with("Graph node: Ceasefire"))
        {
            break;
        }
    }
    let focused = |harness: &Harness<'static, SkenarioApp>| {
        harness
            .query_by(has_focus)
            .map(|f| label(&f))
            .unwrap_or_default()
    };
    assert!(focused(&harness).starts_with("Graph node: Ceasefire"));
    // Down the column of conditions, then right into what follows from the last of them.
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(
        focused(&harness).starts_with("Graph node: US joins the guarantees"),
        "{}",
        focused(&harness)
    );
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert!(focused(&harness).starts_with("Graph node: Ceasefire"));
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    let right = focused(&harness);
    let case = harness.state().state.document.case.case().clone();
    assert!(
        case.consequences
            .iter()
            .any(|c| right.starts_with(&format!("Graph node: {}", c.title.get(Lang::En)))),
        "{right}"
    );
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert!(
        focused(&harness).contains("(Conditions · "),
        "back in the conditions' column: {}",
        focused(&harness)
    );
}
