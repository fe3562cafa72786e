//! Skenario's own dialogs and what is typed into them. At most one is open at a time, and
//! while one is open the shortcuts of the window behind it are off. The panels in
//! `panels/dialogs.rs` and `panels/file_chooser.rs` draw them.

use std::path::{Path, PathBuf};

use super::autosave::Offer;
use super::command::Purpose;
use super::grading::Grading;
use crate::core::model::Keep;
use crate::handout::Format;

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
    /// Starting a case from an article's text.
    NewCase(NewCaseDialog),
    /// Pasting a link to open it.
    OpenLink(OpenLinkDialog),
    /// The preferences.
    Preferences(PreferencesDialog),
    /// The link to the open scenario as a QR code, full screen.
    Qr(QrView),
    /// The start page of a site with lessons (in the browser): its lessons.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        expect(
            dead_code,
            reason = "only the browser is served from a site with lessons"
        )
    )]
    Lessons(Vec<crate::core::file::lessons::Lesson>),
    /// "Saving writes the case in Skenario's layout; its comments are not kept."
    RewritePrompt,
    /// "Delete the unreadable drafts?" (in the browser): how many there are.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        expect(dead_code, reason = "only the browser keeps drafts it cannot read")
    )]
    DeleteUnreadablePrompt(usize),
    /// Making an exercise of the open case: what it keeps.
    MakeExercise(Keep),
    /// The open case (a student's reading) compared with the teacher's case.
    Grading(Box<Grading>),
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

/// Skenario's own file chooser.
pub struct FileChooser {
    /// Open or save.
    pub purpose: Purpose,
    /// The path being typed.
    pub path: String,
    /// The folder listed.
    pub folder: PathBuf,
    /// `.ron` files in that folder, read when the chooser opened.
    pub listing: Vec<PathBuf>,
    /// Why the chooser is shown instead of the system's.
    pub native_missing: bool,
    /// What is wrong with the typed path.
    pub error: Option<String>,
    /// The path field is yet to take the keyboard (it does when the chooser opens).
    pub focus_path: bool,
}

impl FileChooser {
    /// A chooser starting in `folder`, with `file_name` typed for saving.
    pub fn new(purpose: Purpose, folder: PathBuf, file_name: &str, native_missing: bool) -> Self {
        let path = if purpose.writes() {
            folder.join(file_name).to_string_lossy().into_owned()
        } else {
            String::new()
        };
        let listing = ron_files_in(&folder);
        Self {
            purpose,
            path,
            folder,
            listing,
            native_missing,
            error: None,
            focus_path: true,
        }
    }
}

/// The `.ron` files directly in `folder`, sorted; unreadable folders list nothing.
fn ron_files_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        .take(200)
        .collect();
    files.sort();
    files
}

/// The folder a dialog starts in: the open file's, else the working folder.
pub fn start_folder(current: Option<&Path>) -> PathBuf {
    current
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_owned)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The File → Export handout… dialog.
pub struct ExportDialog {
    /// Markdown or HTML.
    pub format: Format,
    /// Print the walkthrough's questions too.
    pub questions: bool,
    /// One page (what follows, each with its key quote) instead of the whole handout.
    pub one_page: bool,
    /// Where to write.
    pub path: String,
    /// What went wrong with the last try.
    pub error: Option<String>,
}

impl ExportDialog {
    /// A dialog suggesting `folder/<name>.handout.html`.
    pub fn new(folder: &Path, name: &str) -> Self {
        let format = Format::Html;
        Self {
            format,
            questions: false,
            one_page: false,
            path: folder
                .join(format!("{name}.handout.{}", format.extension()))
                .display()
                .to_string(),
            error: None,
        }
    }

    /// Switches the format, and the extension of the suggested path with it.
    pub fn set_format(&mut self, format: Format) {
        for old in Format::ALL {
            if let Some(stem) = self.path.strip_suffix(&format!(".{}", old.extension())) {
                self.path = format!("{stem}.{}", format.extension());
                break;
            }
        }
        self.format = format;
    }
}

/// What the new-case dialog holds while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCaseDialog {
    /// The article's text, pasted or loaded.
    pub text: String,
    /// A text file to load it from.
    pub file: String,
    /// The article's language code.
    pub language: String,
    /// What is wrong with the last try, if something was.
    pub error: Option<String>,
}

impl Default for NewCaseDialog {
    fn default() -> Self {
        Self {
            text: String::new(),
            file: String::new(),
            language: "en".to_owned(),
            error: None,
        }
    }
}

/// The dialog that opens a pasted link.
#[derive(Debug, Default)]
pub struct OpenLinkDialog {
    /// The link pasted.
    pub text: String,
    /// What is wrong with it, when opening it failed at once.
    pub error: Option<String>,
}

/// The preferences, as they are being edited.
#[derive(Debug, Default)]
pub struct PreferencesDialog {
    /// The site's address.
    pub site_address: String,
}

/// A link drawn as a QR code: its modules, row by row (true: dark).
#[derive(Debug)]
pub struct QrView {
    /// The link.
    pub link: String,
    /// How many modules a side has.
    pub width: usize,
    /// The modules, row by row.
    pub dark: Vec<bool>,
}
