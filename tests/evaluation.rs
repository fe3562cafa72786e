//! Evaluation on small cases: three-valued statuses, why, depends on, and would-follow-if.
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

mod common;

use common::{states, tiny_case};
use skenario::core::{ConditionIx, ConditionState, Setting, Status, ValidCase, evaluate};

fn outcome_of<'a>(
    case: &ValidCase,
    evaluation: &'a skenario::core::Evaluation,
    id: &str,
) -> &'a skenario::core::Outcome {
    let index = case.consequence_index(id).expect("consequence exists");
    evaluation
        .outcome(index)
        .expect("an outcome per consequence")
}

fn named(case: &ValidCase, settings: &[Setting]) -> Vec<(String, ConditionState)> {
    settings
        .iter()
        .map(|s| (case.case().conditions[s.condition.0].id.clone(), s.state))
        .collect()
}

fn set(pairs: &[(&str, ConditionState)]) -> Vec<(String, ConditionState)> {
    pairs.iter().map(|(id, s)| ((*id).to_owned(), *s)).collect()
}

use ConditionState::{No, Yes};

#[test]
fn unknown_conditions_make_a_consequence_depend_on_exactly_them() {
    let case = tiny_case(
        &["a", "b", "c"],
        &[(
            "x",
            "all([condition(\"a\"), any([condition(\"b\"), condition(\"c\")])])",
        )],
    );
    let evaluation = evaluate(&case, &states(&[("b", "yes")]));
    let x = outcome_of(&case, &evaluation, "x");
    assert_eq!(x.status, Status::Depends);
    // b = yes settles the `any`, so c no longer matters: it depends on a alone.
    assert_eq!(x.depends_on, vec![ConditionIx(0)]);
    assert_eq!(named(&case, &x.would_follow_if[0]), set(&[("a", Yes)]));
}

#[test]
fn why_names_the_smallest_set_of_settings_that_decides() {
    let case = tiny_case(
        &["a", "b", "c"],
        &[(
            "x",
            "any([condition(\"a\"), all([condition(\"b\"), condition(\"c\")])])",
        )],
    );
    let evaluation = evaluate(&case, &states(&[("a", "yes"), ("b", "yes"), ("c", "yes")]));
    let x = outcome_of(&case, &evaluation, "x");
    assert_eq!(x.status, Status::Follows);
    assert_eq!(named(&case, &x.because), set(&[("a", Yes)]));
    assert!(x.would_follow_if.is_empty());

    let evaluation = evaluate(&case, &states(&[("a", "no"), ("b", "no"), ("c", "yes")]));
    let x = outcome_of(&case, &evaluation, "x");
    assert_eq!(x.status, Status::DoesNotFollow);
    assert_eq!(named(&case, &x.because), set(&[("a", No), ("b", No)]));
    // One change suffices either way: a to yes, or b to yes (c is already yes).
    let alternatives: Vec<_> = x.would_follow_if.iter().map(|a| named(&case, a)).collect();
    assert_eq!(alternatives, vec![set(&[("a", Yes)]), set(&[("b", Yes)])]);
}

#[test]
fn would_follow_if_finds_the_fewest_changes_including_setting_things_to_no() {
    let case = tiny_case(
        &["a", "b", "c"],
        &[(
            "x",
            "all([condition(\"a\"), not(condition(\"b\")), condition(\"c\")])",
        )],
    );
    let evaluation = evaluate(&case, &states(&[("a", "no"), ("b", "yes"), ("c", "yes")]));
    let x = outcome_of(&case, &evaluation, "x");
    assert_eq!(x.status, Status::DoesNotFollow);
    assert_eq!(x.would_follow_if.len(), 1);
    assert_eq!(
        named(&case, &x.would_follow_if[0]),
        set(&[("a", Yes), ("b", No)])
    );
}

#[test]
fn chains_follow_through_other_consequences() {
    let case = tiny_case(
        &["a", "b"],
        &[
            ("first", "condition(\"a\")"),
            ("second", "all([consequence(\"first\"), condition(\"b\")])"),
            ("third", "not(consequence(\"second\"))"),
        ],
    );
    let evaluation = evaluate(&case, &states(&[("a", "yes"), ("b", "yes")]));
    assert_eq!(
        outcome_of(&case, &evaluation, "second").status,
        Status::Follows
    );
    assert_eq!(
        named(&case, &outcome_of(&case, &evaluation, "second").because),
        set(&[("a", Yes), ("b", Yes)])
    );
    let third = outcome_of(&case, &evaluation, "third");
    assert_eq!(third.status, Status::DoesNotFollow);
    let alternatives: Vec<_> = third
        .would_follow_if
        .iter()
        .map(|a| named(&case, a))
        .collect();
    assert_eq!(alternatives, vec![set(&[("a", No)]), set(&[("b", No)])]);

    let evaluation = evaluate(&case, &states(&[]));
    assert_eq!(
        outcome_of(&case, &evaluation, "third").status,
        Status::Depends
    );
    assert_eq!(
        outcome_of(&case, &evaluation, "third").depends_on,
        vec![ConditionIx(0), ConditionIx(1)]
    );
}

#[test]
fn always_follows_with_no_reason_needed_and_contradictions_never_follow() {
    let case = tiny_case(
        &["a"],
        &[
            ("reported", "always"),
            ("never", "all([condition(\"a\"), not(condition(\"a\"))])"),
        ],
    );
    let evaluation = evaluate(&case, &states(&[]));
    let reported = outcome_of(&case, &evaluation, "reported");
    assert_eq!(reported.status, Status::Follows);
    assert!(reported.because.is_empty());
    let never = outcome_of(&case, &evaluation, "never");
    // Kleene logic cannot see that a ∧ ¬a is false while a is unknown.
    assert_eq!(never.status, Status::Depends);
    assert!(never.would_follow_if.is_empty());
    assert!(!never.search_cut_short);
}

#[test]
fn the_same_inputs_give_the_same_evaluation() {
    let case = tiny_case(
        &["a", "b", "c", "d"],
        &[
            ("x", "any([condition(\"a\"), condition(\"b\")])"),
            ("y", "all([condition(\"c\"), not(condition(\"d\"))])"),
        ],
    );
    let input = states(&[("a", "no"), ("d", "yes")]);
    assert_eq!(evaluate(&case, &input), evaluate(&case, &input));
}
