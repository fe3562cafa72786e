//! A valid case — the proof type every later layer takes — and the checks of a whole case:
//! ids, texts, evidence, actors, triggers, objections, tensions and unmodelled sentences.

mod sentences;

use std::collections::BTreeMap;

use super::checker::{Checker, field, joined};
use super::triggers::{References, check_trigger, compile};
use super::walkthrough;
use crate::core::diagnostics::{Finding, Segment, Severity, ValuePath};
use crate::core::found::{ActorField, ElementKind, Found, Owner, TextField, TextRef};
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
            None => Err(vec![Finding::error(Vec::new(), Found::TriggersNotCompiled)]),
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

/// Who cites each sentence: what kind of element, and its id.
type Citations<'a> = BTreeMap<SentenceNo, Vec<(ElementKind, &'a str)>>;

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
        exam.check.error(finding.path, finding.found);
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
        // A student writes an exercise in one language: the key's other languages are not
        // the student's to fill, so an exercise is not warned about texts missing in them.
        let languages = if case.exercise.is_some() {
            Vec::new()
        } else {
            case.promised_languages()
        };
        let mut check = Checker::new(&languages);
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
        by: (ElementKind, &'a str),
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
            ElementKind::Case,
            &case.id,
            &mut IdSet::default(),
        );
        if !is_language_code(&case.language) {
            check.error(
                vec![field("language")],
                Found::ArticleLanguage(case.language.clone(), language_code_hint(&case.language)),
            );
        }
        if case.article_file.is_some() && case.article.is_some() {
            check.error(vec![field("article")], Found::ArticleTwice);
        }
        for (k, code) in case.languages.iter().enumerate() {
            if !is_language_code(code) {
                check.error(
                    vec![field("languages"), Segment::Index(k)],
                    Found::TextLanguage(code.clone(), language_code_hint(code)),
                );
            }
        }
        let text = |field: TextField| {
            move || TextRef {
                owner: Owner::Case,
                field,
            }
        };
        check.required_text(|| vec![field("title")], text(TextField::Title), &case.title);
        check.optional_text(|| vec![field("about")], text(TextField::About), &case.about);
    }

    fn actors(&mut self) {
        for (i, actor) in self.case.actors.iter().enumerate() {
            let path = vec![field("actors"), Segment::Index(i)];
            let id_path = joined(&path, field("id"));
            self.check
                .id(id_path, ElementKind::Actor, &actor.id, &mut self.actor_ids);
            let text = text_of(ElementKind::Actor, &actor.id);
            self.check.required_text(
                || joined(&path, field("name")),
                text.field(TextField::Name),
                &actor.name,
            );
            if let Some(role) = &actor.role {
                self.check.optional_text(
                    || joined(&path, field("role")),
                    text.field(TextField::Role),
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
                self.check
                    .error(id_path.clone(), Found::KindBuiltInDeclared(kind.id.clone()));
            }
            self.check
                .id(id_path, ElementKind::Kind, &kind.id, &mut self.kind_ids);
            self.check.required_text(
                || joined(&path, field("label")),
                text_of(ElementKind::Kind, &kind.id).field(TextField::Name),
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
                ElementKind::Condition,
                &condition.id,
                &mut self.condition_ids,
            );
            self.evidence(
                &path,
                &condition.evidence,
                false,
                (ElementKind::Condition, &condition.id),
            );
            let text = text_of(ElementKind::Condition, &condition.id);
            self.check.required_text(
                || joined(&path, field("label")),
                text.field(TextField::Label),
                &condition.label,
            );
            self.check.optional_text(
                || joined(&path, field("description")),
                text.field(TextField::Description),
                &condition.description,
            );
        }
        // An exercise starts without them: the students are to find them.
        if case.conditions.is_empty() && case.exercise.is_none() {
            self.check
                .warning(vec![field("conditions")], Found::NoConditions);
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
                self.check.error(path.clone(), Found::ExclusiveTooSmall);
            }
            let mut seen = IdSet::default();
            for (k, condition_id) in group.iter().enumerate() {
                let at = joined(&path, Segment::Index(k));
                if !self.condition_ids.contains(condition_id.as_str()) {
                    let hint = self.check.suggest(condition_id, &self.condition_ids);
                    self.check
                        .error(at, Found::UnknownCondition(condition_id.clone(), hint));
                } else if !seen.insert(condition_id.as_str()) {
                    self.check
                        .error(at, Found::ListedTwiceInSet(condition_id.clone()));
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
                ElementKind::Consequence,
                &consequence.id,
                &mut self.consequence_ids,
            );
        }
        for (i, consequence) in case.consequences.iter().enumerate() {
            let path = vec![field("consequences"), Segment::Index(i)];
            let check = &mut self.check;
            let actors = &self.actor_ids;
            check_actor(check, &path, ActorField::Actor, &consequence.actor, actors);
            if let Some(claimant) = &consequence.claimant {
                check_actor(check, &path, ActorField::Claimant, claimant, actors);
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
                let found = if Kind::BUILT_IN.iter().any(|k| k.key() == kind_id) {
                    Found::BuiltInKindAsOwn(kind_id.clone())
                } else {
                    let hint = self.check.suggest(kind_id, &self.kind_ids);
                    Found::UndeclaredKind(kind_id.clone(), hint)
                };
                self.check.error(at, found);
            }
            self.evidence(
                &path,
                &consequence.evidence,
                true,
                (ElementKind::Consequence, &consequence.id),
            );
            let text = text_of(ElementKind::Consequence, &consequence.id);
            self.check.required_text(
                || joined(&path, field("title")),
                text.field(TextField::Title),
                &consequence.title,
            );
            if let Some(note) = &consequence.note {
                self.check.optional_text(
                    || joined(&path, field("note")),
                    text.field(TextField::Note),
                    note,
                );
            }
        }
        if case.consequences.is_empty() && case.exercise.is_none() {
            self.check
                .warning(vec![field("consequences")], Found::NoConsequences);
        }
    }

    fn objections(&mut self) {
        let mut objection_ids = IdSet::default();
        for (i, objection) in self.case.objections.iter().enumerate() {
            let path = vec![field("objections"), Segment::Index(i)];
            let check = &mut self.check;
            check.id(
                joined(&path, field("id")),
                ElementKind::Objection,
                &objection.id,
                &mut objection_ids,
            );
            check_actor(check, &path, ActorField::By, &objection.by, &self.actor_ids);
            if let Some(claimant) = &objection.claimant {
                check_actor(
                    check,
                    &path,
                    ActorField::Claimant,
                    claimant,
                    &self.actor_ids,
                );
            }
            if objection.contests.is_empty() {
                check.error(joined(&path, field("contests")), Found::ContestsNothing);
            }
            for (k, contested) in objection.contests.iter().enumerate() {
                if !self.consequence_ids.contains(contested.as_str()) {
                    let hint = check.suggest(contested, &self.consequence_ids);
                    check.error(
                        [path.clone(), vec![field("contests"), Segment::Index(k)]].concat(),
                        Found::UnknownConsequence(contested.clone(), hint),
                    );
                }
            }
            self.evidence(
                &path,
                &objection.evidence,
                true,
                (ElementKind::Objection, &objection.id),
            );
            self.check.required_text(
                || joined(&path, field("statement")),
                text_of(ElementKind::Objection, &objection.id).field(TextField::Statement),
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
                ElementKind::Tension,
                &tension.id,
                &mut tension_ids,
            );
            let refs = References {
                conditions: &self.condition_ids,
                consequences: Some(&self.consequence_ids),
            };
            let when_path = joined(&path, field("when"));
            check_trigger(&mut self.check, when_path, &tension.when, &refs);
            let by = (ElementKind::Tension, tension.id.as_str());
            self.evidence(&path, &tension.evidence, false, by);
            let text = text_of(ElementKind::Tension, &tension.id);
            self.check.required_text(
                || joined(&path, field("title")),
                text.field(TextField::Title),
                &tension.title,
            );
            self.check.required_text(
                || joined(&path, field("explanation")),
                text.field(TextField::Explanation),
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
                text_of(ElementKind::Walkthrough, &walkthrough.id).field(TextField::Title),
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
                let text = |field: TextField| {
                    let walkthrough = walkthrough.id.clone();
                    move || TextRef {
                        owner: Owner::Step {
                            walkthrough: walkthrough.clone(),
                            step: k + 1,
                        },
                        field,
                    }
                };
                self.check
                    .required_text(|| at("title"), text(TextField::Title), &step.title);
                self.check.required_text(
                    || at("narration"),
                    text(TextField::Narration),
                    &step.narration,
                );
                if let Some(question) = &step.question {
                    self.check.required_text(
                        || at("question"),
                        text(TextField::Question),
                        question,
                    );
                }
                if let Some(answer) = &step.answer {
                    self.check
                        .required_text(|| at("answer"), text(TextField::Answer), answer);
                }
            }
        }
    }
}

