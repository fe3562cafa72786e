//! Whether a stop ends a sentence: sentence-final punctuation and the quotes and brackets that
//! close it, ellipses, and the abbreviations, initials and numbers whose full stop does not.

/// A character that can end a sentence.
pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// A closing quote or bracket, which belongs to the sentence before it.
pub(super) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// An opening quote or bracket, which belongs to the sentence after it.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡'
    )
}

/// What kind of run of sentence-ending marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Run {
    /// At least one `?` or `!`.
    Strong,
    /// `...`, `…` or `. . .`.
    Ellipsis,
    /// A single full stop.
    Stop,
}

/// The end of the run of sentence-ending marks that starts at `start`, and its kind.
pub(super) fn terminal_run(text: &str, start: usize) -> (usize, Run) {
    let rest = text.get(start..).unwrap_or_default();
    if rest.starts_with(". . .") {
        let mut end = start + ". . .".len();
        while text.get(end..).is_some_and(|r| r.starts_with(" .")) {
            end += " .".len();
        }
        return (end, Run::Ellipsis);
    }
    let mut end = start;
    let mut stops = 0;
    let mut run = Run::Stop;
    for c in rest.chars() {
        match c {
            '.' => stops += 1,
            '…' => run = Run::Ellipsis,
            '!' | '?' => {}
            _ => break,
        }
        end += c.len_utf8();
    }
    let run_text = text.get(start..end).unwrap_or_default();
    if run_text.contains(['!', '?']) {
        run = Run::Strong;
    } else if stops > 1 {
        run = Run::Ellipsis;
    }
    (end, run)
}

/// Where the closing quotes and brackets from `from` on end.
pub(super) fn skip_closers(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or_default();
    from + (rest.len() - rest.trim_start_matches(is_closer).len())
}

/// The kind of character a word starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Initial {
    /// A lowercase letter.
    Lower,
    /// An uppercase letter, or a letter of a script without case.
    Upper,
    /// A digit.
    Digit,
    /// Anything else (a dash, a symbol), or nothing.
    Other,
}

/// The word after a possible sentence end.
#[derive(Debug)]
pub(super) struct NextWord<'a> {
    /// Where the next piece would start (its opening quotes and brackets included).
    pub(super) piece_start: usize,
    /// What its word starts with.
    pub(super) kind: Initial,
    /// The word's letters and digits, without opening quotes and brackets (at most
    /// [`MAX_WORD`] characters).
    word: &'a str,
}

/// The longest word that the sentence rules look at, in characters.
const MAX_WORD: usize = 24;

/// The word that follows white space starting at `from`.
pub(super) fn next_word(text: &str, from: usize) -> NextWord<'_> {
    let rest = text.get(from..).unwrap_or_default();
    let trimmed = rest.trim_start();
    let piece_start = from + (rest.len() - trimmed.len());
    let word_text = trimmed.trim_start_matches(is_opener);
    let word_len: usize = word_text
        .chars()
        .take(MAX_WORD)
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    let word = word_text.get(..word_len).unwrap_or_default();
    let kind = match word_text.chars().next() {
        Some(c) if c.is_lowercase() => Initial::Lower,
        Some(c) if c.is_numeric() => Initial::Digit,
        Some(c) if c.is_alphabetic() => Initial::Upper,
        _ => Initial::Other,
    };
    NextWord {
        piece_start,
        kind,
        word,
    }
}

/// Whether the full stop at byte `stop` of `text` ends the sentence that starts at
/// `piece_start`, given the word after it.
pub(super) fn stop_ends_sentence(
    text: &str,
    piece_start: usize,
    stop: usize,
    next: &NextWord<'_>,
) -> bool {
    if next.kind == Initial::Lower {
        return false;
    }
    let before = text.get(piece_start..stop).unwrap_or_default();
    let token_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = before.get(token_start..).unwrap_or_default();
    if !token.ends_with(char::is_alphanumeric) {
        return true;
    }
    let core = token.trim_start_matches(|c: char| !c.is_alphanumeric());
    if token_start == 0 && core.len() == token.len() && is_list_marker(core) {
        return false;
    }
    match abbreviation(core) {
        Some(Abbreviation::Title) => false,
        Some(Abbreviation::Numbering) => next.kind != Initial::Digit,
        Some(Abbreviation::Closing) => {
            !(next.kind == Initial::Upper && (is_acronym(next.word) || is_weekday(next.word)))
        }
        None if is_initials(core) => is_word_of(SENTENCE_STARTERS, next.word),
        None => true,
    }
}

