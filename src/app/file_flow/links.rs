//! The window's address: links it was opened with or that were typed into it, the open
//! scenario shown in it, and copying it to share.

use super::{Desk, FileFlow};
use crate::app::document::Document;
use crate::app::explorer::MessageLevel;
use crate::app::sharing::{self, Address, Sharing};

impl FileFlow {
    /// Gives the window an address to share through (the page's, in the browser).
    pub fn share_through(&mut self, address: Box<dyn Address>) {
        self.sharing = Sharing::new(address);
    }

    /// Whether a link to `document` can be shared: the window has an address and the case
    /// is a shipped one (a link cannot carry a case from a file).
    pub fn can_share(&self, document: &Document) -> bool {
        self.sharing.is_available() && sharing::fragment_of(document).is_some()
    }

    /// Opens what the address asks for, when it changed; otherwise shows the open scenario
    /// in it. Called once a frame.
    pub fn keep_address(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        match self.sharing.poll() {
            Some(command) => self.handle(ctx, command, desk),
            None => {
                if self.sharing.follow(&desk.state.document) {
                    ctx.request_repaint();
                }
            }
        }
    }

    /// Names the page (in the browser, its tab) with the window's title.
    pub fn name_page(&mut self, title: &str) {
        self.sharing.name(title);
    }

    /// Puts a link to the open scenario on the clipboard.
    pub(super) fn copy_link(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        let strings = desk.strings();
        if let Some(link) = self.sharing.link(&desk.state.document) {
            ctx.copy_text(link.clone());
            desk.state
                .report(MessageLevel::Info, strings.link_copied, vec![link]);
        }
    }
}
