//! The explorer's document state and the operations that change it. No egui here: panels read
//! this, and the app turns their commands into calls on it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::core::file::{self, CaseSource, Opened, SaveError};
use crate::core::shipped;
use crate::core::{ConditionState, Evaluation, Scenario, Status, ValidCase, evaluate};

/// How long a changed consequence stays marked after the conditions change, in seconds.
pub const MARK_SECONDS: f64 = 1.2;

/// An open scenario and the case it belongs to.
#[derive(Debug, Clone)]
pub struct Document {
    /// The case.
    pub case: Arc<ValidCase>,
    /// Where the case came from.
    pub case_source: CaseSource,
    /// The scenario being explored.
    pub scenario: Scenario,
    /// Where the scenario is saved; none while untitled.
    pub path: Option<PathBuf>,
    /// The scenario as last opened or saved, to tell whether there are unsaved changes.
    saved: Scenario,
}

impl Document {
    /// A new, untitled (and unnamed) scenario for `case` with every condition unknown.
    pub fn untitled(case: Arc<ValidCase>, case_source: CaseSource) -> Self {
        let scenario = Scenario::new(case.case(), "");
        Self {
            case,
            case_source,
            saved: scenario.clone(),
            scenario,
            path: None,
        }
    }

    /// A document brought back from an autosave: the file on disk (if any) is the saved
    /// version, so what was not saved shows as unsaved.
    pub fn recovered(
        case: Arc<ValidCase>,
        case_source: CaseSource,
        scenario: Scenario,
        path: Option<PathBuf>,
    ) -> Self {
        let saved = path
            .as_deref()
            .and_then(|p| file::load_scenario(p).ok())
            .map_or_else(|| Scenario::new(case.case(), ""), |loaded| loaded.scenario);
        Self {
            case,
            case_source,
            scenario,
            path,
            saved,
        }
    }

    /// Whether the scenario differs from what was last opened or saved.
    pub fn is_dirty(&self) -> bool {
        self.scenario != self.saved
    }

    /// The scenario's name in `lang`, or `unnamed` while it has none.
    pub fn name<'a>(&'a self, lang: crate::core::Lang, unnamed: &'a str) -> &'a str {
        let name = self.scenario.display_name(lang);
        if name.trim().is_empty() {
            unnamed
        } else {
            name
        }
    }

    /// The file name, or none while untitled.
    pub fn file_name(&self) -> Option<String> {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
    }
}

/// Something the article says that a sentence grounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ground {
    /// Evidence for a condition (index).
    Condition(usize),
    /// Evidence for a consequence (index).
    Consequence(usize),
    /// Evidence for an objection (index).
    Objection(usize),
    /// Evidence for a tension (index).
    Tension(usize),
}

/// Consequences whose status just changed, for marking them briefly.
#[derive(Debug, Clone, PartialEq)]
pub struct Marks {
    /// When the change happened (egui time, seconds).
    pub at: f64,
    /// Consequences that now follow and did not before.
    pub appeared: BTreeSet<usize>,
    /// Consequences that followed before and no longer do.
    pub disappeared: BTreeSet<usize>,
}

/// A request to scroll the article to a sentence; the generation makes repeats distinct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScrollRequest {
    /// The sentence.
    pub sentence: u32,
    /// Increases with every request.
    pub generation: u64,
}

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Something failed.
    Error,
    /// It worked, but look.
    Warning,
    /// It worked.
    Info,
}

/// A message shown in the window until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// How serious it is.
    pub severity: Severity,
    /// One line: what happened.
    pub title: String,
    /// The details, one per line (for files: `path:line:column: message`).
    pub details: Vec<String>,
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
    /// What each sentence grounds.
    pub grounds: BTreeMap<u32, Vec<Ground>>,
    /// The consequence whose evidence is highlighted.
    pub selected_consequence: Option<usize>,
    /// The sentence whose groundings are highlighted.
    pub selected_sentence: Option<u32>,
    /// The latest request to scroll the article.
    pub scroll_request: Option<ScrollRequest>,
    /// Consequences that just changed status.
    pub marks: Option<Marks>,
    /// Messages for the user, oldest first.
    pub messages: Vec<Message>,
    /// Counts the cases opened, so views can tell when to lay out again.
    pub case_generation: u64,
}

