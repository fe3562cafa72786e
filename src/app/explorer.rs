//! The explorer's state — the open scenario, what follows, the selection, messages — and its
//! handler, the only code that changes it. No egui here: panels read this and send commands.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use super::document::{Document, relative_case_path};
use super::library::{ShippedRef, library};
pub use super::messages::{Detail, Message, MessageLevel};
use super::selection::Selection;
use crate::core::file::{self, CaseSource, Diagnostic, Opened, SaveError};
use crate::core::shipped;
use crate::core::{
    ConditionIx, ConditionState, ConsequenceIx, Evaluation, Scenario, SentenceNo, States, Status,
    evaluate,
};

/// How long a changed consequence stays marked after the conditions change, in seconds.
pub const MARK_SECONDS: f64 = 1.2;

/// Commands of the explorer: what is set, selected and written.
#[derive(Debug, Clone, PartialEq)]
pub enum ExploreCommand {
    /// Set a condition to a state.
    SetCondition {
        /// The condition.
        condition: ConditionIx,
        /// The new state.
        state: ConditionState,
    },
    /// Step a condition through unknown → yes → no.
    CycleCondition(ConditionIx),
    /// Every condition back to unknown.
    ResetConditions,
    /// Take the conditions of a shipped preset (by its place among the presets).
    ApplyPreset(usize),
    /// Select a consequence, or clear the selection.
    SelectConsequence(Option<ConsequenceIx>),
    /// Select one sentence alone, or none.
    SelectSentence(Option<SentenceNo>),
    /// A sentence clicked in the article: selected alone, with every sentence from the last
    /// one picked (`extend`), or added to or taken from the selection (`toggle`).
    PickSentence {
        /// The sentence.
        number: SentenceNo,
        /// Shift was held.
        extend: bool,
        /// Ctrl was held.
        toggle: bool,
    },
    /// Nothing selected: no consequence, no sentence.
    ClearSelection,
    /// Select a consequence and scroll the article to one of its sentences.
    ShowEvidence {
        /// The consequence.
        consequence: ConsequenceIx,
        /// The sentence.
        sentence: SentenceNo,
    },
    /// Put the conditions and the selection back as they were, marking nothing.
    Restore(ExplorerSnapshot),
    /// Rename the scenario.
    SetName(String),
    /// Replace the scenario's notes.
    SetNotes(String),
    /// Show a message until it is dismissed.
    Report {
        /// How serious it is.
        level: MessageLevel,
        /// One line: what happened.
        title: String,
        /// The details, one per line.
        details: Vec<String>,
    },
    /// Dismiss a message (by its place in the list).
    DismissMessage(usize),
}

/// Consequences whose status just changed, for marking them briefly.
#[derive(Debug, Clone, PartialEq)]
pub struct Marks {
    /// When the change happened (egui time, seconds).
    pub at: f64,
    /// Consequences that now follow and did not before.
    pub appeared: BTreeSet<ConsequenceIx>,
    /// Consequences that followed before and no longer do.
    pub disappeared: BTreeSet<ConsequenceIx>,
}

/// A request to scroll the article to a sentence; the generation makes repeats distinct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScrollRequest {
    /// The sentence.
    pub sentence: SentenceNo,
    /// Increases with every request.
    pub generation: u64,
}

/// The conditions and the selection at one moment, to put back later (as presenter mode does
/// when it ends).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplorerSnapshot {
    /// The scenario's condition states.
    pub conditions: States,
    /// The selected consequence.
    pub selected_consequence: Option<ConsequenceIx>,
    /// The selected sentences.
    pub selection: Selection,
}

