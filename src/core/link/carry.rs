//! A case carried in a link: its text compressed (zlib: deflate, with a checksum of what it
//! holds) and written in base64url, after the number of characters that follow
//! (`2914.eNrtW…`), so a link a chat app cut short says so, and one changed on the way fails
//! its checksum. Reading it back never holds more than a limit's worth of text, whatever the
//! link claims: a few kilobytes that would unpack to gigabytes stop at the limit.

use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_zlib_with_limit};

use super::base64url::{self, Base64Error};

/// How hard the compressor works: the most it can (links are made once, opened often).
const LEVEL: u8 = 10;

/// Why a carried case cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarryError {
    /// The part does not start with the number of characters it has.
    NoLength,
    /// Fewer characters than the link says it has: it was cut short.
    CutShort {
        /// How many are missing.
        missing: usize,
    },
    /// More characters than the link says it has.
    TooLong {
        /// How many more.
        extra: usize,
    },
    /// A character a carried case never has, at this place of the link's case (from 1).
    Character {
        /// Where, counting from 1.
        at: usize,
        /// The character.
        found: char,
    },
    /// It does not unpack, or unpacks to something else than was packed (it was changed).
    Damaged,
    /// It unpacks to more than Skenario opens.
    TooLarge {
        /// The most Skenario opens, in bytes.
        limit: usize,
    },
    /// It unpacks to bytes that are not text (UTF-8).
    NotText,
}

/// `text` packed for a link: its length in characters, a dot, and the characters.
pub fn carry(text: &str) -> String {
    let packed = base64url::encode(&compress_to_vec_zlib(text.as_bytes(), LEVEL));
    format!("{}.{packed}", packed.len())
}

/// The text a link carries, unpacked to at most `limit` bytes.
pub fn uncarry(carried: &str, limit: usize) -> Result<String, CarryError> {
    let (length, packed) = carried.split_once('.').ok_or(CarryError::NoLength)?;
    let length: usize = length.parse().map_err(|_| CarryError::NoLength)?;
    let count = packed.chars().count();
    if count < length {
        return Err(CarryError::CutShort {
            missing: length - count,
        });
    }
    if count > length {
        return Err(CarryError::TooLong {
            extra: count - length,
        });
    }
    let bytes = base64url::decode(packed).map_err(|error| match error {
        Base64Error::Character { at, found } => CarryError::Character { at: at + 1, found },
        Base64Error::Length => CarryError::Damaged,
    })?;
    let unpacked =
        decompress_to_vec_zlib_with_limit(&bytes, limit).map_err(|error| match error.status {
            TINFLStatus::HasMoreOutput => CarryError::TooLarge { limit },
            _ => CarryError::Damaged,
        })?;
    String::from_utf8(unpacked).map_err(|_| CarryError::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 1 << 20;

    #[test]
    fn a_text_comes_back_as_it_went() {
        let text = "(format_version: 2, id: \"kasus\", title: {\"id\": \"Jembatan Alderby\"})\n"
            .repeat(40);
        let carried = carry(&text);
        assert!(
            carried.len() < text.len() / 4,
            "it is packed: {}",
            carried.len()
        );
        assert_eq!(uncarry(&carried, LIMIT), Ok(text));
    }

    #[test]
    fn a_link_cut_short_or_lengthened_says_so() {
        let carried = carry("a case, of sorts");
        let short = carried.get(..carried.len() - 1).unwrap_or_default();
        assert_eq!(
            uncarry(short, LIMIT),
            Err(CarryError::CutShort { missing: 1 })
        );
        assert_eq!(
            uncarry(&format!("{carried}AB"), LIMIT),
            Err(CarryError::TooLong { extra: 2 })
        );
        assert_eq!(uncarry("eNrtW", LIMIT), Err(CarryError::NoLength));
    }

    #[test]
    fn a_changed_character_fails_the_checksum_or_the_alphabet() {
        let carried = carry(&"Kalimat yang cukup panjang. ".repeat(20));
        let (length, packed) = carried.split_once('.').unwrap_or_default();
        for at in [0, packed.len() / 2, packed.len() - 2] {
            let mut changed: Vec<char> = packed.chars().collect();
            changed[at] = if changed[at] == 'A' { 'B' } else { 'A' };
            let changed: String = changed.into_iter().collect();
            assert_eq!(
                uncarry(&format!("{length}.{changed}"), LIMIT),
                Err(CarryError::Damaged)
            );
        }
        let odd = format!("{length}.{}", packed.replacen(|_: char| true, "%", 1));
        assert_eq!(
            uncarry(&odd, LIMIT),
            Err(CarryError::Character { at: 1, found: '%' })
        );
    }

    #[test]
    fn a_bomb_stops_at_the_limit() {
        // Sixteen megabytes of one letter pack into a few kilobytes.
        let bomb = carry(&"a".repeat(16 << 20));
        assert!(bomb.len() < 40_000, "{}", bomb.len());
        assert_eq!(
            uncarry(&bomb, LIMIT),
            Err(CarryError::TooLarge { limit: LIMIT })
        );
    }
}
