//! Links: the window's address (links it was opened with or that were typed into it, the open
//! scenario shown in it), copying a link to share, opening one pasted, the QR code for the
//! projector, and saving what a broken link held.

use std::sync::Arc;

use super::{Desk, FileFlow, Pending};
use crate::app::command::{Command, FileCommand, Purpose};
use crate::app::explorer::MessageLevel;
use crate::app::modal::{Modal, OpenLinkDialog, QrView};
use crate::app::presenting::PresentCommand;
use crate::app::sharing::{self, Address, AfterLink, NoLink, Sharing};
use crate::core::file;
use crate::core::link::StepAt;
use crate::text::Words;

impl FileFlow {
    /// Gives the window an address to share through (the page's, in the browser).
    pub fn share_through(&mut self, address: Box<dyn Address>) {
        self.sharing = Sharing::new(address);
    }

    /// Whether a link to the open scenario can be made without more: the window has an
    /// address (in the browser), or the site's address is set (on the desktop).
    pub fn can_share(&self, site_address: &str) -> bool {
        self.sharing.is_available() || !site_address.trim().is_empty()
    }

    /// Tells the flow which walkthrough step the window presents, for the links it makes.
    pub fn presenting_at(&mut self, step: Option<StepAt>) {
        self.presenting = step;
    }

    /// What a command asked for after it was carried out (present a step a link named), for
    /// the window to carry out next.
    pub fn take_follow_up(&mut self) -> Option<Command> {
        self.follow_up.take()
    }

    /// Opens what the address asks for, when it changed; otherwise shows the open scenario
    /// in it. Called once a frame.
    pub fn keep_address(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        match self.sharing.poll() {
            Some(command) => self.handle(ctx, command, desk),
            None => {
                let editing = desk.state.editing;
                let step = self.presenting.as_ref();
                if self.sharing.follow(&desk.state.document, step, editing) {
                    ctx.request_repaint();
                }
            }
        }
    }

    /// Names the page (in the browser, its tab) with the window's title.
    pub fn name_page(&mut self, title: &str) {
        self.sharing.name(title);
    }

    /// Carries out the link commands; false for any other.
    pub(super) fn handle_link(
        &mut self,
        ctx: &egui::Context,
        command: &FileCommand,
        desk: &mut Desk<'_>,
    ) -> bool {
        match command {
            FileCommand::OpenLink(fragment) => {
                self.after_prompt(ctx, Pending::OpenLink(fragment.clone()), desk);
            }
            FileCommand::CopyLink => self.copy_link(ctx, desk),
            FileCommand::ShowOpenLinkDialog => {
                *desk.modal = Some(Modal::OpenLink(OpenLinkDialog::default()));
            }
            FileCommand::ShowLinkAsQr => self.show_qr(desk),
            FileCommand::SaveText { name, text } => {
                self.held_text = Some((name.clone(), Arc::clone(text)));
                self.save_held_text(ctx, desk);
            }
            FileCommand::SaveTextTo(path) => {
                let Some((_, text)) = &self.held_text else {
                    return true;
                };
                let words = Words::get(desk.settings.lang());
                match file::write_atomically(path, text.as_bytes()) {
                    Ok(()) => {
                        super::close_chooser(desk);
                        self.held_text = None;
                        desk.state.report(
                            MessageLevel::Info,
                            path.display().to_string(),
                            Vec::new(),
                        );
                    }
                    Err(error) => {
                        desk.state.report(
                            MessageLevel::Error,
                            words.window.save_failed,
                            vec![error.to_string()],
                        );
                    }
                }
            }
            _ => return false,
        }
        true
    }

    /// Opens the link with `fragment` now (the unsaved-changes prompt was answered).
    pub(super) fn open_link_now(
        &mut self,
        ctx: &egui::Context,
        fragment: &str,
        desk: &mut Desk<'_>,
    ) {
        let words = Words::get(desk.settings.lang());
        let now = ctx.input(|i| i.time);
        match sharing::open_link(desk.state, fragment, words, now) {
            AfterLink::Done => {}
            AfterLink::Present { walkthrough, step } => {
                self.follow_up = Some(PresentCommand::StartAt { walkthrough, step }.into());
            }
            // A lesson is fetched from the page's own site, and opens when it arrives; the
            // desktop has no site to fetch from.
            #[cfg(target_arch = "wasm32")]
            AfterLink::FetchLesson(link) => self.fetch_lesson(link, ctx),
            #[cfg(not(target_arch = "wasm32"))]
            AfterLink::FetchLesson(_) => {
                let w = words.sharing;
                desk.state
                    .report(MessageLevel::Warning, w.lesson_on_desktop, Vec::new());
            }
        }
        self.opened(None);
    }

    /// A link to the open scenario, or the message saying why there is none.
    fn link_or_say_why(&mut self, desk: &mut Desk<'_>) -> Option<String> {
        let words = Words::get(desk.settings.lang());
        let made = self.sharing.link(
            &desk.state.document,
            self.presenting.as_ref(),
            &desk.settings.site_address,
        );
        match made {
            Ok(link) => Some(link),
            Err(NoLink::NoSite) => {
                desk.state.report(
                    MessageLevel::Warning,
                    words.sharing.copy_link_needs_site,
                    Vec::new(),
                );
                None
            }
            Err(NoLink::Article(diagnostic)) => {
                desk.state.report_problems(
                    MessageLevel::Error,
                    words.sharing.link_unusable,
                    &[diagnostic],
                );
                None
            }
        }
    }

    /// Puts a link to the open scenario on the clipboard.
    fn copy_link(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        if let Some(link) = self.link_or_say_why(desk) {
            let words = Words::get(desk.settings.lang());
            ctx.copy_text(link.clone());
            desk.state
                .report(MessageLevel::Info, words.window.link_copied, vec![link]);
        }
    }

    /// Shows the link as a QR code full screen, or says it is too long for one.
    fn show_qr(&mut self, desk: &mut Desk<'_>) {
        let Some(link) = self.link_or_say_why(desk) else {
            return;
        };
        match qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::L) {
            Ok(code) => {
                let width = code.width();
                let dark = code
                    .to_colors()
                    .into_iter()
                    .map(|color| color == qrcode::Color::Dark)
                    .collect();
                *desk.modal = Some(Modal::Qr(QrView { link, width, dark }));
            }
            Err(_) => {
                let words = Words::get(desk.settings.lang()).sharing;
                desk.state.report(
                    MessageLevel::Warning,
                    (words.qr_too_long)(link.chars().count()),
                    Vec::new(),
                );
            }
        }
    }

    /// Saves the text a message offered: a file chosen on the desktop, a download in the
    /// browser (whose "system dialog" for it downloads at once).
    fn save_held_text(&mut self, ctx: &egui::Context, desk: &mut Desk<'_>) {
        self.choose_file(ctx, Purpose::SaveText, desk);
    }

    /// The name the chooser proposes for the text held, when one is.
    pub(super) fn held_text_name(&self) -> Option<&str> {
        self.held_text.as_ref().map(|(name, _)| name.as_str())
    }
}
