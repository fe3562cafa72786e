//! The shipped election case (Marrenia, a fictional country) against its article: quotes are
//! verbatim, every sentence is accounted for, firmness, kind and claimant match the wording,
//! an outright winner and a runoff exclude each other, Dr. Senn's taking part applies only if
//! a runoff is held, every possible combination gives what the article says, and the shipped
//! scenarios load against it.
#![expect(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

use std::path::Path;
use std::process::{Command, Output};

use skenario::core::eval::ConditionLock;
use skenario::core::file::load_scenario;
use skenario::core::load::parse_case;
use skenario::core::shipped;
use skenario::core::split::{normalize_whitespace, split_sentences};
use skenario::core::table::TruthTable;
use skenario::core::walkthrough::states_at;
use skenario::core::{
    ConditionIx, ConditionState, Firmness, Kind, SentenceNo, States, Status, ValidCase, evaluate,
};

use ConditionState::{No, Unknown, Yes};

const CASE_ID: &str = "marrenia-election";
const CASE_FILE: &str = "scenarios/marrenia-election.case.ron";
const OUTRIGHT_SCENARIO: &str = "scenarios/marrenia-outright-without-recount.scenario.ron";
const RECOUNT_SCENARIO: &str = "scenarios/marrenia-recount-ordered.scenario.ron";
const RUNOFF_SCENARIO: &str = "scenarios/marrenia-runoff-without-senn.scenario.ron";

/// The conditions, in the case's order.
const CONDITIONS: [&str; 4] = ["outright", "runoff", "senn_runs", "recount"];

fn case() -> ValidCase {
    shipped::case(CASE_ID).expect("the election case is shipped and valid")
}

/// The article as it is built into the program.
fn article() -> &'static str {
    shipped::CASES
        .iter()
        .find(|shipped| shipped.file.file_name == "marrenia-election.case.ron")
        .expect("the election case is registered")
        .article
}

fn states(pairs: &[(&str, ConditionState)]) -> States {
    pairs.iter().map(|(id, s)| ((*id).to_owned(), *s)).collect()
}

fn status(case: &ValidCase, states: &States, consequence_id: &str) -> Status {
    let index = case
        .consequence_index(consequence_id)
        .unwrap_or_else(|| panic!("consequence {consequence_id}"));
    evaluate(case, states).outcomes[index.0].status
}

fn condition(case: &ValidCase, condition_id: &str) -> ConditionIx {
    case.condition_index(condition_id)
        .unwrap_or_else(|| panic!("condition {condition_id}"))
}

fn skenario(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skenario"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("skenario runs")
}

