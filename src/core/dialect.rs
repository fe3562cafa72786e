//! The RON dialect of Skenario's files, the same for reading and writing: `Some` may be left
//! out, and nesting is bounded so that a hostile file cannot exhaust the stack.

use ron::extensions::Extensions;

use super::limits::MAX_NESTING;

/// The options every case and scenario file is read and written with.
pub fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}
