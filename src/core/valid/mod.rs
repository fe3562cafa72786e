//! Validation: everything about a case or scenario that the parser cannot see (dangling and
//! duplicate ids, cycles, chains too deep to follow, evidence out of range, unmodelled
//! sentences, a scenario whose case changed), reported by path.

mod checker;
mod scenario;
mod triggers;
mod walkthrough;

use std::collections::{BTreeMap, BTreeSet};

use checker::{Checker, field};
use triggers::{References, check_trigger, compile};

pub use scenario::validate_scenario;
pub use walkthrough::validate as validate_walkthroughs;

use super::diagnostics::{Finding, Segment, Severity, ValuePath};
use super::ids::{ConditionIx, ConsequenceIx, SentenceNo};
use super::logic::Compiled;
use super::model::Case;
use super::prose::listing;

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

    /// The place of condition `condition_id`.
    pub fn condition_index(&self, condition_id: &str) -> Option<ConditionIx> {
        self.case
            .conditions
            .iter()
            .position(|c| c.id == condition_id)
            .map(ConditionIx)
    }

    /// The place of consequence `consequence_id`.
    pub fn consequence_index(&self, consequence_id: &str) -> Option<ConsequenceIx> {
        self.case
            .consequences
            .iter()
            .position(|c| c.id == consequence_id)
            .map(ConsequenceIx)
    }
}

/// Sentence numbers cited anywhere, with who cites them.
type Citations = BTreeMap<SentenceNo, Vec<String>>;

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
        if usize::try_from(sentence.number.get()).ok() != Some(expected) {
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
    for finding in walkthrough::validate(case) {
        check.error(finding.path, finding.message);
    }
    (check.finish(), compiled)
}

/// Records that `by` cites each sentence in `evidence` (once, however often it names it).
fn cite(citations: &mut Citations, evidence: &[SentenceNo], by: &str) {
    let mut numbers = evidence.to_vec();
    numbers.sort_unstable();
    numbers.dedup();
    for number in numbers {
        citations.entry(number).or_default().push(by.to_owned());
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
    evidence: &[SentenceNo],
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
    let slot = |cited: &mut Vec<bool>, number: SentenceNo| {
        usize::try_from(number.get())
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
        if let Some(seen) = usize::try_from(number.get())
            .ok()
            .and_then(|n| check.cited.get_mut(n))
        {
            *seen = false;
        }
    }
}