fn json(output: &Output) -> serde_json::Value {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

// ---------------------------------------------------------------------------------------------
// The article and its sentences.

#[test]
fn the_case_is_its_article_word_for_word_and_nothing_is_left_out() {
    let case = case();
    assert_eq!(
        skenario::core::verbatim::first_difference(case.case(), article()),
        None
    );
    // The same, by hand: the sentences joined are the article with its white space made single.
    let whole = normalize_whitespace(article()).trim().to_owned();
    let mut rebuilt = Vec::new();
    for sentence in &case.case().sentences {
        assert!(
            whole.contains(&sentence.original),
            "sentence {} is not verbatim in the article: {}",
            sentence.number,
            sentence.original
        );
        rebuilt.push(sentence.original.as_str());
    }
    assert_eq!(rebuilt.join(" "), whole);
}

#[test]
fn the_splitter_finds_exactly_the_cases_sentences_and_headings() {
    // What `skenario new` started the case from: titles (Mr., Dr., Ms.), decimals (50.3) and
    // a time (10.30 p.m.) do not end a sentence; the headline and two subheadings are headings.
    let article = article();
    let pieces: Vec<(String, bool)> = split_sentences(article)
        .iter()
        .map(|piece| (piece.text(article).into_owned(), piece.heading))
        .collect();
    let sentences: Vec<(String, bool)> = case()
        .case()
        .sentences
        .iter()
        .map(|s| (s.original.clone(), s.heading))
        .collect();
    assert_eq!(pieces, sentences);
    let headings: Vec<u32> = case()
        .case()
        .sentences
        .iter()
        .filter(|s| s.heading)
        .map(|s| s.number.get())
        .collect();
    assert_eq!(headings, [1, 10, 24]);
    assert_eq!(sentences.len(), 29);
}

#[test]
fn the_source_is_described_honestly_and_nothing_is_invented() {
    let case = case();
    let model = case.case();
    assert_eq!(model.language, "en");
    let source = &model.source;
    assert_eq!(
        (&source.outlet, &source.author, &source.date, &source.url),
        (&None, &None, &None, &None),
        "a sample article has no outlet, author, date or address"
    );
    assert_eq!(source.licence.as_deref(), Some("MIT OR Apache-2.0"));
    assert!(
        source
            .credit
            .as_deref()
            .is_some_and(|credit| credit.contains("written for Skenario"))
    );
    let about = model.about.exact("en").expect("an English line about it");
    assert!(about.contains("fictional country"), "{about}");
    assert!(about.contains("no real events"), "{about}");
    assert!(
        model
            .about
            .exact("id")
            .is_some_and(|id| id.contains("rekaan")),
        "the Indonesian line says it is invented too"
    );
    // The article is English: no sentence carries a translation.
    assert!(model.sentences.iter().all(|s| s.translations.is_empty()));
}

#[test]
fn the_case_has_no_warnings_so_every_text_is_in_both_window_languages() {
    let shipped = shipped::CASES
        .iter()
        .find(|shipped| shipped.file.file_name == "marrenia-election.case.ron")
        .expect("registered");
    let (_, warnings) = parse_case(shipped.file.text).expect("valid");
    assert!(warnings.is_empty(), "{warnings:?}");
    let check = skenario(&["check", CASE_FILE]);
    assert_eq!(check.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&check.stdout), "", "no warnings");
}

#[test]
fn every_sentence_is_evidence_for_something_or_marked_as_context() {
    let case = case();
    let model = case.case();
    let cited: Vec<u32> = model
        .conditions
        .iter()
        .flat_map(|c| c.evidence.clone())
        .chain(model.consequences.iter().flat_map(|c| c.evidence.clone()))
        .chain(model.objections.iter().flat_map(|o| o.evidence.clone()))
        .chain(model.tensions.iter().flat_map(|t| t.evidence.clone()))
        .map(SentenceNo::get)
        .collect();
    let context: Vec<u32> = model
        .sentences
        .iter()
        .filter(|s| s.context)
        .map(|s| s.number.get())
        .collect();
    // The headline and the two subheadings, Dr. Senn's rally (the scene for ¶15–16), Mr.
    // Korvec's silence, and the results still to come from abroad.
    assert_eq!(context, vec![1, 10, 14, 22, 24, 29]);
    for sentence in &model.sentences {
        assert!(
            sentence.context != cited.contains(&sentence.number.get()),
            "sentence {} must be cited or context, not both or neither",
            sentence.number
        );
    }
}

// ---------------------------------------------------------------------------------------------
// What each consequence says, and how firmly.

