//! Validation: everything about a case or scenario that the parser cannot see (dangling and
//! duplicate ids, cycles, chains too deep to follow, evidence out of range, unmodelled
//! sentences, a scenario whose case changed), reported by path.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::load::thousands;
use super::logic::{CompileError, Compiled};
use super::model::{Case, Consequence, Scenario, Trigger};
use super::source_map::{Segment, ValuePath};

/// How deep evaluating a consequence may go: its trigger's nesting plus, for each consequence it
/// builds on, that one's depth. Evaluation follows such chains by recursion, so this bounds the
/// stack it needs (a few hundred small frames). No real case comes near it.
pub const MAX_TRIGGER_DEPTH: usize = 256;

/// At most this many errors and this many warnings are listed for one file; the rest are
/// counted in a last finding. A file with a million mistakes gets a readable report, fast.
pub const MAX_LISTED: usize = 100;

/// At most this many "did you mean" suggestions are worked out for one file.
const MAX_SUGGESTIONS: usize = 100;

/// Ids longer than this get no "did you mean" suggestion (the comparison costs their lengths
/// multiplied).
const MAX_SUGGESTED_LENGTH: usize = 64;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file cannot be used as it is.
    Error,
    /// The file works, but something deserves a look.
    Warning,
}

/// A problem found in a parsed file, located by its path in the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// Where it is.
    pub path: ValuePath,
    /// What is wrong, in plain words.
    pub message: String,
}

/// A case that passed validation, with its triggers compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCase {
    case: Case,
    compiled: Compiled,
}

impl ValidCase {
    /// Validates `case`. On failure returns every finding (errors and warnings).
    pub fn new(case: Case) -> Result<Self, Vec<Finding>> {
        Self::with_warnings(case).map(|(valid, _)| valid)
    }

    /// Validates `case`, compiling its triggers once: the valid case with its warnings, or
    /// every finding (errors and warnings).
    pub fn with_warnings(case: Case) -> Result<(Self, Vec<Finding>), Vec<Finding>> {
        let (findings, compiled) = examine(&case);
        if findings.iter().any(|f| f.severity == Severity::Error) {
            return Err(findings);
        }
        match compiled {
            Some(compiled) => Ok((Self { case, compiled }, findings)),
            // Without errors the triggers compiled; this is a safety net.
            None => Err(vec![Finding {
                severity: Severity::Error,
                path: Vec::new(),
                message: "the case's triggers could not be compiled".to_owned(),
            }]),
        }
    }

    /// The case.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The compiled triggers.
    pub fn compiled(&self) -> &Compiled {
        &self.compiled
    }

    /// The index of condition `condition_id`.
    pub fn condition_index(&self, condition_id: &str) -> Option<usize> {
        self.case
            .conditions
            .iter()
            .position(|c| c.id == condition_id)
    }

    /// The index of consequence `consequence_id`.
    pub fn consequence_index(&self, consequence_id: &str) -> Option<usize> {
        self.case
            .consequences
            .iter()
            .position(|c| c.id == consequence_id)
    }
}

fn field(name: &'static str) -> Segment {
    Segment::Field(name)
}

/// Collects findings, listing at most [`MAX_LISTED`] of each severity.
struct Checker {
    findings: Vec<Finding>,
    listed_errors: usize,
    listed_warnings: usize,
    unlisted_errors: usize,
    unlisted_warnings: usize,
    suggestions_left: usize,
    /// Scratch space for one evidence list: which sentence numbers it has named so far.
    cited: Vec<bool>,
}

impl Checker {
    fn new() -> Self {
        Self {
            findings: Vec::new(),
            listed_errors: 0,
            listed_warnings: 0,
            unlisted_errors: 0,
            unlisted_warnings: 0,
            suggestions_left: MAX_SUGGESTIONS,
            cited: Vec::new(),
        }
    }

