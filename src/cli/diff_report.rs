//! `diff`: what appears and disappears between two scenarios of the same case.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::report::{EvidenceJson, LANG, condition_id, evidence_json, quote_text, state_text};
use crate::core::diff::{Diff, StatusChange};
use crate::core::{Evaluation, Outcome, Status, TensionIx, Text, ValidCase};
use crate::text::Words;

/// One of the two files `diff` compares.
pub struct Side<'a> {
    /// The file as given on the command line.
    pub path: &'a Path,
    /// The scenario's name; none for a case file (every condition unknown).
    pub name: Option<&'a str>,
    /// What follows under its conditions.
    pub evaluation: &'a Evaluation,
}

/// The two files `diff` compares: A, then B.
pub struct Sides<'a> {
    /// The first file.
    pub a: Side<'a>,
    /// The second file.
    pub b: Side<'a>,
}

/// "follows", "does not follow" or "depends on us_joins".
fn status_text(case: &ValidCase, outcome: Option<&Outcome>) -> String {
    match outcome {
        Some(outcome) if outcome.status == Status::Depends => {
            let open: Vec<&str> = outcome
                .depends_on
                .iter()
                .map(|&c| condition_id(case, c))
                .collect();
            format!("depends on {}", open.join(", "))
        }
        Some(outcome) if outcome.status == Status::Follows => "follows".to_owned(),
        Some(_) => "does not follow".to_owned(),
        None => "?".to_owned(),
    }
}

/// Prints what differs from A to B for people: conditions, tensions, and the consequences
/// that appear, disappear or otherwise change, with the first quote of each that appears or
/// disappears.
pub fn diff_text(
    case: &ValidCase,
    sides: &Sides<'_>,
    diff: &Diff,
    out: &mut dyn Write,
) -> io::Result<()> {
    let model = case.case();
    for (letter, side) in [("A", &sides.a), ("B", &sides.b)] {
        let name = side
            .name
            .unwrap_or("the case itself (every condition unknown)");
        writeln!(out, "{letter}: {} — {name}", side.path.display())?;
    }
    writeln!(out, "case {}", model.id)?;
    if diff.is_empty() {
        writeln!(out)?;
        writeln!(out, "no differences: A and B give the same result")?;
        return Ok(());
    }

    writeln!(out)?;
    writeln!(out, "CONDITIONS THAT DIFFER ({})", diff.conditions.len())?;
    for change in &diff.conditions {
        writeln!(
            out,
            "  {}: {} → {}",
            condition_id(case, change.condition),
            state_text(case, sides.a.evaluation, change.condition),
            state_text(case, sides.b.evaluation, change.condition)
        )?;
    }

    for (heading, tensions) in [
        ("TENSION IN B, NOT IN A", &diff.tensions_appear),
        ("TENSION IN A, NOT IN B", &diff.tensions_disappear),
    ] {
        for tension in tensions.iter().filter_map(|&t| model.tension_at(t)) {
            writeln!(out)?;
            writeln!(
                out,
                "{heading}: {} ({})",
                tension.title.get(LANG),
                tension.id
            )?;
            writeln!(out, "  {}", tension.explanation.get(LANG))?;
        }
    }

    if diff.consequences_unchanged() {
        writeln!(out)?;
        writeln!(out, "every consequence has the same status in A and B")?;
        return Ok(());
    }
    let groups = [
        ("APPEARS", "follows in B, not in A", &diff.appear, true),
        (
            "DISAPPEARS",
            "follows in A, not in B",
            &diff.disappear,
            true,
        ),
        (
            "OTHER CHANGES",
            "follows in neither A nor B",
            &diff.other_changes,
            false,
        ),
    ];
    for (heading, meaning, changes, quote) in groups {
        if changes.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{heading} ({}): {meaning}", changes.len())?;
        for change in changes {
            change_text(case, sides, change, quote, out)?;
        }
    }
    Ok(())
}