#[test]
fn firmness_kind_and_claimant_match_the_wording() {
    let case = case();
    let model = case.case();
    let custom = |id: &str| Kind::Custom(id.to_owned());
    let expect = |id: &str, kind: Kind, firmness: Firmness, claimant: Option<&str>, quote: &str| {
        let c = model
            .consequence(id)
            .unwrap_or_else(|| panic!("consequence {id}"));
        assert_eq!((c.kind.clone(), c.firmness), (kind, firmness), "{id}");
        assert_eq!(c.claimant.as_deref(), claimant, "{id}");
        let evidence: String = c
            .evidence
            .iter()
            .map(|&n| model.sentence(n).expect("cited sentence").original.clone())
            .collect();
        assert!(
            evidence.contains(quote),
            "{id}: its evidence should say {quote:?}"
        );
    };
    use Firmness::{Considers, Expected, Pledged, Rejects, Stated, Threatens};
    expect(
        "final_result_thursday",
        custom("electoral_step"),
        Stated,
        Some("blanck"),
        "will announce the final result on Thursday",
    );
    expect(
        "recount_holds_result",
        custom("recount"),
        Stated,
        Some("blanck"),
        "will not publish a final result until it is finished",
    );
    expect(
        "observers_watch_recount",
        custom("observation"),
        Pledged,
        Some("ilvo"),
        "we will be there for every stage of it",
    );
    expect(
        "court_challenge",
        custom("legal_challenge"),
        Threatens,
        Some("dosti"),
        "we will challenge the result before the Constitutional Court",
    );
    expect(
        "street_protests",
        custom("protest"),
        Considers,
        Some("senn"),
        "had not ruled out calling her supporters into the streets",
    );
    expect(
        "rallies_dispersed",
        custom("police_action"),
        Threatens,
        Some("dask"),
        "warned that the police would disperse any rally",
    );
    expect(
        "korvec_sworn_in",
        custom("electoral_step"),
        Expected,
        Some("reyl"),
        "the president expects to be sworn in",
    );
    expect(
        "runoff_on_march_15",
        custom("electoral_step"),
        Stated,
        Some("blanck"),
        "it will be held on March 15",
    );
    expect(
        "observers_extend_stay",
        custom("observation"),
        Considers,
        Some("ilvo"),
        "the mission may extend its stay",
    );
    expect(
        "ulm_right_to_run",
        custom("electoral_step"),
        Stated,
        None,
        "the electoral law gives the third-placed candidate",
    );
    expect(
        "ulm_takes_place",
        custom("electoral_step"),
        Considers,
        Some("ulm"),
        "he might take up a place in the runoff",
    );
    expect(
        "senn_accepts_result",
        Kind::Position,
        Pledged,
        Some("senn"),
        "She promised that if she does run, she will accept",
    );
    expect(
        "unity_rejects_claims",
        Kind::Position,
        Rejects,
        Some("reyl"),
        "rejected the Civic Front's account",
    );
    expect(
        "observers_assessment",
        Kind::Position,
        Stated,
        Some("observers"),
        "\"orderly in most places\"",
    );
    assert_eq!(model.consequences.len(), 14, "every consequence is checked");
}

