//! What the command line prints: text for people, JSON for programs.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::core::diff::{Diff, StatusChange};
use crate::core::table::TruthTable;
use crate::core::{Evaluation, Lang, Outcome, Setting, Status, Text, ValidCase};

const LANG: Lang = Lang::En;

fn condition_id(case: &ValidCase, index: usize) -> &str {
    case.case()
        .conditions
        .get(index)
        .map_or("?", |c| c.id.as_str())
}

fn settings_text(case: &ValidCase, settings: &[Setting]) -> String {
    settings
        .iter()
        .map(|s| format!("{} = {}", condition_id(case, s.condition), s.state))
        .collect::<Vec<_>>()
        .join(" and ")
}

fn status_heading(status: Status) -> &'static str {
    match status {
        Status::Follows => "FOLLOWS",
        Status::Depends => "DEPENDS",
        Status::DoesNotFollow => "DOES NOT FOLLOW",
    }
}

/// Prints an evaluation for people.
pub fn eval_text(case: &ValidCase, evaluation: &Evaluation, out: &mut dyn Write) -> io::Result<()> {
    let model = case.case();
    writeln!(out, "{}", model.title.get(LANG))?;
    let states: Vec<String> = model
        .conditions
        .iter()
        .zip(&evaluation.states)
        .map(|(c, s)| format!("{}={s}", c.id))
        .collect();
    writeln!(out, "case {} · {}", model.id, states.join(", "))?;

    for &index in &evaluation.tensions {
        if let Some(tension) = model.tensions.get(index) {
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
    let Some(consequence) = model.consequences.get(outcome.consequence) else {
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
        .map_or("?", |a| a.name(LANG));
    let claimant = consequence
        .claimant
        .as_deref()
        .and_then(|id| model.actor(id))
        .map_or_else(|| "the article itself".to_owned(), |a| a.speaker(LANG));
    writeln!(
        out,
        "    {} · {} · actor: {actor} · claimed by: {claimant}",
        consequence.kind.label(LANG),
        consequence.firmness.label(LANG),
    )?;
    match outcome.status {
        Status::Follows if outcome.because.is_empty() => {
            writeln!(out, "    why: the article reports it without condition")?;
        }
        Status::Follows => writeln!(out, "    why: {}", settings_text(case, &outcome.because))?,
        Status::DoesNotFollow => {
            writeln!(
                out,
                "    because: {}",
                settings_text(case, &outcome.because)
            )?;
        }
        Status::Depends => {
            let open: Vec<&str> = outcome
                .depends_on
                .iter()
                .map(|&c| condition_id(case, c))
                .collect();
            writeln!(out, "    depends on: {}", open.join(", "))?;
        }
    }
    if outcome.status != Status::Follows {
        if outcome.would_follow_if.is_empty() {
            let reason = if outcome.search_cut_short {
                "no change found within the search limit"
            } else {
                "no change of conditions makes it follow"
            };
            writeln!(out, "    would follow if: {reason}")?;
        } else {
            let alternatives: Vec<String> = outcome
                .would_follow_if
                .iter()
                .map(|alternative| settings_text(case, alternative))
                .collect();
            writeln!(out, "    would follow if: {}", alternatives.join(", or "))?;
        }
    }
    if let Some(note) = &consequence.note {
        writeln!(out, "    note: {}", note.get(LANG))?;
    }
    for objection in model.objections_to(&consequence.id) {
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
            writeln!(out, "    ¶{number} {}", sentence.original)?;
            writeln!(
                out,
                "    {:width$} {}",
                "",
                sentence.translation,
                width = number.to_string().len() + 1
            )?;
        }
    }
    Ok(())
}

fn paragraph_marks(numbers: &[u32]) -> String {
    numbers
        .iter()
        .map(|n| format!("¶{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `eval --json`: the shape documented in the README.
#[derive(Debug, Serialize)]
pub struct EvalJson<'a> {
    case: &'a str,
    conditions: BTreeMap<&'a str, &'static str>,
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
    kind: &'static str,
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
struct SettingJson<'a> {
    condition: &'a str,
    state: &'static str,
}

#[derive(Debug, Serialize)]
struct EvidenceJson<'a> {
    sentence: u32,
    original: &'a str,
    translation: &'a str,
}

#[derive(Debug, Serialize)]
struct ObjectionJson<'a> {
    id: &'a str,
    by: &'a str,
    claimant: Option<&'a str>,
    statement: &'a Text,
    evidence: Vec<EvidenceJson<'a>>,
}

fn evidence_json<'a>(case: &'a ValidCase, numbers: &[u32]) -> Vec<EvidenceJson<'a>> {
    numbers
        .iter()
        .filter_map(|&n| case.case().sentence(n))
        .map(|s| EvidenceJson {
            sentence: s.number,
            original: &s.original,
            translation: &s.translation,
        })
        .collect()
}

