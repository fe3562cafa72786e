//! A valid case — the proof type every later layer takes — and the checks of a whole case:
//! ids, texts, evidence, actors, triggers, objections, tensions and unmodelled sentences.

use std::collections::{BTreeMap, BTreeSet};

use super::checker::{Checker, field};
use super::triggers::{References, check_trigger, compile};
use super::walkthrough;
use crate::core::diagnostics::{Finding, Segment, Severity, ValuePath};
use crate::core::ids::{ConditionIx, ConsequenceIx, SentenceNo};
use crate::core::logic::Compiled;
use crate::core::model::Case;
use crate::core::prose::listing;

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
    let mut exam = Examination::new(case);
    exam.header();
    exam.sentences();
    exam.actors();
    exam.conditions();
    exam.consequences();
    let compiled = compile(&mut exam.check, case);
    exam.objections();
    exam.tensions();
    exam.unmodelled_sentences();
    for finding in walkthrough::validate(case) {
        exam.check.error(finding.path, finding.message);
    }
    (exam.check.finish(), compiled)
}

/// One pass over a case, part by part, in file order: the findings so far, who cites which
/// sentence, and the ids each part declares for the parts after it.
struct Examination<'a> {
    case: &'a Case,
    check: Checker,
    citations: Citations,
    actor_ids: BTreeSet<String>,
    condition_ids: BTreeSet<String>,
    consequence_ids: BTreeSet<String>,
}

impl<'a> Examination<'a> {
    fn new(case: &'a Case) -> Self {
        let mut check = Checker::new();
        check.cited = vec![false; case.sentences.len() + 1];
        Self {
            case,
            check,
            citations: Citations::new(),
            actor_ids: BTreeSet::new(),
            condition_ids: BTreeSet::new(),
            consequence_ids: BTreeSet::new(),
        }
    }

    fn sentence_count(&self) -> usize {
        self.case.sentences.len()
    }

    /// Checks `evidence` at `path` and records who cites it.
    fn evidence(&mut self, path: &ValuePath, evidence: &[SentenceNo], required: bool, by: &str) {
        let count = self.sentence_count();
        check_evidence(&mut self.check, path, evidence, count, required);
        cite(&mut self.citations, evidence, by);
    }

    fn header(&mut self) {
        let case = self.case;
        let check = &mut self.check;
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
    }

    fn sentences(&mut self) {
        let case = self.case;
        let check = &mut self.check;
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
    }

    fn actors(&mut self) {
        for (i, actor) in self.case.actors.iter().enumerate() {
            let path = vec![field("actors"), Segment::Index(i), field("id")];
            self.check.id(path, "actor", &actor.id, &mut self.actor_ids);
        }
    }

    fn conditions(&mut self) {
        let case = self.case;
        for (i, condition) in case.conditions.iter().enumerate() {
            let path = vec![field("conditions"), Segment::Index(i)];
            self.check.id(
                [path.clone(), vec![field("id")]].concat(),
                "condition",
                &condition.id,
                &mut self.condition_ids,
            );
            let by = format!("condition `{}`", condition.id);
            self.evidence(&path, &condition.evidence, false, &by);
        }
        if case.conditions.is_empty() {
            self.check.error(
                vec![field("conditions")],
                "the case has no conditions".to_owned(),
            );
        }
    }

    fn consequences(&mut self) {
        let case = self.case;
        for (i, consequence) in case.consequences.iter().enumerate() {
            let path = vec![field("consequences"), Segment::Index(i), field("id")];
            self.check.id(
                path,
                "consequence",
                &consequence.id,
                &mut self.consequence_ids,
            );
        }
        for (i, consequence) in case.consequences.iter().enumerate() {
            let path = vec![field("consequences"), Segment::Index(i)];
            let check = &mut self.check;
            check_actor(check, &path, "actor", &consequence.actor, &self.actor_ids);
            if let Some(claimant) = &consequence.claimant {
                check_actor(check, &path, "claimant", claimant, &self.actor_ids);
            }
            let refs = References {
                conditions: &self.condition_ids,
                consequences: &self.consequence_ids,
            };
            let trigger_path = [path.clone(), vec![field("trigger")]].concat();
            check_trigger(check, trigger_path, &consequence.trigger, &refs);
            let by = format!("consequence `{}`", consequence.id);
            self.evidence(&path, &consequence.evidence, true, &by);
        }
    }

    fn objections(&mut self) {
        let mut objection_ids = BTreeSet::new();
        for (i, objection) in self.case.objections.iter().enumerate() {
            let path = vec![field("objections"), Segment::Index(i)];
            let check = &mut self.check;
            check.id(
                [path.clone(), vec![field("id")]].concat(),
                "objection",
                &objection.id,
                &mut objection_ids,
            );
            check_actor(check, &path, "by", &objection.by, &self.actor_ids);
            if let Some(claimant) = &objection.claimant {
                check_actor(check, &path, "claimant", claimant, &self.actor_ids);
            }
            if objection.contests.is_empty() {
                check.error(
                    [path.clone(), vec![field("contests")]].concat(),
                    "an objection must contest at least one consequence".to_owned(),
                );
            }
            for (k, contested) in objection.contests.iter().enumerate() {
                if !self.consequence_ids.contains(contested) {
                    let hint = check.suggest(contested, &self.consequence_ids);
                    check.error(
                        [path.clone(), vec![field("contests"), Segment::Index(k)]].concat(),
                        format!("unknown consequence `{contested}`{hint}"),
                    );
                }
            }
            let by = format!("objection `{}`", objection.id);
            self.evidence(&path, &objection.evidence, true, &by);
        }
    }

    fn tensions(&mut self) {
        let mut tension_ids = BTreeSet::new();
        for (i, tension) in self.case.tensions.iter().enumerate() {
            let path = vec![field("tensions"), Segment::Index(i)];
            self.check.id(
                [path.clone(), vec![field("id")]].concat(),
                "tension",
                &tension.id,
                &mut tension_ids,
            );
            let refs = References {
                conditions: &self.condition_ids,
                consequences: &self.consequence_ids,
            };
            let when_path = [path.clone(), vec![field("when")]].concat();
            check_trigger(&mut self.check, when_path, &tension.when, &refs);
            let by = format!("tension `{}`", tension.id);
            self.evidence(&path, &tension.evidence, false, &by);
        }
    }

    /// Every sentence is cited, or marked as context (left out on purpose), not both.
    fn unmodelled_sentences(&mut self) {
        for (i, sentence) in self.case.sentences.iter().enumerate() {
            let path = vec![field("sentences"), Segment::Index(i)];
            let cited_by = self.citations.get(&sentence.number);
            match (sentence.context, cited_by) {
                (false, None) => self.check.error(
                    path,
                    format!(
                        "sentence {} is not cited as evidence by anything; cite it, or mark it `context: true` to say the case leaves it out on purpose",
                        sentence.number
                    ),
                ),
                (true, Some(by)) => self.check.error(
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
    }
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
