//! Share by link. Where the window has an address (the page, in the browser), the address
//! names the open scenario — its shipped case and the conditions set — and follows every
//! change; a link opens the scenario it names. A link Skenario cannot show exactly opens the
//! article's world (no condition set) with a message saying why, never a blank window.

use super::command::FileCommand;
use super::document::Document;
use super::explorer::{MessageLevel, State};
use super::library::{ShippedRef, library};
use crate::core::Scenario;
use crate::core::diagnostics::Severity;
use crate::core::file::CaseSource;
use crate::core::link;
use crate::core::valid::validate_scenario;
use crate::text::window::WindowWords;

/// Where the window's address lives: the page's URL in the browser, a stand-in in tests.
pub trait Address {
    /// The fragment, as `location.hash` gives it: with its `#`, or empty when there is none.
    fn fragment(&self) -> String;
    /// Shows `fragment` (empty: none) without adding a step to the browser's history.
    fn show(&mut self, fragment: &str);
    /// The whole link, with its fragment, as someone else would open it.
    fn link(&self) -> String;
    /// Names the page (the browser's tab) with the window's title.
    fn name(&mut self, title: &str);
}

/// The window's address and the fragment it last showed or was read with.
#[derive(Default)]
pub struct Sharing {
    address: Option<Box<dyn Address>>,
    shown: Option<String>,
    named: String,
    /// The first frame has been drawn. The address and title are written from the second
    /// frame on: in the browser, writing them costs about as much as drawing a panel, and the
    /// window shows sooner without it.
    drawn: bool,
}

impl Sharing {
    /// Sharing through `address`.
    pub fn new(address: Box<dyn Address>) -> Self {
        Self {
            address: Some(address),
            ..Self::default()
        }
    }

    /// Whether there is an address to share.
    pub fn is_available(&self) -> bool {
        self.address.is_some()
    }

    /// What the address asks for, when it changed since it was last read or shown (the page
    /// opened with a link, or someone typed another one). An empty fragment at start asks for
    /// nothing: the window opens as it always does.
    pub fn poll(&mut self) -> Option<FileCommand> {
        let address = self.address.as_ref()?;
        let fragment = address.fragment();
        let fragment = fragment.strip_prefix('#').unwrap_or(&fragment).to_owned();
        if self.shown.as_deref() == Some(fragment.as_str()) {
            return None;
        }
        let first = self.shown.is_none();
        self.shown = Some(fragment.clone());
        (!(first && link::parse(&fragment).is_empty())).then_some(FileCommand::OpenLink(fragment))
    }

    /// Shows the open scenario in the address, when it changed. True while it waits for the
    /// first frame to be drawn (another frame is needed).
    pub fn follow(&mut self, document: &Document) -> bool {
        let Some(address) = self.address.as_mut() else {
            return false;
        };
        if !self.drawn {
            return true;
        }
        let fragment = fragment_of(document).unwrap_or_default();
        if self.shown.as_deref() != Some(fragment.as_str()) {
            address.show(&fragment);
            self.shown = Some(fragment);
        }
        false
    }

    /// Names the page with `title`, when it changed.
    pub fn name(&mut self, title: &str) {
        if !self.drawn {
            self.drawn = true;
            return;
        }
        if let Some(address) = self.address.as_mut()
            && self.named != title
        {
            address.name(title);
            title.clone_into(&mut self.named);
        }
    }

    /// A link to the open scenario, when there is an address and the case is a shipped one.
    pub fn link(&mut self, document: &Document) -> Option<String> {
        fragment_of(document)?;
        self.drawn = true;
        self.follow(document);
        self.address.as_ref().map(|address| address.link())
    }
}

/// The fragment naming `document`'s scenario: none unless its case is shipped.
pub fn fragment_of(document: &Document) -> Option<String> {
    match &document.case_source {
        CaseSource::Shipped(id) => Some(link::fragment(id, &document.scenario.conditions)),
        CaseSource::File(_) | CaseSource::Unsaved => None,
    }
}

/// Opens what the link with `fragment` names: its shipped case with its conditions, or — for a
/// case Skenario does not have, a condition the case lacks, a part that cannot be read or a
/// combination the case's rules forbid — the article's world, with a message saying why.
pub fn open_link(state: &mut State, fragment: &str, words: &WindowWords, now: f64) {
    let asked = link::parse(fragment);
    let default = || ShippedRef {
        case: 0,
        scenario: None,
    };
    let found = asked
        .case_id
        .as_deref()
        .and_then(|id| library().position(id));
    let Some(case) = found else {
        state.open_shipped(default(), now);
        let named = asked.case_id.unwrap_or_default();
        state.report(
            MessageLevel::Warning,
            (words.link_unknown_case)(&named),
            Vec::new(),
        );
        return;
    };
    state.open_shipped(
        ShippedRef {
            case,
            scenario: None,
        },
        now,
    );
    let applied = link::apply(state.document.case.case(), &asked);
    let mut details: Vec<String> = applied
        .unknown_conditions
        .iter()
        .map(|id| (words.link_unknown_condition)(id))
        .chain(
            applied
                .unreadable
                .iter()
                .map(|part| (words.link_unreadable)(part)),
        )
        .collect();
    if details.is_empty() {
        let scenario = Scenario {
            conditions: applied.states.clone(),
            ..state.document.scenario.clone()
        };
        details.extend(
            validate_scenario(&scenario, &state.document.case)
                .into_iter()
                .filter(|finding| finding.severity == Severity::Error)
                .map(|finding| finding.message()),
        );
    }
    if details.is_empty() {
        state.set_states(applied.states, now);
        // Nothing to lose yet: the link holds the scenario until it is changed.
        state.document.saved = state.document.scenario.clone();
    } else {
        state.report(MessageLevel::Warning, words.link_not_exact, details);
    }
}
