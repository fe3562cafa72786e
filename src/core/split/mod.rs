//! Splitting a plain-text news article into sentences and headings, as byte ranges into the
//! article, so that every quote taken from a piece is verbatim.
//!
//! # Lines and paragraphs
//!
//! A blank line always ends a paragraph (and so a sentence). A Markdown heading (`# Title`,
//! up to six `#`s, then a space) is always a heading of its own; its piece leaves out the `#`s,
//! including a closing run such as `## Title ##`.
//!
//! Inside a block of lines with no blank line between them, each line break either continues
//! the paragraph (it counts as a space) or ends it:
//!
//! - A line ending in a comma, a semicolon or a dash continues onto the next line.
//! - A line that does not end with sentence-final punctuation continues when the next line
//!   starts with a lowercase letter.
//! - Otherwise, in an article written one paragraph per line (as articles copied from a web
//!   page are), every line break ends the paragraph.
//! - An article is *hard-wrapped* when at least two, and at least half, of the lines followed
//!   by another line end mid-sentence and are at least 40 characters long. Its wrap width is
//!   the longest such line. There a line break continues the paragraph when the next line
//!   starts lowercase, or when the line is long — its length, a space and the next line's
//!   first word come to more than three quarters of the wrap width — so only a short line (a
//!   heading, a dateline, the last line of a paragraph) ends one.
//!
//! A line that stands alone as one piece and does not end with punctuation (`.`, `!`, `?`,
//! `…`, `,`, `;`, `:` or a dash, ignoring closing quotes and brackets) is a heading.
//!
//! # Sentence ends
//!
//! A sentence ends after a run of `.`, `!`, `?` or `…` and any closing quotes and brackets
//! (`."`, `.”`, `?'`, `.)`), where white space follows. What comes next decides, looking past
//! opening quotes and brackets to the next word:
//!
//! - `?` and `!` end the sentence unless a lowercase word follows (`"Mengapa?" tanyanya.`).
//! - An ellipsis (`...`, `…`, `. . .`) ends it only before a capitalised word.
//! - A full stop never ends it before a lowercase word. Before a capital or a digit it does,
//!   except after an abbreviation: titles and the like (`Mr.`, `Dr.`, `Prof.`, `Gen.`, `St.`,
//!   `e.g.`, `vs.`, `Jl.`, `Hj.`, `Sdr.`, `Yth.`) never end a sentence; abbreviations used
//!   before numbers (`No.`, `Rp.`, `hal.`, months such as `Sept.`) do not before a digit;
//!   abbreviations that often close a sentence (`a.m.`, `p.m.`, `etc.`, `Inc.`, `Jr.`,
//!   `dll.`, `dsb.`, `Tbk.`) end it before a capitalised word unless that word is an acronym
//!   or a weekday (`10 a.m. EST`, `10 a.m. Monday`); initials and dotted acronyms (`J. K.
//!   Rowling`, `Susilo B. Yudhoyono`, `U.S.`, `K.H.`) end it only before a word that commonly
//!   starts a sentence (`The`, `It`, `Namun`, `Ia`, …).
//! - A number or a single letter alone at the start of a piece (`1.`, `a.`, `IV.`) is a list
//!   marker, not a sentence.
//!
//! A full stop with no white space after it (`3.5`, `10.30`, `Rp 1.500.000`, `U.S.-backed`,
//! `kabar.example.com`) is never a sentence end.

mod stops;

use stops::{
    Initial, Run, is_closer, is_terminal, next_word, skip_closers, stop_ends_sentence, terminal_run,
};

use std::borrow::Cow;
use std::ops::Range;

/// One sentence (or heading) found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Where the piece is in the article, in bytes, without the white space around it.
    pub range: Range<usize>,
    /// The piece is a title or subheading rather than a sentence.
    pub heading: bool,
    /// The piece begins a paragraph (the first piece of the article always does).
    pub paragraph_start: bool,
}

