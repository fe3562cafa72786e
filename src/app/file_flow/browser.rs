//! Files in the browser: the page's picker and dropped files to open or compare, downloads to
//! save a scenario and export a handout. There are no paths: a file is known by its name.

use std::path::{Path, PathBuf};

use super::{Desk, FileFlow, export, file_label};
use crate::app::command::{FileCommand, Purpose};
use crate::app::explorer::{Detail, MessageLevel};
use crate::app::modal::{ExportDialog, Modal};
use crate::app::web::files::{self, Inbox, Picked};
use crate::app::web::storage;
use crate::core::write::scenario_to_ron;

/// What the page's picker was opened for, and where picked and dropped files arrive.
#[derive(Default)]
pub struct System {
    picking: Option<Purpose>,
    inbox: Inbox,
    /// The storage keys of drafts from last time that could not be read.
    unreadable: Vec<PathBuf>,
}

impl System {
    /// Keeps the keys of the drafts that could not be read, for File → Download unreadable
    /// drafts: the browser's storage is not a place anyone can reach them. Gives the ones not
    /// named yet in this window (storage offers them all again each time it is searched).
    pub(super) fn keep_unreadable(&mut self, drafts: Vec<PathBuf>) -> Vec<PathBuf> {
        let new = drafts
            .iter()
            .filter(|key| !self.unreadable.contains(key))
            .cloned()
            .collect();
        self.unreadable = drafts;
        new
    }
}

impl FileFlow {
    /// Carries out the file commands the browser does its own way; false for the others.
    pub(super) fn handle_in_browser(
        &mut self,
        ctx: &egui::Context,
        command: &FileCommand,
        desk: &mut Desk<'_>,
    ) -> bool {
        match command {
            // There is no file to write back to: saving always downloads.
            FileCommand::Save => self.choose_file(ctx, Purpose::Save, desk),
            FileCommand::ShowExportDialog => {
                let name = super::slug(desk.state.document.name(desk.settings.lang(), ""));
                *desk.modal = Some(Modal::Export(ExportDialog::new(Path::new(""), &name)));
            }
            FileCommand::ExportTo(path) => download_handout(path, desk),
            FileCommand::DownloadUnreadable => download_unreadable(&self.system.unreadable, desk),
            FileCommand::DeleteUnreadable { confirmed: false } => {
                let count = self.system.unreadable.len();
                *desk.modal = Some(Modal::DeleteUnreadablePrompt(count));
            }
            FileCommand::DeleteUnreadable { confirmed: true } => {
                *desk.modal = None;
                let deleted: Vec<String> = self
                    .system
                    .unreadable
                    .drain(..)
                    .map(|key| {
                        storage::forget(&key);
                        key.display().to_string()
                    })
                    .collect();
                // Their warnings said the browser keeps them, which is no longer so.
                desk.state.messages.retain(|message| {
                    !message
                        .details
                        .iter()
                        .filter_map(Detail::line)
                        .any(|d| deleted.iter().any(|gone| gone == d))
                });
                let count = deleted.len();
                let strings = desk.strings();
                desk.state.report(
                    MessageLevel::Info,
                    (strings.unreadable_deleted)(count),
                    Vec::new(),
                );
            }
            _ => return false,
        }
        true
    }

    /// Whether File → Download and Delete unreadable drafts are offered: some were found at
    /// start and are still kept.
    pub fn has_unreadable_drafts(&self) -> bool {
        !self.system.unreadable.is_empty()
    }

