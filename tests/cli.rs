//! The command line, run as a user runs it: exit codes, output, JSON shape, error lines.
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

mod common;

use common::run::skenario;

use std::path::Path;
use std::process::Output;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

const CASE: &str = "scenarios/ukraine-reassurance-force.case.ron";

#[test]
fn check_accepts_every_shipped_file() {
    let mut args = vec!["check"];
    let files: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"))
            .expect("scenarios/")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ron"))
            .map(|name| format!("scenarios/{name}"))
            .collect();
    assert!(files.len() >= 5, "the case and four scenarios");
    args.extend(files.iter().map(String::as_str));
    let output = skenario(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("all valid"));
}

#[test]
fn every_broken_file_gets_exactly_its_message_and_exit_1() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut checked = 0;
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/broken")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron") && !n.starts_with("valid-"))
        .collect();
    names.sort();
    for name in names {
        let relative = format!("tests/broken/{name}");
        let expected_path = dir.join(name.replace(".ron", ".expected"));
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{relative} needs an .expected file"));
        let output = skenario(&["check", &relative]);
        assert_eq!(output.status.code(), Some(1), "{relative}");
        assert_eq!(stdout(&output), expected, "{relative}");
        for line in expected.lines() {
            assert!(
                line.starts_with(&format!("{relative}:")),
                "path first: {line}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 15, "the broken corpus has {checked} files");
    let valid = skenario(&["check", "tests/broken/valid-example.case.ron"]);
    assert_eq!(valid.status.code(), Some(0));
}

/// Files that work but deserve a look: `check` prints exactly their warnings and exits 0.
#[test]
fn every_file_with_warnings_gets_exactly_them_and_exit_0() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/warnings");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/warnings")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for name in names {
        let relative = format!("tests/warnings/{name}");
        let expected_path = dir.join(name.replace(".ron", ".expected"));
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{relative} needs an .expected file"));
        let output = skenario(&["check", &relative]);
        assert_eq!(output.status.code(), Some(0), "{relative}");
        assert_eq!(stdout(&output), expected, "{relative}");
        for line in expected.lines() {
            assert!(line.contains(": warning: "), "only warnings: {line}");
        }
    }
}

