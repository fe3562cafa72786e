//! The guide for authors, `docs/writing-a-case.md`, kept true to what Skenario does.
//!
//! The guide follows these conventions, and every test here fails when it drifts:
//!
//! - A ```` ```console ```` block is a session in a fresh copy of `docs/example/`. A line
//!   `$ skenario …` is a command (its words split at spaces, no quoting); the lines after it,
//!   up to the next `$` line, are exactly what it prints, standard output and errors together
//!   as a terminal shows them. A line that is only `…` stands for any number of lines.
//!   Commands in one block run one after another in the same copy; before
//!   `skenario new … -o OUT`, OUT is removed from the copy (a reader runs it before the case
//!   exists).
//! - Every other fenced block (```` ```ron ````, ```` ```text ````, …) comes right after a
//!   marker: `<!-- file: PATH -->` (the block is the whole file `docs/example/PATH`),
//!   `<!-- part of: PATH -->` (its lines are consecutive lines of that file, indented alike) or
//!   `<!-- example -->` (an illustration that is no file's text).
//! - A message with its place (`file.ron:LINE:COLUMN: …`) and a command (`$ skenario …`)
//!   appear only inside console blocks, where they are run.
//! - Tables between `<!-- messages -->` and `<!-- /messages -->` quote messages in their first
//!   column, `…` standing for the part that varies; each must be part of a line a console block
//!   printed. The tables marked `<!-- firmness -->`, `<!-- kinds -->`, `<!-- triggers -->` and
//!   `<!-- fields: PART -->` (each closed by `<!-- /… -->`) list what the program itself lists.
#![expect(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail loudly, naming the line of the guide that is wrong"
)]

use std::collections::BTreeSet;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use skenario::core::load::parse_case;
use skenario::core::{Firmness, Kind, Lang};
use skenario::text::Words;

const GUIDE: &str = "docs/writing-a-case.md";
const EXAMPLE: &str = "docs/example";
const CASE: &str = "eastgate-library.case.ron";
const SCENARIO: &str = "eastgate-library-closure.scenario.ron";
const ARTICLE: &str = "eastgate-library.txt";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn example() -> PathBuf {
    root().join(EXAMPLE)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn guide() -> String {
    read(&root().join(GUIDE))
}

/// A fenced block of the guide.
#[derive(Debug, Clone)]
struct Block {
    /// The word after the opening fence (`console`, `ron`, …).
    info: String,
    /// The line of the guide the block's first line is on (counting from 1).
    line: usize,
    /// The block's lines.
    lines: Vec<String>,
    /// The `<!-- … -->` marker on the last non-blank line before the block, without the
    /// comment marks.
    marker: Option<String>,
}

/// Every fenced block of `text`, in order.
fn blocks(text: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut open: Option<Block> = None;
    let mut last_text_line = "";
    for (i, line) in text.lines().enumerate() {
        if let Some(block) = open.as_mut() {
            if line.trim_start().starts_with("```") {
                found.extend(open.take());
                last_text_line = line;
            } else {
                block.lines.push(line.to_owned());
            }
            continue;
        }
        if let Some(info) = line.trim_start().strip_prefix("```") {
            let marker = last_text_line
                .trim()
                .strip_prefix("<!--")
                .and_then(|rest| rest.strip_suffix("-->"))
                .map(|inner| inner.trim().to_owned());
            open = Some(Block {
                info: info.trim().to_owned(),
                line: i + 2,
                lines: Vec::new(),
                marker,
            });
        } else if !line.trim().is_empty() {
            last_text_line = line;
        }
    }
    assert!(open.is_none(), "a code block of the guide is not closed");
    found
}

/// The lines of `text` outside fenced blocks, with their line numbers.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut inside = false;
    let mut prose = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            inside = !inside;
        } else if !inside {
            prose.push((i + 1, line));
        }
    }
    prose
}

/// One command of a console block and what the guide says it prints.
#[derive(Debug, Clone)]
struct ShownCommand {
    command: String,
    expected: Vec<String>,
}

