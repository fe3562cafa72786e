//! Opening, saving, comparing and exporting: the file commands and the answers to the dialogs
//! around them. A broken file never replaces the open one; unsaved changes are asked about
//! first; a file changed on disk is not silently overwritten.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

// Choosing files: the system's dialog on the desktop; the page's picker, dropped files and
// downloads in the browser.
#[cfg(target_arch = "wasm32")]
mod browser;
mod case;
mod compare;
#[cfg(not(target_arch = "wasm32"))]
mod desktop;
mod exercise;
mod export;
mod links;

#[cfg(target_arch = "wasm32")]
type System = browser::System;
#[cfg(not(target_arch = "wasm32"))]
type System = desktop::System;

use super::autosave::{self, Autosaver};
use super::command::{DialogCommand, FileCommand, Purpose};
use super::comparison::Comparison;
use super::draft::Draft;
use super::explorer::{MessageLevel, State};
use super::library::ShippedRef;
use super::modal::{self, ExportDialog, FileChooser, Modal};
use super::settings::{Settings, WindowOptions};
use super::sharing::Sharing;
use crate::core::file::{self, Opened};
use crate::text::Words;
use crate::text::window::WindowWords;

/// What the file commands work on besides their own state: the explorer (its document), the
/// settings (recent files), the open dialog, the autosave and the window's options.
pub struct Desk<'a> {
    /// The explorer.
    pub state: &'a mut State,
    /// The settings.
    pub settings: &'a mut Settings,
    /// The open dialog.
    pub modal: &'a mut Option<Modal>,
    /// The autosave.
    pub autosave: &'a mut Autosaver,
    /// The window's options.
    pub options: &'a WindowOptions,
}

impl Desk<'_> {
    /// The window's words.
    fn strings(&self) -> &'static WindowWords {
        &Words::get(self.settings.lang()).window
    }
}

/// Something to do once the user has answered the unsaved-changes prompt.
#[derive(Debug)]
pub enum Pending {
    /// Close the window.
    Close,
    /// Start a new scenario.
    New,
    /// A file that opened fine, waiting to replace the document.
    Replace(Box<Opened>, PathBuf),
    /// Open a shipped case, or one of its scenarios as an untitled copy.
    OpenShipped(ShippedRef),
    /// Open the scenario a link names (by its fragment).
    OpenLink(String),
    /// Start a case from an article.
    NewCase {
        /// The article's text.
        article: String,
        /// Its language code.
        language: String,
    },
}

/// What the open file looked like on disk, to notice when something else changes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DiskStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl DiskStamp {
    fn of(path: &Path) -> Option<Self> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(Self {
            len: metadata.len(),
            modified: metadata.modified().ok(),
        })
    }
}

/// Where the file commands stand.
#[derive(Default)]
pub struct FileFlow {
    /// What waits for the unsaved-changes prompt (or for Save as…).
    pending: Option<Pending>,
    /// The open file as it was on disk when opened or saved.
    disk_stamp: Option<DiskStamp>,
    /// The system's file dialog (in the browser: its file picker and dropped files).
    system: System,
    /// A system dialog failed to appear once: Skenario's own chooser from now on.
    native_missing: bool,
    /// The closing of the window was confirmed (or needs no confirmation).
    close_confirmed: bool,
    /// The scenario the compare view compares with, and the case (by generation) it is for.
    comparison: Option<(u64, Comparison)>,
    /// The window's address, where it has one (share by link).
    sharing: Sharing,
    /// The walkthrough step the window presents, for the links it makes.
    presenting: Option<crate::core::link::StepAt>,
    /// What a command left for the window to do next (present the step a link named).
    follow_up: Option<super::command::Command>,
    /// A text waiting to be saved where the user chooses (what a link held), with its name.
    held_text: Option<(String, std::sync::Arc<str>)>,
    /// What the exercise being made keeps.
    exercise_keep: crate::core::model::Keep,
    /// The last comparison with the teacher's case.
    grading: Option<super::grading::Grading>,
}

