//! Unsaved work survives a real crash: the window is started, a condition is changed with a
//! key press (or the case's title typed into, in the editor), and the process is killed
//! (SIGKILL, no chance to clean up). The autosave must hold the change. Needs a display and
//! xdotool; `.ci/run` runs it under Xvfb, one window at a time (xdotool finds a window by
//! its title).
#![cfg(feature = "gui")]
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
#[ignore = "needs a display (Xvfb) and xdotool; .ci/run runs it"]
fn killing_the_window_keeps_its_unsaved_work() {
    let data = tempfile::tempdir().expect("a temp folder");
    let mut window = Command::new(env!("CARGO_BIN_EXE_skenario"))
        .env("XDG_DATA_HOME", data.path())
        .spawn()
        .expect("the window starts");
    // Wait for the window, focus it, and press "1": the first condition becomes yes.
    let pressed = Command::new("xdotool")
        .args([
            "search",
            "--sync",
            "--name",
            "Skenario",
            "windowfocus",
            "--sync",
            "key",
            "--delay",
            "200",
            "1",
        ])
        .status()
        .expect("xdotool runs (apt-get install xdotool)");
    assert!(
        pressed.success(),
        "xdotool found the window and pressed the key"
    );

    let folder = data.path().join("skenario");
    let deadline = Instant::now() + Duration::from_secs(15);
    while autosave(&folder).is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    window.kill().expect("SIGKILL");
    let _ = window.wait();
    let autosave = autosave(&folder).expect("the work was autosaved before the kill");
    let text = std::fs::read_to_string(&autosave).expect("the autosave reads");
    assert!(text.contains("\"ceasefire\": yes"), "{text}");

    // The next start finds it and offers it (the offer itself is tested in tests/ui.rs).
    let found = skenario_offers_recovery(data.path());
    assert!(found, "a new window finds the work");
}

/// The window's autosave file in `folder` (`autosave-….ron`), once there is one.
fn autosave(folder: &Path) -> Option<PathBuf> {
    std::fs::read_dir(folder)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("autosave-") && name.ends_with(".ron"))
        })
}

/// Starts the window again, draws a few frames and checks the autosave is still there for the
/// recovery offer (it is only removed when the user recovers and saves, or discards).
fn skenario_offers_recovery(data: &Path) -> bool {
    let status = Command::new(env!("CARGO_BIN_EXE_skenario"))
        .env("XDG_DATA_HOME", data)
        .args(["--exit-after-frames", "5"])
        .status()
        .expect("the window starts again");
    status.success() && autosave(&data.join("skenario")).is_some()
}

#[test]
#[ignore = "needs a display (Xvfb) and xdotool; .ci/run runs it"]
fn killing_the_window_while_editing_keeps_the_case_as_it_was() {
    let data = tempfile::tempdir().expect("a temp folder");
    let mut window = Command::new(env!("CARGO_BIN_EXE_skenario"))
        .env("XDG_DATA_HOME", data.path())
        .arg("--edit")
        .spawn()
        .expect("the window starts");
    // The editor opens on the case's title, its first field taking the keyboard: type.
    let typed = Command::new("xdotool")
        .args([
            "search",
            "--sync",
            "--name",
            "Skenario",
            "windowfocus",
            "--sync",
            "sleep",
            "1",
            "type",
            "--delay",
            "120",
            "Draft ",
        ])
        .status()
        .expect("xdotool runs (apt-get install xdotool)");
    assert!(typed.success(), "xdotool found the window and typed");

    let folder = data.path().join("skenario");
    let deadline = Instant::now() + Duration::from_secs(15);
    let edited = |folder: &Path| {
        autosave(folder)
            .and_then(|path| std::fs::read_to_string(path).ok())
            .filter(|text| text.contains("Draft "))
    };
    while edited(&folder).is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    window.kill().expect("SIGKILL");
    let _ = window.wait();
    let text = edited(&folder).expect("the edited case was autosaved before the kill");
    assert!(
        text.contains("draft: Some("),
        "the case being edited is in it: {text}"
    );
    assert!(
        skenario_offers_recovery(data.path()),
        "a new window finds the work"
    );
}
