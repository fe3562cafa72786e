//! Writing a case or scenario as RON and reading it back gives the same value, whatever the
//! text holds (quotes, backslashes, newlines, any script).

use proptest::prelude::*;
use skenario::core::parse::{parse_case as parse_case_syntax, parse_scenario};
use skenario::core::write::{case_to_ron, scenario_to_ron};
use skenario::core::{
    Actor, Case, Condition, ConditionState, Consequence, DeclaredKind, FORMAT_VERSION, Firmness,
    Kind, Objection, Scenario, Sentence, SentenceNo, Shared, Source, Tension, Text, Trigger,
};

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,24}",
        Just("kutip \"ganda\" dan \\ garis miring".to_owned()),
        Just("baris\nbaru\ttab".to_owned()),
        Just("r#\"raw\"# /* not a comment */ // nor this".to_owned()),
        Just(String::new()),
    ]
}

fn any_id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_.-]{0,12}"
}

/// A text in a few languages, any of them possibly missing.
fn any_bilingual() -> impl Strategy<Value = Text> {
    (
        prop::option::of(any_text()),
        prop::option::of(any_text()),
        prop::option::of(any_text()),
    )
        .prop_map(|(en, id, other)| {
            let mut text = Text::default();
            for (code, value) in [("en", en), ("id", id), ("pt-BR", other)] {
                if let Some(value) = value {
                    text.set(code, value);
                }
            }
            text
        })
}

fn any_kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        prop::sample::select(Kind::BUILT_IN.to_vec()),
        any_id().prop_map(Kind::Custom),
    ]
}

fn any_source() -> impl Strategy<Value = Source> {
    (
        prop::option::of(any_text()),
        prop::option::of(any_text()),
        prop::option::of(any_text()),
    )
        .prop_map(|(outlet, date, credit)| Source {
            outlet,
            date,
            credit,
            ..Source::default()
        })
}

fn any_trigger() -> impl Strategy<Value = Trigger> {
    let leaf = prop_oneof![
        Just(Trigger::Always),
        any_id().prop_map(Trigger::Condition),
        any_id().prop_map(Trigger::Consequence),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| Trigger::Not(Box::new(t))),
            prop::collection::vec(inner.clone(), 0..4).prop_map(Trigger::All),
            prop::collection::vec(inner, 0..4).prop_map(Trigger::Any),
        ]
    })
}

fn any_evidence() -> impl Strategy<Value = Vec<SentenceNo>> {
    prop::collection::vec((0_u32..40).prop_map(SentenceNo), 0..4)
}

