//! Opening, saving, comparing and exporting: the file commands and the answers to the dialogs
//! around them. A broken file never replaces the open one; unsaved changes are asked about
//! first; a file changed on disk is not silently overwritten.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use super::SkenarioApp;
use super::command::{DialogCommand, FileCommand};
use super::explorer::MessageLevel;
use super::modal::Modal;
use super::native_dialog::{DialogOutcome, NativeDialog, Purpose};
use super::panels::compare::Comparison;
use super::panels::file_chooser::{self, ExportDialog, FileChooser};
use crate::core::States;
use crate::core::file::{self, Opened};
use crate::handout::{self, HandoutOptions};

/// Something to do once the user has answered the unsaved-changes prompt.
#[derive(Debug)]
pub enum Pending {
    /// Close the window.
    Close,
    /// Start a new scenario.
    New,
    /// A file that opened fine, waiting to replace the document.
    Replace(Box<Opened>, PathBuf),
    /// Open a shipped scenario (by its place among the presets) as an untitled copy.
    OpenShipped(usize),
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
    /// The system's dialog, while it is open.
    native: Option<NativeDialog>,
    /// A system dialog failed to appear once: Skenario's own chooser from now on.
    native_missing: bool,
    /// The closing of the window was confirmed (or needs no confirmation).
    close_confirmed: bool,
    /// The scenario the compare view compares with, and the case (by generation) it is for.
    comparison: Option<(u64, Comparison)>,
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
}

impl SkenarioApp {
    /// Carries out a file command.
    pub(super) fn handle_file(&mut self, ctx: &egui::Context, command: FileCommand) {
        match command {
            FileCommand::New => self.after_prompt(ctx, Pending::New),
            FileCommand::ChooseFileToOpen => self.choose_file(ctx, Purpose::Open),
            FileCommand::Open(path) => self.open(ctx, path),
            FileCommand::OpenShipped(index) => self.after_prompt(ctx, Pending::OpenShipped(index)),
            FileCommand::Save => match self.state.document.path.clone() {
                Some(path) if self.changed_on_disk(&path) => {
                    self.modal = Some(Modal::OverwritePrompt);
                }
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.choose_file(ctx, Purpose::Save),
            },
            FileCommand::ChooseWhereToSave => self.choose_file(ctx, Purpose::Save),
            FileCommand::SaveTo(path) => {
                if self.save_to(&path) {
                    self.close_chooser();
                    if let Some(pending) = self.files.pending.take() {
                        self.carry_out(ctx, pending);
                    }
                }
            }
            FileCommand::CompareWithPreset(index) => {
                if let Some(preset) = self.state.presets.get(index) {
                    let name = preset.display_name(self.settings.lang()).to_owned();
                    let comparison =
                        Comparison::new(&self.state.document.case, name, preset.conditions.clone());
                    self.files.comparison = Some((self.state.case_generation, comparison));
                }
            }
            FileCommand::ChooseFileToCompare => self.choose_file(ctx, Purpose::Compare),
            FileCommand::CompareWithFile(path) => self.compare_with_file(&path),
            FileCommand::ShowExportDialog => {
                let folder = file_chooser::start_folder(self.state.document.path.as_deref());
                let name = slug(self.state.document.name(self.settings.lang(), ""));
                self.modal = Some(Modal::Export(ExportDialog::new(&folder, &name)));
            }
            FileCommand::ChooseWhereToExport => self.choose_file(ctx, Purpose::Export),
            FileCommand::ExportTo(path) => self.export_to(&path),
            FileCommand::Quit => self.after_prompt(ctx, Pending::Close),
            FileCommand::WindowClosing => self.close_requested(ctx),
        }
    }

