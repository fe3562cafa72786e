//! Opening never crashes: limits with clear messages, a scenario whose case changed, case files
//! only inside the scenario's folder, mutated files, and the fuzz target's findings replayed.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly; a failure is a test failure"
)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use skenario::core::diagnostics::Problem;
use skenario::core::file::{self, check, load_case, load_scenario, save_scenario};
use skenario::core::limits::{
    MAX_FILE_BYTES, MAX_ITEMS, MAX_LISTED, MAX_SENTENCES, MAX_TRIGGER_DEPTH,
};
use skenario::core::load::parse_case;
use skenario::core::parse::parse_scenario;
use skenario::core::probe::{AnyOutcome, parse_any};
use skenario::core::{ConditionState, FORMAT_VERSION, Scenario, States, evaluate};

/// How long loading one (small) file may take in a debug build.
const TIME_BOUND: Duration = Duration::from_secs(2);

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    fs::read_to_string(repo(relative)).unwrap()
}

/// The problems of `path` as `line:column: message` (without the path).
fn problems_of(path: &Path) -> Vec<String> {
    check(path).iter().map(|d| d.problem.to_string()).collect()
}

/// The valid files every robustness test starts from, by name.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut seeds = Vec::new();
    for folder in ["scenarios", "tests/broken"] {
        let mut names: Vec<String> = fs::read_dir(repo(folder))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ron") && (folder == "scenarios" || n.starts_with("valid-")))
            .collect();
        names.sort();
        for name in names {
            let bytes = fs::read(repo(&format!("{folder}/{name}"))).unwrap();
            seeds.push((name, bytes));
        }
    }
    assert!(seeds.len() >= 6, "{} seeds", seeds.len());
    seeds
}

// ---------------------------------------------------------------------------------------------
// Text encoding and size.

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = read("tests/broken/valid-example.case.ron");
    assert!(parse_case(&format!("\u{feff}{text}")).is_ok());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.case.ron");
    fs::write(
        &path,
        [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
    )
    .unwrap();
    assert_eq!(problems_of(&path), Vec::<String>::new());
    assert!(load_case(&path).is_ok());

    let scenario = read("scenarios/ukraine-ceasefire-with-us.scenario.ron");
    let path = dir.path().join("bom.scenario.ron");
    fs::write(&path, format!("\u{feff}{scenario}")).unwrap();
    assert_eq!(problems_of(&path), Vec::<String>::new());
}

#[test]
fn text_that_is_not_utf8_is_an_error_at_the_first_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.scenario.ron");
    fs::write(
        &path,
        b"(\n    format_version: 1,\n    name: \"Caf\xe9\",\n)\n".as_slice(),
    )
    .unwrap();
    assert_eq!(
        problems_of(&path),
        ["3:15: the file is not UTF-8 text (is it a binary file, or saved in another encoding?)"]
    );
}

#[test]
fn a_file_just_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.case.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    drop(file);
    let start = Instant::now();
    assert_eq!(
        problems_of(&path),
        ["the file is too large (16.0 MiB); Skenario opens files up to 16 MiB"]
    );
    assert!(start.elapsed() < TIME_BOUND);
}

