//! Handouts: one scenario of a case as Markdown, or as one self-contained printable HTML file
//! (A4, no external resources), citing the article's sentences.
//!
//! Pure: the functions return strings and the caller writes them. Every string that came from a
//! file is escaped for the format ([`escape_html`], [`escape_markdown`]) and put on one line,
//! so a case file cannot add markup, scripts or links to a handout.

use std::fmt::Write as _;

use super::eval::{Outcome, Setting, Status, evaluate};
use super::model::{Case, ConditionState, Firmness, Lang, Scenario, Walkthrough};
use super::valid::ValidCase;
use super::words::{self, Explaining};

/// The file format of a handout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Markdown (CommonMark), for editing or pasting into other documents.
    Markdown,
    /// One printable HTML file with its styles inline.
    Html,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 2] = [Self::Markdown, Self::Html];

    /// The word used on the command line: `md` or `html`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }

    /// Parses `md` or `html`.
    pub fn from_key(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|format| format.key() == word)
    }

    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.key()
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(word: &str) -> Result<Self, Self::Err> {
        Self::from_key(word.trim())
            .ok_or_else(|| format!("`{word}` is not a handout format; use md or html"))
    }
}

/// What goes into a handout besides the scenario.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The language of the handout's own words and of the case's content. Quotes are always
    /// the article's original Indonesian with the case's English translation.
    pub lang: Lang,
    /// A walkthrough whose questions are printed, each with space to write (never the answers).
    pub questions: Option<&'a Walkthrough>,
}

/// The handout of `scenario` (a scenario of `case`) in `format`.
pub fn handout(
    case: &ValidCase,
    scenario: &Scenario,
    format: Format,
    options: &Options<'_>,
) -> String {
    match format {
        Format::Markdown => markdown(case, scenario, options),
        Format::Html => html(case, scenario, options),
    }
}

/// The handout of `scenario` as Markdown.
pub fn markdown(case: &ValidCase, scenario: &Scenario, options: &Options<'_>) -> String {
    render_markdown(&Sheet::new(case, scenario, options))
}

/// The handout of `scenario` as one self-contained HTML file, laid out for A4 paper.
pub fn html(case: &ValidCase, scenario: &Scenario, options: &Options<'_>) -> String {
    render_html(&Sheet::new(case, scenario, options))
}

/// A scenario with every condition unknown — the world as the article leaves it — for a
/// handout of the case itself.
pub fn article_world(case: &ValidCase) -> Scenario {
    let mut scenario = Scenario::new(case.case(), WORDS_EN.article_world);
    scenario.name_id = Some(WORDS_ID.article_world.to_owned());
    scenario
}

/// The first walkthrough of `case` that asks at least one question.
pub fn walkthrough_with_questions(case: &Case) -> Option<&Walkthrough> {
    case.walkthroughs
        .iter()
        .find(|walkthrough| walkthrough.steps.iter().any(|step| step.question.is_some()))
}

