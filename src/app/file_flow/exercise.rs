//! Exercises and their grading: making an exercise of the open case (saved where the teacher
//! chooses, never over a file), comparing the open case (a student's reading) with the
//! teacher's case, and saving that comparison as a printable report.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Desk, FileFlow, close_chooser, file_label};
use crate::app::command::{FileCommand, Purpose};
use crate::app::explorer::MessageLevel;
use crate::app::grading::Grading;
use crate::app::library::library;
use crate::app::modal::{self, Modal};
use crate::core::ValidCase;
use crate::core::exercise::make_exercise;
use crate::core::file::{self, CaseSource, Opened, lessons};
use crate::core::model::{Case, Keep};
use crate::core::write::case_to_ron;
use crate::text::Words;

impl FileFlow {
    /// Carries out a command about exercises and grading; false when `command` is not one.
    pub(super) fn handle_exercise(
        &mut self,
        ctx: &egui::Context,
        command: &FileCommand,
        desk: &mut Desk<'_>,
    ) -> bool {
        match command {
            FileCommand::ShowMakeExerciseDialog => {
                *desk.modal = Some(Modal::MakeExercise(self.exercise_keep));
            }
            FileCommand::ChooseWhereToSaveExercise(keep) => {
                self.exercise_keep = *keep;
                if exercise_of(desk, *keep).is_some() {
                    self.choose_file(ctx, Purpose::Exercise, desk);
                }
            }
            FileCommand::SaveExerciseTo(path) => {
                if self.save_exercise_to(path, desk) {
                    close_chooser(desk);
                }
            }
            FileCommand::ChooseKeyToCompare => self.choose_file(ctx, Purpose::Key, desk),
            FileCommand::CompareWithKey(path) => {
                let key = file::open(path).map(|opened| match opened {
                    Opened::Case(loaded) => loaded.case,
                    Opened::Scenario(loaded) => loaded.case,
                });
                self.compare_with_key(&file_label(path), key, desk);
            }
            FileCommand::CompareWithKeyBytes { name, bytes } => {
                let key = file::key_from_bytes(name, bytes);
                self.compare_with_key(name, key, desk);
            }
            FileCommand::ShowKeyComparison => {
                if let Some(grading) = &self.grading {
                    *desk.modal = Some(Modal::Grading(Box::new(grading.clone())));
                }
            }
            FileCommand::ChooseWhereToSaveReport => self.choose_file(ctx, Purpose::Report, desk),
            FileCommand::SaveReportTo(path) => {
                if self.save_report_to(path, desk) {
                    self.handle_exercise(ctx, &FileCommand::ShowKeyComparison, desk);
                }
            }
            _ => return false,
        }
        true
    }

    /// Where the chooser starts and the name it offers, for an exercise or a report.
    pub(super) fn exercise_suggestion(
        &self,
        purpose: Purpose,
        desk: &Desk<'_>,
    ) -> Option<(PathBuf, String)> {
        let name = match purpose {
            Purpose::Exercise => {
                format!("{}-exercise.case.ron", desk.state.document.case.case().id)
            }
            Purpose::Report => self.grading.as_ref()?.report_name.clone(),
            _ => return None,
        };
        let path = desk
            .state
            .document
            .draft
            .as_ref()
            .and_then(|d| d.path.as_deref())
            .or(desk.state.document.path.as_deref());
        Some((modal::start_folder(path), name))
    }

    /// Saves the exercise to `path`, which must not exist yet; says how it went.
    pub(super) fn save_exercise_to(&mut self, path: &Path, desk: &mut Desk<'_>) -> bool {
        let g = Words::get(desk.settings.lang()).grading;
        let Some(exercise) = exercise_of(desk, self.exercise_keep) else {
            return false;
        };
        let error = if path.exists() {
            (g.exercise_exists)(&file_label(path))
        } else {
            match file::save_case(path, &exercise, None) {
                Ok(()) => {
                    let saved = (g.exercise_saved)(&path.display().to_string());
                    desk.state.report(MessageLevel::Info, saved, Vec::new());
                    return true;
                }
                Err(error) => error.to_string(),
            }
        };
        desk.state
            .report(MessageLevel::Error, g.exercise_failed, vec![error.clone()]);
        if let Some(chooser) = desk.modal.as_mut().and_then(Modal::chooser_mut) {
            chooser.error = Some(error);
        }
        false
    }

