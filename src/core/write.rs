//! Writing cases and scenarios as RON text, in the layout Skenario's files have.

use super::dialect::options;
use super::model::Case;
use super::scenario::Scenario;

/// Writes a scenario as RON text (what `save` puts in a file).
pub fn scenario_to_ron(scenario: &Scenario) -> Result<String, ron::Error> {
    to_ron(scenario)
}

/// Writes a case as RON text.
pub fn case_to_ron(case: &Case) -> Result<String, ron::Error> {
    to_ron(case)
}

fn to_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false);
    let mut text = options().to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}