impl FileFlow {
    /// The scenario to compare with, when it belongs to the case open now (`generation`).
    pub fn comparison(&self, generation: u64) -> Option<&Comparison> {
        self.comparison
            .as_ref()
            .filter(|(of, _)| *of == generation)
            .map(|(_, comparison)| comparison)
    }

    /// The comparison, to bring up to date with the explorer's evaluation.
    pub fn comparison_mut(&mut self) -> Option<&mut Comparison> {
        self.comparison.as_mut().map(|(_, comparison)| comparison)
    }

    /// The window closes without asking (the measuring runs end this way).
    pub fn confirm_close(&mut self) {
        self.close_confirmed = true;
    }

    /// The document now comes from `path` (or from no file): remember how it is on disk.
    pub fn opened(&mut self, path: Option<&Path>) {
        self.disk_stamp = path.and_then(DiskStamp::of);
    }

    /// Whether the system's dialog may be offered.
    pub fn native_dialogs_work(&self) -> bool {
        !self.native_missing
    }

    /// Offers unsaved work of a window that is gone, if there is any, and names the drafts
    /// that cannot be read (kept aside; only the user deletes them).
    pub fn offer_recovery(&mut self, desk: &mut Desk<'_>) {
        let Some(dir) = desk.autosave.data_dir().map(ToOwned::to_owned) else {
            return;
        };
        let found = autosave::find(&dir);
        let strings = desk.strings();
        let warning = if desk.options.browser {
            strings.recovery_unreadable_browser
        } else {
            strings.recovery_unreadable
        };
        for kept in self.system.keep_unreadable(found.unreadable) {
            let kept = vec![kept.display().to_string()];
            desk.state.report(MessageLevel::Warning, warning, kept);
        }
        if let Some(offer) = found.offer {
            *desk.modal = Some(Modal::Recovery(offer));
        }
    }
}

impl FileFlow {
    /// Carries out a file command.
    pub fn handle(&mut self, ctx: &egui::Context, command: FileCommand, desk: &mut Desk<'_>) {
        #[cfg(target_arch = "wasm32")]
        if self.handle_in_browser(ctx, &command, desk) {
            return;
        }
        if self.handle_case(ctx, &command, desk)
            || self.handle_link(ctx, &command, desk)
            || self.handle_exercise(ctx, &command, desk)
        {
            return;
        }
        match command {
            FileCommand::New => self.after_prompt(ctx, Pending::New, desk),
            FileCommand::ChooseFileToOpen => self.choose_file(ctx, Purpose::Open, desk),
            FileCommand::Open(path) => self.open(ctx, path, desk),
            FileCommand::OpenBytes { name, bytes } => {
                let opened = file::open_bytes(&name, &bytes);
                self.open_checked(ctx, opened, PathBuf::from(name), desk);
            }
            FileCommand::OpenShipped(at) => {
                self.after_prompt(ctx, Pending::OpenShipped(at), desk);
            }
            FileCommand::Save => match desk.state.document.path.clone() {
                Some(path) if self.changed_on_disk(&path) => {
                    *desk.modal = Some(Modal::OverwritePrompt);
                }
                Some(path) => {
                    self.save_to(&path, desk);
                }
                None => self.choose_file(ctx, Purpose::Save, desk),
            },
            FileCommand::ChooseWhereToSave => self.choose_file(ctx, Purpose::Save, desk),
            FileCommand::SaveTo(path) => {
                if self.save_to(&path, desk) {
                    close_chooser(desk);
                    if let Some(pending) = self.pending.take() {
                        self.carry_out(ctx, pending, desk);
                    }
                }
            }
            FileCommand::CompareWithPreset(index) => {
                if let Some(preset) = desk.state.presets.get(index) {
                    let name = preset.display_name(desk.settings.lang()).to_owned();
                    let comparison =
                        Comparison::new(&desk.state.document.case, name, preset.conditions.clone());
                    self.comparison = Some((desk.state.case_generation, comparison));
                }
            }
            FileCommand::ChooseFileToCompare => self.choose_file(ctx, Purpose::Compare, desk),
            FileCommand::CompareWithFile(path) => {
                let opened = file::open(&path);
                self.compare_with(&path, opened, desk);
            }
            FileCommand::CompareWithBytes { name, bytes } => {
                let opened = file::open_bytes(&name, &bytes);
                self.compare_with(Path::new(&name), opened, desk);
            }
            FileCommand::ShowExportDialog => {
                let folder = modal::start_folder(desk.state.document.path.as_deref());
                let name = slug(desk.state.document.name(desk.settings.lang(), ""));
                *desk.modal = Some(Modal::Export(ExportDialog::new(&folder, &name)));
            }
            FileCommand::ChooseWhereToExport => self.choose_file(ctx, Purpose::Export, desk),
            FileCommand::ExportTo(path) => export::export_to(&path, desk),
            FileCommand::Quit => self.after_prompt(ctx, Pending::Close, desk),
            FileCommand::WindowClosing => self.close_requested(ctx, desk),
            // The case's commands, handled above; the desktop's unreadable drafts are files
            // already, named when they were found.
            FileCommand::DownloadUnreadable
            | FileCommand::DeleteUnreadable { .. }
            | FileCommand::ShowNewCaseDialog
            | FileCommand::StartNewCase { .. }
            | FileCommand::LoadArticle(_)
            | FileCommand::SaveCase
            | FileCommand::ChooseWhereToSaveCase
            | FileCommand::SaveCaseTo(_)
            | FileCommand::OpenLink(_)
            | FileCommand::CopyLink
            | FileCommand::ShowOpenLinkDialog
            | FileCommand::ShowLinkAsQr
            | FileCommand::SaveText { .. }
            | FileCommand::SaveTextTo(_)
            | FileCommand::ShowLessons
            | FileCommand::ShowMakeExerciseDialog
            | FileCommand::ChooseWhereToSaveExercise(_)
            | FileCommand::SaveExerciseTo(_)
            | FileCommand::ChooseKeyToCompare
            | FileCommand::CompareWithKey(_)
            | FileCommand::CompareWithKeyBytes { .. }
            | FileCommand::ShowKeyComparison
            | FileCommand::ChooseWhereToSaveReport
            | FileCommand::SaveReportTo(_) => {}
        }
    }