#[test]
fn a_file_exactly_at_the_size_limit_opens() {
    let text = read("tests/broken/valid-example.case.ron");
    let padding = usize::try_from(MAX_FILE_BYTES).unwrap() - text.len();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("padded.case.ron");
    fs::write(&path, format!("{text}{}", " ".repeat(padding))).unwrap();
    assert_eq!(fs::metadata(&path).unwrap().len(), MAX_FILE_BYTES);
    assert_eq!(problems_of(&path), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn devices_and_folders_are_not_read() {
    let problems = check(Path::new("/dev/zero"));
    assert_eq!(
        problems[0].problem.to_string(),
        "this is not a regular file (a device, pipe or socket); Skenario opens only files"
    );
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(problems_of(dir.path()), ["this is a folder, not a file"]);
}

// ---------------------------------------------------------------------------------------------
// Limits on nesting and on the number of items.

/// Runs `work` on a thread with a small stack, so that deep recursion shows up as a failure.
fn on_small_stack<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(work)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn a_hundred_thousand_nested_triggers_are_refused_with_a_position() {
    let problems = on_small_stack(|| {
        let text = read("tests/broken/valid-example.case.ron");
        let n = 100_000;
        let shapes = [
            format!("{}condition(\"rain\"){}", "not(".repeat(n), ")".repeat(n)),
            format!("{}condition(\"rain\"){}", "all([".repeat(n), "])".repeat(n)),
            format!("{}condition(\"rain\")", "any([".repeat(n)),
        ];
        let mut problems = Vec::new();
        for trigger in shapes {
            let deep = text.replacen("condition(\"rain\")", &trigger, 1);
            let start = Instant::now();
            let case = parse_case(&deep).err().unwrap();
            let scenario = parse_scenario(&deep).err().unwrap();
            // The scanner that places problems stops early too.
            skenario::core::parse::source_map::SourceMap::new(&deep).position(&[]);
            assert!(start.elapsed() < TIME_BOUND, "{:?}", start.elapsed());
            assert!(scenario[0].position.is_some());
            problems.push(case);
        }
        // Lists in lists where a trigger goes: refused as soon as a list is met where a
        // trigger's name should be (the version probe, which skips values, stops at the limit).
        let lists = text.replacen(
            "condition(\"rain\")",
            &format!("{}{}", "[".repeat(n), "]".repeat(n)),
            1,
        );
        assert_eq!(
            parse_case(&lists).err().unwrap()[0].to_string(),
            "22:22: expected a name, found a list"
        );
        problems
    });
    for case in problems {
        assert_eq!(case.len(), 1);
        let problem = case[0].to_string();
        assert!(
            problem.starts_with("22:")
                && problem.contains(": the text is nested too deeply here: Skenario reads up to 64 levels of groups, lists and triggers inside each other; write the trigger flatter, for example `all([a, b, c])` instead of `all([a, all([b, c])])`"),
            "{problem}"
        );
    }
}

#[test]
fn the_deepest_trigger_the_parser_accepts_is_mapped_validated_and_evaluated() {
    let text = read("tests/broken/valid-example.case.ron");
    let mut depth = 1;
    loop {
        let trigger = format!(
            "{}condition(\"rain\"){}",
            "not(".repeat(depth),
            ")".repeat(depth)
        );
        if parse_case(&text.replacen("condition(\"rain\")", &trigger, 1)).is_err() {
            break;
        }
        depth += 1;
    }
    let deepest = depth - 1;
    assert!(deepest >= 20, "{deepest}");
    let trigger = format!(
        "{}consequence(\"x\"){}",
        "not(".repeat(deepest),
        ")".repeat(deepest)
    );
    let dangling = text.replacen("condition(\"rain\")", &trigger, 1);
    let problems = on_small_stack(move || parse_case(&dangling).err().unwrap());
    // The dangling id at the bottom is found and placed: the scanner follows all the way down.
    let expected_column = 22 + 4 * deepest + "consequence(".len();
    assert_eq!(
        problems[0].to_string(),
        format!("22:{expected_column}: unknown consequence `x`; known: park_closed")
    );
}

/// A case with `count` consequences in a chain: each builds on the one before.
fn chain_case(count: usize) -> String {
    let mut text = String::from(
        "(format_version: 1, id: \"chain\", title: (en: \"Chain\", id: \"Rantai\"),\n sentences: [(number: 1, original: \"Satu.\", translation: \"One.\")],\n actors: [(id: \"a\", name: (en: \"A\", id: \"A\"))],\n conditions: [(id: \"c\", label: (en: \"C\", id: \"C\"), description: (en: \"C\", id: \"C\"), evidence: [1])],\n consequences: [\n",
    );
    for i in 1..=count {
        let trigger = if i == 1 {
            "condition(\"c\")".to_owned()
        } else {
            format!("consequence(\"q{}\")", i - 1)
        };
        writeln!(
            text,
            "(id: \"q{i}\", title: (en: \"Q\", id: \"Q\"), actor: \"a\", kind: position, firmness: stated, trigger: {trigger}, evidence: [1]),"
        )
        .unwrap();
    }
    text.push_str("])\n");
    text
}

#[test]
fn a_chain_of_consequences_deeper_than_the_limit_is_refused_where_it_crosses() {
    let problems = parse_case(&chain_case(MAX_TRIGGER_DEPTH + 40))
        .err()
        .unwrap();
    let line = 5 + MAX_TRIGGER_DEPTH + 1;
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "{line}:96: consequence `q257` builds on a chain of consequences 257 levels deep, counting the triggers along the way; Skenario follows up to 256. Let it depend on conditions directly, or shorten the chain"
        )]
    );
}