/// Everything the explorer shows.
#[derive(Debug, Clone)]
pub struct State {
    /// The open scenario.
    pub document: Document,
    /// What follows under the scenario's conditions (recomputed only when they change).
    pub evaluation: Evaluation,
    /// The shipped example scenarios for this case.
    pub presets: Vec<Scenario>,
    /// The consequence whose evidence is highlighted.
    pub selected_consequence: Option<ConsequenceIx>,
    /// The sentences selected in the article: one selection for exploring and editing.
    pub selection: Selection,
    /// The latest request to scroll the article.
    pub scroll_request: Option<ScrollRequest>,
    /// What the latest change of the conditions did, even when nothing changed status: the
    /// views mark what changed (see [`State::marks`]) and a screen reader announces it.
    pub change: Option<Marks>,
    /// Messages for the user, oldest first.
    pub messages: Vec<Message>,
    /// Counts the cases opened (and edits of the case), so views can tell when to lay out
    /// again.
    pub case_generation: u64,
    /// The editor is showing (the case is edited, not explored).
    pub editing: bool,
    /// Some sentence of the case has a translation (into a language other than the
    /// article's), so the article can show translations.
    pub has_translations: bool,
    /// The article revision of the draft when the article was last looked at (see
    /// [`crate::app::Draft::article_revision`]).
    pub(super) article_refreshed: Option<u64>,
}

impl State {
    /// The explorer on a new document.
    pub fn new(document: Document) -> Self {
        let mut state = Self {
            evaluation: evaluate(&document.case, &document.scenario.conditions),
            presets: Vec::new(),
            document,
            selected_consequence: None,
            selection: Selection::default(),
            scroll_request: None,
            change: None,
            messages: Vec::new(),
            case_generation: 0,
            has_translations: false,
            article_refreshed: None,
            editing: false,
        };
        state.case_changed();
        state
    }

    /// The explorer on the default shipped case, untitled.
    pub fn with_shipped_case() -> Self {
        let Some(shipped) = library().case(shipped::DEFAULT_CASE_ID) else {
            unreachable_shipped_case()
        };
        let source = CaseSource::Shipped(shipped.case.case().id.clone());
        Self::new(Document::untitled(Arc::clone(&shipped.case), source))
    }

    /// Another case is shown: nothing is selected in it yet.
    pub(super) fn case_changed(&mut self) {
        self.selected_consequence = None;
        self.selection.clear();
        self.case_shown_again();
    }

    /// The case shown is new or edited: its presets, what follows, what the article shows. The
    /// selection stays (the editor keeps the consequence selected by its id, and the sentences
    /// the case still has).
    pub(super) fn case_shown_again(&mut self) {
        self.presets = library()
            .case(&self.document.case.case().id)
            .map(|shipped| shipped.scenarios.clone())
            .unwrap_or_default();
        self.refresh_article();
        self.case_generation += 1;
        self.change = None;
        self.evaluation = evaluate(&self.document.case, &self.document.scenario.conditions);
    }

    /// The case the article shows: the one being edited while the editor shows (errors and
    /// all), else the case explored.
    pub fn article_case(&self) -> &crate::core::Case {
        match (&self.document.draft, self.editing) {
            (Some(draft), true) => &draft.case,
            _ => self.document.case.case(),
        }
    }

    /// Whether the article has translations, and a selection within its sentences, for the
    /// case it shows now.
    pub(super) fn refresh_article(&mut self) {
        let shown = self.article_case();
        let count = shown.sentences.len();
        let has_translations = shown.sentences.iter().any(|s| {
            s.translations
                .languages()
                .any(|code| code != shown.language)
        });
        self.has_translations = has_translations;
        self.selection.keep_within(count);
    }

    /// Consequences that just changed status, for marking them briefly: the latest change, when
    /// it changed any.
    pub fn marks(&self) -> Option<&Marks> {
        self.change
            .as_ref()
            .filter(|c| !c.appeared.is_empty() || !c.disappeared.is_empty())
    }

    /// The state of condition `index`.
    pub fn condition_state(&self, index: ConditionIx) -> ConditionState {
        self.evaluation.state(index)
    }

