//! The desktop window: conditions, consequences and the article, linked both ways.

mod article;
mod autosave;
mod command;
mod compare_view;
mod conditions;
mod consequences;
mod dialogs;
mod files;
mod graph_view;
mod i18n;
mod measure;
mod presenter;
mod row_fit;
pub mod state;
mod table_view;
mod theme;
mod top_bar;
mod virtual_list;

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers, ViewportCommand};
use serde::{Deserialize, Serialize};

pub use article::ArticleMode;
pub use command::Command;
pub use i18n::Strings;
pub use theme::ThemeChoice;

use article::ArticleView;
use compare_view::Comparison;
use files::{DialogOutcome, ExportDialog, FileChooser, NativeDialog, Purpose};
use graph_view::GraphView;
use presenter::{Presenter, Saved};
use state::{Severity, State};
use theme::Palette;

use crate::core::Lang;
use crate::core::file::{self, Opened};

pub use measure::Measure;

/// How the window starts.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// A case or scenario to open instead of the shipped case.
    pub file: Option<PathBuf>,
    /// What to measure (nothing, normally).
    pub measure: Measure,
}

/// Opens the window and runs until it closes. Returns the lines of the measurement report
/// (empty unless something was to be measured).
pub fn run(launch: Launch) -> Result<Vec<String>, eframe::Error> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Skenario")
        .with_app_id("skenario")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let recorder = std::sync::Arc::new(measure::Recorder::default());
    let measure = launch.measure.clone();
    let shared = std::sync::Arc::clone(&recorder);
    eframe::run_native(
        "skenario",
        options,
        Box::new(move |cc| {
            let mut app = SkenarioApp::new(cc, Options::default());
            if let Some(path) = &launch.file {
                app.handle(&cc.egui_ctx, Command::Open(path.clone()));
            }
            if let Some(seconds) = launch.measure.idle_seconds {
                shared.probe_idle(&cc.egui_ctx, seconds);
            }
            if launch.measure.scroll_list {
                app.list_view.auto_scroll = 60.0;
            }
            app.exit_after_frames = launch.measure.exit_after_frames;
            app.recorder = Some(shared);
            Ok(Box::new(app))
        }),
    )?;
    Ok(recorder.report(&measure))
}

/// Choices that differ between the real window and tests.
#[derive(Debug, Clone)]
pub struct Options {
    /// Try the system's file dialog before Skenario's own (tests say no: never call rfd).
    pub native_dialogs: bool,
    /// Where unsaved work is autosaved for recovery after a crash; none turns autosave off.
    pub data_dir: Option<PathBuf>,
    /// Whether panels fill their own background. The real window clears to that colour and
    /// skips the fill (under a software renderer, the fill costs as much as the rest of a
    /// frame); test renderers clear to transparent, so tests say yes.
    pub panels_paint_background: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            native_dialogs: true,
            data_dir: eframe::storage_dir("skenario"),
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
    pub central_view: CentralView,
    /// Width of the conditions panel, in points.
    pub conditions_width: f32,
    /// Width of the article panel, in points.
    pub article_width: f32,
    /// The conditions and article panels are hidden (more room for the centre).
    pub side_panels_hidden: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            theme: ThemeChoice::default(),
            text_scale: theme::DEFAULT_TEXT_SCALE,
            article_mode: ArticleMode::default(),
            recent_files: Vec::new(),
            central_view: CentralView::default(),
            conditions_width: 300.0,
            article_width: 440.0,
            side_panels_hidden: false,
        }
    }
}

/// What the centre of the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CentralView {
    /// The consequences as cards, grouped by status.
    #[default]
    List,
    /// Conditions → consequences as a graph.
    Graph,
    /// Every combination of the conditions.
    Table,
    /// Two scenarios side by side.
    Compare,
}

impl CentralView {
    /// Every view, in tab order.
    pub const ALL: [Self; 4] = [Self::List, Self::Graph, Self::Table, Self::Compare];
}

/// At most this many recent files are remembered.
const MAX_RECENT: usize = 8;
const SETTINGS_KEY: &str = "skenario-settings";

/// What a panel needs to draw: read-only state and the look.
pub struct View<'a> {
    /// The explorer's state.
    pub state: &'a State,
    /// The window's strings.
    pub strings: &'static Strings,
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
}

/// Something to do once the user has answered the unsaved-changes prompt.
#[derive(Debug)]
enum Pending {
    Close,
    New,
    /// A file that opened fine, waiting to replace the document.
    Replace(Box<Opened>, PathBuf),
    OpenShipped(usize),
}

