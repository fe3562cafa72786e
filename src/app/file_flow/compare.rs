//! Comparing the open scenario with another one of the same case, read from a file.

use std::path::Path;

use super::{Desk, FileFlow, close_chooser, file_label};
use crate::app::comparison::Comparison;
use crate::app::explorer::MessageLevel;
use crate::core::States;
use crate::core::file::{self, Opened};

impl FileFlow {
    /// Compares with a scenario file of the same case (`opened` from `path`).
    pub(super) fn compare_with(
        &mut self,
        path: &Path,
        opened: Result<Opened, file::LoadFailure>,
        desk: &mut Desk<'_>,
    ) {
        let strings = desk.strings();
        let file = file_label(path);
        let lang = desk.settings.lang();
        let (case_id, name, states) = match opened {
            Ok(Opened::Scenario(loaded)) => (
                loaded.case.case().id.clone(),
                loaded.scenario.display_name(lang).to_owned(),
                loaded.scenario.conditions,
            ),
            Ok(Opened::Case(loaded)) => {
                (loaded.case.case().id.clone(), file.clone(), States::new())
            }
            Err(failure) => {
                desk.state.report_problems(
                    MessageLevel::Error,
                    (strings.open_failed)(&file),
                    &failure.diagnostics,
                );
                return;
            }
        };
        close_chooser(desk);
        if case_id != desk.state.document.case.case().id {
            desk.state.report(
                MessageLevel::Error,
                (strings.compare_other_case)(&file, &case_id),
                Vec::new(),
            );
            return;
        }
        let name = if name.trim().is_empty() { file } else { name };
        let comparison = Comparison::new(&desk.state.document.case, name, states);
        self.comparison = Some((desk.state.case_generation, comparison));
    }
}