#[test]
fn a_chain_at_the_limit_evaluates_on_a_small_stack() {
    let (case, _) = parse_case(&chain_case(MAX_TRIGGER_DEPTH)).unwrap();
    let outcomes = on_small_stack(move || {
        let unknown = evaluate(&case, &States::new());
        let yes = evaluate(
            &case,
            &States::from([("c".to_owned(), ConditionState::Yes)]),
        );
        (unknown.outcomes.len(), yes.outcomes.len())
    });
    assert_eq!(outcomes, (MAX_TRIGGER_DEPTH, MAX_TRIGGER_DEPTH));
}

#[test]
fn too_many_items_are_refused_right_after_parsing() {
    let base = read("tests/broken/valid-example.case.ron");
    let mut conditions = String::new();
    // The example has one condition already.
    for i in 0..MAX_ITEMS {
        write!(conditions, "(id: \"c{i}\", label: (en: \"C\", id: \"C\"), description: (en: \"C\", id: \"C\"), evidence: [1]),").unwrap();
    }
    let text = base.replacen("conditions: [", &format!("conditions: [{conditions}"), 1);
    let start = Instant::now();
    let problems = parse_case(&text).err().unwrap();
    assert!(start.elapsed() < TIME_BOUND * 2, "{:?}", start.elapsed());
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["12:17: the case has 10,001 conditions; Skenario opens cases with up to 10,000"]
    );

    let mut sentences = String::new();
    for i in 3..=MAX_SENTENCES + 1 {
        write!(
            sentences,
            "(number: {i}, original: \"S.\", translation: \"S.\"),"
        )
        .unwrap();
    }
    let text = base.replacen(
        "    ],\n    actors",
        &format!("{sentences}\n    ],\n    actors"),
        1,
    );
    let problems = parse_case(&text).err().unwrap();
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["5:16: the case has 100,001 sentences; Skenario opens cases with up to 100,000"]
    );

    // After a million other values (more than the scanner remembers), the list is still placed.
    let evidence = "1,".repeat(1_100_000);
    let mut consequences = String::new();
    for i in 0..MAX_ITEMS {
        write!(consequences, "(id: \"x{i}\", title: (en: \"X\", id: \"X\"), actor: \"city\", kind: position, firmness: stated, trigger: always, evidence: [2]),").unwrap();
    }
    let text = base
        .replacen("evidence: [1]", &format!("evidence: [{evidence}]"), 1)
        .replacen(
            "consequences: [",
            &format!("consequences: [{consequences}"),
            1,
        );
    let problems = parse_case(&text).err().unwrap();
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["15:19: the case has 10,001 consequences; Skenario opens cases with up to 10,000"]
    );

    let mut states = String::new();
    for i in 0..=MAX_ITEMS {
        write!(states, "\"c{i}\": yes,").unwrap();
    }
    let scenario = format!(
        "(\n    format_version: 1,\n    case_id: \"x\",\n    case_fingerprint: \"0\",\n    name: \"Many\",\n    conditions: {{{states}}},\n)\n"
    );
    let problems = parse_scenario(&scenario).err().unwrap();
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "6:17: the scenario has 10,001 condition states; Skenario opens scenarios with up to 10,000"
        ]
    );
}

