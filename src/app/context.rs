//! What a panel needs to draw a frame: the explorer's state to read, the words and the look.
//! Panels get it by shared reference; they change nothing and send commands instead.

use super::explorer::State;
use super::settings::Settings;
use super::theme::{self, Palette, ThemeChoice};
use crate::app::draft::Draft;
use crate::app::look::ArticleMode;
use crate::core::{Lang, Sentence};
use crate::text::Words;
use crate::text::window::WindowWords;

/// What a panel needs to draw: read-only state and the look.
pub struct PanelContext<'a> {
    /// The explorer's state.
    pub state: &'a State,
    /// The window's words.
    pub strings: &'static WindowWords,
    /// Every word of the window's language (kinds, firmness, explanations).
    pub words: &'static Words,
    /// The content language (same as the window's).
    pub lang: Lang,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Colours.
    pub palette: Palette,
    /// Which language(s) the article shows.
    pub article_mode: ArticleMode,
    /// egui time, seconds.
    pub now: f64,
    /// The conditions and article panels are shown.
    pub side_panels_shown: bool,
    /// The window runs in a browser: files are downloads, and what needs the desktop (paths,
    /// recent files, quitting, the case editor) is left out.
    pub browser: bool,
    /// A link to the open scenario can be copied (the window has an address, and the case is
    /// a shipped one).
    pub can_share: bool,
    /// Drafts from last time that could not be read are kept, to download or delete (in the
    /// browser).
    pub has_unreadable_drafts: bool,
    /// Whether the site the window is served from has lessons (File → Lessons of this site).
    pub has_lessons: bool,
}

impl PanelContext<'_> {
    /// The case being edited, while the editor shows.
    pub fn editing_draft(&self) -> Option<&Draft> {
        self.state
            .document
            .draft
            .as_ref()
            .filter(|_| self.state.editing)
    }

    /// Whether the case being edited is an exercise: the banner shows, and the editor offers
    /// only what an exercise asks for.
    pub fn doing_exercise(&self) -> bool {
        self.editing_draft()
            .is_some_and(|draft| draft.case.exercise.is_some())
    }

    /// The translation of `sentence` to show beside it in the window's language, if any.
    pub fn translation<'s>(&self, sentence: &'s Sentence) -> Option<&'s str> {
        sentence
            .translation(self.lang, &self.state.document.case.case().language)
            .map(|(text, _)| text)
    }
}

impl<'a> PanelContext<'a> {
    /// What the panels need to draw `state` with `settings`, at egui time `now`.
    pub fn new(state: &'a State, settings: &Settings, now: f64, browser: bool) -> Self {
        let lang = settings.lang();
        Self {
            state,
            strings: &Words::get(lang).window,
            words: Words::get(lang),
            lang,
            theme: settings.theme,
            palette: theme::palette(settings.theme),
            article_mode: settings.article_mode,
            now,
            side_panels_shown: !settings.side_panels_hidden,
            browser,
            can_share: false,
            has_unreadable_drafts: false,
            has_lessons: false,
        }
    }
}