    fn error(&mut self, path: ValuePath, message: String) {
        if self.listed_errors < MAX_LISTED {
            self.listed_errors += 1;
            self.findings.push(Finding {
                severity: Severity::Error,
                path,
                message,
            });
        } else {
            self.unlisted_errors += 1;
        }
    }

    fn warning(&mut self, path: ValuePath, message: String) {
        if self.listed_warnings < MAX_LISTED {
            self.listed_warnings += 1;
            self.findings.push(Finding {
                severity: Severity::Warning,
                path,
                message,
            });
        } else {
            self.unlisted_warnings += 1;
        }
    }

    /// ", did you mean `x`?" when a known id is close to `wanted` (while suggestions last).
    fn suggest(&mut self, wanted: &str, known: &BTreeSet<String>) -> String {
        if self.suggestions_left == 0 {
            return String::new();
        }
        self.suggestions_left -= 1;
        suggestion(wanted, known)
    }

    /// The findings, with a last one counting those not listed.
    fn finish(mut self) -> Vec<Finding> {
        let unlisted = self.unlisted_errors + self.unlisted_warnings;
        if unlisted > 0 {
            let (severity, what) = match (self.unlisted_errors, self.unlisted_warnings) {
                (0, _) => (Severity::Warning, "warnings"),
                (_, 0) => (Severity::Error, "errors"),
                _ => (Severity::Error, "problems"),
            };
            self.findings.push(Finding {
                severity,
                path: Vec::new(),
                message: format!(
                    "{} more {what} like these are not listed; fix these first",
                    thousands(unlisted)
                ),
            });
        }
        self.findings
    }

    /// Checks an id's spelling and uniqueness within `seen`.
    fn id(&mut self, path: ValuePath, what: &str, id: &str, seen: &mut BTreeSet<String>) {
        if id.is_empty() {
            self.error(path, format!("{what} has an empty id"));
            return;
        }
        if let Some(bad) = id
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        {
            self.error(
                path,
                format!(
                    "{what} id `{id}` contains {bad:?}; ids may use only letters a-z, digits, `_`, `-` and `.`"
                ),
            );
            return;
        }
        if !seen.insert(id.to_owned()) {
            self.error(path, format!("{what} id `{id}` is used twice"));
        }
    }

    fn text(&mut self, path: &ValuePath, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(path.clone(), format!("{what} is empty"));
        }
    }
}

/// Sentence numbers cited anywhere, with who cites them.
type Citations = BTreeMap<u32, Vec<String>>;

/// Everything wrong with `case`, in file order.
pub fn validate_case(case: &Case) -> Vec<Finding> {
    examine(case).0
}

