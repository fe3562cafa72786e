//! Comparing two scenarios: the core diff on the shipped scenarios, and `skenario diff` as a
//! student runs it (text and `--json`, mistakes and mismatched cases).
#![expect(clippy::unwrap_used, reason = "test helpers fail loudly")]

use std::path::Path;
use std::process::{Command, Output};

use skenario::core::diff::{Diff, StatusChange, diff};
use skenario::core::file::load_scenario;
use skenario::core::{ConditionState, Evaluation, Status, ValidCase, evaluate};

const WORLD: &str = "scenarios/ukraine-article-world.scenario.ron";
const WITH_US: &str = "scenarios/ukraine-ceasefire-with-us.scenario.ron";
const REJECTING: &str = "scenarios/ukraine-moscow-keeps-rejecting.scenario.ron";
const BOTH: &str = "scenarios/ukraine-ceasefire-while-moscow-rejects.scenario.ron";

fn evaluated(path: &str) -> (ValidCase, Evaluation) {
    let loaded = load_scenario(&Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    let evaluation = evaluate(&loaded.case, &loaded.scenario.conditions);
    (loaded.case, evaluation)
}

fn between(a: &str, b: &str) -> (ValidCase, Diff) {
    let (case, first) = evaluated(a);
    let (_, second) = evaluated(b);
    (case, diff(&first, &second))
}

fn ids(case: &ValidCase, changes: &[StatusChange]) -> Vec<String> {
    changes
        .iter()
        .map(|c| case.case().consequences[c.consequence.0].id.clone())
        .collect()
}

fn skenario(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skenario"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn from_peace_with_us_backing_to_moscow_rejecting_the_sanctions_appear_and_the_troops_go() {
    let (case, d) = between(WITH_US, REJECTING);
    let conditions: Vec<(&str, ConditionState, ConditionState)> = d
        .conditions
        .iter()
        .map(|c| {
            (
                case.case().conditions[c.condition.0].id.as_str(),
                c.from,
                c.to,
            )
        })
        .collect();
    assert_eq!(
        conditions,
        vec![
            ("ceasefire", ConditionState::Yes, ConditionState::No),
            ("us_joins", ConditionState::Yes, ConditionState::Unknown),
            ("russia_rejects", ConditionState::No, ConditionState::Yes),
        ]
    );
    assert_eq!(ids(&case, &d.appear), ["new_sanctions"]);
    assert_eq!(d.appear[0].from, Status::DoesNotFollow);
    assert_eq!(
        ids(&case, &d.disappear),
        [
            "troop_pledge",
            "reassurance_force",
            "security_guarantees",
            "us_backing"
        ]
    );
    let us_backing = d.disappear.last().unwrap();
    assert_eq!(
        us_backing.to,
        Status::Depends,
        "US backing now hangs on us_joins"
    );
    assert!(d.other_changes.is_empty());
    assert!(d.tensions_appear.is_empty() && d.tensions_disappear.is_empty());
}

#[test]
fn a_combination_the_article_treats_as_alternatives_brings_its_tension() {
    let (case, d) = between(WORLD, BOTH);
    assert_eq!(
        ids(&case, &d.appear),
        [
            "troop_pledge",
            "reassurance_force",
            "security_guarantees",
            "new_sanctions"
        ]
    );
    assert!(d.appear.iter().all(|c| c.from == Status::Depends));
    assert!(d.disappear.is_empty());
    let tensions: Vec<&str> = d
        .tensions_appear
        .iter()
        .map(|&t| case.case().tensions[t.0].id.as_str())
        .collect();
    assert_eq!(tensions, ["deal_while_rejecting"]);

    let (_, back) = between(BOTH, WORLD);
    assert_eq!(back.disappear, {
        let mut swapped = d.appear.clone();
        for change in &mut swapped {
            std::mem::swap(&mut change.from, &mut change.to);
        }
        swapped
    });
    assert_eq!(back.tensions_disappear, d.tensions_appear);
}

#[test]
fn a_change_between_depends_and_does_not_follow_is_neither_appearing_nor_disappearing() {
    let (case, d) = between(WORLD, REJECTING);
    assert_eq!(ids(&case, &d.appear), ["new_sanctions"]);
    assert!(d.disappear.is_empty());
    assert_eq!(
        ids(&case, &d.other_changes),
        ["troop_pledge", "reassurance_force", "security_guarantees"]
    );
    assert!(
        d.other_changes
            .iter()
            .all(|c| c.from == Status::Depends && c.to == Status::DoesNotFollow)
    );
}

#[test]
fn a_scenario_compared_with_itself_has_no_differences() {
    for path in [WORLD, WITH_US, REJECTING, BOTH] {
        let (_, d) = between(path, path);
        assert!(d.is_empty(), "{path}");
        assert_eq!(d, Diff::default());
    }
}

#[test]
fn the_text_names_what_appears_and_disappears_with_firmness_and_quote() {
    let output = skenario(&["diff", WITH_US, REJECTING]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    assert!(text.starts_with(
        "A: scenarios/ukraine-ceasefire-with-us.scenario.ron — Ceasefire with US backing\n\
         B: scenarios/ukraine-moscow-keeps-rejecting.scenario.ron — Moscow keeps rejecting a deal\n\
         case ukraine-reassurance-force\n"
    ));
    assert!(text.contains("CONDITIONS THAT DIFFER (3)\n  ceasefire: yes → no\n  us_joins: yes → unknown\n  russia_rejects: no → yes\n"));
    assert!(text.contains(
        "APPEARS (1): follows in B, not in A\n  new_sanctions — European countries impose new sanctions on Russia, working together with the United States\n    sanction · threatens · A: does not follow → B: follows\n    ¶14 Macron juga menyatakan bahwa negara-negara Eropa akan memberlakukan sanksi baru terhadap Rusia"
    ));
    assert!(text.contains(
        "        Macron also stated that European countries will impose new sanctions on Russia"
    ));
    let disappears = text.find("DISAPPEARS (4): follows in A, not in B").unwrap();
    assert!(text.find("APPEARS (1)").unwrap() < disappears);
    assert!(text.contains(
        "  us_backing — US support for the European-led security guarantees is finalised\n    security guarantee · expected · A: follows → B: depends on us_joins\n    ¶6 Dukungan dari Amerika Serikat"
    ));
    assert!(text.contains("    military commitment · pledged · A: follows → B: does not follow\n    ¶1 Setelah tercapainya"));
    assert!(!text.contains("OTHER CHANGES"));
}

#[test]
fn the_text_flags_a_tension_and_other_changes() {
    let output = skenario(&["diff", REJECTING, BOTH]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains(
        "TENSION IN B, NOT IN A: A peace deal while Moscow keeps rejecting one (deal_while_rejecting)\n"
    ));
    let world = skenario(&["diff", WORLD, REJECTING]);
    let text = stdout(&world);
    assert!(text.contains("OTHER CHANGES (3): follows in neither A nor B\n  troop_pledge — 26 countries send troops to Ukraine\n    military commitment · pledged · A: depends on ceasefire → B: does not follow\n"));

    let same = skenario(&["diff", WITH_US, WITH_US]);
    assert_eq!(same.status.code(), Some(0));
    assert!(stdout(&same).ends_with("\nno differences: A and B give the same result\n"));
}

#[test]
fn json_has_the_documented_shape() {
    let output = skenario(&["diff", WITH_US, REJECTING, "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["case"], "ukraine-reassurance-force");
    assert_eq!(
        json["a"],
        serde_json::json!({"file": WITH_US, "name": "Ceasefire with US backing"})
    );
    assert_eq!(json["b"]["name"], "Moscow keeps rejecting a deal");
    assert_eq!(
        json["conditions"],
        serde_json::json!([
            {"condition": "ceasefire", "from": "yes", "to": "no"},
            {"condition": "us_joins", "from": "yes", "to": "unknown"},
            {"condition": "russia_rejects", "from": "no", "to": "yes"},
        ])
    );
    let appear = json["appear"].as_array().unwrap();
    assert_eq!(appear.len(), 1);
    let sanctions = &appear[0];
    assert_eq!(sanctions["id"], "new_sanctions");
    assert_eq!(sanctions["firmness"], "threatens");
    assert_eq!(sanctions["kind"], "sanction");
    assert_eq!(sanctions["actor"], "european_countries");
    assert_eq!(sanctions["claimant"], "france");
    assert_eq!(sanctions["from"], "does_not_follow");
    assert_eq!(sanctions["to"], "follows");
    assert_eq!(
        sanctions["title"]["id"],
        "Negara-negara Eropa memberlakukan sanksi baru terhadap Rusia, bekerja sama dengan Amerika Serikat"
    );
    assert_eq!(sanctions["evidence"][0]["sentence"], 14);
    assert!(
        sanctions["evidence"][0]["original"]
            .as_str()
            .unwrap()
            .starts_with("Macron juga menyatakan")
    );
    let disappear: Vec<&str> = json["disappear"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        disappear,
        [
            "troop_pledge",
            "reassurance_force",
            "security_guarantees",
            "us_backing"
        ]
    );
    assert_eq!(json["disappear"][3]["to"], "depends");
    assert_eq!(json["other_changes"], serde_json::json!([]));
    assert_eq!(json["tensions_appear"], serde_json::json!([]));
    assert_eq!(json["tensions_disappear"], serde_json::json!([]));

    let case = skenario(&[
        "diff",
        "scenarios/ukraine-reassurance-force.case.ron",
        BOTH,
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&case)).unwrap();
    assert_eq!(json["a"]["name"], serde_json::Value::Null);
    assert_eq!(json["tensions_appear"][0]["id"], "deal_while_rejecting");
    assert_eq!(
        json["tensions_appear"][0]["title"]["en"],
        "A peace deal while Moscow keeps rejecting one"
    );
}

#[test]
fn scenarios_of_different_cases_are_refused_in_one_line() {
    let output = skenario(&["diff", WITH_US, "tests/broken/valid-example.case.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "skenario: scenarios/ukraine-ceasefire-with-us.scenario.ron is for case `ukraine-reassurance-force` but tests/broken/valid-example.case.ron is for case `broken-example`; diff compares two scenarios of the same case\n"
    );
}

#[test]
fn broken_files_are_reported_where_they_break() {
    let output = skenario(&[
        "diff",
        "tests/broken/dangling-condition.case.ron",
        "no/such/file.scenario.ron",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "tests/broken/dangling-condition.case.ron:22:32: unknown condition `rian`; did you mean `rain`?\n\
         no/such/file.scenario.ron: cannot read the file: no such file or folder\n"
    );
}

#[test]
fn a_changed_article_under_one_scenario_is_a_warning_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let edit = |text: String| {
        text.replace(
            "Tujuan utama mereka bukan untuk berperang melawan Rusia.",
            "Tujuan utama mereka bukan untuk berperang.",
        )
    };
    let case = std::fs::read_to_string(root.join("scenarios/ukraine-reassurance-force.case.ron"));
    std::fs::write(dir.path().join("edited.case.ron"), edit(case.unwrap())).unwrap();
    // The case names its article file; the edited case travels with an edited article.
    let article = "articles/ukraine-reassurance-force.txt";
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    let text = std::fs::read_to_string(root.join("scenarios").join(article)).unwrap();
    std::fs::write(dir.path().join(article), edit(text)).unwrap();
    let scenario = std::fs::read_to_string(root.join(REJECTING))
        .unwrap()
        .replace(
            "case_fingerprint:",
            "case_file: \"edited.case.ron\",\n    case_fingerprint:",
        );
    let edited = dir.path().join("edited.scenario.ron");
    std::fs::write(&edited, scenario).unwrap();

    let output = skenario(&["diff", WITH_US, edited.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.lines().any(|line| line.starts_with(
            "skenario: warning: the article of case `ukraine-reassurance-force` differs between"
        )),
        "{err}"
    );
    assert!(stdout(&output).contains("APPEARS (1): follows in B, not in A\n  new_sanctions"));
}
