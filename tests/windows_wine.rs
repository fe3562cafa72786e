//! The Windows build's command line says exactly what the Linux build says: every command run
//! on the shipped cases and on the broken-file corpus, by the Linux binary and by the Windows
//! `.exe` under Wine, prints the same bytes to stdout and stderr, exits with the same code and
//! leaves the same files — also in a folder whose name has spaces and non-ASCII letters.
//!
//! Ignored by default: it needs Wine (`wine64`) and the cross-built `.exe`, which `.ci/run`
//! builds first (`cargo build --release --target x86_64-pc-windows-gnu`). Set
//! `SKENARIO_WINDOWS_EXE` to test another `.exe`.
//!
//! The one difference allowed is how a path given on the command line is spelled: where the
//! Windows run is given `scenarios\x.ron` and the Linux run `scenarios/x.ron`, the Windows
//! output is compared with that spelling put back (`as_linux_spelled`). Nothing else is
//! rewritten: line endings, other backslashes and every other byte must match.
#![expect(clippy::expect_used, reason = "a test fails loudly")]

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A folder as a user might name it: spaces, an accent, a dash that is not ASCII.
const AWKWARD_FOLDER: &str = "Kelas 7 — pelajaran ñ";

/// A command line, as given to the Linux run; the Windows run gets the same words, except the
/// paths in `windows_paths` spelled with backslashes.
struct Run {
    args: Vec<String>,
    /// Arguments (by index) that are paths the Windows run gets with `\` instead of `/`.
    windows_paths: Vec<usize>,
    /// The folder (under the copied tree) both runs start in.
    cwd: &'static str,
}

fn run(args: &[&str]) -> Run {
    Run {
        args: args.iter().map(|&a| a.to_owned()).collect(),
        windows_paths: Vec::new(),
        cwd: "",
    }
}

impl Run {
    /// The Windows run spells argument `index` with backslashes.
    fn backslashed(mut self, index: usize) -> Self {
        self.windows_paths.push(index);
        self
    }

    fn in_folder(mut self, cwd: &'static str) -> Self {
        self.cwd = cwd;
        self
    }

    fn windows_args(&self) -> Vec<String> {
        self.args
            .iter()
            .enumerate()
            .map(|(index, arg)| {
                if self.windows_paths.contains(&index) {
                    arg.replace('/', "\\")
                } else {
                    arg.clone()
                }
            })
            .collect()
    }
}

/// The one place a difference is allowed: path separators. Each path the Windows run was
/// given with backslashes is put back as the Linux run was given it, and where Windows joins
/// the folder of a given file with a name read from that file (an article beside a case),
/// its `\` after that folder becomes `/`. Other text, other backslashes included, is left
/// as it is.
fn as_linux_spelled(windows_output: &[u8], run: &Run) -> Vec<u8> {
    let mut text = String::from_utf8_lossy(windows_output).into_owned();
    for (index, linux) in run.args.iter().enumerate() {
        let given = &run.windows_args()[index];
        if given != linux {
            text = text.replace(given.as_str(), linux);
        }
        if let Some((folder, _)) = linux.rsplit_once('/') {
            let given_folder = folder.replace('/', "\\");
            text = text.replace(&format!("{given_folder}\\"), &format!("{folder}/"));
            text = text.replace(&format!("{folder}\\"), &format!("{folder}/"));
        }
    }
    text.into_bytes()
}

fn windows_exe() -> PathBuf {
    std::env::var_os("SKENARIO_WINDOWS_EXE").map_or_else(
        || Path::new(ROOT).join("target/x86_64-pc-windows-gnu/release/skenario.exe"),
        PathBuf::from,
    )
}

/// `wine64` on the PATH, else where Debian's wine64 package puts it.
fn wine() -> OsString {
    let on_path = Command::new("wine64").arg("--version").output().is_ok();
    if on_path {
        "wine64".into()
    } else {
        "/usr/lib/wine/wine64".into()
    }
}

/// A copy of the shipped cases and the broken corpus, the tree both runs work in.
fn fixture(into: &Path) {
    copy_tree(&Path::new(ROOT).join("scenarios"), &into.join("scenarios"));
    copy_tree(
        &Path::new(ROOT).join("tests/broken"),
        &into.join("tests/broken"),
    );
    let awkward = into.join(AWKWARD_FOLDER);
    copy_tree(&Path::new(ROOT).join("scenarios"), &awkward);
    fs::rename(
        awkward.join("ukraine-reassurance-force.case.ron"),
        awkward.join("pasukan penenang — Ukraina.case.ron"),
    )
    .expect("rename the case");
    // The scenarios beside it name the case file; point one at its new name.
    let scenario = awkward.join("ukraine-ceasefire-with-us.scenario.ron");
    let text = fs::read_to_string(&scenario).expect("a scenario");
    fs::write(
        awkward.join("gencatan senjata — ñ.scenario.ron"),
        text.replace(
            "ukraine-reassurance-force.case.ron",
            "pasukan penenang — Ukraina.case.ron",
        ),
    )
    .expect("write the scenario");
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("a folder");
    for entry in fs::read_dir(from).expect("a folder to copy") {
        let entry = entry.expect("an entry");
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(entry.file_name()));
        } else {
            fs::copy(&path, to.join(entry.file_name())).expect("copy a file");
        }
    }
}