/// Everything wrong with `case`, and its compiled triggers when they compile.
fn examine(case: &Case) -> (Vec<Finding>, Option<Compiled>) {
    let mut check = Checker::new();
    let sentence_count = case.sentences.len();
    check.cited = vec![false; sentence_count + 1];
    let mut citations = Citations::new();

    check.id(
        vec![field("id")],
        "the case",
        &case.id,
        &mut BTreeSet::new(),
    );
    check.text(
        &vec![field("title"), field("en")],
        "the English title",
        &case.title.en,
    );
    check.text(
        &vec![field("title"), field("id")],
        "the Indonesian title",
        &case.title.id,
    );

    if case.sentences.is_empty() {
        check.error(
            vec![field("sentences")],
            "the case has no sentences".to_owned(),
        );
    }
    for (i, sentence) in case.sentences.iter().enumerate() {
        let path = vec![field("sentences"), Segment::Index(i)];
        let expected = i + 1;
        if usize::try_from(sentence.number).ok() != Some(expected) {
            check.error(
                [path.clone(), vec![field("number")]].concat(),
                format!(
                    "sentence numbers must count 1, 2, 3… in order: expected {expected} here, found {}",
                    sentence.number
                ),
            );
        }
        check.text(
            &[path.clone(), vec![field("original")]].concat(),
            "the original text",
            &sentence.original,
        );
        check.text(
            &[path, vec![field("translation")]].concat(),
            "the translation",
            &sentence.translation,
        );
    }

    let mut actor_ids = BTreeSet::new();
    for (i, actor) in case.actors.iter().enumerate() {
        let path = vec![field("actors"), Segment::Index(i), field("id")];
        check.id(path, "actor", &actor.id, &mut actor_ids);
    }

    let mut condition_ids = BTreeSet::new();
    for (i, condition) in case.conditions.iter().enumerate() {
        let path = vec![field("conditions"), Segment::Index(i)];
        check.id(
            [path.clone(), vec![field("id")]].concat(),
            "condition",
            &condition.id,
            &mut condition_ids,
        );
        check_evidence(
            &mut check,
            &path,
            &condition.evidence,
            sentence_count,
            false,
        );
        cite(
            &mut citations,
            &condition.evidence,
            &format!("condition `{}`", condition.id),
        );
    }
    if case.conditions.is_empty() {
        check.error(
            vec![field("conditions")],
            "the case has no conditions".to_owned(),
        );
    }

    let mut consequence_ids = BTreeSet::new();
    for (i, consequence) in case.consequences.iter().enumerate() {
        let path = vec![field("consequences"), Segment::Index(i)];
        check.id(
            [path.clone(), vec![field("id")]].concat(),
            "consequence",
            &consequence.id,
            &mut consequence_ids,
        );
    }
    for (i, consequence) in case.consequences.iter().enumerate() {
        let path = vec![field("consequences"), Segment::Index(i)];
        check_actor(&mut check, &path, "actor", &consequence.actor, &actor_ids);
        if let Some(claimant) = &consequence.claimant {
            check_actor(&mut check, &path, "claimant", claimant, &actor_ids);
        }
        let refs = References {
            conditions: &condition_ids,
            consequences: &consequence_ids,
        };
        check_trigger(
            &mut check,
            [path.clone(), vec![field("trigger")]].concat(),
            &consequence.trigger,
            &refs,
        );
        check_evidence(
            &mut check,
            &path,
            &consequence.evidence,
            sentence_count,
            true,
        );
        cite(
            &mut citations,
            &consequence.evidence,
            &format!("consequence `{}`", consequence.id),
        );
    }
    let compiled = compile(&mut check, case);

    let mut objection_ids = BTreeSet::new();
    for (i, objection) in case.objections.iter().enumerate() {
        let path = vec![field("objections"), Segment::Index(i)];
        check.id(
            [path.clone(), vec![field("id")]].concat(),
            "objection",
            &objection.id,
            &mut objection_ids,
        );
        check_actor(&mut check, &path, "by", &objection.by, &actor_ids);
        if let Some(claimant) = &objection.claimant {
            check_actor(&mut check, &path, "claimant", claimant, &actor_ids);
        }
        if objection.contests.is_empty() {
            check.error(
                [path.clone(), vec![field("contests")]].concat(),
                "an objection must contest at least one consequence".to_owned(),
            );
        }
        for (k, contested) in objection.contests.iter().enumerate() {
            if !consequence_ids.contains(contested) {
                let hint = check.suggest(contested, &consequence_ids);
                check.error(
                    [path.clone(), vec![field("contests"), Segment::Index(k)]].concat(),
                    format!("unknown consequence `{contested}`{hint}"),
                );
            }
        }
        check_evidence(&mut check, &path, &objection.evidence, sentence_count, true);
        cite(
            &mut citations,
            &objection.evidence,
            &format!("objection `{}`", objection.id),
        );
    }

    let mut tension_ids = BTreeSet::new();
    for (i, tension) in case.tensions.iter().enumerate() {
        let path = vec![field("tensions"), Segment::Index(i)];
        check.id(
            [path.clone(), vec![field("id")]].concat(),
            "tension",
            &tension.id,
            &mut tension_ids,
        );
        let refs = References {
            conditions: &condition_ids,
            consequences: &consequence_ids,
        };
        check_trigger(
            &mut check,
            [path.clone(), vec![field("when")]].concat(),
            &tension.when,
            &refs,
        );
        check_evidence(&mut check, &path, &tension.evidence, sentence_count, false);
        cite(
            &mut citations,
            &tension.evidence,
            &format!("tension `{}`", tension.id),
        );
    }

    for (i, sentence) in case.sentences.iter().enumerate() {
        let path = vec![field("sentences"), Segment::Index(i)];
        let cited_by = citations.get(&sentence.number);
        match (sentence.context, cited_by) {
            (false, None) => check.error(
                path,
                format!(
                    "sentence {} is not cited as evidence by anything; cite it, or mark it `context: true` to say the case leaves it out on purpose",
                    sentence.number
                ),
            ),
            (true, Some(by)) => check.error(
                [path, vec![field("context")]].concat(),
                format!(
                    "sentence {} is marked `context: true` but is cited by {}",
                    sentence.number,
                    listing(by)
                ),
            ),
            _ => {}
        }
    }
    for finding in super::walkthrough::validate(case) {
        check.error(finding.path, finding.message);
    }
    (check.finish(), compiled)
}

