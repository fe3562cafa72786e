//! The words that mark how firm a sentence's wording is, in the languages Skenario's cases are
//! written in, so that a difference of firmness can point at the word that decides it
//! ("¶3 says *diharapkan*: expected, not pledged").

use crate::core::ids::SentenceNo;
use crate::core::model::{Case, Firmness};

/// The marker words of each firmness, lowercase, Indonesian then English; a marker may be
/// several words.
const MARKERS: &[(Firmness, &[&str])] = &[
    (
        Firmness::Pledged,
        &[
            "berkomitmen",
            "komitmen",
            "berjanji",
            "siap",
            "pledged",
            "pledge",
            "committed",
            "promised",
        ],
    ),
    (
        Firmness::Expected,
        &[
            "diharapkan",
            "diperkirakan",
            "expected",
            "expects",
            "likely",
        ],
    ),
    (
        Firmness::Believed,
        &[
            "meyakini", "diyakini", "yakin", "percaya", "believes", "believed", "believe",
        ],
    ),
    (
        Firmness::Intends,
        &[
            "niatnya",
            "berniat",
            "berencana",
            "bermaksud",
            "intends",
            "intend",
            "plans",
            "intention",
        ],
    ),
    (
        Firmness::Considers,
        &[
            "tidak menutup kemungkinan",
            "mempertimbangkan",
            "considering",
            "considers",
            "not ruled out",
        ],
    ),
    (
        Firmness::Threatens,
        &["mengancam", "ancaman", "threatens", "threatened", "warned"],
    ),
    (
        Firmness::Rejects,
        &["menolak", "rejects", "rejected", "refuses", "refused"],
    ),
    (
        Firmness::Stated,
        &[
            "menyatakan",
            "mengatakan",
            "mengumumkan",
            "said",
            "says",
            "stated",
            "announced",
        ],
    ),
];

/// Where a sentence's wording shows a firmness: the sentence and the word as it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The sentence.
    pub sentence: SentenceNo,
    /// The marker word, as the sentence writes it.
    pub word: String,
}

/// The first word of `firmness` in `sentences` of `case` (in the order given), if any.
pub fn marker_of(case: &Case, sentences: &[SentenceNo], firmness: Firmness) -> Option<Marker> {
    let markers = MARKERS
        .iter()
        .find(|(of, _)| *of == firmness)
        .map_or(&[][..], |(_, words)| *words);
    sentences.iter().find_map(|&number| {
        let original = &case.sentence(number)?.original;
        markers.iter().find_map(|marker| {
            find_word(original, marker).map(|word| Marker {
                sentence: number,
                word: word.to_owned(),
            })
        })
    })
}

/// `marker` (lowercase) in `text` as whole words, case aside: the text's own spelling of it.
fn find_word<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let lower = text.to_lowercase();
    // Lowercasing may change lengths outside ASCII; then only an exact match is looked for.
    let haystack = if lower.len() == text.len() {
        lower.as_str()
    } else {
        text
    };
    let mut from = 0;
    while let Some(found) = haystack.get(from..)?.find(marker) {
        let start = from + found;
        let end = start + marker.len();
        let before = haystack.get(..start)?.chars().next_back();
        let after = haystack.get(end..)?.chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return text.get(start..end);
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_is_found_as_a_whole_word_in_its_own_spelling() {
        assert_eq!(
            find_word("Dukungan ini Diharapkan segera.", "diharapkan"),
            Some("Diharapkan")
        );
        assert_eq!(find_word("Mereka menolaknya.", "menolak"), None);
        assert_eq!(
            find_word("It is not ruled out, yet.", "not ruled out"),
            Some("not ruled out")
        );
    }

    #[test]
    fn every_firmness_has_its_markers() {
        for firmness in Firmness::ALL {
            assert!(
                MARKERS
                    .iter()
                    .any(|(of, words)| *of == firmness && !words.is_empty())
            );
        }
    }
}