impl State {
    /// The explorer on a new document.
    pub fn new(document: Document) -> Self {
        let mut state = Self {
            evaluation: evaluate(&document.case, &document.scenario.conditions),
            presets: Vec::new(),
            grounds: BTreeMap::new(),
            document,
            selected_consequence: None,
            selected_sentence: None,
            scroll_request: None,
            marks: None,
            messages: Vec::new(),
            case_generation: 0,
        };
        state.case_changed();
        state
    }

    /// The explorer on the default shipped case, untitled.
    pub fn with_shipped_case() -> Option<Self> {
        let case = shipped::case(shipped::DEFAULT_CASE_ID)?;
        let source = CaseSource::Shipped(case.case().id.clone());
        Some(Self::new(Document::untitled(Arc::new(case), source)))
    }

    fn case_changed(&mut self) {
        let case = self.document.case.case();
        self.presets = shipped::scenarios_for(&case.id)
            .into_iter()
            .map(|(_, scenario)| scenario)
            .collect();
        let mut grounds: BTreeMap<u32, Vec<Ground>> = BTreeMap::new();
        let mut add = |numbers: &[u32], ground: Ground| {
            for &n in numbers {
                grounds.entry(n).or_default().push(ground);
            }
        };
        for (i, c) in case.conditions.iter().enumerate() {
            add(&c.evidence, Ground::Condition(i));
        }
        for (i, c) in case.consequences.iter().enumerate() {
            add(&c.evidence, Ground::Consequence(i));
        }
        for (i, o) in case.objections.iter().enumerate() {
            add(&o.evidence, Ground::Objection(i));
        }
        for (i, t) in case.tensions.iter().enumerate() {
            add(&t.evidence, Ground::Tension(i));
        }
        self.grounds = grounds;
        self.case_generation += 1;
        self.selected_consequence = None;
        self.selected_sentence = None;
        self.marks = None;
        self.evaluation = evaluate(&self.document.case, &self.document.scenario.conditions);
    }

    /// The state of condition `index`.
    pub fn condition_state(&self, index: usize) -> ConditionState {
        self.evaluation
            .states
            .get(index)
            .copied()
            .unwrap_or_default()
    }

    /// Sets condition `index`; re-evaluates and marks what changed.
    pub fn set_condition(&mut self, index: usize, state: ConditionState, now: f64) {
        let Some(condition) = self.document.case.case().conditions.get(index) else {
            return;
        };
        let id = condition.id.clone();
        if self.document.scenario.state(&id) == state {
            return;
        }
        self.document.scenario.set_state(&id, state);
        self.reevaluate(now);
    }

    /// Cycles condition `index`: unknown → yes → no → unknown.
    pub fn cycle_condition(&mut self, index: usize, now: f64) {
        let next = match self.condition_state(index) {
            ConditionState::Unknown => ConditionState::Yes,
            ConditionState::Yes => ConditionState::No,
            ConditionState::No => ConditionState::Unknown,
        };
        self.set_condition(index, next, now);
    }

    /// Every condition back to unknown: the world as the article leaves it.
    pub fn reset_conditions(&mut self, now: f64) {
        if self.document.scenario.conditions.is_empty() {
            return;
        }
        self.document.scenario.conditions.clear();
        self.reevaluate(now);
    }

    /// Takes the condition states of shipped preset `index`.
    pub fn apply_preset(&mut self, index: usize, now: f64) {
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
        let follows = |evaluation: &Evaluation| -> BTreeSet<usize> {
            evaluation
                .with_status(Status::Follows)
                .map(|o| o.consequence)
                .collect()
        };
        let (old, new) = (follows(&before), follows(&self.evaluation));
        let appeared: BTreeSet<usize> = new.difference(&old).copied().collect();
        let disappeared: BTreeSet<usize> = old.difference(&new).copied().collect();
        self.marks = (!appeared.is_empty() || !disappeared.is_empty()).then_some(Marks {
            at: now,
            appeared,
            disappeared,
        });
    }

