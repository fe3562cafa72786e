//! The truth table: every yes/no combination of the open conditions and what follows under each.

use super::logic::Truth;
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
pub struct Row {
    /// The state of every condition, in the case's order (none unknown).
    pub states: Vec<ConditionState>,
    /// Whether each consequence follows, in the case's order.
    pub follows: Vec<bool>,
    /// Indices of the tensions that hold.
    pub tensions: Vec<usize>,
}

/// The truth table of a case, with some conditions fixed and the rest enumerated.
///
/// Rows are computed on demand, so a view can show only the rows on screen.
#[derive(Debug, Clone)]
pub struct TruthTable<'a> {
    case: &'a ValidCase,
    fixed: Vec<ConditionState>,
    open: Vec<usize>,
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
        let open: Vec<usize> = fixed
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == ConditionState::Unknown)
            .map(|(i, _)| i)
            .collect();
        if open.len() > MAX_TABLE_CONDITIONS {
            return Err(TooManyConditions { open: open.len() });
        }
        Ok(Self { case, fixed, open })
    }

    /// The conditions that vary from row to row (indices into the case's conditions).
    pub fn open_conditions(&self) -> &[usize] {
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
    pub fn row(&self, index: usize) -> Row {
        let mut states = self.fixed.clone();
        let width = self.open.len();
        for (k, &condition) in self.open.iter().enumerate() {
            let bit = (index >> (width - 1 - k)) & 1;
            if let Some(slot) = states.get_mut(condition) {
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
            .collect();
        Row {
            states,
            follows: values.iter().map(|v| *v == Truth::True).collect(),
            tensions,
        }
    }

    /// Every row, in order.
    pub fn rows(&self) -> impl Iterator<Item = Row> + '_ {
        (0..self.len()).map(|i| self.row(i))
    }
}
