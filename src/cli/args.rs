//! The command line's grammar: the commands and their options, and how a mistake on the
//! command line is reported (one line, exit code 2).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;

use clap::{Parser, Subcommand};

use super::output::{EXIT_USAGE, Output};
use crate::core::{ConditionState, Keep, Lang};
use crate::handout::Format;

#[derive(Debug, Parser)]
#[command(
    name = "skenario",
    version = concat!(env!("CARGO_PKG_VERSION"), " (commit ", env!("SKENARIO_COMMIT"), ")"),
    about = "Flip the conditions in a news story and see what the article says would follow.",
    long_about = "Flip the conditions in a news story and see what the article says would follow, \
                  who says so, how firmly, and the exact sentence that says it.\n\n\
                  Without a command, opens the window with the shipped case (or FILE).",
    args_conflicts_with_subcommands = true
)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub(super) verb: Option<Verb>,

    /// A case (.case.ron) or scenario (.scenario.ron) file to open in the window.
    pub(super) file: Option<PathBuf>,

    /// Open the window's case editor on FILE (or on the shipped case).
    #[arg(long)]
    pub(super) edit: bool,

    /// Draw this many frames, then exit (for smoke tests and start-up timing).
    #[arg(long, value_name = "N")]
    pub(super) exit_after_frames: Option<u64>,

    /// With --exit-after-frames: print the median and worst frame CPU time on exit.
    #[arg(long)]
    pub(super) frame_stats: bool,

    /// For benchmarks: scroll the consequence list a little every frame.
    #[arg(long)]
    pub(super) scroll_list: bool,

    /// For benchmarks: edit the first consequence and type one letter into its title every
    /// frame.
    #[arg(long)]
    pub(super) type_in_title: bool,

    /// For benchmarks: count the frames an idle window draws over SECONDS, print it, exit.
    #[arg(long, value_name = "SECONDS")]
    pub(super) idle_frames: Option<f64>,

    /// Windows: make .ron files (cases and scenarios) open with this program on a
    /// double-click, for this user.
    #[arg(long, conflicts_with = "unregister_file_types")]
    pub(super) register_file_types: bool,

    /// Windows: undo --register-file-types.
    #[arg(long)]
    pub(super) unregister_file_types: bool,
}

/// What the command line asks for.
#[derive(Debug, Subcommand)]
pub(super) enum Verb {
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
    /// Start a case from an article (plain text or Markdown): its sentences, numbered.
    New {
        /// The article's text file.
        article: PathBuf,
        /// The case file to write (it must not exist yet).
        #[arg(short = 'o', long = "output", value_name = "CASE.case.ron")]
        output: PathBuf,
        /// The article's language, as a code: en, id, fr, pt-BR…
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
    },
    /// Number a case's sentences 1, 2, 3… again and update every reference to them.
    Renumber {
        /// The case file (rewritten in place; comments and layout are kept).
        file: PathBuf,
    },
    /// Print a link that opens a scenario (or a case) in the browser build: the case itself
    /// travels in the link, unless it is one of the shipped cases.
    Link {
        /// A scenario or case file.
        file: PathBuf,
        /// Set a condition on top of the file's: ID=yes|no|unknown.
        #[arg(long = "set", value_name = "ID=STATE")]
        set: Vec<Assignment>,
        /// The site's address, which the link starts with (https://school.example/skenario/).
        #[arg(long, value_name = "URL")]
        base: Option<String>,
        /// Open the link at this step of a walkthrough: WALKTHROUGH:STEP (steps from 1).
        #[arg(long, value_name = "WALKTHROUGH:STEP")]
        step: Option<StepArg>,
    },
    /// Check cases and put them on a lesson site (the browser build) as lessons: copied, with
    /// their articles, into the site's lessons/ folder, and listed in lessons/index.json.
    Publish {
        /// The case files.
        #[arg(required = true, value_name = "CASE")]
        cases: Vec<PathBuf>,
        /// The site's folder (the browser build, as scripts/build-web.sh writes it).
        #[arg(long, value_name = "DIR")]
        site: PathBuf,
    },
    /// Write an exercise of a case for students: the article, the actors and what --keep
    /// says, without the teacher's answers.
    Exercise {
        /// The teacher's case file.
        case: PathBuf,
        /// The exercise file to write (it must not exist yet).
        #[arg(short = 'o', long = "output", value_name = "EXERCISE.case.ron")]
        output: PathBuf,
        /// What to keep besides the article and the actors.
        #[arg(
            long,
            value_name = "conditions|titles|nothing",
            default_value = "conditions"
        )]
        keep: KeepArg,
    },
    /// Compare students' readings (cases made from an exercise) with the teacher's case.
    Grade {
        /// The teacher's case file: the key.
        key: PathBuf,
        /// The students' case files.
        #[arg(required = true, value_name = "STUDENT")]
        students: Vec<PathBuf>,
        /// Print JSON for programs instead of text for people.
        #[arg(long)]
        json: bool,
        /// One row per student, and the key's sentences most students missed.
        #[arg(long)]
        table: bool,
        /// The table as CSV.
        #[arg(long)]
        csv: bool,
        /// Also write a printable report: FILE.html or FILE.md.
        #[arg(long, value_name = "FILE.html|FILE.md")]
        report: Option<PathBuf>,
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
        /// One A4 page to hand out: what follows, each with its key quote, and the questions.
        #[arg(long)]
        one_page: bool,
    },
}

