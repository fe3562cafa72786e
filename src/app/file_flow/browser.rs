//! Files in the browser: the page's picker and dropped files to open or compare, downloads to
//! save a scenario or a case and export a handout, and the lessons of the site the page is
//! served from. There are no paths: a file is known by its name.

use std::path::{Path, PathBuf};

use super::{Desk, FileFlow, case, export, file_label};
use crate::app::command::{FileCommand, Purpose};
use crate::app::explorer::{Detail, MessageLevel};
use crate::app::modal::{ExportDialog, Modal};
use crate::app::presenting::PresentCommand;
use crate::app::sharing::{self, AfterLink};
use crate::app::web::files::{self, Inbox, Picked};
use crate::app::web::site::{self, Arrived, SiteInbox};
use crate::app::web::storage;
use crate::core::file::lessons::{Lesson, SiteError, SiteProblem};
use crate::core::link::{Link, Target};
use crate::core::write::scenario_to_ron;
use crate::text::Words;

/// What the page's picker was opened for, and where picked and dropped files arrive.
#[derive(Default)]
pub struct System {
    picking: Option<Purpose>,
    inbox: Inbox,
    /// The storage keys of drafts from last time that could not be read.
    unreadable: Vec<PathBuf>,
    /// Where the site's list of lessons and the lessons links name arrive.
    site: SiteInbox,
    /// The site's lessons, once its list has arrived (none: the site has none).
    lessons: Vec<Lesson>,
    /// The page was opened with a link: it does not start on the lessons.
    started_with_link: bool,
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
            // A case is downloaded as one file, its article in it: the folder it will be
            // saved in is the browser's to choose, and nothing can be put beside it.
            FileCommand::SaveCase
            | FileCommand::ChooseWhereToSaveCase
            | FileCommand::SaveCaseTo(_) => {
                if self.download_case(desk)
                    && let Some(pending) = self.pending.take()
                {
                    self.carry_out(ctx, pending, desk);
                }
            }
            FileCommand::ShowLessons => {
                *desk.modal = Some(Modal::Lessons(self.system.lessons.clone()));
            }
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
            Purpose::Open | Purpose::Compare | Purpose::Key => {
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
            Purpose::SaveCase => {
                if self.download_case(desk)
                    && let Some(pending) = self.pending.take()
                {
                    self.carry_out(ctx, pending, desk);
                }
            }
            Purpose::SaveText => {
                if let Some((name, text)) = self.held_text.take() {
                    download_text(&name, &text, desk);
                }
            }
            Purpose::Exercise => {
                if let Some((name, text)) = self.exercise_download(desk) {
                    download_text(&name, &text, desk);
                    *desk.modal = None;
                }
            }
            Purpose::Report => {
                if let Some((name, text)) = self.report_download() {
                    download_text(&name, &text, desk);
                }
            }
        }
        None
    }

    /// Whether File → Lessons of this site is offered: the site has lessons.
    pub fn has_lessons(&self) -> bool {
        !self.system.lessons.is_empty()
    }

    /// Asks the site the page is served from for its lessons, to start on them when the page
    /// was opened without a link.
    pub fn look_for_lessons(&mut self, ctx: &egui::Context) {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        self.system.started_with_link = !hash.trim_start_matches('#').is_empty();
        site::fetch_list(&self.system.site, ctx);
    }

    /// Fetches the lesson `link` names from the site; it opens when it arrives.
    pub(super) fn fetch_lesson(&mut self, link: Link, ctx: &egui::Context) {
        site::fetch_lesson(link, &self.system.site, ctx);
    }

    /// Opens what the site sent: its lessons (the start page, for a page opened without a
    /// link, before anything else was opened), or a lesson a link named.
    fn poll_site(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        for arrived in self.system.site.take() {
            let words = Words::get(desk.settings.lang());
            let w = words.sharing;
            match arrived {
                Arrived::List(Ok(Some(list))) => {
                    self.system.lessons = list.lessons;
                    let untouched = !desk.state.document.is_dirty()
                        && desk.state.document.draft.is_none()
                        && desk.modal.is_none();
                    if !self.system.started_with_link && untouched && self.has_lessons() {
                        *desk.modal = Some(Modal::Lessons(self.system.lessons.clone()));
                    }
                }
                Arrived::List(Ok(None)) => {}
                Arrived::List(Err(error)) => desk.state.report(
                    MessageLevel::Warning,
                    (w.lessons_unreadable)(&(w.site_problem)(&error.file, &error.problem)),
                    Vec::new(),
                ),
                Arrived::Lesson { link, text } => {
                    self.lesson_arrived(&link, text, words, ctx, desk);
                }
            }
        }
    }

    /// Opens the lesson the site sent, checked as a link's case is; or says why it could
    /// not be, and offers the lessons the site has.
    fn lesson_arrived(
        &mut self,
        link: &Link,
        text: Result<String, SiteError>,
        words: &Words,
        ctx: &egui::Context,
        desk: &mut Desk<'_>,
    ) {
        let w = words.sharing;
        let id = match &link.target {
            Some(Target::Lesson(id)) => id.as_str(),
            _ => "",
        };
        match text {
            Ok(text) => {
                let now = ctx.input(|i| i.time);
                match sharing::open_carried(desk.state, link, &text, words, now) {
                    AfterLink::Present { walkthrough, step } => {
                        self.follow_up = Some(PresentCommand::StartAt { walkthrough, step }.into());
                    }
                    AfterLink::Done | AfterLink::FetchLesson(_) => {}
                }
            }
            Err(SiteError {
                problem: SiteProblem::NotThere,
                ..
            }) => {
                desk.state
                    .report(MessageLevel::Warning, (w.lesson_missing)(id), Vec::new());
                if self.has_lessons() && desk.modal.is_none() {
                    *desk.modal = Some(Modal::Lessons(self.system.lessons.clone()));
                }
            }
            Err(error) => desk.state.report(
                MessageLevel::Error,
                (w.lesson_failed)(id, &(w.site_problem)(&error.file, &error.problem)),
                Vec::new(),
            ),
        }
    }

    /// Downloads the case being edited as `ID.case.ron`, its article in it; it then counts as
    /// saved. False (and a message) when it could not be.
    fn download_case(&mut self, desk: &mut Desk<'_>) -> bool {
        let words = Words::get(desk.settings.lang());
        let downloaded = desk.state.case_download().map(|made| {
            made.map_err(|error| error.to_string())
                .and_then(|(name, text)| {
                    files::download(&name, &text, "application/ron")?;
                    Ok(name)
                })
        });
        match downloaded {
            None => false,
            Some(Ok(name)) => {
                desk.state.report(
                    MessageLevel::Info,
                    (words.window.downloaded)(&name),
                    Vec::new(),
                );
                case::say_saved_with_problems(desk);
                true
            }
            Some(Err(reason)) => {
                desk.state
                    .report(MessageLevel::Error, words.window.save_failed, vec![reason]);
                false
            }
        }
    }

    /// Opens or compares what the picker or a drop delivered, and what the site sent.
    pub fn poll_system_dialog(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        self.poll_site(ctx, desk);
        for picked in self.system.inbox.take() {
            let purpose = self.system.picking.take().unwrap_or(Purpose::Open);
            match picked {
                Picked::Chosen { name, bytes } => {
                    let command = match purpose {
                        Purpose::Compare => FileCommand::CompareWithBytes { name, bytes },
                        Purpose::Key => FileCommand::CompareWithKeyBytes { name, bytes },
                        _ => FileCommand::OpenBytes { name, bytes },
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

/// Downloads `text` as `name` (what a broken link held).
fn download_text(name: &str, text: &str, desk: &mut Desk<'_>) {
    let strings = desk.strings();
    let (level, title, details) = match files::download(name, text, "application/octet-stream") {
        Ok(()) => (MessageLevel::Info, (strings.downloaded)(name), Vec::new()),
        Err(reason) => (
            MessageLevel::Error,
            strings.download_failed.to_owned(),
            vec![reason],
        ),
    };
    desk.state.report(level, title, details);
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
