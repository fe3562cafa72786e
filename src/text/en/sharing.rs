//! The words of sharing, in English.

use crate::core::file::lessons::SiteProblem;
use crate::core::link::OwnError;
use crate::core::link::carry::CarryError;
use crate::core::prose::thousands;
use crate::text::sharing::SharingWords;

fn broken(error: &OwnError) -> String {
    match error {
        OwnError::Version(Some(version)) => format!(
            "It was made by a newer Skenario (its case is packed as version {version}); open it with that one, or ask for a link again."
        ),
        OwnError::Version(None) => {
            "It does not say how its case is packed (its \"v=\" is missing); ask for the link again.".to_owned()
        }
        OwnError::Carry(CarryError::NoLength | CarryError::Damaged) => {
            "It was changed on the way: what it holds does not add up. Copy the whole link again from where it was sent.".to_owned()
        }
        OwnError::Carry(CarryError::CutShort { missing }) => format!(
            "It was cut short: {}, as happens when a chat app shortens a long link. Copy the whole link again, or ask for it as a file.",
            if *missing == 1 {
                "its last character is missing".to_owned()
            } else {
                format!("its last {missing} characters are missing")
            }
        ),
        OwnError::Carry(CarryError::TooLong { extra }) => format!(
            "It has {} more than it says it has: something was added to it on the way. Copy the link again.",
            if *extra == 1 {
                "one character".to_owned()
            } else {
                format!("{extra} characters")
            }
        ),
        OwnError::Carry(CarryError::Character { at, found }) => format!(
            "Its case has a character no link has, “{found}” at its {at}th character: it was changed on the way. Copy the link again."
        ),
        OwnError::Carry(CarryError::TooLarge { limit }) => format!(
            "Its case would unpack to more than {} MB, more than Skenario opens; it was not opened.",
            limit / (1024 * 1024)
        ),
        OwnError::Carry(CarryError::NotText) => {
            "What it holds is not text; it was not made by Skenario.".to_owned()
        }
    }
}

/// The words of sharing in English.
pub static WORDS: SharingWords = SharingWords {
    copy_link: "Copy link to this scenario",
    copy_link_needs_site: "Links start with the address of the site that serves Skenario in the browser: set it once in View → Preferences…",
    open_link: "Open link…",
    open_link_title: "Open a link",
    open_link_intro: "Paste a link someone shared: a shipped case, or a lesson of the teacher's own that travels inside the link.",
    open_link_field: "Link",
    open_link_open: "Open",
    open_link_empty: "Paste a link first.",
    show_qr: "Show link as QR code",
    qr_hint: "Scan it to open this scenario. Esc or a click closes it.",
    qr_too_long: |count| {
        let count = thousands(count);
        format!(
            "This link has {count} characters, too many for a QR code. Put the lesson on the school's site (skenario publish): a lesson's link is short enough to scan."
        )
    },
    preferences: "Preferences…",
    preferences_title: "Preferences",
    site_address: "Site address",
    site_address_hint: "Where the school serves Skenario in the browser (https://school.example/skenario/). Links copied here start with it.",
    close: "Close",
    save_preferences: "Save",
    link_unusable: "This link cannot be opened",
    link_broken: broken,
    link_case_problems: "The case in this link has problems, so it was not opened",
    in_the_link: |at| format!("the link's case, {at}"),
    save_link_case: "Save what the link held…",
    lesson_on_desktop: "This link opens a lesson on a school's site: open it in the browser.",
    lesson_missing: |id| format!("This site has no lesson “{id}”; here are the lessons it has."),
    lesson_failed: |id, why| format!("The lesson “{id}” could not be read from the site: {why}"),
    lessons_title: "Lessons",
    lessons_intro: "The lessons of this site, and the cases that come with Skenario.",
    lessons_shipped: "Cases that come with Skenario",
    lesson_language: |name| format!("Article in {name}"),
    lesson_open: |title| format!("Open {title}"),
    show_lessons: "Lessons of this site…",
    lessons_unreadable: |why| format!("The list of this site's lessons could not be read: {why}"),
    site_problem: |file, problem| match problem {
        SiteProblem::Unreachable => format!("{file}: the site could not be reached."),
        SiteProblem::Refused(status) => format!("{file}: the site answered {status}."),
        SiteProblem::TooLarge => format!("{file} is larger than a file Skenario opens."),
        SiteProblem::NotText => format!("{file} is not text."),
        SiteProblem::NotThere => format!("the site has no {file}."),
        SiteProblem::BadId => format!("“{file}” cannot name a lesson."),
        SiteProblem::BadList => format!("{file} is not a list of lessons this Skenario reads."),
    },
};