/// The Skenario window.
pub struct SkenarioApp {
    /// The explorer's state.
    pub state: State,
    /// What persists between runs.
    pub settings: Settings,
    options: Options,
    article_view: ArticleView,
    graph_view: GraphView,
    list_view: consequences::ListView,
    table_view: table_view::TableView,
    presenter: Option<Presenter>,
    /// The scenario the compare view compares with, and the case it belongs to.
    comparison: Option<(u64, Comparison)>,
    export: Option<ExportDialog>,
    native_dialog: Option<NativeDialog>,
    native_dialogs_work: bool,
    chooser: Option<FileChooser>,
    pending: Option<Pending>,
    prompt_open: bool,
    close_confirmed: bool,
    shortcuts_open: bool,
    title: String,
    frames: u64,
    exit_after_frames: Option<u64>,
    recorder: Option<std::sync::Arc<measure::Recorder>>,
    /// The side panels' widths as last drawn.
    panel_widths: (f32, f32),
    /// Unsaved work found at start, waiting for the user's answer.
    recovery: Option<Box<autosave::Offer>>,
    /// This window's autosave file, once it has had something to keep.
    autosave_slot: Option<autosave::Slot>,
    /// The scenario as last autosaved.
    autosaved: Option<crate::core::Scenario>,
    /// The scenario as seen last frame, and when it last changed.
    last_seen: Option<(crate::core::Scenario, f64)>,
    autosave_failed: bool,
    /// The file on disk changed since it was opened or saved: asking before overwriting.
    overwrite_prompt: bool,
    /// Size and modification time of the open file when it was opened or saved.
    disk_stamp: Option<DiskStamp>,
}

/// What the open file looked like on disk, to notice when something else changes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DiskStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl DiskStamp {
    fn of(path: &std::path::Path) -> Option<Self> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(Self {
            len: metadata.len(),
            modified: metadata.modified().ok(),
        })
    }
}

impl SkenarioApp {
    /// Creates the app: settings from storage, fonts and theme, the shipped case.
    pub fn new(cc: &eframe::CreationContext<'_>, options: Options) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
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
        let lang = settings.language.unwrap_or_else(i18n::os_language);
        let state = State::with_shipped_case().unwrap_or_else(|| {
            // The shipped case is built in and tested; this cannot happen in a release.
            unreachable_shipped_case()
        });
        Self {
            state,
            settings: Settings {
                language: Some(lang),
                ..settings
            },
            options,
            article_view: ArticleView::default(),
            graph_view: GraphView::default(),
            list_view: consequences::ListView::default(),
            table_view: table_view::TableView::default(),
            presenter: None,
            comparison: None,
            export: None,
            native_dialog: None,
            native_dialogs_work: true,
            chooser: None,
            pending: None,
            prompt_open: false,
            close_confirmed: false,
            shortcuts_open: false,
            title: String::new(),
            frames: 0,
            exit_after_frames: None,
            recorder: None,
            panel_widths: (0.0, 0.0),
            recovery: None,
            autosave_slot: None,
            autosaved: None,
            last_seen: None,
            autosave_failed: false,
            overwrite_prompt: false,
            disk_stamp: None,
        }
        .with_recovery_offer()
    }

    /// Looks for unsaved work from a previous run and offers it.
    fn with_recovery_offer(mut self) -> Self {
        self.offer_recovery();
        self
    }

    /// Offers unsaved work of a window that is gone, if there is any.
    fn offer_recovery(&mut self) {
        let Some(dir) = self.options.data_dir.clone() else {
            return;
        };
        let found = autosave::find(&dir);
        for kept in found.unreadable {
            let strings = self.strings();
            self.state.report(
                Severity::Warning,
                strings.recovery_unreadable,
                vec![kept.display().to_string()],
            );
        }
        self.recovery = found.offer;
    }

    /// Makes recovered work's autosave file this window's; it goes once the work is saved.
    /// Should that fail, the file stays where it is and this window autosaves its own copy.
    fn adopt_recovered(&mut self, offer: autosave::Offer) {
        let scenario = offer.recovery.scenario.clone();
        if let Some(dir) = self.options.data_dir.clone()
            && let Ok(slot) = self.autosave_slot(&dir)
            && offer.adopt(slot).is_ok()
        {
            self.autosaved = Some(scenario);
        }
    }

    /// This window's autosave file, claimed on first use.
    fn autosave_slot(&mut self, dir: &std::path::Path) -> Result<&autosave::Slot, String> {
        if self.autosave_slot.is_none() {
            self.autosave_slot = Some(autosave::Slot::claim(dir)?);
        }
        self.autosave_slot
            .as_ref()
            .ok_or_else(|| "no autosave file".to_owned())
    }

    /// Whether unsaved work from last time is being offered.
    pub fn is_offering_recovery(&self) -> bool {
        self.recovery.is_some()
    }

