//! The case editor's core as an author meets it: every edit can be undone and redone exactly
//! (byte for byte, as the case is saved), merging and splitting sentences keeps every quote
//! verbatim and every reference on its words, new elements get readable ids that never clash,
//! and the undo history keeps its promises (its depth, typing as one step, redo after undo).
#![expect(clippy::expect_used, reason = "a test fails loudly")]

use std::collections::BTreeMap;

use proptest::prelude::*;
use skenario::core::diagnostics::Severity;
use skenario::core::edit::verbs;
use skenario::core::edit::{
    Edit, Field, FieldKey, Header, History, Item, List, MAX_UNDO, Op, Place, apply,
};
use skenario::core::found::TextField;
use skenario::core::load::parse_case;
use skenario::core::shipped::{self, UKRAINE_ARTICLE};
use skenario::core::valid::validate_case;
use skenario::core::verbatim::first_difference;
use skenario::core::write::case_to_ron;
use skenario::core::{
    Actor, Case, Condition, ConditionState, Consequence, FORMAT_VERSION, Firmness, Kind, Sentence,
    SentenceNo, Shared, States, Step, Text, Trigger, Walkthrough,
};

const UKRAINE: &str = "ukraine-reassurance-force";
const ELECTION: &str = "marrenia-election";

/// A shipped case as the editor holds it.
fn shipped_case(case_id: &str) -> Case {
    shipped::case(case_id)
        .expect("the case ships")
        .case()
        .clone()
}

/// The article a shipped case is made from.
fn article_of(case_id: &str) -> &'static str {
    let file_name = format!("{case_id}.case.ron");
    shipped::CASES
        .iter()
        .find(|shipped| shipped.file.file_name == file_name)
        .expect("the case ships")
        .article
}

/// A small case written here: three sentences, one actor, two conditions, two consequences,
/// and a walkthrough of one step.
fn small_case() -> Case {
    let sentence = |number: u32, original: &str| {
        Shared::new(Sentence {
            number: SentenceNo(number),
            original: original.to_owned(),
            translations: Text::new("en", format!("Sentence {number}.")),
            heading: false,
            context: false,
        })
    };
    let consequence = |id: &str, trigger: Trigger, evidence: u32| {
        Shared::new(Consequence {
            id: id.to_owned(),
            title: Text::new("en", format!("{id} follows")),
            actor: "mayor".to_owned(),
            kind: Kind::Position,
            claimant: None,
            firmness: Firmness::Stated,
            trigger,
            evidence: vec![SentenceNo(evidence)],
            note: None,
        })
    };
    Case {
        format_version: FORMAT_VERSION,
        id: "small".to_owned(),
        language: "id".to_owned(),
        languages: Vec::new(),
        title: Text::new("en", "Floods close the market"),
        about: Text::default(),
        source: Default::default(),
        article_file: None,
        article: None,
        sentences: vec![
            sentence(1, "Hujan turun sepanjang malam."),
            sentence(2, "Sungai naik dua meter."),
            sentence(3, "Pasar ditutup jika sungai terus naik."),
        ],
        actors: vec![Actor {
            id: "mayor".to_owned(),
            name: Text::new("en", "The mayor"),
            person: None,
            role: None,
        }],
        kinds: Vec::new(),
        conditions: vec![
            Condition {
                id: "rain".to_owned(),
                label: Text::new("en", "Rain goes on"),
                description: Text::default(),
                applies_if: None,
                evidence: vec![SentenceNo(1)],
            },
            Condition {
                id: "river".to_owned(),
                label: Text::new("en", "The river keeps rising"),
                description: Text::default(),
                applies_if: None,
                evidence: vec![SentenceNo(2)],
            },
        ],
        exclusive: Vec::new(),
        consequences: vec![
            consequence("closed", Trigger::Condition("river".to_owned()), 3),
            consequence("warned", Trigger::Consequence("closed".to_owned()), 2),
        ],
        objections: Vec::new(),
        tensions: Vec::new(),
        walkthroughs: vec![Walkthrough {
            id: "lesson".to_owned(),
            title: Text::new("en", "The flood"),
            steps: vec![step("First", &[1, 3])],
        }],
        exercise: None,
    }
}

/// A walkthrough step titled `title` that points at `sentences`.
fn step(title: &str, sentences: &[u32]) -> Step {
    Step {
        title: Text::new("en", title),
        narration: Text::new("en", format!("{title}, said aloud.")),
        set: States::new(),
        sentences: sentences.iter().copied().map(SentenceNo).collect(),
        consequences: Vec::new(),
        question: None,
        answer: None,
    }
}

/// The case as it is saved.
fn saved(case: &Case) -> String {
    case_to_ron(case).expect("a case can be written")
}

/// What `check` reports as errors about `case`.
fn errors(case: &Case) -> Vec<String> {
    validate_case(case)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .map(|finding| finding.message())
        .collect()
}

/// Every reference to sentences in `case`, by who makes it ("consequence new_sanctions",
/// "walkthrough reading-the-pledge step 2"), as the words cited.
fn quotes(case: &Case) -> BTreeMap<String, Vec<String>> {
    let words = |numbers: &[SentenceNo]| -> Vec<String> {
        numbers
            .iter()
            .map(|&n| {
                case.sentence(n)
                    .map_or_else(|| format!("<no sentence {n}>"), |s| s.original.clone())
            })
            .collect()
    };
    let mut quotes = BTreeMap::new();
    for c in &case.conditions {
        quotes.insert(format!("condition {}", c.id), words(&c.evidence));
    }
    for c in &case.consequences {
        quotes.insert(format!("consequence {}", c.id), words(&c.evidence));
    }
    for o in &case.objections {
        quotes.insert(format!("objection {}", o.id), words(&o.evidence));
    }
    for t in &case.tensions {
        quotes.insert(format!("tension {}", t.id), words(&t.evidence));
    }
    for w in &case.walkthroughs {
        for (k, s) in w.steps.iter().enumerate() {
            quotes.insert(
                format!("walkthrough {} step {}", w.id, k + 1),
                words(&s.sentences),
            );
        }
    }
    quotes
}

