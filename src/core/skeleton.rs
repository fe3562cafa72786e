//! The start of a case: an article split into numbered sentences, headings marked, the
//! source's details ready to fill, and nothing modelled yet. `skenario new` writes it, and the
//! window's editor starts from the same sentences.

use std::fmt::Write as _;

use super::split::{Piece, split_sentences};

/// What the skeleton of a case is made from.
#[derive(Debug, Clone, Copy)]
pub struct SkeletonRequest<'a> {
    /// The article's text.
    pub article: &'a str,
    /// The case's id.
    pub id: &'a str,
    /// The article's language code (`und` when it is not known).
    pub language: &'a str,
    /// The article file's path relative to the case file, when the article lies in the case's
    /// folder (so that `check` can compare the two).
    pub article_file: Option<&'a str>,
    /// The title to use when the article does not start with a heading.
    pub fallback_title: &'a str,
}

/// The code of a language not known (an article whose language was not given).
pub const UNKNOWN_LANGUAGE: &str = "und";

/// The sentences found, and the case's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skeleton {
    /// The sentences and headings, as ranges into the article.
    pub pieces: Vec<Piece>,
    /// The case file's text.
    pub text: String,
}

/// A string written as RON: quoted, with only what must be escaped escaped (quotes,
/// backslashes, control characters), so apostrophes and non-Latin letters read as written.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The skeleton of a case for `request`'s article.
pub fn skeleton(request: &SkeletonRequest<'_>) -> Skeleton {
    let pieces = split_sentences(request.article);
    let texts: Vec<String> = pieces
        .iter()
        .map(|piece| piece.text(request.article).into_owned())
        .collect();
    let title = pieces
        .first()
        .filter(|piece| piece.heading)
        .and(texts.first())
        .map_or(request.fallback_title, String::as_str);
    let language = quoted(request.language);
    let mut text = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(
        text,
        "// A case started by `skenario new`. Add the actors, conditions and consequences;\n// `skenario check` says what is still missing. The source's details are optional: leave\n// blank what the article does not say."
    );
    let _ = writeln!(text, "(");
    let _ = writeln!(text, "    format_version: 2,");
    let _ = writeln!(text, "    id: {},", quoted(request.id));
    let _ = writeln!(text, "    language: {language},");
    // The case promises its texts in the article's language; more can be added.
    if request.language != UNKNOWN_LANGUAGE {
        let _ = writeln!(text, "    languages: [{language}],");
    }
    let _ = writeln!(text, "    title: {{{language}: {}}},", quoted(title));
    let _ = writeln!(text, "    source: (");
    for field in [
        "outlet", "author", "date", "url", "licence", "credit", "version",
    ] {
        let _ = writeln!(text, "        {field}: \"\",");
    }
    let _ = writeln!(text, "    ),");
    if let Some(article_file) = request.article_file {
        let _ = writeln!(text, "    article_file: {},", quoted(article_file));
    }
    let _ = writeln!(text, "    sentences: [");
    for (number, (piece, sentence)) in pieces.iter().zip(&texts).enumerate() {
        let heading = if piece.heading { ", heading: true" } else { "" };
        let _ = writeln!(
            text,
            "        (number: {}, original: {}{heading}),",
            number + 1,
            quoted(sentence)
        );
    }
    let _ = writeln!(text, "    ],");
    let _ = writeln!(text, "    actors: [],");
    let _ = writeln!(text, "    conditions: [],");
    let _ = writeln!(text, "    consequences: [],");
    let _ = writeln!(text, ")");
    Skeleton { pieces, text }
}

/// A case id from its title: the title's first words, lowercase letters and digits, joined
/// by `-` ("Mugabe Declared Winner in Harare" → `mugabe-declared-winner-in`). Empty when the
/// title has no letters a–z or digits.
pub fn id_from_title(title: &str) -> String {
    const MAX_WORDS: usize = 4;
    title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// A case id from a file name: lowercase letters and digits, words joined by `-`.
pub fn id_from_name(name: &str) -> String {
    let stem = name.split('.').next().unwrap_or(name);
    let words: Vec<String> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        "case".to_owned()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::parse_case;

    #[test]
    fn a_case_id_is_made_of_the_titles_first_words() {
        assert_eq!(
            id_from_title("Mugabe Declared Winner in Harare"),
            "mugabe-declared-winner-in"
        );
        assert_eq!(id_from_title("U.S. joins"), "u-s-joins");
        assert_eq!(id_from_title("Выборы"), "");
    }

    #[test]
    fn a_skeleton_passes_check_with_warnings_only() {
        let article = "Floods Close the Market\n\nRain fell all night. Mr. Okafor said the river rose by 2.5 metres.\n";
        let skeleton = skeleton(&SkeletonRequest {
            article,
            id: "floods",
            language: "en",
            article_file: None,
            fallback_title: "Floods",
        });
        assert_eq!(skeleton.pieces.len(), 3);
        let (case, warnings) = parse_case(&skeleton.text).expect("the skeleton is valid");
        let case = case.case();
        assert_eq!(case.title.exact("en"), Some("Floods Close the Market"));
        assert!(case.sentences.first().is_some_and(|s| s.heading));
        assert_eq!(
            case.sentences.get(2).map(|s| s.original.as_str()),
            Some("Mr. Okafor said the river rose by 2.5 metres.")
        );
        assert!(!warnings.is_empty(), "no conditions yet, nothing cited yet");
        assert!(warnings.iter().all(|w| !w.is_error()));
    }

    #[test]
    fn quotes_apostrophes_and_backslashes_survive_and_read_as_written() {
        let article =
            "\"It's over,\" said the C:\\ drive's owner, Ana Ñúñez. Tak apa-apa—katanya.\n";
        let skeleton = skeleton(&SkeletonRequest {
            article,
            id: "quotes",
            language: "en",
            article_file: None,
            fallback_title: "Quotes",
        });
        assert!(skeleton.text.contains("It's over"), "{}", skeleton.text);
        assert!(skeleton.text.contains("Ñúñez"), "{}", skeleton.text);
        let (case, _) = parse_case(&skeleton.text).expect("the skeleton is valid");
        let originals: Vec<String> = case
            .case()
            .sentences
            .iter()
            .map(|s| s.original.clone())
            .collect();
        assert_eq!(
            originals,
            [
                "\"It's over,\" said the C:\\ drive's owner, Ana Ñúñez.",
                "Tak apa-apa—katanya."
            ]
        );
    }

    #[test]
    fn ids_come_from_file_names() {
        assert_eq!(
            id_from_name("Banjir Pasar (draft).txt"),
            "banjir-pasar-draft"
        );
        assert_eq!(id_from_name("....txt"), "case");
    }
}