fn shown_commands(block: &Block) -> Vec<ShownCommand> {
    let mut found: Vec<ShownCommand> = Vec::new();
    for line in &block.lines {
        if let Some(command) = line.strip_prefix("$ ") {
            found.push(ShownCommand {
                command: command.to_owned(),
                expected: Vec::new(),
            });
        } else {
            let shown = found.last_mut().unwrap_or_else(|| {
                panic!(
                    "guide line {}: a console block starts with `$ skenario …`",
                    block.line
                )
            });
            shown.expected.push(line.clone());
        }
    }
    for shown in &mut found {
        trim_trailing_blank(&mut shown.expected);
    }
    found
}

fn trim_trailing_blank(lines: &mut Vec<String>) {
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
}

/// Whether `actual` is `expected`, where an expected line `…` stands for any lines.
fn lines_match(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "…" => {
            (0..=actual.len()).any(|skip| lines_match(rest, actual.get(skip..).unwrap_or(&[])))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(line, others)| line == first && lines_match(rest, others)),
    }
}

/// Whether `pattern` is part of `line`, where `…` in the pattern stands for any text.
fn pattern_in(pattern: &str, line: &str) -> bool {
    let mut rest = line;
    pattern.split('…').all(|piece| match rest.find(piece) {
        Some(at) => {
            rest = rest.get(at + piece.len()..).unwrap_or("");
            true
        }
        None => false,
    })
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("the folder is readable") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Runs `skenario` with `args` in `dir`: what it printed (standard output and errors through
/// one pipe, in the order written) and its exit code.
fn run(dir: &Path, args: &[&str]) -> (Vec<String>, Option<i32>) {
    let (mut reader, writer) = std::io::pipe().expect("a pipe");
    let mut child = {
        let mut command = Command::new(env!("CARGO_BIN_EXE_skenario"));
        command
            .args(args)
            .current_dir(dir)
            .stdout(writer.try_clone().expect("a second writer"))
            .stderr(writer);
        // The command (and its copies of the pipe's writer) is dropped here, so the read below
        // ends when the program does.
        command.spawn().expect("the binary runs")
    };
    let mut text = String::new();
    reader.read_to_string(&mut text).expect("UTF-8 output");
    let status = child.wait().expect("the program ends");
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    trim_trailing_blank(&mut lines);
    (lines, status.code())
}

/// Runs every console block of the guide: for each command, the command, what the guide
/// says it prints and what it printed.
fn run_console_blocks(text: &str) -> Vec<(usize, ShownCommand, Vec<String>)> {
    let mut ran = Vec::new();
    for block in blocks(text).iter().filter(|b| b.info == "console") {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let copy = dir.path().join("example");
        copy_folder(&example(), &copy);
        for shown in shown_commands(block) {
            let words: Vec<&str> = shown.command.split_whitespace().collect();
            let Some((&"skenario", args)) = words.split_first() else {
                panic!(
                    "guide line {}: a console command is `skenario …`, not `{}`",
                    block.line, shown.command
                );
            };
            if args.first() == Some(&"new")
                && let Some(at) = args.iter().position(|a| *a == "-o")
                && let Some(out) = args.get(at + 1)
            {
                let made = copy.join(out);
                if made.exists() {
                    std::fs::remove_file(made).expect("remove the case before `new`");
                }
            }
            let (printed, _) = run(&copy, args);
            ran.push((block.line, shown, printed));
        }
    }
    ran
}

#[test]
fn the_finished_example_passes_check_with_nothing_to_say() {
    let (printed, code) = run(&example(), &["check", CASE, SCENARIO]);
    assert_eq!(code, Some(0), "{printed:#?}");
    assert_eq!(printed, ["2 files checked: all valid"]);
}

#[test]
fn every_console_block_prints_what_the_guide_shows() {
    let ran = run_console_blocks(&guide());
    assert!(
        ran.len() >= 20,
        "the guide runs its commands: {}",
        ran.len()
    );
    let mut wrong = Vec::new();
    for (line, shown, printed) in &ran {
        if !lines_match(&shown.expected, printed) {
            wrong.push(format!(
                "guide line {line}: $ {}\n--- the guide shows:\n{}\n--- it prints:\n{}\n",
                shown.command,
                shown.expected.join("\n"),
                printed.join("\n")
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_block_says_where_it_comes_from_and_is_that_file() {
    let text = guide();
    let mut shown_whole = BTreeSet::new();
    let mut wrong = Vec::new();
    for block in blocks(&text) {
        let Some(marker) = &block.marker else {
            assert!(
                block.info == "console",
                "guide line {}: a ```{} block needs a marker before it: <!-- file: PATH -->, <!-- part of: PATH --> or <!-- example -->",
                block.line,
                block.info
            );
            continue;
        };
        if let Some(path) = marker.strip_prefix("file:") {
            let path = path.trim();
            let file = read(&example().join(path));
            let mut lines: Vec<String> = file.lines().map(str::to_owned).collect();
            trim_trailing_blank(&mut lines);
            if lines != block.lines {
                wrong.push(format!(
                    "guide line {}: the block is not {path} as it is now",
                    block.line
                ));
            }
            shown_whole.insert(path.to_owned());
        } else if let Some(path) = marker.strip_prefix("part of:") {
            let path = path.trim();
            let file = read(&example().join(path));
            let lines: Vec<&str> = file.lines().collect();
            if !is_part_of(&block.lines, &lines) {
                wrong.push(format!(
                    "guide line {}: these lines are not in {path}:\n{}",
                    block.line,
                    block.lines.join("\n")
                ));
            }
        } else {
            assert_eq!(
                marker, "example",
                "guide line {}: unknown marker",
                block.line
            );
            assert_ne!(
                block.info, "console",
                "guide line {}: commands are run, never examples",
                block.line
            );
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    for whole in [ARTICLE, CASE, SCENARIO] {
        assert!(
            shown_whole.contains(whole),
            "the guide shows {whole} whole: {shown_whole:?}"
        );
    }
}

/// Whether `part` (indented as it likes) is consecutive lines of `file`, indented alike.
fn is_part_of(part: &[String], file: &[&str]) -> bool {
    let indent = |line: &str| line.len() - line.trim_start().len();
    let least = part
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| indent(l))
        .min()
        .unwrap_or(0);
    let part: Vec<&str> = part.iter().map(|l| l.get(least..).unwrap_or("")).collect();
    let Some(first) = part.first() else {
        return false;
    };
    (0..file.len()).any(|start| {
        let Some(shift) = file
            .get(start)
            .and_then(|l| indent(l).checked_sub(indent(first)))
        else {
            return false;
        };
        part.iter().enumerate().all(|(k, line)| {
            file.get(start + k).is_some_and(|f| {
                if line.is_empty() {
                    f.trim().is_empty()
                } else {
                    f.get(..shift).is_some_and(|lead| lead.trim().is_empty())
                        && f.get(shift..) == Some(*line)
                }
            })
        })
    })
}

#[test]
fn diagnostics_are_quoted_only_where_they_are_run() {
    let text = guide();
    for (line, prose) in prose_lines(&text) {
        let looks_like_diagnostic = prose.split_whitespace().any(|word| {
            let word = word.trim_matches('`');
            word.split_once(".ron:").is_some_and(|(_, rest)| {
                rest.split(':')
                    .take(2)
                    .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            })
        });
        assert!(
            !looks_like_diagnostic,
            "guide line {line} quotes a message with its place; put it in a console block that runs: {prose}"
        );
        assert!(
            !prose.trim_start().starts_with("$ skenario"),
            "guide line {line}: a command outside a console block is never run: {prose}"
        );
    }
}

/// The rows of the table between `<!-- NAME -->` and `<!-- /NAME -->`: their cells.
fn table(text: &str, name: &str) -> Vec<Vec<String>> {
    let open = format!("<!-- {name} -->");
    let close = format!("<!-- /{name} -->");
    let start = text
        .find(&open)
        .unwrap_or_else(|| panic!("the guide has {open}"));
    let rest = text.get(start + open.len()..).unwrap_or("");
    let end = rest
        .find(&close)
        .unwrap_or_else(|| panic!("the guide has {close}"));
    let rows: Vec<Vec<String>> = rest
        .get(..end)
        .unwrap_or("")
        .lines()
        .filter(|l| l.trim_start().starts_with('|'))
        .skip(2)
        .map(|row| {
            let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
            split_cells(inner)
        })
        .collect();
    assert!(!rows.is_empty(), "the table {name} has rows");
    rows
}

/// A table row's cells; a `|` inside backticks belongs to its cell.
fn split_cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut in_code = false;
    for c in row.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                cells.last_mut().expect("a cell").push(c);
            }
            '|' if !in_code => cells.push(String::new()),
            c => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells.iter().map(|c| c.trim().to_owned()).collect()
}

/// The text inside a cell's code span: `` `x` `` or ``` `` x `` ```.
fn code(cell: &str) -> String {
    let cell = cell.trim();
    if let Some(inner) = cell.strip_prefix("``").and_then(|c| c.strip_suffix("``")) {
        return inner.trim().to_owned();
    }
    cell.strip_prefix('`')
        .and_then(|c| c.strip_suffix('`'))
        .unwrap_or_else(|| panic!("`{cell}` is a code span"))
        .to_owned()
}

#[test]
fn the_table_of_messages_quotes_what_skenario_prints() {
    let text = guide();
    let printed: Vec<String> = run_console_blocks(&text)
        .into_iter()
        .flat_map(|(_, _, printed)| printed)
        .collect();
    let rows = table(&text, "messages");
    assert!(rows.len() >= 15, "the common messages: {}", rows.len());
    for row in rows {
        let pattern = code(row.first().expect("a message"));
        assert!(
            printed.iter().any(|line| pattern_in(&pattern, line)),
            "the guide quotes `{pattern}`, but no command it shows prints that"
        );
    }
}

#[test]
fn the_firmness_table_gives_the_words_of_the_window() {
    let words = Words::get(Lang::En);
    let rows = table(&guide(), "firmness");
    let listed: Vec<(String, String)> = rows
        .iter()
        .map(|row| {
            (
                code(row.first().expect("a firmness")),
                row.get(1).expect("its meaning").clone(),
            )
        })
        .collect();
    let program: Vec<(String, String)> = Firmness::ALL
        .iter()
        .map(|&f| (f.key().to_owned(), words.firmness_meaning(f).to_owned()))
        .collect();
    assert_eq!(listed, program);
}

#[test]
fn the_kinds_table_gives_the_built_in_kinds() {
    let text = read(&example().join(CASE));
    let (case, _) = parse_case(&text).expect("the finished case is valid");
    let words = Words::get(Lang::En);
    let rows = table(&guide(), "kinds");
    let listed: Vec<(String, String)> = rows
        .iter()
        .map(|row| {
            (
                code(row.first().expect("a kind")),
                row.get(1).expect("its name").clone(),
            )
        })
        .collect();
    let program: Vec<(String, String)> = Kind::BUILT_IN
        .iter()
        .map(|k| (k.key().to_owned(), words.kind(case.case(), k).into_owned()))
        .collect();
    assert_eq!(listed, program);
}

/// The fields the program reads in `part`, as its message for an unknown field lists them.
fn fields_read(part: &str) -> Vec<String> {
    let list_field = match part {
        "sentence" => Some("sentences"),
        "actor" => Some("actors"),
        "kind" => Some("kinds"),
        "condition" => Some("conditions"),
        "consequence" => Some("consequences"),
        "objection" => Some("objections"),
        "tension" => Some("tensions"),
        "walkthrough" => Some("walkthroughs"),
        _ => None,
    };
    let (name, text) = match (part, list_field) {
        (_, Some(field)) => (
            "probe.case.ron",
            format!("(format_version: 2, {field}: [(zzz: 0)])"),
        ),
        ("scenario", None) => (
            "probe.scenario.ron",
            "(format_version: 2, zzz: 0)".to_owned(),
        ),
        ("case", None) => ("probe.case.ron", "(format_version: 2, zzz: 0)".to_owned()),
        ("source", None) => (
            "probe.case.ron",
            "(format_version: 2, source: (zzz: 0))".to_owned(),
        ),
        ("walkthrough step", None) => (
            "probe.case.ron",
            "(format_version: 2, walkthroughs: [(steps: [(zzz: 0)])])".to_owned(),
        ),
        (other, None) => panic!("no probe for the part `{other}`"),
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join(name), text).expect("write the probe");
    let (printed, _) = run(dir.path(), &["check", name]);
    let message = printed.first().expect("a message");
    let (_, list) = message
        .split_once("expected one of: ")
        .unwrap_or_else(|| panic!("{message}"));
    list.split(", ").map(str::to_owned).collect()
}

#[test]
fn the_reference_lists_every_field_the_program_reads() {
    let text = guide();
    let parts = [
        "case",
        "source",
        "sentence",
        "actor",
        "kind",
        "condition",
        "consequence",
        "objection",
        "tension",
        "walkthrough",
        "walkthrough step",
        "scenario",
    ];
    for part in parts {
        let listed: Vec<String> = table(&text, &format!("fields: {part}"))
            .iter()
            .map(|row| code(row.first().expect("a field")))
            .collect();
        assert_eq!(listed, fields_read(part), "the fields of a {part}");
    }
}

#[test]
fn the_trigger_table_lists_the_triggers_the_program_reads() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(example().join(ARTICLE), dir.path().join(ARTICLE)).expect("copy");
    let probe = read(&example().join(CASE)).replacen("trigger: always,", "trigger: zzz,", 1);
    std::fs::write(dir.path().join(CASE), probe).expect("write the probe");
    let (printed, _) = run(dir.path(), &["check", CASE]);
    let message = printed.first().expect("a message");
    let (_, list) = message
        .split_once("expected one of: ")
        .unwrap_or_else(|| panic!("{message}"));
    let program: Vec<&str> = list.split(", ").collect();
    let listed: Vec<String> = table(&guide(), "triggers")
        .iter()
        .map(|row| {
            let trigger = code(row.first().expect("a trigger"));
            trigger.split('(').next().unwrap_or_default().to_owned()
        })
        .collect();
    assert_eq!(listed, program);
}

#[test]
fn the_copies_beside_the_steps_are_the_finished_files() {
    for name in [ARTICLE, CASE] {
        assert_eq!(
            read(&example().join("steps").join(name)),
            read(&example().join(name)),
            "docs/example/steps/{name} is a copy of docs/example/{name}"
        );
    }
}

#[test]
fn new_writes_the_skeleton_the_guide_shows() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(example().join(ARTICLE), dir.path().join(ARTICLE)).expect("copy");
    let (printed, code) = run(dir.path(), &["new", ARTICLE, "-o", CASE, "--lang", "en"]);
    assert_eq!(code, Some(0), "{printed:#?}");
    assert_eq!(
        read(&dir.path().join(CASE)),
        read(&example().join("steps/2-new.case.ron"))
    );
}

/// The sentences of a case file: number, text and heading mark.
fn sentences_of(text: &str) -> Vec<(u32, String, bool)> {
    let (case, _) = parse_case(text).expect("a valid case");
    case.case()
        .sentences
        .iter()
        .map(|s| (s.number.get(), s.original.clone(), s.heading))
        .collect()
}

#[test]
fn the_split_fixed_and_renumbered_gives_the_finished_sentences() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(example().join(ARTICLE), dir.path().join(ARTICLE)).expect("copy");
    std::fs::copy(
        example().join("steps/3-merged.case.ron"),
        dir.path().join("merged.case.ron"),
    )
    .expect("copy");
    let (printed, code) = run(dir.path(), &["renumber", "merged.case.ron"]);
    assert_eq!(code, Some(0), "{printed:#?}");
    assert_eq!(
        sentences_of(&read(&dir.path().join("merged.case.ron"))),
        sentences_of(&read(&example().join(CASE)))
    );
}

#[test]
fn the_forgotten_heading_added_and_renumbered_gives_the_finished_case() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(example().join(ARTICLE), dir.path().join(ARTICLE)).expect("copy");
    let added = dir.path().join("added.case.ron");
    std::fs::copy(example().join("steps/13-forgotten-added.case.ron"), &added).expect("copy");
    let (printed, code) = run(dir.path(), &["renumber", "added.case.ron"]);
    assert_eq!(code, Some(0), "{printed:#?}");
    // The guide says to change the one ¶ number written in a text by hand.
    let renumbered = read(&added).replace("(¶12)", "(¶13)");
    let (renumbered, _) = parse_case(&renumbered).expect("valid after renumbering");
    let (finished, _) = parse_case(&read(&example().join(CASE))).expect("valid");
    assert_eq!(renumbered.case(), finished.case());
}

/// The anchor a heading gets on GitHub: lower case, spaces as `-`, punctuation left out.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn every_link_inside_the_guide_finds_its_heading() {
    let text = guide();
    let prose = prose_lines(&text);
    let anchors: BTreeSet<String> = prose
        .iter()
        .filter(|(_, line)| line.starts_with('#'))
        .map(|(_, line)| anchor(line.trim_start_matches('#')))
        .collect();
    let mut links = 0;
    for (line, prose) in &prose {
        for piece in prose.split("](#").skip(1) {
            let target = piece.split(')').next().unwrap_or_default();
            assert!(
                anchors.contains(target),
                "guide line {line}: no heading has the anchor #{target}"
            );
            links += 1;
        }
    }
    assert!(links >= 10, "the guide links its sections: {links}");
}

#[test]
fn the_conventions_catch_what_they_should() {
    let lines = |text: &[&str]| -> Vec<String> { text.iter().map(|l| (*l).to_owned()).collect() };
    assert!(lines_match(
        &lines(&["a", "…", "d"]),
        &lines(&["a", "b", "c", "d"])
    ));
    assert!(lines_match(&lines(&["a", "…"]), &lines(&["a"])));
    assert!(!lines_match(&lines(&["a", "b"]), &lines(&["a", "c"])));
    assert!(!lines_match(&lines(&["a"]), &lines(&["a", "b"])));
    assert!(pattern_in(
        "unknown actor `…`; did you mean `…`?",
        "x.ron:1:2: unknown actor `hales`; did you mean `hale`?"
    ));
    assert!(!pattern_in(
        "unknown actor `…`; known",
        "unknown actor `x`; did you"
    ));
    let file = ["(", "    a: [", "        1,", "    ],", ")"];
    assert!(is_part_of(&lines(&["a: [", "    1,", "],"]), &file));
    assert!(!is_part_of(&lines(&["a: [", "1,"]), &file));
    let guide = "<!-- file: x -->\n```ron\n(\n)\n```\n\n```console\n$ skenario check x\nout\n```\n";
    let found = blocks(guide);
    assert_eq!(found.len(), 2);
    assert_eq!(
        found.first().and_then(|b| b.marker.as_deref()),
        Some("file: x")
    );
    assert_eq!(found.get(1).and_then(|b| b.marker.as_deref()), None);
    assert_eq!(
        anchor("9. Sentences left out: `context: true`"),
        "9-sentences-left-out-context-true"
    );
    assert_eq!(
        split_cells(" `a | b` | c "),
        ["`a | b`".to_owned(), "c".to_owned()]
    );
}