/// Records that `by` cites each sentence in `evidence` (once, however often it names it).
fn cite(citations: &mut Citations, evidence: &[u32], by: &str) {
    let mut numbers = evidence.to_vec();
    numbers.sort_unstable();
    numbers.dedup();
    for number in numbers {
        citations.entry(number).or_default().push(by.to_owned());
    }
}

/// `a, b, c` — or the first few and how many more.
fn listing(items: &[String]) -> String {
    const SHOWN: usize = 5;
    let shown = items.get(..SHOWN).unwrap_or(items).join(", ");
    match items.len().checked_sub(SHOWN) {
        Some(more) if more > 0 => format!("{shown} and {} more", thousands(more)),
        _ => shown,
    }
}

fn check_actor(
    check: &mut Checker,
    path: &ValuePath,
    name: &'static str,
    actor: &str,
    actors: &BTreeSet<String>,
) {
    if !actors.contains(actor) {
        let hint = check.suggest(actor, actors);
        check.error(
            [path.clone(), vec![field(name)]].concat(),
            format!("unknown actor `{actor}`{hint}"),
        );
    }
}

fn check_evidence(
    check: &mut Checker,
    path: &ValuePath,
    evidence: &[u32],
    sentence_count: usize,
    required: bool,
) {
    let evidence_path = [path.clone(), vec![field("evidence")]].concat();
    if required && evidence.is_empty() {
        check.error(
            evidence_path.clone(),
            "evidence is empty; name the sentence numbers that say this".to_owned(),
        );
    }
    let slot = |cited: &mut Vec<bool>, number: u32| {
        usize::try_from(number)
            .ok()
            .filter(|&n| n > 0)
            .and_then(|n| cited.get_mut(n))
            .map(|seen| std::mem::replace(seen, true))
    };
    for (k, &number) in evidence.iter().enumerate() {
        let item = || [evidence_path.clone(), vec![Segment::Index(k)]].concat();
        match slot(&mut check.cited, number) {
            None => check.error(
                item(),
                format!("evidence names sentence {number}, but the article has sentences 1 to {sentence_count}"),
            ),
            Some(true) => check.warning(item(), format!("sentence {number} is cited twice here")),
            Some(false) => {}
        }
    }
    // Leave the scratch space clean for the next list.
    for &number in evidence {
        if let Some(seen) = usize::try_from(number)
            .ok()
            .and_then(|n| check.cited.get_mut(n))
        {
            *seen = false;
        }
    }
}

struct References<'a> {
    conditions: &'a BTreeSet<String>,
    consequences: &'a BTreeSet<String>,
}

