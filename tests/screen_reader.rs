//! The window read through AT-SPI, the accessibility API the Orca screen reader uses on Linux:
//! `scripts/screen-reader-check.sh` starts it on a virtual display with the accessibility bus
//! on, and `scripts/screen_reader.py` walks its tree, tabs through it and switches a condition
//! the way a screen reader does. Needs Xvfb, fluxbox, xdotool, D-Bus, at-spi2-core and the
//! system Python's `gi`; `.ci/run` installs them and runs this test.
#![cfg(feature = "gui")]

use std::process::Command;

#[test]
#[ignore = "needs Xvfb, D-Bus and AT-SPI; .ci/run runs it"]
fn a_screen_reader_hears_the_window_through_at_spi() {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scripts/screen-reader-check.sh"
    );
    let output = Command::new(script)
        .arg(env!("CARGO_BIN_EXE_skenario"))
        .output()
        .expect("the check starts (bash, dbus-run-session)");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(said.contains("all checks passed"), "{said}");
}