    /// The page's picker for what is read (its answer comes later); what is written goes to
    /// the downloads at once. Never Skenario's own chooser: the browser has no folders.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "the desktop's, with the same signature, hands both to the system's dialog"
    )]
    pub(super) fn system_dialog(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        _folder: PathBuf,
        file_name: String,
        desk: &mut Desk<'_>,
    ) -> Option<(PathBuf, String)> {
        match purpose {
            Purpose::Open | Purpose::Compare => {
                match files::pick(".ron", &self.system.inbox, ctx) {
                    Ok(()) => self.system.picking = Some(purpose),
                    Err(reason) => {
                        let strings = desk.strings();
                        desk.state.report(
                            MessageLevel::Error,
                            (strings.open_failed)("…"),
                            vec![reason],
                        );
                    }
                }
            }
            Purpose::Save => {
                if self.download_scenario(&file_name, desk)
                    && let Some(pending) = self.pending.take()
                {
                    self.carry_out(ctx, pending, desk);
                }
            }
            Purpose::Export => {
                let path = desk
                    .modal
                    .as_mut()
                    .and_then(Modal::export_mut)
                    .map(|d| d.path.clone());
                download_handout(Path::new(&path.unwrap_or_default()), desk);
            }
            // The case editor is not offered in the browser.
            Purpose::SaveCase => {}
        }
        None
    }

    /// Opens or compares what the picker or a drop delivered.
    pub fn poll_system_dialog(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        for picked in self.system.inbox.take() {
            let purpose = self.system.picking.take().unwrap_or(Purpose::Open);
            match picked {
                Picked::Chosen { name, bytes } => {
                    let command = if purpose == Purpose::Compare {
                        FileCommand::CompareWithBytes { name, bytes }
                    } else {
                        FileCommand::OpenBytes { name, bytes }
                    };
                    self.handle(ctx, command, desk);
                }
                Picked::Cancelled => self.pending = None,
                Picked::Failed(name, reason) => {
                    let strings = desk.strings();
                    desk.state.report(
                        MessageLevel::Error,
                        (strings.open_failed)(&name),
                        vec![reason],
                    );
                }
            }
        }
    }

    /// Reads a file dropped on the page; it opens once the browser has read it.
    pub fn dropped(
        &mut self,
        ctx: &egui::Context,
        file: &egui::DroppedFileHandle,
    ) -> Option<FileCommand> {
        // What arrives is opened, whatever the picker was last opened for.
        self.system.picking = None;
        files::read_dropped(file, &self.system.inbox, ctx);
        None
    }

    /// Downloads the scenario as `file_name`; it then counts as saved, under that name.
    /// False (and a message) when it could not be.
    pub(super) fn download_scenario(&mut self, file_name: &str, desk: &mut Desk<'_>) -> bool {
        let strings = desk.strings();
        let path = PathBuf::from(file_name);
        let saved = desk
            .state
            .scenario_to_save(&path)
            .map_err(|e| e.to_string())
            .and_then(|scenario| {
                let text = scenario_to_ron(&scenario).map_err(|e| e.to_string())?;
                files::download(file_name, &text, "application/ron")?;
                Ok(scenario)
            });
        match saved {
            Ok(scenario) => {
                desk.state.saved_as(scenario, &path);
                desk.state.report(
                    MessageLevel::Info,
                    (strings.downloaded)(file_name),
                    Vec::new(),
                );
                true
            }
            Err(reason) => {
                desk.state
                    .report(MessageLevel::Error, strings.save_failed, vec![reason]);
                false
            }
        }
    }
}

/// Downloads the handout the export dialog asks for, under the file name typed there.
fn download_handout(path: &Path, desk: &mut Desk<'_>) {
    let strings = desk.strings();
    let Some(text) = export::handout_text(desk) else {
        return;
    };
    let name = file_label(path);
    let mime = if name.ends_with(".md") {
        "text/markdown"
    } else {
        "text/html"
    };
    match files::download(&name, &text, mime) {
        Ok(()) => {
            *desk.modal = None;
            desk.state
                .report(MessageLevel::Info, (strings.downloaded)(&name), Vec::new());
        }
        Err(reason) => export::export_failed(&reason, desk),
    }
}

/// Downloads a copy of each draft kept under `keys`, as it is in the page's storage (which
/// keeps it too).
fn download_unreadable(keys: &[PathBuf], desk: &mut Desk<'_>) {
    let strings = desk.strings();
    for (number, key) in keys.iter().enumerate() {
        let name = format!("skenario-unreadable-draft-{}.ron", number + 1);
        let downloaded = storage::kept_text(key)
            .ok_or_else(|| strings.download_failed.to_owned())
            .and_then(|text| files::download(&name, &text, "application/octet-stream"));
        match downloaded {
            Ok(()) => {
                desk.state
                    .report(MessageLevel::Info, (strings.downloaded)(&name), Vec::new());
            }
            Err(reason) => desk.state.report(
                MessageLevel::Error,
                strings.download_failed,
                vec![format!("{}: {reason}", key.display())],
            ),
        }
    }
}