fn check_trigger(check: &mut Checker, path: ValuePath, trigger: &Trigger, refs: &References<'_>) {
    match trigger {
        Trigger::Always => {}
        Trigger::Condition(id) => {
            if !refs.conditions.contains(id) {
                let hint = check.suggest(id, refs.conditions);
                check.error(
                    [path, vec![Segment::Index(0)]].concat(),
                    format!("unknown condition `{id}`{hint}"),
                );
            }
        }
        Trigger::Consequence(id) => {
            if !refs.consequences.contains(id) {
                let hint = check.suggest(id, refs.consequences);
                check.error(
                    [path, vec![Segment::Index(0)]].concat(),
                    format!("unknown consequence `{id}`{hint}"),
                );
            }
        }
        Trigger::Not(inner) => {
            check_trigger(check, [path, vec![Segment::Index(0)]].concat(), inner, refs);
        }
        Trigger::All(items) | Trigger::Any(items) => {
            let list = [path, vec![Segment::Index(0)]].concat();
            if items.is_empty() {
                let word = if matches!(trigger, Trigger::All(_)) {
                    "all"
                } else {
                    "any"
                };
                check.error(
                    list.clone(),
                    format!("`{word}([])` is empty; list at least one trigger, or use `always`"),
                );
            }
            for (k, item) in items.iter().enumerate() {
                check_trigger(
                    check,
                    [list.clone(), vec![Segment::Index(k)]].concat(),
                    item,
                    refs,
                );
            }
        }
    }
}

/// Compiles the triggers once, reporting a cycle and chains too deep to follow. Dangling ids
/// make compiling fail too; they are reported already.
fn compile(check: &mut Checker, case: &Case) -> Option<Compiled> {
    match Compiled::new(case) {
        Ok(compiled) => {
            check_depth(check, case);
            Some(compiled)
        }
        Err(CompileError::Cycle(cycle)) => {
            let first = cycle.first().cloned().unwrap_or_default();
            let index = case
                .consequences
                .iter()
                .position(|c| c.id == first)
                .unwrap_or(0);
            check.error(
                vec![
                    field("consequences"),
                    Segment::Index(index),
                    field("trigger"),
                ],
                format!(
                    "consequences depend on each other in a cycle: {}",
                    cycle.join(" → ")
                ),
            );
            None
        }
        Err(CompileError::UnknownCondition(_) | CompileError::UnknownConsequence(_)) => None,
    }
}

/// Reports each consequence whose evaluation would go deeper than [`MAX_TRIGGER_DEPTH`] while
/// everything it builds on stays within it: the place where the chain becomes too deep. Needs
/// a case without cycles or dangling ids; walks the chains without recursion.
fn check_depth(check: &mut Checker, case: &Case) {
    let index: BTreeMap<&str, usize> = case
        .consequences
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let builds_on: Vec<Vec<usize>> = case
        .consequences
        .iter()
        .map(|c| {
            let mut found = Vec::new();
            consequences_named(&c.trigger, &index, &mut found);
            found.sort_unstable();
            found.dedup();
            found
        })
        .collect();
    let mut waiting_on: Vec<usize> = builds_on.iter().map(Vec::len).collect();
    let mut dependents = vec![Vec::new(); case.consequences.len()];
    for (i, targets) in builds_on.iter().enumerate() {
        for &target in targets {
            if let Some(list) = dependents.get_mut(target) {
                list.push(i);
            }
        }
    }
    let mut depths = vec![0_usize; case.consequences.len()];
    let mut ready: VecDeque<usize> = (0..case.consequences.len())
        .filter(|&i| waiting_on.get(i) == Some(&0))
        .collect();
    while let Some(i) = ready.pop_front() {
        let (Some(consequence), Some(targets)) = (case.consequences.get(i), builds_on.get(i))
        else {
            continue;
        };
        let depth = trigger_depth(&consequence.trigger, &index, &depths);
        if let Some(slot) = depths.get_mut(i) {
            *slot = depth;
        }
        let inherited = targets
            .iter()
            .any(|&t| depths.get(t).copied().unwrap_or(0) > MAX_TRIGGER_DEPTH);
        if depth > MAX_TRIGGER_DEPTH && !inherited {
            check.error(
                vec![field("consequences"), Segment::Index(i), field("trigger")],
                format!(
                    "consequence `{}` builds on a chain of consequences {} levels deep, counting the triggers along the way; Skenario follows up to {MAX_TRIGGER_DEPTH}. Let it depend on conditions directly, or shorten the chain",
                    consequence.id,
                    thousands(depth)
                ),
            );
        }
        for &dependent in dependents.get(i).map_or(&[][..], Vec::as_slice) {
            if let Some(count) = waiting_on.get_mut(dependent) {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    ready.push_back(dependent);
                }
            }
        }
    }
}