#[test]
fn a_flood_of_mistakes_is_listed_up_to_a_limit_and_counted() {
    let base = read("tests/broken/valid-example.case.ron");
    let mut consequences = String::new();
    let count = 3 * MAX_LISTED;
    for i in 0..count {
        write!(consequences, "(id: \"x{i}\", title: (en: \"X\", id: \"X\"), actor: \"nobody{i}\", kind: position, firmness: stated, trigger: always, evidence: [2]),").unwrap();
    }
    let text = base.replacen(
        "consequences: [",
        &format!("consequences: [{consequences}"),
        1,
    );
    let start = Instant::now();
    let problems = parse_case(&text).err().unwrap();
    assert!(start.elapsed() < TIME_BOUND);
    assert_eq!(problems.len(), MAX_LISTED + 1);
    assert_eq!(
        problems[0].to_string(),
        "15:65: unknown actor `nobody0`; known: city"
    );
    assert_eq!(
        problems[MAX_LISTED].to_string(),
        "200 more errors like these are not listed; fix these first"
    );
}

// ---------------------------------------------------------------------------------------------
// A scenario whose case changed since it was saved.

struct Lesson {
    dir: tempfile::TempDir,
}

impl Lesson {
    /// A case file and a scenario saved against it, in a fresh folder.
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let case_text = read("tests/broken/valid-rich.case.ron");
        fs::write(dir.path().join("lesson.case.ron"), &case_text).unwrap();
        let (case, _) = parse_case(&case_text).unwrap();
        let mut scenario = Scenario::new(case.case(), "Rain, no heat");
        scenario.case_file = Some("lesson.case.ron".to_owned());
        scenario.set_state("rain", ConditionState::Yes);
        scenario.set_state("heat", ConditionState::No);
        save_scenario(&dir.path().join("lesson.scenario.ron"), &scenario).unwrap();
        Self { dir }
    }

    fn scenario_path(&self) -> PathBuf {
        self.dir.path().join("lesson.scenario.ron")
    }

    fn edit_case(&self, edits: &[(&str, &str)]) {
        let path = self.dir.path().join("lesson.case.ron");
        let mut text = fs::read_to_string(&path).unwrap();
        for (old, new) in edits {
            assert!(text.contains(old), "{old}");
            text = text.replacen(old, new, 1);
        }
        fs::write(&path, text).unwrap();
    }

    fn fingerprint(&self) -> String {
        let text = fs::read_to_string(self.dir.path().join("lesson.case.ron")).unwrap();
        parse_case(&text).unwrap().0.case().fingerprint()
    }
}

const REMOVE_HEAT: [(&str, &str); 3] = [
    (
        "        (id: \"heat\", label: (en: \"It is hot\", id: \"Panas\"), description: (en: \"A heat wave.\", id: \"Gelombang panas.\"), evidence: [4]),\n",
        "",
    ),
    (
        "when: all([condition(\"rain\"), condition(\"heat\")]),",
        "when: condition(\"rain\"),",
    ),
    (
        "(number: 1, original: \"Jika hujan",
        "(number: 1, original: \"Kalau hujan",
    ),
];

#[test]
fn a_fresh_scenario_records_its_evidence_and_opens_without_warnings() {
    let lesson = Lesson::new();
    let text = fs::read_to_string(lesson.scenario_path()).unwrap();
    assert!(
        text.contains("    evidence: {\n        \"park_closed\": \"")
            && text.contains("        \"residents_protest\": \""),
        "{text}"
    );
    assert_eq!(problems_of(&lesson.scenario_path()), Vec::<String>::new());
    let loaded = load_scenario(&lesson.scenario_path()).unwrap();
    assert!(loaded.warnings.is_empty());
    assert_eq!(
        parse_scenario(&text).unwrap().evidence.len(),
        2,
        "one entry per consequence"
    );
}