/// The sentence numbers each element cites, by who cites them (as in [`quotes`]).
fn citations(case: &Case) -> BTreeMap<String, Vec<u32>> {
    let numbers = |list: &[SentenceNo]| list.iter().map(|n| n.get()).collect::<Vec<_>>();
    let mut cited = BTreeMap::new();
    for c in &case.conditions {
        cited.insert(format!("condition {}", c.id), numbers(&c.evidence));
    }
    for c in &case.consequences {
        cited.insert(format!("consequence {}", c.id), numbers(&c.evidence));
    }
    for o in &case.objections {
        cited.insert(format!("objection {}", o.id), numbers(&o.evidence));
    }
    for t in &case.tensions {
        cited.insert(format!("tension {}", t.id), numbers(&t.evidence));
    }
    for w in &case.walkthroughs {
        for (k, s) in w.steps.iter().enumerate() {
            cited.insert(
                format!("walkthrough {} step {}", w.id, k + 1),
                numbers(&s.sentences),
            );
        }
    }
    cited
}

/// Applies the edit `verb` makes of the case as it stands, as a step of its own; there must be
/// one, and it must apply.
fn edit(history: &mut History, case: &mut Case, verb: impl FnOnce(&Case) -> Option<Edit>) {
    let edit = verb(case).expect("the verb has something to do");
    history.apply(case, edit).expect("the edit applies");
}

/// The key of the English title of consequence `at`: what typing in it is about.
fn title_of(at: usize) -> FieldKey {
    FieldKey::new(
        Place::Item(List::Consequences, at),
        Field::Text(TextField::Title),
    )
    .in_language("en")
}

/// The consequence at `at` retitled (in English) to `title`.
fn retitled(case: &Case, at: usize, title: &str) -> Option<Edit> {
    let mut consequence = case.consequences.get(at)?.clone();
    consequence.title.set("en", title);
    verbs::replace(case, at, Item::Consequence(consequence))
}

fn position(case: &Case, list: List, id: &str) -> usize {
    let found = match list {
        List::Conditions => case.conditions.iter().position(|c| c.id == id),
        List::Consequences => case.consequences.iter().position(|c| c.id == id),
        _ => None,
    };
    found.expect("the element is in the case")
}

// ---------------------------------------------------------------------------------------------
// Any sequence of edits, undone, gives back the case byte for byte.
// ---------------------------------------------------------------------------------------------

/// Something an author does in the editor, with arguments as a careless or stale window might
/// pass them (places past the end, cuts inside a character).
#[derive(Debug, Clone)]
enum Action {
    NewCondition(String, Vec<u32>),
    NewConsequence(String, Vec<u32>),
    NewObjection(String, Vec<u32>),
    NewTension(String, Vec<u32>),
    NewActor(String),
    NewKind(String),
    NewWalkthrough(String),
    AddStep(usize, Vec<u32>),
    MoveStep(usize, usize, usize),
    Remove(List, usize),
    MoveItem(List, usize, usize),
    /// One key typed at the end of a consequence's title.
    TypeInTitle(usize, char),
    /// The case's own title retyped.
    CaseTitle(String),
    SetHeading(usize, bool),
    SetContext(usize, bool),
    Merge(usize),
    Split(usize, usize),
    /// An operation built for some other state of the case (a stale command).
    Stale(Box<Op>),
    /// An edit whose first operation applies and whose second does not.
    HalfBad(usize),
    /// The field lost focus.
    Seal,
}

impl Action {
    fn edit(&self, case: &Case) -> Option<Edit> {
        let cited = |numbers: &[u32]| numbers.iter().copied().map(SentenceNo).collect::<Vec<_>>();
        let text = |s: &str| Text::new("en", s);
        match self {
            Self::NewCondition(t, e) => Some(verbs::new_condition(case, text(t), &cited(e))),
            Self::NewConsequence(t, e) => Some(verbs::new_consequence(case, text(t), &cited(e))),
            Self::NewObjection(t, e) => Some(verbs::new_objection(case, text(t), &cited(e))),
            Self::NewTension(t, e) => Some(verbs::new_tension(case, text(t), &cited(e))),
            Self::NewActor(t) => Some(verbs::new_actor(case, text(t))),
            Self::NewKind(t) => Some(verbs::new_kind(case, text(t))),
            Self::NewWalkthrough(t) => Some(verbs::new_walkthrough(case, text(t))),
            Self::AddStep(w, sentences) => verbs::add_step(case, *w, {
                let mut s = step("Added", &[]);
                s.sentences = cited(sentences);
                s
            }),
            Self::MoveStep(w, from, to) => verbs::move_step(case, *w, *from, *to),
            Self::Remove(list, at) => verbs::remove(case, *list, *at),
            Self::MoveItem(list, from, to) => verbs::move_item(case, *list, *from, *to),
            Self::TypeInTitle(at, key) => {
                let mut title = case
                    .consequences
                    .get(*at)?
                    .title
                    .get(skenario::core::Lang::En)
                    .into_owned();
                title.push(*key);
                retitled(case, *at, &title)
            }
            Self::CaseTitle(title) => {
                let mut header = Header::of(case);
                header.title = text(title);
                Some(Edit::one(Op::Header(header)))
            }
            Self::SetHeading(at, on) => verbs::set_heading(case, *at, *on),
            Self::SetContext(at, on) => verbs::set_context(case, *at, *on),
            Self::Merge(at) => verbs::merge_with_next(case, *at),
            Self::Split(at, byte) => verbs::split_at(case, *at, *byte),
            Self::Stale(op) => Some(Edit::one(Op::clone(op))),
            Self::HalfBad(at) => Some(Edit {
                ops: vec![
                    Op::Insert(0, Item::Exclusive(vec!["a".to_owned(), "b".to_owned()])),
                    Op::Remove(List::Actors, case.actors.len() + at),
                ],
            }),
            Self::Seal => None,
        }
    }

    /// What typing this is about, for `apply_about`: keys typed into one title coalesce.
    fn topic(&self) -> Option<FieldKey> {
        match self {
            Self::TypeInTitle(at, _) => Some(title_of(*at)),
            Self::CaseTitle(_) => Some(FieldKey::new(Place::Header, Field::Text(TextField::Title))),
            _ => None,
        }
    }
}

fn any_list() -> impl Strategy<Value = List> {
    prop::sample::select(vec![
        List::Sentences,
        List::Actors,
        List::Kinds,
        List::Conditions,
        List::Exclusive,
        List::Consequences,
        List::Objections,
        List::Tensions,
        List::Walkthroughs,
    ])
}

fn any_title() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Ceasefire reached".to_owned()),
        Just("Ceasefire reached".to_owned()),
        Just("Position".to_owned()),
        Just("Ящик".to_owned()),
        Just(String::new()),
        "[A-Za-z ]{1,20}",
        "\\PC{0,12}",
    ]
}

