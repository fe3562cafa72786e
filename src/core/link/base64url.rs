//! Base64 with the URL-safe alphabet (`A–Z a–z 0–9 - _`) and no padding (RFC 4648, §5): bytes
//! as text that a URL's fragment carries without escaping.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` as base64url text, without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    let letter = |six: u32| char::from(ALPHABET.get((six & 63) as usize).copied().unwrap_or(b'A'));
    for chunk in bytes.chunks(3) {
        let [a, b, c] = [0, 1, 2].map(|i| u32::from(chunk.get(i).copied().unwrap_or(0)));
        let group = (a << 16) | (b << 8) | c;
        out.push(letter(group >> 18));
        out.push(letter(group >> 12));
        if chunk.len() > 1 {
            out.push(letter(group >> 6));
        }
        if chunk.len() > 2 {
            out.push(letter(group));
        }
    }
    out
}

/// What stops a text from being base64url.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base64Error {
    /// A character that is not in the alphabet, at this place (from 0).
    Character {
        /// Where, counting characters from 0.
        at: usize,
        /// The character.
        found: char,
    },
    /// A length no encoding has (one character past a whole group).
    Length,
}

/// The bytes `text` encodes.
pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let mut sixes = Vec::with_capacity(text.len());
    for (at, found) in text.chars().enumerate() {
        let six = match found {
            'A'..='Z' => u32::from(found) - u32::from('A'),
            'a'..='z' => u32::from(found) - u32::from('a') + 26,
            '0'..='9' => u32::from(found) - u32::from('0') + 52,
            '-' => 62,
            '_' => 63,
            _ => return Err(Base64Error::Character { at, found }),
        };
        sixes.push(six);
    }
    if sixes.len() % 4 == 1 {
        return Err(Base64Error::Length);
    }
    let mut out = Vec::with_capacity(sixes.len() * 3 / 4);
    for group in sixes.chunks(4) {
        let [a, b, c, d] = [0, 1, 2, 3].map(|i| group.get(i).copied().unwrap_or(0));
        let bits = (a << 18) | (b << 12) | (c << 6) | d;
        let bytes = bits.to_be_bytes();
        let whole = group.len().saturating_sub(1);
        out.extend(bytes.get(1..=whole).unwrap_or_default());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_examples_round_trip() {
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff, 0xfe], "-__-"),
        ] {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text).as_deref(), Ok(bytes));
        }
    }

    #[test]
    fn every_byte_value_round_trips() {
        let bytes: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        for length in [0, 1, 2, 3, 100, 511, 512] {
            let slice = bytes.get(..length).unwrap_or_default();
            assert_eq!(decode(&encode(slice)).as_deref(), Ok(slice));
        }
    }

    #[test]
    fn what_is_not_base64url_is_named() {
        assert_eq!(
            decode("Zm9v+g"),
            Err(Base64Error::Character { at: 4, found: '+' })
        );
        assert_eq!(decode("Zm9vY"), Err(Base64Error::Length));
    }
}
