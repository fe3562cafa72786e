//! The command line: a thin front over the core (`check`, `eval`, `table`, `diff`,
//! `export`), and the entry point that opens the window.

mod render;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;

use clap::{Parser, Subcommand};

use crate::core::export::{self, Format};
use crate::core::file::{self, Opened};
use crate::core::table::TruthTable;
use crate::core::{ConditionState, Lang, Scenario, States, ValidCase, Walkthrough, diff, evaluate};

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

    /// With --exit-after-frames: print the median and worst frame CPU time on exit.
    #[arg(long)]
    frame_stats: bool,

    /// For benchmarks: scroll the consequence list a little every frame.
    #[arg(long)]
    scroll_list: bool,

    /// For benchmarks: count the frames an idle window draws over SECONDS, print it, exit.
    #[arg(long, value_name = "SECONDS")]
    idle_frames: Option<f64>,
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
    /// Compare two scenarios of the same case: what appears, what disappears, with quotes.
    Diff {
        /// The first scenario (or case) file: A.
        a: PathBuf,
        /// The second scenario (or case) file: B.
        b: PathBuf,
        /// Print JSON for programs instead of text for people.
        #[arg(long)]
        json: bool,
    },
    /// Write a handout of a scenario (or a case) as Markdown or as printable HTML.
    Export {
        /// A scenario or case file.
        file: PathBuf,
        /// The handout's format: md or html.
        #[arg(long, value_name = "md|html")]
        format: Format,
        /// The file to write (replaced if it exists).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
        /// The handout's language: en or id (quotes are always Indonesian with English).
        #[arg(long, value_name = "en|id", default_value = "en")]
        lang: LangArg,
        /// Add the first walkthrough's questions, with space to write (no answers).
        #[arg(long)]
        questions: bool,
        /// Add this walkthrough's questions instead (implies --questions).
        #[arg(long, value_name = "ID")]
        walkthrough: Option<String>,
    },
}

/// `en` or `id` from the command line.
#[derive(Debug, Clone, Copy)]
struct LangArg(Lang);

impl FromStr for LangArg {
    type Err = String;