#[test]
fn drift_names_the_removed_condition_and_the_changed_consequences() {
    let lesson = Lesson::new();
    let saved = load_scenario(&lesson.scenario_path()).unwrap().scenario;
    let old = saved.case_fingerprint.clone().unwrap_or_default();
    lesson.edit_case(&REMOVE_HEAT);
    lesson.edit_case(&[
        // The sentence behind `park_closed` changes.
        (
            "original: \"Kota menutup taman.\"",
            "original: \"Kota menutup taman kota.\"",
        ),
        // `residents_protest` goes; `paths_closed` is new.
        ("id: \"residents_protest\"", "id: \"paths_closed\""),
        (
            "trigger: consequence(\"park_closed\"),\n            evidence: [3]",
            "trigger: consequence(\"park_closed\"),\n            evidence: [2, 3]",
        ),
    ]);
    let new = lesson.fingerprint();
    let expected = [
        format!(
            "5:23: warning: the case's article changed since this scenario was saved (fingerprint {old} is now {new})"
        ),
        "6:15: warning: consequence `paths_closed` is new since this scenario was saved".to_owned(),
        "7:9: warning: the sentences behind consequence `park_closed` changed since this scenario was saved; it now cites sentence 2".to_owned(),
        "8:9: warning: consequence `residents_protest` is no longer in the case".to_owned(),
        "12:9: warning: condition `heat` is no longer in the case; its state (no) is ignored, and saving the scenario drops it".to_owned(),
    ];
    assert_eq!(problems_of(&lesson.scenario_path()), expected);

    // Loading works, with the same warnings; the removed condition is kept, not dropped.
    let loaded = load_scenario(&lesson.scenario_path()).unwrap();
    let warnings: Vec<String> = loaded
        .warnings
        .iter()
        .map(|d| d.problem.to_string())
        .collect();
    assert_eq!(warnings, expected);
    assert_eq!(loaded.scenario.state("heat"), ConditionState::No);

    // Saving stamps the scenario against the case as it is now: no warnings afterwards.
    let mut scenario = loaded.scenario;
    scenario.stamp(loaded.case.case());
    assert_eq!(scenario.state("heat"), ConditionState::Unknown);
    assert_eq!(scenario.state("rain"), ConditionState::Yes);
    assert_eq!(scenario.case_fingerprint, Some(new));
    save_scenario(&lesson.scenario_path(), &scenario).unwrap();
    assert_eq!(problems_of(&lesson.scenario_path()), Vec::<String>::new());
}

#[test]
fn drift_without_changed_evidence_says_so() {
    let lesson = Lesson::new();
    let old = load_scenario(&lesson.scenario_path())
        .unwrap()
        .scenario
        .case_fingerprint
        .unwrap_or_default();
    lesson.edit_case(&[(
        "(number: 1, original: \"Jika hujan",
        "(number: 1, original: \"Kalau hujan",
    )]);
    let new = lesson.fingerprint();
    assert_eq!(
        problems_of(&lesson.scenario_path()),
        [format!(
            "5:23: warning: the case's article changed since this scenario was saved (fingerprint {old} is now {new}); the sentences behind every consequence are unchanged"
        )]
    );
}

#[test]
fn drift_in_a_scenario_without_evidence_is_one_general_warning() {
    let lesson = Lesson::new();
    let mut scenario = load_scenario(&lesson.scenario_path()).unwrap().scenario;
    scenario.evidence.clear();
    save_scenario(&lesson.scenario_path(), &scenario).unwrap();
    let old = scenario.case_fingerprint.clone().unwrap_or_default();
    lesson.edit_case(&REMOVE_HEAT);
    let new = lesson.fingerprint();
    assert_eq!(
        problems_of(&lesson.scenario_path()),
        [
            format!(
                "5:23: warning: the case's article changed since this scenario was saved (fingerprint {old} is now {new}); this scenario does not record which sentences its consequences rested on, so check that the conditions still mean what you meant, then write `case_fingerprint: \"{new}\"` (or save it from the window) so the warning stops"
            ),
            "8:9: warning: condition `heat` is no longer in the case; its state (no) is ignored, and saving the scenario drops it".to_owned(),
        ]
    );
}

#[test]
fn without_drift_an_unknown_condition_is_an_error() {
    let lesson = Lesson::new();
    let path = lesson.scenario_path();
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("\"heat\": no", "\"haet\": no", 1)).unwrap();
    assert_eq!(
        problems_of(&path),
        ["12:9: unknown condition `haet`; did you mean `heat`?"]
    );
    assert!(load_scenario(&path).is_err());
}

