//! A valid case — the proof type every later layer takes — and the checks of a whole case:
//! ids, texts, evidence, actors, triggers, objections, tensions and unmodelled sentences.

mod sentences;

use std::collections::BTreeMap;

use super::checker::{Checker, field, joined};
use super::triggers::{References, check_trigger, compile};
use super::walkthrough;
use crate::core::diagnostics::{Finding, Segment, Severity, ValuePath};
use crate::core::ids::{ConditionIx, ConsequenceIx, SentenceNo};
use crate::core::language::{is_language_code, language_code_hint};
use crate::core::logic::Compiled;
use crate::core::lookup::{IdHashing, IdSet};
use crate::core::model::{Case, Kind};

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

    /// A case built into the program, with its triggers compiled but not checked again: the
    /// tests check every built-in case (`tests/shipped_case.rs`) and that this gives the same
    /// valid case as [`Self::with_warnings`]. Crate-only, so no other case skips the checks.
    pub(crate) fn checked_by_the_tests(case: Case) -> Option<Self> {
        let compiled = Compiled::new(&case).ok()?;
        Some(Self { case, compiled })
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
/// Who cites each sentence: what ("consequence") and its id.
type Citations<'a> = BTreeMap<SentenceNo, Vec<(&'static str, &'a str)>>;

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
    exam.exclusive();
    exam.kinds();
    exam.consequences();
    let compiled = compile(&mut exam.check, case);
    exam.objections();
    exam.tensions();
    exam.unmodelled_sentences();
    exam.walkthrough_texts();
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
    citations: Citations<'a>,
    actor_ids: IdSet<'a>,
    kind_ids: IdSet<'a>,
    condition_ids: IdSet<'a>,
    consequence_ids: IdSet<'a>,
}

impl<'a> Examination<'a> {
    fn new(case: &'a Case) -> Self {
        let mut check = Checker::new();
        check.cited = vec![false; case.sentences.len() + 1];
        Self {
            case,
            check,
            citations: Citations::new(),
            actor_ids: IdSet::default(),
            kind_ids: IdSet::default(),
            condition_ids: IdSet::with_capacity_and_hasher(
                case.conditions.len(),
                IdHashing::default(),
            ),
            consequence_ids: IdSet::with_capacity_and_hasher(
                case.consequences.len(),
                IdHashing::default(),
            ),
        }
    }

    fn sentence_count(&self) -> usize {
        self.case.sentences.len()
    }

