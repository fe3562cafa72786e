//! The blocks of [`super::grade_report`] printed as text for the terminal (and the window), as Markdown and as
//! one self-contained, inert HTML page (no scripts, links, fonts or images; every string from
//! a file escaped with the handouts' helpers).

use std::fmt::Write as _;

use super::grade_report::{Block, Span};
use super::{escape_html, escape_markdown};

/// The blocks as text for people.
pub fn text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(1, heading) => {
                let _ = writeln!(out, "{heading}");
            }
            Block::Heading(_, heading) => {
                let _ = writeln!(out, "  {}", heading.to_uppercase());
            }
            Block::Item(depth, spans) => {
                let indent = "  ".repeat(usize::from(*depth) + 2);
                let line: String = spans
                    .iter()
                    .map(|span| match span {
                        Span::Plain(words) => words.clone(),
                        Span::Word(word) => format!("*{word}*"),
                        Span::Quote(number, sentence) => format!("¶{number} “{sentence}”"),
                    })
                    .collect();
                let _ = writeln!(out, "{indent}{line}");
            }
        }
    }
    out
}

/// The blocks as Markdown, under the heading `title`.
pub fn markdown(title: &str, blocks: &[Block]) -> String {
    let mut out = format!("# {}\n", escape_markdown(title));
    for block in blocks {
        match block {
            Block::Heading(level, heading) => {
                let marks = "#".repeat(usize::from(*level) + 1);
                let _ = write!(out, "\n{marks} {}\n\n", escape_markdown(heading));
            }
            Block::Item(depth, spans) => {
                let indent = "  ".repeat(usize::from(*depth));
                let line: String = spans
                    .iter()
                    .map(|span| match span {
                        Span::Plain(words) => escape_markdown(words),
                        Span::Word(word) => format!("*{}*", escape_markdown(word)),
                        Span::Quote(number, sentence) => {
                            format!("¶{number} “{}”", escape_markdown(sentence))
                        }
                    })
                    .collect();
                let _ = writeln!(out, "{indent}- {line}");
            }
        }
    }
    out
}

const STYLE: &str = "body{font-family:serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.4}\
h2{border-top:1px solid #888;padding-top:.5em;margin-top:2em}h3{margin-bottom:.2em}\
p{margin:.15em 0}q{font-style:italic}\
@media print{h2{break-before:page}h2:first-of-type{break-before:auto}}";

/// The blocks as one printable HTML page in the language `lang` (its code), titled `title`.
pub fn html(lang: &str, title: &str, blocks: &[Block]) -> String {
    let title = escape_html(title);
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>");
    let _ = writeln!(out, "<html lang=\"{}\">", escape_html(lang));
    let _ = writeln!(out, "<head>");
    let _ = writeln!(out, "<meta charset=\"utf-8\">");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    );
    let _ = writeln!(out, "<title>{title}</title>");
    let _ = writeln!(out, "<style>{STYLE}</style>");
    let _ = writeln!(out, "</head>");
    let _ = writeln!(out, "<body>");
    let _ = writeln!(out, "<h1>{title}</h1>");
    for block in blocks {
        match block {
            Block::Heading(level, heading) => {
                let level = level.saturating_add(1).min(6);
                let _ = writeln!(out, "<h{level}>{}</h{level}>", escape_html(heading));
            }
            Block::Item(depth, spans) => {
                let line: String = spans
                    .iter()
                    .map(|span| match span {
                        Span::Plain(words) => escape_html(words),
                        Span::Word(word) => format!("<em>{}</em>", escape_html(word)),
                        Span::Quote(number, sentence) => {
                            format!("¶{number} <q>{}</q>", escape_html(sentence))
                        }
                    })
                    .collect();
                let margin = f32::from(*depth) * 1.5;
                let _ = writeln!(out, "<p style=\"margin-left:{margin}em\">{line}</p>");
            }
        }
    }
    let _ = writeln!(out, "</body>");
    let _ = writeln!(out, "</html>");
    out
}