#[test]
fn a_changed_consequence_is_named_even_when_the_article_is_the_same() {
    let lesson = Lesson::new();
    lesson.edit_case(&[(
        "trigger: consequence(\"park_closed\"),\n            evidence: [3]",
        "trigger: consequence(\"park_closed\"),\n            evidence: [1, 3]",
    )]);
    assert_eq!(
        problems_of(&lesson.scenario_path()),
        [
            "8:9: warning: the sentences behind consequence `residents_protest` changed since this scenario was saved; it now cites sentences 1 and 3"
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// A scenario's case file: only inside the scenario's folder.

/// Writes a scenario naming `case_file` in `dir` and returns its problems.
fn case_file_problems(dir: &Path, case_file: &str) -> Vec<String> {
    let text = read("tests/broken/valid-example.case.ron");
    let (case, _) = parse_case(&text).unwrap();
    let mut scenario = Scenario::new(case.case(), "Where is the case?");
    scenario.case_file = Some(case_file.to_owned());
    let path = dir.join("where.scenario.ron");
    save_scenario(&path, &scenario).unwrap();
    problems_of(&path)
}

#[test]
fn case_files_inside_the_folder_open() {
    let root = tempfile::tempdir().unwrap();
    let text = read("tests/broken/valid-example.case.ron");
    fs::create_dir(root.path().join("cases")).unwrap();
    fs::write(root.path().join("here.case.ron"), &text).unwrap();
    fs::write(root.path().join("cases/there.case.ron"), &text).unwrap();
    for relative in ["here.case.ron", "./here.case.ron", "cases/there.case.ron"] {
        assert_eq!(
            case_file_problems(root.path(), relative),
            Vec::<String>::new(),
            "{relative}"
        );
    }
}

#[test]
fn case_files_that_leave_the_folder_or_are_not_portable_are_refused() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("lesson");
    fs::create_dir(&folder).unwrap();
    let text = read("tests/broken/valid-example.case.ron");
    fs::write(root.path().join("outside.case.ron"), &text).unwrap();
    let outside = |r: &str| {
        format!(
            "4:16: case_file `{r}` must be a path inside this scenario's folder (no absolute paths, no `..`)"
        )
    };
    let cases: Vec<(&str, String)> = vec![
        ("../outside.case.ron", outside("../outside.case.ron")),
        ("cases/../../outside.case.ron", outside("cases/../../outside.case.ron")),
        ("/etc/passwd", outside("/etc/passwd")),
        ("C:/Users/outside.case.ron", outside("C:/Users/outside.case.ron")),
        ("c:outside.case.ron", outside("c:outside.case.ron")),
        (r"\\?\C:\outside.case.ron", outside(r"\\?\C:\outside.case.ron")),
        (r"\\server\share\x.case.ron", outside(r"\\server\share\x.case.ron")),
        (
            r"cases\x.case.ron",
            r"4:16: case_file `cases\x.case.ron` uses `\`; separate folders with `/` (like `cases/NAME.case.ron`) so that the scenario opens on every system".to_owned(),
        ),
        (
            "cases//x.case.ron",
            "4:16: case_file `cases//x.case.ron` has an empty part (`//`, or a `/` at the start or end); write it like `cases/NAME.case.ron`".to_owned(),
        ),
        (
            "cases/",
            "4:16: case_file `cases/` has an empty part (`//`, or a `/` at the start or end); write it like `cases/NAME.case.ron`".to_owned(),
        ),
        (
            "",
            "4:16: case_file is empty; write the case file's path relative to this scenario, like `NAME.case.ron`".to_owned(),
        ),
        (
            "x.case.ron:stream",
            "4:16: case_file `x.case.ron:stream` contains `:`, which file names cannot hold on every system".to_owned(),
        ),
        (
            "x\u{0}.case.ron",
            "4:16: case_file \"x\\0.case.ron\" contains a control character".to_owned(),
        ),
        (
            "CON",
            "4:16: case_file `CON` names a device (`CON`), not a file".to_owned(),
        ),
        (
            "cases/nul.case.ron",
            "4:16: case_file `cases/nul.case.ron` names a device (`nul.case.ron`), not a file".to_owned(),
        ),
        (
            "com1.ron",
            "4:16: case_file `com1.ron` names a device (`com1.ron`), not a file".to_owned(),
        ),
        (
            "missing.case.ron",
            "4:16: the case file `missing.case.ron` cannot be read: no such file or folder".to_owned(),
        ),
    ];
    for (relative, expected) in cases {
        assert_eq!(
            case_file_problems(&folder, relative),
            [expected],
            "{relative:?}"
        );
    }
    assert_eq!(
        case_file_problems(&folder, "console.case.ron"),
        ["4:16: the case file `console.case.ron` cannot be read: no such file or folder"],
        "a name that merely starts like a device is a file name"
    );
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_folder_are_refused_and_inside_it_followed() {
    use std::os::unix::fs::symlink;
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("lesson");
    fs::create_dir(&folder).unwrap();
    let text = read("tests/broken/valid-example.case.ron");
    fs::write(root.path().join("outside.case.ron"), &text).unwrap();
    fs::write(folder.join("inside.case.ron"), &text).unwrap();
    symlink(
        root.path().join("outside.case.ron"),
        folder.join("link.case.ron"),
    )
    .unwrap();
    symlink(root.path(), folder.join("up")).unwrap();
    symlink(
        folder.join("inside.case.ron"),
        folder.join("alias.case.ron"),
    )
    .unwrap();
    let through_link = |r: &str| {
        format!(
            "4:16: case_file `{r}` leads outside this scenario's folder through a symbolic link; Skenario reads only case files inside the folder"
        )
    };
    assert_eq!(
        case_file_problems(&folder, "link.case.ron"),
        [through_link("link.case.ron")]
    );
    assert_eq!(
        case_file_problems(&folder, "up/outside.case.ron"),
        [through_link("up/outside.case.ron")]
    );
    assert_eq!(
        case_file_problems(&folder, "alias.case.ron"),
        Vec::<String>::new()
    );
}

// ---------------------------------------------------------------------------------------------
// Mutated files: a valid model or an error with a position, never a panic, always fast.

/// Asserts that what the loaders made of some bytes is a model or errors with positions.
fn assert_sound(outcome: &AnyOutcome, what: &str) {
    fn sound(problems: &[Problem], what: &str) {
        assert!(!problems.is_empty(), "{what}: an error without a message");
        for problem in problems.iter().filter(|p| p.is_error()) {
            assert!(
                problem.position.is_some() || problem.message.contains("more errors like these"),
                "{what}: no position for {problem}"
            );
            assert!(!problem.message.is_empty(), "{what}: empty message");
        }
    }
    if let Err(problems) = &outcome.case {
        sound(problems, what);
    }
    if let Err(problems) = &outcome.scenario {
        sound(problems, what);
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Cut(prop::sample::Index),
    Splice {
        from: prop::sample::Index,
        len: usize,
        to: prop::sample::Index,
    },
    Flip {
        at: prop::sample::Index,
        bit: u8,
    },
    Insert {
        at: prop::sample::Index,
        bytes: Vec<u8>,
    },
    Duplicate {
        from: prop::sample::Index,
        len: usize,
    },
}

fn any_mutation() -> impl Strategy<Value = Mutation> {
    let index = any::<prop::sample::Index>;
    prop_oneof![
        index().prop_map(Mutation::Cut),
        (index(), 0_usize..200, index()).prop_map(|(from, len, to)| Mutation::Splice {
            from,
            len,
            to
        }),
        (index(), 0_u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (
            index(),
            prop::collection::vec(
                prop_oneof![
                    any::<u8>(),
                    prop::sample::select(b"()[]{},:\"'#/*\\rnot".to_vec()),
                ],
                1..8
            )
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (index(), 0_usize..400).prop_map(|(from, len)| Mutation::Duplicate { from, len }),
    ]
}

fn mutate(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let at = |index: &prop::sample::Index, len: usize| index.index(len + 1);
    match mutation {
        Mutation::Cut(index) => bytes.truncate(at(index, bytes.len())),
        Mutation::Splice { from, len, to } => {
            let start = at(from, bytes.len());
            let end = (start + len).min(bytes.len());
            let slice = bytes[start..end].to_vec();
            let to = at(to, bytes.len());
            bytes.splice(to..to, slice);
        }
        Mutation::Flip { at: index, bit } => {
            if !bytes.is_empty() {
                let i = index.index(bytes.len());
                bytes[i] ^= 1 << bit;
            }
        }
        Mutation::Insert {
            at: index,
            bytes: new,
        } => {
            let i = at(index, bytes.len());
            bytes.splice(i..i, new.iter().copied());
        }
        Mutation::Duplicate { from, len } => {
            let start = at(from, bytes.len());
            let end = (start + len).min(bytes.len());
            let region = bytes[start..end].to_vec();
            bytes.splice(end..end, region);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn mutated_files_load_or_fail_with_a_position_and_never_panic(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(any_mutation(), 1..5),
    ) {
        let seeds = seeds();
        let (name, original) = &seeds[seed.index(seeds.len())];
        let mut bytes = original.clone();
        for mutation in &mutations {
            mutate(&mut bytes, mutation);
        }
        let start = Instant::now();
        let outcome = parse_any(&bytes);
        assert_sound(&outcome, name);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        fs::write(&path, &bytes).unwrap();
        let diagnostics = check(&path);
        for diagnostic in diagnostics.iter().filter(|d| d.is_error()) {
            prop_assert!(
                diagnostic.problem.position.is_some()
                    || diagnostic.problem.message.contains("more errors like these"),
                "{name}: no position for {diagnostic}"
            );
        }
        let elapsed = start.elapsed();
        prop_assert!(elapsed < TIME_BOUND, "{name} took {elapsed:?}");
    }
}

#[test]
fn every_seed_loads_cleanly_before_it_is_mutated() {
    for (name, bytes) in seeds() {
        let outcome = parse_any(&bytes);
        if name.ends_with(".case.ron") {
            assert!(outcome.case.is_ok(), "{name}: {:?}", outcome.case.err());
        } else {
            assert!(
                outcome.scenario.is_ok(),
                "{name}: {:?}",
                outcome.scenario.err()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The fuzz target's corpus and crashes, and fixtures of old format versions.

/// Every file directly in `folder`, sorted; none when the folder does not exist.
fn files_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn the_fuzz_corpus_and_every_crash_it_found_load_without_panicking() {
    let mut replayed = 0;
    for folder in ["fuzz/corpus/loaders", "fuzz/artifacts/loaders"] {
        for path in files_in(&repo(folder)) {
            let bytes = fs::read(&path).unwrap();
            let start = Instant::now();
            let outcome = parse_any(&bytes);
            assert_sound(&outcome, &path.display().to_string());
            assert!(start.elapsed() < TIME_BOUND, "{}", path.display());
            replayed += 1;
        }
    }
    assert!(replayed >= 5, "the fuzz corpus has {replayed} files");
}

#[test]
fn old_format_fixtures_still_open() {
    // Files written by older format versions live in tests/formats/v{N}/ (see
    // src/core/parse/migrate/mod.rs); each must open without errors in this version.
    for version in 1..=FORMAT_VERSION {
        for path in files_in(&repo(&format!("tests/formats/v{version}"))) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let diagnostics = check(&path);
            assert!(
                !file::has_errors(&diagnostics),
                "{name} (format {version}): {diagnostics:?}"
            );
        }
    }
}

#[test]
fn a_format_1_case_reads_as_the_shipped_one_and_saving_writes_format_2() {
    let old = load_case(&repo("tests/formats/v1/ukraine-reassurance-force.case.ron"))
        .expect("the format-1 case opens");
    assert!(old.warnings.is_empty(), "{:?}", old.warnings);
    let shipped = skenario::core::shipped::case(skenario::core::shipped::DEFAULT_CASE_ID)
        .expect("the shipped case");
    let mut migrated = old.case.case().clone();
    // The only differences: the version it was read in, and the article's file, which the
    // format-1 file could not name.
    assert_eq!(migrated.format_version, FORMAT_VERSION);
    migrated
        .article_file
        .clone_from(&shipped.case().article_file);
    assert_eq!(&migrated, shipped.case());

    let dir = tempfile::tempdir().unwrap();
    let scenario = load_scenario(&repo(
        "tests/formats/v1/ukraine-ceasefire-with-us.scenario.ron",
    ))
    .expect("the format-1 scenario opens");
    let path = dir.path().join("saved.scenario.ron");
    save_scenario(&path, &scenario.scenario).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("format_version: 2,"), "{text}");
    assert_eq!(load_scenario(&path).unwrap().scenario, scenario.scenario);
}
