//! What the panels, the shortcuts and the tests ask for. Nothing that draws changes state: it
//! sends a [`Command`], and [`super::SkenarioApp::handle`] hands each area's commands to that
//! area's handler, the only code that changes it.
//!
//! Verbs say which window appears: `Choose…` asks for a file (the system's dialog, or
//! Skenario's own chooser where there is none); `Show…` opens one of Skenario's own dialogs.

use std::path::PathBuf;

use super::explorer::{ExplorerSnapshot, MessageLevel};
use super::panels::article::ArticleMode;
use super::settings::CentreTab;
use super::theme::ThemeChoice;
use crate::core::{ConditionIx, ConditionState, ConsequenceIx, Lang, SentenceNo};

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
}

/// Commands of the explorer: what is set, selected and written.
#[derive(Debug, Clone, PartialEq)]
pub enum ExploreCommand {
    /// Set a condition to a state.
    SetCondition {
        /// The condition.
        condition: ConditionIx,
        /// The new state.
        state: ConditionState,
    },
    /// Step a condition through unknown → yes → no.
    CycleCondition(ConditionIx),
    /// Every condition back to unknown.
    ResetConditions,
    /// Take the conditions of a shipped preset (by its place among the presets).
    ApplyPreset(usize),
    /// Select a consequence, or clear the selection.
    SelectConsequence(Option<ConsequenceIx>),
    /// Select a sentence, or clear the selection.
    SelectSentence(Option<SentenceNo>),
    /// Select a consequence and scroll the article to one of its sentences.
    ShowEvidence {
        /// The consequence.
        consequence: ConsequenceIx,
        /// The sentence.
        sentence: SentenceNo,
    },
    /// Put the conditions and the selection back as they were, marking nothing.
    Restore(ExplorerSnapshot),
    /// Rename the scenario.
    SetName(String),
    /// Replace the scenario's notes.
    SetNotes(String),
    /// Show a message until it is dismissed.
    Report {
        /// How serious it is.
        level: MessageLevel,
        /// One line: what happened.
        title: String,
        /// The details, one per line.
        details: Vec<String>,
    },
    /// Dismiss a message (by its place in the list).
    DismissMessage(usize),
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
    /// Open a shipped scenario (by its place among the presets) as an untitled copy.
    OpenShipped(usize),
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
    /// Show Skenario's export dialog.
    ShowExportDialog,
    /// Choose where to write the handout.
    ChooseWhereToExport,
    /// Write the handout here.
    ExportTo(PathBuf),
    /// Close the window (asks first if there are unsaved changes).
    Quit,
    /// The window is closing (its close button, the system): ask first if there are unsaved
    /// changes, and keep it open until answered.
    WindowClosing,
}

/// Answers to Skenario's own dialogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogCommand {
    /// Show the sheet of keyboard shortcuts.
    ShowShortcuts,
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
}

/// Commands about the window's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookCommand {
    /// Show the window in this language.
    SetLanguage(Lang),
    /// Switch between English and Bahasa Indonesia.
    ToggleLanguage,
    /// Light or dark.
    SetTheme(ThemeChoice),
    /// Switch between light and dark.
    ToggleTheme,
    /// Hide or show the conditions and article panels (more room for the centre).
    ToggleSidePanels,
    /// Larger text.
    TextBigger,
    /// Smaller text.
    TextSmaller,
    /// Normal text size.
    TextReset,
    /// Which language(s) the article shows.
    SetArticleMode(ArticleMode),
    /// What the centre shows.
    SetTab(CentreTab),
}

/// Commands of presenter mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresentCommand {
    /// Start presenting the case's first walkthrough.
    Start,
    /// Next step, or reveal the answer.
    Next,
    /// Previous step.
    Previous,
    /// Leave presenter mode; the explorer returns to how it was.
    Leave,
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

impl From<PresentCommand> for Command {
    fn from(command: PresentCommand) -> Self {
        Self::Present(command)
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