/// Places: mostly inside the shipped cases' lists, sometimes past their ends.
fn any_place() -> impl Strategy<Value = usize> {
    prop_oneof![4 => 0_usize..12, 1 => 0_usize..40, 1 => Just(usize::MAX / 2)]
}

fn any_evidence() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(0_u32..35, 0..4)
}

fn any_stale_op() -> impl Strategy<Value = Op> {
    let actor = Item::Actor(Actor {
        id: "stale".to_owned(),
        name: Text::new("en", "Stale"),
        person: None,
        role: None,
    });
    let condition = Item::Condition(Condition {
        id: "stale".to_owned(),
        label: Text::new("en", "Stale"),
        description: Text::default(),
        applies_if: None,
        evidence: Vec::new(),
    });
    prop_oneof![
        any_place().prop_map(move |at| Op::Insert(at, actor.clone())),
        (any_list(), any_place()).prop_map(|(list, at)| Op::Remove(list, at)),
        any_place().prop_map(move |at| Op::Replace(at, condition.clone())),
        (any_list(), any_place(), any_place())
            .prop_map(|(list, from, to)| Op::Move(list, from, to)),
    ]
}

fn any_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        1 => (any_title(), any_evidence()).prop_map(|(t, e)| Action::NewCondition(t, e)),
        1 => (any_title(), any_evidence()).prop_map(|(t, e)| Action::NewConsequence(t, e)),
        1 => (any_title(), any_evidence()).prop_map(|(t, e)| Action::NewObjection(t, e)),
        1 => (any_title(), any_evidence()).prop_map(|(t, e)| Action::NewTension(t, e)),
        1 => any_title().prop_map(Action::NewActor),
        1 => any_title().prop_map(Action::NewKind),
        1 => any_title().prop_map(Action::NewWalkthrough),
        1 => (0_usize..3, any_evidence()).prop_map(|(w, e)| Action::AddStep(w, e)),
        1 => (0_usize..3, 0_usize..12, 0_usize..12).prop_map(|(w, f, t)| Action::MoveStep(w, f, t)),
        1 => (any_list(), any_place()).prop_map(|(l, at)| Action::Remove(l, at)),
        1 => (any_list(), any_place(), any_place()).prop_map(|(l, f, t)| Action::MoveItem(l, f, t)),
        3 => (0_usize..14, prop::char::range('a', 'z')).prop_map(|(at, c)| Action::TypeInTitle(at, c)),
        1 => "[A-Za-z ]{0,12}".prop_map(Action::CaseTitle),
        1 => (any_place(), any::<bool>()).prop_map(|(at, on)| Action::SetHeading(at, on)),
        1 => (any_place(), any::<bool>()).prop_map(|(at, on)| Action::SetContext(at, on)),
        2 => any_place().prop_map(Action::Merge),
        2 => (any_place(), 0_usize..260).prop_map(|(at, byte)| Action::Split(at, byte)),
        1 => any_stale_op().prop_map(|op| Action::Stale(Box::new(op))),
        1 => (0_usize..3).prop_map(Action::HalfBad),
        1 => Just(Action::Seal),
    ]
}

