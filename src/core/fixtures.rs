//! Pieces of case text for the core's unit tests.

/// `count` sentences numbered from 1, as RON entries.
pub fn sentences(count: usize) -> String {
    (1..=count)
        .map(|k| {
            format!("(number: {k}, original: \"Kalimat {k}.\", translation: \"Sentence {k}.\"),")
        })
        .collect()
}

/// Conditions `c0…` (`count` of them), each grounded in the sentence after its index.
pub fn conditions(count: usize) -> String {
    (0..count)
        .map(|i| {
            format!(
                "(id: \"c{i}\", label: (en: \"c\", id: \"c\"), description: (en: \"d\", id: \"d\"), evidence: [{}]),",
                i + 1
            )
        })
        .collect()
}