fn settings_json<'a>(case: &'a ValidCase, settings: &[Setting]) -> Vec<SettingJson<'a>> {
    settings
        .iter()
        .map(|s| SettingJson {
            condition: condition_id(case, s.condition),
            state: s.state.key(),
        })
        .collect()
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
        let tensions = evaluation
            .tensions
            .iter()
            .filter_map(|&t| model.tensions.get(t))
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
                let c = model.consequences.get(outcome.consequence)?;
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
            conditions,
            tensions,
            consequences,
        }
    }
}

/// Prints a truth table for people: one line per combination. What follows in every row is
/// listed once above the table, so the rows show what changes.
pub fn table_text(case: &ValidCase, table: &TruthTable<'_>, out: &mut dyn Write) -> io::Result<()> {
    let model = case.case();
    // First pass: what follows in every row (rows are recomputed rather than all kept).
    let mut everywhere = vec![true; model.consequences.len()];
    for row in table.rows() {
        for (always, follows) in everywhere.iter_mut().zip(&row.follows) {
            *always &= *follows;
        }
    }
    let ids = |follows: &[bool], skip_everywhere: bool| -> Vec<&str> {
        model
            .consequences
            .iter()
            .zip(follows)
            .zip(&everywhere)
            .filter(|((_, f), e)| **f && !(skip_everywhere && **e))
            .map(|((c, _), _)| c.id.as_str())
            .collect()
    };
    let always = ids(&everywhere, false);
    if !always.is_empty() {
        writeln!(out, "in every row: {}", always.join(", "))?;
        writeln!(out)?;
    }
    let widths: Vec<usize> = model.conditions.iter().map(|c| c.id.len().max(7)).collect();
    let header: Vec<String> = model
        .conditions
        .iter()
        .zip(&widths)
        .map(|(c, w)| format!("{:w$}", c.id, w = *w))
        .collect();
    let header = header.join("  ");
    writeln!(out, "{header} | also follows")?;
    writeln!(out, "{}-+-{}", "-".repeat(header.len()), "-".repeat(12))?;
    for row in table.rows() {
        let cells: Vec<String> = row
            .states
            .iter()
            .zip(&widths)
            .map(|(s, w)| format!("{:w$}", s.key(), w = *w))
            .collect();
        let follows = ids(&row.follows, true);
        let follows = if follows.is_empty() {
            "—".to_owned()
        } else {
            follows.join(", ")
        };
        let mut line = format!("{} | {follows}", cells.join("  "));
        for &t in &row.tensions {
            if let Some(tension) = model.tensions.get(t) {
                line.push_str(&format!("  [tension: {}]", tension.id));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct RowJson<'a> {
    conditions: BTreeMap<&'a str, &'static str>,
    follows: Vec<&'a str>,
    tensions: Vec<&'a str>,
}

/// Prints a truth table as JSON: `{"case", "rows": [{"conditions", "follows", "tensions"}]}`.
pub fn table_json(case: &ValidCase, table: &TruthTable<'_>, out: &mut dyn Write) -> io::Result<()> {
    #[derive(Serialize)]
    struct TableJson<'a> {
        case: &'a str,
        rows: Vec<RowJson<'a>>,
    }
    let model = case.case();
    let rows = table
        .rows()
        .map(|row| RowJson {
            conditions: model
                .conditions
                .iter()
                .zip(&row.states)
                .map(|(c, s)| (c.id.as_str(), s.key()))
                .collect(),
            follows: model
                .consequences
                .iter()
                .zip(&row.follows)
                .filter(|(_, f)| **f)
                .map(|(c, _)| c.id.as_str())
                .collect(),
            tensions: row
                .tensions
                .iter()
                .filter_map(|&t| model.tensions.get(t))
                .map(|t| t.id.as_str())
                .collect(),
        })
        .collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &TableJson {
            case: &model.id,
            rows,
        },
    )?;
    writeln!(out)
}

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
            change.from,
            change.to
        )?;
    }

    for (heading, tensions) in [
        ("TENSION IN B, NOT IN A", &diff.tensions_appear),
        ("TENSION IN A, NOT IN B", &diff.tensions_disappear),
    ] {
        for tension in tensions.iter().filter_map(|&t| model.tensions.get(t)) {
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
    let Some(consequence) = model.consequences.get(change.consequence) else {
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
        consequence.kind.label(LANG),
        consequence.firmness.label(LANG),
        status_text(case, sides.a.evaluation.outcome(change.consequence)),
        status_text(case, sides.b.evaluation.outcome(change.consequence)),
    )?;
    let first = consequence
        .evidence
        .first()
        .and_then(|&number| model.sentence(number));
    if let Some(sentence) = first.filter(|_| quote) {
        let number = sentence.number;
        writeln!(out, "    ¶{number} {}", sentence.original)?;
        writeln!(
            out,
            "    {:width$} {}",
            "",
            sentence.translation,
            width = number.to_string().len() + 1
        )?;
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
    kind: &'static str,
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
                    let c = model.consequences.get(change.consequence)?;
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
        let tensions = |list: &[usize]| -> Vec<TensionRefJson<'a>> {
            list.iter()
                .filter_map(|&t| model.tensions.get(t))
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