    fn from_str(word: &str) -> Result<Self, Self::Err> {
        match word.trim() {
            "en" => Ok(Self(Lang::En)),
            "id" => Ok(Self(Lang::Id)),
            _ => Err(format!("`{word}` is not a handout language; use en or id")),
        }
    }
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
        Some(Command::Diff { a, b, json }) => compare(&a, &b, json, io),
        Some(Command::Export {
            file,
            format,
            output,
            lang,
            questions,
            walkthrough,
        }) => handout(
            &HandoutRequest {
                file: &file,
                format,
                output: &output,
                lang: lang.0,
                questions,
                walkthrough: walkthrough.as_deref(),
            },
            io,
        ),
        None => return window(&cli, io),
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
    // Clap's message is a paragraph (sometimes naming the missing argument on its second
    // line) followed by usage and tips; keep the paragraph, on one line.
    let text = error.to_string();
    let paragraph: Vec<&str> = text
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    let message = paragraph.join(" ");
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    let message = if message.is_empty() {
        "invalid arguments"
    } else {
        message
    };
    let _ = writeln!(io.err, "skenario: {message} (see `skenario --help`)");
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

/// A case (and the scenario with its states, if the file was a scenario).
struct Loaded {
    case: ValidCase,
    states: States,
    scenario: Option<Scenario>,
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
                scenario: None,
            })
        }
        Ok(Opened::Scenario(loaded)) => {
            for warning in &loaded.warnings {
                let _ = writeln!(io.err, "{warning}");
            }
            Ok(Loaded {
                case: loaded.case,
                states: loaded.scenario.conditions.clone(),
                scenario: Some(loaded.scenario),
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
    let Loaded {
        case, mut states, ..
    } = match load(path, io) {
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

fn compare(a: &Path, b: &Path, json: bool, io: &mut Output<'_>) -> std::io::Result<ExitCode> {
    // Both files are read before giving up, so that every problem is reported at once.
    let (first, second) = match (load(a, io), load(b, io)) {
        (Ok(first), Ok(second)) => (first, second),
        (Err(code), _) | (_, Err(code)) => return Ok(code),
    };
    let case = &first.case;
    let case_id = &case.case().id;
    let other_id = &second.case.case().id;
    if case_id != other_id {
        writeln!(
            io.err,
            "skenario: {} is for case `{case_id}` but {} is for case `{other_id}`; diff compares two scenarios of the same case",
            a.display(),
            b.display()
        )?;
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    if case.case().fingerprint() != second.case.case().fingerprint() {
        writeln!(
            io.err,
            "skenario: warning: the article of case `{case_id}` differs between {} and {}; comparing both under the version of {}",
            a.display(),
            b.display(),
            a.display()
        )?;
    } else if case != &second.case {
        writeln!(
            io.err,
            "skenario: warning: {} and {} use different versions of case `{case_id}`; comparing both under the version of {}",
            a.display(),
            b.display(),
            a.display()
        )?;
    }
    let mut states_b = second.states.clone();
    states_b.retain(|condition_id, _| case.condition_index(condition_id).is_some());
    for condition_id in second
        .states
        .keys()
        .filter(|id| !states_b.contains_key(*id))
    {
        writeln!(
            io.err,
            "skenario: warning: {} sets `{condition_id}`, which the case in {} does not have; left out",
            b.display(),
            a.display()
        )?;
    }
    let evaluation_a = evaluate(case, &first.states);
    let evaluation_b = evaluate(case, &states_b);
    let difference = diff::diff(&evaluation_a, &evaluation_b);
    let sides = render::Sides {
        a: render::Side {
            path: a,
            name: first.scenario.as_ref().map(|s| s.name.as_str()),
            evaluation: &evaluation_a,
        },
        b: render::Side {
            path: b,
            name: second.scenario.as_ref().map(|s| s.name.as_str()),
            evaluation: &evaluation_b,
        },
    };
    if json {
        let report = render::DiffJson::new(case, &sides, &difference);
        serde_json::to_writer_pretty(&mut *io.out, &report)?;
        writeln!(io.out)?;
    } else {
        render::diff_text(case, &sides, &difference, io.out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What `export` was asked to do.
struct HandoutRequest<'a> {
    file: &'a Path,
    format: Format,
    output: &'a Path,
    lang: Lang,
    questions: bool,
    walkthrough: Option<&'a str>,
}

fn handout(request: &HandoutRequest<'_>, io: &mut Output<'_>) -> std::io::Result<ExitCode> {
    if same_file(request.file, request.output) {
        return Ok(one_line_usage(
            &format!(
                "the handout would replace {} itself; choose another file with -o",
                request.file.display()
            ),
            io,
        ));
    }
    let Loaded { case, scenario, .. } = match load(request.file, io) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let questions = match chosen_walkthrough(&case, request) {
        Ok(questions) => questions,
        Err(message) => return Ok(one_line_usage(&message, io)),
    };
    let scenario = scenario.unwrap_or_else(|| export::article_world(&case));
    let options = export::Options {
        lang: request.lang,
        questions,
    };
    let text = export::handout(&case, &scenario, request.format, &options);
    match file::write_atomically(request.output, text.as_bytes()) {
        Ok(()) => {
            writeln!(io.err, "handout written to {}", request.output.display())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            writeln!(io.err, "skenario: {error}")?;
            Ok(ExitCode::from(EXIT_PROBLEMS))
        }
    }
}

/// The walkthrough whose questions go into the handout, if any was asked for.
fn chosen_walkthrough<'a>(
    case: &'a ValidCase,
    request: &HandoutRequest<'_>,
) -> Result<Option<&'a Walkthrough>, String> {
    let walkthroughs = &case.case().walkthroughs;
    if let Some(walkthrough_id) = request.walkthrough {
        let Some(walkthrough) = walkthroughs.iter().find(|w| w.id == walkthrough_id) else {
            let known: Vec<&str> = walkthroughs.iter().map(|w| w.id.as_str()).collect();
            let known = if known.is_empty() {
                "this case has none".to_owned()
            } else {
                format!("this case has: {}", known.join(", "))
            };
            return Err(format!("unknown walkthrough `{walkthrough_id}` ({known})"));
        };
        if walkthrough.steps.iter().all(|step| step.question.is_none()) {
            return Err(format!("walkthrough `{walkthrough_id}` asks no questions"));
        }
        return Ok(Some(walkthrough));
    }
    if !request.questions {
        return Ok(None);
    }
    export::walkthrough_with_questions(case.case())
        .map(Some)
        .ok_or_else(|| "--questions: this case has no walkthrough with questions".to_owned())
}

/// Whether `output` names the existing file `input` (so writing it would destroy the input).
fn same_file(input: &Path, output: &Path) -> bool {
    match (std::fs::canonicalize(input), std::fs::canonicalize(output)) {
        (Ok(input), Ok(output)) => input == output,
        _ => false,
    }
}

#[cfg(feature = "gui")]
fn window(cli: &Cli, io: &mut Output<'_>) -> ExitCode {
    let measure = crate::app::Measure {
        exit_after_frames: cli.exit_after_frames,
        frame_stats: cli.frame_stats,
        scroll_list: cli.scroll_list,
        idle_seconds: cli.idle_frames,
    };
    match crate::app::run(crate::app::Launch {
        file: cli.file.clone(),
        measure,
    }) {
        Ok(report) => {
            for line in report {
                let _ = writeln!(io.out, "{line}");
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            let _ = writeln!(io.err, "skenario: could not open the window: {error}");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn window(cli: &Cli, io: &mut Output<'_>) -> ExitCode {
    let _ = cli;
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
    const COMMANDS: [&str; 6] = ["check", "eval", "table", "diff", "export", "help"];
    let text = file.to_str()?;
    if text.starts_with('-') || COMMANDS.contains(&text) {
        return None;
    }
    let looks_like_word = !text.contains(['.', '/', '\\']);
    (looks_like_word && !file.exists()).then(|| {
        format!("unrecognized subcommand '{text}'; the commands are check, eval, table, diff and export (see `skenario --help`)")
    })
}
