//! The desktop window: conditions, consequences and the article, linked both ways.
//!
//! This file is the glue: [`SkenarioApp`] owns one value per concern, turns input into
//! [`Command`]s, hands each to its area's handler, and draws the frame. See
//! `ARCHITECTURE.md` for where everything else lives.

mod autosave;
mod command;
mod context;
mod explorer;
mod file_flow;
mod launch;
mod layout;
mod measure;
mod modal;
mod native_dialog;
mod panels;
mod presenting;
mod recovery;
mod settings;
pub mod shortcuts;
mod theme;
mod widgets;

pub use command::{
    Command, DialogCommand, ExploreCommand, FileCommand, LookCommand, PresentCommand,
};
pub use explorer::{Document, MessageLevel, State};
pub use launch::{Launch, run};
pub use measure::Measure;
pub use panels::article::ArticleMode;
pub use settings::{CentreTab, Settings, WindowOptions};
pub use theme::ThemeChoice;

use command::Commands;
use context::PanelContext;
use file_flow::FileFlow;
use layout::PanelMemory;
use measure::Frames;
use modal::Modal;
use presenting::Presentation;

use crate::core::walkthrough::Progress;
use crate::text::Words;
use crate::text::window::WindowWords;

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
    autosave: autosave::Autosaver,
    /// The walkthrough being presented, if one is.
    presentation: Option<Presentation>,
    /// What each panel remembers between frames.
    memory: PanelMemory,
    /// Frames drawn, the title shown, and what is measured.
    frames: Frames,
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
        let mut app = Self {
            state: State::with_shipped_case(),
            settings: Settings {
                language,
                ..settings
            },
            autosave: autosave::Autosaver::new(options.data_dir.clone()),
            options,
            modal: None,
            files: FileFlow::default(),
            presentation: None,
            memory: PanelMemory::default(),
            frames: Frames::default(),
        };
        app.offer_recovery();
        app
    }

    /// Carries out one command, through the handler of its area.
    pub fn handle(&mut self, ctx: &egui::Context, command: impl Into<Command>) {
        let now = ctx.input(|i| i.time);
        match command.into() {
            Command::Explore(command) => self.state.handle(command, now),
            Command::File(command) => self.handle_file(ctx, command),
            Command::Dialog(command) => self.handle_dialog(ctx, command),
            Command::Look(command) => self.settings.handle(ctx, command),
            Command::Present(command) => {
                let words = self.strings();
                presenting::handle(ctx, &mut self.presentation, &mut self.state, words, command);
            }
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
        let document = &self.state.document;
        let strings = self.strings();
        let mark = if document.is_dirty() {
            strings.unsaved_mark
        } else {
            ""
        };
        let name = document.name(self.settings.lang(), strings.untitled);
        match document.file_name() {
            Some(file) => format!("{mark}{name} ({file}) — Skenario"),
            None => format!("{mark}{name} — Skenario"),
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
}

impl eframe::App for SkenarioApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_native_dialog(ctx);
        let (presenting, typing) = (self.presentation.is_some(), ctx.egui_wants_keyboard_input());
        let keys = if self.modal.is_none() {
            ctx.input_mut(|input| shortcuts::listen(input, presenting, typing))
        } else {
            Vec::new()
        };
        let dropped = ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned()));
        let closing = ctx.input(|i| i.viewport().close_requested());
        let tick = self
            .autosave
            .tick(&self.state.document, ctx.input(|i| i.time), false);
        let mut commands: Vec<Command> = keys;
        commands.extend(dropped.map(|path| FileCommand::Open(path).into()));
        commands.extend(tick.failure.map(|reason| {
            ExploreCommand::Report {
                level: MessageLevel::Warning,
                title: self.strings().autosave_failed.to_owned(),
                details: vec![reason],
            }
            .into()
        }));
        commands.extend(closing.then_some(FileCommand::WindowClosing.into()));
        for command in commands {
            self.handle(ctx, command);
        }
        if let Some(wait) = tick.due_in {
            #[expect(clippy::cast_possible_truncation, reason = "a few seconds")]
            ctx.request_repaint_after_secs(wait as f32);
        }
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
        let view = PanelContext::new(&self.state, &self.settings, ctx.input(|i| i.time));
        layout::window_ui(
            ui,
            &view,
            &self.settings,
            self.presentation.as_ref(),
            &self.files,
            &mut self.memory,
            &mut commands,
        );
        if let Some(modal) = &mut self.modal {
            let native = self.files.native_dialogs_work() && self.options.native_dialogs;
            let recent = &self.settings.recent_files;
            modal::modal_ui(&ctx, modal, &view, recent, native, &mut commands);
        }
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            panels::dialogs::drop_overlay_ui(&ctx, &view);
        }
        // Keep the change marks fading, and nothing else: an idle window requests no repaint.
        if view
            .state
            .marks
            .as_ref()
            .is_some_and(|marks| view.now - marks.at < explorer::MARK_SECONDS)
        {
            ctx.request_repaint();
        }
        for command in commands.take() {
            self.handle(&ctx, command);
        }
        let title = self.window_title();
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
        if let Some(reason) = tick.failure {
            let report = ExploreCommand::Report {
                level: MessageLevel::Warning,
                title: self.strings().autosave_failed.to_owned(),
                details: vec![reason],
            };
            self.state.handle(report, self.autosave.last_change());
        }
    }
}