#[test]
fn the_kinds_the_case_declares_have_names_in_both_languages() {
    let case = case();
    let model = case.case();
    let kinds: Vec<(&str, &str, &str)> = model
        .kinds
        .iter()
        .map(|kind| {
            (
                kind.id.as_str(),
                kind.label.exact("en").expect("English"),
                kind.label.exact("id").expect("Indonesian"),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("electoral_step", "electoral step", "tahapan pemilu"),
            ("legal_challenge", "legal challenge", "gugatan hukum"),
            ("recount", "recount", "penghitungan ulang"),
            ("protest", "protest", "unjuk rasa"),
            ("police_action", "police action", "tindakan polisi"),
            ("observation", "election observation", "pemantauan pemilu"),
        ]
    );
    let eval = skenario(&["eval", CASE_FILE]);
    let text = String::from_utf8_lossy(&eval.stdout);
    assert!(text.contains("legal challenge · threatens"), "{text}");
    assert!(text.contains("protest · considers"), "{text}");
}

#[test]
fn the_unity_partys_objection_contests_the_challenge_without_cancelling_it() {
    let case = case();
    let model = case.case();
    let objection = model
        .objections
        .iter()
        .find(|o| o.id == "snow_not_tampering")
        .expect("the objection");
    assert_eq!(
        (objection.by.as_str(), objection.claimant.as_deref()),
        ("unity_party", Some("reyl"))
    );
    assert_eq!(objection.contests, ["court_challenge", "street_protests"]);
    let quote = &model.sentence(SentenceNo(20)).expect("¶20").original;
    assert!(quote.contains("not because anyone tampered with them"));
    let stated = states(&[("outright", Yes), ("recount", No)]);
    assert_eq!(status(&case, &stated, "court_challenge"), Status::Follows);
    assert_eq!(status(&case, &stated, "street_protests"), Status::Follows);
}

// ---------------------------------------------------------------------------------------------
// The rules among the conditions.

#[test]
fn a_runoff_excludes_an_outright_winner_and_the_other_way_round() {
    let case = case();
    let outright = condition(&case, "outright");
    let runoff = condition(&case, "runoff");
    let with_runoff = states(&[("runoff", Yes)]);
    let evaluation = evaluate(&case, &with_runoff);
    assert_eq!(
        evaluation.lock(outright),
        Some(ConditionLock::ExcludedBy(runoff))
    );
    assert_eq!(
        status(&case, &with_runoff, "korvec_sworn_in"),
        Status::DoesNotFollow,
        "no swearing-in on April 1 when there is a runoff"
    );
    let with_winner = states(&[("outright", Yes)]);
    assert_eq!(
        evaluate(&case, &with_winner).lock(runoff),
        Some(ConditionLock::ExcludedBy(outright))
    );
    assert_eq!(
        status(&case, &with_winner, "runoff_on_march_15"),
        Status::DoesNotFollow
    );
    // With both open, each still depends.
    assert_eq!(
        status(&case, &States::new(), "korvec_sworn_in"),
        Status::Depends
    );
    assert!(
        evaluate(&case, &States::new())
            .locks
            .iter()
            .all(Option::is_none)
    );
}

#[test]
fn dr_senns_taking_part_applies_only_if_a_runoff_is_held() {
    let case = case();
    let senn_runs = condition(&case, "senn_runs");
    let runoff = condition(&case, "runoff");
    // No runoff: her taking part does not apply and counts as no, whatever it is set to.
    let no_runoff = states(&[("runoff", No), ("senn_runs", Yes)]);
    assert_eq!(
        evaluate(&case, &no_runoff).lock(senn_runs),
        Some(ConditionLock::NotApplicable)
    );
    assert_eq!(
        status(&case, &no_runoff, "senn_accepts_result"),
        Status::DoesNotFollow
    );
    assert_eq!(
        status(&case, &no_runoff, "ulm_right_to_run"),
        Status::DoesNotFollow,
        "without a runoff there is no place for Mr. Ulm to take"
    );
    // An outright winner rules out the runoff, and so her taking part, too.
    let outright = states(&[("outright", Yes), ("senn_runs", Yes)]);
    assert_eq!(
        evaluate(&case, &outright).lock(senn_runs),
        Some(ConditionLock::NotApplicable)
    );
    // A runoff: it counts.
    let runs = states(&[("runoff", Yes), ("senn_runs", Yes)]);
    assert_eq!(evaluate(&case, &runs).lock(senn_runs), None);
    assert_eq!(status(&case, &runs, "senn_accepts_result"), Status::Follows);
    assert_eq!(
        status(&case, &runs, "ulm_right_to_run"),
        Status::DoesNotFollow
    );
    // Runoff open: her promise depends on the runoff as well as on her.
    let open = states(&[("senn_runs", Yes)]);
    let index = case
        .consequence_index("senn_accepts_result")
        .expect("senn_accepts_result");
    let outcome = &evaluate(&case, &open).outcomes[index.0];
    assert_eq!(outcome.status, Status::Depends);
    assert_eq!(outcome.depends_on, vec![runoff]);
}

#[test]
fn the_truth_table_leaves_out_impossible_rows_and_says_how_many() {
    let case = case();
    let table = TruthTable::new(&case, &States::new()).expect("four open conditions");
    // Of 16 yes/no combinations, 4 have both an outright winner and a runoff, and 4 more
    // have Dr. Senn running where no runoff is held (the same as her not running).
    assert_eq!((table.len(), table.left_out()), (8, 8));
    let senn_runs = condition(&case, "senn_runs").0;
    let tension_rows = table.rows().filter(|row| !row.tensions.is_empty()).count();
    assert_eq!(
        tension_rows, 2,
        "neither outcome, with or without a recount"
    );
    for row in table.rows() {
        let [outright, runoff, _, _] = [0, 1, 2, 3].map(|c| row.states[c]);
        assert!(!(outright == Yes && runoff == Yes), "{row:?}");
        assert_eq!(row.applies[senn_runs], runoff == Yes, "{row:?}");
        assert_eq!(
            !row.tensions.is_empty(),
            outright == No && runoff == No,
            "{row:?}"
        );
    }
    let fixed = TruthTable::new(&case, &states(&[("runoff", Yes)])).expect("three open");
    assert_eq!((fixed.len(), fixed.left_out()), (4, 4));

    let output = skenario(&["table", CASE_FILE]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("left out: 8 combinations"), "{text}");
    assert_eq!(
        text.matches(" | ").count(),
        9,
        "a header and eight rows:\n{text}"
    );
}

#[test]
fn the_command_line_refuses_an_outright_winner_and_a_runoff_at_once() {
    let both = skenario(&[
        "eval",
        CASE_FILE,
        "--set",
        "outright=yes",
        "--set",
        "runoff=yes",
    ]);
    assert_eq!(both.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&both.stderr),
        "skenario: conditions `outright` and `runoff` exclude each other: at most one of them can be yes\n"
    );
}