    /// Writes the autosave a few seconds after the last change (or `right_away`); removes it
    /// once the work is saved. Returns how long until the next autosave is due, if one is.
    fn autosave(&mut self, now: f64, right_away: bool) -> Option<f64> {
        let dir = self.options.data_dir.clone()?;
        let scenario = &self.state.document.scenario;
        if !self.state.document.is_dirty() {
            if self.autosaved.take().is_some()
                && let Some(slot) = &self.autosave_slot
            {
                slot.clear();
            }
            self.last_seen = None;
            return None;
        }
        if self.autosaved.as_ref() == Some(scenario) {
            return None;
        }
        let changed_at = match &self.last_seen {
            Some((seen, at)) if seen == scenario => *at,
            _ => {
                self.last_seen = Some((scenario.clone(), now));
                now
            }
        };
        let due = changed_at + autosave::DELAY_SECONDS;
        if !right_away && now < due {
            return Some(due - now);
        }
        let record = autosave::record(&self.state.document);
        let scenario = scenario.clone();
        match self
            .autosave_slot(&dir)
            .and_then(|slot| slot.write(&record))
        {
            Ok(()) => {
                self.autosaved = Some(scenario);
                self.autosave_failed = false;
            }
            Err(reason) if !self.autosave_failed => {
                self.autosave_failed = true;
                let strings = self.strings();
                self.state
                    .report(Severity::Warning, strings.autosave_failed, vec![reason]);
            }
            Err(_) => {}
        }
        None
    }

    /// The window's language.
    pub fn lang(&self) -> Lang {
        self.settings.language.unwrap_or(Lang::En)
    }

