//! The truth table: every yes/no combination of the open conditions and what follows under each.

use super::ids::{ConditionIx, TensionIx};
use super::logic::{Lanes, Truth};
use super::model::{ConditionState, States};
use super::valid::ValidCase;

/// Listing more open conditions than this would be too many rows to be useful.
pub const MAX_TABLE_CONDITIONS: usize = 16;

/// Why a table cannot be listed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{open} conditions are open, which makes {rows} combinations; the table lists at most {MAX_TABLE_CONDITIONS} open conditions ({max_rows} rows). Fix some conditions to yes or no first",
    rows = 1_u128 << (*.open).min(127),
    max_rows = 1_u64 << MAX_TABLE_CONDITIONS
)]
pub struct TooManyConditions {
    /// How many conditions were open.
    pub open: usize,
}

/// One row: a combination of condition states and what follows under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// The state of every condition, in the case's order (none unknown).
    pub states: Vec<ConditionState>,
    /// Whether each consequence follows, in the case's order.
    pub follows: Vec<bool>,
    /// The tensions that hold.
    pub tensions: Vec<TensionIx>,
}

/// The truth table of a case, with some conditions fixed and the rest enumerated.
///
/// Rows are computed on demand, so a view can show only the rows on screen.
#[derive(Debug, Clone)]
pub struct TruthTable<'a> {
    case: &'a ValidCase,
    fixed: Vec<ConditionState>,
    open: Vec<ConditionIx>,
}