impl Piece {
    /// The piece's text, with every run of white space in it (a line break inside a
    /// hard-wrapped sentence too) written as one space; borrowed when nothing changes. Empty
    /// when the piece's range is not in `article` (a piece of another article).
    pub fn text<'a>(&self, article: &'a str) -> Cow<'a, str> {
        normalize_whitespace(article.get(self.range.clone()).unwrap_or_default())
    }
}

/// `text` with every run of white space written as one space; borrowed when it has no run
/// other than single spaces. The ends are not trimmed.
pub fn normalize_whitespace(text: &str) -> Cow<'_, str> {
    let mut previous_space = false;
    let first_change = text.char_indices().find_map(|(i, c)| {
        let space = c.is_whitespace();
        let change = space && (c != ' ' || previous_space);
        previous_space = space;
        change.then_some(i)
    });
    let Some(first_change) = first_change else {
        return Cow::Borrowed(text);
    };
    let (kept, rest) = text.split_at(first_change);
    let mut out = String::with_capacity(text.len());
    out.push_str(kept);
    let mut in_space = kept.ends_with(' ');
    for c in rest.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    Cow::Owned(out)
}

/// Splits an article into its sentences and headings, in order. A leading byte order mark is
/// skipped. See the module documentation for the rules.
pub fn split_sentences(article: &str) -> Vec<Piece> {
    let from = if article.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let lines = lines(article, from);
    let wrap_width = wrap_width(&lines);
    let mut pieces = Vec::new();
    let mut paragraph: Option<Paragraph> = None;
    let mut previous: Option<&TextLine> = None;
    for line in &lines {
        match &line.shape {
            Shape::Blank => {
                flush(article, paragraph.take(), &mut pieces);
                previous = None;
            }
            Shape::Markdown(content) => {
                flush(article, paragraph.take(), &mut pieces);
                previous = None;
                if !content.is_empty() {
                    pieces.push(Piece {
                        range: content.clone(),
                        heading: true,
                        paragraph_start: true,
                    });
                }
            }
            Shape::Text(text_line) => {
                let continues =
                    previous.is_some_and(|before| line_continues(before, text_line, wrap_width));
                let extended = continues
                    && paragraph.as_mut().is_some_and(|open| {
                        open.range.end = line.range.end;
                        open.lines += 1;
                        open.ending = text_line.ending;
                        true
                    });
                if !extended {
                    flush(article, paragraph.take(), &mut pieces);
                    paragraph = Some(Paragraph {
                        range: line.range.clone(),
                        lines: 1,
                        ending: text_line.ending,
                    });
                }
                previous = Some(text_line);
            }
        }
    }
    flush(article, paragraph, &mut pieces);
    pieces
}

/// A line's trimmed byte range in the article, and what kind of line it is.
#[derive(Debug)]
struct Line {
    range: Range<usize>,
    shape: Shape,
}

#[derive(Debug)]
enum Shape {
    /// Nothing but white space.
    Blank,
    /// A Markdown heading, with the range of its text (empty when it has none).
    Markdown(Range<usize>),
    /// Any other line.
    Text(TextLine),
}

/// What the line-break rules need to know about a line of text.
#[derive(Debug)]
struct TextLine {
    /// Its length in characters, trimmed.
    chars: usize,
    /// The length in characters of its first word.
    first_word_chars: usize,
    /// Its first letter or digit (past opening quotes and brackets) is a lowercase letter.
    starts_lowercase: bool,
    /// How it ends.
    ending: Ending,
}

/// The last mark of a line or paragraph, ignoring closing quotes and brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// `.`, `!`, `?` or `…`.
    Final,
    /// A comma, semicolon or dash: the sentence goes on.
    Pause,
    /// A colon: it introduces what follows.
    Colon,
    /// No punctuation.
    Bare,
}

/// Lines that the line-break rules have joined into one paragraph.
#[derive(Debug)]
struct Paragraph {
    range: Range<usize>,
    lines: usize,
    ending: Ending,
}

