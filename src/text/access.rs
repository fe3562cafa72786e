//! What the window says only to a screen reader: the names of its dividers, what changed after
//! a click, and what a row of the truth table holds.

use crate::core::prose::thousands;

/// The words only a screen reader speaks, in one language.
pub struct AccessWords {
    /// The divider between the conditions panel and the centre.
    pub resize_conditions: &'static str,
    /// The same divider while editing, when the left panel is the case's outline.
    pub resize_outline: &'static str,
    /// The divider between the centre and the article.
    pub resize_article: &'static str,
    /// Announced after the conditions change: the consequences that now follow and those
    /// that no longer do, by title.
    pub changed: fn(&[String], &[String]) -> String,
    /// A sentence's translation, after its original: "translation: …".
    pub translated: &'static str,
    /// A truth-table row: what follows in it and what does not, by title.
    pub row_follows: fn(&[String], &[String]) -> String,
    /// A truth-table row holds tensions, by title.
    pub row_tensions: fn(&[String]) -> String,
}

/// A list of titles, the first few by name and the rest by number.
fn titles(listed: &[String], more_word: &str) -> String {
    const NAMED: usize = 12;
    let named: Vec<&str> = listed.iter().take(NAMED).map(String::as_str).collect();
    let more = listed.len().saturating_sub(NAMED);
    if more == 0 {
        named.join("; ")
    } else {
        format!("{}; {} {more_word}", named.join("; "), thousands(more))
    }
}

/// English.
pub static EN: AccessWords = AccessWords {
    resize_conditions: "Resize the conditions panel",
    resize_outline: "Resize the outline panel",
    resize_article: "Resize the article panel",
    changed: |appeared, disappeared| {
        let verb = |n: usize, one: &str, many: &str| if n == 1 { one } else { many }.to_owned();
        let now = (!appeared.is_empty()).then(|| {
            let n = appeared.len();
            format!(
                "{} now {}: {}",
                thousands(n),
                verb(n, "follows", "follow"),
                titles(appeared, "more")
            )
        });
        let gone = (!disappeared.is_empty()).then(|| {
            let n = disappeared.len();
            format!(
                "{} no longer {}: {}",
                thousands(n),
                verb(n, "follows", "follow"),
                titles(disappeared, "more")
            )
        });
        match (now, gone) {
            (Some(now), Some(gone)) => format!("{now}. {gone}."),
            (Some(one), None) | (None, Some(one)) => format!("{one}."),
            (None, None) => "What follows does not change.".to_owned(),
        }
    },
    translated: "translation",
    row_follows: |follows, not| match (follows.is_empty(), not.is_empty()) {
        (true, _) => format!("nothing follows. Does not follow: {}", titles(not, "more")),
        (false, true) => format!(
            "all {} follow: {}",
            thousands(follows.len()),
            titles(follows, "more")
        ),
        (false, false) => format!(
            "follows: {}. Does not follow: {}",
            titles(follows, "more"),
            titles(not, "more")
        ),
    },
    row_tensions: |tensions| format!("tension: {}", titles(tensions, "more")),
};

/// Bahasa Indonesia.
pub static ID: AccessWords = AccessWords {
    resize_conditions: "Ubah lebar panel kondisi",
    resize_outline: "Ubah lebar panel kerangka kasus",
    resize_article: "Ubah lebar panel artikel",
    changed: |appeared, disappeared| {
        let now = (!appeared.is_empty()).then(|| {
            format!(
                "{} kini terjadi: {}",
                thousands(appeared.len()),
                titles(appeared, "lainnya")
            )
        });
        let gone = (!disappeared.is_empty()).then(|| {
            format!(
                "{} tidak lagi terjadi: {}",
                thousands(disappeared.len()),
                titles(disappeared, "lainnya")
            )
        });
        match (now, gone) {
            (Some(now), Some(gone)) => format!("{now}. {gone}."),
            (Some(one), None) | (None, Some(one)) => format!("{one}."),
            (None, None) => "Apa yang terjadi tidak berubah.".to_owned(),
        }
    },
    translated: "terjemahan",
    row_follows: |follows, not| match (follows.is_empty(), not.is_empty()) {
        (true, _) => format!(
            "tidak ada yang terjadi. Tidak terjadi: {}",
            titles(not, "lainnya")
        ),
        (false, true) => format!(
            "semua ({}) terjadi: {}",
            thousands(follows.len()),
            titles(follows, "lainnya")
        ),
        (false, false) => format!(
            "terjadi: {}. Tidak terjadi: {}",
            titles(follows, "lainnya"),
            titles(not, "lainnya")
        ),
    },
    row_tensions: |tensions| format!("ketegangan: {}", titles(tensions, "lainnya")),
};