    /// Carries out an explorer command; `now` (egui time) dates the marks of what changed.
    pub fn handle(&mut self, command: ExploreCommand, now: f64) {
        match command {
            ExploreCommand::SetCondition { condition, state } => {
                self.set_condition(condition, state, now);
            }
            ExploreCommand::CycleCondition(condition) => self.cycle_condition(condition, now),
            ExploreCommand::ResetConditions => self.reset_conditions(now),
            ExploreCommand::ApplyPreset(index) => self.apply_preset(index, now),
            ExploreCommand::SelectConsequence(index) => self.select_consequence(index),
            ExploreCommand::SelectSentence(number) => self.selection.set(number),
            ExploreCommand::PickSentence {
                number,
                extend,
                toggle,
            } => self.selection.pick(number, extend, toggle),
            ExploreCommand::ClearSelection => {
                self.selected_consequence = None;
                self.selection.clear();
            }
            ExploreCommand::ShowEvidence {
                consequence,
                sentence,
            } => self.show_evidence(consequence, sentence),
            ExploreCommand::Restore(snapshot) => self.restore(snapshot),
            ExploreCommand::SetName(name) => self.set_name(&name),
            ExploreCommand::SetNotes(notes) => self.set_notes(&notes),
            ExploreCommand::Report {
                level,
                title,
                details,
            } => self.report(level, title, details),
            ExploreCommand::DismissMessage(index) => self.dismiss_message(index),
        }
    }

    /// The conditions and the selection as they are now.
    pub fn snapshot(&self) -> ExplorerSnapshot {
        ExplorerSnapshot {
            conditions: self.document.scenario.conditions.clone(),
            selected_consequence: self.selected_consequence,
            selection: self.selection.clone(),
        }
    }

    /// Puts the conditions and the selection back as `snapshot` has them, marking nothing.
    fn restore(&mut self, snapshot: ExplorerSnapshot) {
        if self.document.scenario.conditions != snapshot.conditions {
            self.document.scenario.conditions = snapshot.conditions;
            self.evaluation = evaluate(&self.document.case, &self.document.scenario.conditions);
        }
        self.change = None;
        self.selected_consequence = snapshot.selected_consequence;
        self.selection = snapshot.selection;
    }

    /// Sets condition `index`; re-evaluates and marks what changed.
    /// Sets condition `index`, unless the rules among the conditions lock it (its switch is
    /// locked in the window, and its number key does nothing).
    fn set_condition(&mut self, index: ConditionIx, state: ConditionState, now: f64) {
        let Some(condition) = self.document.case.case().condition_at(index) else {
            return;
        };
        if self.evaluation.lock(index).is_some() {
            return;
        }
        let id = condition.id.clone();
        if self.document.scenario.state(&id) == state {
            return;
        }
        self.document.scenario.set_state(&id, state);
        self.reevaluate(now);
    }

    /// Cycles condition `index`: unknown → yes → no → unknown.
    fn cycle_condition(&mut self, index: ConditionIx, now: f64) {
        let next = match self.condition_state(index) {
            ConditionState::Unknown => ConditionState::Yes,
            ConditionState::Yes => ConditionState::No,
            ConditionState::No => ConditionState::Unknown,
        };
        self.set_condition(index, next, now);
    }

    /// Every condition back to unknown: the world as the article leaves it.
    fn reset_conditions(&mut self, now: f64) {
        if self.document.scenario.conditions.is_empty() {
            return;
        }
        self.document.scenario.conditions.clear();
        self.reevaluate(now);
    }

    /// Takes the condition states of shipped preset `index`.
    fn apply_preset(&mut self, index: usize, now: f64) {
        let Some(preset) = self.presets.get(index) else {
            return;
        };
        if self.document.scenario.conditions == preset.conditions {
            return;
        }
        self.document.scenario.conditions = preset.conditions.clone();
        self.reevaluate(now);
    }

    /// Whether the scenario has the same conditions as preset `index`.
    pub fn matches_preset(&self, index: usize) -> bool {
        self.presets
            .get(index)
            .is_some_and(|p| p.conditions == self.document.scenario.conditions)
    }

