//! The command line: a thin front over the core (`check`, `eval`, `table`), and the
//! entry point that opens the window.

mod render;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;

use clap::{Parser, Subcommand};

use crate::core::file::{self, Opened};
use crate::core::table::TruthTable;
use crate::core::{ConditionState, States, ValidCase, evaluate};

/// Exit code for "the files have problems".
const EXIT_PROBLEMS: u8 = 1;
/// Exit code for "the command line itself is wrong".
const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "skenario",
    version,
    about = "Flip the conditions in a news story and see what the article says would follow.",
    long_about = "Flip the conditions in a news story and see what the article says would follow, \
                  who says so, how firmly, and the exact sentence that says it.\n\n\
                  Without a command, opens the window with the shipped case (or FILE).",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// A case (.case.ron) or scenario (.scenario.ron) file to open in the window.
    file: Option<PathBuf>,

    /// Draw this many frames, then exit (for smoke tests and start-up timing).
    #[arg(long, value_name = "N")]
    exit_after_frames: Option<u64>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate case and scenario files; prints `path:line:column: message` per problem.
    Check {
        /// The files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show what follows under a scenario's conditions (or a case's, all unknown).
    Eval {
        /// A case or scenario file.
        file: PathBuf,
        /// Set a condition, overriding the scenario: ID=yes|no|unknown.
        #[arg(long = "set", value_name = "ID=STATE")]
        set: Vec<Assignment>,
        /// Print JSON for programs instead of text for people.
        #[arg(long)]
        json: bool,
    },
    /// List every yes/no combination of the conditions and what follows under each.
    Table {
        /// A case or scenario file (for a scenario, its case is used).
        file: PathBuf,
        /// Fix a condition instead of listing both values: ID=yes|no.
        #[arg(long = "set", value_name = "ID=STATE")]
        set: Vec<Assignment>,
        /// Print JSON for programs instead of text for people.
        #[arg(long)]
        json: bool,
    },
}

/// `ID=STATE` from the command line.
#[derive(Debug, Clone)]
struct Assignment {
    condition_id: String,
    state: ConditionState,
}

impl FromStr for Assignment {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (condition_id, state) = text.split_once('=').ok_or_else(|| {
            format!("expected ID=yes|no|unknown (for example ceasefire=yes), got `{text}`")
        })?;
        let state = ConditionState::from_key(state.trim())
            .ok_or_else(|| format!("`{state}` is not a condition state; use yes, no or unknown"))?;
        Ok(Self {
            condition_id: condition_id.trim().to_owned(),
            state,
        })
    }
}

/// Where output goes; tests pass buffers.
pub struct Output<'a> {
    /// Normal output.
    pub out: &'a mut dyn Write,
    /// Errors and warnings.
    pub err: &'a mut dyn Write,
}

/// Runs the program with the process's arguments.
pub fn main() -> ExitCode {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    run(
        std::env::args_os(),
        &mut Output {
            out: &mut out,
            err: &mut err,
        },
    )
}

/// Runs the program with `args` (the first is the program name).
pub fn run(args: impl IntoIterator<Item = OsString>, io: &mut Output<'_>) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().collect();
    if let Some(message) = args
        .get(1)
        .and_then(|first| mistyped_command(Path::new(first)))
    {
        return one_line_usage(&message, io);
    }
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error, io),
    };
    // Writing to a closed pipe (`skenario eval … | head`) is not an error worth reporting.
    let result = match cli.command {
        Some(Command::Check { files }) => check(&files, io),
        Some(Command::Eval { file, set, json }) => eval(&file, &set, json, io),
        Some(Command::Table { file, set, json }) => table(&file, &set, json, io),
        None => return window(cli.file, cli.exit_after_frames, io),
    };
    result.unwrap_or(ExitCode::SUCCESS)
}

fn usage_error(error: &clap::Error, io: &mut Output<'_>) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = write!(io.out, "{error}");
        return ExitCode::SUCCESS;
    }
    let text = error.to_string();
    let first = text.lines().next().unwrap_or("invalid arguments");
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let _ = writeln!(io.err, "skenario: {first} (see `skenario --help`)");
    ExitCode::from(EXIT_USAGE)
}

fn one_line_usage(message: &str, io: &mut Output<'_>) -> ExitCode {
    let _ = writeln!(io.err, "skenario: {message}");
    ExitCode::from(EXIT_USAGE)
}

