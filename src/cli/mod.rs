//! The command line: a thin front over the core (`check`, `eval`, `table`, `diff`,
//! `export`, `exercise`, `grade`…). It also reads the options of the window, but `main` opens the window.

mod args;
mod authoring;
mod diff_report;
mod eval_report;
mod exercise;
mod file_types;
mod grade;
mod output;
mod report;
mod sharing;
mod table_report;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser as _;

use args::{Assignment, Cli, Verb, mistyped_command, one_line_usage, usage_error};

use crate::core::diagnostics::Severity;
use crate::core::file::{self, Opened};
use crate::core::logic::Truth;
use crate::core::table::TruthTable;
use crate::core::{ConditionState, Lang, Scenario, States, ValidCase, Walkthrough, diff, evaluate};
use crate::handout::{self, Format, HandoutOptions, Length};

pub use output::{EXIT_PROBLEMS, EXIT_USAGE, Output};

/// How the window was asked to start (no command on the command line).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WindowRequest {
    /// A case or scenario to open instead of the shipped case.
    pub file: Option<PathBuf>,
    /// Start in the case editor.
    pub edit: bool,
    /// Draw this many frames, then exit.
    pub exit_after_frames: Option<u64>,
    /// With `exit_after_frames`: print the median and worst frame CPU time on exit.
    pub frame_stats: bool,
    /// Scroll the consequence list a little every frame (for benchmarks).
    pub scroll_list: bool,
    /// Edit the first consequence and type into its title every frame (for benchmarks).
    pub type_in_title: bool,
    /// Count the frames an idle window draws over this many seconds, print it, exit.
    pub idle_seconds: Option<f64>,
}

/// What the command line asked for.
#[derive(Debug)]
pub enum Invocation {
    /// A command ran (or the command line was wrong): exit with this code.
    Done(ExitCode),
    /// No command: open the window.
    Window(WindowRequest),
}

/// Runs the command in `args` (the first is the program name), or says that the window is
/// wanted.
pub fn run(args: impl IntoIterator<Item = OsString>, io: &mut Output<'_>) -> Invocation {
    let args: Vec<OsString> = args.into_iter().collect();
    if let Some(message) = args
        .get(1)
        .and_then(|first| mistyped_command(Path::new(first)))
    {
        return Invocation::Done(one_line_usage(&message, io));
    }
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => return Invocation::Done(usage_error(&error, io)),
    };
    // Writing to a closed pipe (`skenario eval … | head`) is not an error worth reporting.
    let result = match cli.verb {
        Some(Verb::Check { files }) => check(&files, io),
        Some(Verb::Eval { file, set, json }) => eval(&file, &set, json, io),
        Some(Verb::Table { file, set, json }) => table(&file, &set, json, io),
        Some(Verb::Diff { a, b, json }) => compare(&a, &b, json, io),
        Some(Verb::New {
            article,
            output,
            lang,
        }) => authoring::new_case(&article, &output, lang.as_deref(), io),
        Some(Verb::Renumber { file }) => authoring::renumber(&file, io),
        Some(Verb::Link {
            file,
            set,
            base,
            step,
        }) => sharing::link(
            &sharing::LinkRequest {
                file: &file,
                set: &set,
                base: base.as_deref(),
                step: step.as_ref(),
            },
            io,
        ),
        Some(Verb::Publish { cases, site }) => sharing::publish(&cases, &site, io),
        Some(Verb::Exercise { case, output, keep }) => {
            exercise::exercise(&case, &output, keep.0, io)
        }
        Some(Verb::Grade {
            key,
            students,
            json,
            table,
            csv,
            report,
        }) => grade::grade(
            &grade::GradeRequest {
                key: &key,
                students: &students,
                json,
                table,
                csv,
                report: report.as_deref(),
            },
            io,
        ),
        Some(Verb::Export {
            file,
            format,
            output,
            lang,
            questions,
            walkthrough,
            one_page,
        }) => export(
            &HandoutRequest {
                file: &file,
                format,
                output: &output,
                lang: lang.0,
                questions,
                walkthrough: walkthrough.as_deref(),
                one_page,
            },
            io,
        ),
        None if cli.register_file_types => file_types::register(io),
        None if cli.unregister_file_types => file_types::unregister(io),
        None => {
            return Invocation::Window(WindowRequest {
                file: cli.file,
                edit: cli.edit,
                exit_after_frames: cli.exit_after_frames,
                frame_stats: cli.frame_stats,
                scroll_list: cli.scroll_list,
                type_in_title: cli.type_in_title,
                idle_seconds: cli.idle_frames,
            });
        }
    };
    Invocation::Done(result.unwrap_or(ExitCode::SUCCESS))
}

