//! Sets and maps keyed by ids, for validation and compiling: a case of thousands of
//! consequences looks each id up several times, and ids that share long prefixes make ordered
//! sets compare many bytes per step. These hash an id eight bytes at a time instead.
//!
//! The hash starts from a seed drawn once per run, so no file can be written to make ids
//! collide. Nothing iterates these in an order anyone sees: what is listed is sorted first.

use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

/// A set of ids.
pub type IdSet<'a> = HashSet<&'a str, IdHashing>;

/// A map from ids.
pub type IdMap<'a, V> = HashMap<&'a str, V, IdHashing>;

/// Odd, with bits spread across the word: multiplying by it mixes every input bit upwards.
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// Builds [`IdHasher`]s that start from this run's seed.
#[derive(Clone, Copy, Debug)]
pub struct IdHashing {
    seed: u64,
}

impl Default for IdHashing {
    fn default() -> Self {
        static SEED: OnceLock<u64> = OnceLock::new();
        let seed = *SEED.get_or_init(|| RandomState::new().hash_one(MIX));
        Self { seed }
    }
}

impl BuildHasher for IdHashing {
    type Hasher = IdHasher;

    fn build_hasher(&self) -> IdHasher {
        IdHasher { hash: self.seed }
    }
}

/// Hashes bytes a word at a time: rotate, mix the word in, multiply.
#[derive(Clone, Copy, Debug)]
pub struct IdHasher {
    hash: u64,
}

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(MIX);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.add(u64::from_le_bytes(
                <[u8; 8]>::try_from(word).unwrap_or_default(),
            ));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut last = [0_u8; 8];
            if let Some(start) = last.get_mut(..rest.len()) {
                start.copy_from_slice(rest);
            }
            // The length keeps "ab" and "ab\0" apart.
            let length = u64::try_from(rest.len()).unwrap_or(0) << 59;
            self.add(u64::from_le_bytes(last) ^ length);
        }
    }

    fn finish(&self) -> u64 {
        // A product's low bits depend only on the factors' low bits: fold the high bits,
        // which every input bit reached, down and mix once more, so that ids differing only
        // in their last characters land in different buckets.
        let folded = (self.hash ^ (self.hash >> 32)).wrapping_mul(MIX);
        folded ^ (folded >> 29)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_and_ids_that_differ_only_at_the_end_are_told_apart() {
        let ids: Vec<String> = (0..2_000)
            .map(|i| format!("consequence_with_a_long_shared_prefix_{i}"))
            .collect();
        let set: IdSet<'_> = ids.iter().map(String::as_str).collect();
        assert_eq!(set.len(), ids.len());
        assert!(ids.iter().all(|id| set.contains(id.as_str())));
        assert!(!set.contains("consequence_with_a_long_shared_prefix_"));
        assert!(!set.contains("consequence_with_a_long_shared_prefix_2000"));
        let short: IdSet<'_> = ["ab", "ab\0", "a", ""].into_iter().collect();
        assert_eq!(short.len(), 4);
    }

    #[test]
    fn nearby_ids_spread_over_the_table() {
        let build = IdHashing::default();
        for prefix in ["c", "consequence_with_a_long_shared_prefix_"] {
            let buckets: HashSet<u64> = (0..1_000)
                .map(|i| build.hash_one(format!("{prefix}{i:04}").as_str()) & 1023)
                .collect();
            // A thousand ids in 1,024 buckets: random placement fills about 630.
            assert!(
                buckets.len() > 550,
                "{prefix}: {} buckets used",
                buckets.len()
            );
        }
    }
}
