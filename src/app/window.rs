//! The window's glue: [`SkenarioApp`] owns one value per concern, turns input into
//! [`Command`]s, hands each to its area's handler, and draws the frame.

use super::autosave::Autosaver;
use super::command::{Command, Commands, FileCommand};
use super::context::PanelContext;
use super::editing::{AfterTyping, EditCommand, TypingPause};
use super::explorer::State;
use super::file_flow::{Desk, FileFlow};
use super::layout::{self, PanelMemory};
use super::look::CentreTab;
use super::measure::Frames;
use super::modal::Modal;
use super::presenting::{self, Presentation};
use super::settings::{self, Settings, WindowOptions};
use super::sharing::Address;
use super::shortcuts;
use super::theme;
use super::widgets::access;
use crate::core::walkthrough::Progress;
use crate::text::Words;
use crate::text::window::WindowWords;

/// What the file commands work on besides their own state, borrowed field by field so that
/// the file flow itself stays free to change.
macro_rules! desk {
    ($app:expr) => {
        Desk {
            state: &mut $app.state,
            settings: &mut $app.settings,
            modal: &mut $app.modal,
            autosave: &mut $app.autosave,
            options: &$app.options,
        }
    };
}

/// The Skenario window.
pub struct SkenarioApp {
    /// The explorer's state: the open scenario, what follows, the selection, messages.
    pub state: State,
    /// What persists between runs.
    pub settings: Settings,
    /// Choices that differ between the real window and tests.
    options: WindowOptions,
    /// The dialog that is open, if one is.
    modal: Option<Modal>,
    /// Where opening, saving, comparing and exporting stand.
    files: FileFlow,
    /// This window's autosave.
    autosave: Autosaver,
    /// The walkthrough being presented, if one is.
    presentation: Option<Presentation>,
    /// What each panel remembers between frames.
    pub(super) memory: PanelMemory,
    /// Frames drawn, the title shown, and what is measured.
    pub(super) frames: Frames,
    /// When a large case typed into is checked.
    typing_pause: TypingPause,
    /// The preferences as last written to the page's storage (in the browser).
    #[cfg(target_arch = "wasm32")]
    kept_settings: Option<Settings>,
}

impl SkenarioApp {
    /// Creates the app: settings from storage, fonts and theme, the shipped case, and an offer
    /// of unsaved work left by a window that is gone.
    pub fn new(cc: &eframe::CreationContext<'_>, options: WindowOptions) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, settings::SETTINGS_KEY))
            .unwrap_or_default();
        // Scroll positions and scroll animations from a previous run would only come back stale.
        cc.egui_ctx
            .memory_mut(|memory| memory.data = egui::util::IdTypeMap::default());
        theme::install(&cc.egui_ctx, settings.theme, settings.text_scale);
        if !options.panels_paint_background {
            theme::leave_background_to_clear_colour(&cc.egui_ctx);
        }
        // Text size is Skenario's own setting (Ctrl + / Ctrl − / Ctrl 0), saved with the rest.
        cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let language = Some(settings.language.unwrap_or_else(settings::os_language));
        let settings = Settings {
            language,
            ..settings
        };
        // What came from storage is there already; only changes are written.
        #[cfg(target_arch = "wasm32")]
        let kept_settings = Some(settings.clone());
        let mut app = Self {
            state: State::with_shipped_case(),
            settings,
            autosave: Autosaver::new(options.data_dir.clone()),
            typing_pause: TypingPause::default(),
            options,
            modal: None,
            files: FileFlow::default(),
            presentation: None,
            memory: PanelMemory::default(),
            frames: Frames::default(),
            #[cfg(target_arch = "wasm32")]
            kept_settings,
        };
        app.files.offer_recovery(&mut desk!(app));
        app
    }

    /// Gives the window an address that names the open scenario and opens the links typed
    /// into it (the page's, in the browser). The address is read on the next frame.
    pub fn share_through(&mut self, address: Box<dyn Address>) {
        self.files.share_through(address);
    }

    /// Asks the site the page is served from for its lessons (in the browser).
    #[cfg(target_arch = "wasm32")]
    pub fn look_for_lessons(&mut self, ctx: &egui::Context) {
        self.files.look_for_lessons(ctx);
    }

