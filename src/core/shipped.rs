//! The cases and example scenarios that ship inside the program (from `scenarios/`).

use super::load::parse_case;
use super::parse::{parse_case as parse_case_text, parse_scenario, strip_bom};
use super::scenario::Scenario;
use super::valid::ValidCase;

/// A file built into the program.
#[derive(Debug, Clone, Copy)]
pub struct ShippedFile {
    /// Its name in `scenarios/`.
    pub file_name: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// The id of the case the app opens by default.
pub const DEFAULT_CASE_ID: &str = "ukraine-reassurance-force";

/// A case built into the program, with the article it is made from.
#[derive(Debug, Clone, Copy)]
pub struct ShippedCase {
    /// The case file.
    pub file: ShippedFile,
    /// The article's text (the case's `article_file`, in `scenarios/articles/`).
    pub article: &'static str,
}

/// The shipped cases, the default one ([`DEFAULT_CASE_ID`]) first.
pub const CASES: &[ShippedCase] = &[
    ShippedCase {
        file: ShippedFile {
            file_name: "ukraine-reassurance-force.case.ron",
            text: include_str!("../../scenarios/ukraine-reassurance-force.case.ron"),
        },
        article: UKRAINE_ARTICLE,
    },
    ShippedCase {
        file: ShippedFile {
            file_name: "marrenia-election.case.ron",
            text: include_str!("../../scenarios/marrenia-election.case.ron"),
        },
        article: include_str!("../../scenarios/articles/marrenia-election.txt"),
    },
];

/// The shipped example scenarios, in the order they are offered as presets.
pub const SCENARIOS: &[ShippedFile] = &[
    ShippedFile {
        file_name: "ukraine-article-world.scenario.ron",
        text: include_str!("../../scenarios/ukraine-article-world.scenario.ron"),
    },
    ShippedFile {
        file_name: "ukraine-ceasefire-with-us.scenario.ron",
        text: include_str!("../../scenarios/ukraine-ceasefire-with-us.scenario.ron"),
    },
    ShippedFile {
        file_name: "ukraine-moscow-keeps-rejecting.scenario.ron",
        text: include_str!("../../scenarios/ukraine-moscow-keeps-rejecting.scenario.ron"),
    },
    ShippedFile {
        file_name: "ukraine-ceasefire-while-moscow-rejects.scenario.ron",
        text: include_str!("../../scenarios/ukraine-ceasefire-while-moscow-rejects.scenario.ron"),
    },
    ShippedFile {
        file_name: "marrenia-outright-without-recount.scenario.ron",
        text: include_str!("../../scenarios/marrenia-outright-without-recount.scenario.ron"),
    },
    ShippedFile {
        file_name: "marrenia-recount-ordered.scenario.ron",
        text: include_str!("../../scenarios/marrenia-recount-ordered.scenario.ron"),
    },
    ShippedFile {
        file_name: "marrenia-runoff-without-senn.scenario.ron",
        text: include_str!("../../scenarios/marrenia-runoff-without-senn.scenario.ron"),
    },
];

/// The verbatim article behind the shipped case, for checking quotes.
pub const UKRAINE_ARTICLE: &str =
    include_str!("../../scenarios/articles/ukraine-reassurance-force.txt");

/// Every shipped case, parsed and validated, in the order of [`CASES`].
pub fn cases() -> impl Iterator<Item = ValidCase> {
    CASES
        .iter()
        .filter_map(|shipped| parse_case(shipped.file.text).ok())
        .map(|(case, _)| case)
}

/// The shipped case at `index` in [`CASES`], as the window opens it: parsed, its triggers
/// compiled, without running its checks at every start (the tests run them, and check that
/// this is the case [`cases`] gives).
pub fn built_in(index: usize) -> Option<ValidCase> {
    let text = strip_bom(CASES.get(index)?.file.text);
    ValidCase::checked_by_the_tests(parse_case_text(text).ok()?)
}

/// The shipped case with this id, parsed and validated.
pub fn case(case_id: &str) -> Option<ValidCase> {
    cases().find(|case| case.case().id == case_id)
}

/// The ids of the shipped cases.
pub fn case_ids() -> Vec<String> {
    cases().map(|case| case.case().id.clone()).collect()
}

/// The shipped scenarios for `case_id`, parsed, with their file names.
pub fn scenarios_for(case_id: &str) -> Vec<(&'static str, Scenario)> {
    SCENARIOS
        .iter()
        .filter_map(|file| Some((file.file_name, parse_scenario(file.text).ok()?)))
        .filter(|(_, scenario)| scenario.case_id == case_id)
        .collect()
}
