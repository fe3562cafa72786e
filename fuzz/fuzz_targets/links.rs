//! Feeds arbitrary text to the link decoder the way the window opens a link: the fragment read,
//! the case it carries unpacked (at most a file's worth) and loaded like a file. Whatever the
//! text — cut short, altered, a few kilobytes that would unpack to gigabytes — it must come
//! back as a case or as errors, never as a panic, a hang or runaway memory. `tests/links.rs`
//! replays the corpus and every crash found here through the same function.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = skenario::core::probe::open_link(bytes);
});