/// A condition as the rules leave it, in Kleene logic: `None` is unknown.
type Truth = Option<bool>;

fn and(a: Truth, b: Truth) -> Truth {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

fn not(a: Truth) -> Truth {
    a.map(|value| !value)
}

fn truth(state: ConditionState) -> Truth {
    match state {
        Yes => Some(true),
        No => Some(false),
        Unknown => None,
    }
}

/// The conditions as the article's rules leave them: a runoff makes an outright winner left
/// open count as no (and the other way round); Dr. Senn can only take part in a runoff.
struct Resolved {
    outright: Truth,
    runoff: Truth,
    senn_runs: Truth,
    recount: Truth,
}

impl Resolved {
    fn new([outright, runoff, senn_runs, recount]: [ConditionState; 4]) -> Self {
        let excluded = |own: ConditionState, partner: ConditionState| {
            if own == Unknown && partner == Yes {
                Some(false)
            } else {
                truth(own)
            }
        };
        let runoff_resolved = excluded(runoff, outright);
        Self {
            outright: excluded(outright, runoff),
            runoff: runoff_resolved,
            senn_runs: and(runoff_resolved, truth(senn_runs)),
            recount: truth(recount),
        }
    }
}

/// When a consequence follows, from the conditions as the rules leave them.
type Rule = fn(&Resolved) -> Truth;

/// What the article says, consequence by consequence, with the words that say so.
const EXPECTATIONS: &[(&str, Rule, &str)] = &[
    // ¶7, ¶12: Thursday, unless a recount holds the result back.
    ("final_result_thursday", |r| not(r.recount), "no recount"),
    // ¶12 "If the court orders a recount, the commission will not publish…"
    ("recount_holds_result", |r| r.recount, "a recount"),
    // ¶27 "If the court orders a recount, we will be there…"
    ("observers_watch_recount", |r| r.recount, "a recount"),
    // ¶13 "If the commission declares an outright winner before those ballots are counted again"
    (
        "court_challenge",
        |r| and(r.outright, not(r.recount)),
        "an outright winner, no recount",
    ),
    // ¶15 "if Mr. Korvec is declared the winner outright"
    ("street_protests", |r| r.outright, "an outright winner"),
    // ¶23 a warning given now.
    ("rallies_dispersed", |_| Some(true), "reported"),
    // ¶21 "once the commission confirms his majority"
    ("korvec_sworn_in", |r| r.outright, "an outright winner"),
    // ¶8 "if a runoff is needed, it will be held on March 15"
    ("runoff_on_march_15", |r| r.runoff, "a runoff"),
    // ¶26 "may extend its stay if a runoff is held"
    ("observers_extend_stay", |r| r.runoff, "a runoff"),
    // ¶9 "Should either of them withdraw…"
    (
        "ulm_right_to_run",
        |r| and(r.runoff, not(r.senn_runs)),
        "a runoff without Dr. Senn",
    ),
    // ¶28 "if it fell to him"
    (
        "ulm_takes_place",
        |r| and(r.runoff, not(r.senn_runs)),
        "the place falls to him",
    ),
    // ¶18 "if she does run, she will accept the runoff's result"
    ("senn_accepts_result", |r| r.senn_runs, "she runs"),
    // ¶19–20 the Unity Party's rejection.
    ("unity_rejects_claims", |_| Some(true), "reported"),
    // ¶25 the observers' assessment.
    ("observers_assessment", |_| Some(true), "reported"),
];

#[test]
fn every_possible_combination_gives_what_the_article_says() {
    let case = case();
    let ids: Vec<&str> = case
        .case()
        .conditions
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, CONDITIONS);
    assert_eq!(case.case().consequences.len(), EXPECTATIONS.len());
    let mut evaluated = 0;
    for a in ConditionState::ALL {
        for b in ConditionState::ALL {
            for c in ConditionState::ALL {
                for d in ConditionState::ALL {
                    let combination = [a, b, c, d];
                    if a == Yes && b == Yes {
                        continue; // refused where it is made; see the test above
                    }
                    evaluated += 1;
                    let stated: States = CONDITIONS
                        .iter()
                        .zip(combination)
                        .map(|(id, s)| ((*id).to_owned(), s))
                        .collect();
                    let resolved = Resolved::new(combination);
                    let evaluation = evaluate(&case, &stated);
                    for (id, rule, why) in EXPECTATIONS {
                        let expected = match rule(&resolved) {
                            Some(true) => Status::Follows,
                            Some(false) => Status::DoesNotFollow,
                            None => Status::Depends,
                        };
                        let index = case.consequence_index(id).expect("consequence");
                        let outcome = &evaluation.outcomes[index.0];
                        assert_eq!(outcome.status, expected, "{id} ({why}) under {stated:?}");
                        if expected == Status::Depends {
                            assert!(!outcome.depends_on.is_empty(), "{id} under {stated:?}");
                            for on in &outcome.depends_on {
                                assert_eq!(
                                    combination[on.0], Unknown,
                                    "{id} depends only on what is unknown, under {stated:?}"
                                );
                            }
                        }
                    }
                    // ¶4: an outright winner or a runoff; neither is a tension.
                    let neither = and(not(resolved.outright), not(resolved.runoff));
                    assert_eq!(
                        !evaluation.tensions.is_empty(),
                        neither == Some(true),
                        "tension under {stated:?}"
                    );
                }
            }
        }
    }
    assert_eq!(evaluated, 81 - 9);
}