fn check(files: &[PathBuf], io: &mut Output<'_>) -> std::io::Result<ExitCode> {
    let mut failed = 0_usize;
    for path in files {
        let diagnostics = file::check(path);
        for diagnostic in &diagnostics {
            writeln!(io.out, "{diagnostic}")?;
        }
        if file::has_errors(&diagnostics) {
            failed += 1;
        }
    }
    if failed == 0 {
        let noun = if files.len() == 1 { "file" } else { "files" };
        writeln!(io.err, "{} {noun} checked: all valid", files.len())?;
        Ok(ExitCode::SUCCESS)
    } else {
        writeln!(io.err, "{failed} of {} files have errors", files.len())?;
        Ok(ExitCode::from(EXIT_PROBLEMS))
    }
}

/// A case (and the scenario's states, if the file was a scenario).
struct Loaded {
    case: ValidCase,
    states: States,
}

fn load(path: &Path, io: &mut Output<'_>) -> Result<Loaded, ExitCode> {
    match file::open(path) {
        Ok(Opened::Case(loaded)) => {
            for warning in &loaded.warnings {
                let _ = writeln!(io.err, "{warning}");
            }
            Ok(Loaded {
                case: loaded.case,
                states: States::new(),
            })
        }
        Ok(Opened::Scenario(loaded)) => {
            for warning in &loaded.warnings {
                let _ = writeln!(io.err, "{warning}");
            }
            Ok(Loaded {
                case: loaded.case,
                states: loaded.scenario.conditions.clone(),
            })
        }
        Err(failure) => {
            let _ = writeln!(io.err, "{failure}");
            Err(ExitCode::from(EXIT_PROBLEMS))
        }
    }
}

/// Applies `--set` overrides; an unknown condition id is a usage error.
fn apply(case: &ValidCase, states: &mut States, set: &[Assignment]) -> Result<(), String> {
    for assignment in set {
        if case.condition_index(&assignment.condition_id).is_none() {
            let known: Vec<&str> = case
                .case()
                .conditions
                .iter()
                .map(|c| c.id.as_str())
                .collect();
            return Err(format!(
                "unknown condition `{}` (this case has: {})",
                assignment.condition_id,
                known.join(", ")
            ));
        }
        if assignment.state == ConditionState::Unknown {
            states.remove(&assignment.condition_id);
        } else {
            states.insert(assignment.condition_id.clone(), assignment.state);
        }
    }
    Ok(())
}

fn eval(
    path: &Path,
    set: &[Assignment],
    json: bool,
    io: &mut Output<'_>,
) -> std::io::Result<ExitCode> {
    let Loaded { case, mut states } = match load(path, io) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    if let Err(message) = apply(&case, &mut states, set) {
        return Ok(one_line_usage(&message, io));
    }
    let evaluation = evaluate(&case, &states);
    if json {
        let report = render::EvalJson::new(&case, &evaluation);
        serde_json::to_writer_pretty(&mut *io.out, &report)?;
        writeln!(io.out)?;
    } else {
        render::eval_text(&case, &evaluation, io.out)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn table(
    path: &Path,
    set: &[Assignment],
    json: bool,
    io: &mut Output<'_>,
) -> std::io::Result<ExitCode> {
    let Loaded { case, .. } = match load(path, io) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let mut fixed = States::new();
    if let Err(message) = apply(&case, &mut fixed, set) {
        return Ok(one_line_usage(&message, io));
    }
    let table = match TruthTable::new(&case, &fixed) {
        Ok(table) => table,
        Err(too_many) => return Ok(one_line_usage(&too_many.to_string(), io)),
    };
    if json {
        render::table_json(&case, &table, io.out)?;
    } else {
        render::table_text(&case, &table, io.out)?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "gui")]
fn window(file: Option<PathBuf>, exit_after_frames: Option<u64>, io: &mut Output<'_>) -> ExitCode {
    match crate::app::run(crate::app::Launch {
        file,
        exit_after_frames,
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(io.err, "skenario: could not open the window: {error}");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn window(file: Option<PathBuf>, exit_after_frames: Option<u64>, io: &mut Output<'_>) -> ExitCode {
    let _ = (file, exit_after_frames);
    let _ = writeln!(
        io.err,
        "skenario: this build has no window (built without the `gui` feature); use a command:"
    );
    let _ = write!(
        io.err,
        "{}",
        <Cli as clap::CommandFactory>::command().render_usage()
    );
    let _ = writeln!(io.err);
    ExitCode::from(EXIT_USAGE)
}

/// `skenario chek` is a typo for a command, not a file to open.
fn mistyped_command(file: &Path) -> Option<String> {
    const COMMANDS: [&str; 4] = ["check", "eval", "table", "help"];
    let text = file.to_str()?;
    if text.starts_with('-') || COMMANDS.contains(&text) {
        return None;
    }
    let looks_like_word = !text.contains(['.', '/', '\\']);
    (looks_like_word && !file.exists()).then(|| {
        format!("unrecognized subcommand '{text}'; the commands are check, eval and table (see `skenario --help`)")
    })
}
