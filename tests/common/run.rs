//! The command line of this checkout, as the tests run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `relative` inside the checkout.
pub fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Runs `skenario ARGS…` in the checkout.
pub fn skenario(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skenario"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}
