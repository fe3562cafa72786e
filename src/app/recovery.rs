//! Offering unsaved work of a window that is gone, and bringing it back.

use super::SkenarioApp;
use super::autosave;
use super::explorer::MessageLevel;
use super::modal::Modal;

impl SkenarioApp {
    /// Offers unsaved work of a window that is gone, if there is any.
    pub(super) fn offer_recovery(&mut self) {
        let Some(dir) = self.autosave.data_dir().map(ToOwned::to_owned) else {
            return;
        };
        let found = autosave::find(&dir);
        for kept in found.unreadable {
            let strings = self.strings();
            self.state.report(
                MessageLevel::Warning,
                strings.recovery_unreadable,
                vec![kept.display().to_string()],
            );
        }
        if let Some(offer) = found.offer {
            self.modal = Some(Modal::Recovery(offer));
        }
    }

    /// Brings back the work on offer; its autosave becomes this window's.
    pub(super) fn recover(&mut self) {
        let Some(Modal::Recovery(offer)) = self.modal.take() else {
            return;
        };
        match autosave::restore(&offer.recovery) {
            Ok(document) => {
                let path = document.path.clone();
                self.state.replace_document(document);
                self.files.opened(path.as_deref());
                self.autosave.adopt(*offer);
            }
            Err(reason) => {
                // The file stays where it is (the next start offers it again).
                let strings = self.strings();
                self.state
                    .report(MessageLevel::Error, strings.recovery_failed, vec![reason]);
            }
        }
    }
}