/// Every file under `dir`, by its path relative to `dir`, with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let relative = path.strip_prefix(dir).expect("under the tree");
                let bytes = fs::read(&path).expect("a file");
                files.insert(relative.to_string_lossy().into_owned(), bytes);
            }
        }
    }
    files
}

fn linux(run: &Run, dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skenario"))
        .args(&run.args)
        .current_dir(dir.join(run.cwd))
        .output()
        .expect("the Linux binary runs")
}

fn windows(run: &Run, dir: &Path, prefix: &Path) -> Output {
    Command::new(wine())
        .arg(windows_exe())
        .args(run.windows_args())
        .current_dir(dir.join(run.cwd))
        .env("WINEPREFIX", prefix)
        .env("WINEDEBUG", "-all")
        // Wine turns the command line into Windows' UTF-16 through the locale's encoding.
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("wine runs the .exe")
}

/// Runs `run` both ways in fresh copies of the fixture; the differences, in words.
fn compare(run: &Run, prefix: &Path) -> Vec<String> {
    let linux_dir = tempfile::tempdir().expect("a temporary folder");
    let windows_dir = tempfile::tempdir().expect("a temporary folder");
    fixture(linux_dir.path());
    fixture(windows_dir.path());
    let on_linux = linux(run, linux_dir.path());
    let on_windows = windows(run, windows_dir.path(), prefix);
    let mut differences = Vec::new();
    let name = run.windows_args().join(" ");
    if on_linux.status.code() != on_windows.status.code() {
        differences.push(format!(
            "`{name}`: exit code {:?} on Linux, {:?} on Windows (stderr: {})",
            on_linux.status.code(),
            on_windows.status.code(),
            String::from_utf8_lossy(&on_windows.stderr)
        ));
    }
    for (stream, linux_bytes, windows_bytes) in [
        ("stdout", &on_linux.stdout, &on_windows.stdout),
        ("stderr", &on_linux.stderr, &on_windows.stderr),
    ] {
        let windows_bytes = as_linux_spelled(windows_bytes, run);
        if *linux_bytes != windows_bytes {
            differences.push(format!(
                "`{name}`: {stream} differs\n{}",
                first_difference(linux_bytes, &windows_bytes)
            ));
        }
    }
    let (linux_files, windows_files) = (tree(linux_dir.path()), tree(windows_dir.path()));
    if linux_files != windows_files {
        let changed: Vec<&String> = linux_files
            .keys()
            .chain(windows_files.keys())
            .filter(|path| linux_files.get(*path) != windows_files.get(*path))
            .collect();
        differences.push(format!("`{name}`: the files left differ: {changed:?}"));
    }
    differences
}

/// The first line the two outputs differ in, both ways (with line endings shown).
fn first_difference(linux: &[u8], windows: &[u8]) -> String {
    let (linux, windows) = (
        String::from_utf8_lossy(linux),
        String::from_utf8_lossy(windows),
    );
    let mut linux_lines = linux.split_inclusive('\n');
    let mut windows_lines = windows.split_inclusive('\n');
    for number in 1.. {
        match (linux_lines.next(), windows_lines.next()) {
            (None, None) => break,
            (on_linux, on_windows) if on_linux != on_windows => {
                return format!(
                    "line {number}:\n  Linux:   {on_linux:?}\n  Windows: {on_windows:?}"
                );
            }
            _ => {}
        }
    }
    "the same text in another encoding".to_owned()
}

fn broken_files() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(Path::new(ROOT).join("tests/broken"))
        .expect("tests/broken")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".ron"))
        .map(|name| format!("tests/broken/{name}"))
        .collect();
    names.sort();
    names
}

