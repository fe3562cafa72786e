//! What the panels, the shortcuts and the tests ask for. Nothing that draws changes state: it
//! sends a [`Command`], and [`super::SkenarioApp::handle`] hands each area's commands to that
//! area's handler, the only code that changes it.
//!
//! Verbs say which window appears: `Choose…` asks for a file (the system's dialog, or
//! Skenario's own chooser where there is none); `Show…` opens one of Skenario's own dialogs.

use std::path::PathBuf;
use std::sync::Arc;

use super::editing::EditCommand;
use super::explorer::ExploreCommand;
use super::library::ShippedRef;
use super::presenting::PresentCommand;
use super::settings::LookCommand;
use crate::core::model::Keep;

/// A request from the UI (or a test, or a keyboard shortcut), by area.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// The conditions, the selection, the scenario's name and notes, messages.
    Explore(ExploreCommand),
    /// Opening, saving, comparing and exporting files.
    File(FileCommand),
    /// Answers to Skenario's own dialogs.
    Dialog(DialogCommand),
    /// The window's look: language, theme, text size, which views show.
    Look(LookCommand),
    /// Presenting a walkthrough.
    Present(PresentCommand),
    /// Editing the case.
    Edit(EditCommand),
}

/// Commands about files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileCommand {
    /// Start a new untitled scenario (asks first if there are unsaved changes).
    New,
    /// Choose a case or scenario to open.
    ChooseFileToOpen,
    /// Open this file (asks first if there are unsaved changes).
    Open(PathBuf),
    /// Open a file that arrived as bytes (dropped on the browser's page, picked in its
    /// chooser), by its name (asks first if there are unsaved changes).
    OpenBytes {
        /// The file's name.
        name: String,
        /// What it holds.
        bytes: Arc<[u8]>,
    },
    /// Open the scenario a link names by its fragment (asks first if there are unsaved
    /// changes).
    OpenLink(String),
    /// Put a link to the open scenario on the clipboard.
    CopyLink,
    /// Show Skenario's dialog that opens a pasted link.
    ShowOpenLinkDialog,
    /// Show the link to the open scenario as a QR code, full screen.
    ShowLinkAsQr,
    /// Save (in the browser: download) a text under a name: what a link held.
    SaveText {
        /// The file's name.
        name: String,
        /// Its text.
        text: Arc<str>,
    },
    /// Save the text offered to this file.
    SaveTextTo(PathBuf),
    /// The lessons the site offers, read from its list (in the browser).
    ShowLessons,
    /// Download copies of the drafts from last time that could not be read (in the browser,
    /// which keeps them in the page's storage).
    DownloadUnreadable,
    /// Delete those drafts from the page's storage: asks first, then, `confirmed`, deletes.
    DeleteUnreadable {
        /// The user said yes in the prompt.
        confirmed: bool,
    },
    /// Open a shipped case, or one of its scenarios as an untitled copy (asks first if there
    /// are unsaved changes).
    OpenShipped(ShippedRef),
    /// Save to the current file, or choose where.
    Save,
    /// Choose where to save.
    ChooseWhereToSave,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Compare with a shipped scenario (by its place among the presets).
    CompareWithPreset(usize),
    /// Choose a scenario file to compare with.
    ChooseFileToCompare,
    /// Compare with this scenario file.
    CompareWithFile(PathBuf),
    /// Compare with a scenario file that arrived as bytes, by its name.
    CompareWithBytes {
        /// The file's name.
        name: String,
        /// What it holds.
        bytes: Arc<[u8]>,
    },
    /// Show Skenario's export dialog.
    ShowExportDialog,
    /// Choose where to write the handout.
    ChooseWhereToExport,
    /// Write the handout here.
    ExportTo(PathBuf),
    /// Close the window (asks first if there are unsaved changes).
    Quit,
    /// Show the dialog that starts a case from an article's text.
    ShowNewCaseDialog,
    /// Start a case from this article's text, in the language with this code (asks first if
    /// there are unsaved changes).
    StartNewCase {
        /// The article's text.
        article: String,
        /// Its language code.
        language: String,
    },
    /// Read this article's text file into the new-case dialog.
    LoadArticle(PathBuf),
    /// Save the case being edited to its file, or choose where.
    SaveCase,
    /// Choose where to save the case being edited.
    ChooseWhereToSaveCase,
    /// Save the case being edited to this file.
    SaveCaseTo(PathBuf),
    /// The window is closing (its close button, the system): ask first if there are unsaved
    /// changes, and keep it open until answered.
    WindowClosing,
    /// Show the dialog that makes an exercise of the open case.
    ShowMakeExerciseDialog,
    /// Choose where to save the exercise that keeps this much of the open case.
    ChooseWhereToSaveExercise(Keep),
    /// Save the exercise to this file (never over one that exists).
    SaveExerciseTo(PathBuf),
    /// Choose the teacher's case to compare the open one (a student's reading) with.
    ChooseKeyToCompare,
    /// Compare the open case with the teacher's case in this file.
    CompareWithKey(PathBuf),
    /// Compare the open case with a teacher's case that arrived as bytes, by its name.
    CompareWithKeyBytes {
        /// The file's name.
        name: String,
        /// What it holds.
        bytes: Arc<[u8]>,
    },
    /// Show the last comparison with the teacher's case again.
    ShowKeyComparison,
    /// Choose where to save the comparison as a printable report.
    ChooseWhereToSaveReport,
    /// Save the comparison's report to this file (`.html` or `.md`).
    SaveReportTo(PathBuf),
}

