//! Share by link, with a stand-in for the browser page's address: the address follows the
//! conditions, a link opens exactly its scenario, and a link Skenario cannot show opens the
//! article's world with a message. Also the browser's File menu.
#![cfg(feature = "gui")]

use std::cell::RefCell;
use std::rc::Rc;

mod common;

use common::window::{shows, test_options, window_with};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use skenario::app::{Address, Command, DialogCommand, FileCommand, SkenarioApp};
use skenario::core::{ConditionState, Lang};

const CEASEFIRE_YES: &str = "Ceasefire or peace agreement reached: Yes";
const FORCE: &str = "The troops act as a \"reassurance force\" on land, at sea and in the air";
const UKRAINE: &str = "case=ukraine-reassurance-force";

/// The page's address and title, as the window last left them, and how often it wrote them.
#[derive(Default)]
struct Page {
    fragment: String,
    title: String,
    writes: usize,
}

#[derive(Clone, Default)]
struct FakeAddress(Rc<RefCell<Page>>);

impl Address for FakeAddress {
    fn fragment(&self) -> String {
        self.0.borrow().fragment.clone()
    }
    /// As a browser's `location.hash`: `#` and the fragment, or nothing.
    fn show(&mut self, fragment: &str) {
        let mut page = self.0.borrow_mut();
        page.fragment = if fragment.is_empty() {
            String::new()
        } else {
            format!("#{fragment}")
        };
        page.writes += 1;
    }
    fn link(&self) -> String {
        format!("http://127.0.0.1:8080/{}", self.0.borrow().fragment)
    }
    fn name(&mut self, title: &str) {
        title.clone_into(&mut self.0.borrow_mut().title);
    }
}

/// A browser-like window opened at `fragment`, and its page.
fn opened_at(fragment: &str) -> (Harness<'static, SkenarioApp>, FakeAddress) {
    let page = FakeAddress::default();
    fragment.clone_into(&mut page.0.borrow_mut().fragment);
    let address = page.clone();
    let mut options = test_options(None);
    options.browser = true;
    let mut harness = window_with([1400.0, 1400.0], Lang::En, options, move |app| {
        app.share_through(Box::new(address));
    });
    harness.run();
    (harness, page)
}

/// The page's fragment, without its `#`.
fn fragment(page: &FakeAddress) -> String {
    let page = page.0.borrow();
    page.fragment.trim_start_matches('#').to_owned()
}

fn state(harness: &Harness<'static, SkenarioApp>, id: &str) -> ConditionState {
    harness.state().state.document.scenario.state(id)
}

fn follows(harness: &Harness<'static, SkenarioApp>, title: &str) -> bool {
    harness
        .query_by_role_and_label(Role::Button, &format!("{title} — follows"))
        .is_some()
}

/// Opens the File menu.
fn open_file_menu(harness: &mut Harness<'static, SkenarioApp>) {
    harness.get_by_label("File").click();
    harness.run();
}

/// Whether the open menu offers to copy a link to the scenario.
fn offers_copy_link(harness: &Harness<'static, SkenarioApp>) -> bool {
    harness
        .query_by_label("Copy link to this scenario")
        .is_some()
}

/// Carries out `command` in the window and lets the window settle.
fn send(harness: &mut Harness<'static, SkenarioApp>, command: impl Into<Command>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().handle(&ctx, command);
    harness.run();
}

/// Opens a file that arrives as bytes, as the browser's picker or a drop hands it over.
fn open_bytes(
    harness: &mut Harness<'static, SkenarioApp>,
    name: &str,
    bytes: std::sync::Arc<[u8]>,
) {
    let ctx = harness.ctx.clone();
    harness.state_mut().handle(
        &ctx,
        FileCommand::OpenBytes {
            name: name.to_owned(),
            bytes,
        },
    );
    harness.run();
}

#[test]
fn the_address_names_the_shipped_case_and_follows_each_condition() {
    let (mut harness, page) = opened_at("");
    assert_eq!(fragment(&page), UKRAINE);
    harness.get_by_label(CEASEFIRE_YES).click();
    harness.run();
    assert_eq!(fragment(&page), format!("{UKRAINE}&ceasefire=yes"));
    assert!(follows(&harness, FORCE));
    // Drawing more frames does not write the address again.
    let writes = page.0.borrow().writes;
    harness.run();
    assert_eq!(page.0.borrow().writes, writes);
}

#[test]
fn a_link_opens_exactly_its_scenario_with_nothing_unsaved() {
    let (harness, page) = opened_at(&format!("#{UKRAINE}&ceasefire=yes&us_joins=no"));
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Yes);
    assert_eq!(state(&harness, "us_joins"), ConditionState::No);
    assert_eq!(state(&harness, "russia_rejects"), ConditionState::Unknown);
    assert!(follows(&harness, FORCE));
    assert_eq!(
        fragment(&page),
        format!("{UKRAINE}&ceasefire=yes&us_joins=no")
    );
    // The page's title is the window's, without the unsaved mark.
    let title = page.0.borrow().title.clone();
    assert_eq!(title, harness.state().window_title());
    assert!(!title.starts_with('*'), "{title}");
}

#[test]
fn a_link_to_a_case_skenario_lacks_opens_the_shipped_case_as_the_article_leaves_it() {
    let (harness, page) = opened_at("#case=atlantis&ceasefire=yes");
    assert_eq!(
        harness.state().state.document.case.case().id,
        "ukraine-reassurance-force"
    );
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Unknown);
    assert!(shows(&harness, "a case called `atlantis`"));
    assert_eq!(fragment(&page), UKRAINE);
}