fn any_case() -> impl Strategy<Value = Case> {
    let sentences = prop::collection::vec(
        (
            1_u32..50,
            any_text(),
            any_text(),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(
                |(number, original, translation, heading, context)| Sentence {
                    number: SentenceNo(number),
                    original,
                    translations: Text::new("en", translation),
                    heading,
                    context,
                },
            ),
        0..4,
    );
    let actors = prop::collection::vec(
        (
            any_id(),
            any_bilingual(),
            prop::option::of(any_text()),
            prop::option::of(any_bilingual()),
        )
            .prop_map(|(id, name, person, role)| Actor {
                id,
                name,
                person,
                role,
            }),
        0..3,
    );
    let conditions = prop::collection::vec(
        (
            any_id(),
            any_bilingual(),
            any_bilingual(),
            prop::option::of(any_trigger()),
            any_evidence(),
        )
            .prop_map(|(id, label, description, applies_if, evidence)| Condition {
                id,
                label,
                description,
                applies_if,
                evidence,
            }),
        0..3,
    );
    let consequences = prop::collection::vec(
        (
            any_id(),
            any_bilingual(),
            any_id(),
            any_kind(),
            prop::option::of(any_id()),
            prop::sample::select(Firmness::ALL.to_vec()),
            any_trigger(),
            any_evidence(),
            prop::option::of(any_bilingual()),
        )
            .prop_map(
                |(id, title, actor, kind, claimant, firmness, trigger, evidence, note)| {
                    Consequence {
                        id,
                        title,
                        actor,
                        kind,
                        claimant,
                        firmness,
                        trigger,
                        evidence,
                        note,
                    }
                },
            ),
        0..4,
    );
    let objections = prop::collection::vec(
        (
            any_id(),
            any_id(),
            prop::option::of(any_id()),
            any_bilingual(),
            prop::collection::vec(any_id(), 0..3),
            any_evidence(),
        )
            .prop_map(
                |(id, by, claimant, statement, contests, evidence)| Objection {
                    id,
                    by,
                    claimant,
                    statement,
                    contests,
                    evidence,
                },
            ),
        0..2,
    );
    let tensions = prop::collection::vec(
        (
            any_id(),
            any_trigger(),
            any_bilingual(),
            any_bilingual(),
            any_evidence(),
        )
            .prop_map(|(id, when, title, explanation, evidence)| Tension {
                id,
                when,
                title,
                explanation,
                evidence,
            }),
        0..2,
    );
    let kinds = any_kinds();
    let exclusive = prop::collection::vec(prop::collection::vec(any_id(), 0..3), 0..2);
    (
        (
            Just(FORMAT_VERSION),
            any_id(),
            "[a-z]{2}",
            any_bilingual(),
            any_bilingual(),
            any_source(),
            prop::option::of("[a-z]{1,8}\\.txt"),
            any_languages(),
        ),
        (
            sentences,
            actors,
            kinds,
            conditions,
            exclusive,
            consequences,
            objections,
            tensions,
        ),
    )
        .prop_map(
            |(
                (format_version, id, language, title, about, source, article_file, languages),
                (
                    sentences,
                    actors,
                    kinds,
                    conditions,
                    exclusive,
                    consequences,
                    objections,
                    tensions,
                ),
            )| {
                Case {
                    format_version,
                    id,
                    language,
                    languages,
                    title,
                    about,
                    source,
                    article_file,
                    article: None,
                    sentences: sentences.into_iter().map(Shared::new).collect(),
                    actors,
                    kinds,
                    conditions,
                    exclusive,
                    consequences: consequences.into_iter().map(Shared::new).collect(),
                    objections,
                    tensions,
                    walkthroughs: Vec::new(),
                    exercise: None,
                }
            },
        )
}

/// The kinds a case declares for itself.
fn any_kinds() -> impl Strategy<Value = Vec<DeclaredKind>> {
    prop::collection::vec(
        (any_id(), any_bilingual()).prop_map(|(id, label)| DeclaredKind { id, label }),
        0..2,
    )
}

/// The languages a case promises its texts in: none (the window's two) or a few codes.
fn any_languages() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[a-z]{2}", 0..3)
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    (
        any_id(),
        prop::option::of("[a-z]{1,8}\\.case\\.ron"),
        prop::option::of("[0-9a-f]{16}"),
        any_text(),
        prop::option::of(any_text()),
        prop::collection::btree_map(
            any_id(),
            prop::sample::select(ConditionState::ALL.to_vec()),
            0..4,
        ),
        any_text(),
    )
        .prop_map(
            |(case_id, case_file, case_fingerprint, name, name_id, conditions, notes)| Scenario {
                format_version: FORMAT_VERSION,
                case_id,
                case_file,
                case_fingerprint,
                name,
                name_id,
                conditions,
                notes,
                evidence: Default::default(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_case_survives_a_round_trip(case in any_case()) {
        let text = case_to_ron(&case).expect("serialises");
        let back = parse_case_syntax(&text);
        prop_assert_eq!(back.as_ref().ok(), Some(&case), "text was:\n{}\nerror: {:?}", text, back.as_ref().err());
    }

    #[test]
    fn a_scenario_survives_a_round_trip(scenario in any_scenario()) {
        let text = scenario_to_ron(&scenario).expect("serialises");
        let back = parse_scenario(&text);
        prop_assert_eq!(back.as_ref().ok(), Some(&scenario), "text was:\n{}\nerror: {:?}", text, back.as_ref().err());
    }
}

#[test]
fn a_saved_scenario_reads_like_the_shipped_ones() {
    let mut scenario = Scenario {
        format_version: FORMAT_VERSION,
        case_id: "ukraine-reassurance-force".to_owned(),
        case_file: None,
        case_fingerprint: Some("e3c7ac158ef9462e".to_owned()),
        name: "Ceasefire".to_owned(),
        name_id: None,
        conditions: Default::default(),
        notes: String::new(),
        evidence: Default::default(),
    };
    scenario.set_state("ceasefire", ConditionState::Yes);
    scenario.set_state("us_joins", ConditionState::Unknown);
    assert_eq!(
        scenario_to_ron(&scenario).expect("serialises"),
        "(\n    format_version: 2,\n    case_id: \"ukraine-reassurance-force\",\n    case_fingerprint: \"e3c7ac158ef9462e\",\n    name: \"Ceasefire\",\n    conditions: {\n        \"ceasefire\": yes,\n    },\n    notes: \"\",\n)\n"
    );
}