/// The consequences `trigger` names directly (recursion bounded by the parser's nesting limit).
fn consequences_named(trigger: &Trigger, index: &BTreeMap<&str, usize>, found: &mut Vec<usize>) {
    match trigger {
        Trigger::Always | Trigger::Condition(_) => {}
        Trigger::Consequence(id) => found.extend(index.get(id.as_str())),
        Trigger::Not(inner) => consequences_named(inner, index, found),
        Trigger::All(items) | Trigger::Any(items) => {
            for item in items {
                consequences_named(item, index, found);
            }
        }
    }
}

/// How deep evaluating `trigger` goes, given the depth of each consequence it may name.
fn trigger_depth(trigger: &Trigger, index: &BTreeMap<&str, usize>, depths: &[usize]) -> usize {
    let inner = match trigger {
        Trigger::Always | Trigger::Condition(_) => 0,
        Trigger::Consequence(id) => index
            .get(id.as_str())
            .and_then(|&i| depths.get(i))
            .copied()
            .unwrap_or(0),
        Trigger::Not(inner) => trigger_depth(inner, index, depths),
        Trigger::All(items) | Trigger::Any(items) => items
            .iter()
            .map(|item| trigger_depth(item, index, depths))
            .max()
            .unwrap_or(0),
    };
    inner.saturating_add(1)
}

