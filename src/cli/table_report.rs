//! `table`: every yes/no combination of the conditions and what follows under each.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::core::ValidCase;
use crate::core::table::TruthTable;

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
    if table.left_out() > 0 {
        writeln!(
            out,
            "left out: {} combinations the case rules out (exclusive conditions both yes, or a condition yes where it does not apply); n/a: does not apply",
            table.left_out()
        )?;
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
            .zip(&row.applies)
            .zip(&widths)
            .map(|((s, applies), w)| {
                let word = if *applies { s.key() } else { "n/a" };
                format!("{word:w$}", w = *w)
            })
            .collect();
        let follows = ids(&row.follows, true);
        let follows = if follows.is_empty() {
            "—".to_owned()
        } else {
            follows.join(", ")
        };
        let mut line = format!("{} | {follows}", cells.join("  "));
        for &t in &row.tensions {
            if let Some(tension) = model.tension_at(t) {
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
        #[serde(skip_serializing_if = "is_zero")]
        left_out: usize,
        rows: Vec<RowJson<'a>>,
    }
    let model = case.case();
    let rows = table
        .rows()
        .map(|row| RowJson {
            conditions: model
                .conditions
                .iter()
                .zip(row.states.iter().zip(&row.applies))
                .map(|(c, (s, applies))| {
                    (
                        c.id.as_str(),
                        if *applies { s.key() } else { "not_applicable" },
                    )
                })
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
                .filter_map(|&t| model.tension_at(t))
                .map(|t| t.id.as_str())
                .collect(),
        })
        .collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &TableJson {
            case: &model.id,
            left_out: table.left_out(),
            rows,
        },
    )?;
    writeln!(out)
}

fn is_zero(count: &usize) -> bool {
    *count == 0
}
