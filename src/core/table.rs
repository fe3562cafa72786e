//! The truth table: every yes/no combination of the open conditions and what follows under each.
//!
//! Combinations the rules among the conditions make impossible are left out and counted: two
//! exclusive conditions both yes, and a condition set to yes where it does not apply (the same
//! row as with it set to no, which is kept and shows the condition as not applicable).

use super::ids::{ConditionIx, TensionIx};
use super::logic::{Lanes, Lock, Truth};
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
    /// Whether each condition applies in this row, in the case's order (a condition whose
    /// `applies_if` does not hold does not; its state is then no).
    pub applies: Vec<bool>,
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
    /// The combinations listed, as row codes (bit k set: the k-th open condition is no,
    /// counting from the last); all of them when the rules rule none out.
    codes: Option<Vec<usize>>,
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
        let mut table = Self {
            case,
            fixed,
            open,
            codes: None,
        };
        if !case.compiled().rules().is_empty() {
            let all = table.combinations();
            let codes: Vec<usize> = (0..all.div_ceil(Lanes::COUNT))
                .flat_map(|block| {
                    let (first, count, conditions) = table.block_conditions(block);
                    let possible = table.possible_lanes(&conditions);
                    (0..count)
                        .filter(move |lane| possible & (1 << lane) != 0)
                        .map(move |lane| first + lane)
                })
                .collect();
            table.codes = Some(codes);
        }
        Ok(table)
    }

    /// The conditions that vary from row to row.
    pub fn open_conditions(&self) -> &[ConditionIx] {
        &self.open
    }

    /// Every combination of the open conditions: two to the power of their number.
    fn combinations(&self) -> usize {
        1 << self.open.len()
    }

    /// Number of rows: the combinations the rules among the conditions leave possible.
    pub fn len(&self) -> usize {
        self.codes
            .as_ref()
            .map_or_else(|| self.combinations(), Vec::len)
    }

    /// A table always has at least one row.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// How many combinations the rules among the conditions leave out.
    pub fn left_out(&self) -> usize {
        self.combinations() - self.len()
    }

    /// Row `index`. Rows count like binary numbers with yes before no, the first open
    /// condition changing slowest: the first row is all yes, the last all no.
    pub fn row(&self, index: usize) -> TableRow {
        let code = self
            .codes
            .as_ref()
            .map_or(Some(index), |codes| codes.get(index).copied())
            .unwrap_or(0);
        let mut states = self.fixed.clone();
        let width = self.open.len();
        for (k, &condition) in self.open.iter().enumerate() {
            let bit = (code >> (width - 1 - k)) & 1;
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
            applies: self.applies(&truths),
            states,
            follows: values.iter().map(|v| *v == Truth::True).collect(),
            tensions,
        }
    }

    /// Every row, in order.
    ///
    /// The same rows as [`TruthTable::row`] gives one by one, computed 64 at a time.
    pub fn rows(&self) -> impl Iterator<Item = TableRow> + '_ {
        (0..self.combinations().div_ceil(Lanes::COUNT)).flat_map(move |block| self.block(block))
    }

    /// Whether each condition applies under `truths` (every row's states are yes or no).
    fn applies(&self, truths: &[Truth]) -> Vec<bool> {
        self.case
            .compiled()
            .rules()
            .locks(truths)
            .into_iter()
            .map(|lock| lock != Some(Lock::NotApplicable))
            .collect()
    }

    /// The combinations `block * 64` to `block * 64 + 63` (fewer at the end): the first,
    /// how many, and each condition's value in each of them, one lane per combination.
    fn block_conditions(&self, block: usize) -> (usize, usize, Vec<Lanes>) {
        let first = block * Lanes::COUNT;
        let count = self.combinations().saturating_sub(first).min(Lanes::COUNT);
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
        (first, count, conditions)
    }

    /// The lanes of a block whose combination the rules leave possible: no two exclusive
    /// conditions both yes, and no condition yes where it does not apply.
    fn possible_lanes(&self, conditions: &[Lanes]) -> u64 {
        let rules = self.case.compiled().rules();
        let every: Vec<usize> = (0..conditions.len()).collect();
        let mut impossible = rules.contradictions(conditions, &every);
        let resolved = rules.resolve_lanes(conditions);
        for (stated, resolved) in conditions.iter().zip(resolved.iter()) {
            impossible |= stated.lanes_with(Truth::True) & resolved.lanes_with(Truth::False);
        }
        !impossible
    }

    /// The possible rows among combinations `block * 64` to `block * 64 + 63`, evaluated
    /// together: each condition and consequence holds its value in every one of those rows.
    fn block(&self, block: usize) -> Vec<TableRow> {
        let (_, count, conditions) = self.block_conditions(block);
        let possible = if self.codes.is_some() {
            self.possible_lanes(&conditions)
        } else {
            !0
        };
        let compiled = self.case.compiled();
        let mut values = Vec::new();
        compiled.evaluate_all_lanes(&conditions, &mut values);
        let tensions: Vec<Lanes> = (0..self.case.case().tensions.len())
            .map(|t| compiled.tension_lanes(t, &conditions, &values))
            .collect();
        (0..count)
            .filter(|lane| possible & (1 << lane) != 0)
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
                let truths: Vec<Truth> = states.iter().map(|s| Truth::from(*s)).collect();
                TableRow {
                    applies: self.applies(&truths),
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
