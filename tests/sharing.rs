//! Share by link, with a stand-in for the browser page's address: the address follows the
//! conditions, a link opens exactly its scenario, and a link Skenario cannot show opens the
//! article's world with a message. Also the browser's File menu.
#![cfg(feature = "gui")]
#![expect(clippy::expect_used, reason = "a test fails loudly")]

use std::cell::RefCell;
use std::rc::Rc;

mod common;

use common::window::{shows, test_options, window_with};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
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
    // The editor works in the browser too; choosing a file's place on disk does not.
    for present in ["In the editor: undo", "Edit the case, or back to exploring"] {
        assert!(
            harness.query_by_label(present).is_some(),
            "{present} is on the sheet"
        );
    }
    for absent in ["Quit", "In the editor: save the case as…"] {
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
        "Show link as QR code",
        "Export handout…",
        "New case from article…",
        "Edit case",
    ] {
        assert!(
            harness.query_by_label(present).is_some(),
            "{present} is in the menu"
        );
    }
    for absent in ["Open recent", "Save as…", "Quit", "Open link…"] {
        assert!(
            harness.query_by_label(absent).is_none(),
            "{absent} is not in the browser's menu"
        );
    }
    // A case starts from pasted text: the browser reads no paths.
    send(&mut harness, FileCommand::ShowNewCaseDialog);
    assert!(harness.query_by_label("Article text").is_some());
    assert!(
        harness
            .query_by_label("Or a text file (.txt or .md)")
            .is_none()
    );
}

/// On the desktop, links start with the site's address, set once in the preferences: until
/// then the menu says what Copy link needs.
#[test]
fn a_desktop_window_makes_links_once_the_sites_address_is_set() {
    let mut harness = common::window::window([1400.0, 1400.0], Lang::En, None);
    harness.run();
    open_file_menu(&mut harness);
    assert!(offers_copy_link(&harness));
    assert!(harness.query_by_label("Open link…").is_some());
    assert!(shows(&harness, "set it once in View → Preferences…"));
    assert!(
        harness
            .get_by_label("Copy link to this scenario")
            .accesskit_node()
            .is_disabled(),
        "Copy link waits for the site's address"
    );
    open_file_menu(&mut harness);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Preferences…").click();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Site address")
            .is_focused(),
        "the dialog's one field takes the keyboard"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Site address")
        .set_text_value_accesskit("https://school.example/skenario/");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(
        harness.state().settings.site_address,
        "https://school.example/skenario/"
    );
    harness.get_by_label(CEASEFIRE_YES).click();
    harness.run();
    send(&mut harness, FileCommand::CopyLink);
    assert!(shows(
        &harness,
        &format!("https://school.example/skenario/#{UKRAINE}&ceasefire=yes")
    ));
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

/// A case of the teacher's own travels in its link, and the link opens it elsewhere.
#[test]
fn a_case_from_a_file_travels_in_its_link() {
    let (mut harness, page) = opened_at("");
    let text = common::tiny_case_text(&["a"], &[("x", "condition(\"a\")")]);
    open_bytes(&mut harness, "tiny.case.ron", text.into_bytes().into());
    assert!(matches!(
        harness.state().state.document.case_source,
        skenario::core::file::CaseSource::File(_)
    ));
    send(&mut harness, FileCommand::CopyLink);
    let shared = fragment(&page);
    assert!(shared.starts_with("v=1&own="), "{shared:.40}");
    let (other, _page) = opened_at(&format!("#{shared}"));
    assert_eq!(other.state().state.document.case.case().id, "tiny");
    assert!(
        !other.state().state.document.is_dirty(),
        "nothing to save yet"
    );
}

#[test]
fn the_browsers_export_dialog_asks_for_a_file_name_and_downloads() {
    let (mut harness, _page) = opened_at("");
    send(&mut harness, FileCommand::ShowExportDialog);
    assert!(harness.query_by_label("File name").is_some());
    assert!(harness.query_by_label("Download").is_some());
    assert!(harness.query_by_label("File path").is_none());
}

/// A desktop window with the site's address set, as a teacher leaves it.
fn desktop_with_site() -> Harness<'static, SkenarioApp> {
    let mut harness = common::window::window([1400.0, 1400.0], Lang::En, None);
    harness.state_mut().settings.site_address = "https://school.example/skenario/".to_owned();
    harness.run();
    harness
}

/// Pastes `link` into File → Open link… and opens it.
fn open_pasted(harness: &mut Harness<'static, SkenarioApp>, link: &str) {
    send(harness, FileCommand::ShowOpenLinkDialog);
    harness
        .get_by_role_and_label(Role::TextInput, "Link")
        .set_text_value_accesskit(link);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Open").click();
    harness.run();
}

fn skenario_link(file: &str) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_skenario"))
        .args(["link", file, "--base", "https://school.example/skenario/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("skenario runs");
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .trim()
        .to_owned()
}

#[test]
fn a_pasted_link_opens_a_teachers_own_case_and_a_broken_one_says_why() {
    let mut harness = desktop_with_site();
    let link = skenario_link("scenarios/marrenia-election.case.ron");
    open_pasted(&mut harness, &link);
    assert_eq!(
        harness.state().state.document.case.case().id,
        "marrenia-election"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Link")
            .is_none(),
        "closed"
    );

    open_pasted(&mut harness, &link[..link.len() - 3]);
    assert!(shows(&harness, "This link cannot be opened"));
    assert!(shows(
        &harness,
        "It was cut short: its last 3 characters are missing"
    ));
    assert_eq!(
        harness.state().state.document.case.case().id,
        "marrenia-election",
        "nothing else replaced"
    );
}

#[test]
fn a_links_case_with_errors_opens_nothing_names_where_and_can_be_saved() {
    let mut harness = desktop_with_site();
    let broken = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/broken/dangling-condition.case.ron"),
    )
    .expect("a broken case");
    let fragment = skenario::core::link::own_fragment(&broken, &Default::default(), None);
    open_pasted(
        &mut harness,
        &format!("https://school.example/skenario/#{fragment}"),
    );
    assert!(shows(&harness, "The case in this link has problems"));
    assert!(shows(&harness, "the link's case, 22:32"));
    assert!(shows(&harness, "The condition “rian” is not in the case"));
    assert_eq!(
        harness.state().state.document.case.case().id,
        skenario::core::shipped::DEFAULT_CASE_ID
    );
    harness
        .get_by_role_and_label(Role::Button, "Save what the link held…")
        .click();
    harness.run();
    assert!(
        harness.state().is_choosing_file(),
        "Skenario's chooser, on a box with no dialog"
    );
}

#[test]
fn a_short_link_shows_as_a_qr_code_and_a_long_one_says_why_not() {
    let mut harness = desktop_with_site();
    send(&mut harness, FileCommand::ShowLinkAsQr);
    let qr_code = |harness: &Harness<'static, SkenarioApp>, start: &str| {
        harness
            .query_all_by(|n| {
                n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with(start))
            })
            .next()
            .is_some()
    };
    assert!(
        qr_code(
            &harness,
            "Show link as QR code: https://school.example/skenario/#case="
        ),
        "the QR code of the shipped case's link"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!qr_code(&harness, "Show link as QR code"), "Esc closes it");

    open_pasted(
        &mut harness,
        &skenario_link("scenarios/marrenia-election.case.ron"),
    );
    send(&mut harness, FileCommand::ShowLinkAsQr);
    assert!(shows(&harness, "too many for a QR code"));
}