    fn strings(&self) -> &'static Strings {
        Strings::get(self.lang())
    }

    /// The window title: the scenario's name, its file, and `*` when there are unsaved changes.
    pub fn window_title(&self) -> String {
        let document = &self.state.document;
        let mark = if document.is_dirty() {
            self.strings().unsaved_mark
        } else {
            ""
        };
        let name = document.name(self.lang(), self.strings().untitled);
        match document.file_name() {
            Some(file) => format!("{mark}{name} ({file}) — Skenario"),
            None => format!("{mark}{name} — Skenario"),
        }
    }

    /// Whether the unsaved-changes prompt is showing.
    pub fn is_prompting(&self) -> bool {
        self.prompt_open
    }

    /// Where the presentation stands, while presenting.
    pub fn presentation(&self) -> Option<crate::core::walkthrough::Position> {
        self.presenter.as_ref().map(|p| p.position)
    }

    /// Whether Skenario's own file chooser is showing.
    pub fn is_choosing_file(&self) -> bool {
        self.chooser.is_some()
    }

    /// Carries out one command: the only place state changes.
    pub fn handle(&mut self, ctx: &egui::Context, command: Command) {
        let now = ctx.input(|i| i.time);
        match command {
            Command::SetCondition { condition, state } => {
                self.state.set_condition(condition, state, now);
            }
            Command::CycleCondition(index) => self.state.cycle_condition(index, now),
            Command::ResetConditions => self.state.reset_conditions(now),
            Command::ApplyPreset(index) => self.state.apply_preset(index, now),
            Command::SelectConsequence(index) => self.state.select_consequence(index),
            Command::SelectSentence(number) => self.state.select_sentence(number),
            Command::ShowEvidence {
                consequence,
                sentence,
            } => self.state.show_evidence(consequence, sentence),
            Command::SetName(name) => self.state.set_name(&name),
            Command::SetNotes(notes) => self.state.set_notes(&notes),

            Command::New => self.after_prompt(ctx, Pending::New),
            Command::ShowOpenDialog => self.ask_for_file(ctx, Purpose::Open),
            Command::Open(path) => self.open(ctx, path),
            Command::OpenShipped(index) => self.after_prompt(ctx, Pending::OpenShipped(index)),
            Command::Save => match self.state.document.path.clone() {
                Some(path) if self.changed_on_disk(&path) => self.overwrite_prompt = true,
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.ask_for_file(ctx, Purpose::Save),
            },
            Command::ShowSaveDialog => self.ask_for_file(ctx, Purpose::Save),
            Command::SaveTo(path) => {
                if self.save_to(&path) {
                    self.chooser = None;
                    if let Some(pending) = self.pending.take() {
                        self.carry_out(ctx, pending);
                    }
                }
            }
            Command::CloseFileChooser => {
                self.chooser = None;
                self.pending = None;
            }
            Command::CompareWithPreset(index) => {
                if let Some(preset) = self.state.presets.get(index) {
                    let name = preset.display_name(self.lang()).to_owned();
                    let comparison =
                        Comparison::new(&self.state.document.case, name, preset.conditions.clone());
                    self.comparison = Some((self.state.case_generation, comparison));
                }
            }
            Command::ShowCompareDialog => self.ask_for_file(ctx, Purpose::Compare),
            Command::CompareWithFile(path) => self.compare_with_file(&path),
            Command::OpenExportDialog => {
                let folder = files::start_folder(self.state.document.path.as_deref());
                let name = slug(self.state.document.name(self.lang(), ""));
                self.export = Some(ExportDialog::new(&folder, &name));
            }
            Command::ShowExportDialog => self.ask_for_file(ctx, Purpose::Export),
            Command::ExportTo(path) => self.export_to(&path),
            Command::CloseExportDialog => self.export = None,

            Command::SetLanguage(lang) => self.settings.language = Some(lang),
            Command::ToggleLanguage => {
                let next = match self.lang() {
                    Lang::En => Lang::Id,
                    Lang::Id => Lang::En,
                };
                self.settings.language = Some(next);
            }
            Command::SetTheme(choice) => {
                self.settings.theme = choice;
                theme::apply(ctx, choice, self.settings.text_scale);
            }
            Command::ToggleSidePanels => {
                self.settings.side_panels_hidden = !self.settings.side_panels_hidden;
            }
            Command::ToggleTheme => {
                self.settings.theme = self.settings.theme.toggled();
                theme::apply(ctx, self.settings.theme, self.settings.text_scale);
            }
            Command::TextBigger | Command::TextSmaller | Command::TextReset => {
                self.settings.text_scale = match command {
                    Command::TextBigger => theme::step_text_scale(self.settings.text_scale, 1),
                    Command::TextSmaller => theme::step_text_scale(self.settings.text_scale, -1),
                    _ => theme::DEFAULT_TEXT_SCALE,
                };
                theme::apply(ctx, self.settings.theme, self.settings.text_scale);
            }
            Command::SetArticleMode(mode) => self.settings.article_mode = mode,
            Command::SetView(central) => self.settings.central_view = central,
            Command::PresenterStart => self.start_presenting(ctx),
            Command::PresenterNext => self.present_step(ctx, true),
            Command::PresenterPrevious => self.present_step(ctx, false),
            Command::PresenterLeave => self.stop_presenting(ctx),
            Command::ShowShortcuts(open) => self.shortcuts_open = open,
            Command::DismissMessage(index) => self.state.dismiss_message(index),
            Command::Recover => {
                if let Some(offer) = self.recovery.take() {
                    match autosave::restore(&offer.recovery) {
                        Ok(document) => {
                            self.state.replace_document(document);
                            self.disk_stamp =
                                self.state.document.path.as_deref().and_then(DiskStamp::of);
                            self.adopt_recovered(*offer);
                        }
                        Err(reason) => {
                            // The file stays where it is (the next start offers it again).
                            let strings = self.strings();
                            self.state.report(
                                Severity::Error,
                                strings.recovery_failed,
                                vec![reason],
                            );
                        }
                    }
                }
            }
            Command::DiscardRecovery => {
                if let Some(offer) = self.recovery.take() {
                    offer.discard();
                }
                // Another window that is gone may have left work too.
                self.offer_recovery();
            }
            Command::Overwrite => {
                self.overwrite_prompt = false;
                if let Some(path) = self.state.document.path.clone() {
                    self.save_to(&path);
                }
            }
            Command::OverwriteCancel => {
                self.overwrite_prompt = false;
                self.pending = None;
            }

            Command::Quit => self.after_prompt(ctx, Pending::Close),
            Command::PromptSave => {
                self.prompt_open = false;
                match self.state.document.path.clone() {
                    Some(path) => {
                        if self.save_to(&path)
                            && let Some(pending) = self.pending.take()
                        {
                            self.carry_out(ctx, pending);
                        }
                    }
                    // Save as… first; the pending action follows a successful save.
                    None => self.ask_for_file(ctx, Purpose::Save),
                }
            }
            Command::PromptDiscard => {
                self.prompt_open = false;
                // The user chose to throw the changes away: nothing to recover later.
                if let Some(slot) = &self.autosave_slot {
                    slot.clear();
                }
                self.autosaved = None;
                if let Some(pending) = self.pending.take() {
                    self.carry_out(ctx, pending);
                }
            }
            Command::PromptCancel => {
                self.prompt_open = false;
                self.pending = None;
            }
        }
        ctx.request_repaint();
    }

    fn start_presenting(&mut self, ctx: &egui::Context) {
        if self.presenter.is_some() {
            return;
        }
        let case = std::sync::Arc::clone(&self.state.document.case);
        let Some(lesson) = case.case().walkthroughs.first() else {
            let strings = self.strings();
            self.state
                .report(Severity::Warning, strings.no_walkthrough, Vec::new());
            return;
        };
        let saved = Saved {
            conditions: self.state.document.scenario.conditions.clone(),
            selected_consequence: self.state.selected_consequence,
            selected_sentence: self.state.selected_sentence,
        };
        self.presenter = Some(Presenter {
            walkthrough: 0,
            position: crate::core::walkthrough::Position::start(lesson),
            saved,
            changed_conditions: Vec::new(),
            changes: Vec::new(),
        });
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        self.arrive(ctx, crate::core::walkthrough::Position::start(lesson));
    }

    fn present_step(&mut self, ctx: &egui::Context, forward: bool) {
        let case = std::sync::Arc::clone(&self.state.document.case);
        let Some(presenter) = &self.presenter else {
            return;
        };
        let Some(lesson) = presenter.lesson(&case) else {
            return;
        };
        let target = if forward {
            presenter.position.next(lesson)
        } else {
            presenter.position.previous(lesson)
        };
        if let Some(position) = target {
            self.arrive(ctx, position);
        }
    }

    /// Moves the presentation to `position`: the explorer takes the step's conditions through
    /// the same commands the conditions panel sends.
    fn arrive(&mut self, ctx: &egui::Context, position: crate::core::walkthrough::Position) {
        let case = std::sync::Arc::clone(&self.state.document.case);
        let Some(presenter) = &mut self.presenter else {
            return;
        };
        presenter.arrive(&case, position);
        let Some(lesson) = presenter.lesson(&case) else {
            return;
        };
        let states = crate::core::walkthrough::states_at(lesson, position.step);
        let pointed = lesson
            .steps
            .get(position.step)
            .and_then(|s| s.consequences.first())
            .and_then(|id| case.consequence_index(id));
        for (condition, c) in case.case().conditions.iter().enumerate() {
            let state = states.get(&c.id).copied().unwrap_or_default();
            self.handle(ctx, Command::SetCondition { condition, state });
        }
        self.state.select_consequence(pointed);
    }

    fn stop_presenting(&mut self, ctx: &egui::Context) {
        let Some(presenter) = self.presenter.take() else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let case = std::sync::Arc::clone(&self.state.document.case);
        for (condition, c) in case.case().conditions.iter().enumerate() {
            let state = presenter
                .saved
                .conditions
                .get(&c.id)
                .copied()
                .unwrap_or_default();
            self.state.set_condition(condition, state, now);
        }
        self.state.marks = None;
        self.state.selected_consequence = presenter.saved.selected_consequence;
        self.state.selected_sentence = presenter.saved.selected_sentence;
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
    }

    /// Runs `pending` now, or first asks about unsaved changes.
    fn after_prompt(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.state.document.is_dirty() {
            self.pending = Some(pending);
            self.prompt_open = true;
        } else {
            self.carry_out(ctx, pending);
        }
    }

    fn carry_out(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::New => self.state.new_scenario(),
            Pending::Replace(opened, path) => {
                self.state.replace(*opened, &path);
                self.chooser = None;
                self.remember(&path);
                self.disk_stamp = DiskStamp::of(&path);
            }
            Pending::OpenShipped(index) => {
                if let Some(preset) = self.state.presets.get(index).cloned() {
                    self.state.new_scenario();
                    self.state.document.scenario.name = preset.name.clone();
                    self.state.document.scenario.name_id = preset.name_id.clone();
                    self.state.document.scenario.notes = preset.notes.clone();
                    self.state.apply_preset(index, ctx.input(|i| i.time));
                    self.chooser = None;
                }
            }
        }
    }

    /// Compares with a scenario file of the same case.
    fn compare_with_file(&mut self, path: &std::path::Path) {
        let strings = self.strings();
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let (case_id, name, states) = match file::open(path) {
            Ok(Opened::Scenario(loaded)) => (
                loaded.case.case().id.clone(),
                loaded.scenario.display_name(self.lang()).to_owned(),
                loaded.scenario.conditions,
            ),
            Ok(Opened::Case(loaded)) => (
                loaded.case.case().id.clone(),
                file.clone(),
                crate::core::States::new(),
            ),
            Err(failure) => {
                self.state.report(
                    Severity::Error,
                    (strings.open_failed)(&file),
                    failure
                        .diagnostics
                        .iter()
                        .map(ToString::to_string)
                        .collect(),
                );
                return;
            }
        };
        self.chooser = None;
        if case_id != self.state.document.case.case().id {
            self.state.report(
                Severity::Error,
                (strings.compare_other_case)(&file, &case_id),
                Vec::new(),
            );
            return;
        }
        let name = if name.trim().is_empty() { file } else { name };
        let comparison = Comparison::new(&self.state.document.case, name, states);
        self.comparison = Some((self.state.case_generation, comparison));
    }

    /// Writes the handout of the open scenario.
    fn export_to(&mut self, path: &std::path::Path) {
        let strings = self.strings();
        let Some(dialog) = &mut self.export else {
            return;
        };
        let case = &self.state.document.case;
        let questions = if dialog.questions {
            crate::core::export::walkthrough_with_questions(case.case())
        } else {
            None
        };
        let options = crate::core::export::Options {
            lang: self.settings.language.unwrap_or_default(),
            questions,
        };
        let text = crate::core::export::handout(
            case,
            &self.state.document.scenario,
            dialog.format,
            &options,
        );
        match file::write_atomically(path, text.as_bytes()) {
            Ok(()) => {
                self.export = None;
                self.state.report(
                    Severity::Info,
                    strings.export_done,
                    vec![path.display().to_string()],
                );
            }
            Err(error) => {
                dialog.error = Some(error.to_string());
                self.state.report(
                    Severity::Error,
                    strings.export_failed,
                    vec![error.to_string()],
                );
            }
        }
    }

    /// Whether the file at `path` is not what this window opened or last saved there.
    fn changed_on_disk(&self, path: &std::path::Path) -> bool {
        self.disk_stamp.is_some() && DiskStamp::of(path) != self.disk_stamp
    }

    /// Reads and checks `path` first; only a file that opens fine can replace the document
    /// (after the unsaved-changes prompt), so a broken file never costs anything.
    fn open(&mut self, ctx: &egui::Context, path: PathBuf) {
        let strings = self.strings();
        match file::open(&path) {
            Ok(opened) => self.after_prompt(ctx, Pending::Replace(Box::new(opened), path)),
            Err(failure) => {
                let file = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.state.report(
                    Severity::Error,
                    (strings.open_failed)(&file),
                    failure
                        .diagnostics
                        .iter()
                        .map(ToString::to_string)
                        .collect(),
                );
                if let Some(chooser) = &mut self.chooser {
                    chooser.error = failure.diagnostics.first().map(ToString::to_string);
                }
            }
        }
    }

    /// Saves; on failure reports it and returns false (the document stays unsaved).
    /// An unnamed scenario takes its name from the file.
    fn save_to(&mut self, path: &std::path::Path) -> bool {
        if self.state.document.scenario.name.trim().is_empty() {
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stem = file
                .strip_suffix(".scenario.ron")
                .or_else(|| file.strip_suffix(".ron"))
                .unwrap_or(&file);
            self.state.set_name(stem);
        }
        match self.state.save_to(path) {
            Ok(()) => {
                self.remember(path);
                self.disk_stamp = DiskStamp::of(path);
                true
            }
            Err(error) => {
                let strings = self.strings();
                self.state.report(
                    Severity::Error,
                    strings.save_failed,
                    vec![error.to_string()],
                );
                if let Some(chooser) = &mut self.chooser {
                    chooser.error = Some(error.to_string());
                }
                false
            }
        }
    }

    fn remember(&mut self, path: &std::path::Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.settings.recent_files.retain(|p| *p != path);
        self.settings.recent_files.insert(0, path);
        self.settings.recent_files.truncate(MAX_RECENT);
    }

    fn ask_for_file(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let folder = files::start_folder(self.state.document.path.as_deref());
        let file_name = self.state.document.file_name().unwrap_or_else(|| {
            format!(
                "{}.scenario.ron",
                slug(self.state.document.name(self.lang(), ""))
            )
        });
        if self.native_dialogs_work && self.options.native_dialogs {
            if self.native_dialog.is_none() {
                self.native_dialog =
                    Some(NativeDialog::spawn(purpose, Some(folder), file_name, ctx));
            }
        } else {
            self.chooser = Some(FileChooser::new(
                purpose,
                folder,
                &file_name,
                self.options.native_dialogs,
            ));
        }
    }

    fn poll_native_dialog(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &self.native_dialog else {
            return;
        };
        match dialog.poll() {
            DialogOutcome::Waiting => return,
            DialogOutcome::Chosen(purpose, path) => self.handle(ctx, purpose.command(path)),
            DialogOutcome::Cancelled => self.pending = None,
            DialogOutcome::Unavailable(purpose) => {
                self.native_dialogs_work = false;
                self.native_dialog = None;
                self.ask_for_file(ctx, purpose);
                return;
            }
        }
        self.native_dialog = None;
    }

    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let command = |key: Key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let command_shift =
            |key: Key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        let typing = ctx.egui_wants_keyboard_input();
        let modal_open = self.prompt_open
            || self.chooser.is_some()
            || self.export.is_some()
            || self.shortcuts_open
            || self.recovery.is_some()
            || self.overwrite_prompt;
        let presenting = self.presenter.is_some();
        ctx.input_mut(|input| {
            if modal_open {
                return;
            }
            if presenting {
                // What a classroom clicker sends, and the arrow keys.
                // Every press counts, even several within one frame.
                for key in [Key::ArrowRight, Key::Space, Key::PageDown, Key::Enter] {
                    let presses = input.count_and_consume_key(Modifiers::NONE, key);
                    commands.extend(std::iter::repeat_n(Command::PresenterNext, presses));
                }
                for key in [Key::ArrowLeft, Key::PageUp, Key::Backspace] {
                    let presses = input.count_and_consume_key(Modifiers::NONE, key);
                    commands.extend(std::iter::repeat_n(Command::PresenterPrevious, presses));
                }
                if input.consume_key(Modifiers::NONE, Key::Escape) {
                    commands.push(Command::PresenterLeave);
                }
                for (shortcut, action) in [
                    (command(Key::L), Command::ToggleLanguage),
                    (command(Key::D), Command::ToggleTheme),
                    (command(Key::Plus), Command::TextBigger),
                    (command(Key::Equals), Command::TextBigger),
                    (command(Key::Minus), Command::TextSmaller),
                    (command(Key::Num0), Command::TextReset),
                ] {
                    if input.consume_shortcut(&shortcut) {
                        commands.push(action);
                    }
                }
                return;
            }
            let table = [
                (command_shift(Key::S), Command::ShowSaveDialog),
                (command(Key::E), Command::OpenExportDialog),
                (command(Key::S), Command::Save),
                (command(Key::O), Command::ShowOpenDialog),
                (command(Key::N), Command::New),
                (command(Key::Q), Command::Quit),
                (command(Key::L), Command::ToggleLanguage),
                (command(Key::D), Command::ToggleTheme),
                (command(Key::R), Command::ResetConditions),
                (command(Key::B), Command::ToggleSidePanels),
                (command(Key::Plus), Command::TextBigger),
                (command(Key::Equals), Command::TextBigger),
                (command(Key::Minus), Command::TextSmaller),
                (command(Key::Num0), Command::TextReset),
                (command(Key::Num1), Command::SetView(CentralView::List)),
                (command(Key::Num2), Command::SetView(CentralView::Graph)),
                (command(Key::Num3), Command::SetView(CentralView::Table)),
                (command(Key::Num4), Command::SetView(CentralView::Compare)),
            ];
            for (shortcut, action) in table {
                if input.consume_shortcut(&shortcut) {
                    commands.push(action);
                }
            }
            if input.consume_key(Modifiers::NONE, Key::F1) {
                commands.push(Command::ShowShortcuts(true));
            }
            if input.consume_key(Modifiers::NONE, Key::F5) {
                commands.push(Command::PresenterStart);
            }
            if typing {
                return;
            }
            if input.consume_key(Modifiers::SHIFT, Key::Questionmark)
                || input.consume_key(Modifiers::NONE, Key::Questionmark)
            {
                commands.push(Command::ShowShortcuts(true));
            }
            let digits = [
                Key::Num1,
                Key::Num2,
                Key::Num3,
                Key::Num4,
                Key::Num5,
                Key::Num6,
                Key::Num7,
                Key::Num8,
                Key::Num9,
            ];
            for (index, key) in digits.into_iter().enumerate() {
                let presses = input.count_and_consume_key(Modifiers::NONE, key);
                commands.extend(std::iter::repeat_n(Command::CycleCondition(index), presses));
            }
            if input.consume_key(Modifiers::NONE, Key::Escape) {
                commands.push(Command::SelectConsequence(None));
                commands.push(Command::SelectSentence(None));
            }
        });
        commands
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

