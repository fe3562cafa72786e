//! Choosing files on the desktop: the system's dialog, while it works; dropped files by path.

use std::path::PathBuf;

use super::{Desk, FileFlow};
use crate::app::command::{FileCommand, Purpose};
use crate::app::native_dialog::{DialogOutcome, NativeDialog};

/// The system's dialog, while it is open.
#[derive(Default)]
pub struct System {
    dialog: Option<NativeDialog>,
}

impl System {
    /// The unreadable drafts to name: the desktop's are files, each found (and set aside) once.
    #[expect(clippy::unused_self, reason = "the browser's keeps them")]
    pub(super) fn keep_unreadable(&mut self, drafts: Vec<PathBuf>) -> Vec<PathBuf> {
        drafts
    }
}

impl FileFlow {
    /// Whether File → Download and Delete unreadable drafts are offered: only in the browser.
    pub fn has_unreadable_drafts(&self) -> bool {
        false
    }

    /// Opens the system's dialog for `purpose` where it works (none is returned); otherwise
    /// gives the folder and file name back for Skenario's own chooser.
    pub(super) fn system_dialog(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        folder: PathBuf,
        file_name: String,
        desk: &mut Desk<'_>,
    ) -> Option<(PathBuf, String)> {
        if !(self.native_dialogs_work() && desk.options.native_dialogs) {
            return Some((folder, file_name));
        }
        if self.system.dialog.is_none() {
            let dialog = NativeDialog::spawn(purpose, Some(folder), file_name, ctx);
            self.system.dialog = Some(dialog);
        }
        None
    }

    /// What the system's dialog answered, if it has: the command that carries it out.
    pub fn poll_system_dialog(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        let Some(dialog) = &self.system.dialog else {
            return;
        };
        match dialog.poll() {
            DialogOutcome::Waiting => {}
            DialogOutcome::Chosen(purpose, path) => {
                self.system.dialog = None;
                self.handle(ctx, FileCommand::chosen(purpose, path), desk);
            }
            DialogOutcome::Cancelled => {
                self.system.dialog = None;
                self.pending = None;
            }
            DialogOutcome::Unavailable(purpose) => {
                self.native_missing = true;
                self.system.dialog = None;
                self.choose_file(ctx, purpose, desk);
            }
        }
    }

    /// Whether File → Lessons of this site is offered: only in the browser, served from a
    /// site with lessons.
    pub fn has_lessons(&self) -> bool {
        false
    }

    /// What opens a file dropped on the window: its path.
    pub fn dropped(
        &mut self,
        _ctx: &egui::Context,
        file: &egui::DroppedFileHandle,
    ) -> Option<FileCommand> {
        Some(FileCommand::Open(file.path().to_owned()))
    }
}
