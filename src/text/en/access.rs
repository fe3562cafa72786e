//! What the window says only to a screen reader, in English.

use crate::core::prose::thousands;
use crate::text::access::{AccessWords, titles};

/// English.
pub static WORDS: AccessWords = AccessWords {
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
