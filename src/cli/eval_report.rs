//! `eval`: what follows under a set of conditions, as text for people or JSON for programs.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::report::{
    EvidenceJson, LANG, SettingJson, condition_id, evidence_json, paragraph_marks, quote_text,
    settings_json, settings_text, state_text, status_heading,
};
use crate::core::eval::ConditionLock;
use crate::core::explain::{Reason, WouldFollowIf, explain};
use crate::core::{ConditionIx, ConditionState, Evaluation, Outcome, Status, Text, ValidCase};
use crate::text::Words;

/// Prints an evaluation for people.
pub fn eval_text(case: &ValidCase, evaluation: &Evaluation, out: &mut dyn Write) -> io::Result<()> {
    let model = case.case();
    writeln!(out, "{}", model.title.get(LANG))?;
    let states: Vec<String> = model
        .conditions
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{}={}", c.id, state_text(case, evaluation, ConditionIx(i))))
        .collect();
    writeln!(out, "case {} · {}", model.id, states.join(", "))?;

    for &index in &evaluation.tensions {
        if let Some(tension) = model.tension_at(index) {
            writeln!(out)?;
            writeln!(out, "TENSION: {} ({})", tension.title.get(LANG), tension.id)?;
            writeln!(out, "  {}", tension.explanation.get(LANG))?;
        }
    }

    for status in Status::ALL {
        let outcomes: Vec<&Outcome> = evaluation.with_status(status).collect();
        if outcomes.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{} ({})", status_heading(status), outcomes.len())?;
        for outcome in outcomes {
            outcome_text(case, outcome, out)?;
        }
    }
    Ok(())
}

fn outcome_text(case: &ValidCase, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let model = case.case();
    let words = Words::get(LANG);
    let explaining = words.explaining;
    let Some(consequence) = model.consequence_at(outcome.consequence) else {
        return Ok(());
    };
    writeln!(
        out,
        "  {} — {}",
        consequence.id,
        consequence.title.get(LANG)
    )?;
    let actor = model
        .actor(&consequence.actor)
        .map_or_else(|| "?".into(), |a| a.name(LANG));
    let claimant = consequence
        .claimant
        .as_deref()
        .and_then(|id| model.actor(id))
        .map_or_else(
            || explaining.the_article_itself.to_owned(),
            |a| a.speaker(LANG),
        );
    writeln!(
        out,
        "    {} · {} · {}: {actor} · {}: {claimant}",
        words.kind(model, &consequence.kind),
        words.firmness(consequence.firmness),
        explaining.actor.to_lowercase(),
        explaining.claimed_by.to_lowercase(),
    )?;
    let explanation = explain(case, outcome);
    let (label, text) = match &explanation.reason {
        Reason::WithoutCondition => (
            explaining.why,
            explaining.reported_without_condition.to_owned(),
        ),
        Reason::FollowsBecause(settings) => (explaining.why, settings_text(case, settings)),
        Reason::PreventedBy(settings) => (explaining.because, settings_text(case, settings)),
        Reason::DependsOn(conditions) => (
            explaining.depends_on,
            conditions
                .iter()
                .map(|&c| condition_id(case, c))
                .collect::<Vec<_>>()
                .join(", "),
        ),
    };
    writeln!(out, "    {}: {text}", label.to_lowercase())?;
    if let Some(would_follow_if) = &explanation.would_follow_if {
        let text = match would_follow_if {
            WouldFollowIf::Alternatives(alternatives) => alternatives
                .iter()
                .map(|alternative| settings_text(case, alternative))
                .collect::<Vec<_>>()
                .join(&format!("; {} ", explaining.or)),
            WouldFollowIf::Never => explaining.never_follows.to_owned(),
            WouldFollowIf::SearchCutShort => explaining.search_cut_short.to_owned(),
        };
        writeln!(
            out,
            "    {}: {text}",
            explaining.would_follow_if.to_lowercase()
        )?;
    }
    if let Some(note) = &consequence.note {
        writeln!(out, "    note: {}", note.get(LANG))?;
    }
    for objection in explanation
        .contested_by
        .iter()
        .filter_map(|&index| model.objection_at(index))
    {
        let by = objection
            .claimant
            .as_deref()
            .or(Some(objection.by.as_str()))
            .and_then(|id| model.actor(id))
            .map_or_else(|| objection.by.clone(), |a| a.speaker(LANG));
        writeln!(
            out,
            "    contested by {by} ({}): {}",
            paragraph_marks(&objection.evidence),
            objection.statement.get(LANG)
        )?;
    }
    for &number in &consequence.evidence {
        if let Some(sentence) = model.sentence(number) {
            quote_text(model, sentence, out)?;
        }
    }
    Ok(())
}

