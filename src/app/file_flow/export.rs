//! Exporting a handout of the open scenario, as the export dialog asks.

use std::path::Path;

use super::Desk;
use crate::app::explorer::MessageLevel;
use crate::app::modal::Modal;
use crate::core::file;
use crate::handout::{self, HandoutOptions, Length};

/// Writes the handout of the open scenario.
pub(super) fn export_to(path: &Path, desk: &mut Desk<'_>) {
    let strings = desk.strings();
    let lang = desk.settings.lang();
    let Some(dialog) = desk.modal.as_mut().and_then(Modal::export_mut) else {
        return;
    };
    let case = &desk.state.document.case;
    let questions = if dialog.questions {
        handout::walkthrough_with_questions(case.case())
    } else {
        None
    };
    let length = if dialog.one_page {
        Length::OnePage
    } else {
        Length::Full
    };
    let options = HandoutOptions {
        lang,
        questions,
        length,
    };
    let text = handout::handout(case, &desk.state.document.scenario, dialog.format, &options);
    match file::write_atomically(path, text.as_bytes()) {
        Ok(()) => {
            *desk.modal = None;
            desk.state.report(
                MessageLevel::Info,
                strings.export_done,
                vec![path.display().to_string()],
            );
        }
        Err(error) => {
            dialog.error = Some(error.to_string());
            if let Some(Modal::Chooser {
                export: Some(dialog),
                ..
            }) = desk.modal.take()
            {
                *desk.modal = Some(Modal::Export(dialog));
            }
            desk.state.report(
                MessageLevel::Error,
                strings.export_failed,
                vec![error.to_string()],
            );
        }
    }
}