#[expect(
    clippy::panic,
    reason = "the shipped case is compiled in and covered by tests"
)]
fn unreachable_shipped_case() -> State {
    panic!("the shipped case does not load")
}

/// A file name from a scenario name: lowercase words joined by dashes.
fn slug(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "scenario".to_owned()
    } else {
        words.join("-")
    }
}

/// The switch between the central views.
fn view_tabs_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    current: CentralView,
    commands: &mut Vec<Command>,
) {
    let strings = view.strings;
    ui.horizontal_wrapped(|ui| {
        for (number, central) in CentralView::ALL.into_iter().enumerate() {
            let name = (strings.view_name)(central);
            let selected = current == central;
            let text = egui::RichText::new(name).size(16.0);
            let text = if selected {
                text.family(theme::bold())
            } else {
                text
            };
            let response = ui
                .add(egui::Button::selectable(selected, text))
                .on_hover_text(format!("Ctrl+{}", number + 1));
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Tab,
                    true,
                    selected,
                    format!("{}: {name}", strings.views),
                )
            });
            if response.clicked() {
                commands.push(Command::SetView(central));
            }
        }
    });
    ui.separator();
}

/// The most of the window's width the conditions panel may take.
const CONDITIONS_SHARE: f32 = 0.3;
/// The most of the window's width the article panel may take.
const ARTICLE_SHARE: f32 = 0.36;