    /// Carries out an answer to one of Skenario's own dialogs.
    pub(super) fn handle_dialog(&mut self, ctx: &egui::Context, command: DialogCommand) {
        match command {
            DialogCommand::ShowShortcuts => self.modal = Some(Modal::Shortcuts),
            DialogCommand::Close => match self.modal.take() {
                // Cancelling the chooser of a handout's file goes back to the export dialog.
                Some(Modal::Chooser {
                    export: Some(dialog),
                    ..
                }) => self.modal = Some(Modal::Export(dialog)),
                Some(Modal::Recovery(offer)) => self.modal = Some(Modal::Recovery(offer)),
                _ => self.files.pending = None,
            },
            DialogCommand::SaveFirst => {
                self.modal = None;
                match self.state.document.path.clone() {
                    Some(path) => {
                        if self.save_to(&path)
                            && let Some(pending) = self.files.pending.take()
                        {
                            self.carry_out(ctx, pending);
                        }
                    }
                    // Save as… first; the pending action follows a successful save.
                    None => self.choose_file(ctx, Purpose::Save),
                }
            }
            DialogCommand::DiscardChanges => {
                self.modal = None;
                // The user chose to throw the changes away: nothing to recover later.
                self.autosave.clear();
                if let Some(pending) = self.files.pending.take() {
                    self.carry_out(ctx, pending);
                }
            }
            DialogCommand::Overwrite => {
                self.modal = None;
                if let Some(path) = self.state.document.path.clone() {
                    self.save_to(&path);
                }
            }
            DialogCommand::Recover => self.recover(),
            DialogCommand::DiscardRecovery => {
                if let Some(Modal::Recovery(offer)) = self.modal.take() {
                    offer.discard();
                }
                // Another window that is gone may have left work too.
                self.offer_recovery();
            }
        }
    }

