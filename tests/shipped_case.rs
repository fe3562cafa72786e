//! The shipped case against its article: quotes are verbatim, every sentence is accounted for,
//! firmness matches the wording, and all 27 combinations of the three conditions give what the
//! article says.

mod common;

use common::shipped_case;
use skenario::core::shipped::{self, UKRAINE_ARTICLE};
use skenario::core::{ConditionState, Firmness, Kind, SentenceNo, States, Status, evaluate};

/// The article, with runs of white space made single spaces (quotes must match it exactly
/// otherwise).
fn article() -> String {
    UKRAINE_ARTICLE
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_sentence_is_verbatim_from_the_article_and_together_they_are_all_of_it() {
    let case = shipped_case();
    let article = article();
    let mut rebuilt = Vec::new();
    for sentence in &case.case().sentences {
        assert!(
            article.contains(&sentence.original),
            "sentence {} is not verbatim in the article: {}",
            sentence.number,
            sentence.original
        );
        rebuilt.push(sentence.original.as_str());
    }
    assert_eq!(
        rebuilt.join(" "),
        article,
        "the sentences, in order, are the whole article"
    );
}

#[test]
fn the_article_copy_matches_the_original_text() {
    // The project's copy of the article: 2,655 bytes of ASCII, no trailing newline.
    assert_eq!(UKRAINE_ARTICLE.len(), 2655);
    assert!(UKRAINE_ARTICLE.starts_with("Setelah tercapainya kesepakatan damai"));
    assert!(UKRAINE_ARTICLE.ends_with("sesuai dengan pandangan Rusia."));
}

#[test]
fn every_sentence_is_evidence_for_something_or_marked_as_context() {
    let case = shipped_case();
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
    // ¶12 (the meeting as a show of European independence) and the heading "Reaksi Rusia".
    assert_eq!(context, vec![12, 18]);
    for sentence in &model.sentences {
        assert!(
            sentence.context != cited.contains(&sentence.number.get()),
            "sentence {} must be cited or context, not both or neither",
            sentence.number
        );
    }
}

#[test]
fn firmness_kind_and_claimant_match_the_wording() {
    let case = shipped_case();
    let model = case.case();
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
    use Firmness::{Believed, Expected, Intends, Pledged, Rejects, Stated, Threatens};
    use Kind::{DiplomaticStep, MilitaryCommitment, Position, Sanction, SecurityGuarantee};
    expect(
        "troop_pledge",
        MilitaryCommitment,
        Pledged,
        Some("france"),
        "menyatakan komitmen untuk mengerahkan pasukan",
    );
    expect(
        "reassurance_force",
        MilitaryCommitment,
        Pledged,
        Some("france"),
        "di darat, laut, dan udara",
    );
    expect(
        "security_guarantees",
        SecurityGuarantee,
        Intends,
        None,
        "berniat menawarkan jaminan keamanan",
    );
    expect(
        "us_backing",
        SecurityGuarantee,
        Expected,
        None,
        "diharapkan segera difinalisasi",
    );
    expect(
        "us_ready",
        SecurityGuarantee,
        Believed,
        Some("france"),
        "Macron meyakini bahwa AS siap",
    );
    expect(
        "new_sanctions",
        Sanction,
        Threatens,
        Some("france"),
        "bekerja sama dengan Amerika Serikat",
    );
    expect(
        "trump_calls_putin",
        DiplomaticStep,
        Intends,
        Some("usa"),
        "menyatakan niatnya untuk segera menghubungi",
    );
    expect(
        "zelensky_concrete_step",
        Position,
        Stated,
        Some("ukraine"),
        "\"langkah konkret\" pertama",
    );
    expect(
        "russia_rejects_guarantees",
        Position,
        Rejects,
        Some("peskov"),
        "Rusia menolak gagasan jaminan keamanan Barat",
    );
    expect(
        "russia_open_to_contact",
        DiplomaticStep,
        Stated,
        Some("peskov"),
        "dapat diselenggarakan dengan sangat cepat",
    );
    expect(
        "europe_consults_trump",
        DiplomaticStep,
        Stated,
        None,
        "konferensi video",
    );
}

#[test]
fn russias_objection_contests_the_force_without_cancelling_it() {
    let case = shipped_case();
    let model = case.case();
    let objection = model
        .objections
        .iter()
        .find(|o| o.id == "foreign_contingents")
        .expect("the objection");
    assert_eq!(objection.by, "russia");
    assert!(objection.contests.contains(&"reassurance_force".to_owned()));
    let quote = &model.sentence(SentenceNo(21)).expect("¶21").original;
    assert!(quote.contains("kontingen militer asing tidak dapat menjamin keamanan"));

    let evaluation = evaluate(
        &case,
        &[("ceasefire".to_owned(), ConditionState::Yes)].into(),
    );
    let force = case
        .consequence_index("reassurance_force")
        .expect("the force");
    assert_eq!(
        evaluation.outcomes[force.0].status,
        Status::Follows,
        "contested, still follows"
    );
}

/// What the article says, consequence by consequence: the one condition each hangs on
/// (`None`: reported without condition), with the words that say so.
const EXPECTATIONS: &[(&str, Option<&str>, &str)] = &[
    // ¶1 "Setelah tercapainya kesepakatan damai … 26 negara menyatakan komitmen"
    ("troop_pledge", Some("ceasefire"), "after a peace agreement"),
    // ¶4 follows the pledge: "pasukan ini akan berperan sebagai \"pasukan penenang\""
    (
        "reassurance_force",
        Some("ceasefire"),
        "through the troop pledge",
    ),
    // ¶8 "jika perang dengan Rusia berakhir melalui perjanjian damai atau gencatan senjata"
    (
        "security_guarantees",
        Some("ceasefire"),
        "if the war ends in a deal or ceasefire",
    ),
    // ¶6 "Dukungan dari Amerika Serikat … diharapkan segera difinalisasi"
    ("us_backing", Some("us_joins"), "US support, expected"),
    // ¶14 "jika Moskow terus menolak kesepakatan damai"
    (
        "new_sanctions",
        Some("russia_rejects"),
        "if Moscow keeps rejecting a deal",
    ),
    // ¶7 Macron believes the US is ready — reported as his belief, now.
    ("us_ready", None, "reported"),
    // ¶16 Trump states his intention to call Putin.
    ("trump_calls_putin", None, "reported"),
    // ¶11, ¶17 the video conference and the phone call took place.
    ("europe_consults_trump", None, "reported"),
    // ¶13 Zelensky's thanks.
    ("zelensky_concrete_step", None, "reported"),
    // ¶19 Peskov on quick contact.
    ("russia_open_to_contact", None, "reported"),
    // ¶20–21 Russia's rejection.
    ("russia_rejects_guarantees", None, "reported"),
];

#[test]
fn all_27_combinations_give_what_the_article_says() {
    let case = shipped_case();
    let ids = ["ceasefire", "us_joins", "russia_rejects"];
    assert_eq!(
        case.case()
            .conditions
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        ids
    );
    assert_eq!(case.case().consequences.len(), EXPECTATIONS.len());
    let mut combinations = 0;
    for a in ConditionState::ALL {
        for b in ConditionState::ALL {
            for c in ConditionState::ALL {
                combinations += 1;
                let states: States = ids
                    .iter()
                    .zip([a, b, c])
                    .map(|(id, s)| ((*id).to_owned(), s))
                    .collect();
                let evaluation = evaluate(&case, &states);
                for (id, condition, why) in EXPECTATIONS {
                    let expected = match condition.map(|cond| states[cond]) {
                        None | Some(ConditionState::Yes) => Status::Follows,
                        Some(ConditionState::No) => Status::DoesNotFollow,
                        Some(ConditionState::Unknown) => Status::Depends,
                    };
                    let index = case.consequence_index(id).expect("consequence");
                    let outcome = &evaluation.outcomes[index.0];
                    assert_eq!(outcome.status, expected, "{id} ({why}) under {states:?}");
                    if expected == Status::Depends {
                        let on = case
                            .condition_index(condition.expect("a condition"))
                            .expect("index");
                        assert_eq!(
                            outcome.depends_on,
                            vec![on],
                            "{id} depends on {condition:?}"
                        );
                    }
                }
                // The tension: a ceasefire or deal while Moscow keeps rejecting one (¶8 vs ¶9, ¶14).
                let tension = a == ConditionState::Yes && c == ConditionState::Yes;
                assert_eq!(
                    !evaluation.tensions.is_empty(),
                    tension,
                    "tension under {states:?}"
                );
            }
        }
    }
    assert_eq!(combinations, 27);
}

#[test]
fn the_shipped_scenarios_are_the_four_documented_ones_and_all_load() {
    let scenarios = shipped::scenarios_for(shipped::DEFAULT_CASE_ID);
    let names: Vec<&str> = scenarios.iter().map(|(_, s)| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "The world as the article leaves it",
            "Ceasefire with US backing",
            "Moscow keeps rejecting a deal",
            "A ceasefire while Moscow keeps rejecting a deal",
        ]
    );
    let case = shipped_case();
    for (file, scenario) in &scenarios {
        assert_eq!(
            scenario.case_fingerprint,
            Some(case.case().fingerprint()),
            "{file} fingerprint"
        );
        assert!(scenario.name_id.is_some(), "{file} has an Indonesian name");
    }
    let tension_scenario = &scenarios[3].1;
    assert!(
        !evaluate(&case, &tension_scenario.conditions)
            .tensions
            .is_empty()
    );
}