    /// Carries out one command, through the handler of its area.
    pub fn handle(&mut self, ctx: &egui::Context, command: impl Into<Command>) {
        let now = ctx.input(|i| i.time);
        let was_editing = self.state.editing;
        let command = command.into();
        if self.options.browser && command.needs_desktop() {
            return;
        }
        // Making or choosing an element shows its form, whichever view was in front.
        let shows_form = matches!(
            &command,
            Command::Edit(EditCommand::NewFromSelection { .. } | EditCommand::Select(Some(_)))
        );
        match command {
            Command::Explore(command) => self.state.handle(command, now),
            Command::File(command) => {
                self.files.presenting_at(self.shown_step());
                self.files.handle(ctx, command, &mut desk!(self));
                if let Some(next) = self.files.take_follow_up() {
                    self.handle(ctx, next);
                }
            }
            Command::Dialog(command) => {
                self.files.handle_dialog(ctx, command, &mut desk!(self));
            }
            Command::Look(command) => self.settings.handle(ctx, command),
            Command::Edit(command) => self.state.edit(command),
            Command::Present(command) => {
                let words = self.strings();
                presenting::handle(ctx, &mut self.presentation, &mut self.state, words, command);
            }
        }
        // Starting to edit shows the form of what is selected.
        if self.state.editing && (!was_editing || shows_form) {
            self.settings.centre_tab = CentreTab::Edit;
        }
        ctx.request_repaint();
    }

    /// The window's language.
    pub fn lang(&self) -> crate::core::Lang {
        self.settings.lang()
    }

    /// The window's words.
    fn strings(&self) -> &'static WindowWords {
        &Words::get(self.settings.lang()).window
    }

    /// The window title: the scenario's name, its file, and `*` when there are unsaved changes.
    pub fn window_title(&self) -> String {
        let lang = self.settings.lang();
        match self
            .state
            .document
            .draft
            .as_ref()
            .filter(|_| self.state.editing)
        {
            // While editing, the title is the case's.
            Some(draft) => {
                let words = Words::get(lang);
                let mark = if draft.is_dirty() {
                    words.window.unsaved_mark
                } else {
                    ""
                };
                let title = draft.case.title.get(lang);
                let title = if title.trim().is_empty() {
                    words.editor.new_case_name.into()
                } else {
                    title
                };
                let file = draft
                    .path
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map(|n| format!(" ({})", n.to_string_lossy()))
                    .unwrap_or_default();
                format!(
                    "{mark}{title}{file} — {} — Skenario",
                    words.editor.editing_badge
                )
            }
            None => self.state.document.window_title(lang, self.strings()),
        }
    }

    /// Whether unsaved work from last time is being offered.
    pub fn is_offering_recovery(&self) -> bool {
        matches!(self.modal, Some(Modal::Recovery(_)))
    }

    /// Whether the unsaved-changes prompt is showing.
    pub fn is_prompting(&self) -> bool {
        matches!(self.modal, Some(Modal::UnsavedPrompt))
    }

    /// Whether Skenario's own file chooser is showing.
    pub fn is_choosing_file(&self) -> bool {
        matches!(self.modal, Some(Modal::Chooser { .. }))
    }

    /// Where the presentation stands, while presenting.
    pub fn presentation(&self) -> Option<Progress> {
        self.presentation.as_ref().map(|p| p.progress)
    }

    /// The walkthrough step presented, as a link names it.
    fn shown_step(&self) -> Option<crate::core::link::StepAt> {
        let presentation = self.presentation.as_ref()?;
        let walkthrough = self
            .state
            .document
            .case
            .case()
            .walkthroughs
            .get(presentation.walkthrough)?;
        Some(crate::core::link::StepAt {
            walkthrough: walkthrough.id.clone(),
            step: presentation.progress.step + 1,
        })
    }
}

