//! Exporting a handout of the open scenario, as the export dialog asks.

use std::path::Path;

use super::Desk;
use crate::app::explorer::MessageLevel;
use crate::app::modal::Modal;
use crate::core::file;
use crate::handout::{self, HandoutOptions, Length};

/// The handout of the open scenario, as the export dialog (open, or waiting behind the
/// chooser) asks for it; none when there is no export dialog.
pub(super) fn handout_text(desk: &mut Desk<'_>) -> Option<String> {
    let lang = desk.settings.lang();
    let dialog = desk.modal.as_mut().and_then(Modal::export_mut)?;
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
    Some(handout::handout(
        case,
        &desk.state.document.scenario,
        dialog.format,
        &options,
    ))
}

/// Writes the handout of the open scenario.
pub(super) fn export_to(path: &Path, desk: &mut Desk<'_>) {
    let strings = desk.strings();
    let Some(text) = handout_text(desk) else {
        return;
    };
    match file::write_atomically(path, text.as_bytes()) {
        Ok(()) => {
            *desk.modal = None;
            desk.state.report(
                MessageLevel::Info,
                strings.export_done,
                vec![path.display().to_string()],
            );
        }
        Err(error) => export_failed(&error.to_string(), desk),
    }
}

/// The handout could not be written: the export dialog comes back with the reason.
pub(super) fn export_failed(reason: &str, desk: &mut Desk<'_>) {
    let strings = desk.strings();
    if let Some(dialog) = desk.modal.as_mut().and_then(Modal::export_mut) {
        dialog.error = Some(reason.to_owned());
    }
    if matches!(
        desk.modal,
        Some(Modal::Chooser {
            export: Some(_),
            ..
        })
    ) && let Some(Modal::Chooser {
        export: Some(dialog),
        ..
    }) = desk.modal.take()
    {
        *desk.modal = Some(Modal::Export(dialog));
    }
    desk.state.report(
        MessageLevel::Error,
        strings.export_failed,
        vec![reason.to_owned()],
    );
}
