//! The handout as one printable HTML file, its styles inline, laid out for A4.

use std::fmt::Write as _;

use super::escape::escape_html;
use super::sheet::{Item, Quote, Sheet};
use crate::core::{Firmness, Lang, Status};
use crate::text::Words;

/// The handout's styles: A4 pages, compact type, quotes and headings kept whole across page
/// breaks.
const STYLE: &str = "
@page { size: A4; margin: 14mm 15mm 15mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 180mm; padding: 10mm 0;
  font-family: \"DejaVu Sans\", \"Noto Sans\", \"Liberation Sans\", Arial, sans-serif;
  font-size: 8.5pt; line-height: 1.3; color: #111; background: #fff; }
h1 { font-size: 15pt; line-height: 1.2; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 9pt 0 4pt; padding-bottom: 1pt; border-bottom: 1px solid #888;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 9.5pt; margin: 0 0 1pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 3pt; }
.about { font-style: italic; color: #444; }
.source { color: #444; }
.scenario h2 { margin-top: 6pt; }
.scenario h3 { margin-top: 3pt; }
.conditions { list-style: none; padding: 0; margin: 0 0 4pt; display: flex; flex-wrap: wrap;
  gap: 2pt 12pt; }
.state { font-weight: bold; }
.state-yes { color: #1d5e20; } .state-no { color: #8a1c1c; } .state-unknown { color: #555; }
.state-locked { color: #555; font-style: italic; } .lock { color: #555; }
.item, .tension, .objection { border-left: 3pt solid #999; padding: 1pt 0 1pt 5pt;
  margin: 0 0 6pt; }
.follows .item { border-left-color: #2e7d32; }
.depends .item { border-left-color: #b8860b; }
.does-not-follow .item { border-left-color: #9e9e9e; }
.tension { border-left-color: #c62828; background: #fdf1f1; padding: 3pt 6pt; }
.objection { border-left-color: #6a1b9a; border-left-style: dashed; }
.meta { color: #333; }
.firmness { font-weight: bold; border: 1px solid #555; border-radius: 3pt; padding: 0 3pt; }
.facts { margin: 0 0 2pt; padding-left: 12pt; }
.facts li { margin: 0; }
blockquote { margin: 2pt 0 3pt; padding: 0 0 0 6pt; border-left: 1.5pt solid #ccc;
  break-inside: avoid; page-break-inside: avoid; }
.meta, .facts li { break-after: avoid; page-break-after: avoid; }
blockquote p { margin: 0; }
.number { font-weight: bold; }
.translation { font-style: italic; color: #333; }
.questions ol { padding-left: 14pt; }
.questions li { margin-bottom: 4pt; break-inside: avoid; page-break-inside: avoid; }
.answer { height: 30pt; border-bottom: 1px solid #999;
  background: repeating-linear-gradient(transparent 0 14pt, #ddd 14pt 15pt); }
.legend { padding-left: 12pt; columns: 2; column-gap: 12pt; margin: 0; }
.one-page { font-size: 8pt; line-height: 1.2; }
.one-page h2 { margin: 6pt 0 3pt; }
.one-page h1 { font-size: 13pt; }
.one-page .follows, .one-page .questions ol { columns: 2; column-gap: 10pt; }
.one-page .follows h2 { column-span: all; }
.one-page .item { margin-bottom: 4pt; break-inside: avoid; page-break-inside: avoid; }
.one-page .meta { font-size: 7.5pt; }
.one-page blockquote { margin: 1pt 0 0; font-size: 7pt; }
.one-page .questions li { margin-bottom: 1pt; }
.one-page .questions p { margin: 0; }
.one-page .answer { height: 9pt; }
.one-page .item { font-size: 7.5pt; }
.one-page .item h3 { font-size: 8.5pt; }
.one-page footer { margin-top: 4pt; font-size: 7pt; }
footer { margin-top: 8pt; padding-top: 3pt; border-top: 1px solid #bbb; color: #555;
  font-size: 8pt; }
@media print { body { max-width: none; padding: 0; } }
";

/// Writes `sheet`.
pub(super) fn render(sheet: &Sheet) -> String {
    let h = escape_html;
    let words = sheet.words;
    let lang = sheet.lang;
    let lang_key = match lang {
        Lang::En => "en",
        Lang::Id => "id",
    };
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>");
    let _ = writeln!(out, "<html lang=\"{lang_key}\">");
    let _ = writeln!(out, "<head>");
    let _ = writeln!(out, "<meta charset=\"utf-8\">");
    let _ = writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    );
    let _ = writeln!(
        out,
        "<title>{} — {}</title>",
        h(&sheet.scenario_name),
        h(&sheet.title)
    );
    let _ = writeln!(out, "<style>{STYLE}</style>");
    if sheet.one_page {
        // A sheet to hand out uses more of the paper.
        let _ = writeln!(out, "<style>@page {{ margin: 9mm 10mm; }}</style>");
    }
    let _ = writeln!(out, "</head>");
    if sheet.one_page {
        let _ = writeln!(out, "<body class=\"one-page\">");
    } else {
        let _ = writeln!(out, "<body>");
    }
    let _ = writeln!(out, "<header>");
    let _ = writeln!(out, "<h1>{}</h1>", h(&sheet.title));
    if !sheet.about.is_empty() {
        let _ = writeln!(out, "<p class=\"about\">{}</p>", h(&sheet.about));
    }
    if !sheet.source.is_empty() {
        let details: Vec<String> = sheet
            .source
            .iter()
            .map(|(name, value)| format!("{}: {}", h(name), h(value)))
            .collect();
        let _ = writeln!(out, "<p class=\"source\">{}</p>", details.join(" · "));
    }
    let _ = writeln!(out, "</header>");

    let _ = writeln!(out, "<section class=\"scenario\">");
    let _ = writeln!(
        out,
        "<h2>{}: {}</h2>",
        h(words.handout.scenario),
        h(&sheet.scenario_name)
    );
    for paragraph in &sheet.notes {
        let _ = writeln!(out, "<p>{}</p>", h(paragraph));
    }
    let _ = writeln!(out, "<h3>{}</h3>", h(words.handout.conditions));
    let _ = writeln!(out, "<ul class=\"conditions\">");
    for condition in &sheet.conditions {
        let _ = write!(
            out,
            "<li>{}: <span class=\"state state-{}\">{}</span>",
            h(&condition.label),
            condition.mark,
            h(&condition.state)
        );
        if let Some(reason) = &condition.reason {
            let _ = write!(out, " <span class=\"lock\">— {}</span>", h(reason));
        }
        let _ = writeln!(out, "</li>");
    }
    let _ = writeln!(out, "</ul>");
    let _ = writeln!(out, "</section>");

    for tension in &sheet.tensions {
        let _ = writeln!(out, "<section class=\"tension\">");
        let _ = writeln!(
            out,
            "<h3>{}: {}</h3>",
            h(words.handout.tension),
            h(&tension.title)
        );
        let _ = writeln!(out, "<p>{}</p>", h(&tension.explanation));
        html_quotes(&mut out, &tension.quotes, words, &sheet.article_language);
        let _ = writeln!(out, "</section>");
    }

    if !sheet.groups.iter().any(|g| g.status == Status::Follows) {
        let _ = writeln!(out, "<p>{}</p>", h(words.handout.nothing_follows));
    }
    for group in &sheet.groups {
        let class = match group.status {
            Status::Follows => "follows",
            Status::Depends => "depends",
            Status::DoesNotFollow => "does-not-follow",
        };
        let _ = writeln!(out, "<section class=\"{class}\">");
        let _ = writeln!(out, "<h2>{}</h2>", h(&group.heading));
        for item in &group.items {
            let _ = writeln!(out, "<article class=\"item\">");
            let _ = writeln!(out, "<h3>{}</h3>", h(&item.title));
            item_meta(&mut out, sheet, item);
            let _ = writeln!(out, "<ul class=\"facts\">");
            for fact in &item.facts {
                let _ = writeln!(out, "<li><b>{}:</b> {}</li>", h(fact.label), h(&fact.text));
            }
            let _ = writeln!(out, "</ul>");
            html_quotes(&mut out, &item.quotes, words, &sheet.article_language);
            let _ = writeln!(out, "</article>");
        }
        let _ = writeln!(out, "</section>");
    }

    if !sheet.objections.is_empty() {
        let _ = writeln!(out, "<section class=\"objections\">");
        let _ = writeln!(out, "<h2>{}</h2>", h(words.handout.objections));
        for objection in &sheet.objections {
            let _ = writeln!(out, "<article class=\"objection\">");
            let _ = writeln!(out, "<h3>{}</h3>", h(&objection.who));
            let _ = writeln!(out, "<p>{}</p>", h(&objection.statement));
            let contests: Vec<String> = objection.contests.iter().map(|t| h(t)).collect();
            let _ = writeln!(
                out,
                "<p><b>{}:</b> {}</p>",
                h(words.handout.contests),
                contests.join("; ")
            );
            html_quotes(&mut out, &objection.quotes, words, &sheet.article_language);
            let _ = writeln!(out, "</article>");
        }
        let _ = writeln!(out, "</section>");
    }

    if let Some(questions) = &sheet.questions {
        let _ = writeln!(out, "<section class=\"questions\">");
        let _ = writeln!(
            out,
            "<h2>{} — {}</h2>",
            h(words.handout.questions),
            h(&questions.title)
        );
        let _ = writeln!(out, "<ol>");
        for question in &questions.questions {
            let _ = writeln!(
                out,
                "<li><p>{}</p><div class=\"answer\" aria-label=\"{}\"></div></li>",
                h(question),
                h(words.handout.answer)
            );
        }
        let _ = writeln!(out, "</ol>");
        let _ = writeln!(out, "</section>");
    }

    if !sheet.one_page {
        legend(&mut out, words);
    }
    let _ = writeln!(out, "<footer><p>{}</p></footer>", h(&sheet.footer));
    let _ = writeln!(out, "</body>");
    let _ = writeln!(out, "</html>");
    out
}

/// The line under an item's title: how firm, what kind, who acts and who says so (on one
/// page: how firm and who says so, what a sheet has room for).
fn item_meta(out: &mut String, sheet: &Sheet, item: &Item) {
    let h = escape_html;
    let words = sheet.words;
    if sheet.one_page {
        let _ = writeln!(
            out,
            "<p class=\"meta\"><span class=\"firmness\">{}</span> · {}: {}</p>",
            h(words.firmness(item.firmness)),
            h(words.explaining.claimed_by),
            h(&item.claimant)
        );
    } else {
        let _ = writeln!(
            out,
            "<p class=\"meta\"><span class=\"firmness\">{}</span> · {} · {}: {} · {}: {}</p>",
            h(words.firmness(item.firmness)),
            h(&item.kind),
            h(words.explaining.actor),
            h(&item.actor),
            h(words.explaining.claimed_by),
            h(&item.claimant)
        );
    }
}

/// What each firmness means.
fn legend(out: &mut String, words: &Words) {
    let h = escape_html;
    let _ = writeln!(out, "<section class=\"legend-section\">");
    let _ = writeln!(out, "<h2>{}</h2>", h(words.handout.legend));
    let _ = writeln!(out, "<ul class=\"legend\">");
    for firmness in Firmness::ALL {
        let _ = writeln!(
            out,
            "<li><span class=\"firmness\">{}</span> {}</li>",
            h(words.firmness(firmness)),
            h(words.firmness_meaning(firmness))
        );
    }
    let _ = writeln!(out, "</ul>");
    let _ = writeln!(out, "</section>");
}

fn html_quotes(out: &mut String, quotes: &[Quote], words: &Words, article_language: &str) {
    for quote in quotes {
        let heading = if quote.heading {
            format!(" ({})", escape_html(words.handout.heading))
        } else {
            String::new()
        };
        let translation = quote
            .translation
            .as_ref()
            .map(|(text, code)| {
                format!(
                    "<p class=\"translation\" lang=\"{}\">{}</p>",
                    escape_html(code),
                    escape_html(text)
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<blockquote><p lang=\"{}\"><span class=\"number\">¶{}{heading}</span> {}</p>\
             {translation}</blockquote>",
            escape_html(article_language),
            quote.number,
            escape_html(&quote.original),
        );
    }
}
