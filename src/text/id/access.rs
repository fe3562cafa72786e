//! What the window says only to a screen reader, in Bahasa Indonesia.

use crate::core::prose::thousands;
use crate::text::access::{AccessWords, titles};

/// Bahasa Indonesia.
pub static WORDS: AccessWords = AccessWords {
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