/// A side panel's width range, `min..=max` points but never more than `cap`.
fn side_panel_range(min: f32, max: f32, cap: f32) -> egui::Rangef {
    let cap = cap.max(0.0);
    egui::Rangef::new(min.min(cap), max.min(cap))
}

impl eframe::App for SkenarioApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_native_dialog(ctx);
        for command in self.shortcuts(ctx) {
            self.handle(ctx, command);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.handle(ctx, Command::Open(path));
        }
        let now = ctx.input(|i| i.time);
        if let Some(wait) = self.autosave(now, false) {
            #[expect(clippy::cast_possible_truncation, reason = "a few seconds")]
            ctx.request_repaint_after_secs(wait as f32);
        }
        if ctx.input(|i| i.viewport().close_requested())
            && !self.close_confirmed
            && self.state.document.is_dirty()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
            self.prompt_open = true;
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        // egui may lay a frame out twice (when something was measured on the first pass);
        // frames are counted once, as drawn.
        let new_frame = ui.ctx().current_pass_index() == 0;
        if let Some(recorder) = &self.recorder
            && new_frame
        {
            recorder.frame(frame.info().cpu_usage);
        }

        let ctx = ui.ctx().clone();
        // The panels may leave their background to the clear colour (see `Options`); this tells
        // egui what is behind them, for the fades at the edges of scroll areas.
        let behind = egui::UiStackInfo::default()
            .with_frame(egui::Frame::new().fill(theme::palette(self.settings.theme).background));
        let ui = &mut ui.new_child(egui::UiBuilder::new().ui_stack_info(behind));
        let mut commands = Vec::new();
        let lang = self.lang();
        if let Some((_, comparison)) = &mut self.comparison {
            comparison.refresh(&self.state.evaluation);
        }
        let view = View {
            state: &self.state,
            strings: Strings::get(lang),
            lang,
            theme: self.settings.theme,
            palette: theme::palette(self.settings.theme),
            article_mode: self.settings.article_mode,
            now: ctx.input(|i| i.time),
            side_panels_shown: !self.settings.side_panels_hidden,
        };

        if let Some(presenter) = &self.presenter {
            egui::CentralPanel::default().show(ui, |ui| {
                presenter::presenter_ui(ui, &view, presenter, &mut commands);
            });
        } else {
            egui::Panel::top("menu-bar").show(ui, |ui| {
                top_bar::top_bar_ui(
                    ui,
                    &view,
                    &self.settings.recent_files,
                    self.settings.text_scale,
                    &mut commands,
                );
            });
            if !view.state.messages.is_empty() || !view.state.evaluation.tensions.is_empty() {
                egui::Panel::top("banners").show(ui, |ui| {
                    ui.add_space(4.0);
                    dialogs::messages_ui(ui, &view, &mut commands);
                    dialogs::tension_ui(ui, &view);
                });
            }
            // Ctrl+B hides both side panels, for more room in the centre.
            if !self.settings.side_panels_hidden {
                // What follows keeps at least a third of the width, however large the text: the
                // side panels give way (a projector at 200 % is 640 points wide).
                let width = ui.available_width();
                let conditions_range = side_panel_range(220.0, 520.0, width * CONDITIONS_SHARE);
                let article_range = side_panel_range(260.0, 800.0, width * ARTICLE_SHARE);
                let conditions = egui::Panel::left("conditions")
                    .resizable(true)
                    .default_size(self.settings.conditions_width)
                    .size_range(conditions_range)
                    .show(ui, |ui| conditions::conditions_ui(ui, &view, &mut commands));
                let article = egui::Panel::right("article")
                    .resizable(true)
                    .default_size(self.settings.article_width)
                    .size_range(article_range)
                    .show(ui, |ui| {
                        article::article_ui(ui, &view, &mut self.article_view, &mut commands);
                    });
                // Remembered in the settings (egui's own memory is not kept between runs), unless
                // the panel only has that width because the text is large.
                let chosen = |drawn: f32, range: egui::Rangef, remembered: f32| {
                    if drawn < range.max - 0.5 {
                        drawn
                    } else {
                        remembered
                    }
                };
                self.panel_widths = (
                    chosen(
                        conditions.response.rect.width(),
                        conditions_range,
                        self.panel_widths.0,
                    ),
                    chosen(
                        article.response.rect.width(),
                        article_range,
                        self.panel_widths.1,
                    ),
                );
            }
            let central = self.settings.central_view;
            egui::CentralPanel::default().show(ui, |ui| {
                view_tabs_ui(ui, &view, central, &mut commands);
                match central {
                    CentralView::List => {
                        consequences::consequences_ui(
                            ui,
                            &view,
                            &mut self.list_view,
                            &mut commands,
                        );
                    }
                    CentralView::Graph => {
                        graph_view::graph_ui(ui, &view, &mut self.graph_view, &mut commands);
                    }
                    CentralView::Table => {
                        table_view::table_ui(ui, &view, &mut self.table_view, &mut commands);
                    }
                    CentralView::Compare => {
                        let comparison = self
                            .comparison
                            .as_ref()
                            .filter(|(generation, _)| *generation == view.state.case_generation)
                            .map(|(_, c)| c);
                        compare_view::compare_ui(ui, &view, comparison, &mut commands);
                    }
                }
            });
        }

        if let Some(chooser) = &mut self.chooser {
            files::chooser_ui(
                &ctx,
                chooser,
                &view,
                &self.settings.recent_files,
                &mut commands,
            );
        }
        if self.prompt_open {
            dialogs::unsaved_prompt_ui(&ctx, &view, &mut commands);
        }
        if self.shortcuts_open {
            dialogs::shortcuts_ui(&ctx, &view, &mut commands);
        }
        if let Some(export) = &mut self.export {
            let native = self.native_dialogs_work && self.options.native_dialogs;
            files::export_ui(&ctx, export, &view, native, &mut commands);
        }
        if let Some(recovery) = &self.recovery {
            dialogs::recovery_ui(&ctx, &view, &recovery.recovery, &mut commands);
        }
        if self.overwrite_prompt {
            dialogs::overwrite_ui(&ctx, &view, &mut commands);
        }
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            dialogs::drop_overlay_ui(&ctx, &view);
        }

        // Keep the change marks fading, and nothing else: an idle window requests no repaint.
        if let Some(marks) = &view.state.marks {
            let age = view.now - marks.at;
            if age < state::MARK_SECONDS {
                ctx.request_repaint();
            }
        }

        for command in commands {
            self.handle(&ctx, command);
        }
        self.update_title(&ctx);

        if new_frame {
            self.frames += 1;
        }
        if let Some(limit) = self.exit_after_frames {
            if self.frames >= limit {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            } else {
                ctx.request_repaint();
            }
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
        let (conditions, article) = self.panel_widths;
        if conditions > 0.0 && article > 0.0 {
            self.settings.conditions_width = conditions;
            self.settings.article_width = article;
        }
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
        // Also called on exit: unsaved work goes to the autosave at once.
        let now = self.last_seen.as_ref().map_or(0.0, |(_, at)| *at);
        self.autosave(now, true);
    }
}