impl<'a> TruthTable<'a> {
    /// A table over the conditions that `fixed` leaves unknown.
    pub fn new(case: &'a ValidCase, fixed: &States) -> Result<Self, TooManyConditions> {
        let fixed: Vec<ConditionState> = case
            .case()
            .conditions
            .iter()
            .map(|c| fixed.get(&c.id).copied().unwrap_or_default())
            .collect();
        let open: Vec<ConditionIx> = fixed
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == ConditionState::Unknown)
            .map(|(i, _)| ConditionIx(i))
            .collect();
        if open.len() > MAX_TABLE_CONDITIONS {
            return Err(TooManyConditions { open: open.len() });
        }
        Ok(Self { case, fixed, open })
    }

    /// The conditions that vary from row to row.
    pub fn open_conditions(&self) -> &[ConditionIx] {
        &self.open
    }

    /// Number of rows: two to the power of the open conditions.
    pub fn len(&self) -> usize {
        1 << self.open.len()
    }

    /// A table always has at least one row.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// Row `index`. Rows count like binary numbers with yes before no, the first open
    /// condition changing slowest: row 0 is all yes, the last row all no.
    pub fn row(&self, index: usize) -> TableRow {
        let mut states = self.fixed.clone();
        let width = self.open.len();
        for (k, &condition) in self.open.iter().enumerate() {
            let bit = (index >> (width - 1 - k)) & 1;
            if let Some(slot) = states.get_mut(condition.0) {
                *slot = if bit == 0 {
                    ConditionState::Yes
                } else {
                    ConditionState::No
                };
            }
        }
        let truths: Vec<Truth> = states.iter().map(|s| Truth::from(*s)).collect();
        let compiled = self.case.compiled();
        let mut values = Vec::new();
        compiled.evaluate_all(&truths, &mut values);
        let tensions = (0..self.case.case().tensions.len())
            .filter(|&t| compiled.tension(t, &truths, &values) == Truth::True)
            .map(TensionIx)
            .collect();
        TableRow {
            states,
            follows: values.iter().map(|v| *v == Truth::True).collect(),
            tensions,
        }
    }

    /// Every row, in order.
    ///
    /// The same rows as [`TruthTable::row`] gives one by one, computed 64 at a time.
    pub fn rows(&self) -> impl Iterator<Item = TableRow> + '_ {
        (0..self.len().div_ceil(Lanes::COUNT)).flat_map(move |block| self.block(block))
    }

    /// Rows `block * 64` to `block * 64 + 63` (fewer at the end of the table), evaluated
    /// together: each condition and consequence holds its value in every one of those rows.
    fn block(&self, block: usize) -> Vec<TableRow> {
        let first = block * Lanes::COUNT;
        let count = self.len().saturating_sub(first).min(Lanes::COUNT);
        let width = self.open.len();
        let mut conditions: Vec<Lanes> = self
            .fixed
            .iter()
            .map(|s| Lanes::splat(Truth::from(*s)))
            .collect();
        for (k, &condition) in self.open.iter().enumerate() {
            let mut lanes = Lanes::default();
            for lane in 0..count {
                let bit = ((first + lane) >> (width - 1 - k)) & 1;
                lanes.set(lane, if bit == 0 { Truth::True } else { Truth::False });
            }
            if let Some(slot) = conditions.get_mut(condition.0) {
                *slot = lanes;
            }
        }
        let compiled = self.case.compiled();
        let mut values = Vec::new();
        compiled.evaluate_all_lanes(&conditions, &mut values);
        let tensions: Vec<Lanes> = (0..self.case.case().tensions.len())
            .map(|t| compiled.tension_lanes(t, &conditions, &values))
            .collect();
        (0..count)
            .map(|lane| {
                let holds = |lanes: &Lanes| lanes.lanes_with(Truth::True) & (1 << lane) != 0;
                let mut states = self.fixed.clone();
                for &condition in &self.open {
                    if let (Some(slot), Some(lanes)) =
                        (states.get_mut(condition.0), conditions.get(condition.0))
                    {
                        *slot = if holds(lanes) {
                            ConditionState::Yes
                        } else {
                            ConditionState::No
                        };
                    }
                }
                TableRow {
                    states,
                    follows: values.iter().map(holds).collect(),
                    tensions: (0..tensions.len())
                        .filter(|&t| tensions.get(t).is_some_and(holds))
                        .map(TensionIx)
                        .collect(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::parse_case;

    /// A case with `n` conditions `c0…`, chained and negated triggers, and a tension.
    fn case_text(n: usize) -> String {
        let sentences = crate::core::fixtures::sentences(n + 4);
        let conditions = crate::core::fixtures::conditions(n);
        let consequence = |k: usize, id: &str, trigger: &str| {
            format!(
                "(id: \"{id}\", title: (en: \"t\", id: \"t\"), actor: \"a\", kind: position, firmness: stated, trigger: {trigger}, evidence: [{}]),",
                n + k
            )
        };
        let last = n - 1;
        let consequences = [
            consequence(1, "x", "all([condition(\"c0\"), not(condition(\"c1\"))])"),
            consequence(2, "y", &format!("any([consequence(\"x\"), condition(\"c{last}\")])")),
            consequence(3, "z", &format!("not(all([consequence(\"y\"), condition(\"c2\"), any([condition(\"c3\"), not(condition(\"c{last}\"))])]))")),
            consequence(4, "w", "always"),
        ]
        .concat();
        format!(
            "(format_version: 1, id: \"t\", title: (en: \"T\", id: \"T\"), sentences: [{sentences}], actors: [(id: \"a\", name: (en: \"A\", id: \"A\"))], conditions: [{conditions}], consequences: [{consequences}], tensions: [(id: \"both\", when: all([consequence(\"x\"), condition(\"c2\")]), title: (en: \"t\", id: \"t\"), explanation: (en: \"e\", id: \"e\"))])"
        )
    }

    #[test]
    fn rows_computed_in_blocks_match_rows_computed_one_by_one() {
        for n in [4, 7, 8] {
            let (case, _) = parse_case(&case_text(n)).expect("the test case is valid");
            let mut fixed = States::new();
            for states in [States::new(), {
                fixed.insert("c2".to_owned(), ConditionState::No);
                fixed.clone()
            }] {
                let table = TruthTable::new(&case, &states).expect("few conditions");
                let rows: Vec<TableRow> = table.rows().collect();
                assert_eq!(rows.len(), table.len());
                for (index, row) in rows.iter().enumerate() {
                    assert_eq!(*row, table.row(index), "{n} conditions, row {index}");
                }
            }
        }
    }
}
