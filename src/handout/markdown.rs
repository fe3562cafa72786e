//! The handout as Markdown (CommonMark), for editing or pasting into other documents.

use std::fmt::Write as _;

use super::escape::escape_markdown;
use super::sheet::{Quote, Sheet};
use crate::core::{Firmness, Status};
use crate::text::Words;

/// Writes `sheet`.
pub(super) fn render(sheet: &Sheet) -> String {
    let md = escape_markdown;
    let words = sheet.words;
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "# {}\n", md(&sheet.title));
    if !sheet.about.is_empty() {
        let _ = writeln!(out, "*{}*\n", md(&sheet.about));
    }
    if !sheet.source.is_empty() {
        let details: Vec<String> = sheet
            .source
            .iter()
            .map(|(name, value)| format!("{}: {}", md(name), md(value)))
            .collect();
        let _ = writeln!(out, "{}\n", details.join(" · "));
    }
    let _ = writeln!(
        out,
        "## {}: {}\n",
        md(words.handout.scenario),
        md(&sheet.scenario_name)
    );
    for paragraph in &sheet.notes {
        let _ = writeln!(out, "{}\n", md(paragraph));
    }
    let _ = writeln!(out, "### {}\n", md(words.handout.conditions));
    for condition in &sheet.conditions {
        let _ = write!(
            out,
            "- {}: **{}**",
            md(&condition.label),
            md(&condition.state)
        );
        if let Some(reason) = &condition.reason {
            let _ = write!(out, " — {}", md(reason));
        }
        out.push('\n');
    }
    out.push('\n');

    for tension in &sheet.tensions {
        let _ = writeln!(
            out,
            "### {}: {}\n",
            md(words.handout.tension),
            md(&tension.title)
        );
        let _ = writeln!(out, "{}\n", md(&tension.explanation));
        markdown_quotes(&mut out, &tension.quotes, words);
    }

    if !sheet.groups.iter().any(|g| g.status == Status::Follows) {
        let _ = writeln!(out, "{}\n", md(words.handout.nothing_follows));
    }
    for group in &sheet.groups {
        let _ = writeln!(out, "## {}\n", md(&group.heading));
        for item in &group.items {
            let _ = writeln!(out, "### {}\n", md(&item.title));
            let _ = writeln!(
                out,
                "**{}** · {} · {}: {} · {}: {}\n",
                md(words.firmness(item.firmness)),
                md(&item.kind),
                md(words.explaining.actor),
                md(&item.actor),
                md(words.explaining.claimed_by),
                md(&item.claimant)
            );
            for fact in &item.facts {
                let _ = writeln!(out, "- **{}:** {}", md(fact.label), md(&fact.text));
            }
            if !item.facts.is_empty() {
                out.push('\n');
            }
            markdown_quotes(&mut out, &item.quotes, words);
        }
    }

    if !sheet.objections.is_empty() {
        let _ = writeln!(out, "## {}\n", md(words.handout.objections));
        for objection in &sheet.objections {
            let _ = writeln!(out, "### {}\n", md(&objection.who));
            let _ = writeln!(out, "{}\n", md(&objection.statement));
            let contests: Vec<String> = objection.contests.iter().map(|t| md(t)).collect();
            let _ = writeln!(
                out,
                "- **{}:** {}\n",
                md(words.handout.contests),
                contests.join("; ")
            );
            markdown_quotes(&mut out, &objection.quotes, words);
        }
    }

    if let Some(questions) = &sheet.questions {
        let _ = writeln!(
            out,
            "## {} — {}\n",
            md(words.handout.questions),
            md(&questions.title)
        );
        for (number, question) in questions.questions.iter().enumerate() {
            let _ = writeln!(out, "{}. {}\n", number + 1, md(question));
            let _ = writeln!(out, "   {}: {}\n", md(words.handout.answer), ANSWER_LINE);
            let _ = writeln!(out, "   {ANSWER_LINE}\n");
        }
    }

    if !sheet.one_page {
        let _ = writeln!(out, "## {}\n", md(words.handout.legend));
        for firmness in Firmness::ALL {
            let _ = writeln!(
                out,
                "- **{}**: {}",
                md(words.firmness(firmness)),
                md(words.firmness_meaning(firmness))
            );
        }
    }
    let _ = writeln!(out, "\n---\n\n{}", md(&sheet.footer));
    out
}

/// Room to write an answer by hand, in Markdown (dots rather than underscores, which are markup).
const ANSWER_LINE: &str = "……………………………………………………………………";

fn markdown_quotes(out: &mut String, quotes: &[Quote], words: &Words) {
    for quote in quotes {
        let mark = if quote.heading {
            format!("¶{} ({})", quote.number, words.handout.heading)
        } else {
            format!("¶{}", quote.number)
        };
        let _ = writeln!(
            out,
            "> **{}** {}",
            escape_markdown(&mark),
            escape_markdown(&quote.original)
        );
        if let Some((translation, _)) = &quote.translation {
            let _ = writeln!(out, ">\n> *{}*", escape_markdown(translation));
        }
        out.push('\n');
    }
}