#[test]
fn check_reports_every_bad_file_and_keeps_going() {
    let output = skenario(&[
        "check",
        "tests/broken/cycle.case.ron",
        CASE,
        "no/such/file.case.ron",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains(
        "tests/broken/cycle.case.ron:22:22: consequences depend on each other in a cycle"
    ));
    assert!(out.contains("no/such/file.case.ron: cannot read the file: no such file or folder"));
    assert!(stderr(&output).contains("2 of 3 files have errors"));
}

#[test]
fn eval_json_has_the_documented_shape() {
    let output = skenario(&[
        "eval",
        CASE,
        "--set",
        "ceasefire=yes",
        "--set",
        "russia_rejects=no",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(json["case"], "ukraine-reassurance-force");
    assert_eq!(json["conditions"]["ceasefire"], "yes");
    assert_eq!(json["conditions"]["us_joins"], "unknown");
    assert_eq!(json["conditions"]["russia_rejects"], "no");
    assert_eq!(json["tensions"], serde_json::json!([]));
    let consequences = json["consequences"].as_array().expect("a list");
    let find = |id: &str| {
        consequences
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("{id} listed"))
    };
    let force = find("reassurance_force");
    for key in [
        "id",
        "title",
        "actor",
        "kind",
        "firmness",
        "claimant",
        "status",
        "why",
        "would_follow_if",
        "evidence",
        "objections",
    ] {
        assert!(force.get(key).is_some(), "consequence has `{key}`");
    }
    assert_eq!(force["status"], "follows");
    assert_eq!(force["kind"], "military_commitment");
    assert_eq!(force["firmness"], "pledged");
    assert_eq!(force["claimant"], "france");
    assert_eq!(
        force["why"],
        serde_json::json!([{"condition": "ceasefire", "state": "yes"}])
    );
    assert_eq!(force["evidence"][0]["sentence"], 4);
    assert!(
        force["evidence"][0]["original"]
            .as_str()
            .expect("text")
            .contains("pasukan penenang")
    );
    assert!(
        force["evidence"][0]["translation"]
            .as_str()
            .expect("text")
            .contains("reassurance force")
    );
    assert_eq!(force["objections"][0]["by"], "russia");
    assert_eq!(force["objections"][0]["evidence"][1]["sentence"], 21);

    let us = find("us_backing");
    assert_eq!(us["status"], "depends");
    assert_eq!(us["firmness"], "expected");
    assert_eq!(us["depends_on"], serde_json::json!(["us_joins"]));
    assert_eq!(
        us["would_follow_if"],
        serde_json::json!([[{"condition": "us_joins", "state": "yes"}]])
    );

    let sanctions = find("new_sanctions");
    assert_eq!(sanctions["status"], "does_not_follow");
    assert_eq!(
        sanctions["why"],
        serde_json::json!([{"condition": "russia_rejects", "state": "no"}])
    );
    assert_eq!(sanctions["claimant"], "france");
}

#[test]
fn eval_of_a_scenario_uses_its_states_and_set_overrides_them() {
    let output = skenario(&[
        "eval",
        "scenarios/ukraine-ceasefire-while-moscow-rejects.scenario.ron",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(json["tensions"][0]["id"], "deal_while_rejecting");

    let output = skenario(&[
        "eval",
        "scenarios/ukraine-ceasefire-while-moscow-rejects.scenario.ron",
        "--set",
        "russia_rejects=unknown",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(json["conditions"]["russia_rejects"], "unknown");
    assert_eq!(json["tensions"], serde_json::json!([]));
}

#[test]
fn eval_text_shows_the_sanctions_with_their_quote_and_condition() {
    let output = skenario(&["eval", CASE, "--set", "russia_rejects=yes"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let start = text.find("\n  new_sanctions").expect("the sanctions block");
    let sanctions: String = text[start + 1..]
        .lines()
        .enumerate()
        .take_while(|(i, line)| *i == 0 || line.starts_with("    "))
        .map(|(_, line)| format!("{line}\n"))
        .collect();
    assert!(sanctions.contains("working together with the United States"));
    assert!(sanctions.contains("sanction · threatens"));
    assert!(sanctions.contains("why: russia_rejects = yes"));
    assert!(sanctions.contains(
        "¶14 Macron juga menyatakan bahwa negara-negara Eropa akan memberlakukan sanksi baru"
    ));
    assert!(text.find("FOLLOWS").expect("follows") < text.find("new_sanctions").expect("listed"));
}

#[test]
fn table_lists_all_eight_combinations_and_flags_the_tension() {
    let output = skenario(&["table", CASE]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("yes ") || l.starts_with("no "))
        .collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(
        rows.iter()
            .filter(|r| r.contains("[tension: deal_while_rejecting]"))
            .count(),
        2
    );
    assert!(
        rows[7].ends_with("| —"),
        "all no: only what is reported without condition"
    );

    let fixed = skenario(&["table", CASE, "--set", "ceasefire=no", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&fixed)).expect("valid JSON");
    assert_eq!(json["rows"].as_array().expect("rows").len(), 4);
}

fn assert_one_line_usage_error(args: &[&str], expected: &str) {
    let output = skenario(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(expected), "{err}");
    assert_eq!(stdout(&output), "");
}

#[test]
fn mistakes_on_the_command_line_get_one_line_and_exit_2() {
    assert_one_line_usage_error(&["chek", CASE], "unrecognized subcommand 'chek'");
    assert_one_line_usage_error(&["frobnicate"], "unrecognized subcommand 'frobnicate'");
    assert_one_line_usage_error(
        &["eval", CASE, "--colour"],
        "unexpected argument '--colour'",
    );
    assert_one_line_usage_error(
        &["eval", CASE, "--set", "ceasefire=maybe"],
        "`maybe` is not a condition state",
    );
    assert_one_line_usage_error(
        &["eval", CASE, "--set", "ceasefire"],
        "expected ID=yes|no|unknown",
    );
    assert_one_line_usage_error(
        &["eval", CASE, "--set", "peace=yes"],
        "unknown condition `peace`",
    );
    assert_one_line_usage_error(
        &["table", CASE, "--set", "nope=no"],
        "unknown condition `nope`",
    );
    assert_one_line_usage_error(&["check"], "required arguments were not provided");
    assert_one_line_usage_error(&["diff", CASE], "required arguments were not provided");
    assert_one_line_usage_error(
        &["diff", CASE, CASE, "--colour"],
        "unexpected argument '--colour'",
    );
    assert_one_line_usage_error(&["exprot", CASE], "unrecognized subcommand 'exprot'");
    assert_one_line_usage_error(
        &["export", CASE, "--format", "pdf", "-o", "never-written.pdf"],
        "`pdf` is not a handout format; use md or html",
    );
    assert_one_line_usage_error(
        &["export", CASE, "--format", "md"],
        "required arguments were not provided",
    );
    assert_one_line_usage_error(
        &[
            "export",
            CASE,
            "--format",
            "md",
            "-o",
            "never-written.md",
            "--lang",
            "fr",
        ],
        "`fr` is not a handout language; use en or id",
    );
    assert_one_line_usage_error(
        &[
            "export",
            CASE,
            "--format",
            "md",
            "-o",
            "never-written.md",
            "--walkthrough",
            "nope",
        ],
        "unknown walkthrough `nope`",
    );
    assert_one_line_usage_error(
        &["export", CASE, "--format", "md", "-o", CASE],
        "the handout would replace",
    );
    assert!(
        !Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("never-written.md")
            .exists()
    );
}

#[test]
fn eval_of_a_broken_file_says_where_and_exits_1() {
    let output = skenario(&["eval", "tests/broken/dangling-condition.case.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim(),
        "tests/broken/dangling-condition.case.ron:22:32: unknown condition `rian`; did you mean `rain`?"
    );
}

#[test]
fn help_and_version_exit_0() {
    let help = skenario(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    for command in ["check", "eval", "table"] {
        assert!(stdout(&help).contains(command));
    }
    assert_eq!(skenario(&["--version"]).status.code(), Some(0));
}

#[cfg(not(feature = "gui"))]
#[test]
fn without_the_window_no_arguments_prints_the_usage() {
    let output = skenario(&[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("Usage: skenario"));
}

#[test]
fn help_lists_diff_and_export() {
    let help = skenario(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    for command in ["diff", "export"] {
        assert!(stdout(&help).contains(command), "{command}");
    }
    let export = skenario(&["export", "--help"]);
    assert_eq!(export.status.code(), Some(0));
    for flag in [
        "--format <md|html>",
        "-o, --output <OUT>",
        "--lang <en|id>",
        "--questions",
    ] {
        assert!(stdout(&export).contains(flag), "{flag}");
    }
}

#[test]
fn diff_and_export_work_together_on_the_shipped_scenarios() {
    let output = skenario(&[
        "diff",
        "scenarios/ukraine-article-world.scenario.ron",
        "scenarios/ukraine-ceasefire-with-us.scenario.ron",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("APPEARS (4): follows in B, not in A"));

    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("handout.html");
    let output = skenario(&[
        "export",
        "scenarios/ukraine-ceasefire-with-us.scenario.ron",
        "--format",
        "html",
        "-o",
        out.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    let html = std::fs::read_to_string(&out).expect("the handout");
    assert!(html.contains("Ceasefire with US backing"));
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let output = skenario(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    let said = stdout(&output);
    let commit = said
        .strip_prefix(&format!("skenario {} (commit ", env!("CARGO_PKG_VERSION")))
        .and_then(|rest| rest.strip_suffix(")\n"))
        .unwrap_or_else(|| panic!("unexpected --version: {said}"));
    assert!(
        commit == "unknown" || (commit.len() >= 7 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{commit}"
    );
}

#[cfg(not(windows))]
#[test]
fn registering_file_types_outside_windows_points_to_the_install_script() {
    let output = skenario(&["--register-file-types"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "skenario: cannot register the file types: the registry is Windows'; on Linux run \
         install.sh from the release (scripts/install.sh in a checkout)\n"
    );
}
