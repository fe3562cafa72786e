//! Conditions that depend on each other: a condition that applies only when another holds,
//! and conditions of which at most one can be yes. Evaluation, explanations, the truth table
//! and the command line all treat them the same way.
#![expect(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

mod common;

use std::path::Path;
use std::process::Command;

use skenario::core::eval::ConditionLock;
use skenario::core::load::parse_case;
use skenario::core::table::TruthTable;
use skenario::core::{ConditionIx, ConditionState, Setting, States, Status, ValidCase, evaluate};

fn election() -> ValidCase {
    match parse_case(common::ELECTION) {
        Ok((case, warnings)) => {
            assert!(warnings.is_empty(), "{warnings:?}");
            case
        }
        Err(problems) => panic!("the election case is valid: {problems:?}"),
    }
}

fn states(pairs: &[(&str, ConditionState)]) -> States {
    pairs.iter().map(|(id, s)| ((*id).to_owned(), *s)).collect()
}

fn status(case: &ValidCase, states: &States, id: &str) -> Status {
    let index = case.consequence_index(id).expect("a consequence");
    evaluate(case, states).outcomes[index.0].status
}

use ConditionState::{No, Unknown, Yes};

#[test]
fn a_condition_that_does_not_apply_counts_as_no_and_is_locked() {
    let case = election();
    // No runoff: the challenger cannot run in it, whatever is stated.
    let stated = states(&[("runoff", No), ("challenger_runs", Yes)]);
    assert_eq!(
        status(&case, &stated, "two_way_race"),
        Status::DoesNotFollow
    );
    let evaluation = evaluate(&case, &stated);
    assert_eq!(
        evaluation.lock(ConditionIx(2)),
        Some(ConditionLock::NotApplicable)
    );
    // A runoff: now it counts.
    let stated = states(&[("runoff", Yes), ("challenger_runs", Yes)]);
    assert_eq!(status(&case, &stated, "two_way_race"), Status::Follows);
    assert_eq!(evaluate(&case, &stated).lock(ConditionIx(2)), None);
    // Unknown whether a runoff is held: it depends on that too.
    let stated = states(&[("challenger_runs", Yes)]);
    let outcome = &evaluate(&case, &stated).outcomes[1];
    assert_eq!(outcome.status, Status::Depends);
    assert_eq!(outcome.depends_on, vec![ConditionIx(1)]);
}

#[test]
fn an_exclusive_partner_that_is_yes_makes_the_other_no() {
    let case = election();
    let stated = states(&[("runoff", Yes)]);
    assert_eq!(status(&case, &stated, "sworn_in"), Status::DoesNotFollow);
    assert_eq!(
        evaluate(&case, &stated).lock(ConditionIx(0)),
        Some(ConditionLock::ExcludedBy(ConditionIx(1)))
    );
    // Nothing known: the winner may yet be sworn in.
    assert_eq!(status(&case, &States::new(), "sworn_in"), Status::Depends);
}

#[test]
fn what_would_have_to_change_never_breaks_the_rules() {
    let case = election();
    // With a runoff stated, "sworn in" needs an outright winner — and so no runoff.
    let stated = states(&[("runoff", Yes)]);
    let index = case.consequence_index("sworn_in").expect("sworn_in");
    let outcome = &evaluate(&case, &stated).outcomes[index.0];
    let setting = |condition: usize, state| Setting {
        condition: ConditionIx(condition),
        state,
    };
    assert_eq!(
        outcome.would_follow_if,
        vec![vec![setting(0, Yes), setting(1, No)]]
    );
    // The two-way race needs the runoff and the challenger, with no outright winner.
    let race = &evaluate(&case, &states(&[("outright", Yes)])).outcomes[1];
    assert_eq!(
        race.would_follow_if,
        vec![vec![setting(0, No), setting(1, Yes), setting(2, Yes)]]
    );
}

