//! Grading a student's reading against the key: the matching and the trigger comparison hold
//! whatever the student's order and wording of the same logic.
#![expect(clippy::expect_used, clippy::panic, reason = "a test fails loudly")]

use proptest::prelude::*;
use skenario::core::grade::trigger::{TriggerVerdict, Variable};
use skenario::core::grade::{FirmnessGrade, Grade, GradeError, grade, is_perfect};
use skenario::core::load::parse_case;
use skenario::core::{Case, ConditionIx, Firmness, Trigger, ValidCase, shipped};

fn shipped_case(index: usize) -> Case {
    let file = shipped::CASES.get(index).expect("a shipped case");
    match parse_case(file.file.text) {
        Ok((valid, _)) => valid.case().clone(),
        Err(problems) => panic!("{problems:?}"),
    }
}

fn valid(case: Case) -> ValidCase {
    ValidCase::new(case).expect("the case is valid")
}

fn graded(key: &Case, student: Case) -> Grade {
    grade(&valid(key.clone()), &valid(student)).expect("the two can be graded")
}

/// The pairs of a grade by the ids on each side, which do not depend on order.
fn pairs_by_id(key: &Case, student: &Case, grade: &Grade) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = grade
        .consequences
        .iter()
        .map(|c| {
            (
                key.consequences[c.key.index()].id.clone(),
                student.consequences[c.student.index()].id.clone(),
            )
        })
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn each_shipped_case_compared_with_itself_scores_perfectly() {
    for index in 0..shipped::CASES.len() {
        let key = shipped_case(index);
        let grade = graded(&key, key.clone());
        assert!(is_perfect(&grade), "{}: {:?}", key.id, grade.summary);
        assert_eq!(grade.consequences.len(), key.consequences.len());
        assert_eq!(grade.conditions.len(), key.conditions.len());
    }
}

#[test]
fn ids_do_not_count_only_sentences_and_titles_do() {
    let key = shipped_case(0);
    let mut student = key.clone();
    // A student's own ids, for elements nothing points at.
    for consequence in &mut student.consequences {
        let referenced = key
            .consequences
            .iter()
            .any(|c| matches!(&c.trigger, Trigger::Consequence(id) if *id == consequence.id))
            || key
                .objections
                .iter()
                .any(|o| o.contests.contains(&consequence.id))
            || key.walkthroughs.iter().any(|w| {
                w.steps
                    .iter()
                    .any(|s| s.consequences.contains(&consequence.id))
            });
        if !referenced {
            let first = consequence.evidence[0];
            consequence.id = format!(
                "mine_{first}_{}",
                consequence.title.get(skenario::core::Lang::En).len()
            );
        }
    }
    assert!(is_perfect(&graded(&key, student)));
}

