//! Share by link. A link names a shipped case by its id, a lesson on the site by its id, or
//! carries a case of the teacher's own inside itself; with the conditions set and, during a
//! presentation, the walkthrough step. Where the window has an address (the page, in the
//! browser), the address names the open scenario and follows every change. Opening a link
//! checks what it carries as a file is checked: a link Skenario cannot show exactly opens the
//! article's world (no condition set) or nothing, with a message saying why — never a blank
//! window, never a partial case.

use std::sync::Arc;

use super::command::FileCommand;
use super::document::{Document, LessonOrigin};
use super::explorer::{MessageLevel, State};
use super::library::{ShippedRef, library};
use super::messages::{Detail, Message, Offer};
use crate::core::diagnostics::{Problem, Severity};
use crate::core::file::{CaseSource, Diagnostic, lessons};
use crate::core::limits::MAX_FILE_BYTES;
use crate::core::link::{self, Link, StepAt, Target, carry};
use crate::core::load::parse_case;
use crate::core::valid::validate_scenario;
use crate::core::{Scenario, ValidCase};
use crate::text::Words;

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

/// The open case packed for links, and the case it was packed from: packing takes a few
/// milliseconds, a link is asked for at every change of a condition.
struct Packed {
    case: Arc<ValidCase>,
    carried: String,
}

/// Why no link can be made to the open scenario.
#[derive(Debug)]
pub enum NoLink {
    /// On the desktop, the site's address is not set (links start with it).
    NoSite,
    /// The case's article could not be read to put in the link.
    Article(Diagnostic),
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
    packed: Option<Packed>,
}

impl Sharing {
    /// Sharing through `address`.
    pub fn new(address: Box<dyn Address>) -> Self {
        Self {
            address: Some(address),
            ..Self::default()
        }
    }

