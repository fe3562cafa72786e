//! Validation: everything about a case or scenario that the parser cannot see (dangling and
//! duplicate ids, cycles, evidence out of range, unmodelled sentences), reported by path.

use std::collections::{BTreeMap, BTreeSet};

use super::logic::{CompileError, Compiled};
use super::model::{Case, Scenario, Trigger};
use super::source_map::{Segment, ValuePath};

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
        let findings = validate_case(&case);
        if findings.iter().any(|f| f.severity == Severity::Error) {
            return Err(findings);
        }
        match Compiled::new(&case) {
            Ok(compiled) => Ok(Self { case, compiled }),
            // Validation reports cycles and dangling ids first; this is a safety net.
            Err(error) => Err(vec![Finding {
                severity: Severity::Error,
                path: Vec::new(),
                message: error.to_string(),
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

struct Checker {
    findings: Vec<Finding>,
}

impl Checker {
    fn error(&mut self, path: ValuePath, message: String) {
        self.findings.push(Finding {
            severity: Severity::Error,
            path,
            message,
        });
    }

    fn warning(&mut self, path: ValuePath, message: String) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            path,
            message,
        });
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

/// Sentence numbers cited anywhere, with who cites them and where.
type Citations = BTreeMap<u32, Vec<String>>;

/// Everything wrong with `case`, in file order.
pub fn validate_case(case: &Case) -> Vec<Finding> {
    let mut check = Checker {
        findings: Vec::new(),
    };
    let sentence_count = case.sentences.len();
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
    check_cycles(&mut check, case);

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
                check.error(
                    [path.clone(), vec![field("contests"), Segment::Index(k)]].concat(),
                    format!(
                        "unknown consequence `{contested}`{}",
                        suggestion(contested, &consequence_ids)
                    ),
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
                    by.join(", ")
                ),
            ),
            _ => {}
        }
    }
    check
        .findings
        .extend(super::walkthrough::validate(case));
    check.findings
}

fn cite(citations: &mut Citations, evidence: &[u32], by: &str) {
    for &number in evidence {
        let list = citations.entry(number).or_default();
        if !list.iter().any(|b| b == by) {
            list.push(by.to_owned());
        }
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
        check.error(
            [path.clone(), vec![field(name)]].concat(),
            format!("unknown actor `{actor}`{}", suggestion(actor, actors)),
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
    let mut seen = BTreeSet::new();
    for (k, &number) in evidence.iter().enumerate() {
        let item = [evidence_path.clone(), vec![Segment::Index(k)]].concat();
        if number == 0 || usize::try_from(number).map_or(true, |n| n > sentence_count) {
            check.error(
                item,
                format!("evidence names sentence {number}, but the article has sentences 1 to {sentence_count}"),
            );
        } else if !seen.insert(number) {
            check.warning(item, format!("sentence {number} is cited twice here"));
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
                check.error(
                    [path, vec![Segment::Index(0)]].concat(),
                    format!(
                        "unknown condition `{id}`{}",
                        suggestion(id, refs.conditions)
                    ),
                );
            }
        }
        Trigger::Consequence(id) => {
            if !refs.consequences.contains(id) {
                check.error(
                    [path, vec![Segment::Index(0)]].concat(),
                    format!(
                        "unknown consequence `{id}`{}",
                        suggestion(id, refs.consequences)
                    ),
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

fn check_cycles(check: &mut Checker, case: &Case) {
    // Only meaningful once every reference resolves; dangling ids are reported already.
    if let Err(CompileError::Cycle(cycle)) = Compiled::new(case) {
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
    }
}

/// ", did you mean `x`?" when a known id is close to `wanted`.
fn suggestion(wanted: &str, known: &BTreeSet<String>) -> String {
    let best = known
        .iter()
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

/// Everything wrong with `scenario` for `case` (which must be the case it names).
pub fn validate_scenario(scenario: &Scenario, case: &ValidCase) -> Vec<Finding> {
    let mut check = Checker {
        findings: Vec::new(),
    };
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
    let known: BTreeSet<String> = case.conditions.iter().map(|c| c.id.clone()).collect();
    for condition_id in scenario.conditions.keys() {
        if !known.contains(condition_id) {
            check.error(
                vec![field("conditions"), Segment::Key(condition_id.clone())],
                format!(
                    "unknown condition `{condition_id}`{}",
                    suggestion(condition_id, &known)
                ),
            );
        }
    }
    let fingerprint = case.fingerprint();
    if scenario.case_fingerprint != fingerprint {
        check.warning(
            vec![field("case_fingerprint")],
            format!(
                "the case's article changed since this scenario was saved (fingerprint {} is now {fingerprint}); check that the conditions still mean what you meant",
                scenario.case_fingerprint
            ),
        );
    }
    check.findings
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