fn any_start() -> impl Strategy<Value = Case> {
    prop_oneof![
        Just(shipped_case(UKRAINE)),
        Just(shipped_case(ELECTION)),
        Just(small_case()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// Whatever the author does, undoing every step gives back the case as it was saved, and
    /// each undo gives back the case as it stood before that step; redoing them all gives back
    /// the case as it stood after the last one. An edit that cannot apply changes nothing,
    /// neither the case nor what can be undone or redone.
    #[test]
    fn undoing_everything_gives_back_the_case_byte_for_byte(
        start in any_start(),
        actions in prop::collection::vec(any_action(), 0..30),
    ) {
        let original = saved(&start);
        let mut case = start;
        let mut history = History::default();
        // The case before each step that undo will take back, oldest first.
        let mut before_steps: Vec<String> = Vec::new();
        for action in &actions {
            if matches!(action, Action::Seal) {
                history.seal();
                continue;
            }
            let Some(edit) = action.edit(&case) else {
                continue;
            };
            let before = saved(&case);
            let (depth, can_redo) = (history.depth(), history.can_redo());
            match history.apply_about(&mut case, edit, action.topic()) {
                Ok(()) => {
                    prop_assert!(history.depth() == depth || history.depth() == depth + 1);
                    if history.depth() == depth + 1 {
                        before_steps.push(before);
                    } else {
                        // Typing on in the same field is part of the step before.
                        prop_assert!(action.topic().is_some(), "{:?} joined the step before", action);
                    }
                    prop_assert!(!history.can_redo());
                }
                Err(error) => {
                    prop_assert_eq!(saved(&case), before, "{:?} failed ({}) but changed the case", action, error);
                    prop_assert_eq!(history.depth(), depth);
                    prop_assert_eq!(history.can_redo(), can_redo);
                }
            }
        }
        let after = saved(&case);
        let steps = history.depth();
        prop_assert_eq!(steps, before_steps.len());

        while let Some(expected) = before_steps.pop() {
            prop_assert!(history.undo(&mut case));
            prop_assert_eq!(saved(&case), expected);
        }
        prop_assert!(!history.undo(&mut case), "nothing is left to undo");
        prop_assert_eq!(saved(&case), original);

        let mut redone = 0;
        while history.redo(&mut case) {
            redone += 1;
        }
        prop_assert_eq!(redone, steps);
        prop_assert_eq!(saved(&case), after);
    }
}

#[test]
fn verbs_given_places_that_do_not_exist_do_nothing() {
    let case = shipped_case(UKRAINE);
    let sentences = case.sentences.len();
    let conditions = case.conditions.len();
    assert!(verbs::add_step(&case, 9, step("Lost", &[])).is_none());
    assert!(verbs::move_step(&case, 0, 0, 99).is_none());
    assert!(
        verbs::move_step(&case, 0, 1, 1).is_none(),
        "moving a step onto itself is no edit"
    );
    assert!(verbs::move_step(&case, 9, 0, 1).is_none());
    assert!(verbs::remove(&case, List::Conditions, conditions).is_none());
    assert!(
        verbs::remove(&case, List::Kinds, 0).is_none(),
        "the case declares no kinds"
    );
    assert!(verbs::move_item(&case, List::Conditions, conditions, 0).is_none());
    assert!(verbs::move_item(&case, List::Conditions, 0, conditions).is_none());
    assert!(verbs::move_item(&case, List::Conditions, 1, 1).is_none());
    assert!(
        verbs::merge_with_next(&case, sentences - 1).is_none(),
        "the last sentence has no next"
    );
    assert!(verbs::merge_with_next(&case, sentences).is_none());
    assert!(
        verbs::split_at(&case, 0, 0).is_none(),
        "a part without words"
    );
    let first = &case.sentences[0].original;
    assert!(verbs::split_at(&case, 0, first.len()).is_none());
    assert!(verbs::split_at(&case, 0, first.len() + 1).is_none());
    assert!(verbs::split_at(&case, sentences, 3).is_none());
    assert!(verbs::set_heading(&case, sentences, true).is_none());
    assert!(verbs::set_context(&case, sentences, true).is_none());
    assert!(
        verbs::set_heading(&case, 0, false).is_none(),
        "already not a heading"
    );
    assert!(
        verbs::set_context(&case, 11, true).is_none(),
        "sentence 12 is context already"
    );
    assert!(retitled(&case, case.consequences.len(), "Lost").is_none());
    let same = case.consequences[0].clone();
    assert!(
        verbs::replace(&case, 0, Item::Consequence(same)).is_none(),
        "nothing would change"
    );

    // A cut inside a character (the article's words are not ASCII everywhere).
    let accented = Case {
        sentences: vec![Shared::new(Sentence {
            number: SentenceNo(1),
            original: "Café ouvert. Oui.".to_owned(),
            translations: Text::default(),
            heading: false,
            context: false,
        })],
        ..small_case()
    };
    assert!(
        verbs::split_at(&accented, 0, 4).is_none(),
        "byte 4 is inside é"
    );
    assert!(verbs::split_at(&accented, 0, 5).is_some());
}

#[test]
fn an_edit_that_fails_halfway_leaves_the_case_as_it_was() {
    let mut case = shipped_case(UKRAINE);
    let before = saved(&case);
    let actors = case.actors.len();
    let bad = Edit {
        ops: vec![
            Op::Remove(List::Conditions, 0),
            Op::Move(List::Consequences, 0, 3),
            Op::Remove(List::Actors, actors),
        ],
    };
    let error = apply(&mut case, &bad).expect_err("there is no such actor");
    assert_eq!(
        (error.list, error.at, error.len),
        (List::Actors, actors, actors)
    );
    assert_eq!(saved(&case), before);

    // A move to a place past the end puts the item back where it was.
    let consequences = case.consequences.len();
    let error = apply(
        &mut case,
        &Edit::one(Op::Move(List::Consequences, 2, consequences)),
    )
    .expect_err("there is no such place");
    assert_eq!(error.list, List::Consequences);
    assert_eq!(saved(&case), before);
}

// ---------------------------------------------------------------------------------------------
// Merging and splitting sentences.
// ---------------------------------------------------------------------------------------------

#[test]
fn merging_two_sentences_keeps_every_later_reference_on_its_words() {
    let mut case = shipped_case(UKRAINE);
    let before = case.clone();
    let mut history = History::default();
    edit(&mut history, &mut case, |case| {
        verbs::merge_with_next(case, 1)
    });

    assert_eq!(case.sentences.len(), 20);
    assert_eq!(
        case.sentences[1].original,
        format!(
            "{} {}",
            before.sentences[1].original, before.sentences[2].original
        )
    );
    assert_eq!(
        case.sentences[1].translations.exact("en"),
        Some(
            "This step is taken to prevent possible Russian aggression in the future. French President Emmanuel Macron announced this after a meeting with European leaders, including Ukrainian President Volodymyr Zelensky."
        )
    );
    for (i, sentence) in case.sentences.iter().enumerate() {
        assert_eq!(
            sentence.number,
            SentenceNo(u32::try_from(i + 1).expect("few"))
        );
    }
    // The sanctions were sentence 14's; now they are sentence 13's, and those are still
    // Macron's words about sanctions.
    let sanctions = &case.consequences[position(&case, List::Consequences, "new_sanctions")];
    assert_eq!(sanctions.evidence, vec![SentenceNo(13)]);
    assert!(
        case.sentence(SentenceNo(13))
            .expect("sentence 13")
            .original
            .starts_with(
                "Macron juga menyatakan bahwa negara-negara Eropa akan memberlakukan sanksi baru"
            )
    );
    let pledge = &case.consequences[position(&case, List::Consequences, "troop_pledge")];
    assert_eq!(pledge.evidence, vec![SentenceNo(1), SentenceNo(2)]);
    let rejects = &case.conditions[position(&case, List::Conditions, "russia_rejects")];
    assert_eq!(
        rejects.evidence,
        vec![SentenceNo(8), SentenceNo(9), SentenceNo(13)]
    );
    assert_eq!(
        case.tensions[0].evidence,
        vec![SentenceNo(7), SentenceNo(8), SentenceNo(13)]
    );
    let steps = &case.walkthroughs[0].steps;
    assert_eq!(steps[1].sentences, vec![SentenceNo(1), SentenceNo(2)]);
    assert_eq!(
        steps[0].sentences,
        vec![
            SentenceNo(6),
            SentenceNo(12),
            SentenceNo(15),
            SentenceNo(19)
        ]
    );

    // Everyone who cited neither sentence 2 nor 3 still quotes the same words.
    let (old, new) = (quotes(&before), quotes(&case));
    for (who, cited) in &old {
        let pair = [&before.sentences[1].original, &before.sentences[2].original];
        if !cited.iter().any(|words| pair.contains(&words)) {
            assert_eq!(new.get(who), Some(cited), "{who}");
        }
    }
    assert_eq!(errors(&case), Vec::<String>::new());
    assert_eq!(first_difference(&case, UKRAINE_ARTICLE), None);

    // Split again where they were joined: the article's sentences and every reference are back.
    let join = before.sentences[1].original.len() + 1;
    edit(&mut history, &mut case, |case| {
        verbs::split_at(case, 1, join)
    });
    let originals = |c: &Case| {
        c.sentences
            .iter()
            .map(|s| (s.number, s.original.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(originals(&case), originals(&before));
    assert_eq!(citations(&case), citations(&before));
    assert_eq!(quotes(&case), quotes(&before));
    assert_eq!(errors(&case), Vec::<String>::new());
    assert_eq!(first_difference(&case, UKRAINE_ARTICLE), None);

    // The split cannot know where the joined translation divides: it stays with the first part.
    assert!(case.sentences[2].translations.is_empty());
    history.undo(&mut case);
    history.undo(&mut case);
    assert_eq!(
        saved(&case),
        saved(&before),
        "undo takes back both, translations too"
    );
}

/// Every pair of neighbouring sentences of both shipped cases, merged and split again at the
/// join: the case stays free of errors and verbatim, numbers count 1, 2, 3…, and whoever cited
/// other sentences quotes the same words throughout. Whoever cited one of the two cites both
/// after the split.
#[test]
fn merge_then_split_at_the_join_gives_back_the_sentences_in_both_shipped_cases() {
    for case_id in [UKRAINE, ELECTION] {
        let original = shipped_case(case_id);
        let article = article_of(case_id);
        assert_eq!(
            first_difference(&original, article),
            None,
            "{case_id} as shipped"
        );
        for index in 0..original.sentences.len() - 1 {
            let mut case = original.clone();
            let mut history = History::default();
            let pair = [
                original.sentences[index].original.clone(),
                original.sentences[index + 1].original.clone(),
            ];
            let (first, second) = (
                original.sentences[index].number,
                original.sentences[index + 1].number,
            );
            edit(&mut history, &mut case, |case| {
                verbs::merge_with_next(case, index)
            });
            let place = format!("{case_id}: sentences {first} and {second}");
            assert_eq!(errors(&case), Vec::<String>::new(), "{place} merged");
            assert_eq!(first_difference(&case, article), None, "{place} merged");
            let merged = format!("{} {}", pair[0], pair[1]);
            let old_quotes = quotes(&original);
            let new_quotes = quotes(&case);
            for (who, cited) in &old_quotes {
                let expected: Vec<String> = if cited.iter().any(|w| pair.contains(w)) {
                    let mut words: Vec<String> = cited
                        .iter()
                        .map(|w| {
                            if pair.contains(w) {
                                merged.clone()
                            } else {
                                w.clone()
                            }
                        })
                        .collect();
                    words.dedup();
                    words
                } else {
                    cited.clone()
                };
                assert_eq!(
                    new_quotes.get(who),
                    Some(&expected),
                    "{place} merged: {who}"
                );
            }

            let join = pair[0].len() + 1;
            edit(&mut history, &mut case, |case| {
                verbs::split_at(case, index, join)
            });
            assert_eq!(errors(&case), Vec::<String>::new(), "{place} split again");
            assert_eq!(
                first_difference(&case, article),
                None,
                "{place} split again"
            );
            assert_eq!(case.sentences.len(), original.sentences.len());
            for (i, (now, was)) in case.sentences.iter().zip(&original.sentences).enumerate() {
                assert_eq!(
                    now.original,
                    was.original,
                    "{place} split again: sentence {}",
                    i + 1
                );
                assert_eq!(now.number, was.number, "{place} split again");
            }
            let after_split = quotes(&case);
            for (who, cited) in &old_quotes {
                let expected: Vec<String> = if cited.iter().any(|w| pair.contains(w)) {
                    let mut words: Vec<String> = cited
                        .iter()
                        .filter(|w| !pair.contains(w))
                        .cloned()
                        .collect();
                    words.extend(pair.iter().cloned());
                    let order =
                        |w: &String| original.sentences.iter().position(|s| &s.original == w);
                    words.sort_by_key(order);
                    words
                } else {
                    cited.clone()
                };
                assert_eq!(
                    after_split.get(who),
                    Some(&expected),
                    "{place} split again: {who}"
                );
            }
            while history.undo(&mut case) {}
            assert_eq!(saved(&case), saved(&original), "{place} undone");
        }
    }
}

/// An author who merges every sentence of the article into one (a splitter gone wrong the
/// other way) still has a case without errors whose one sentence is the article; every
/// reference points at it. Undo brings back all 21 sentences.
#[test]
fn merging_the_whole_article_into_one_sentence_stays_verbatim() {
    for case_id in [UKRAINE, ELECTION] {
        let original = shipped_case(case_id);
        let article = article_of(case_id);
        let mut case = original.clone();
        let mut history = History::default();
        while case.sentences.len() > 1 {
            edit(&mut history, &mut case, |case| {
                verbs::merge_with_next(case, 0)
            });
            assert_eq!(
                errors(&case),
                Vec::<String>::new(),
                "{case_id}, {} sentences",
                case.sentences.len()
            );
            assert_eq!(
                first_difference(&case, article),
                None,
                "{case_id}, {} sentences",
                case.sentences.len()
            );
        }
        for (who, cited) in citations(&case) {
            assert!(
                cited.is_empty() || cited == [1],
                "{case_id}: {who} cites {cited:?}"
            );
        }
        assert_eq!(history.depth(), original.sentences.len() - 1);
        while history.undo(&mut case) {}
        assert_eq!(saved(&case), saved(&original));
    }
}

/// Splitting a sentence at each of its spaces in turn, from the last one back, gives one
/// sentence per word: still the article, word for word, with no errors.
#[test]
fn splitting_at_every_space_stays_verbatim() {
    let original = shipped_case(UKRAINE);
    let mut case = original.clone();
    let mut history = History::default();
    let index = 13; // sentence 14, on sanctions
    let words = case.sentences[index].original.split(' ').count();
    let spaces: Vec<usize> = case.sentences[index]
        .original
        .match_indices(' ')
        .map(|(at, _)| at)
        .collect();
    for &at in spaces.iter().rev() {
        edit(&mut history, &mut case, |case| {
            verbs::split_at(case, index, at)
        });
        assert_eq!(errors(&case), Vec::<String>::new());
        assert_eq!(first_difference(&case, UKRAINE_ARTICLE), None);
    }
    assert_eq!(case.sentences.len(), original.sentences.len() + words - 1);
    let sanctions = &case.consequences[position(&case, List::Consequences, "new_sanctions")];
    let expected: Vec<SentenceNo> = (14..14 + u32::try_from(words).expect("few"))
        .map(SentenceNo)
        .collect();
    assert_eq!(sanctions.evidence, expected);
    let trump = &case.consequences[position(&case, List::Consequences, "trump_calls_putin")];
    let heading = case.sentence(trump.evidence[0]).expect("cited");
    assert_eq!(heading.original, "Trump Akan Menghubungi Putin");
    while history.undo(&mut case) {}
    assert_eq!(saved(&case), saved(&original));
}

/// A walkthrough step shows its sentences in the order the author listed them (the presenter
/// reads them out in that order). A merge or split elsewhere in the article renumbers them but
/// keeps that order.
#[test]
fn merging_and_splitting_keep_the_order_a_step_points_at_sentences() {
    let mut case = shipped_case(UKRAINE);
    let mut history = History::default();
    let mut walkthrough = case.walkthroughs[0].clone();
    walkthrough.steps[0].sentences = vec![SentenceNo(20), SentenceNo(7), SentenceNo(13)];
    edit(&mut history, &mut case, |case| {
        verbs::replace(case, 0, Item::Walkthrough(walkthrough))
    });

    edit(&mut history, &mut case, |case| {
        verbs::merge_with_next(case, 1)
    });
    assert_eq!(
        case.walkthroughs[0].steps[0].sentences,
        [SentenceNo(19), SentenceNo(6), SentenceNo(12)]
    );
    // Zelensky's thanks (now sentence 12) split before he calls them a first step: both parts
    // take its place, the sentences after it move up one.
    let join = case.sentences[11]
        .original
        .find(" menyebutnya")
        .expect("a place to cut");
    edit(&mut history, &mut case, |case| {
        verbs::split_at(case, 11, join)
    });
    assert_eq!(
        case.walkthroughs[0].steps[0].sentences,
        [
            SentenceNo(20),
            SentenceNo(6),
            SentenceNo(12),
            SentenceNo(13)
        ]
    );
    assert_eq!(errors(&case), Vec::<String>::new());
    assert_eq!(first_difference(&case, UKRAINE_ARTICLE), None);
}

/// A sentence inserted by hand has no number until `skenario renumber` runs; merging or
/// splitting next to it must not move anyone's quotes onto other words.
#[test]
fn merging_and_splitting_next_to_an_unnumbered_sentence_keep_every_quote() {
    let mut start = small_case();
    start.sentences.insert(
        1,
        Shared::new(Sentence {
            number: SentenceNo(0),
            original: "Warga diminta waspada. Sekolah libur.".to_owned(),
            translations: Text::default(),
            heading: false,
            context: true,
        }),
    );
    let quoted = quotes(&start);
    assert_eq!(
        quoted.get("condition rain").map(Vec::as_slice),
        Some(["Hujan turun sepanjang malam.".to_owned()].as_slice())
    );

    // The unnumbered sentence was two: split it. Nobody's quote moves.
    let mut case = start.clone();
    let at = case.sentences[1]
        .original
        .find(" Sekolah")
        .expect("a place to cut");
    edit(&mut History::default(), &mut case, |case| {
        verbs::split_at(case, 1, at)
    });
    assert_eq!(quotes(&case), quoted);
    let numbers: Vec<u32> = case.sentences.iter().map(|s| s.number.get()).collect();
    assert_eq!(
        numbers,
        [1, 0, 0, 2, 3],
        "the new part has no number either"
    );

    // It belonged to the sentence before it: merge them. The sentence before keeps its number
    // and its quotes, and the numbers now count 1, 2, 3 again.
    let mut case = start.clone();
    edit(&mut History::default(), &mut case, |case| {
        verbs::merge_with_next(case, 0)
    });
    let numbers: Vec<u32> = case.sentences.iter().map(|s| s.number.get()).collect();
    assert_eq!(numbers, [1, 2, 3]);
    let rain = &case.conditions[position(&case, List::Conditions, "rain")];
    assert_eq!(rain.evidence, [SentenceNo(1)]);
    assert_eq!(citations(&case), citations(&start));

    // Or to the sentence after it.
    let mut case = start.clone();
    edit(&mut History::default(), &mut case, |case| {
        verbs::merge_with_next(case, 1)
    });
    let numbers: Vec<u32> = case.sentences.iter().map(|s| s.number.get()).collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert_eq!(citations(&case), citations(&start));
    assert_eq!(errors(&case), Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------------
// New elements.
// ---------------------------------------------------------------------------------------------

#[test]
fn new_elements_get_ids_from_their_titles_that_never_clash() {
    let mut case = shipped_case(UKRAINE);
    let mut history = History::default();
    let label = Text::new("en", "Ceasefire reached").and("id", "Gencatan senjata tercapai");
    for _ in 0..3 {
        let edit = verbs::new_condition(&case, label.clone(), &[SentenceNo(1)]);
        history.apply(&mut case, edit).expect("applies");
    }
    let ids: Vec<&str> = case.conditions.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ceasefire",
            "us_joins",
            "russia_rejects",
            "ceasefire_reached",
            "ceasefire_reached_2",
            "ceasefire_reached_3"
        ]
    );
    // A condition whose title is only in Indonesian gets its id from that.
    let only_id = verbs::new_condition(&case, Text::new("id", "Rusia terus menolak"), &[]);
    history.apply(&mut case, only_id).expect("applies");
    assert_eq!(case.conditions[6].id, "rusia_terus_menolak");

    // An id is kept when the title changes: references made to it keep working.
    let mut renamed = case.conditions[3].clone();
    renamed.label = Text::new("en", "A truce holds");
    edit(&mut history, &mut case, |case| {
        verbs::replace(case, 3, Item::Condition(renamed))
    });
    assert_eq!(case.conditions[3].id, "ceasefire_reached");

    // An existing id is never taken again, in any list.
    let consequence =
        verbs::new_consequence(&case, Text::new("en", "Troop pledge"), &[SentenceNo(1)]);
    history.apply(&mut case, consequence).expect("applies");
    assert_eq!(
        case.consequences.last().map(|c| c.id.as_str()),
        Some("troop_pledge_2")
    );
    let actor = verbs::new_actor(&case, Text::new("en", "France"));
    history.apply(&mut case, actor).expect("applies");
    assert_eq!(case.actors.last().map(|a| a.id.as_str()), Some("france_2"));
    // A kind may not take a built-in kind's name.
    let kind = verbs::new_kind(&case, Text::new("en", "Sanction"));
    history.apply(&mut case, kind).expect("applies");
    assert_eq!(case.kinds.last().map(|k| k.id.as_str()), Some("sanction_2"));
    // A title with no letters a-z gives the element's kind as its id.
    let walkthrough = verbs::new_walkthrough(&case, Text::new("ru", "Урок"));
    history.apply(&mut case, walkthrough).expect("applies");
    assert_eq!(
        case.walkthroughs.last().map(|w| w.id.as_str()),
        Some("walkthrough")
    );

    // Removed and made again, an element gets the same id (nothing else has it).
    let last = case.conditions.len() - 1;
    edit(&mut history, &mut case, |case| {
        verbs::remove(case, List::Conditions, last)
    });
    let again = verbs::new_condition(&case, Text::new("id", "Rusia terus menolak"), &[]);
    history.apply(&mut case, again).expect("applies");
    assert_eq!(case.conditions[last].id, "rusia_terus_menolak");
}

/// Everything an author creates from a selection, saved and opened again: what is complete
/// opens without errors, and each element left unfinished on purpose is reported for exactly
/// what it lacks.
#[test]
fn new_elements_survive_saving_and_opening_again() {
    let mut case = small_case();
    let mut history = History::default();
    let evidence = [SentenceNo(3), SentenceNo(2), SentenceNo(3)];
    let edits = [
        verbs::new_condition(&case, Text::new("en", "Market stays shut"), &evidence),
        verbs::new_consequence(&case, Text::new("en", "Traders lose a week"), &evidence),
        verbs::new_kind(&case, Text::new("en", "Closure")),
    ];
    for e in edits {
        history.apply(&mut case, e).expect("applies");
    }
    let condition = case.conditions.last().expect("added");
    assert_eq!(condition.id, "market_stays_shut");
    assert_eq!(
        condition.evidence,
        vec![SentenceNo(2), SentenceNo(3)],
        "in article order, once each"
    );
    let consequence = case.consequences.last().expect("added");
    // Its sentences name no actor, so none is chosen for the author: the form asks for one.
    assert_eq!(
        (consequence.id.as_str(), consequence.actor.as_str()),
        ("traders_lose_a_week", "")
    );
    let at = case.consequences.len() - 1;
    edit(&mut history, &mut case, |case| {
        let mut chosen = case.consequences.get(at)?.clone();
        chosen.actor = "mayor".to_owned();
        verbs::replace(case, at, Item::Consequence(chosen))
    });
    let consequence = case.consequences.last().expect("added");
    // It follows from the first condition its sentences raise (the river's, sentence 2).
    assert_eq!(consequence.trigger, Trigger::Condition("river".to_owned()));

    let text = saved(&case);
    let (reopened, _warnings) = parse_case(&text).expect("a complete case opens");
    assert_eq!(reopened.case(), &case);

    // Now the unfinished ones: an objection contesting nothing yet, a tension not yet
    // explained, a walkthrough without steps, an actor without a name.
    let unfinished = [
        verbs::new_objection(
            &case,
            Text::new("en", "The market never floods"),
            &[SentenceNo(3)],
        ),
        verbs::new_tension(&case, Text::new("en", "Rain and a falling river"), &[]),
        verbs::new_walkthrough(&case, Text::new("en", "Second lesson")),
        verbs::new_actor(&case, Text::default()),
    ];
    for e in unfinished {
        history.apply(&mut case, e).expect("applies");
    }
    let text = saved(&case);
    let problems = parse_case(&text).expect_err("unfinished elements are errors");
    let messages: Vec<&str> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.message.as_str())
        .collect();
    let write_it = "write it in at least one language, like {\"en\": \"…\", \"id\": \"…\"}";
    assert_eq!(
        messages,
        [
            format!("name for actor `actor` is empty; {write_it}").as_str(),
            "no actor is chosen as `by` yet; name one of the case's actors",
            "an objection must contest at least one consequence",
            format!("explanation of tension `rain_and_a_falling` is empty; {write_it}").as_str(),
            "a walkthrough needs at least one step",
        ]
    );
    let tension = case.tensions.last().expect("added");
    assert_eq!(
        tension.when,
        Trigger::All(vec![
            Trigger::Condition("rain".to_owned()),
            Trigger::Condition("river".to_owned())
        ])
    );
    // And the file still reads back as the same case: nothing is lost on the way.
    assert_eq!(
        skenario::core::parse::parse_case(&text).expect("the syntax is fine"),
        case
    );

    // Finishing them makes the case open cleanly.
    let mut objection = case.objections[0].clone();
    objection.contests = vec!["closed".to_owned()];
    objection.by = "mayor".to_owned();
    edit(&mut history, &mut case, |case| {
        verbs::replace(case, 0, Item::Objection(objection))
    });
    let mut tension = case.tensions[0].clone();
    tension.explanation = Text::new("en", "The article does not say.");
    edit(&mut history, &mut case, |case| {
        verbs::replace(case, 0, Item::Tension(tension))
    });
    edit(&mut history, &mut case, |case| {
        verbs::add_step(case, 1, step("Only", &[2]))
    });
    let mut actor = case.actors[1].clone();
    actor.name = Text::new("en", "The traders");
    edit(&mut history, &mut case, |case| {
        verbs::replace(case, 1, Item::Actor(actor))
    });
    let (reopened, _) = parse_case(&saved(&case)).expect("a finished case opens");
    let states = States::from([("river".to_owned(), ConditionState::Yes)]);
    let evaluation = skenario::core::evaluate(&reopened, &states);
    assert_eq!(evaluation.outcomes.len(), case.consequences.len());

    while history.undo(&mut case) {}
    assert_eq!(saved(&case), saved(&small_case()));
}

// ---------------------------------------------------------------------------------------------
// The history.
// ---------------------------------------------------------------------------------------------

#[test]
fn the_history_keeps_the_newest_steps_up_to_its_bound() {
    let start = small_case();
    let mut case = start.clone();
    let mut history = History::default();
    let extra = 5;
    let mut after_extra = String::new();
    for n in 0..MAX_UNDO + extra {
        edit(&mut history, &mut case, |case| {
            retitled(case, 0, &format!("Title {n}"))
        });
        if n + 1 == extra {
            after_extra = saved(&case);
        }
    }
    const { assert!(MAX_UNDO >= 100, "the issue asks for at least 100 steps") };
    assert_eq!(history.depth(), MAX_UNDO);
    let mut undone = 0;
    while history.undo(&mut case) {
        undone += 1;
    }
    assert_eq!(undone, MAX_UNDO);
    assert_eq!(
        saved(&case),
        after_extra,
        "the oldest steps are forgotten, the rest undone"
    );
    assert_ne!(saved(&case), saved(&start));
    assert!(!history.can_undo());
}

#[test]
fn a_new_edit_after_undo_clears_redo() {
    let mut case = small_case();
    let mut history = History::default();
    edit(&mut history, &mut case, |case| retitled(case, 0, "First"));
    edit(&mut history, &mut case, |case| retitled(case, 0, "Second"));
    assert!(history.undo(&mut case));
    assert!(history.can_redo());
    edit(&mut history, &mut case, |case| retitled(case, 1, "Other"));
    assert!(!history.can_redo());
    assert!(!history.redo(&mut case));
    assert_eq!(case.consequences[0].title.exact("en"), Some("First"));
    assert_eq!(case.consequences[1].title.exact("en"), Some("Other"));

    // An edit with nothing to do keeps redo.
    assert!(history.undo(&mut case));
    history
        .apply(&mut case, Edit::default())
        .expect("nothing to do");
    assert!(history.can_redo());
}

#[test]
fn typing_in_one_field_is_one_step_until_it_loses_focus() {
    let start = small_case();
    let mut case = start.clone();
    let mut history = History::default();
    let topic = || Some(title_of(0));
    for typed in ["T", "Tr", "Tra", "Trad", "Trade"] {
        let e = retitled(&case, 0, typed).expect("changes the title");
        history.apply_about(&mut case, e, topic()).expect("applies");
    }
    assert_eq!(history.depth(), 1);
    history.seal();
    let e = retitled(&case, 0, "Traders").expect("changes the title");
    history.apply_about(&mut case, e, topic()).expect("applies");
    assert_eq!(
        history.depth(),
        2,
        "after the field lost focus, typing is a new step"
    );
    // Typing in another field is another step.
    let mut header = Header::of(&case);
    header.title = Text::new("en", "Floods");
    history
        .apply_about(
            &mut case,
            Edit::one(Op::Header(header)),
            Some(FieldKey::new(Place::Header, Field::Text(TextField::Title))),
        )
        .expect("applies");
    assert_eq!(history.depth(), 3);

    assert!(history.undo(&mut case));
    assert_eq!(case.title.exact("en"), Some("Floods close the market"));
    assert!(history.undo(&mut case));
    assert_eq!(case.consequences[0].title.exact("en"), Some("Trade"));
    assert!(history.undo(&mut case));
    assert_eq!(saved(&case), saved(&start), "five keys, one undo");
    assert!(history.redo(&mut case));
    assert_eq!(case.consequences[0].title.exact("en"), Some("Trade"));
}

/// After an undo, what the author types next is a step of its own, even in the field the step
/// now on top was typed in: one undo then takes back only the new typing.
#[test]
fn typing_after_an_undo_is_a_step_of_its_own() {
    let start = small_case();
    let mut case = start.clone();
    let mut history = History::default();
    let title_topic = || Some(title_of(0));
    let e = retitled(&case, 0, "Closed").expect("changes");
    history
        .apply_about(&mut case, e, title_topic())
        .expect("applies");
    let e = retitled(&case, 1, "Warned").expect("changes");
    history
        .apply_about(&mut case, e, Some(title_of(1)))
        .expect("applies");
    assert!(history.undo(&mut case));
    let e = retitled(&case, 0, "Closed again").expect("changes");
    history
        .apply_about(&mut case, e, title_topic())
        .expect("applies");
    assert_eq!(history.depth(), 2);
    assert!(history.undo(&mut case));
    assert_eq!(case.consequences[0].title.exact("en"), Some("Closed"));
    assert!(history.undo(&mut case));
    assert_eq!(saved(&case), saved(&start));
}

#[test]
fn a_failed_edit_changes_neither_the_case_nor_the_history() {
    let mut case = shipped_case(ELECTION);
    let mut history = History::default();
    edit(&mut history, &mut case, |case| retitled(case, 0, "Recount"));
    assert!(history.undo(&mut case));
    let before = saved(&case);
    let stale = Edit {
        ops: vec![
            Op::Remove(List::Consequences, 0),
            Op::Replace(
                case.conditions.len(),
                Item::Condition(case.conditions[0].clone()),
            ),
        ],
    };
    let error = history
        .apply(&mut case, stale)
        .expect_err("a place past the end");
    assert_eq!(error.list, List::Conditions);
    assert_eq!(saved(&case), before);
    assert_eq!(history.depth(), 0);
    assert!(history.can_redo(), "the step undone can still be redone");
    assert!(history.redo(&mut case));
    assert_eq!(case.consequences[0].title.exact("en"), Some("Recount"));
}

/// The sentence form greys its Split and Merge buttons by asking the cheap questions; a
/// button that looks pressable must make an edit, and one greyed out must not hide one.
#[test]
fn the_split_and_merge_buttons_are_enabled_exactly_when_they_would_edit() {
    for case_id in ["ukraine-reassurance-force", "marrenia-election"] {
        let case = shipped_case(case_id);
        for (index, sentence) in case.sentences.iter().enumerate() {
            assert_eq!(
                verbs::can_merge_with_next(&case, index),
                verbs::merge_with_next(&case, index).is_some(),
                "merge, sentence {index} of {case_id}"
            );
            for at in 0..=sentence.original.len() + 1 {
                assert_eq!(
                    verbs::can_split_at(&case, index, at),
                    verbs::split_at(&case, index, at).is_some(),
                    "split at byte {at} of sentence {index} of {case_id}"
                );
            }
        }
        let past = case.sentences.len();
        assert!(!verbs::can_merge_with_next(&case, past));
        assert!(!verbs::can_split_at(&case, past, 1));
    }
}

/// The article panel lays its sentences out again only after edits that change them: a merge
/// or a new article language does, retitling a consequence or the case does not, and undo or
/// redo of each says the same.
#[test]
fn only_edits_of_sentences_or_the_article_language_change_what_the_article_shows() {
    let case = shipped_case("ukraine-reassurance-force");
    let merge = verbs::merge_with_next(&case, 0).expect("a next sentence");
    assert!(merge.touches_article(&case));
    let retitle = retitled(&case, 0, "A new title").expect("a consequence");
    assert!(!retitle.touches_article(&case));

    let mut history = History::default();
    let mut edited = case.clone();
    history.apply(&mut edited, retitle).expect("applies");
    let undo = history.next_undo().expect("a step");
    assert!(!undo.touches_article(&edited));
    history.apply(&mut edited, merge).expect("applies");
    let undo = history.next_undo().expect("a step");
    assert!(undo.touches_article(&edited));
    assert!(history.undo(&mut edited));
    let redo = history.next_redo().expect("a step undone");
    assert!(redo.touches_article(&edited));

    // A new title in the header leaves the article as it is; a new language does not.
    let mut header = Header::of(&case);
    header.title = header.title.and("en", "Another title");
    assert!(!Edit::one(Op::Header(header.clone())).touches_article(&case));
    header.language = "en".to_owned();
    assert!(Edit::one(Op::Header(header)).touches_article(&case));
}
