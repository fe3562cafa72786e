//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test crate uses a different subset")]
#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

pub mod run;

#[cfg(feature = "gui")]
pub mod window;

#[cfg(feature = "gui")]
pub mod author;

use skenario::core::load::parse_case;
use skenario::core::{ConditionState, States, ValidCase};

/// RON text for a small case: one sentence per condition and consequence, each cited once.
/// `consequences` are `(id, trigger)` with the trigger in RON (`condition("a")`).
pub fn tiny_case_text(conditions: &[&str], consequences: &[(&str, &str)]) -> String {
    let mut sentences = String::new();
    let count = conditions.len() + consequences.len();
    for n in 1..=count {
        sentences.push_str(&format!(
            "        (number: {n}, original: \"Kalimat {n}.\", translation: \"Sentence {n}.\"),\n"
        ));
    }
    let mut condition_list = String::new();
    for (i, id) in conditions.iter().enumerate() {
        condition_list.push_str(&format!(
            "        (id: \"{id}\", label: (en: \"{id}\", id: \"{id}\"), description: (en: \"d\", id: \"d\"), evidence: [{}]),\n",
            i + 1
        ));
    }
    let mut consequence_list = String::new();
    for (i, (id, trigger)) in consequences.iter().enumerate() {
        consequence_list.push_str(&format!(
            "        (id: \"{id}\", title: (en: \"{id}\", id: \"{id}\"), actor: \"a\", kind: position, firmness: stated, trigger: {trigger}, evidence: [{}]),\n",
            conditions.len() + i + 1
        ));
    }
    format!(
        "(\n    format_version: 1,\n    id: \"tiny\",\n    title: (en: \"Tiny\", id: \"Kecil\"),\n    sentences: [\n{sentences}    ],\n    actors: [(id: \"a\", name: (en: \"A\", id: \"A\"))],\n    conditions: [\n{condition_list}    ],\n    consequences: [\n{consequence_list}    ],\n)\n"
    )
}

/// A validated small case (see [`tiny_case_text`]).
pub fn tiny_case(conditions: &[&str], consequences: &[(&str, &str)]) -> ValidCase {
    let text = tiny_case_text(conditions, consequences);
    match parse_case(&text) {
        Ok((case, _)) => case,
        Err(problems) => panic!("tiny case does not parse: {problems:?}\n{text}"),
    }
}

/// States from `("id", "yes")` pairs.
pub fn states(pairs: &[(&str, &str)]) -> States {
    pairs
        .iter()
        .map(|(id, state)| {
            let state = ConditionState::from_key(state).expect("a state word");
            ((*id).to_owned(), state)
        })
        .collect()
}

/// The shipped case, parsed from the repository's file.
pub fn shipped_case() -> ValidCase {
    skenario::core::shipped::case(skenario::core::shipped::DEFAULT_CASE_ID)
        .expect("the shipped case parses")
}

/// An election: an outright winner, or a runoff (never both); the challenger takes part in the
/// runoff only if one is held.
pub const ELECTION: &str = r#"(
    format_version: 2,
    id: "election",
    language: "en",
    title: {"en": "The count", "id": "Penghitungan"},
    sentences: [
        (number: 1, original: "If no one wins outright, a runoff is held."),
        (number: 2, original: "The challenger says she will run in any runoff."),
        (number: 3, original: "An outright winner would be sworn in next month."),
        (number: 4, original: "The challenger would appeal an outright result."),
    ],
    actors: [(id: "board", name: {"en": "The board", "id": "Dewan"})],
    kinds: [(id: "legal_challenge", label: {"en": "legal challenge", "id": "gugatan hukum"})],
    conditions: [
        (id: "outright", label: {"en": "An outright winner is declared", "id": "Ada pemenang langsung"}, evidence: [1, 3]),
        (id: "runoff", label: {"en": "A runoff is held", "id": "Putaran kedua digelar"}, evidence: [1]),
        (id: "challenger_runs", label: {"en": "The challenger runs in the runoff", "id": "Penantang ikut putaran kedua"},
         applies_if: condition("runoff"), evidence: [2]),
    ],
    exclusive: [["outright", "runoff"]],
    consequences: [
        (id: "sworn_in", title: {"en": "The winner is sworn in", "id": "Pemenang dilantik"}, actor: "board",
         kind: position, firmness: expected, trigger: condition("outright"), evidence: [3]),
        (id: "two_way_race", title: {"en": "A two-way race", "id": "Persaingan dua calon"}, actor: "board",
         kind: position, firmness: stated, trigger: condition("challenger_runs"), evidence: [2]),
        (id: "appeal", title: {"en": "The challenger appeals", "id": "Penantang menggugat"}, actor: "board",
         kind: custom("legal_challenge"), firmness: considers, trigger: condition("outright"), evidence: [4]),
    ],
)"#;