/// ", did you mean `x`?" when a known id is close to `wanted`.
fn suggestion(wanted: &str, known: &BTreeSet<String>) -> String {
    if wanted.len() > MAX_SUGGESTED_LENGTH {
        return String::new();
    }
    let best = known
        .iter()
        .filter(|k| k.len() <= MAX_SUGGESTED_LENGTH)
        .map(|k| (edit_distance(wanted, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min();
    match best {
        Some((_, k)) => format!("; did you mean `{k}`?"),
        None if known.is_empty() => String::new(),
        None if known.len() <= 8 => format!(
            "; known: {}",
            known
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => String::new(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let cost = usize::from(ca != *cb);
            let value = (diagonal + cost)
                .min(above.saturating_add(1))
                .min(left.saturating_add(1));
            diagonal = above;
            if let Some(slot) = row.get_mut(j + 1) {
                *slot = value;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// Everything wrong with `scenario` for `case` (which must be the case it names), and what
/// changed in the case since the scenario was saved.
///
/// When the case's fingerprint differs from the one saved, the article changed: one warning
/// says so, and conditions the scenario sets that the case no longer has are warnings (they
/// were removed). When the fingerprint matches, such a condition is an error (a typo). Either
/// way, the scenario's `evidence` map is compared with the case: consequences whose evidence
/// changed, that are gone, or that are new each get a warning.
pub fn validate_scenario(scenario: &Scenario, case: &ValidCase) -> Vec<Finding> {
    let mut check = Checker::new();
    let case = case.case();
    if scenario.case_id != case.id {
        check.error(
            vec![field("case_id")],
            format!(
                "this scenario is for case `{}`, but the case file is `{}`",
                scenario.case_id, case.id
            ),
        );
    }
    let fingerprint = case.fingerprint();
    let drifted = scenario.case_fingerprint != fingerprint;
    let evidence_changes = evidence_changes(scenario, case);
    if drifted {
        let detail = if scenario.evidence.is_empty() {
            "; this scenario does not record which sentences its consequences rested on, so check that the conditions still mean what you meant"
        } else if evidence_changes.is_empty() {
            "; the sentences behind every consequence are unchanged"
        } else {
            ""
        };
        check.warning(
            vec![field("case_fingerprint")],
            format!(
                "the case's article changed since this scenario was saved (fingerprint {} is now {fingerprint}){detail}",
                scenario.case_fingerprint
            ),
        );
    }
    for (path, message) in evidence_changes {
        check.warning(path, message);
    }
    let known: BTreeSet<String> = case.conditions.iter().map(|c| c.id.clone()).collect();
    for (condition_id, state) in &scenario.conditions {
        if known.contains(condition_id) {
            continue;
        }
        let path = vec![field("conditions"), Segment::Key(condition_id.clone())];
        if drifted {
            check.warning(
                path,
                format!(
                    "condition `{condition_id}` is no longer in the case; its state ({state}) is ignored, and saving the scenario drops it"
                ),
            );
        } else {
            let hint = check.suggest(condition_id, &known);
            check.error(path, format!("unknown condition `{condition_id}`{hint}"));
        }
    }
    check.finish()
}

/// What the scenario's `evidence` map says changed in the case's consequences: by path, in
/// the map's order, then the consequences new since it was saved.
fn evidence_changes(scenario: &Scenario, case: &Case) -> Vec<(ValuePath, String)> {
    if scenario.evidence.is_empty() {
        return Vec::new();
    }
    let consequences: BTreeMap<&str, &Consequence> = case
        .consequences
        .iter()
        .map(|c| (c.id.as_str(), c))
        .collect();
    let mut changes = Vec::new();
    for (consequence_id, saved_hash) in &scenario.evidence {
        let path = vec![field("evidence"), Segment::Key(consequence_id.clone())];
        match consequences.get(consequence_id.as_str()) {
            None => changes.push((
                path,
                format!("consequence `{consequence_id}` is no longer in the case"),
            )),
            Some(consequence) if Scenario::evidence_hash(case, consequence) != *saved_hash => {
                changes.push((
                    path,
                    format!(
                        "the sentences behind consequence `{consequence_id}` changed since this scenario was saved; it now cites {}",
                        sentence_list(&consequence.evidence)
                    ),
                ));
            }
            Some(_) => {}
        }
    }
    for consequence in &case.consequences {
        if !scenario.evidence.contains_key(&consequence.id) {
            changes.push((
                vec![field("evidence")],
                format!(
                    "consequence `{}` is new since this scenario was saved",
                    consequence.id
                ),
            ));
        }
    }
    changes
}

/// "sentence 4" or "sentences 4, 5 and 9", in article order (the first few of a long list).
fn sentence_list(evidence: &[u32]) -> String {
    const SHOWN: usize = 10;
    let mut numbers = evidence.to_vec();
    numbers.sort_unstable();
    numbers.dedup();
    let words: Vec<String> = numbers
        .iter()
        .take(SHOWN)
        .map(ToString::to_string)
        .collect();
    if numbers.len() > SHOWN {
        return format!(
            "sentences {} and {} more",
            words.join(", "),
            thousands(numbers.len() - SHOWN)
        );
    }
    match words.as_slice() {
        [] => "no sentence".to_owned(),
        [one] => format!("sentence {one}"),
        [rest @ .., last] => format!("sentences {} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_ids_are_suggested() {
        let known: BTreeSet<String> = ["ceasefire", "us_joins"].map(String::from).into();
        assert_eq!(
            suggestion("ceasfire", &known),
            "; did you mean `ceasefire`?"
        );
        assert_eq!(suggestion("zzz", &known), "; known: ceasefire, us_joins");
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
