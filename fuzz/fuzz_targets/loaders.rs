//! Feeds arbitrary bytes to every loader that takes a file's content: decoding, the case
//! parser and validator, the scenario parser and its check against a shipped case. Whatever
//! the bytes, they must come back as a model or as errors, never as a panic, a stack overflow
//! or a hang. `tests/robustness.rs` replays the corpus and every crash found here through the
//! same function.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = skenario::core::probe::parse_any(bytes);
});