#[test]
fn every_shipped_case_is_its_article_word_for_word() {
    for shipped in shipped::CASES {
        let (case, warnings) =
            skenario::core::load::parse_case(shipped.file.text).expect("a shipped case parses");
        assert!(
            warnings.is_empty(),
            "{}: {warnings:?}",
            shipped.file.file_name
        );
        assert_eq!(
            skenario::core::verbatim::first_difference(case.case(), shipped.article),
            None,
            "{}",
            shipped.file.file_name
        );
    }
}

#[test]
fn the_indonesian_window_and_handout_show_the_english_translation_not_its_code() {
    use skenario::core::{Lang, Scenario};
    use skenario::handout::{self, HandoutOptions};
    let case = shipped_case();
    let model = case.case();
    for sentence in &model.sentences {
        for lang in [Lang::En, Lang::Id] {
            let (text, code) = sentence
                .translation(lang, &model.language)
                .expect("every sentence of the Ukraine case has a translation");
            assert_eq!(code, "en");
            assert_eq!(Some(text), sentence.translations.exact("en"));
        }
    }
    let mut scenario = Scenario::new(model, "");
    scenario.conditions = [("ceasefire".to_owned(), ConditionState::Yes)].into();
    let options = HandoutOptions {
        lang: Lang::Id,
        questions: None,
        ..HandoutOptions::default()
    };
    let text = handout::markdown(&case, &scenario, &options);
    assert!(
        text.contains("After a peace agreement between Ukraine and Russia is reached"),
        "{text}"
    );
    assert!(!text.contains("\n  *en*"), "{text}");
}

#[test]
fn the_default_case_comes_first_among_the_shipped_cases() {
    // The window's library parses cases in this order and stops at the one it shows.
    let first = shipped::cases().next().map(|c| c.case().id.clone());
    assert_eq!(first.as_deref(), Some(shipped::DEFAULT_CASE_ID));
}

#[test]
fn the_window_opens_each_shipped_case_as_its_checks_build_it() {
    // The window skips a shipped case's checks at start; this is what lets it.
    for (index, shipped) in shipped::CASES.iter().enumerate() {
        let (checked, _) =
            skenario::core::load::parse_case(shipped.file.text).expect("a shipped case parses");
        assert_eq!(
            shipped::built_in(index),
            Some(checked),
            "{}",
            shipped.file.file_name
        );
    }
    assert_eq!(shipped::built_in(shipped::CASES.len()), None);
}
