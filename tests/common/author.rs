//! An author at the editor: the real window in a test harness, driven by role and accessible
//! label like a teacher drives it, counting the clicks and keys it takes.
#![allow(dead_code, reason = "each test crate uses a different subset")]
#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

use std::cell::Cell;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use skenario::app::{SkenarioApp, WindowOptions as Options};
use skenario::core::Lang;

/// A news-style article written for this test, with a sentence the splitter cuts in two
/// ("Cllr." is not an abbreviation it knows) for the author to merge.
pub const ARTICLE: &str = "Library Hours Vote

The Westbrook school board votes on Friday on the library's budget. If the budget passes, the library will stay open until 6 p.m., the principal, Ms. Ortega, said. The student council has promised to run a homework club while the library stays open late.

Cllr. Haddad, who leads the parents' association, warned that families would protest if the budget fails. If volunteers are found, the club could also open on Saturdays, Ms. Ortega added. The board's treasurer believes the budget will not pass. He said the money is needed for the heating system.
";

/// How many clicks and keystrokes the author needed, counted by the helpers.
pub struct Author {
    pub harness: Harness<'static, SkenarioApp>,
    pub clicks: Cell<usize>,
    pub keys: Cell<usize>,
}

impl Author {
    pub fn new() -> Self {
        Self::with_frame_time(0.25)
    }

    /// An author editing a new case made from [`ARTICLE`] (in English), its sentences as the
    /// splitter cut them.
    pub fn with_new_case() -> Self {
        let mut author = Self::new();
        author.send(skenario::app::EditCommand::NewCase {
            article: ARTICLE.to_owned(),
            language: "en".to_owned(),
        });
        author
    }

    /// An author whose window draws a frame every `seconds` (egui's clock moves that much).
    pub fn with_frame_time(seconds: f32) -> Self {
        let harness = Harness::builder()
            .with_size([1500.0, 2400.0])
            .with_max_steps(16)
            .with_step_dt(seconds)
            .build_eframe(move |cc| {
                let mut app = SkenarioApp::new(
                    cc,
                    Options {
                        native_dialogs: false,
                        data_dir: None,
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
        let mut author = Self {
            harness,
            clicks: Cell::new(0),
            keys: Cell::new(0),
        };
        author.harness.run();
        author
    }

    /// Clicks the widget with `role` named `label`.
    pub fn click(&mut self, role: Role, label: &str) {
        let node = self.harness.get_by_role_and_label(role, label);
        node.scroll_to_me();
        self.harness.run();
        self.harness.get_by_role_and_label(role, label).click();
        self.harness.run();
        self.clicks.set(self.clicks.get() + 1);
    }

    /// Clicks the widget named `label`, whatever its role (a menu's item).
    pub fn click_label(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run();
        self.clicks.set(self.clicks.get() + 1);
    }

    /// Clicks the widget whose name starts with `prefix` (an article sentence, "Sentence 3: …").
    pub fn click_starting(&mut self, prefix: &str, modifiers: egui::Modifiers) {
        let node = self
            .harness
            .query_all_by(|n| n.label().is_some_and(|l| l.starts_with(prefix)))
            .next()
            .expect("a widget with that name");
        node.scroll_to_me();
        self.harness.run();
        let node = self
            .harness
            .query_all_by(|n| n.label().is_some_and(|l| l.starts_with(prefix)))
            .next()
            .expect("a widget with that name");
        node.click_modifiers(modifiers);
        self.harness.run();
        self.clicks.set(self.clicks.get() + 1);
    }

    /// The text field (one line or several) named `label`.
    pub fn field<'a>(&'a self, label: &'a str) -> egui_kittest::Node<'a> {
        let mut found = self.harness.query_all_by(|node| {
            matches!(node.role(), Role::TextInput | Role::MultilineTextInput)
                && node.label().as_deref() == Some(label)
        });
        let field = found
            .next()
            .unwrap_or_else(|| panic!("no text field named {label:?}"));
        assert!(found.next().is_none(), "two text fields named {label:?}");
        field
    }

    /// Types `text` into the field named `label`, in place of what it holds.
    pub fn type_into(&mut self, label: &str, text: &str) {
        self.field(label).scroll_to_me();
        self.harness.run();
        self.field(label).focus();
        self.harness.run();
        self.field(label).set_text_value_accesskit(text);
        self.harness.run();
        self.clicks.set(self.clicks.get() + 1);
        self.keys.set(self.keys.get() + text.chars().count());
    }

    /// Picks the option starting with `option` in the drop-down named `label` (the drop-down's
    /// list is drawn over everything, so it comes last among widgets of that name).
    pub fn pick(&mut self, label: &str, option: &str) {
        self.click(Role::ComboBox, label);
        let node = self
            .harness
            .query_all_by(|n| n.label().is_some_and(|l| l.starts_with(option)))
            .last()
            .unwrap_or_else(|| panic!("no option {option:?} in {label:?}"));
        node.click();
        self.harness.run();
        self.clicks.set(self.clicks.get() + 1);
    }

    pub fn key(&mut self, modifiers: egui::Modifiers, key: egui::Key) {
        self.harness.key_press_modifiers(modifiers, key);
        self.harness.run();
        self.keys.set(self.keys.get() + 1);
    }

    pub fn send(&mut self, command: impl Into<skenario::app::Command>) {
        let ctx = self.harness.ctx.clone();
        self.harness.state_mut().handle(&ctx, command);
        self.harness.run();
    }

    pub fn shows(&self, text: &str) -> bool {
        self.harness
            .query_all_by(|node| {
                node.value().is_some_and(|v| v.contains(text))
                    || node.label().is_some_and(|l| l.contains(text))
            })
            .next()
            .is_some()
    }

    /// Selects article sentences `from` to `to` (a click, then a shift-click).
    pub fn select_sentences(&mut self, from: u32, to: u32) {
        self.click_starting(&format!("Sentence {from}:"), egui::Modifiers::NONE);
        if to != from {
            self.click_starting(&format!("Sentence {to}:"), egui::Modifiers::SHIFT);
        }
    }

    pub fn tally(&self) -> (usize, usize) {
        (self.clicks.get(), self.keys.get())
    }
}

/// The case being edited in the author's window.
pub fn draft(author: &Author) -> &skenario::app::Draft {
    author
        .harness
        .state()
        .state
        .document
        .draft
        .as_ref()
        .expect("a case being edited")
}
