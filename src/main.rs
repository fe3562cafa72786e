//! The `skenario` program: a command, or — without one — the window.

use std::process::ExitCode;

use skenario::cli::{self, Invocation, Output};

fn main() -> ExitCode {
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
#[cfg(feature = "gui")]
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
#[cfg(not(feature = "gui"))]
fn window(_: cli::WindowRequest, io: &mut Output<'_>) -> ExitCode {
    cli::no_window(io)
}