/// The kinds of abbreviation, by where they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// Before a name or a term: never ends a sentence.
    Title,
    /// Before a number: does not end a sentence before a digit.
    Numbering,
    /// Often the last word of a sentence: ends it before a capitalised word, unless that word
    /// is an acronym or a weekday.
    Closing,
}

/// Abbreviations before a name or term: English, Latin, then Indonesian (compared without
/// case, without the final stop).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "messrs", "mmes", "dr", "prof", "gen", "lt", "col", "capt", "cmdr",
    "adm", "maj", "sgt", "cpl", "pvt", "brig", "sen", "sens", "rep", "reps", "gov", "pres", "amb",
    "atty", "supt", "insp", "det", "rev", "hon", "fr", "msgr", "sec", "st", "mt", "ft", "dept",
    "univ", "vs", "e.g", "i.e", "cf", "drs", "dra", "drg", "ir", "hj", "tn", "ny", "nn", "sdr",
    "sdri", "bpk", "yth", "jend", "kol", "kapt", "jl", "jln", "gg", "kab", "kec", "kel", "prov",
    "a.n", "s.d",
];

/// Abbreviations before a number, then months in English and Indonesian (compared without
/// case, without the final stop).
const NUMBERINGS: &[&str] = &[
    "no", "nos", "nr", "vol", "fig", "art", "pp", "ch", "hal", "hlm", "tgl", "rp", "approx", "ca",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "agt", "sep", "sept", "oct", "okt",
    "nov", "nop", "dec", "des",
];

/// Abbreviations that often end a sentence, English then Indonesian (compared without case,
/// without the final stop).
const CLOSINGS: &[&str] = &[
    "a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "esq", "ph.d", "plc",
    "ave", "blvd", "rd", "tbk", "dll", "dsb", "dst", "dkk", "tsb",
];

/// Words that commonly start a sentence, English then Indonesian, separated by spaces: after
/// initials or a dotted acronym they mark a sentence end.
const SENTENCE_STARTERS: &str = "\
    A An The It Its He She They We I You His Her Their Our My This That These Those There \
    Here But And Or So Yet Then Now In On At As After Before When While If Although Though \
    Because Since Meanwhile However Still Some Many Most Both All No Not \
    Ini Itu Ia Dia Mereka Kami Kita Saya Anda Namun Tetapi Tapi Dan Atau Sementara \
    Sedangkan Selain Pada Dalam Di Ke Dari Untuk Dengan Menurut Saat Ketika Setelah Sebelum \
    Sebelumnya Kemudian Lalu Jika Bila Apabila Meski Meskipun Walaupun Karena Sebab Hal \
    Para Sejumlah Sebanyak Adapun Akibatnya Selanjutnya Sejak Hingga Bahkan Kini";

/// Weekdays, which follow a time (`10 a.m. Monday`), separated by spaces.
const WEEKDAYS: &str = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

/// The kind of abbreviation `word` (without its final stop) is, if it is one.
fn abbreviation(word: &str) -> Option<Abbreviation> {
    let known = |list: &[&str]| list.iter().any(|entry| entry.eq_ignore_ascii_case(word));
    if known(TITLES) {
        Some(Abbreviation::Title)
    } else if known(NUMBERINGS) {
        Some(Abbreviation::Numbering)
    } else if known(CLOSINGS) {
        Some(Abbreviation::Closing)
    } else {
        None
    }
}

/// Initials or a dotted acronym without its final stop: `J`, `U.S`, `K.H`.
fn is_initials(word: &str) -> bool {
    let mut letters = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters > 1 || word.chars().all(char::is_uppercase)
}

/// A number or letter that numbers a list item: `1`, `12`, `a`, `IV`.
fn is_list_marker(word: &str) -> bool {
    let digits = word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
    let letter = word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic());
    let roman = word.len() <= 5 && word.bytes().all(|b| b"IVXLC".contains(&b));
    !word.is_empty() && (digits || letter || roman)
}

/// Two or more capitals and nothing else: `EST`, `WIB`, `CEO`.
fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

fn is_weekday(word: &str) -> bool {
    is_word_of(WEEKDAYS, word)
}

/// Whether `word` is one of the space-separated `words`.
fn is_word_of(words: &str, word: &str) -> bool {
    !word.is_empty() && words.split_ascii_whitespace().any(|entry| entry == word)
}
