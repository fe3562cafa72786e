//! Where the command line writes, and the exit codes it ends with.

use std::io::Write;

/// Exit code for "the files have problems".
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code for "the command line itself is wrong".
pub const EXIT_USAGE: u8 = 2;

/// Where output goes; tests pass buffers.
pub struct Output<'a> {
    /// Normal output.
    pub out: &'a mut dyn Write,
    /// Errors and warnings.
    pub err: &'a mut dyn Write,
}