/// The lines of `article` from byte `from` on.
fn lines(article: &str, from: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    let Some(rest) = article.get(from..) else {
        return lines;
    };
    let mut start = from;
    for (i, c) in rest.char_indices() {
        if is_line_break(c) {
            lines.push(Line::new(article, start..from + i));
            start = from + i + c.len_utf8();
        }
    }
    lines.push(Line::new(article, start..article.len()));
    lines
}

/// A character that ends a line (a carriage return before it is white space, and trimmed).
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

impl Line {
    fn new(article: &str, range: Range<usize>) -> Self {
        let raw = article.get(range.clone()).unwrap_or_default();
        let start = range.start + (raw.len() - raw.trim_start().len());
        let text = raw.trim();
        let range = start..start + text.len();
        let shape = if text.is_empty() {
            Shape::Blank
        } else if let Some(content) = markdown_heading(text) {
            Shape::Markdown(start + content.start..start + content.end)
        } else {
            Shape::Text(TextLine::new(text))
        };
        Self { range, shape }
    }
}

impl TextLine {
    fn new(text: &str) -> Self {
        let first_word = text.split(char::is_whitespace).next().unwrap_or_default();
        let starts_lowercase = text
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase);
        Self {
            chars: text.chars().count(),
            first_word_chars: first_word.chars().count(),
            starts_lowercase,
            ending: ending(text),
        }
    }
}

/// How `text` ends.
fn ending(text: &str) -> Ending {
    match text.trim_end_matches(is_closer).chars().next_back() {
        Some('.' | '!' | '?' | '…') => Ending::Final,
        Some(',' | ';' | '-' | '–' | '—') => Ending::Pause,
        Some(':') => Ending::Colon,
        _ => Ending::Bare,
    }
}

/// The range of a Markdown heading's text within `line` (trimmed), or `None` when the line is
/// not a Markdown heading.
fn markdown_heading(line: &str) -> Option<Range<usize>> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let after = line.get(level..)?;
    if !after.is_empty() && !after.starts_with(char::is_whitespace) {
        return None;
    }
    let mut content = after.trim();
    let without_closing = content.trim_end_matches('#');
    if without_closing.is_empty() || without_closing.ends_with(char::is_whitespace) {
        content = without_closing.trim_end();
    }
    let start = line.len() - after.len() + (after.len() - after.trim_start().len());
    Some(start..start + content.len())
}

/// The shortest line that counts as evidence of hard wrapping, in characters.
const MIN_WRAPPED_LINE: usize = 40;

/// The wrap width of a hard-wrapped article (see the module documentation), or `None` when
/// the article is written one paragraph per line.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let mut followed = 0_usize;
    let mut wrapped = 0_usize;
    let mut width = 0;
    for pair in lines.windows(2) {
        let [before, after] = pair else { continue };
        let (Shape::Text(before), Shape::Text(_)) = (&before.shape, &after.shape) else {
            continue;
        };
        followed += 1;
        if before.ending != Ending::Final && before.chars >= MIN_WRAPPED_LINE {
            wrapped += 1;
            width = width.max(before.chars);
        }
    }
    (wrapped >= 2 && wrapped * 2 >= followed).then_some(width)
}

/// Whether the paragraph goes on from `before` to the line right after it, `after`.
fn line_continues(before: &TextLine, after: &TextLine, wrap_width: Option<usize>) -> bool {
    if before.ending == Ending::Pause {
        return true;
    }
    match wrap_width {
        Some(width) => {
            after.starts_lowercase || (before.chars + 1 + after.first_word_chars) * 4 > width * 3
        }
        None => after.starts_lowercase && before.ending != Ending::Final,
    }
}

/// Splits a finished paragraph into pieces and adds them to `pieces`.
fn flush(article: &str, paragraph: Option<Paragraph>, pieces: &mut Vec<Piece>) {
    let Some(paragraph) = paragraph else { return };
    let first = pieces.len();
    split_paragraph(article, paragraph.range.clone(), pieces);
    let found = pieces.len() - first;
    if let Some(piece) = pieces.get_mut(first) {
        piece.paragraph_start = true;
        piece.heading = found == 1 && paragraph.lines == 1 && paragraph.ending == Ending::Bare;
    }
}