    fn reevaluate(&mut self, now: f64) {
        let before = std::mem::replace(
            &mut self.evaluation,
            evaluate(&self.document.case, &self.document.scenario.conditions),
        );
        let follows = |evaluation: &Evaluation| -> BTreeSet<ConsequenceIx> {
            evaluation
                .with_status(Status::Follows)
                .map(|o| o.consequence)
                .collect()
        };
        let (old, new) = (follows(&before), follows(&self.evaluation));
        let appeared: BTreeSet<ConsequenceIx> = new.difference(&old).copied().collect();
        let disappeared: BTreeSet<ConsequenceIx> = old.difference(&new).copied().collect();
        self.change = Some(Marks {
            at: now,
            appeared,
            disappeared,
        });
    }

    /// Selects a consequence (or none) and scrolls the article to its first evidence.
    fn select_consequence(&mut self, index: Option<ConsequenceIx>) {
        self.selected_consequence = index;
        let first = index
            .and_then(|i| self.document.case.case().consequence_at(i))
            .and_then(|c| c.evidence.first().copied());
        if let Some(sentence) = first {
            self.scroll_to(sentence);
        }
    }

    /// Selects `consequence` and scrolls the article to `sentence` (an evidence chip).
    fn show_evidence(&mut self, consequence: ConsequenceIx, sentence: SentenceNo) {
        self.selected_consequence = Some(consequence);
        self.scroll_to(sentence);
    }

    fn scroll_to(&mut self, sentence: SentenceNo) {
        let generation = self.scroll_request.map_or(0, |r| r.generation + 1);
        self.scroll_request = Some(ScrollRequest {
            sentence,
            generation,
        });
    }