/// Records that `by` cites each sentence in `evidence` (once, however often it names it).
fn cite<'a>(citations: &mut Citations<'a>, evidence: &[SentenceNo], by: (ElementKind, &'a str)) {
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
    name: ActorField,
    actor: &str,
    actors: &IdSet<'_>,
) {
    let at = || joined(path, field(name.key()));
    if actor.is_empty() {
        check.error(at(), Found::NoActorChosen(name));
    } else if !actors.contains(actor) {
        let hint = check.suggest(actor, actors);
        check.error(at(), Found::UnknownActor(actor.to_owned(), hint));
    }
}

/// The texts of one element, as the check's findings name them.
#[derive(Clone, Copy)]
struct TextsOf<'a> {
    of: ElementKind,
    id: &'a str,
}

/// The texts of element `id` of kind `of`.
fn text_of(of: ElementKind, id: &str) -> TextsOf<'_> {
    TextsOf { of, id }
}

impl<'a> TextsOf<'a> {
    /// Its text `field`, named only when a finding needs it.
    fn field(self, field: TextField) -> impl Fn() -> TextRef + 'a {
        move || TextRef {
            owner: Owner::Element(self.of, self.id.to_owned()),
            field,
        }
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
        check.error(evidence_path.clone(), Found::NoEvidence);
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
                Found::EvidenceOutOfRange {
                    number: number.get(),
                    count: sentence_count,
                },
            ),
            Some(true) => check.warning(item(), Found::CitedTwice(number.get())),
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