/// How the command line says that this build has no window.
pub fn no_window(io: &mut Output<'_>) -> ExitCode {
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

fn check(files: &[PathBuf], io: &mut Output<'_>) -> std::io::Result<ExitCode> {
    let mut failed = 0_usize;
    let mut warnings = 0_usize;
    for path in files {
        let diagnostics = file::check(path);
        for diagnostic in &diagnostics {
            writeln!(io.out, "{diagnostic}")?;
        }
        if file::has_errors(&diagnostics) {
            failed += 1;
        }
        warnings += diagnostics
            .iter()
            .filter(|d| d.problem.severity == Severity::Warning)
            .count();
    }
    let noun = if files.len() == 1 { "file" } else { "files" };
    let warned = match warnings {
        0 => String::new(),
        1 => ", 1 warning".to_owned(),
        n => format!(", {n} warnings"),
    };
    if failed == 0 {
        let verdict = if warnings == 0 {
            "all valid"
        } else {
            "no errors"
        };
        writeln!(io.err, "{} {noun} checked: {verdict}{warned}", files.len())?;
        Ok(ExitCode::SUCCESS)
    } else {
        let verb = if failed == 1 { "has" } else { "have" };
        writeln!(
            io.err,
            "{failed} of {} {noun} {verb} errors{warned}",
            files.len()
        )?;
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
    let conditions = &case.case().conditions;
    let stated: Vec<Truth> = conditions
        .iter()
        .map(|c| Truth::from(states.get(&c.id).copied().unwrap_or_default()))
        .collect();
    if let Some((a, b)) = case.compiled().rules().contradiction(&stated) {
        let id = |i: usize| conditions.get(i).map_or("?", |c| c.id.as_str());
        return Err(format!(
            "conditions `{}` and `{}` exclude each other: at most one of them can be yes",
            id(a),
            id(b)
        ));
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
        let report = eval_report::EvalJson::new(&case, &evaluation);
        serde_json::to_writer_pretty(&mut *io.out, &report)?;
        writeln!(io.out)?;
    } else {
        eval_report::eval_text(&case, &evaluation, io.out)?;
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
        table_report::table_json(&case, &table, io.out)?;
    } else {
        table_report::table_text(&case, &table, io.out)?;
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
    let sides = diff_report::Sides {
        a: diff_report::Side {
            path: a,
            name: first.scenario.as_ref().map(|s| s.name.as_str()),
            evaluation: &evaluation_a,
        },
        b: diff_report::Side {
            path: b,
            name: second.scenario.as_ref().map(|s| s.name.as_str()),
            evaluation: &evaluation_b,
        },
    };
    if json {
        let report = diff_report::DiffJson::new(case, &sides, &difference);
        serde_json::to_writer_pretty(&mut *io.out, &report)?;
        writeln!(io.out)?;
    } else {
        diff_report::diff_text(case, &sides, &difference, io.out)?;
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
    one_page: bool,
}

fn export(request: &HandoutRequest<'_>, io: &mut Output<'_>) -> std::io::Result<ExitCode> {
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
    let scenario = scenario.unwrap_or_else(|| handout::article_world(&case));
    let options = HandoutOptions {
        lang: request.lang,
        questions,
        length: if request.one_page {
            Length::OnePage
        } else {
            Length::Full
        },
    };
    let text = handout::handout(&case, &scenario, request.format, &options);
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
    handout::walkthrough_with_questions(case.case())
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