    /// The window was asked to close (its close button, the system): ask first about unsaved
    /// changes.
    fn close_requested(&mut self, ctx: &egui::Context) {
        if !self.files.close_confirmed && self.state.document.is_dirty() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.files.pending = Some(Pending::Close);
            self.modal = Some(Modal::UnsavedPrompt);
        }
    }

    /// Runs `pending` now, or first asks about unsaved changes.
    fn after_prompt(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.state.document.is_dirty() {
            self.files.pending = Some(pending);
            self.modal = Some(Modal::UnsavedPrompt);
        } else {
            self.carry_out(ctx, pending);
        }
    }

    fn carry_out(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.files.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::New => self.state.new_scenario(),
            Pending::Replace(opened, path) => {
                self.state.replace(*opened, &path);
                self.close_chooser();
                self.settings.remember(&path);
                self.files.disk_stamp = DiskStamp::of(&path);
            }
            Pending::OpenShipped(index) => {
                if self.state.open_preset_copy(index, ctx.input(|i| i.time)) {
                    self.close_chooser();
                }
            }
        }
    }

    /// Closes Skenario's own chooser, if it is what is open.
    fn close_chooser(&mut self) {
        if matches!(self.modal, Some(Modal::Chooser { .. })) {
            self.modal = None;
        }
    }

    /// Compares with a scenario file of the same case.
    fn compare_with_file(&mut self, path: &Path) {
        let strings = self.strings();
        let file = file_label(path);
        let lang = self.settings.lang();
        let (case_id, name, states) = match file::open(path) {
            Ok(Opened::Scenario(loaded)) => (
                loaded.case.case().id.clone(),
                loaded.scenario.display_name(lang).to_owned(),
                loaded.scenario.conditions,
            ),
            Ok(Opened::Case(loaded)) => {
                (loaded.case.case().id.clone(), file.clone(), States::new())
            }
            Err(failure) => {
                self.state.report(
                    MessageLevel::Error,
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
        self.close_chooser();
        if case_id != self.state.document.case.case().id {
            self.state.report(
                MessageLevel::Error,
                (strings.compare_other_case)(&file, &case_id),
                Vec::new(),
            );
            return;
        }
        let name = if name.trim().is_empty() { file } else { name };
        let comparison = Comparison::new(&self.state.document.case, name, states);
        self.files.comparison = Some((self.state.case_generation, comparison));
    }

    /// Writes the handout of the open scenario.
    fn export_to(&mut self, path: &Path) {
        let strings = self.strings();
        let lang = self.settings.lang();
        let Some(dialog) = self.modal.as_mut().and_then(Modal::export_mut) else {
            return;
        };
        let case = &self.state.document.case;
        let questions = if dialog.questions {
            handout::walkthrough_with_questions(case.case())
        } else {
            None
        };
        let options = HandoutOptions { lang, questions };
        let text = handout::handout(case, &self.state.document.scenario, dialog.format, &options);
        match file::write_atomically(path, text.as_bytes()) {
            Ok(()) => {
                self.modal = None;
                self.state.report(
                    MessageLevel::Info,
                    strings.export_done,
                    vec![path.display().to_string()],
                );
            }
            Err(error) => {
                dialog.error = Some(error.to_string());
                if let Some(Modal::Chooser {
                    export: Some(dialog),
                    ..
                }) = self.modal.take()
                {
                    self.modal = Some(Modal::Export(dialog));
                }
                self.state.report(
                    MessageLevel::Error,
                    strings.export_failed,
                    vec![error.to_string()],
                );
            }
        }
    }

    /// Whether the file at `path` is not what this window opened or last saved there.
    fn changed_on_disk(&self, path: &Path) -> bool {
        self.files.disk_stamp.is_some() && DiskStamp::of(path) != self.files.disk_stamp
    }

    /// Reads and checks `path` first; only a file that opens fine can replace the document
    /// (after the unsaved-changes prompt), so a broken file never costs anything.
    fn open(&mut self, ctx: &egui::Context, path: PathBuf) {
        let strings = self.strings();
        match file::open(&path) {
            Ok(opened) => self.after_prompt(ctx, Pending::Replace(Box::new(opened), path)),
            Err(failure) => {
                self.state.report(
                    MessageLevel::Error,
                    (strings.open_failed)(&file_label(&path)),
                    failure
                        .diagnostics
                        .iter()
                        .map(ToString::to_string)
                        .collect(),
                );
                if let Some(chooser) = self.modal.as_mut().and_then(Modal::chooser_mut) {
                    chooser.error = failure.diagnostics.first().map(ToString::to_string);
                }
            }
        }
    }

    /// Saves; on failure reports it and returns false (the document stays unsaved).
    /// An unnamed scenario takes its name from the file.
    fn save_to(&mut self, path: &Path) -> bool {
        if self.state.document.scenario.name.trim().is_empty() {
            let file = file_label(path);
            let stem = file
                .strip_suffix(".scenario.ron")
                .or_else(|| file.strip_suffix(".ron"))
                .unwrap_or(&file);
            self.state.set_name(stem);
        }
        match self.state.save_to(path) {
            Ok(()) => {
                self.settings.remember(path);
                self.files.disk_stamp = DiskStamp::of(path);
                true
            }
            Err(error) => {
                let strings = self.strings();
                self.state.report(
                    MessageLevel::Error,
                    strings.save_failed,
                    vec![error.to_string()],
                );
                if let Some(chooser) = self.modal.as_mut().and_then(Modal::chooser_mut) {
                    chooser.error = Some(error.to_string());
                }
                false
            }
        }
    }

    /// Asks for a file: the system's dialog, or Skenario's own chooser where there is none.
    fn choose_file(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let folder = file_chooser::start_folder(self.state.document.path.as_deref());
        let file_name = self.state.document.file_name().unwrap_or_else(|| {
            format!(
                "{}.scenario.ron",
                slug(self.state.document.name(self.settings.lang(), ""))
            )
        });
        if self.files.native_dialogs_work() && self.options.native_dialogs {
            if self.files.native.is_none() {
                self.files.native =
                    Some(NativeDialog::spawn(purpose, Some(folder), file_name, ctx));
            }
            return;
        }
        let chooser = FileChooser::new(purpose, folder, &file_name, self.options.native_dialogs);
        let export = match self.modal.take() {
            Some(Modal::Export(dialog)) if purpose == Purpose::Export => Some(dialog),
            _ => None,
        };
        self.modal = Some(Modal::Chooser { chooser, export });
    }

    /// What the system's dialog answered, if it has: the command that carries it out.
    pub(super) fn poll_native_dialog(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &self.files.native else {
            return;
        };
        match dialog.poll() {
            DialogOutcome::Waiting => return,
            DialogOutcome::Chosen(purpose, path) => {
                self.files.native = None;
                self.handle(ctx, purpose.command(path));
            }
            DialogOutcome::Cancelled => {
                self.files.native = None;
                self.files.pending = None;
            }
            DialogOutcome::Unavailable(purpose) => {
                self.files.native_missing = true;
                self.files.native = None;
                self.choose_file(ctx, purpose);
            }
        }
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