fn change_text(
    case: &ValidCase,
    sides: &Sides<'_>,
    change: &StatusChange,
    quote: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let model = case.case();
    let words = Words::get(LANG);
    let Some(consequence) = model.consequence_at(change.consequence) else {
        return Ok(());
    };
    writeln!(
        out,
        "  {} — {}",
        consequence.id,
        consequence.title.get(LANG)
    )?;
    writeln!(
        out,
        "    {} · {} · A: {} → B: {}",
        words.kind(model, &consequence.kind),
        words.firmness(consequence.firmness),
        status_text(case, sides.a.evaluation.outcome(change.consequence)),
        status_text(case, sides.b.evaluation.outcome(change.consequence)),
    )?;
    let first = consequence
        .evidence
        .first()
        .and_then(|&number| model.sentence(number));
    if let Some(sentence) = first.filter(|_| quote) {
        quote_text(model, sentence, out)?;
    }
    Ok(())
}

/// `diff --json`: the shape documented in the README.
#[derive(Debug, Serialize)]
pub struct DiffJson<'a> {
    case: &'a str,
    a: SideJson<'a>,
    b: SideJson<'a>,
    conditions: Vec<ConditionChangeJson<'a>>,
    appear: Vec<ChangeJson<'a>>,
    disappear: Vec<ChangeJson<'a>>,
    other_changes: Vec<ChangeJson<'a>>,
    tensions_appear: Vec<TensionRefJson<'a>>,
    tensions_disappear: Vec<TensionRefJson<'a>>,
}

#[derive(Debug, Serialize)]
struct SideJson<'a> {
    file: String,
    name: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct ConditionChangeJson<'a> {
    condition: &'a str,
    from: &'static str,
    to: &'static str,
}

#[derive(Debug, Serialize)]
struct ChangeJson<'a> {
    id: &'a str,
    title: &'a Text,
    actor: &'a str,
    kind: &'a str,
    firmness: &'static str,
    claimant: Option<&'a str>,
    from: &'static str,
    to: &'static str,
    evidence: Vec<EvidenceJson<'a>>,
}

#[derive(Debug, Serialize)]
struct TensionRefJson<'a> {
    id: &'a str,
    title: &'a Text,
}

impl<'a> DiffJson<'a> {
    /// The JSON view of `diff` between the two sides.
    pub fn new(case: &'a ValidCase, sides: &Sides<'a>, diff: &Diff) -> Self {
        let model = case.case();
        let changes = |list: &[StatusChange]| -> Vec<ChangeJson<'a>> {
            list.iter()
                .filter_map(|change| {
                    let c = model.consequence_at(change.consequence)?;
                    Some(ChangeJson {
                        id: &c.id,
                        title: &c.title,
                        actor: &c.actor,
                        kind: c.kind.key(),
                        firmness: c.firmness.key(),
                        claimant: c.claimant.as_deref(),
                        from: change.from.key(),
                        to: change.to.key(),
                        evidence: evidence_json(case, &c.evidence),
                    })
                })
                .collect()
        };
        let tensions = |list: &[TensionIx]| -> Vec<TensionRefJson<'a>> {
            list.iter()
                .filter_map(|&t| model.tension_at(t))
                .map(|t| TensionRefJson {
                    id: &t.id,
                    title: &t.title,
                })
                .collect()
        };
        let side = |side: &Side<'a>| SideJson {
            file: side.path.display().to_string(),
            name: side.name,
        };
        Self {
            case: &model.id,
            a: side(&sides.a),
            b: side(&sides.b),
            conditions: diff
                .conditions
                .iter()
                .map(|change| ConditionChangeJson {
                    condition: condition_id(case, change.condition),
                    from: change.from.key(),
                    to: change.to.key(),
                })
                .collect(),
            appear: changes(&diff.appear),
            disappear: changes(&diff.disappear),
            other_changes: changes(&diff.other_changes),
            tensions_appear: tensions(&diff.tensions_appear),
            tensions_disappear: tensions(&diff.tensions_disappear),
        }
    }
}