/// What an exercise keeps, from the command line.
#[derive(Debug, Clone, Copy)]
pub(super) struct KeepArg(pub(super) Keep);

impl FromStr for KeepArg {
    type Err = String;

    fn from_str(word: &str) -> Result<Self, Self::Err> {
        Keep::from_key(word.trim()).map(Self).ok_or_else(|| {
            format!("`{word}` is not what an exercise keeps; use conditions, titles or nothing")
        })
    }
}

/// `en` or `id` from the command line.
#[derive(Debug, Clone, Copy)]
pub(super) struct LangArg(pub(super) Lang);

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

/// `WALKTHROUGH:STEP` from the command line.
#[derive(Debug, Clone)]
pub(super) struct StepArg {
    /// The walkthrough's id.
    pub(super) walkthrough: String,
    /// The step, from 1.
    pub(super) step: usize,
}

impl FromStr for StepArg {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (walkthrough, step) = text.rsplit_once(':').ok_or_else(|| {
            format!("expected WALKTHROUGH:STEP (for example lesson:2), got `{text}`")
        })?;
        let step = step
            .trim()
            .parse()
            .ok()
            .filter(|&n: &usize| n > 0)
            .ok_or_else(|| format!("`{step}` is not a step number; steps count from 1"))?;
        Ok(Self {
            walkthrough: walkthrough.trim().to_owned(),
            step,
        })
    }
}

/// `ID=STATE` from the command line.
#[derive(Debug, Clone)]
pub(super) struct Assignment {
    /// The condition.
    pub(super) condition_id: String,
    /// Its new state.
    pub(super) state: ConditionState,
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

/// Clap's complaint (or its help text) in Skenario's words.
pub(super) fn usage_error(error: &clap::Error, io: &mut Output<'_>) -> ExitCode {
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

/// A mistake on the command line, in one line: exit code 2.
pub(super) fn one_line_usage(message: &str, io: &mut Output<'_>) -> ExitCode {
    let _ = writeln!(io.err, "skenario: {message}");
    ExitCode::from(EXIT_USAGE)
}

/// `skenario chek` is a typo for a command, not a file to open.
pub(super) fn mistyped_command(file: &Path) -> Option<String> {
    const COMMANDS: [&str; 12] = [
        "check", "eval", "table", "diff", "export", "new", "renumber", "link", "publish",
        "exercise", "grade", "help",
    ];
    let text = file.to_str()?;
    if text.starts_with('-') || COMMANDS.contains(&text) {
        return None;
    }
    let looks_like_word = !text.contains(['.', '/', '\\']);
    (looks_like_word && !file.exists()).then(|| {
        format!("unrecognized subcommand '{text}'; the commands are check, eval, table, diff, export, new, renumber, link, publish, exercise and grade (see `skenario --help`)")
    })
}
