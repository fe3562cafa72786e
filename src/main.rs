//! The `skenario` program: a command, or — without one — the window.
// On Windows the program is a windowed one, so a double-click opens no console window beside
// the window; `attach_console` lets the commands still print to the terminal they ran in.
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use skenario::cli::{self, Invocation, Output};

/// In a browser there is no command line: the page's canvas shows the window.
#[cfg(all(target_arch = "wasm32", feature = "gui"))]
fn main() {
    skenario::app::start();
}

/// A browser build needs the window.
#[cfg(all(target_arch = "wasm32", not(feature = "gui")))]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    attach_console();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let (mut out, mut err) = (stdout.lock(), stderr.lock());
    let mut io = Output {
        out: &mut out,
        err: &mut err,
    };
    match cli::run(std::env::args_os(), &mut io) {
        Invocation::Done(code) => code,
        Invocation::Window(request) => window(request, &mut io),
    }
}

/// Opens the window and prints what it measured, if anything.
#[cfg(all(feature = "gui", not(target_arch = "wasm32")))]
fn window(request: cli::WindowRequest, io: &mut Output<'_>) -> ExitCode {
    let launch = skenario::app::Launch {
        file: request.file,
        edit: request.edit,
        measure: skenario::app::Measure {
            exit_after_frames: request.exit_after_frames,
            frame_stats: request.frame_stats,
            scroll_list: request.scroll_list,
            type_in_title: request.type_in_title,
            idle_seconds: request.idle_seconds,
        },
    };
    match skenario::app::run(launch) {
        Ok(report) => {
            for line in report {
                writeln!(io.out, "{line}").ok();
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            writeln!(io.err, "skenario: could not open the window: {error}").ok();
            ExitCode::from(cli::EXIT_PROBLEMS)
        }
    }
}

/// This build has no window.
#[cfg(all(not(feature = "gui"), not(target_arch = "wasm32")))]
fn window(_: cli::WindowRequest, io: &mut Output<'_>) -> ExitCode {
    cli::no_window(io)
}

/// A windowed Windows program starts without a console: print to the terminal it was started
/// from, if any (started from Explorer there is none, and nothing changes). Output already
/// sent to a file or a pipe keeps going there.
#[cfg(all(windows, feature = "gui"))]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours; failing (no
    // parent console) leaves the process as it was.
    #[expect(unsafe_code, reason = "one call into the Windows console API")]
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Elsewhere (and for the console-only Windows build) the terminal is already there.
#[cfg(all(not(target_arch = "wasm32"), not(all(windows, feature = "gui"))))]
fn attach_console() {}