fn runs() -> Vec<Run> {
    const CASE: &str = "scenarios/ukraine-reassurance-force.case.ron";
    const WITH_US: &str = "scenarios/ukraine-ceasefire-with-us.scenario.ron";
    const REJECTS: &str = "scenarios/ukraine-moscow-keeps-rejecting.scenario.ron";
    const ELECTION: &str = "scenarios/marrenia-recount-ordered.scenario.ron";
    let broken = broken_files();
    let mut check_broken = vec!["check".to_owned()];
    check_broken.extend(broken.iter().cloned());
    let every_broken_path = (1..check_broken.len()).collect();
    let mut runs = vec![
        run(&["check", CASE, WITH_US, REJECTS, ELECTION]),
        run(&["check", CASE]).backslashed(1),
        Run {
            args: check_broken.clone(),
            windows_paths: Vec::new(),
            cwd: "",
        },
        Run {
            args: check_broken,
            windows_paths: every_broken_path,
            cwd: "",
        },
        run(&["eval", WITH_US]),
        run(&["eval", WITH_US]).backslashed(1),
        run(&["eval", CASE, "--set", "ceasefire=yes", "--json"]),
        run(&["eval", "tests/broken/dangling-condition.case.ron"]).backslashed(1),
        run(&["table", ELECTION]),
        run(&["table", CASE, "--json"]),
        run(&["diff", WITH_US, REJECTS])
            .backslashed(1)
            .backslashed(2),
        run(&["diff", WITH_US, REJECTS, "--json"]),
        run(&[
            "new",
            "scenarios/articles/marrenia-election.txt",
            "-o",
            "mine.case.ron",
        ])
        .backslashed(1),
        run(&[
            "new",
            "scenarios/articles/marrenia-election.txt",
            "-o",
            CASE,
        ]),
        run(&["export", WITH_US, "--format", "md", "-o", "handout.md"]),
        run(&[
            "export",
            WITH_US,
            "--format",
            "html",
            "-o",
            "out/handout.html",
        ])
        .backslashed(1),
        run(&["renumber", "tests/broken/sentences-out-of-order.case.ron"]).backslashed(1),
        run(&["renumber", CASE]),
    ];
    // A folder and files named with spaces and non-ASCII letters.
    let awkward_case = "pasukan penenang — Ukraina.case.ron";
    let awkward_scenario = "gencatan senjata — ñ.scenario.ron";
    runs.extend([
        run(&["check", awkward_case, awkward_scenario]).in_folder(AWKWARD_FOLDER),
        run(&["eval", awkward_scenario]).in_folder(AWKWARD_FOLDER),
        run(&["table", awkward_case]).in_folder(AWKWARD_FOLDER),
        run(&[
            "export",
            awkward_scenario,
            "--format",
            "md",
            "-o",
            "lembar ñ.md",
        ])
        .in_folder(AWKWARD_FOLDER),
        run(&[
            "new",
            "articles/ukraine-reassurance-force.txt",
            "-o",
            "baru — ñ.case.ron",
        ])
        .backslashed(1)
        .in_folder(AWKWARD_FOLDER),
        run(&["renumber", awkward_case]).in_folder(AWKWARD_FOLDER),
        run(&["check", &format!("{AWKWARD_FOLDER}/{awkward_case}")]).backslashed(1),
        run(&["check", &format!("{AWKWARD_FOLDER}/missing ñ.case.ron")]).backslashed(1),
    ]);
    runs
}

#[test]
#[ignore = "needs Wine and the cross-built .exe (.ci/run builds it)"]
fn the_windows_command_line_prints_what_the_linux_one_prints() {
    let exe = windows_exe();
    assert!(
        exe.is_file(),
        "no Windows build at {} (cargo build --release --target x86_64-pc-windows-gnu)",
        exe.display()
    );
    let prefix = Path::new(ROOT).join("target/wine-prefix");
    fs::create_dir_all(&prefix).expect("the Wine prefix's folder");
    let runs = runs();
    let differences: Vec<String> = runs.iter().flat_map(|run| compare(run, &prefix)).collect();
    assert!(
        differences.is_empty(),
        "{} of {} runs differ:\n{}",
        differences.len(),
        runs.len(),
        differences.join("\n\n")
    );
}

#[test]
fn only_the_paths_given_with_backslashes_are_spelled_back() {
    let run = run(&["check", "scenarios/x.case.ron"]).backslashed(1);
    assert_eq!(run.windows_args(), ["check", "scenarios\\x.case.ron"]);
    let said = "scenarios\\x.case.ron:4:16: case_file `C:\\Users\\x.ron` must be inside; \
                see scenarios\\articles/a.txt\n";
    assert_eq!(
        String::from_utf8_lossy(&as_linux_spelled(said.as_bytes(), &run)),
        "scenarios/x.case.ron:4:16: case_file `C:\\Users\\x.ron` must be inside; \
         see scenarios/articles/a.txt\n"
    );
}