// ---------------------------------------------------------------------------------------------
// The walkthrough and the scenarios.

#[test]
fn no_walkthrough_step_sets_an_outright_winner_and_a_runoff_at_once() {
    let case = case();
    let walkthrough = case.case().walkthroughs.first().expect("a walkthrough");
    assert!(walkthrough.steps.len() >= 5);
    for step in 0..walkthrough.steps.len() {
        let at = states_at(walkthrough, step);
        let yes = |id: &str| at.get(id) == Some(&Yes);
        assert!(!(yes("outright") && yes("runoff")), "step {}", step + 1);
        let question = walkthrough.steps[step].question.as_ref();
        assert!(
            question.is_none_or(|q| q.exact("en").is_some() && q.exact("id").is_some()),
            "step {} asks in both languages",
            step + 1
        );
    }
    // What the answers say: the recount takes away Ms. Dosti's challenge (step 4), the promise
    // goes with the runoff (step 8), and neither outcome is a tension (step 9).
    let step = |n: usize| states_at(walkthrough, n - 1);
    assert_eq!(
        status(&case, &step(4), "court_challenge"),
        Status::DoesNotFollow
    );
    assert_eq!(
        status(&case, &step(4), "recount_holds_result"),
        Status::Follows
    );
    assert_eq!(
        status(&case, &step(5), "korvec_sworn_in"),
        Status::DoesNotFollow
    );
    assert_eq!(status(&case, &step(6), "ulm_takes_place"), Status::Follows);
    assert_eq!(
        status(&case, &step(7), "senn_accepts_result"),
        Status::Follows
    );
    assert_eq!(
        status(&case, &step(8), "senn_accepts_result"),
        Status::DoesNotFollow
    );
    assert!(!evaluate(&case, &step(9)).tensions.is_empty());
    assert!(evaluate(&case, &step(8)).tensions.is_empty());
}