#[test]
fn the_truth_table_leaves_impossible_combinations_out_and_counts_them() {
    let case = election();
    let table = TruthTable::new(&case, &States::new()).expect("three open conditions");
    // Of 8 combinations: both yes is impossible (2 rows), and the challenger "yes" without
    // a runoff duplicates "no" (2 more rows).
    assert_eq!(table.len(), 4);
    assert_eq!(table.left_out(), 4);
    let rows: Vec<_> = table.rows().collect();
    assert_eq!(rows.len(), 4);
    for (index, row) in rows.iter().enumerate() {
        assert_eq!(*row, table.row(index), "row {index}");
        assert!(!(row.states[0] == Yes && row.states[1] == Yes));
        assert_eq!(row.applies[2], row.states[1] == Yes, "{row:?}");
    }
    let fixed = TruthTable::new(&case, &states(&[("runoff", Yes)])).expect("two open");
    assert_eq!((fixed.len(), fixed.left_out()), (2, 2));
    // Without rules nothing is left out.
    let shipped = skenario::core::shipped::case(skenario::core::shipped::DEFAULT_CASE_ID)
        .expect("the shipped case");
    assert_eq!(
        TruthTable::new(&shipped, &States::new())
            .expect("table")
            .left_out(),
        0
    );
}

#[test]
fn unknown_stays_unknown_while_the_partner_is_unknown() {
    let case = election();
    let evaluation = evaluate(&case, &states(&[("outright", Unknown)]));
    assert!(evaluation.locks.iter().all(Option::is_none));
}

fn skenario(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_skenario"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("skenario runs")
}

#[test]
fn the_command_line_refuses_both_exclusive_conditions_and_marks_the_locked_ones() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("election.case.ron");
    std::fs::write(&path, common::ELECTION).expect("written");
    let file = path.to_str().expect("a UTF-8 path");
    let both = skenario(&["eval", file, "--set", "outright=yes", "--set", "runoff=yes"]);
    assert_eq!(both.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&both.stderr),
        "skenario: conditions `outright` and `runoff` exclude each other: at most one of them can be yes\n"
    );
    let runoff = skenario(&["eval", file, "--set", "runoff=yes", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&runoff.stdout).expect("JSON");
    assert_eq!(json["excluded"]["outright"], "runoff");
    let no_runoff = skenario(&["eval", file, "--set", "runoff=no", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&no_runoff.stdout).expect("JSON");
    assert_eq!(json["not_applicable"][0], "challenger_runs");
    let table = skenario(&["table", file]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("left out: 4 combinations"), "{text}");
    assert_eq!(
        text.matches(" | ").count(),
        5,
        "a header and four rows:\n{text}"
    );
    let eval = skenario(&["eval", file]);
    let text = String::from_utf8_lossy(&eval.stdout);
    assert!(text.contains("legal challenge · considers"), "{text}");
    assert!(Path::new(file).exists());
}

#[test]
fn handouts_say_which_conditions_do_not_apply_and_which_are_ruled_out() {
    use skenario::core::{Lang, Scenario};
    use skenario::handout::{self, HandoutOptions};
    let case = election();
    let mut scenario = Scenario::new(case.case(), "An outright result");
    scenario.conditions = states(&[("outright", Yes)]);
    let english = HandoutOptions {
        lang: Lang::En,
        questions: None,
        ..HandoutOptions::default()
    };
    let text = handout::markdown(&case, &scenario, &english);
    assert!(
        text.contains("- An outright winner is declared: **yes**\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "- A runoff is held: **no (ruled out)** — “An outright winner is declared” is yes, and at most one of them can be yes\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "- The challenger runs in the runoff: **does not apply** — only when A runoff is held = yes\n"
        ),
        "{text}"
    );
    let indonesian = HandoutOptions {
        lang: Lang::Id,
        questions: None,
        ..HandoutOptions::default()
    };
    let html = handout::html(&case, &scenario, &indonesian);
    assert!(
        html.contains(
            "Penantang ikut putaran kedua: <span class=\"state state-locked\">tidak berlaku</span> <span class=\"lock\">— hanya jika Putaran kedua digelar = ya</span>"
        ),
        "{html}"
    );
}