    /// The exercise as one file to download (in the browser): its name and text.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        expect(
            dead_code,
            reason = "the desktop saves the exercise where the teacher chooses"
        )
    )]
    pub(super) fn exercise_download(&self, desk: &mut Desk<'_>) -> Option<(String, String)> {
        let exercise = exercise_of(desk, self.exercise_keep)?;
        match case_to_ron(&exercise) {
            Ok(text) => Some((format!("{}.case.ron", exercise.id), text)),
            Err(error) => {
                let g = Words::get(desk.settings.lang()).grading;
                desk.state.report(
                    MessageLevel::Error,
                    g.exercise_failed,
                    vec![error.to_string()],
                );
                None
            }
        }
    }

    /// The last comparison's printable report as one file to download (in the browser): its
    /// name and text.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        expect(
            dead_code,
            reason = "the desktop saves the report where the user chooses"
        )
    )]
    pub(super) fn report_download(&self) -> Option<(String, String)> {
        let grading = self.grading.as_ref()?;
        let text = grading.report(&grading.report_name)?;
        Some((grading.report_name.clone(), text))
    }

    /// Compares the open case with the teacher's case read from `file` (`key`), and shows
    /// the comparison.
    fn compare_with_key(
        &mut self,
        file: &str,
        key: Result<ValidCase, file::LoadFailure>,
        desk: &mut Desk<'_>,
    ) {
        let lang = desk.settings.lang();
        let g = Words::get(lang).grading;
        let key = match key {
            Ok(key) => key,
            Err(failure) => {
                desk.state.report_problems(
                    MessageLevel::Error,
                    (g.compare_failed)(file),
                    &failure.diagnostics,
                );
                return;
            }
        };
        close_chooser(desk);
        if let Some(errors) = editing_errors(desk) {
            let details = vec![(g.mend_first)(errors)];
            desk.state
                .report(MessageLevel::Error, (g.compare_failed)(file), details);
            return;
        }
        let student = Arc::clone(&desk.state.document.case);
        let student_name = student_file_name(desk);
        match Grading::new(&key, file, &student, &student_name, lang) {
            Ok(grading) => {
                *desk.modal = Some(Modal::Grading(Box::new(grading.clone())));
                self.grading = Some(grading);
            }
            Err(reason) => {
                desk.state
                    .report(MessageLevel::Error, (g.compare_failed)(file), vec![reason]);
            }
        }
    }

    /// Saves the last comparison's report to `path` (`.html` or `.md`); says how it went.
    fn save_report_to(&mut self, path: &Path, desk: &mut Desk<'_>) -> bool {
        let g = Words::get(desk.settings.lang()).grading;
        let Some(grading) = &self.grading else {
            return false;
        };
        let error = match grading.report(&file_label(path)) {
            None => g.report_name.to_owned(),
            Some(text) => match file::write_atomically(path, text.as_bytes()) {
                Ok(()) => {
                    let saved = (g.report_saved)(&path.display().to_string());
                    desk.state.report(MessageLevel::Info, saved, Vec::new());
                    close_chooser(desk);
                    return true;
                }
                Err(error) => error.to_string(),
            },
        };
        if let Some(chooser) = desk.modal.as_mut().and_then(Modal::chooser_mut) {
            chooser.error = Some(error);
        } else {
            desk.state
                .report(MessageLevel::Error, g.report_failed, vec![error]);
        }
        false
    }
}

/// How many errors the case being edited has, when it has some: the explorer then still
/// shows the case as it last was without, which is not what the student sees.
fn editing_errors(desk: &Desk<'_>) -> Option<usize> {
    let draft = desk.state.document.draft.as_ref()?;
    let errors = draft.error_count();
    (desk.state.editing && errors > 0).then_some(errors)
}

/// The name the open case goes by in a report: its file's, or its id's.
fn student_file_name(desk: &Desk<'_>) -> String {
    let document = &desk.state.document;
    let path = document.draft.as_ref().and_then(|d| d.path.as_deref());
    let path = path.or(match &document.case_source {
        CaseSource::File(path) => Some(path.as_path()),
        CaseSource::Shipped(_) | CaseSource::Unsaved => None,
    });
    path.map_or_else(
        || format!("{}.case.ron", document.case.case().id),
        file_label,
    )
}

/// The exercise of the open case that keeps `keep`, with its article inside; none (and a
/// message) when the case has errors being mended or its article cannot be read.
fn exercise_of(desk: &mut Desk<'_>, keep: Keep) -> Option<Case> {
    let g = Words::get(desk.settings.lang()).grading;
    if let Some(errors) = editing_errors(desk) {
        let details = vec![(g.mend_first)(errors)];
        desk.state
            .report(MessageLevel::Error, g.exercise_failed, details);
        return None;
    }
    let case = desk.state.document.case.case();
    let draft_article = desk
        .state
        .document
        .draft
        .as_ref()
        .and_then(|d| d.article.clone());
    let article = match (&desk.state.document.case_source, draft_article) {
        (_, Some(article)) => Ok(Some(article)),
        (CaseSource::File(path), None) => {
            lessons::article_file_text(case, path).map_err(|d| d.to_string())
        }
        (CaseSource::Shipped(id), None) => {
            Ok(library().case(id).map(|shipped| shipped.article.to_owned()))
        }
        (CaseSource::Unsaved, None) => Ok(None),
    };
    match article {
        Ok(article) => Some(make_exercise(case, keep, article)),
        Err(reason) => {
            desk.state
                .report(MessageLevel::Error, g.exercise_failed, vec![reason]);
            None
        }
    }
}