    /// Carries out an answer to one of Skenario's own dialogs.
    pub fn handle_dialog(
        &mut self,
        ctx: &egui::Context,
        command: DialogCommand,
        desk: &mut Desk<'_>,
    ) {
        match command {
            DialogCommand::ShowShortcuts => *desk.modal = Some(Modal::Shortcuts),
            DialogCommand::SavePreferences => {
                if let Some(Modal::Preferences(dialog)) = desk.modal.take() {
                    dialog
                        .site_address
                        .trim()
                        .clone_into(&mut desk.settings.site_address);
                }
            }
            DialogCommand::ShowPreferences => {
                *desk.modal = Some(Modal::Preferences(modal::PreferencesDialog {
                    site_address: desk.settings.site_address.clone(),
                }));
            }
            DialogCommand::Close => match desk.modal.take() {
                // Cancelling the chooser of a handout's file goes back to the export dialog.
                Some(Modal::Chooser {
                    export: Some(dialog),
                    ..
                }) => *desk.modal = Some(Modal::Export(dialog)),
                Some(Modal::Recovery(offer)) => *desk.modal = Some(Modal::Recovery(offer)),
                _ => self.pending = None,
            },
            DialogCommand::SaveFirst => {
                *desk.modal = None;
                self.save_first(ctx, desk);
            }
            DialogCommand::SaveCaseAnyway => {
                *desk.modal = None;
                if let Some(draft) = desk.state.document.draft.as_mut() {
                    draft.rewrites_layout = false;
                }
                self.save_case(ctx, desk);
            }
            DialogCommand::DiscardChanges => {
                *desk.modal = None;
                // The user chose to throw the changes away: nothing to recover later.
                desk.autosave.clear();
                if let Some(pending) = self.pending.take() {
                    self.carry_out(ctx, pending, desk);
                }
            }
            DialogCommand::Overwrite => {
                *desk.modal = None;
                if let Some(path) = desk.state.document.path.clone() {
                    self.save_to(&path, desk);
                }
            }
            DialogCommand::Recover => self.recover(desk),
            DialogCommand::DiscardRecovery => {
                if let Some(Modal::Recovery(offer)) = desk.modal.take() {
                    offer.discard();
                }
                // Another window that is gone may have left work too.
                self.offer_recovery(desk);
            }
        }
    }