/// Adds the sentences of one paragraph (`range`, trimmed, in `article`) to `pieces`.
fn split_paragraph(article: &str, range: Range<usize>, pieces: &mut Vec<Piece>) {
    let base = range.start;
    let text = article.get(range).unwrap_or_default();
    let mut piece_start = 0;
    let mut i = 0;
    while let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
        if !is_terminal(c) {
            i += c.len_utf8();
            continue;
        }
        let (run_end, run) = terminal_run(text, i);
        let end = skip_closers(text, run_end);
        let after = text.get(end..).and_then(|rest| rest.chars().next());
        let Some(after) = after.filter(|c| c.is_whitespace()) else {
            i = end;
            continue;
        };
        let next = next_word(text, end + after.len_utf8());
        let ends = match run {
            Run::Strong => next.kind != Initial::Lower,
            Run::Ellipsis => next.kind == Initial::Upper,
            Run::Stop => stop_ends_sentence(text, piece_start, i, &next),
        };
        if ends {
            pieces.push(piece(base + piece_start..base + end));
            piece_start = next.piece_start;
        }
        i = end;
    }
    if piece_start < text.len() {
        pieces.push(piece(base + piece_start..base + text.len()));
    }
}

fn piece(range: Range<usize>) -> Piece {
    Piece {
        range,
        heading: false,
        paragraph_start: false,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Piece, normalize_whitespace, split_sentences};
    use std::borrow::Cow;

    /// The pieces' texts.
    fn texts(article: &str) -> Vec<String> {
        split_sentences(article)
            .iter()
            .map(|piece| piece.text(article).into_owned())
            .collect()
    }

    /// The pieces in the layout of the expected files: one a line, `# ` before a heading, a
    /// blank line before a paragraph.
    fn outline(article: &str) -> String {
        let mut out = String::new();
        for (i, piece) in split_sentences(article).iter().enumerate() {
            if piece.paragraph_start && i > 0 {
                out.push('\n');
            }
            if piece.heading {
                out.push_str("# ");
            }
            out.push_str(&piece.text(article));
            out.push('\n');
        }
        out
    }

    #[track_caller]
    fn assert_splits(article: &str, expected: &[&str]) {
        assert_eq!(texts(article), expected, "splitting {article:?}");
    }

    #[test]
    fn an_empty_or_blank_article_has_no_pieces() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences(" \n\t\r\n \n").is_empty());
        assert!(split_sentences("\u{feff}").is_empty());
    }

    #[test]
    fn sentences_end_at_stops_question_and_exclamation_marks() {
        assert_splits(
            "The bridge opened. Was it late? Yes! Traffic moved.",
            &[
                "The bridge opened.",
                "Was it late?",
                "Yes!",
                "Traffic moved.",
            ],
        );
        assert_splits("Benarkah?! Ya.", &["Benarkah?!", "Ya."]);
    }

    #[test]
    fn a_question_or_exclamation_inside_a_quote_before_a_lowercase_word_goes_on() {
        assert_splits(
            "\"Mengapa?\" tanyanya. \"Pergi!\" teriak Budi.",
            &["\"Mengapa?\" tanyanya.", "\"Pergi!\" teriak Budi."],
        );
    }

    #[test]
    fn english_titles_never_end_a_sentence() {
        assert_splits(
            "Mr. Lane met Mrs. Ode and Ms. Fry. Dr. Oyelaran and Prof. Hart spoke. \
             Gen. Marsh, Sen. Pike and Rep. Gold came from St. Albans.",
            &[
                "Mr. Lane met Mrs. Ode and Ms. Fry.",
                "Dr. Oyelaran and Prof. Hart spoke.",
                "Gen. Marsh, Sen. Pike and Rep. Gold came from St. Albans.",
            ],
        );
    }

    #[test]
    fn indonesian_titles_never_end_a_sentence() {
        assert_splits(
            "Rapat dipimpin dr. Ratna dan Prof. Hasan. Hadir pula H. Umar, Hj. Wati, Tn. Lim, \
             Ny. Sari dan Sdr. Beni. Yth. Bapak Bupati membuka acara di Jl. Kenari No. 4.",
            &[
                "Rapat dipimpin dr. Ratna dan Prof. Hasan.",
                "Hadir pula H. Umar, Hj. Wati, Tn. Lim, Ny. Sari dan Sdr. Beni.",
                "Yth. Bapak Bupati membuka acara di Jl. Kenari No. 4.",
            ],
        );
    }

    #[test]
    fn latin_and_company_abbreviations() {
        assert_splits(
            "Fruit, e.g. Mangoes, i.e. Local ones, vs. Imports. Tarn Inc. said so. \
             Hale Ltd. and Pell Co. agreed, as did Dorr Corp. The deal closed.",
            &[
                "Fruit, e.g. Mangoes, i.e. Local ones, vs. Imports.",
                "Tarn Inc. said so.",
                "Hale Ltd. and Pell Co. agreed, as did Dorr Corp.",
                "The deal closed.",
            ],
        );
    }

    #[test]
    fn abbreviations_that_close_a_sentence_end_it_before_a_capital() {
        assert_splits(
            "Beras, gula, dll. dijual murah. Ada apel, jeruk, dsb. Semua laris. \
             Mereka membeli buku, pena, dll. Harganya naik.",
            &[
                "Beras, gula, dll. dijual murah.",
                "Ada apel, jeruk, dsb.",
                "Semua laris.",
                "Mereka membeli buku, pena, dll.",
                "Harganya naik.",
            ],
        );
        assert_splits(
            "Pens, paper, etc. The list was long.",
            &["Pens, paper, etc.", "The list was long."],
        );
    }

    #[test]
    fn a_time_ends_a_sentence_before_a_capital_but_not_before_a_zone_or_weekday() {
        assert_splits(
            "The ferry left at 10 a.m. The next one was full.",
            &["The ferry left at 10 a.m.", "The next one was full."],
        );
        assert_splits(
            "It left at 10 a.m. EST and at 4 p.m. Monday. It was late.",
            &[
                "It left at 10 a.m. EST and at 4 p.m. Monday.",
                "It was late.",
            ],
        );
        assert_splits(
            "Doors open at 9 a.m. on Fridays.",
            &["Doors open at 9 a.m. on Fridays."],
        );
    }

    #[test]
    fn a_suffix_after_a_name_ends_a_sentence_before_a_capital_but_not_an_acronym() {
        assert_splits(
            "Frank Bell Jr. said hello. He met Frank Bell Sr. The two laughed. \
             Acme Inc. CEO Ruth Ames agreed.",
            &[
                "Frank Bell Jr. said hello.",
                "He met Frank Bell Sr.",
                "The two laughed.",
                "Acme Inc. CEO Ruth Ames agreed.",
            ],
        );
    }

    #[test]
    fn numbering_abbreviations_and_months_hold_before_a_digit() {
        assert_splits(
            "Room No. 12 opened on Sept. 3 and Jan. 5 at a cost of Rp. 5.000. \
             It closed in Oct. The owners left.",
            &[
                "Room No. 12 opened on Sept. 3 and Jan. 5 at a cost of Rp. 5.000.",
                "It closed in Oct.",
                "The owners left.",
            ],
        );
        assert_splits(
            "Feb. 2, Aug. 9, Nov. 11 and Dec. 25 are dates.",
            &["Feb. 2, Aug. 9, Nov. 11 and Dec. 25 are dates."],
        );
    }

    #[test]
    fn initials_and_dotted_acronyms_hold_unless_a_sentence_starter_follows() {
        assert_splits(
            "J. K. Rowling met Susilo B. Yudhoyono. U.S. President Vale and the U.N. \
             Secretary-General spoke. Aid came from the U.S. The U.N. agreed.",
            &[
                "J. K. Rowling met Susilo B. Yudhoyono.",
                "U.S. President Vale and the U.N. Secretary-General spoke.",
                "Aid came from the U.S.",
                "The U.N. agreed.",
            ],
        );
        assert_splits(
            "Ceramah K.H. Ahmad selesai. Ia pulang.",
            &["Ceramah K.H. Ahmad selesai.", "Ia pulang."],
        );
    }

    #[test]
    fn decimals_times_and_thousands_do_not_end_a_sentence() {
        assert_splits(
            "Growth was 3.5 percent. Kereta tiba pukul 10.30. Harganya Rp 1.500.000 per ton.",
            &[
                "Growth was 3.5 percent.",
                "Kereta tiba pukul 10.30.",
                "Harganya Rp 1.500.000 per ton.",
            ],
        );
        assert_splits(
            "The U.S.-backed plan and kabar.example.com agree.",
            &["The U.S.-backed plan and kabar.example.com agree."],
        );
    }

    #[test]
    fn a_closing_quote_or_bracket_belongs_to_the_sentence() {
        assert_splits(
            "He said \"no.\" Then \u{201c}yes.\u{201d} Why? 'Later?' She laughed! \
             \u{2018}Go!\u{2019} (It rained.) Done.",
            &[
                "He said \"no.\"",
                "Then \u{201c}yes.\u{201d}",
                "Why?",
                "'Later?'",
                "She laughed!",
                "\u{2018}Go!\u{2019}",
                "(It rained.)",
                "Done.",
            ],
        );
        assert_splits(
            "Katanya \"cepat\". Namun tidak.",
            &["Katanya \"cepat\".", "Namun tidak."],
        );
    }

    #[test]
    fn an_ellipsis_ends_a_sentence_only_before_a_capital() {
        assert_splits(
            "We waited... and waited... Then it came. Kami menunggu\u{2026} lalu pulang\u{2026} \
             Besoknya hujan. Wait . . . Now.",
            &[
                "We waited... and waited...",
                "Then it came.",
                "Kami menunggu\u{2026} lalu pulang\u{2026}",
                "Besoknya hujan.",
                "Wait . . .",
                "Now.",
            ],
        );
        assert_splits("Tunggu... 10 menit lagi.", &["Tunggu... 10 menit lagi."]);
    }

    #[test]
    fn a_list_marker_is_not_a_sentence() {
        assert_splits(
            "1. Harga naik. 2. Stok turun.",
            &["1. Harga naik.", "2. Stok turun."],
        );
        assert_splits(
            "Born in 1990. 2000 people came.",
            &["Born in 1990.", "2000 people came."],
        );
    }

    #[test]
    fn a_line_without_final_punctuation_is_a_heading() {
        let article =
            "Banjir Melanda Kota\nAir naik. Warga mengungsi.\nReaksi Warga\nMereka marah.";
        assert_eq!(
            outline(article),
            "# Banjir Melanda Kota\n\nAir naik.\nWarga mengungsi.\n\n# Reaksi Warga\n\nMereka marah.\n"
        );
    }

    #[test]
    fn a_line_ending_in_a_comma_or_colon_is_not_a_heading() {
        let article = "Dengan hormat,\n\nIa berkata:\n\"Kami siap.\"";
        assert_eq!(
            outline(article),
            "Dengan hormat,\n\nIa berkata:\n\n\"Kami siap.\"\n"
        );
    }

    #[test]
    fn markdown_headings_leave_out_their_markers() {
        let article = "# Judul Utama\n## Sub Judul ##\nIsi. Lagi.\n###\n####### Bukan judul.";
        let pieces = split_sentences(article);
        assert_eq!(
            outline(article),
            "# Judul Utama\n\n# Sub Judul\n\nIsi.\nLagi.\n\n####### Bukan judul.\n"
        );
        assert_eq!(pieces.first().map(|p| p.range.clone()), Some(2..13));
        assert_eq!(texts("# C#"), ["C#"]);
        assert_eq!(texts("#hashtag"), ["#hashtag"]);
    }

    #[test]
    fn every_line_is_a_paragraph_unless_the_next_continues_it() {
        assert_eq!(
            outline("One line ends here.\nAnother starts.\nA broken line of text\nthat goes on.\n"),
            "One line ends here.\n\nAnother starts.\n\nA broken line of text that goes on.\n"
        );
        assert_eq!(
            outline("Ia datang,\nKemudian pergi.\nHarga turun \u{2014}\nSemua senang."),
            "Ia datang, Kemudian pergi.\n\nHarga turun \u{2014} Semua senang.\n"
        );
        assert_eq!(
            outline("First paragraph ends.\neFishery grew fast."),
            "First paragraph ends.\n\neFishery grew fast.\n"
        );
    }

    #[test]
    fn a_blank_line_always_ends_a_sentence() {
        assert_eq!(
            outline("A sentence without an end\n\nand a new one.\n\n\n\nLast."),
            "# A sentence without an end\n\nand a new one.\n\nLast.\n"
        );
    }

    #[test]
    fn hard_wrapped_text_joins_its_lines() {
        let article = "\
Harbour Town Reopens Its Market

The old market of Harbour Town reopened on Monday after a
repair that took Mr. Osei and his crew nearly two years.
Traders said prices would stay low. Fishmonger Ada Lowe, who
has sold there since 1998, said the roof still leaks.

Council Reply
The council said repairs would continue through the spring
and that the leaks would be fixed by May at the latest.
";
        assert_eq!(
            outline(article),
            "# Harbour Town Reopens Its Market\n\n\
             The old market of Harbour Town reopened on Monday after a repair that took Mr. Osei and his crew nearly two years.\n\
             Traders said prices would stay low.\n\
             Fishmonger Ada Lowe, who has sold there since 1998, said the roof still leaks.\n\n\
             # Council Reply\n\n\
             The council said repairs would continue through the spring and that the leaks would be fixed by May at the latest.\n"
        );
    }

    #[test]
    fn text_without_wrapping_evidence_keeps_its_lines() {
        let article = "A Long Title With Many Words In It Here\nA Subtitle That Is Also Long Enough Here\nBody.";
        assert_eq!(
            outline(article),
            "# A Long Title With Many Words In It Here\n\n\
             # A Subtitle That Is Also Long Enough Here\n\nBody.\n"
        );
    }

    #[test]
    fn windows_line_endings_a_byte_order_mark_and_extra_spaces() {
        let article = "\u{feff}Judul\r\n\r\nKalimat  satu.   Kalimat\tdua.\r\nKalimat tiga.\r\n";
        assert_eq!(
            outline(article),
            "# Judul\n\nKalimat satu.\nKalimat dua.\n\nKalimat tiga.\n"
        );
        let pieces = split_sentences(article);
        assert_eq!(pieces.first().map(|p| p.range.clone()), Some(3..8));
        assert_eq!(
            outline("Satu.\u{2028}Dua.\u{2029}Tiga."),
            "Satu.\n\nDua.\n\nTiga.\n"
        );
    }

    #[test]
    fn paragraph_starts_are_marked() {
        let starts: Vec<bool> = split_sentences("One. Two.\nThree.\n\nFour. Five.")
            .iter()
            .map(|piece| piece.paragraph_start)
            .collect();
        assert_eq!(starts, [true, false, true, true, false]);
    }

    #[test]
    fn text_collapses_white_space_and_borrows_when_it_can() {
        let article = "Satu  dua\r\ntiga.";
        let pieces = split_sentences(article);
        let [piece] = pieces.as_slice() else {
            panic!("one piece expected, got {pieces:?}");
        };
        assert_eq!(piece.text(article), "Satu dua tiga.");
        assert!(matches!(piece.text("Satu dua tiga."), Cow::Borrowed(_)));
        assert!(matches!(
            normalize_whitespace("a b c"),
            Cow::Borrowed("a b c")
        ));
        assert_eq!(normalize_whitespace(" a \n\n b\u{a0}c "), " a b c ");
        assert_eq!(normalize_whitespace(""), "");
    }

    /// Checks what holds for every article: pieces are in order, trimmed, on char boundaries,
    /// and only white space (and Markdown `#`s, and a leading byte order mark) lies outside
    /// them.
    fn assert_covers(article: &str, pieces: &[Piece]) {
        let mut covered = 0;
        for piece in pieces {
            assert!(piece.range.start >= covered, "out of order: {pieces:?}");
            let gap = article.get(covered..piece.range.start);
            let gap = gap.unwrap_or_else(|| panic!("not on a char boundary: {piece:?}"));
            let gap = if covered == 0 {
                gap.trim_start_matches('\u{feff}')
            } else {
                gap
            };
            assert!(
                gap.chars().all(|c| c.is_whitespace() || c == '#'),
                "text {gap:?} left out before {piece:?} in {article:?}"
            );
            let text = article.get(piece.range.clone());
            let text = text.unwrap_or_else(|| panic!("not on a char boundary: {piece:?}"));
            assert!(!text.is_empty(), "empty piece {piece:?} in {article:?}");
            assert_eq!(
                text,
                text.trim(),
                "untrimmed piece {piece:?} in {article:?}"
            );
            covered = piece.range.end;
        }
        let rest = article.get(covered..).unwrap_or_default();
        let rest = if covered == 0 {
            rest.trim_start_matches('\u{feff}')
        } else {
            rest
        };
        assert!(
            rest.chars().all(|c| c.is_whitespace() || c == '#'),
            "text {rest:?} left out at the end of {article:?}"
        );
        if let Some(first) = pieces.first() {
            assert!(first.paragraph_start, "the first piece starts a paragraph");
        }
    }

    #[test]
    fn hand_written_texts_are_covered() {
        for article in [
            "",
            "\u{feff}",
            "#",
            "# ",
            "## #",
            "...",
            ". . .",
            "?!",
            "\"",
            "Mr.",
            "a.m.\n\nThe",
            "\u{feff}\u{feff}Double mark.",
            " \r\n# Title #\r\n\r\n  Body. More.  \r\n",
            "1. 2. 3.",
            "\u{2026}\u{2026}\u{2026} \u{201d}\u{201d} ?\u{2019} X",
        ] {
            assert_covers(article, &split_sentences(article));
        }
    }

    /// Fragments that exercise the rules, for generated articles.
    const FRAGMENTS: &[&str] = &[
        "Mr.",
        "U.S.",
        "a.m.",
        "The",
        "the",
        "dll.",
        "J.",
        "3.5",
        "10.30.",
        "...",
        "\u{2026}",
        ". . .",
        "?",
        "!",
        "\"",
        "\u{201d}",
        "'",
        ")",
        "(",
        "#",
        "## ",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\n\n",
        "\t",
        "\u{feff}",
        "\u{a0}",
        "\u{2028}",
        "Ia",
        "kata",
        "No.",
        "1.",
        ",",
        ":",
        "\u{2014}",
        "Judul",
        "x",
        "\u{e9}t\u{e9}.",
        "\u{65e5}\u{672c}.",
    ];

    proptest! {
        #[test]
        fn any_unicode_is_covered(article in "\\PC*") {
            assert_covers(&article, &split_sentences(&article));
        }

        #[test]
        fn any_mix_of_tricky_fragments_is_covered(
            parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..60)
        ) {
            let article = parts.concat();
            let pieces = split_sentences(&article);
            assert_covers(&article, &pieces);
            for piece in &pieces {
                let text = piece.text(&article);
                let again = normalize_whitespace(&text);
                prop_assert_eq!(text.as_ref(), again.as_ref());
            }
        }

        #[test]
        fn the_same_article_splits_the_same_way(article in "\\PC*") {
            prop_assert_eq!(split_sentences(&article), split_sentences(&article));
        }
    }
}
