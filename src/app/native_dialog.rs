//! The system's file dialog, run off the UI thread so the window keeps drawing; when there is
//! none (a Linux desktop without a portal), it says so at once and Skenario shows its own.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use super::command::Purpose;

/// A dialog that answers faster than this did not show anything: there is no native dialog.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

/// A native dialog running on its own thread.
pub struct NativeDialog {
    purpose: Purpose,
    started: Instant,
    answer: Receiver<Option<PathBuf>>,
}

/// What a native dialog said.
pub enum DialogOutcome {
    /// Still open.
    Waiting,
    /// The user chose this file.
    Chosen(Purpose, PathBuf),
    /// The user cancelled.
    Cancelled,
    /// No dialog appeared: use the in-app chooser.
    Unavailable(Purpose),
}

impl NativeDialog {
    /// Opens the system's dialog on a background thread; `ctx` is woken when it answers.
    pub fn spawn(
        purpose: Purpose,
        folder: Option<PathBuf>,
        file_name: String,
        ctx: &egui::Context,
    ) -> Self {
        let (sender, answer) = channel();
        let ctx = ctx.clone();
        // A thread that cannot start drops the sender, and `poll` then offers Skenario's own
        // chooser.
        std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let mut dialog = rfd::AsyncFileDialog::new().add_filter("Skenario (RON)", &["ron"]);
                if let Some(folder) = folder {
                    dialog = dialog.set_directory(folder);
                }
                let chosen = if purpose.writes() {
                    if matches!(purpose, Purpose::Export | Purpose::Report) {
                        dialog = rfd::AsyncFileDialog::new()
                            .add_filter("HTML", &["html"])
                            .add_filter("Markdown", &["md"]);
                    }
                    pollster::block_on(dialog.set_file_name(file_name).save_file())
                } else {
                    pollster::block_on(dialog.pick_file())
                };
                // The receiver is gone only if the app closed meanwhile.
                sender
                    .send(chosen.map(|handle| handle.path().to_owned()))
                    .ok();
                ctx.request_repaint();
            })
            .ok();
        Self {
            purpose,
            started: Instant::now(),
            answer,
        }
    }

    /// Checks for an answer without waiting.
    pub fn poll(&self) -> DialogOutcome {
        match self.answer.try_recv() {
            Ok(Some(path)) => DialogOutcome::Chosen(self.purpose, path),
            Ok(None) if self.started.elapsed() < NO_DIALOG_THRESHOLD => {
                DialogOutcome::Unavailable(self.purpose)
            }
            Ok(None) => DialogOutcome::Cancelled,
            Err(TryRecvError::Empty) => DialogOutcome::Waiting,
            Err(TryRecvError::Disconnected) => DialogOutcome::Unavailable(self.purpose),
        }
    }
}