/// `eval --json`: the shape documented in the README.
#[derive(Debug, Serialize)]
pub struct EvalJson<'a> {
    case: &'a str,
    conditions: BTreeMap<&'a str, &'static str>,
    /// Conditions that do not apply (their `applies_if` does not hold): they count as no.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    not_applicable: Vec<&'a str>,
    /// Conditions left unknown that count as no because an exclusive partner is yes.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    excluded: BTreeMap<&'a str, &'a str>,
    tensions: Vec<TensionJson<'a>>,
    consequences: Vec<ConsequenceJson<'a>>,
}

#[derive(Debug, Serialize)]
struct TensionJson<'a> {
    id: &'a str,
    title: &'a Text,
    explanation: &'a Text,
    evidence: Vec<EvidenceJson<'a>>,
}

#[derive(Debug, Serialize)]
struct ConsequenceJson<'a> {
    id: &'a str,
    title: &'a Text,
    actor: &'a str,
    kind: &'a str,
    firmness: &'static str,
    claimant: Option<&'a str>,
    status: &'static str,
    why: Vec<SettingJson<'a>>,
    depends_on: Vec<&'a str>,
    would_follow_if: Vec<Vec<SettingJson<'a>>>,
    evidence: Vec<EvidenceJson<'a>>,
    objections: Vec<ObjectionJson<'a>>,
}

#[derive(Debug, Serialize)]
struct ObjectionJson<'a> {
    id: &'a str,
    by: &'a str,
    claimant: Option<&'a str>,
    statement: &'a Text,
    evidence: Vec<EvidenceJson<'a>>,
}

impl<'a> EvalJson<'a> {
    /// The JSON view of `evaluation`.
    pub fn new(case: &'a ValidCase, evaluation: &Evaluation) -> Self {
        let model = case.case();
        let conditions = model
            .conditions
            .iter()
            .zip(&evaluation.states)
            .map(|(c, s)| (c.id.as_str(), s.key()))
            .collect();
        let mut not_applicable = Vec::new();
        let mut excluded = BTreeMap::new();
        for ((condition, lock), state) in model
            .conditions
            .iter()
            .zip(&evaluation.locks)
            .zip(&evaluation.states)
        {
            match lock {
                Some(ConditionLock::NotApplicable) => not_applicable.push(condition.id.as_str()),
                Some(ConditionLock::ExcludedBy(by)) if *state == ConditionState::Unknown => {
                    excluded.insert(condition.id.as_str(), condition_id(case, *by));
                }
                _ => {}
            }
        }
        let tensions = evaluation
            .tensions
            .iter()
            .filter_map(|&t| model.tension_at(t))
            .map(|t| TensionJson {
                id: &t.id,
                title: &t.title,
                explanation: &t.explanation,
                evidence: evidence_json(case, &t.evidence),
            })
            .collect();
        let consequences = evaluation
            .outcomes
            .iter()
            .filter_map(|outcome| {
                let c = model.consequence_at(outcome.consequence)?;
                Some(ConsequenceJson {
                    id: &c.id,
                    title: &c.title,
                    actor: &c.actor,
                    kind: c.kind.key(),
                    firmness: c.firmness.key(),
                    claimant: c.claimant.as_deref(),
                    status: outcome.status.key(),
                    why: settings_json(case, &outcome.because),
                    depends_on: outcome
                        .depends_on
                        .iter()
                        .map(|&i| condition_id(case, i))
                        .collect(),
                    would_follow_if: outcome
                        .would_follow_if
                        .iter()
                        .map(|alternative| settings_json(case, alternative))
                        .collect(),
                    evidence: evidence_json(case, &c.evidence),
                    objections: model
                        .objections_to(&c.id)
                        .map(|o| ObjectionJson {
                            id: &o.id,
                            by: &o.by,
                            claimant: o.claimant.as_deref(),
                            statement: &o.statement,
                            evidence: evidence_json(case, &o.evidence),
                        })
                        .collect(),
                })
            })
            .collect();
        Self {
            case: &model.id,
            not_applicable,
            excluded,
            conditions,
            tensions,
            consequences,
        }
    }
}
