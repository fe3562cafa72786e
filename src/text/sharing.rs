//! The words of sharing a lesson: links, the QR code, the site address, lessons on a site,
//! and what goes wrong with a link someone sent.

use crate::core::file::lessons::SiteProblem;
use crate::core::link::OwnError;

/// The words of sharing, in one language.
pub struct SharingWords {
    /// File menu: put a link to the open scenario on the clipboard.
    pub copy_link: &'static str,
    /// Why Copy link cannot make a link yet on the desktop: no site address.
    pub copy_link_needs_site: &'static str,
    /// File menu: open a link pasted into a dialog.
    pub open_link: &'static str,
    /// The Open link dialog's title.
    pub open_link_title: &'static str,
    /// What the Open link dialog does.
    pub open_link_intro: &'static str,
    /// The field a link is pasted into.
    pub open_link_field: &'static str,
    /// Opens the link pasted.
    pub open_link_open: &'static str,
    /// The dialog's field is empty.
    pub open_link_empty: &'static str,
    /// File menu: the link as a QR code, full screen.
    pub show_qr: &'static str,
    /// Under the QR code.
    pub qr_hint: &'static str,
    /// A link too long for a QR code: how many characters it has.
    pub qr_too_long: fn(usize) -> String,
    /// View menu: the preferences.
    pub preferences: &'static str,
    /// The preferences dialog's title.
    pub preferences_title: &'static str,
    /// The site address field.
    pub site_address: &'static str,
    /// What the site address is for.
    pub site_address_hint: &'static str,
    /// Closes a dialog.
    pub close: &'static str,
    /// The preferences' button that keeps what was typed.
    pub save_preferences: &'static str,
    /// A link that cannot be opened at all.
    pub link_unusable: &'static str,
    /// Why: what is wrong with how its case is packed.
    pub link_broken: fn(&OwnError) -> String,
    /// The case in a link has errors: nothing was opened.
    pub link_case_problems: &'static str,
    /// Where a problem is, in the link's case: "the link's case, 12:4".
    pub in_the_link: fn(&str) -> String,
    /// Saves (or downloads) the case a link held.
    pub save_link_case: &'static str,
    /// A lesson link opened on the desktop.
    pub lesson_on_desktop: &'static str,
    /// The lesson a link names is not on the site.
    pub lesson_missing: fn(&str) -> String,
    /// The lesson could not be read from the site.
    pub lesson_failed: fn(&str, &str) -> String,
    /// The start page of a site with lessons: its heading.
    pub lessons_title: &'static str,
    /// What the start page offers.
    pub lessons_intro: &'static str,
    /// The shipped cases, beside the site's lessons.
    pub lessons_shipped: &'static str,
    /// A lesson's language, on the start page.
    pub lesson_language: fn(&str) -> String,
    /// Opens a lesson or case from the start page.
    pub lesson_open: fn(&str) -> String,
    /// File menu: the site's lessons again (in the browser).
    pub show_lessons: &'static str,
    /// The site's list of lessons could not be read: why.
    pub lessons_unreadable: fn(&str) -> String,
    /// Why a file of the site could not be fetched: the file, and what went wrong.
    pub site_problem: fn(&str, &SiteProblem) -> String,
}