impl eframe::App for SkenarioApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.files.poll_system_dialog(ctx, &mut desk!(self));
        let typing = ctx.egui_wants_keyboard_input();
        let mode = if self.presentation.is_some() {
            shortcuts::Mode::Presenting
        } else if self.state.editing && self.state.document.draft.is_some() {
            shortcuts::Mode::Editing
        } else {
            shortcuts::Mode::Exploring
        };
        let keys = if self.modal.is_none() {
            ctx.input_mut(|input| shortcuts::listen(input, mode, typing))
        } else {
            Vec::new()
        };
        self.files.presenting_at(self.shown_step());
        self.files.keep_address(ctx, &mut desk!(self));
        if let Some(next) = self.files.take_follow_up() {
            self.handle(ctx, next);
        }
        let dropped = ctx.input(|i| i.raw.dropped_files.first().cloned());
        let closing = ctx.input(|i| i.viewport().close_requested());
        let tick = self
            .autosave
            .tick(&self.state.document, ctx.input(|i| i.time), false);
        let mut commands: Vec<Command> = keys;
        commands.extend(
            dropped
                .and_then(|file| self.files.dropped(ctx, &file))
                .map(Command::from),
        );
        commands.extend(tick.report(self.strings()).map(Command::from));
        commands.extend(closing.then_some(FileCommand::WindowClosing.into()));
        for command in commands {
            self.handle(ctx, command);
        }
        let now = ctx.input(|i| i.time);
        match self
            .typing_pause
            .tick(self.state.document.draft.as_ref(), now)
        {
            Some(AfterTyping::CheckNow) => self.handle(ctx, EditCommand::CheckNow),
            #[expect(clippy::cast_possible_truncation, reason = "a fraction of a second")]
            Some(AfterTyping::WaitSeconds(wait)) => ctx.request_repaint_after_secs(wait as f32),
            None => {}
        }
        if let Some(wait) = tick.due_in {
            #[expect(clippy::cast_possible_truncation, reason = "a few seconds")]
            ctx.request_repaint_after_secs(wait as f32);
        }
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.frames.type_into(raw_input);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frames.begin(&ctx, frame);
        // The panels may leave their background to the clear colour (see `WindowOptions`);
        // this tells egui what is behind them, for the fades at the edges of scroll areas.
        let behind = egui::UiStackInfo::default()
            .with_frame(egui::Frame::new().fill(theme::palette(self.settings.theme).background));
        let ui = &mut ui.new_child(egui::UiBuilder::new().ui_stack_info(behind));
        if let Some(comparison) = self.files.comparison_mut() {
            comparison.refresh(&self.state.evaluation);
        }
        let mut commands = Commands::default();
        let now = ctx.input(|i| i.time);
        let mut view = PanelContext::new(&self.state, &self.settings, now, self.options.browser);
        view.can_share = self.files.can_share(&self.settings.site_address);
        view.has_unreadable_drafts = self.files.has_unreadable_drafts();
        view.has_lessons = self.files.has_lessons();
        layout::window_ui(
            ui,
            &view,
            &self.settings,
            self.presentation.as_ref(),
            self.files.comparison(self.state.case_generation),
            &mut self.memory,
            &mut commands,
        );
        let native = self.files.native_dialogs_work() && self.options.native_dialogs;
        let recent = &self.settings.recent_files;
        layout::over_window_ui(
            &ctx,
            &view,
            self.modal.as_mut(),
            recent,
            native,
            &mut commands,
        );
        for command in commands.take() {
            self.handle(&ctx, command);
        }
        let title = self.window_title();
        access::name_window(&ctx, &title);
        self.files.name_page(&title);
        #[cfg(target_arch = "wasm32")]
        super::web::storage::keep_settings(&mut self.kept_settings, &self.settings);
        if self.frames.end(&ctx, title) {
            self.files.confirm_close();
        }
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        theme::background(visuals.dark_mode).to_normalized_gamma_f32()
    }

    /// Skenario keeps what matters in its own settings; egui's memory (scroll positions, running
    /// scroll animations) would come back stale in the next run.
    fn persist_egui_memory(&self) -> bool {
        false
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let (conditions, article) = self.memory.panel_widths;
        if conditions > 0.0 && article > 0.0 {
            self.settings.conditions_width = conditions;
            self.settings.article_width = article;
        }
        eframe::set_value(storage, settings::SETTINGS_KEY, &self.settings);
        // Also called on exit: unsaved work goes to the autosave at once.
        let tick = self
            .autosave
            .tick(&self.state.document, self.autosave.last_change(), true);
        if let Some(report) = tick.report(self.strings()) {
            self.state.handle(report, self.autosave.last_change());
        }
    }
}
