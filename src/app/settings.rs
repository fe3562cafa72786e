//! What persists between runs (language, theme, text size, panels, recent files), the choices
//! that differ between the real window and tests, and the handler of the look commands.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::look::{ArticleMode, CentreTab};
use super::theme::{self, ThemeChoice};
use crate::core::Lang;

/// Commands about the window's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookCommand {
    /// Show the window in this language.
    SetLanguage(Lang),
    /// Switch between English and Bahasa Indonesia.
    ToggleLanguage,
    /// Light or dark.
    SetTheme(ThemeChoice),
    /// Switch between light and dark.
    ToggleTheme,
    /// Hide or show the conditions and article panels (more room for the centre).
    ToggleSidePanels,
    /// Larger text.
    TextBigger,
    /// Smaller text.
    TextSmaller,
    /// Normal text size.
    TextReset,
    /// Which language(s) the article shows.
    SetArticleMode(ArticleMode),
    /// What the centre shows.
    SetTab(CentreTab),
}

/// The key the settings are stored under in `eframe::Storage`.
pub const SETTINGS_KEY: &str = "skenario-settings";

/// At most this many recent files are remembered.
const MAX_RECENT: usize = 8;

/// Choices that differ between the real window and tests.
#[derive(Debug, Clone)]
pub struct WindowOptions {
    /// Try the system's file dialog before Skenario's own (tests say no: never call rfd).
    pub native_dialogs: bool,
    /// Where unsaved work is autosaved for recovery after a crash (a folder; in the browser, the
    /// start of the page's storage keys); none turns autosave off.
    pub data_dir: Option<PathBuf>,
    /// The window runs in a browser (files are downloads; what needs the desktop is left
    /// out). Tests may say yes to see the browser's menus.
    pub browser: bool,
    /// Whether panels fill their own background. The real window clears to that colour and
    /// skips the fill (under a software renderer, the fill costs as much as the rest of a
    /// frame); test renderers clear to transparent, so tests say yes.
    pub panels_paint_background: bool,
}

impl Default for WindowOptions {
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let data_dir = eframe::storage_dir("skenario");
        // In the browser, the start of the keys that hold drafts in the page's storage.
        #[cfg(target_arch = "wasm32")]
        let data_dir = Some(PathBuf::from("skenario-draft"));
        Self {
            native_dialogs: !cfg!(target_arch = "wasm32"),
            data_dir,
            browser: cfg!(target_arch = "wasm32"),
            panels_paint_background: false,
        }
    }
}

/// What persists between runs (through `eframe::Storage`). Scenario content lives only in
/// scenario files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The window's language; none until chosen (then the OS locale decides).
    pub language: Option<Lang>,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Index into the text sizes.
    pub text_scale: usize,
    /// Which language(s) the article shows.
    pub article_mode: ArticleMode,
    /// Recently opened or saved files, newest first.
    pub recent_files: Vec<PathBuf>,
    /// What the centre of the window shows.
    #[serde(rename = "central_view")]
    pub centre_tab: CentreTab,
    /// Width of the conditions panel, in points.
    pub conditions_width: f32,
    /// Width of the article panel, in points.
    pub article_width: f32,
    /// The conditions and article panels are hidden (more room for the centre).
    pub side_panels_hidden: bool,
    /// The address of the site that serves Skenario in the browser, which links copied on the
    /// desktop start with; empty until the teacher sets it.
    #[serde(default)]
    pub site_address: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            theme: ThemeChoice::default(),
            text_scale: theme::DEFAULT_TEXT_SCALE,
            article_mode: ArticleMode::default(),
            recent_files: Vec::new(),
            centre_tab: CentreTab::default(),
            conditions_width: 300.0,
            article_width: 440.0,
            side_panels_hidden: false,
            site_address: String::new(),
        }
    }
}

impl Settings {
    /// The window's language.
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or(Lang::En)
    }

    /// Carries out a look command; the theme and text size go to egui's style at once.
    pub fn handle(&mut self, ctx: &egui::Context, command: LookCommand) {
        match command {
            LookCommand::SetLanguage(lang) => self.language = Some(lang),
            LookCommand::ToggleLanguage => {
                self.language = Some(self.lang().next());
            }
            LookCommand::SetTheme(choice) => self.theme = choice,
            LookCommand::ToggleTheme => self.theme = self.theme.toggled(),
            LookCommand::ToggleSidePanels => self.side_panels_hidden = !self.side_panels_hidden,
            LookCommand::TextBigger => {
                self.text_scale = theme::step_text_scale(self.text_scale, 1);
            }
            LookCommand::TextSmaller => {
                self.text_scale = theme::step_text_scale(self.text_scale, -1);
            }
            LookCommand::TextReset => self.text_scale = theme::DEFAULT_TEXT_SCALE,
            LookCommand::SetArticleMode(mode) => self.article_mode = mode,
            LookCommand::SetTab(tab) => self.centre_tab = tab,
        }
        if matches!(
            command,
            LookCommand::SetTheme(_)
                | LookCommand::ToggleTheme
                | LookCommand::TextBigger
                | LookCommand::TextSmaller
                | LookCommand::TextReset
        ) {
            theme::apply(ctx, self.theme, self.text_scale);
        }
    }

    /// Puts `path` first among the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent_files.retain(|p| *p != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }
}

/// The language the OS asks for, when the window speaks it; English otherwise.
pub fn os_language() -> Lang {
    #[cfg(not(target_arch = "wasm32"))]
    let locale = sys_locale::get_locale();
    #[cfg(target_arch = "wasm32")]
    let locale = super::web::locale::language();
    locale
        .as_deref()
        .and_then(Lang::of_locale)
        .unwrap_or_default()
}