    /// The sentences the selected consequence cites, highlighted in the article.
    pub fn highlighted_sentences(&self) -> BTreeSet<SentenceNo> {
        let case = self.document.case.case();
        self.selected_consequence
            .and_then(|i| case.consequence_at(i))
            .map(|consequence| consequence.evidence.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Whether sentence `number` grounds consequence `index` (of the case explored).
    pub fn sentence_grounds(&self, number: SentenceNo, index: ConsequenceIx) -> bool {
        self.document
            .case
            .case()
            .consequence_at(index)
            .is_some_and(|c| c.evidence.contains(&number))
    }

    /// Starts a new untitled scenario for the current case.
    pub fn new_scenario(&mut self) {
        let draft = self.document.draft.take();
        self.document = Document::untitled(
            Arc::clone(&self.document.case),
            self.document.case_source.clone(),
        );
        // The case being edited stays: a new scenario only starts the conditions again.
        self.document.draft = draft;
        self.case_changed();
    }

    /// Opens a shipped case untitled, or an untitled copy of one of its scenarios (its name,
    /// notes and conditions). False when there is no such case or scenario.
    pub fn open_shipped(&mut self, at: ShippedRef, now: f64) -> bool {
        let Some((shipped, scenario)) = library().get(at) else {
            return false;
        };
        let source = CaseSource::Shipped(shipped.case.case().id.clone());
        self.document = Document::untitled(Arc::clone(&shipped.case), source);
        self.case_changed();
        if let Some(scenario) = scenario {
            self.document.scenario.name.clone_from(&scenario.name);
            self.document.scenario.name_id.clone_from(&scenario.name_id);
            self.document.scenario.notes.clone_from(&scenario.notes);
            self.document
                .scenario
                .conditions
                .clone_from(&scenario.conditions);
            self.reevaluate(now);
        }
        // Nothing to lose yet: the copy is as shipped until it is changed.
        self.document.saved = self.document.scenario.clone();
        true
    }

    /// Sets every condition at once (a link's), as one change.
    pub(super) fn set_states(&mut self, states: States, now: f64) {
        self.document.scenario.conditions = states;
        self.reevaluate(now);
    }

    /// Replaces the document (for example with recovered work).
    pub fn replace_document(&mut self, document: Document) {
        self.document = document;
        self.case_changed();
    }

    /// Replaces the document with a file that was opened (and validated) from `path`.
    /// Its warnings are added to the messages.
    pub fn replace(&mut self, opened: Opened, path: &Path) {
        let warnings = match opened {
            Opened::Case(loaded) => {
                let loaded = *loaded;
                self.document =
                    Document::untitled(Arc::new(loaded.case), CaseSource::File(path.to_owned()));
                loaded.warnings
            }
            Opened::Scenario(loaded) => {
                let loaded = *loaded;
                self.document = Document {
                    case: Arc::new(loaded.case),
                    case_source: loaded.case_source,
                    saved: loaded.scenario.clone(),
                    scenario: loaded.scenario,
                    path: Some(path.to_owned()),
                    draft: None,
                    lesson: None,
                };
                loaded.warnings
            }
        };
        self.case_changed();
        self.edit_if_exercise();
        if !warnings.is_empty() {
            self.messages.push(Message {
                level: MessageLevel::Warning,
                title: path.display().to_string(),
                details: warnings.iter().map(Detail::of).collect(),
                offer: None,
            });
        }
    }

    /// Saves the scenario to `path` (atomically). On failure the document stays unsaved.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        let scenario = self.scenario_to_save(path)?;
        file::save_scenario(path, &scenario)?;
        self.saved_as(scenario, path);
        Ok(())
    }

    /// The scenario as it is saved to `path`: stamped with its case, and naming the case's
    /// file relative to it.
    pub fn scenario_to_save(&self, path: &Path) -> Result<Scenario, SaveError> {
        let mut scenario = self.document.scenario.clone();
        scenario.stamp(self.document.case.case());
        scenario.case_file = match &self.document.case_source {
            CaseSource::Shipped(_) => None,
            CaseSource::File(case_path) => Some(relative_case_path(path, case_path)?),
            CaseSource::Unsaved => {
                return Err(SaveError::Io {
                    path: path.to_owned(),
                    reason: "its case is not saved yet; save the case first (in the editor, Ctrl+S), then the scenario".to_owned(),
                });
            }
        };
        Ok(scenario)
    }

    /// `scenario` was saved to `path`: that is now the document's file and saved version.
    pub fn saved_as(&mut self, scenario: Scenario, path: &Path) {
        self.document.scenario = scenario.clone();
        self.document.saved = scenario;
        self.document.path = Some(path.to_owned());
    }

    /// Renames the scenario.
    pub(super) fn set_name(&mut self, name: &str) {
        self.document.scenario.name = name.to_owned();
    }

    /// Replaces the scenario's notes.
    fn set_notes(&mut self, notes: &str) {
        self.document.scenario.notes = notes.to_owned();
    }

    /// Adds a message for the user.
    pub fn report(&mut self, level: MessageLevel, title: impl Into<String>, details: Vec<String>) {
        self.messages.push(Message {
            level,
            title: title.into(),
            details: details.into_iter().map(Detail::Line).collect(),
            offer: None,
        });
    }

    /// Adds a message about problems in files, each said in the window's language where check
    /// found it.
    pub fn report_problems(
        &mut self,
        level: MessageLevel,
        title: impl Into<String>,
        diagnostics: &[Diagnostic],
    ) {
        self.messages.push(Message {
            level,
            title: title.into(),
            details: diagnostics.iter().map(Detail::of).collect(),
            offer: None,
        });
    }

    /// Removes message `index`.
    fn dismiss_message(&mut self, index: usize) {
        if index < self.messages.len() {
            self.messages.remove(index);
        }
    }
}

#[expect(
    clippy::panic,
    reason = "the shipped case is compiled in and covered by tests"
)]
fn unreachable_shipped_case() -> ! {
    panic!("the shipped case does not load")
}
