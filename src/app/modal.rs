//! Skenario's own dialogs. At most one is open at a time, and while one is open the shortcuts
//! of the window behind it are off.

use std::path::PathBuf;

use super::autosave::Offer;
use super::command::Commands;
use super::context::PanelContext;
use super::panels::dialogs;
use super::panels::file_chooser::{self, ExportDialog, FileChooser};

/// The dialog that is open.
pub enum Modal {
    /// "Unsaved changes: save them first?" — something waits for the answer.
    UnsavedPrompt,
    /// "The file changed on disk: overwrite it?"
    OverwritePrompt,
    /// Unsaved work from a window that is gone, offered back.
    Recovery(Box<Offer>),
    /// The sheet of keyboard shortcuts.
    Shortcuts,
    /// The export dialog.
    Export(ExportDialog),
    /// Skenario's own file chooser (where there is no system dialog). When it chooses where a
    /// handout goes, the export dialog waits behind it.
    Chooser {
        /// The chooser.
        chooser: FileChooser,
        /// The export dialog the file is chosen for.
        export: Option<ExportDialog>,
    },
}

impl Modal {
    /// The chooser, when it is what is open.
    pub fn chooser_mut(&mut self) -> Option<&mut FileChooser> {
        match self {
            Self::Chooser { chooser, .. } => Some(chooser),
            _ => None,
        }
    }

    /// The export dialog, whether it is open or waits behind the chooser.
    pub fn export_mut(&mut self) -> Option<&mut ExportDialog> {
        match self {
            Self::Export(dialog)
            | Self::Chooser {
                export: Some(dialog),
                ..
            } => Some(dialog),
            _ => None,
        }
    }
}

/// Draws `modal` over the window.
pub fn modal_ui(
    ctx: &egui::Context,
    modal: &mut Modal,
    view: &PanelContext<'_>,
    recent: &[PathBuf],
    native_dialogs: bool,
    commands: &mut Commands,
) {
    match modal {
        Modal::UnsavedPrompt => dialogs::unsaved_prompt_ui(ctx, view, commands),
        Modal::OverwritePrompt => dialogs::overwrite_ui(ctx, view, commands),
        Modal::Recovery(offer) => dialogs::recovery_ui(ctx, view, &offer.recovery, commands),
        Modal::Shortcuts => dialogs::shortcuts_ui(ctx, view, commands),
        Modal::Export(dialog) => {
            file_chooser::export_ui(ctx, dialog, view, native_dialogs, commands);
        }
        Modal::Chooser { chooser, .. } => {
            file_chooser::chooser_ui(ctx, chooser, view, recent, commands);
        }
    }
}