    /// Selects a consequence (or none) and scrolls the article to its first evidence.
    pub fn select_consequence(&mut self, index: Option<usize>) {
        self.selected_consequence = index;
        self.selected_sentence = None;
        let first = index
            .and_then(|i| self.document.case.case().consequences.get(i))
            .and_then(|c| c.evidence.first().copied());
        if let Some(sentence) = first {
            self.scroll_to(sentence);
        }
    }

    /// Selects a sentence (or none), to show what it grounds.
    pub fn select_sentence(&mut self, number: Option<u32>) {
        self.selected_sentence = number;
        if number.is_some() {
            self.selected_consequence = None;
        }
    }

    /// Selects `consequence` and scrolls the article to `sentence` (an evidence chip).
    pub fn show_evidence(&mut self, consequence: usize, sentence: u32) {
        self.selected_consequence = Some(consequence);
        self.selected_sentence = None;
        self.scroll_to(sentence);
    }

    fn scroll_to(&mut self, sentence: u32) {
        let generation = self.scroll_request.map_or(0, |r| r.generation + 1);
        self.scroll_request = Some(ScrollRequest {
            sentence,
            generation,
        });
    }

    /// The sentences highlighted now: the selected consequence's evidence, or the selected
    /// sentence.
    pub fn highlighted_sentences(&self) -> BTreeSet<u32> {
        let case = self.document.case.case();
        let Some(consequence) = self
            .selected_consequence
            .and_then(|i| case.consequences.get(i))
        else {
            return self.selected_sentence.into_iter().collect();
        };
        consequence.evidence.iter().copied().collect()
    }

    /// Whether sentence `number` grounds consequence `index`.
    pub fn sentence_grounds(&self, number: u32, index: usize) -> bool {
        self.grounds
            .get(&number)
            .is_some_and(|g| g.contains(&Ground::Consequence(index)))
    }

    /// Starts a new untitled scenario for the current case.
    pub fn new_scenario(&mut self) {
        self.document = Document::untitled(
            Arc::clone(&self.document.case),
            self.document.case_source.clone(),
        );
        self.case_changed();
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
                };
                loaded.warnings
            }
        };
        self.case_changed();
        if !warnings.is_empty() {
            self.messages.push(Message {
                severity: Severity::Warning,
                title: path.display().to_string(),
                details: warnings.iter().map(ToString::to_string).collect(),
            });
        }
    }

    /// Saves the scenario to `path` (atomically). On failure the document stays unsaved.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        let mut scenario = self.document.scenario.clone();
        scenario.stamp(self.document.case.case());
        scenario.case_file = match &self.document.case_source {
            CaseSource::Shipped(_) => None,
            CaseSource::File(case_path) => Some(relative_case_path(path, case_path)?),
        };
        file::save_scenario(path, &scenario)?;
        self.document.scenario = scenario.clone();
        self.document.saved = scenario;
        self.document.path = Some(path.to_owned());
        Ok(())
    }

    /// Renames the scenario.
    pub fn set_name(&mut self, name: &str) {
        self.document.scenario.name = name.to_owned();
    }

    /// Replaces the scenario's notes.
    pub fn set_notes(&mut self, notes: &str) {
        self.document.scenario.notes = notes.to_owned();
    }

    /// Adds a message for the user.
    pub fn report(&mut self, severity: Severity, title: impl Into<String>, details: Vec<String>) {
        self.messages.push(Message {
            severity,
            title: title.into(),
            details,
        });
    }

    /// Removes message `index`.
    pub fn dismiss_message(&mut self, index: usize) {
        if index < self.messages.len() {
            self.messages.remove(index);
        }
    }
}

/// The case file's path relative to the scenario's folder; it must lie inside that folder.
fn relative_case_path(scenario_path: &Path, case_path: &Path) -> Result<String, SaveError> {
    let folder = scenario_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned());
    let (folder, case_path) = (absolute(folder), absolute(case_path));
    match case_path.strip_prefix(&folder) {
        Ok(relative) => Ok(relative.to_string_lossy().replace('\\', "/")),
        Err(_) => Err(SaveError::Io {
            path: scenario_path.to_owned(),
            reason: format!(
                "its case file {} must be in the same folder as the scenario (or a folder inside it), so that the scenario opens on other computers",
                case_path.display()
            ),
        }),
    }
}