    /// Whether there is an address to share (the browser's page).
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
    /// first frame to be drawn (another frame is needed). A case being edited is packed into
    /// the address only once editing stops: packing at every key would slow typing.
    pub fn follow(&mut self, document: &Document, step: Option<&StepAt>, editing: bool) -> bool {
        if self.address.is_none() {
            return false;
        }
        if !self.drawn {
            return true;
        }
        if editing && !matches!(document.case_source, CaseSource::Shipped(_)) {
            return false;
        }
        let fragment = self.fragment(document, step).unwrap_or_default();
        if self.shown.as_deref() != Some(fragment.as_str())
            && let Some(address) = self.address.as_mut()
        {
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

    /// A link to the open scenario: the page's address in the browser; on the desktop, the
    /// site's address `site` and the fragment.
    pub fn link(
        &mut self,
        document: &Document,
        step: Option<&StepAt>,
        site: &str,
    ) -> Result<String, NoLink> {
        let fragment = self.fragment(document, step)?;
        if let Some(address) = self.address.as_mut() {
            self.drawn = true;
            address.show(&fragment);
            self.shown = Some(fragment);
            return Ok(address.link());
        }
        let site = site.trim();
        let site = site.split_once('#').map_or(site, |(before, _)| before);
        if site.is_empty() {
            return Err(NoLink::NoSite);
        }
        Ok(format!("{site}#{fragment}"))
    }

    /// The fragment naming `document`'s scenario: its shipped case or lesson by id, or its
    /// case packed in it (with the article), and the step of the walkthrough shown.
    pub fn fragment(
        &mut self,
        document: &Document,
        step: Option<&StepAt>,
    ) -> Result<String, NoLink> {
        let states = &document.scenario.conditions;
        // A lesson changed in the editor is no longer the site's: its link carries it.
        if let Some(lesson) = &document.lesson
            && Arc::ptr_eq(&lesson.case, &document.case)
        {
            return Ok(link::lesson_fragment(&lesson.id, states, step));
        }
        if let CaseSource::Shipped(id) = &document.case_source
            && step.is_none()
        {
            return Ok(link::fragment(id, states));
        }
        let fresh = self
            .packed
            .as_ref()
            .is_some_and(|packed| Arc::ptr_eq(&packed.case, &document.case));
        if !fresh {
            self.packed = Some(Packed {
                case: Arc::clone(&document.case),
                carried: carry::carry(&case_text(document)?),
            });
        }
        let carried = self.packed.as_ref().map_or("", |p| p.carried.as_str());
        Ok(link::own_fragment_carried(carried, states, step))
    }
}

/// The text of `document`'s case as a link carries it: with its article in it — read from its
/// file, or the text pasted when the case was started in the window.
fn case_text(document: &Document) -> Result<String, NoLink> {
    let case = document.case.case();
    match &document.case_source {
        CaseSource::File(path) => {
            lessons::case_with_article(case, Some(path)).map_err(NoLink::Article)
        }
        CaseSource::Shipped(_) | CaseSource::Unsaved => {
            let mut held = case.clone();
            if held.article.is_none()
                && let Some(pasted) = document.draft.as_ref().and_then(|d| d.article.clone())
            {
                held.article = Some(pasted);
                held.article_file = None;
            }
            if let CaseSource::Shipped(id) = &document.case_source
                && held.article.is_none()
                && let Some(shipped) = library().case(id)
            {
                held.article = Some(shipped.article.to_owned());
                held.article_file = None;
            }
            lessons::case_with_article(&held, None).map_err(NoLink::Article)
        }
    }
}

/// What opening a link leaves to do.
#[derive(Debug, PartialEq, Eq)]
pub enum AfterLink {
    /// Nothing more.
    Done,
    /// Present walkthrough `walkthrough` (its place) from step `step` (its place).
    Present {
        /// The walkthrough's place in the case.
        walkthrough: usize,
        /// The step's place.
        step: usize,
    },
    /// The link names a lesson on the site: fetch it (in the browser), then open it.
    FetchLesson(Link),
}

/// Opens what the link with `fragment` names: a shipped case, a case the link carries (checked
/// as a file would be), or — for a lesson — the request to fetch it. A link Skenario cannot
/// show exactly opens the article's world, or nothing at all for a case with errors, with a
/// message saying why.
pub fn open_link(state: &mut State, fragment: &str, words: &Words, now: f64) -> AfterLink {
    let asked = link::parse(fragment);
    let w = words.sharing;
    match &asked.target {
        Some(Target::Lesson(_)) => return AfterLink::FetchLesson(asked),
        Some(Target::Own(_)) => {
            let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
            let text = match link::own_case_text(&asked, limit) {
                Some(Ok(text)) => text,
                Some(Err(error)) => {
                    state.report(
                        MessageLevel::Error,
                        w.link_unusable,
                        vec![(w.link_broken)(&error)],
                    );
                    return AfterLink::Done;
                }
                None => return AfterLink::Done,
            };
            return open_carried(state, &asked, &text, words, now);
        }
        Some(Target::Shipped(_)) | None => {}
    }
    let found = asked.case_id().and_then(|id| library().position(id));
    let Some(case) = found else {
        state.open_shipped(
            ShippedRef {
                case: 0,
                scenario: None,
            },
            now,
        );
        let named = asked.case_id().unwrap_or_default();
        state.report(
            MessageLevel::Warning,
            (words.window.link_unknown_case)(named),
            Vec::new(),
        );
        return AfterLink::Done;
    };
    state.open_shipped(
        ShippedRef {
            case,
            scenario: None,
        },
        now,
    );
    set_linked_states(state, &asked, words, now)
}

/// Opens the case whose text a link (or a lesson on the site) held: loaded as a file is, and
/// on errors not opened at all, with the errors at their line and column in that text and an
/// offer to save the text.
pub fn open_carried(
    state: &mut State,
    asked: &Link,
    text: &str,
    words: &Words,
    now: f64,
) -> AfterLink {
    let w = words.sharing;
    match parse_case(text) {
        Ok((case, _warnings)) => {
            let document = Document::untitled(Arc::new(case), CaseSource::Unsaved);
            state.replace_document(document);
            state.edit_if_exercise();
            if let Some(Target::Lesson(id)) = &asked.target {
                state.document.lesson = Some(LessonOrigin {
                    id: id.clone(),
                    case: Arc::clone(&state.document.case),
                });
            }
            set_linked_states(state, asked, words, now)
        }
        Err(problems) => {
            let name = crate::core::parse::parse_case(text)
                .ok()
                .map_or_else(|| "link".to_owned(), |case| case.id)
                .replace(['/', '\\'], "-");
            state.messages.push(Message {
                level: MessageLevel::Error,
                title: w.link_case_problems.to_owned(),
                details: problems
                    .iter()
                    .map(|problem| problem_detail(problem, words))
                    .collect(),
                offer: Some(Offer::SaveText {
                    name: format!("{name}.case.ron"),
                    text: Arc::from(text),
                }),
            });
            AfterLink::Done
        }
    }
}

/// A problem in the case a link carried, placed in its text.
fn problem_detail(problem: &Problem, words: &Words) -> Detail {
    let place = problem.position.map_or_else(String::new, |at| {
        (words.sharing.in_the_link)(&at.to_string())
    });
    match &problem.found {
        Some(found) => Detail::Found {
            place,
            warning: !problem.is_error(),
            found: found.clone(),
        },
        None => Detail::Line(format!("{place}: {}", problem.message)),
    }
}

/// Sets the conditions `asked` names in the case just opened, when all of it can be used (or
/// says why not), and returns the step to present.
fn set_linked_states(state: &mut State, asked: &Link, words: &Words, now: f64) -> AfterLink {
    let strings = &words.window;
    let applied = link::apply(state.document.case.case(), asked);
    let mut details: Vec<String> = applied
        .unknown_conditions
        .iter()
        .map(|id| (strings.link_unknown_condition)(id))
        .chain(
            applied
                .unreadable
                .iter()
                .map(|part| (strings.link_unreadable)(part)),
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
                .map(|finding| (words.editor.finding)(&finding.found)),
        );
    }
    if details.is_empty() {
        state.set_states(applied.states, now);
        // Nothing to lose yet: the link holds the scenario until it is changed.
        state.document.saved = state.document.scenario.clone();
    } else {
        state.report(MessageLevel::Warning, strings.link_not_exact, details);
        return AfterLink::Done;
    }
    let walkthroughs = &state.document.case.case().walkthroughs;
    asked
        .step
        .as_ref()
        .and_then(|at| {
            let place = walkthroughs.iter().position(|w| w.id == at.walkthrough)?;
            let steps = walkthroughs.get(place)?.steps.len();
            (at.step <= steps).then(|| AfterLink::Present {
                walkthrough: place,
                step: at.step - 1,
            })
        })
        .unwrap_or(AfterLink::Done)
}