    /// Saves what is unsaved — the case being edited, then the scenario — and then carries out
    /// what waited for it. Where a file must be chosen, the chooser comes first and this goes
    /// on after a successful save.
    fn save_first(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        if desk
            .state
            .document
            .draft
            .as_ref()
            .is_some_and(Draft::is_dirty)
        {
            let path = desk
                .state
                .document
                .draft
                .as_ref()
                .and_then(|d| d.path.clone());
            match path {
                Some(path) => {
                    if !self.save_case_to(&path, desk) {
                        return;
                    }
                }
                None => return self.choose_file(ctx, Purpose::SaveCase, desk),
            }
        }
        if desk.state.document.scenario_is_dirty() {
            match desk.state.document.path.clone() {
                Some(path) => {
                    if !self.save_to(&path, desk) {
                        return;
                    }
                }
                // Save as… first; the pending action follows a successful save.
                None => return self.choose_file(ctx, Purpose::Save, desk),
            }
        }
        if let Some(pending) = self.pending.take() {
            self.carry_out(ctx, pending, desk);
        }
    }

    /// The window was asked to close (its close button, the system): ask first about unsaved
    /// changes.
    fn close_requested(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        if !self.close_confirmed && desk.state.document.is_dirty() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
            *desk.modal = Some(Modal::UnsavedPrompt);
        }
    }

    /// Runs `pending` now, or first asks about unsaved changes.
    fn after_prompt(&mut self, ctx: &egui::Context, pending: Pending, desk: &mut Desk<'_>) {
        if desk.state.document.is_dirty() {
            self.pending = Some(pending);
            *desk.modal = Some(Modal::UnsavedPrompt);
        } else {
            self.carry_out(ctx, pending, desk);
        }
    }

    fn carry_out(&mut self, ctx: &egui::Context, pending: Pending, desk: &mut Desk<'_>) {
        match pending {
            Pending::Close => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::New => desk.state.new_scenario(),
            Pending::Replace(opened, path) => {
                desk.state.replace(*opened, &path);
                close_chooser(desk);
                desk.settings.remember(&path);
                self.disk_stamp = DiskStamp::of(&path);
            }
            Pending::OpenShipped(at) => {
                if desk.state.open_shipped(at, ctx.input(|i| i.time)) {
                    close_chooser(desk);
                    self.opened(None);
                }
            }
            Pending::OpenLink(fragment) => {
                close_chooser(desk);
                if matches!(desk.modal, Some(Modal::OpenLink(_))) {
                    *desk.modal = None;
                }
                self.open_link_now(ctx, &fragment, desk);
            }
            Pending::NewCase { article, language } => {
                self.carry_out_new_case(article, language, desk);
            }
        }
    }

    /// Brings back the work on offer; its autosave becomes this window's.
    fn recover(&mut self, desk: &mut Desk<'_>) {
        let Some(Modal::Recovery(offer)) = desk.modal.take() else {
            return;
        };
        match autosave::restore(&offer.recovery) {
            Ok(document) => {
                self.opened(document.path.as_deref());
                // A case that was being edited comes back in the editor.
                let editing = document.draft.is_some();
                desk.state.replace_document(document);
                desk.state.editing = editing;
                desk.autosave.adopt(*offer);
            }
            Err(reason) => {
                // The file stays where it is (the next start offers it again).
                let strings = desk.strings();
                desk.state
                    .report(MessageLevel::Error, strings.recovery_failed, vec![reason]);
            }
        }
    }

    /// Whether the file at `path` is not what this window opened or last saved there.
    fn changed_on_disk(&self, path: &Path) -> bool {
        self.disk_stamp.is_some() && DiskStamp::of(path) != self.disk_stamp
    }

    /// Reads and checks `path` first; only a file that opens fine can replace the document
    /// (after the unsaved-changes prompt), so a broken file never costs anything.
    fn open(&mut self, ctx: &egui::Context, path: PathBuf, desk: &mut Desk<'_>) {
        let result = file::open(&path);
        self.open_checked(ctx, result, path, desk);
    }

    /// Carries on with a file that was read and checked: it replaces the document (after the
    /// prompt), or what is wrong with it is reported.
    fn open_checked(
        &mut self,
        ctx: &egui::Context,
        result: Result<Opened, file::LoadFailure>,
        path: PathBuf,
        desk: &mut Desk<'_>,
    ) {
        let strings = desk.strings();
        match result {
            Ok(opened) => self.after_prompt(ctx, Pending::Replace(Box::new(opened), path), desk),
            Err(failure) => {
                desk.state.report_problems(
                    MessageLevel::Error,
                    (strings.open_failed)(&file_label(&path)),
                    &failure.diagnostics,
                );
                if let Some(chooser) = desk.modal.as_mut().and_then(Modal::chooser_mut) {
                    chooser.error = failure.diagnostics.first().map(ToString::to_string);
                }
            }
        }
    }

    /// Saves; on failure reports it and returns false (the document stays unsaved).
    /// An unnamed scenario takes its name from the file.
    fn save_to(&mut self, path: &Path, desk: &mut Desk<'_>) -> bool {
        if desk.state.document.scenario.name.trim().is_empty() {
            let file = file_label(path);
            let stem = file
                .strip_suffix(".scenario.ron")
                .or_else(|| file.strip_suffix(".ron"))
                .unwrap_or(&file);
            desk.state.set_name(stem);
        }
        // The browser has no file to write to: the scenario goes to its downloads.
        #[cfg(target_arch = "wasm32")]
        return self.download_scenario(&file_label(path), desk);
        #[cfg(not(target_arch = "wasm32"))]
        match desk.state.save_to(path) {
            Ok(()) => {
                desk.settings.remember(path);
                self.disk_stamp = DiskStamp::of(path);
                true
            }
            Err(error) => {
                let strings = desk.strings();
                desk.state.report(
                    MessageLevel::Error,
                    strings.save_failed,
                    vec![error.to_string()],
                );
                if let Some(chooser) = desk.modal.as_mut().and_then(Modal::chooser_mut) {
                    chooser.error = Some(error.to_string());
                }
                false
            }
        }
    }

    /// Asks for a file: the system's dialog, or Skenario's own chooser where there is none.
    fn choose_file(&mut self, ctx: &egui::Context, purpose: Purpose, desk: &mut Desk<'_>) {
        let (folder, file_name) = if let Some(suggested) = self.exercise_suggestion(purpose, desk) {
            suggested
        } else if purpose == Purpose::SaveCase {
            Self::case_file_suggestion(desk)
        } else if let (Purpose::SaveText, Some(name)) = (purpose, self.held_text_name()) {
            let folder = modal::start_folder(desk.state.document.path.as_deref());
            (folder, name.to_owned())
        } else {
            let folder = modal::start_folder(desk.state.document.path.as_deref());
            let file_name = desk.state.document.file_name().unwrap_or_else(|| {
                format!(
                    "{}.scenario.ron",
                    slug(desk.state.document.name(desk.settings.lang(), ""))
                )
            });
            (folder, file_name)
        };
        let Some((folder, file_name)) = self.system_dialog(ctx, purpose, folder, file_name, desk)
        else {
            return;
        };
        let chooser = FileChooser::new(purpose, folder, &file_name, desk.options.native_dialogs);
        let export = match desk.modal.take() {
            Some(Modal::Export(dialog)) if purpose == Purpose::Export => Some(dialog),
            _ => None,
        };
        *desk.modal = Some(Modal::Chooser { chooser, export });
    }
}

/// Closes Skenario's own chooser, if it is what is open.
fn close_chooser(desk: &mut Desk<'_>) {
    if matches!(desk.modal, Some(Modal::Chooser { .. })) {
        *desk.modal = None;
    }
}

/// A path's file name, for messages.
fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
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