/// Escapes `& < > " '` for HTML text and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Escapes text for Markdown so that it reads as plain text: backslash escapes before the
/// characters that could start markup, a link, an entity or raw HTML (`` \ ` * _ [ ] < > # | & ~ ``),
/// and before a leading `-`, `+` or `=` or the `.`/`)` after leading digits, which could start
/// a list or a heading. Line breaks and runs of spaces become one space.
pub fn escape_markdown(text: &str) -> String {
    let text = one_line(text);
    let mut escaped = String::with_capacity(text.len() + 8);
    let mut leading_digits = true;
    for (position, character) in text.char_indices() {
        let at_start = position == 0;
        let needs_escape = matches!(
            character,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '&' | '~'
        ) || (at_start && matches!(character, '-' | '+' | '='))
            || (leading_digits && !at_start && matches!(character, '.' | ')'));
        leading_digits = leading_digits && character.is_ascii_digit();
        if needs_escape {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// `text` with line breaks and runs of white space turned into single spaces, trimmed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The handout's own words in one language.
struct Words {
    explaining: &'static Explaining,
    scenario: &'static str,
    article_world: &'static str,
    conditions: &'static str,
    state: fn(ConditionState) -> &'static str,
    group: fn(Status) -> &'static str,
    nothing_follows: &'static str,
    tension: &'static str,
    note: &'static str,
    contested_by: &'static str,
    see_objections: &'static str,
    objections: &'static str,
    contests: &'static str,
    heading: &'static str,
    legend: &'static str,
    questions: &'static str,
    answer: &'static str,
    footer: &'static str,
}

const WORDS_EN: Words = Words {
    explaining: &words::EN,
    scenario: "Scenario",
    article_world: "The world as the article leaves it",
    conditions: "Conditions",
    state: |state| match state {
        ConditionState::Yes => "yes",
        ConditionState::No => "no",
        ConditionState::Unknown => "unknown",
    },
    group: |status| match status {
        Status::Follows => "What follows",
        Status::Depends => "Depends on something still unknown",
        Status::DoesNotFollow => "Does not follow",
    },
    nothing_follows: "Under these conditions the article says nothing would follow.",
    tension: "Tension",
    note: "Note",
    contested_by: "Contested by",
    see_objections: "see Objections",
    objections: "Objections",
    contests: "Contests",
    heading: "heading",
    legend: "What the firmness words mean",
    questions: "Questions for the class",
    answer: "Your answer",
    footer: "Quotes are the article's own words in Indonesian, numbered by sentence (¶), each with \
             the English translation that comes with the case. Made with Skenario.",
};

const WORDS_ID: Words = Words {
    explaining: &words::ID,
    scenario: "Skenario",
    article_world: "Dunia sebagaimana artikel meninggalkannya",
    conditions: "Kondisi",
    state: |state| match state {
        ConditionState::Yes => "ya",
        ConditionState::No => "tidak",
        ConditionState::Unknown => "belum diketahui",
    },
    group: |status| match status {
        Status::Follows => "Yang terjadi",
        Status::Depends => "Bergantung pada hal yang belum diketahui",
        Status::DoesNotFollow => "Tidak terjadi",
    },
    nothing_follows: "Dalam kondisi ini, menurut artikel, tidak ada yang terjadi.",
    tension: "Ketegangan",
    note: "Catatan",
    contested_by: "Dibantah oleh",
    see_objections: "lihat Bantahan",
    objections: "Bantahan",
    contests: "Membantah",
    heading: "judul",
    legend: "Arti kata ketegasan",
    questions: "Pertanyaan untuk kelas",
    answer: "Jawabanmu",
    footer: "Kutipan adalah kata-kata asli artikel dalam bahasa Indonesia, bernomor per kalimat \
             (¶), masing-masing dengan terjemahan bahasa Inggris yang disertakan dalam kasus. \
             Dibuat dengan Skenario.",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &WORDS_EN,
        Lang::Id => &WORDS_ID,
    }
}

/// One quoted sentence of the article.
struct Quote {
    number: u32,
    heading: bool,
    original: String,
    translation: String,
}

/// A labelled line under a consequence: "Why: …".
struct Fact {
    label: &'static str,
    text: String,
}

/// A consequence, worded for the handout.
struct Item {
    title: String,
    firmness: Firmness,
    kind: &'static str,
    actor: String,
    claimant: String,
    facts: Vec<Fact>,
    quotes: Vec<Quote>,
}

/// The consequences with one status.
struct Group {
    status: Status,
    heading: String,
    items: Vec<Item>,
}

/// A tension that holds.
struct TensionView {
    title: String,
    explanation: String,
    quotes: Vec<Quote>,
}

/// An objection to one of the consequences.
struct ObjectionView {
    who: String,
    statement: String,
    contests: Vec<String>,
    quotes: Vec<Quote>,
}

/// The walkthrough's questions.
struct Questions {
    title: String,
    questions: Vec<String>,
}

/// Everything a handout says, worded and in order, before it is written in a format. The
/// strings are raw; the renderers escape every one of them.
struct Sheet {
    lang: Lang,
    words: &'static Words,
    title: String,
    about: String,
    scenario_name: String,
    notes: Vec<String>,
    conditions: Vec<(String, ConditionState)>,
    tensions: Vec<TensionView>,
    groups: Vec<Group>,
    objections: Vec<ObjectionView>,
    questions: Option<Questions>,
}

impl Sheet {
    fn new(valid: &ValidCase, scenario: &Scenario, options: &Options<'_>) -> Self {
        let case = valid.case();
        let lang = options.lang;
        let words = words(lang);
        let evaluation = evaluate(valid, &scenario.conditions);

        let conditions = case
            .conditions
            .iter()
            .zip(&evaluation.states)
            .map(|(condition, &state)| (one_line(condition.label.get(lang)), state))
            .collect();
        let tensions = evaluation
            .tensions
            .iter()
            .filter_map(|&index| case.tensions.get(index))
            .map(|tension| TensionView {
                title: one_line(tension.title.get(lang)),
                explanation: one_line(tension.explanation.get(lang)),
                quotes: quotes(case, &tension.evidence),
            })
            .collect();
        let groups = Status::ALL
            .into_iter()
            .filter_map(|status| {
                let items: Vec<Item> = evaluation
                    .with_status(status)
                    .filter_map(|outcome| item(case, outcome, lang))
                    .collect();
                (!items.is_empty()).then(|| Group {
                    status,
                    heading: format!("{} ({})", (words.group)(status), items.len()),
                    items,
                })
            })
            .collect();
        let objections = case
            .objections
            .iter()
            .map(|objection| ObjectionView {
                who: objection_speaker(case, &objection.by, objection.claimant.as_deref(), lang),
                statement: one_line(objection.statement.get(lang)),
                contests: objection
                    .contests
                    .iter()
                    .filter_map(|id| case.consequence(id))
                    .map(|c| one_line(c.title.get(lang)))
                    .collect(),
                quotes: quotes(case, &objection.evidence),
            })
            .filter(|objection| !objection.contests.is_empty())
            .collect();
        let questions = options.questions.map(|walkthrough| Questions {
            title: one_line(walkthrough.title.get(lang)),
            questions: walkthrough
                .steps
                .iter()
                .filter_map(|step| step.question.as_ref())
                .map(|question| one_line(question.get(lang)))
                .collect(),
        });
        Self {
            lang,
            words,
            title: one_line(case.title.get(lang)),
            about: one_line(case.about.get(lang)),
            scenario_name: one_line(scenario.display_name(lang)),
            notes: scenario
                .notes
                .lines()
                .map(one_line)
                .filter(|line| !line.is_empty())
                .collect(),
            conditions,
            tensions,
            groups,
            objections,
            questions,
        }
    }
}

fn quotes(case: &Case, numbers: &[u32]) -> Vec<Quote> {
    numbers
        .iter()
        .filter_map(|&number| case.sentence(number))
        .map(|sentence| Quote {
            number: sentence.number,
            heading: sentence.heading,
            original: one_line(&sentence.original),
            translation: one_line(&sentence.translation),
        })
        .collect()
}

fn objection_speaker(case: &Case, by: &str, claimant: Option<&str>, lang: Lang) -> String {
    let speaker = claimant
        .or(Some(by))
        .and_then(|id| case.actor(id))
        .map_or_else(|| by.to_owned(), |actor| actor.speaker(lang));
    one_line(&speaker)
}

/// "Ceasefire or peace agreement reached = yes and …".
fn settings_text(case: &Case, settings: &[Setting], lang: Lang) -> String {
    let words = words(lang);
    settings
        .iter()
        .filter_map(|setting| {
            let condition = case.conditions.get(setting.condition)?;
            Some(format!(
                "{} = {}",
                one_line(condition.label.get(lang)),
                (words.state)(setting.state)
            ))
        })
        .collect::<Vec<_>>()
        .join(&format!(" {} ", words.explaining.and))
}

fn item(case: &Case, outcome: &Outcome, lang: Lang) -> Option<Item> {
    let words = words(lang);
    let consequence = case.consequences.get(outcome.consequence)?;
    let mut facts = Vec::new();
    match outcome.status {
        Status::Follows if outcome.because.is_empty() => facts.push(Fact {
            label: words.explaining.why,
            text: words.explaining.reported_without_condition.to_owned(),
        }),
        Status::Follows => facts.push(Fact {
            label: words.explaining.why,
            text: settings_text(case, &outcome.because, lang),
        }),
        Status::DoesNotFollow => facts.push(Fact {
            label: words.explaining.because,
            text: settings_text(case, &outcome.because, lang),
        }),
        Status::Depends => {
            let open: Vec<String> = outcome
                .depends_on
                .iter()
                .filter_map(|&index| case.conditions.get(index))
                .map(|condition| one_line(condition.label.get(lang)))
                .collect();
            facts.push(Fact {
                label: words.explaining.depends_on,
                text: open.join(&format!(" {} ", words.explaining.and)),
            });
        }
    }
    if outcome.status != Status::Follows {
        let text = if outcome.would_follow_if.is_empty() {
            if outcome.search_cut_short {
                words.explaining.search_cut_short.to_owned()
            } else {
                words.explaining.never_follows.to_owned()
            }
        } else {
            outcome
                .would_follow_if
                .iter()
                .map(|alternative| settings_text(case, alternative, lang))
                .collect::<Vec<_>>()
                .join(&format!(", {} ", words.explaining.or))
        };
        facts.push(Fact {
            label: words.explaining.would_follow_if,
            text,
        });
    }
    if let Some(note) = &consequence.note {
        facts.push(Fact {
            label: words.note,
            text: one_line(note.get(lang)),
        });
    }
    let objectors: Vec<String> = case
        .objections_to(&consequence.id)
        .map(|o| objection_speaker(case, &o.by, o.claimant.as_deref(), lang))
        .collect();
    if !objectors.is_empty() {
        facts.push(Fact {
            label: words.contested_by,
            text: format!("{} ({})", objectors.join("; "), words.see_objections),
        });
    }
    let actor = case
        .actor(&consequence.actor)
        .map_or_else(|| consequence.actor.clone(), |a| a.name(lang).to_owned());
    let claimant = consequence
        .claimant
        .as_deref()
        .and_then(|id| case.actor(id))
        .map_or_else(
            || words.explaining.the_article_itself.to_owned(),
            |a| a.speaker(lang),
        );
    Some(Item {
        title: one_line(consequence.title.get(lang)),
        firmness: consequence.firmness,
        kind: consequence.kind.label(lang),
        actor: one_line(&actor),
        claimant: one_line(&claimant),
        facts,
        quotes: quotes(case, &consequence.evidence),
    })
}

// ---------------------------------------------------------------------------------------------
// Markdown

fn render_markdown(sheet: &Sheet) -> String {
    let md = escape_markdown;
    let words = sheet.words;
    let lang = sheet.lang;
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "# {}\n", md(&sheet.title));
    if !sheet.about.is_empty() {
        let _ = writeln!(out, "*{}*\n", md(&sheet.about));
    }
    let _ = writeln!(
        out,
        "## {}: {}\n",
        md(words.scenario),
        md(&sheet.scenario_name)
    );
    for paragraph in &sheet.notes {
        let _ = writeln!(out, "{}\n", md(paragraph));
    }
    let _ = writeln!(out, "### {}\n", md(words.conditions));
    for (label, state) in &sheet.conditions {
        let _ = writeln!(out, "- {}: **{}**", md(label), md((words.state)(*state)));
    }
    out.push('\n');

    for tension in &sheet.tensions {
        let _ = writeln!(out, "### {}: {}\n", md(words.tension), md(&tension.title));
        let _ = writeln!(out, "{}\n", md(&tension.explanation));
        markdown_quotes(&mut out, &tension.quotes, words);
    }

    if !sheet.groups.iter().any(|g| g.status == Status::Follows) {
        let _ = writeln!(out, "{}\n", md(words.nothing_follows));
    }
    for group in &sheet.groups {
        let _ = writeln!(out, "## {}\n", md(&group.heading));
        for item in &group.items {
            let _ = writeln!(out, "### {}\n", md(&item.title));
            let _ = writeln!(
                out,
                "**{}** · {} · {}: {} · {}: {}\n",
                md(item.firmness.label(lang)),
                md(item.kind),
                md(words.explaining.actor),
                md(&item.actor),
                md(words.explaining.claimed_by),
                md(&item.claimant)
            );
            for fact in &item.facts {
                let _ = writeln!(out, "- **{}:** {}", md(fact.label), md(&fact.text));
            }
            out.push('\n');
            markdown_quotes(&mut out, &item.quotes, words);
        }
    }

    if !sheet.objections.is_empty() {
        let _ = writeln!(out, "## {}\n", md(words.objections));
        for objection in &sheet.objections {
            let _ = writeln!(out, "### {}\n", md(&objection.who));
            let _ = writeln!(out, "{}\n", md(&objection.statement));
            let contests: Vec<String> = objection.contests.iter().map(|t| md(t)).collect();
            let _ = writeln!(
                out,
                "- **{}:** {}\n",
                md(words.contests),
                contests.join("; ")
            );
            markdown_quotes(&mut out, &objection.quotes, words);
        }
    }

    if let Some(questions) = &sheet.questions {
        let _ = writeln!(
            out,
            "## {} — {}\n",
            md(words.questions),
            md(&questions.title)
        );
        for (number, question) in questions.questions.iter().enumerate() {
            let _ = writeln!(out, "{}. {}\n", number + 1, md(question));
            let _ = writeln!(out, "   {}: {}\n", md(words.answer), ANSWER_LINE);
            let _ = writeln!(out, "   {ANSWER_LINE}\n");
        }
    }

    let _ = writeln!(out, "## {}\n", md(words.legend));
    for firmness in Firmness::ALL {
        let _ = writeln!(
            out,
            "- **{}**: {}",
            md(firmness.label(lang)),
            md(firmness.meaning(lang))
        );
    }
    let _ = writeln!(out, "\n---\n\n{}", md(words.footer));
    out
}

/// Room to write an answer by hand, in Markdown (dots rather than underscores, which are markup).
const ANSWER_LINE: &str = "……………………………………………………………………";

fn markdown_quotes(out: &mut String, quotes: &[Quote], words: &Words) {
    for quote in quotes {
        let mark = if quote.heading {
            format!("¶{} ({})", quote.number, words.heading)
        } else {
            format!("¶{}", quote.number)
        };
        let _ = writeln!(
            out,
            "> **{}** {}\n>\n> *{}*\n",
            escape_markdown(&mark),
            escape_markdown(&quote.original),
            escape_markdown(&quote.translation)
        );
    }
}

// ---------------------------------------------------------------------------------------------
// HTML

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
.scenario h2 { margin-top: 6pt; }
.scenario h3 { margin-top: 3pt; }
.conditions { list-style: none; padding: 0; margin: 0 0 4pt; display: flex; flex-wrap: wrap;
  gap: 2pt 12pt; }
.state { font-weight: bold; }
.state-yes { color: #1d5e20; } .state-no { color: #8a1c1c; } .state-unknown { color: #555; }
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
footer { margin-top: 8pt; padding-top: 3pt; border-top: 1px solid #bbb; color: #555;
  font-size: 8pt; }
@media print { body { max-width: none; padding: 0; } }
";

fn render_html(sheet: &Sheet) -> String {
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
    let _ = writeln!(out, "</head>");
    let _ = writeln!(out, "<body>");
    let _ = writeln!(out, "<header>");
    let _ = writeln!(out, "<h1>{}</h1>", h(&sheet.title));
    if !sheet.about.is_empty() {
        let _ = writeln!(out, "<p class=\"about\">{}</p>", h(&sheet.about));
    }
    let _ = writeln!(out, "</header>");

    let _ = writeln!(out, "<section class=\"scenario\">");
    let _ = writeln!(
        out,
        "<h2>{}: {}</h2>",
        h(words.scenario),
        h(&sheet.scenario_name)
    );
    for paragraph in &sheet.notes {
        let _ = writeln!(out, "<p>{}</p>", h(paragraph));
    }
    let _ = writeln!(out, "<h3>{}</h3>", h(words.conditions));
    let _ = writeln!(out, "<ul class=\"conditions\">");
    for (label, state) in &sheet.conditions {
        let _ = writeln!(
            out,
            "<li>{}: <span class=\"state state-{}\">{}</span></li>",
            h(label),
            state.key(),
            h((words.state)(*state))
        );
    }
    let _ = writeln!(out, "</ul>");
    let _ = writeln!(out, "</section>");

    for tension in &sheet.tensions {
        let _ = writeln!(out, "<section class=\"tension\">");
        let _ = writeln!(out, "<h3>{}: {}</h3>", h(words.tension), h(&tension.title));
        let _ = writeln!(out, "<p>{}</p>", h(&tension.explanation));
        html_quotes(&mut out, &tension.quotes, words);
        let _ = writeln!(out, "</section>");
    }

    if !sheet.groups.iter().any(|g| g.status == Status::Follows) {
        let _ = writeln!(out, "<p>{}</p>", h(words.nothing_follows));
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
            let _ = writeln!(
                out,
                "<p class=\"meta\"><span class=\"firmness\">{}</span> · {} · {}: {} · {}: {}</p>",
                h(item.firmness.label(lang)),
                h(item.kind),
                h(words.explaining.actor),
                h(&item.actor),
                h(words.explaining.claimed_by),
                h(&item.claimant)
            );
            let _ = writeln!(out, "<ul class=\"facts\">");
            for fact in &item.facts {
                let _ = writeln!(out, "<li><b>{}:</b> {}</li>", h(fact.label), h(&fact.text));
            }
            let _ = writeln!(out, "</ul>");
            html_quotes(&mut out, &item.quotes, words);
            let _ = writeln!(out, "</article>");
        }
        let _ = writeln!(out, "</section>");
    }

    if !sheet.objections.is_empty() {
        let _ = writeln!(out, "<section class=\"objections\">");
        let _ = writeln!(out, "<h2>{}</h2>", h(words.objections));
        for objection in &sheet.objections {
            let _ = writeln!(out, "<article class=\"objection\">");
            let _ = writeln!(out, "<h3>{}</h3>", h(&objection.who));
            let _ = writeln!(out, "<p>{}</p>", h(&objection.statement));
            let contests: Vec<String> = objection.contests.iter().map(|t| h(t)).collect();
            let _ = writeln!(
                out,
                "<p><b>{}:</b> {}</p>",
                h(words.contests),
                contests.join("; ")
            );
            html_quotes(&mut out, &objection.quotes, words);
            let _ = writeln!(out, "</article>");
        }
        let _ = writeln!(out, "</section>");
    }

    if let Some(questions) = &sheet.questions {
        let _ = writeln!(out, "<section class=\"questions\">");
        let _ = writeln!(
            out,
            "<h2>{} — {}</h2>",
            h(words.questions),
            h(&questions.title)
        );
        let _ = writeln!(out, "<ol>");
        for question in &questions.questions {
            let _ = writeln!(
                out,
                "<li><p>{}</p><div class=\"answer\" aria-label=\"{}\"></div></li>",
                h(question),
                h(words.answer)
            );
        }
        let _ = writeln!(out, "</ol>");
        let _ = writeln!(out, "</section>");
    }

    let _ = writeln!(out, "<section class=\"legend-section\">");
    let _ = writeln!(out, "<h2>{}</h2>", h(words.legend));
    let _ = writeln!(out, "<ul class=\"legend\">");
    for firmness in Firmness::ALL {
        let _ = writeln!(
            out,
            "<li><span class=\"firmness\">{}</span> {}</li>",
            h(firmness.label(lang)),
            h(firmness.meaning(lang))
        );
    }
    let _ = writeln!(out, "</ul>");
    let _ = writeln!(out, "</section>");
    let _ = writeln!(out, "<footer><p>{}</p></footer>", h(words.footer));
    let _ = writeln!(out, "</body>");
    let _ = writeln!(out, "</html>");
    out
}

fn html_quotes(out: &mut String, quotes: &[Quote], words: &Words) {
    for quote in quotes {
        let heading = if quote.heading {
            format!(" ({})", escape_html(words.heading))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<blockquote><p lang=\"id\"><span class=\"number\">¶{}{heading}</span> {}</p>\
             <p class=\"translation\" lang=\"en\">{}</p></blockquote>",
            quote.number,
            escape_html(&quote.original),
            escape_html(&quote.translation)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_covers_the_five_characters() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn markdown_escaping_keeps_text_plain() {
        assert_eq!(
            escape_markdown("*bold* _it_ `code`"),
            r"\*bold\* \_it\_ \`code\`"
        );
        assert_eq!(
            escape_markdown("[link](x) <b> a|b #1"),
            r"\[link\](x) \<b\> a\|b \#1"
        );
        assert_eq!(escape_markdown("- item"), r"\- item");
        assert_eq!(escape_markdown("+ item"), r"\+ item");
        assert_eq!(escape_markdown("1984. A year"), r"1984\. A year");
        assert_eq!(
            escape_markdown("26 countries, 3.5 km"),
            "26 countries, 3.5 km"
        );
        assert_eq!(escape_markdown("a - b"), "a - b");
        assert_eq!(
            escape_markdown("line\n# not a heading"),
            r"line \# not a heading"
        );
        assert_eq!(escape_markdown(r"back\slash &amp;"), r"back\\slash \&amp;");
    }
}
