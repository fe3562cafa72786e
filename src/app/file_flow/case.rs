//! The case being edited and its files: starting a case from an article, saving it (in
//! Skenario's layout, after a warning when the file on disk has one of its own), and the
//! new-case dialog's text file.

use std::path::Path;

use super::{Desk, FileFlow, Pending, close_chooser, slug};
use crate::app::command::FileCommand;
use crate::app::command::Purpose;
use crate::app::draft::Draft;
use crate::app::editing::EditCommand;
use crate::app::explorer::MessageLevel;
use crate::app::modal::{self, Modal, NewCaseDialog};
use crate::core::file;
use crate::core::language::is_language_code;
use crate::text::Words;

impl FileFlow {
    /// Carries out a file command about the case being edited; false when `command` is not
    /// one.
    pub(super) fn handle_case(
        &mut self,
        ctx: &egui::Context,
        command: &FileCommand,
        desk: &mut Desk<'_>,
    ) -> bool {
        match command {
            FileCommand::ShowNewCaseDialog => {
                // The window's language is the likeliest for the teacher's next article.
                *desk.modal = Some(Modal::NewCase(NewCaseDialog {
                    language: desk.settings.lang().code().to_owned(),
                    ..NewCaseDialog::default()
                }));
            }
            FileCommand::StartNewCase { article, language } => {
                self.start_new_case(ctx, article, language, desk);
            }
            FileCommand::LoadArticle(path) => load_article(path, desk),
            FileCommand::SaveCase => self.save_case(ctx, desk),
            FileCommand::ChooseWhereToSaveCase => self.choose_file(ctx, Purpose::SaveCase, desk),
            FileCommand::SaveCaseTo(path) => {
                if self.save_case_to(path, desk) {
                    close_chooser(desk);
                    if self.pending.is_some() {
                        // Saving was asked for before something else (closing, opening):
                        // the scenario next, if it needs it, then that.
                        self.save_first(ctx, desk);
                    }
                }
            }
            _ => return false,
        }
        true
    }

    /// The new-case dialog's text, checked; the case replaces the document after the
    /// unsaved-changes prompt.
    fn start_new_case(
        &mut self,
        ctx: &egui::Context,
        article: &str,
        language: &str,
        desk: &mut Desk<'_>,
    ) {
        let words = Words::get(desk.settings.lang()).editor;
        let error = if article.trim().is_empty() {
            Some(words.new_case_empty.to_owned())
        } else if !is_language_code(language.trim()) {
            Some((words.bad_language)(language.trim()))
        } else {
            None
        };
        if let Some(error) = error {
            if let Some(Modal::NewCase(dialog)) = desk.modal.as_mut() {
                dialog.error = Some(error);
            }
            return;
        }
        let pending = Pending::NewCase {
            article: article.to_owned(),
            language: language.trim().to_owned(),
        };
        self.after_prompt(ctx, pending, desk);
    }

    /// Saves the case being edited where it was saved (asking first when saving rewrites a
    /// layout of the file's own), or asks where.
    pub(super) fn save_case(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        let Some(draft) = &desk.state.document.draft else {
            return;
        };
        match draft.path.clone() {
            Some(_) if draft.rewrites_layout => *desk.modal = Some(Modal::RewritePrompt),
            Some(path) => {
                if self.save_case_to(&path, desk) && self.pending.is_some() {
                    self.save_first(ctx, desk);
                }
            }
            None => self.choose_file(ctx, Purpose::SaveCase, desk),
        }
    }

    /// Saves the case being edited to `path`; on failure reports it and returns false (the
    /// case stays unsaved). A case saved with problems says so.
    pub(super) fn save_case_to(&mut self, path: &Path, desk: &mut Desk<'_>) -> bool {
        let lang = desk.settings.lang();
        let words = Words::get(lang);
        match desk.state.save_case_to(path) {
            Ok(()) => {
                desk.settings.remember(path);
                say_saved_with_problems(desk);
                true
            }
            Err(error) => {
                desk.state.report(
                    MessageLevel::Error,
                    words.window.save_failed,
                    vec![error.to_string()],
                );
                if let Some(chooser) = desk.modal.as_mut().and_then(Modal::chooser_mut) {
                    chooser.error = Some(error.to_string());
                }
                false
            }
        }
    }

    /// Where the chooser starts and the name it suggests, for the case being edited.
    pub(super) fn case_file_suggestion(desk: &Desk<'_>) -> (std::path::PathBuf, String) {
        let draft = desk.state.document.draft.as_ref();
        let path = draft.and_then(|d| d.path.clone());
        let folder = modal::start_folder(path.as_deref().or(desk.state.document.path.as_deref()));
        // A case not saved yet is proposed under its id, which scenarios name it by (and
        // which its title made); the title's words only when it has no id yet.
        let name = path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || {
                let case = draft.map(|d| &d.case);
                let id = case.map(|c| c.id.clone()).unwrap_or_default();
                let stem = if id.is_empty() {
                    let title = case
                        .map(|c| c.title.get(desk.settings.lang()).into_owned())
                        .unwrap_or_default();
                    slug(&title)
                } else {
                    id
                };
                format!("{stem}.case.ron")
            },
            |n| n.to_string_lossy().into_owned(),
        );
        (folder, name)
    }

    /// After the unsaved-changes prompt: the new case from an article.
    pub(super) fn carry_out_new_case(
        &mut self,
        article: String,
        language: String,
        desk: &mut Desk<'_>,
    ) {
        if matches!(desk.modal, Some(Modal::NewCase(_))) {
            *desk.modal = None;
        }
        desk.state.edit(EditCommand::NewCase { article, language });
        self.opened(None);
    }
}

/// Reads the article's text file into the new-case dialog.
fn load_article(path: &Path, desk: &mut Desk<'_>) {
    let words = Words::get(desk.settings.lang()).editor;
    let Some(Modal::NewCase(dialog)) = desk.modal.as_mut() else {
        return;
    };
    match file::read_text(path) {
        Ok(text) => {
            dialog.text = text;
            dialog.error = None;
        }
        Err(diagnostic) => {
            dialog.error = Some((words.load_failed)(&diagnostic.problem.message));
        }
    }
}

/// Says so when the case just saved has problems: they stay listed in the editor.
pub(super) fn say_saved_with_problems(desk: &mut Desk<'_>) {
    let words = Words::get(desk.settings.lang());
    let errors = desk
        .state
        .document
        .draft
        .as_ref()
        .map_or(0, Draft::error_count);
    if errors > 0 {
        desk.state.report(
            MessageLevel::Warning,
            words.editor.case_saved_problems,
            vec![(words.editor.problems_count)(errors, 0)],
        );
    }
}