#[test]
fn a_firmness_mistake_points_at_the_word_that_decides_it() {
    let key = shipped_case(0);
    let expected = key
        .consequences
        .iter()
        .position(|c| c.firmness == Firmness::Expected)
        .expect("the Ukraine case has an expected consequence");
    let mut student = key.clone();
    student.consequences[expected].firmness = Firmness::Pledged;
    let grade = graded(&key, student);
    let paired = grade
        .consequences
        .iter()
        .find(|c| c.key.index() == expected)
        .expect("still paired");
    match &paired.firmness {
        FirmnessGrade::Differs {
            key: Firmness::Expected,
            student: Firmness::Pledged,
            marker: Some(marker),
        } => assert_eq!(marker.word, "diharapkan"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        grade.summary.firmness_same.part + 1,
        grade.summary.firmness_same.whole
    );
}

#[test]
fn a_different_trigger_is_shown_at_the_smallest_combination_where_they_part() {
    let key = shipped_case(0);
    let index = key
        .consequences
        .iter()
        .position(|c| c.trigger == Trigger::Condition("ceasefire".to_owned()))
        .expect("a consequence on the ceasefire");
    let mut student = key.clone();
    student.consequences[index].trigger = Trigger::All(vec![
        Trigger::Condition("ceasefire".to_owned()),
        Trigger::Condition("us_joins".to_owned()),
    ]);
    let key_valid = valid(key.clone());
    let grade = grade(&key_valid, &valid(student)).expect("graded");
    let paired = grade
        .consequences
        .iter()
        .find(|c| c.key.index() == index)
        .expect("paired");
    let ceasefire = key_valid.condition_index("ceasefire").expect("ceasefire");
    match &paired.trigger {
        TriggerVerdict::Differs {
            yes, key_follows, ..
        } => {
            assert_eq!(yes, &[Variable::Key(ceasefire)]);
            assert!(key_follows);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_condition_the_key_lacks_is_not_in_the_key_and_a_missed_one_is_missed() {
    let key = shipped_case(0);
    let mut student = key.clone();
    // A student's file has no walkthrough or objection to point at what is left out.
    student.walkthroughs.clear();
    student.objections.clear();
    let removed = student.consequences.pop().expect("a consequence");
    student.conditions[0].label = skenario::core::Text::new("en", "Something quite other");
    student.conditions[0].evidence = Vec::new();
    let grade = graded(&key, student);
    assert_eq!(grade.missed_consequences.len(), 1);
    assert_eq!(
        key.consequences[grade.missed_consequences[0].index()].id,
        removed.id
    );
    assert_eq!(grade.missed_conditions, [ConditionIx(0)]);
    assert_eq!(grade.extra_conditions, [ConditionIx(0)]);
}

#[test]
fn another_article_is_refused() {
    let key = shipped_case(0);
    let other = shipped_case(1);
    assert!(matches!(
        grade(&valid(key), &valid(other)),
        Err(GradeError::OtherArticle { .. })
    ));
}

/// `t` with every `all` and `any` rewritten by De Morgan's laws.
fn de_morgan(t: &Trigger) -> Trigger {
    let negated = |items: &[Trigger]| -> Vec<Trigger> {
        items
            .iter()
            .map(|x| Trigger::Not(Box::new(de_morgan(x))))
            .collect()
    };
    match t {
        Trigger::All(items) => Trigger::Not(Box::new(Trigger::Any(negated(items)))),
        Trigger::Any(items) => Trigger::Not(Box::new(Trigger::All(negated(items)))),
        Trigger::Not(inner) => Trigger::Not(Box::new(de_morgan(inner))),
        other => other.clone(),
    }
}

fn any_trigger() -> impl Strategy<Value = Trigger> {
    let leaf = prop_oneof![
        Just(Trigger::Condition("ceasefire".to_owned())),
        Just(Trigger::Condition("us_joins".to_owned())),
        Just(Trigger::Condition("russia_rejects".to_owned())),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| Trigger::Not(Box::new(t))),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Trigger::All),
            prop::collection::vec(inner, 2..4).prop_map(Trigger::Any),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_trigger_rewritten_by_de_morgan_is_equivalent(trigger in any_trigger()) {
        let mut key = shipped_case(0);
        key.consequences[0].trigger = trigger.clone();
        let mut student = key.clone();
        student.consequences[0].trigger = de_morgan(&trigger);
        let grade = graded(&key, student);
        prop_assert!(is_perfect(&grade), "{:?}", grade.consequences[0].trigger);
    }

    #[test]
    fn a_trigger_that_says_otherwise_is_caught(trigger in any_trigger()) {
        let mut key = shipped_case(0);
        key.consequences[0].trigger = trigger.clone();
        let mut student = key.clone();
        student.consequences[0].trigger = Trigger::Not(Box::new(trigger));
        let grade = graded(&key, student);
        let is_differs = matches!(grade.consequences[0].trigger, TriggerVerdict::Differs { .. });
        prop_assert!(is_differs);
    }

    #[test]
    fn shuffling_the_students_elements_changes_nothing(
        consequences in Just((0..11_usize).collect::<Vec<_>>()).prop_shuffle(),
        conditions in Just((0..3_usize).collect::<Vec<_>>()).prop_shuffle(),
        dropped in 0..11_usize,
    ) {
        let key = shipped_case(0);
        let mut reading = key.clone();
        // A partial reading: one consequence left out and one firmness changed.
        reading.consequences[(dropped + 1) % 11].firmness = Firmness::Stated;
        let chained = reading.consequences.iter().any(|c| {
            matches!(&c.trigger, Trigger::Consequence(id) if *id == reading.consequences[dropped].id)
        });
        if !chained {
            let id = reading.consequences[dropped].id.clone();
            reading.consequences.remove(dropped);
            for objection in &mut reading.objections {
                objection.contests.retain(|c| *c != id);
            }
            reading.objections.retain(|o| !o.contests.is_empty());
            for walkthrough in &mut reading.walkthroughs {
                for step in &mut walkthrough.steps {
                    step.consequences.retain(|c| *c != id);
                }
            }
        }
        let mut shuffled = reading.clone();
        shuffled.consequences = consequences
            .iter()
            .filter_map(|&i| reading.consequences.get(i).cloned())
            .collect();
        shuffled.conditions = conditions
            .iter()
            .filter_map(|&i| reading.conditions.get(i).cloned())
            .collect();
        let in_order = graded(&key, reading.clone());
        let out_of_order = graded(&key, shuffled.clone());
        prop_assert_eq!(in_order.summary, out_of_order.summary);
        prop_assert_eq!(
            pairs_by_id(&key, &reading, &in_order),
            pairs_by_id(&key, &shuffled, &out_of_order)
        );
    }
}