    /// Checks `evidence` at `path` and records who cites it.
    fn evidence(
        &mut self,
        path: &ValuePath,
        evidence: &[SentenceNo],
        required: bool,
        by: (&'static str, &'a str),
    ) {
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
            &mut IdSet::default(),
        );
        if !is_language_code(&case.language) {
            check.error(
                vec![field("language")],
                format!(
                    "`{}` is not a language code; say which language the article is in with a code like \"en\" or \"id\"{}",
                    case.language,
                    language_code_hint(&case.language)
                ),
            );
        }
        check.required_text(|| vec![field("title")], || "title".to_owned(), &case.title);
        check.optional_text(
            || vec![field("about")],
            || "line about the source".to_owned(),
            &case.about,
        );
    }

    fn actors(&mut self) {
        for (i, actor) in self.case.actors.iter().enumerate() {
            let path = vec![field("actors"), Segment::Index(i)];
            let id_path = joined(&path, field("id"));
            self.check
                .id(id_path, "actor", &actor.id, &mut self.actor_ids);
            self.check.required_text(
                || joined(&path, field("name")),
                || format!("name for actor `{}`", actor.id),
                &actor.name,
            );
            if let Some(role) = &actor.role {
                self.check.optional_text(
                    || joined(&path, field("role")),
                    || format!("role for actor `{}`", actor.id),
                    role,
                );
            }
        }
    }

    /// The kinds the case declares: ids that do not clash with the built-in ones, and names.
    fn kinds(&mut self) {
        let built_in: IdSet<'_> = Kind::BUILT_IN.iter().map(Kind::key).collect();
        for (i, kind) in self.case.kinds.iter().enumerate() {
            let path = vec![field("kinds"), Segment::Index(i)];
            let id_path = joined(&path, field("id"));
            if built_in.contains(kind.id.as_str()) {
                self.check.error(
                    id_path.clone(),
                    format!(
                        "kind `{}` is built in already; write `kind: {}` without declaring it",
                        kind.id, kind.id
                    ),
                );
            }
            self.check.id(id_path, "kind", &kind.id, &mut self.kind_ids);
            self.check.required_text(
                || joined(&path, field("label")),
                || format!("name for kind `{}`", kind.id),
                &kind.label,
            );
        }
    }

    fn conditions(&mut self) {
        let case = self.case;
        for (i, condition) in case.conditions.iter().enumerate() {
            let path = vec![field("conditions"), Segment::Index(i)];
            self.check.id(
                joined(&path, field("id")),
                "condition",
                &condition.id,
                &mut self.condition_ids,
            );
            self.evidence(
                &path,
                &condition.evidence,
                false,
                ("condition", &condition.id),
            );
            self.check.required_text(
                || joined(&path, field("label")),
                || format!("label for condition `{}`", condition.id),
                &condition.label,
            );
            self.check.optional_text(
                || joined(&path, field("description")),
                || format!("description of condition `{}`", condition.id),
                &condition.description,
            );
        }
        if case.conditions.is_empty() {
            self.check.warning(
                vec![field("conditions")],
                "the case has no conditions yet; add the ones the article's claims hang on"
                    .to_owned(),
            );
        }
        // `applies_if` may name only conditions, and only once every condition id is known.
        for (i, condition) in case.conditions.iter().enumerate() {
            let Some(applies_if) = &condition.applies_if else {
                continue;
            };
            let path = vec![field("conditions"), Segment::Index(i), field("applies_if")];
            let refs = References {
                conditions: &self.condition_ids,
                consequences: None,
            };
            check_trigger(&mut self.check, path, applies_if, &refs);
        }
    }

    /// Sets of conditions of which at most one may be yes: two or more known conditions each.
    fn exclusive(&mut self) {
        for (i, group) in self.case.exclusive.iter().enumerate() {
            let path = vec![field("exclusive"), Segment::Index(i)];
            if group.len() < 2 {
                self.check.error(
                    path.clone(),
                    "an `exclusive` set needs at least two conditions, of which at most one can be yes".to_owned(),
                );
            }
            let mut seen = IdSet::default();
            for (k, condition_id) in group.iter().enumerate() {
                let at = joined(&path, Segment::Index(k));
                if !self.condition_ids.contains(condition_id.as_str()) {
                    let hint = self.check.suggest(condition_id, &self.condition_ids);
                    self.check
                        .error(at, format!("unknown condition `{condition_id}`{hint}"));
                } else if !seen.insert(condition_id.as_str()) {
                    self.check.error(
                        at,
                        format!("condition `{condition_id}` is listed twice in this set"),
                    );
                }
            }
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
                consequences: Some(&self.consequence_ids),
            };
            let trigger_path = joined(&path, field("trigger"));
            check_trigger(check, trigger_path, &consequence.trigger, &refs);
            if let Kind::Custom(kind_id) = &consequence.kind
                && !self.kind_ids.contains(kind_id.as_str())
            {
                let at = [path.clone(), vec![field("kind"), Segment::Index(0)]].concat();
                let message = if Kind::BUILT_IN.iter().any(|k| k.key() == kind_id) {
                    format!("`{kind_id}` is a built-in kind; write `kind: {kind_id}`")
                } else {
                    let hint = self.check.suggest(kind_id, &self.kind_ids);
                    format!(
                        "kind `{kind_id}` is not declared{hint} (a kind of the case's own is declared under `kinds: [(id: \"{kind_id}\", label: {{\"en\": \"…\", \"id\": \"…\"}})]`)"
                    )
                };
                self.check.error(at, message);
            }
            self.evidence(
                &path,
                &consequence.evidence,
                true,
                ("consequence", &consequence.id),
            );
            self.check.required_text(
                || joined(&path, field("title")),
                || format!("title of consequence `{}`", consequence.id),
                &consequence.title,
            );
            if let Some(note) = &consequence.note {
                self.check.optional_text(
                    || joined(&path, field("note")),
                    || format!("note on consequence `{}`", consequence.id),
                    note,
                );
            }
        }
        if case.consequences.is_empty() {
            self.check.warning(
                vec![field("consequences")],
                "the case has no consequences yet; add what the article says would follow"
                    .to_owned(),
            );
        }
    }

    fn objections(&mut self) {
        let mut objection_ids = IdSet::default();
        for (i, objection) in self.case.objections.iter().enumerate() {
            let path = vec![field("objections"), Segment::Index(i)];
            let check = &mut self.check;
            check.id(
                joined(&path, field("id")),
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
                    joined(&path, field("contests")),
                    "an objection must contest at least one consequence".to_owned(),
                );
            }
            for (k, contested) in objection.contests.iter().enumerate() {
                if !self.consequence_ids.contains(contested.as_str()) {
                    let hint = check.suggest(contested, &self.consequence_ids);
                    check.error(
                        [path.clone(), vec![field("contests"), Segment::Index(k)]].concat(),
                        format!("unknown consequence `{contested}`{hint}"),
                    );
                }
            }
            self.evidence(
                &path,
                &objection.evidence,
                true,
                ("objection", &objection.id),
            );
            self.check.required_text(
                || joined(&path, field("statement")),
                || format!("statement of objection `{}`", objection.id),
                &objection.statement,
            );
        }
    }

    fn tensions(&mut self) {
        let mut tension_ids = IdSet::default();
        for (i, tension) in self.case.tensions.iter().enumerate() {
            let path = vec![field("tensions"), Segment::Index(i)];
            self.check.id(
                joined(&path, field("id")),
                "tension",
                &tension.id,
                &mut tension_ids,
            );
            let refs = References {
                conditions: &self.condition_ids,
                consequences: Some(&self.consequence_ids),
            };
            let when_path = joined(&path, field("when"));
            check_trigger(&mut self.check, when_path, &tension.when, &refs);
            self.evidence(&path, &tension.evidence, false, ("tension", &tension.id));
            self.check.required_text(
                || joined(&path, field("title")),
                || format!("title of tension `{}`", tension.id),
                &tension.title,
            );
            self.check.required_text(
                || joined(&path, field("explanation")),
                || format!("explanation of tension `{}`", tension.id),
                &tension.explanation,
            );
        }
    }

    /// Each walkthrough's title, and each step's title and narration, say something.
    fn walkthrough_texts(&mut self) {
        for (w, walkthrough) in self.case.walkthroughs.iter().enumerate() {
            let path = vec![field("walkthroughs"), Segment::Index(w)];
            self.check.required_text(
                || joined(&path, field("title")),
                || format!("title of walkthrough `{}`", walkthrough.id),
                &walkthrough.title,
            );
            for (k, step) in walkthrough.steps.iter().enumerate() {
                let at = |field_name: &'static str| {
                    [
                        path.clone(),
                        vec![field("steps"), Segment::Index(k), field(field_name)],
                    ]
                    .concat()
                };
                let step_name = format!("step {} of walkthrough `{}`", k + 1, walkthrough.id);
                self.check.required_text(
                    || at("title"),
                    || format!("title of {step_name}"),
                    &step.title,
                );
                self.check.required_text(
                    || at("narration"),
                    || format!("narration of {step_name}"),
                    &step.narration,
                );
                if let Some(question) = &step.question {
                    self.check.required_text(
                        || at("question"),
                        || format!("question of {step_name}"),
                        question,
                    );
                }
                if let Some(answer) = &step.answer {
                    self.check.required_text(
                        || at("answer"),
                        || format!("answer of {step_name}"),
                        answer,
                    );
                }
            }
        }
    }
}

/// Records that `by` cites each sentence in `evidence` (once, however often it names it).
fn cite<'a>(citations: &mut Citations<'a>, evidence: &[SentenceNo], by: (&'static str, &'a str)) {
    let mut numbers = evidence.to_vec();
    numbers.sort_unstable();
    numbers.dedup();
    for number in numbers {
        citations.entry(number).or_default().push(by);
    }
}

fn check_actor(
    check: &mut Checker,
    path: &ValuePath,
    name: &'static str,
    actor: &str,
    actors: &IdSet<'_>,
) {
    if actor.is_empty() {
        check.error(
            [path.clone(), vec![field(name)]].concat(),
            format!("no actor is chosen as `{name}` yet; name one of the case's actors"),
        );
    } else if !actors.contains(actor) {
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
    let evidence_path = joined(path, field("evidence"));
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
        let item = || joined(&evidence_path, Segment::Index(k));
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
