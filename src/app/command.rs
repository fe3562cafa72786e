//! What the panels ask for. They never change state themselves; [`super::SkenarioApp::handle`]
//! carries out each command in one place.

use std::path::PathBuf;

use crate::core::{ConditionState, Lang};

use super::CentralView;
use super::article::ArticleMode;
use super::theme::ThemeChoice;

/// A request from the UI (or a test, or a keyboard shortcut).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Set condition `condition` (index) to `state`.
    SetCondition {
        /// Index into the case's conditions.
        condition: usize,
        /// The new state.
        state: ConditionState,
    },
    /// Step a condition through unknown → yes → no.
    CycleCondition(usize),
    /// Every condition back to unknown.
    ResetConditions,
    /// Take the conditions of a shipped preset (index).
    ApplyPreset(usize),
    /// Select a consequence (index), or clear the selection.
    SelectConsequence(Option<usize>),
    /// Select a sentence (number), or clear the selection.
    SelectSentence(Option<u32>),
    /// Select a consequence and scroll the article to one of its sentences.
    ShowEvidence {
        /// Index into the case's consequences.
        consequence: usize,
        /// Sentence number.
        sentence: u32,
    },
    /// Rename the scenario.
    SetName(String),
    /// Replace the scenario's notes.
    SetNotes(String),

    /// Start a new untitled scenario (asks first if there are unsaved changes).
    New,
    /// Ask for a file to open (native dialog, or the in-app chooser).
    ShowOpenDialog,
    /// Open this file (asks first if there are unsaved changes).
    Open(PathBuf),
    /// Open a shipped scenario (index into the presets) as an untitled copy.
    OpenShipped(usize),
    /// Save to the current file, or ask where.
    Save,
    /// Ask where to save.
    ShowSaveDialog,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Close the in-app file chooser.
    CloseFileChooser,
    /// Compare with a shipped scenario (index into the presets).
    CompareWithPreset(usize),
    /// Ask for a scenario file to compare with.
    ShowCompareDialog,
    /// Compare with this scenario file.
    CompareWithFile(PathBuf),
    /// Open the export dialog.
    OpenExportDialog,
    /// Ask where to write the handout (system dialog).
    ShowExportDialog,
    /// Write the handout here.
    ExportTo(PathBuf),
    /// Close the export dialog.
    CloseExportDialog,

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
    /// Switch the central view.
    SetView(CentralView),
    /// Start presenting the case's first walkthrough.
    PresenterStart,
    /// Next step, or reveal the answer.
    PresenterNext,
    /// Previous step.
    PresenterPrevious,
    /// Leave presenter mode; the explorer returns to how it was.
    PresenterLeave,
    /// Show or hide the keyboard shortcut sheet.
    ShowShortcuts(bool),
    /// Dismiss message `index`.
    DismissMessage(usize),

    /// Bring back the unsaved work found at start.
    Recover,
    /// Throw away the unsaved work found at start.
    DiscardRecovery,
    /// Save over a file that changed on disk since it was opened.
    Overwrite,
    /// Do not save over the changed file.
    OverwriteCancel,
    /// Close the window (asks first if there are unsaved changes).
    Quit,
    /// In the unsaved-changes prompt: save, then go on.
    PromptSave,
    /// In the unsaved-changes prompt: discard, then go on.
    PromptDiscard,
    /// In the unsaved-changes prompt: do nothing.
    PromptCancel,
}