#[test]
fn a_link_with_a_condition_the_case_lacks_opens_the_articles_world_and_names_it() {
    let (harness, page) = opened_at(&format!("#{UKRAINE}&ceasefire=yes&nato_joins=yes"));
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Unknown);
    assert!(shows(&harness, "cannot be shown as it was shared"));
    assert!(shows(&harness, "the case has no condition `nato_joins`"));
    assert_eq!(fragment(&page), UKRAINE);
}

#[test]
fn a_link_with_an_unreadable_state_names_what_it_cannot_read() {
    let (harness, _page) = opened_at(&format!("#{UKRAINE}&ceasefire=maybe"));
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Unknown);
    assert!(shows(&harness, "`ceasefire=maybe` cannot be read"));
}

#[test]
fn a_link_typed_into_the_address_opens_after_asking_about_unsaved_changes() {
    let (mut harness, page) = opened_at("");
    harness.get_by_label(CEASEFIRE_YES).click();
    harness.run();
    format!("#{UKRAINE}&us_joins=yes").clone_into(&mut page.0.borrow_mut().fragment);
    harness.run();
    // The changed scenario is not thrown away unasked.
    assert!(harness.state().is_prompting());
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Yes);
    harness.get_by_label("Discard changes").click();
    harness.run();
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Unknown);
    assert_eq!(state(&harness, "us_joins"), ConditionState::Yes);
}

#[test]
fn copy_link_puts_the_scenarios_link_on_the_clipboard() {
    let (mut harness, _page) = opened_at("");
    harness.get_by_label(CEASEFIRE_YES).click();
    harness.run();
    open_file_menu(&mut harness);
    harness.get_by_label("Copy link to this scenario").click();
    harness.run();
    let link = format!("http://127.0.0.1:8080/#{UKRAINE}&ceasefire=yes");
    assert!(shows(&harness, "Link copied"));
    assert!(shows(&harness, &link));
}

#[test]
fn the_browsers_shortcut_sheet_lists_only_keys_that_work_there() {
    let (mut harness, _page) = opened_at("");
    send(&mut harness, DialogCommand::ShowShortcuts);
    for present in ["Open…", "Export handout…"] {
        assert!(
            harness.query_by_label(present).is_some(),
            "{present} is on the sheet"
        );
    }
    for absent in [
        "Quit",
        "In the editor: undo",
        "Edit the case, or back to exploring",
    ] {
        assert!(
            harness.query_by_label(absent).is_none(),
            "{absent} is not on the browser's sheet"
        );
    }
}

#[test]
fn the_browsers_file_menu_leaves_out_what_needs_the_desktop() {
    let (mut harness, _page) = opened_at("");
    open_file_menu(&mut harness);
    for present in [
        "Open…",
        "Save (download)",
        "Copy link to this scenario",
        "Export handout…",
    ] {
        assert!(
            harness.query_by_label(present).is_some(),
            "{present} is in the menu"
        );
    }
    for absent in [
        "Open recent",
        "Save as…",
        "Quit",
        "New case from article…",
        "Edit case",
    ] {
        assert!(
            harness.query_by_label(absent).is_none(),
            "{absent} is not in the browser's menu"
        );
    }
    // Nor do keys reach the editor.
    send(&mut harness, FileCommand::ShowNewCaseDialog);
    assert!(!harness.state().state.editing);
    assert!(harness.query_by_label("New case from an article").is_none());
}

#[test]
fn a_desktop_window_has_no_address_and_no_copy_link() {
    let mut harness = common::window::window([1400.0, 1400.0], Lang::En, None);
    harness.run();
    open_file_menu(&mut harness);
    assert!(!offers_copy_link(&harness));
    assert!(harness.query_by_label("Quit").is_some());
}

#[test]
fn a_file_that_arrives_as_bytes_opens_by_its_name() {
    let (mut harness, _page) = opened_at("");
    let text = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/ukraine-ceasefire-with-us.scenario.ron"),
    )
    .expect("the shipped scenario is readable");
    open_bytes(&mut harness, "ceasefire.scenario.ron", text.into());
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Yes);
    assert!(
        harness
            .state()
            .window_title()
            .contains("ceasefire.scenario.ron")
    );
}

#[test]
fn a_broken_file_that_arrives_as_bytes_says_where_and_changes_nothing() {
    let (mut harness, _page) = opened_at(&format!("#{UKRAINE}&ceasefire=yes"));
    open_bytes(
        &mut harness,
        "broken.scenario.ron",
        b"(format_version: 1, case_id: \"x\",\n  name: oops)"
            .to_vec()
            .into(),
    );
    assert!(shows(&harness, "Could not open broken.scenario.ron"));
    assert!(shows(&harness, "broken.scenario.ron:2:"));
    assert_eq!(state(&harness, "ceasefire"), ConditionState::Yes);
}

#[test]
fn a_case_from_a_file_offers_no_link_to_copy() {
    let (mut harness, _page) = opened_at("");
    let text = common::tiny_case_text(&["a"], &[("x", "condition(\"a\")")]);
    open_bytes(&mut harness, "tiny.case.ron", text.into_bytes().into());
    assert!(matches!(
        harness.state().state.document.case_source,
        skenario::core::file::CaseSource::File(_)
    ));
    open_file_menu(&mut harness);
    // A link cannot carry a case from a file, so the menu does not offer one.
    assert!(!offers_copy_link(&harness));
}

#[test]
fn the_browsers_export_dialog_asks_for_a_file_name_and_downloads() {
    let (mut harness, _page) = opened_at("");
    send(&mut harness, FileCommand::ShowExportDialog);
    assert!(harness.query_by_label("File name").is_some());
    assert!(harness.query_by_label("Download").is_some());
    assert!(harness.query_by_label("File path").is_none());
}