#[test]
fn the_shipped_scenarios_are_the_three_documented_ones_and_load_from_their_files() {
    let scenarios = shipped::scenarios_for(CASE_ID);
    let names: Vec<(&str, &str)> = scenarios
        .iter()
        .map(|(file, s)| (*file, s.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            (
                "marrenia-outright-without-recount.scenario.ron",
                "An outright winner, and no recount"
            ),
            (
                "marrenia-recount-ordered.scenario.ron",
                "The court orders a recount"
            ),
            (
                "marrenia-runoff-without-senn.scenario.ron",
                "A runoff without Dr. Senn"
            ),
        ]
    );
    let case = case();
    for (file, scenario) in &scenarios {
        assert_eq!(
            scenario.case_fingerprint,
            Some(case.case().fingerprint()),
            "{file} fingerprint"
        );
        assert!(scenario.name_id.is_some(), "{file} has an Indonesian name");
        assert_eq!(scenario.case_file, None, "{file} finds its case by id");
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios")
            .join(file);
        let loaded = load_scenario(&path).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        assert!(loaded.warnings.is_empty(), "{file}: {:?}", loaded.warnings);
        assert_eq!(loaded.case.case(), case.case(), "{file}");
        assert_eq!(&loaded.scenario, scenario, "{file}");
    }
    // The Ukraine case's presets are still its own four.
    assert_eq!(shipped::scenarios_for(shipped::DEFAULT_CASE_ID).len(), 4);
}

#[test]
fn each_scenario_shows_what_its_notes_say() {
    let outright = json(&skenario(&["eval", OUTRIGHT_SCENARIO, "--json"]));
    assert_eq!(outright["case"], CASE_ID);
    assert_eq!(outright["excluded"]["runoff"], "outright");
    assert_eq!(outright["not_applicable"][0], "senn_runs");
    let status_of = |json: &serde_json::Value, id: &str| -> String {
        json["consequences"]
            .as_array()
            .expect("consequences")
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))["status"]
            .as_str()
            .expect("a status")
            .to_owned()
    };
    for id in [
        "court_challenge",
        "street_protests",
        "korvec_sworn_in",
        "final_result_thursday",
    ] {
        assert_eq!(status_of(&outright, id), "follows", "{id}");
    }
    assert_eq!(
        status_of(&outright, "runoff_on_march_15"),
        "does_not_follow"
    );

    let recount = json(&skenario(&["eval", RECOUNT_SCENARIO, "--json"]));
    assert_eq!(status_of(&recount, "recount_holds_result"), "follows");
    assert_eq!(status_of(&recount, "observers_watch_recount"), "follows");
    assert_eq!(status_of(&recount, "court_challenge"), "does_not_follow");
    assert_eq!(status_of(&recount, "korvec_sworn_in"), "depends");

    let runoff = json(&skenario(&["eval", RUNOFF_SCENARIO, "--json"]));
    assert_eq!(runoff["excluded"]["outright"], "runoff");
    assert_eq!(status_of(&runoff, "ulm_right_to_run"), "follows");
    assert_eq!(status_of(&runoff, "ulm_takes_place"), "follows");
    assert_eq!(status_of(&runoff, "senn_accepts_result"), "does_not_follow");
    assert_eq!(status_of(&runoff, "korvec_sworn_in"), "does_not_follow");
}

#[test]
fn a_recount_takes_away_the_challenge_and_the_thursday_result() {
    let diff = json(&skenario(&[
        "diff",
        OUTRIGHT_SCENARIO,
        RECOUNT_SCENARIO,
        "--json",
    ]));
    let ids = |list: &str| -> Vec<String> {
        diff[list]
            .as_array()
            .expect("a list")
            .iter()
            .map(|c| c["id"].as_str().expect("an id").to_owned())
            .collect()
    };
    assert_eq!(
        ids("appear"),
        ["recount_holds_result", "observers_watch_recount"]
    );
    assert_eq!(
        ids("disappear"),
        [
            "final_result_thursday",
            "court_challenge",
            "street_protests",
            "korvec_sworn_in",
        ]
    );
    assert_eq!(diff["appear"][1]["firmness"], "pledged");
    assert_eq!(diff["disappear"][1]["kind"], "legal_challenge");
}

#[test]
fn diff_says_what_the_rules_make_of_each_condition_that_differs() {
    let output = skenario(&["diff", OUTRIGHT_SCENARIO, RUNOFF_SCENARIO]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        text.contains(
            "CONDITIONS THAT DIFFER (4)\n  outright: yes → no (excluded by runoff)\n  runoff: no (excluded by outright) → yes\n  senn_runs: unknown (does not apply) → no\n  recount: no → unknown\n"
        ),
        "{text}"
    );
}
