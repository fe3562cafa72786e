//! The classroom pieces of the core on the shipped case: the walkthrough, the graph layout and
//! the truth table.
#![expect(clippy::expect_used, reason = "test helpers fail loudly")]

mod common;

use common::shipped_case;
use skenario::core::graph::{self, EdgeKind, NodeKind};
use skenario::core::table::TruthTable;
use skenario::core::walkthrough::{self, Progress};
use skenario::core::{ConditionState, States, Status, evaluate};

fn status(case: &skenario::core::ValidCase, states: &States, id: &str) -> Status {
    let index = case
        .consequence_index(id)
        .expect("a consequence of the shipped case");
    evaluate(case, states).outcomes[index.0].status
}

#[test]
fn the_shipped_walkthrough_teaches_the_article_in_at_least_seven_steps() {
    let case = shipped_case();
    let model = case.case();
    assert!(skenario::core::valid::validate_walkthroughs(model).is_empty());
    let lesson = &model.walkthroughs[0];
    assert!(lesson.steps.len() >= 7, "{} steps", lesson.steps.len());
    for (k, step) in lesson.steps.iter().enumerate() {
        let question = step
            .question
            .as_ref()
            .unwrap_or_else(|| panic!("step {k} asks"));
        let answer = step
            .answer
            .as_ref()
            .unwrap_or_else(|| panic!("step {k} answers"));
        for text in [&step.title, &step.narration, question, answer] {
            assert!(
                text.exact("en").is_some() && text.exact("id").is_some(),
                "step {k} is bilingual"
            );
        }
        // Every ¶ the answer cites is one the step points at, or evidence of what it points at.
        let mut shown: Vec<u32> = step.sentences.iter().map(|n| n.get()).collect();
        for id in &step.consequences {
            shown.extend(
                model
                    .consequence(id)
                    .unwrap()
                    .evidence
                    .iter()
                    .map(|n| n.get()),
            );
        }
        for part in answer.exact("en").unwrap_or_default().split('¶').skip(1) {
            let number: u32 = part
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap();
            assert!(
                shown.contains(&number),
                "step {k} cites ¶{number} without pointing at it"
            );
        }
    }

    // What each step shows, checked against the article.
    let at = |step| walkthrough::states_at(lesson, step);
    assert_eq!(
        status(&case, &at(0), "troop_pledge"),
        Status::Depends,
        "nothing decided yet"
    );
    assert_eq!(
        status(&case, &at(1), "troop_pledge"),
        Status::Follows,
        "¶1: after a deal"
    );
    assert_eq!(
        status(&case, &at(2), "reassurance_force"),
        Status::Follows,
        "¶4"
    );
    assert_eq!(
        status(&case, &at(3), "us_backing"),
        Status::Follows,
        "¶6: expected"
    );
    assert_eq!(
        status(&case, &at(4), "new_sanctions"),
        Status::Follows,
        "¶14: if Moscow rejects"
    );
    assert_eq!(
        status(&case, &at(4), "troop_pledge"),
        Status::DoesNotFollow,
        "no deal, no troops"
    );
    assert_eq!(
        status(&case, &at(5), "reassurance_force"),
        Status::Follows,
        "contested, not cancelled"
    );
    assert!(
        evaluate(&case, &at(6)).tensions.len() == 1,
        "¶8 and ¶14 as alternatives"
    );
    assert_eq!(
        status(&case, &at(7), "us_backing"),
        Status::DoesNotFollow,
        "the US stays out"
    );
    assert!(evaluate(&case, &at(7)).tensions.is_empty());
}

#[test]
fn stepping_through_asks_before_it_reveals_every_time() {
    let case = shipped_case();
    let lesson = &case.case().walkthroughs[0];
    let mut position = Progress::start(lesson);
    let mut seen = Vec::new();
    loop {
        seen.push(position);
        match position.next(lesson) {
            Some(next) => position = next,
            None => break,
        }
    }
    assert_eq!(
        seen.len(),
        2 * lesson.steps.len(),
        "each step: asked, then revealed"
    );
    for (k, pair) in seen.chunks(2).enumerate() {
        assert_eq!(
            pair[0],
            Progress {
                step: k,
                revealed: false
            }
        );
        assert_eq!(
            pair[1],
            Progress {
                step: k,
                revealed: true
            }
        );
    }
    // Back from the end walks the revealed steps in reverse.
    let mut back = position;
    let mut steps = vec![back.step];
    while let Some(previous) = back.previous(lesson) {
        assert!(previous.revealed);
        steps.push(previous.step);
        back = previous;
    }
    assert_eq!(steps, (0..lesson.steps.len()).rev().collect::<Vec<_>>());
}

#[test]
fn the_graph_layout_is_deterministic_layered_and_overlap_free() {
    let case = shipped_case();
    let layout = graph::layout(&case);
    assert_eq!(
        layout,
        graph::layout(&case),
        "the same case gives the same picture"
    );
    let model = case.case();
    assert_eq!(
        layout.nodes.len(),
        model.conditions.len() + model.consequences.len() + model.objections.len()
    );
    for (i, a) in layout.nodes.iter().enumerate() {
        for b in &layout.nodes[i + 1..] {
            assert!(!a.overlaps(b), "{:?} overlaps {:?}", a.kind, b.kind);
        }
    }
    for edge in &layout.edges {
        let (from, to) = (&layout.nodes[edge.from], &layout.nodes[edge.to]);
        if edge.kind != EdgeKind::Contests {
            assert!(from.layer < to.layer, "edges run left to right");
        }
    }
    let node = |kind| layout.node_of(kind).unwrap();
    let ceasefire = node(NodeKind::Condition(
        case.condition_index("ceasefire").unwrap(),
    ));
    let pledge = node(NodeKind::Consequence(
        case.consequence_index("troop_pledge").unwrap(),
    ));
    let force = node(NodeKind::Consequence(
        case.consequence_index("reassurance_force").unwrap(),
    ));
    assert!(
        layout
            .edges
            .iter()
            .any(|e| e.from == ceasefire && e.to == pledge && e.kind == EdgeKind::Leads)
    );
    assert!(
        layout
            .edges
            .iter()
            .any(|e| e.from == pledge && e.to == force),
        "the force follows the pledge"
    );
    assert_eq!(layout.nodes[force].layer, 2);
    let contests = layout
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::Contests)
        .count();
    assert_eq!(contests, 4, "Russia's objection contests four consequences");
}

#[test]
fn the_truth_table_lists_every_combination_and_flags_the_tension() {
    let case = shipped_case();
    let table = TruthTable::new(&case, &States::new()).unwrap();
    assert_eq!(table.len(), 8);
    let first = table.row(0);
    assert_eq!(first.states, vec![ConditionState::Yes; 3]);
    assert_eq!(
        first.tensions.len(),
        1,
        "ceasefire and Moscow rejecting: a tension"
    );
    let last = table.row(7);
    assert_eq!(last.states, vec![ConditionState::No; 3]);
    assert!(last.tensions.is_empty());
    let pledge = case.consequence_index("troop_pledge").unwrap();
    let flagged: Vec<bool> = table.rows().map(|row| row.follows[pledge.0]).collect();
    assert_eq!(
        flagged,
        [true, true, true, true, false, false, false, false],
        "pledge iff ceasefire"
    );

    let fixed: States = [("ceasefire".to_owned(), ConditionState::No)].into();
    let table = TruthTable::new(&case, &fixed).unwrap();
    assert_eq!(table.len(), 4);
    assert!(table.rows().all(|row| row.tensions.is_empty()));
}