/// Answers to Skenario's own dialogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogCommand {
    /// Show the sheet of keyboard shortcuts.
    ShowShortcuts,
    /// Show the preferences (the site's address).
    ShowPreferences,
    /// In the preferences: keep what was typed.
    SavePreferences,
    /// Close the dialog that is open, doing nothing (Cancel, Esc, Close).
    Close,
    /// In the unsaved-changes prompt: save, then go on.
    SaveFirst,
    /// In the unsaved-changes prompt: discard the changes, then go on.
    DiscardChanges,
    /// Save over a file that changed on disk since it was opened.
    Overwrite,
    /// Bring back the unsaved work found at start.
    Recover,
    /// Throw away the unsaved work found at start.
    DiscardRecovery,
    /// Save the case over a file with a layout of its own (its comments are not kept).
    SaveCaseAnyway,
}

impl From<ExploreCommand> for Command {
    fn from(command: ExploreCommand) -> Self {
        Self::Explore(command)
    }
}

impl From<FileCommand> for Command {
    fn from(command: FileCommand) -> Self {
        Self::File(command)
    }
}

impl From<DialogCommand> for Command {
    fn from(command: DialogCommand) -> Self {
        Self::Dialog(command)
    }
}

impl From<LookCommand> for Command {
    fn from(command: LookCommand) -> Self {
        Self::Look(command)
    }
}

impl From<EditCommand> for Command {
    fn from(command: EditCommand) -> Self {
        Self::Edit(command)
    }
}

impl From<PresentCommand> for Command {
    fn from(command: PresentCommand) -> Self {
        Self::Present(command)
    }
}

impl FileCommand {
    /// The command that carries out the choice of `path` for `purpose`.
    pub fn chosen(purpose: Purpose, path: PathBuf) -> Self {
        match purpose {
            Purpose::Open => Self::Open(path),
            Purpose::Save => Self::SaveTo(path),
            Purpose::Compare => Self::CompareWithFile(path),
            Purpose::Export => Self::ExportTo(path),
            Purpose::SaveCase => Self::SaveCaseTo(path),
            Purpose::SaveText => Self::SaveTextTo(path),
            Purpose::Exercise => Self::SaveExerciseTo(path),
            Purpose::Key => Self::CompareWithKey(path),
            Purpose::Report => Self::SaveReportTo(path),
        }
    }
}

impl Command {
    /// Whether the command needs the desktop: a path on disk, the window's own closing, or the
    /// preferences (in the browser, the page's own address is the site's). The browser's menus
    /// and keys leave these out.
    pub fn needs_desktop(&self) -> bool {
        match self {
            Self::File(command) => matches!(
                command,
                FileCommand::Open(_)
                    | FileCommand::SaveTo(_)
                    | FileCommand::CompareWithFile(_)
                    | FileCommand::Quit
                    | FileCommand::LoadArticle(_)
                    | FileCommand::ChooseWhereToSaveCase
                    | FileCommand::SaveCaseTo(_)
                    | FileCommand::SaveTextTo(_)
                    | FileCommand::ShowOpenLinkDialog
                    | FileCommand::SaveExerciseTo(_)
                    | FileCommand::CompareWithKey(_)
                    | FileCommand::SaveReportTo(_)
            ),
            Self::Dialog(DialogCommand::ShowPreferences) => true,
            Self::Explore(_)
            | Self::Dialog(_)
            | Self::Look(_)
            | Self::Present(_)
            | Self::Edit(_) => false,
        }
    }
}

/// Where panels put what they ask for during a frame.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    /// Asks for `command`.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.0.push(command.into());
    }

    /// Everything asked for, in order.
    pub fn take(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }
}

/// What a file is being chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Opening a case or scenario.
    Open,
    /// Saving the scenario.
    Save,
    /// A scenario to compare with.
    Compare,
    /// Where to write a handout.
    Export,
    /// Where to save the case being edited.
    SaveCase,
    /// Where to save a text a link held.
    SaveText,
    /// Where to save an exercise.
    Exercise,
    /// The teacher's case to compare a student's reading with.
    Key,
    /// Where to save the comparison's report.
    Report,
}

impl Purpose {
    /// Whether the file is written (rather than read).
    pub fn writes(self) -> bool {
        matches!(
            self,
            Self::Save | Self::Export | Self::SaveCase | Self::Exercise | Self::Report
        )
    }
}
