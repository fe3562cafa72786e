//! A quick way to tell two triggers are the same: each written out, chains replaced by the
//! triggers they point at and conditions named as the comparison's variables. Two triggers
//! written out alike say the same under cases without rules among their conditions, with no
//! combination to try; any other pair is left to [`super::trigger`].

use std::collections::BTreeMap;

use super::trigger::Variable;
use crate::core::model::{Case, Trigger};

/// The most nodes a trigger is written out to before the quick way gives up.
const BUDGET: usize = 256;

/// The places of a case's conditions and consequences by id.
pub struct Lookup<'a> {
    conditions: BTreeMap<&'a str, usize>,
    consequences: BTreeMap<&'a str, usize>,
}

impl<'a> Lookup<'a> {
    /// The places in `case`.
    pub fn of(case: &'a Case) -> Self {
        Self {
            conditions: case
                .conditions
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i))
                .collect(),
            consequences: case
                .consequences
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i))
                .collect(),
        }
    }
}

/// A trigger written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// Always holds.
    Always,
    /// The condition is yes.
    Is(Variable),
    /// The inner one does not hold.
    Not(Box<Expr>),
    /// Every inner one holds.
    All(Vec<Expr>),
    /// At least one inner one holds.
    Any(Vec<Expr>),
}

/// One side of a comparison: its case, the places in it, and how its conditions are named.
pub struct Side<'a> {
    /// The case.
    pub case: &'a Case,
    /// The places of its elements.
    pub lookup: &'a Lookup<'a>,
    /// The variable each of its conditions (by place) stands for.
    pub variables: &'a [Variable],
}

/// Consequence `index` of `side`'s trigger written out, or none past the budget.
pub fn written_out(side: &Side<'_>, index: usize) -> Option<Expr> {
    let mut budget = BUDGET;
    let trigger = &side.case.consequences.get(index)?.trigger;
    expand(side, trigger, &mut budget)
}

fn expand(side: &Side<'_>, trigger: &Trigger, budget: &mut usize) -> Option<Expr> {
    *budget = budget.checked_sub(1)?;
    let list = |items: &[Trigger], budget: &mut usize| -> Option<Vec<Expr>> {
        items.iter().map(|t| expand(side, t, budget)).collect()
    };
    Some(match trigger {
        Trigger::Always => Expr::Always,
        Trigger::Condition(id) => {
            let place = side.lookup.conditions.get(id.as_str())?;
            Expr::Is(*side.variables.get(*place)?)
        }
        Trigger::Consequence(id) => {
            let place = side.lookup.consequences.get(id.as_str())?;
            let chained = &side.case.consequences.get(*place)?.trigger;
            expand(side, chained, budget)?
        }
        Trigger::Not(inner) => Expr::Not(Box::new(expand(side, inner, budget)?)),
        Trigger::All(items) => Expr::All(list(items, budget)?),
        Trigger::Any(items) => Expr::Any(list(items, budget)?),
    })
}
