//! The rules among conditions: a condition may apply only when others have given values
//! (`applies_if`), and of a set of exclusive conditions at most one can be yes.
//!
//! Triggers see the conditions as these rules leave them ("resolved"): a condition whose
//! `applies_if` does not hold is not applicable and counts as no; a condition left unknown
//! while an exclusive partner is yes counts as no. Two exclusive partners both stated yes
//! are a contradiction: such states are refused where they are made, and left out of
//! searches and truth tables.

use crate::core::lookup::IdMap;
use std::borrow::Cow;

use super::truth::{Lanes, Truth};
use crate::core::model::{Case, Trigger};

/// A condition's `applies_if`, compiled: a trigger over conditions only.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Prerequisite {
    Always,
    Condition(usize),
    Not(Box<Prerequisite>),
    All(Vec<Prerequisite>),
    Any(Vec<Prerequisite>),
}

impl Prerequisite {
    fn compile(trigger: &Trigger, index: &IdMap<'_, usize>) -> Result<Self, String> {
        Ok(match trigger {
            Trigger::Always => Self::Always,
            Trigger::Condition(id) => {
                Self::Condition(*index.get(id.as_str()).ok_or_else(|| id.clone())?)
            }
            Trigger::Consequence(id) => return Err(id.clone()),
            Trigger::Not(inner) => Self::Not(Box::new(Self::compile(inner, index)?)),
            Trigger::All(items) => Self::All(Self::compile_all(items, index)?),
            Trigger::Any(items) => Self::Any(Self::compile_all(items, index)?),
        })
    }

    fn compile_all(items: &[Trigger], index: &IdMap<'_, usize>) -> Result<Vec<Self>, String> {
        items
            .iter()
            .map(|item| Self::compile(item, index))
            .collect()
    }

    fn eval(&self, conditions: &[Truth]) -> Truth {
        match self {
            Self::Always => Truth::True,
            Self::Condition(c) => conditions.get(*c).copied().unwrap_or(Truth::Unknown),
            Self::Not(inner) => !inner.eval(conditions),
            Self::All(items) => items
                .iter()
                .fold(Truth::True, |value, item| value.and(item.eval(conditions))),
            Self::Any(items) => items
                .iter()
                .fold(Truth::False, |value, item| value.or(item.eval(conditions))),
        }
    }

    fn eval_lanes(&self, conditions: &[Lanes]) -> Lanes {
        match self {
            Self::Always => Lanes::splat(Truth::True),
            Self::Condition(c) => conditions.get(*c).copied().unwrap_or_default(),
            Self::Not(inner) => inner.eval_lanes(conditions).negated(),
            Self::All(items) => items.iter().fold(Lanes::splat(Truth::True), |value, item| {
                value.and(item.eval_lanes(conditions))
            }),
            Self::Any(items) => items
                .iter()
                .fold(Lanes::splat(Truth::False), |value, item| {
                    value.or(item.eval_lanes(conditions))
                }),
        }
    }

    fn conditions(&self, found: &mut Vec<usize>) {
        match self {
            Self::Always => {}
            Self::Condition(c) => found.push(*c),
            Self::Not(inner) => inner.conditions(found),
            Self::All(items) | Self::Any(items) => {
                for item in items {
                    item.conditions(found);
                }
            }
        }
    }

    /// The unknown conditions the value still hangs on, once the known ones are put in.
    fn open(&self, conditions: &[Truth], open: &mut Vec<usize>) {
        if self.eval(conditions) != Truth::Unknown {
            return;
        }
        match self {
            Self::Always => {}
            Self::Condition(c) => open.push(*c),
            Self::Not(inner) => inner.open(conditions, open),
            Self::All(items) | Self::Any(items) => {
                for item in items {
                    item.open(conditions, open);
                }
            }
        }
    }
}

/// Why a condition's switch is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lock {
    /// Its `applies_if` does not hold: it is not applicable (and counts as no).
    NotApplicable,
    /// An exclusive partner (by index) is yes, so this one is no.
    ExcludedBy(usize),
}

/// Why rules could not be compiled (validation reports these with positions first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RulesError {
    /// An `applies_if` names something that is not a condition of the case.
    UnknownName(String),
    /// Conditions apply only if each other apply, in a circle (by id).
    Cycle(Vec<String>),
}

/// The rules among a case's conditions, compiled.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rules {
    /// Per condition, its compiled `applies_if`.
    prerequisites: Vec<Option<Prerequisite>>,
    /// The conditions with an `applies_if`, prerequisites first.
    order: Vec<usize>,
    /// Per condition, the conditions it is exclusive with.
    partners: Vec<Vec<usize>>,
}

impl Rules {
    /// Compiles the rules of `case` (which must have passed validation of its ids).
    pub fn new(case: &Case) -> Result<Self, RulesError> {
        let index: IdMap<'_, usize> = case
            .conditions
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let prerequisites = case
            .conditions
            .iter()
            .map(|c| {
                c.applies_if
                    .as_ref()
                    .map(|trigger| Prerequisite::compile(trigger, &index))
                    .transpose()
                    .map_err(RulesError::UnknownName)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut partners = vec![Vec::new(); case.conditions.len()];
        for group in &case.exclusive {
            let members: Vec<usize> = group
                .iter()
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect();
            for &member in &members {
                if let Some(list) = partners.get_mut(member) {
                    list.extend(members.iter().copied().filter(|&other| other != member));
                    list.sort_unstable();
                    list.dedup();
                }
            }
        }
        let order = prerequisite_order(case, &prerequisites)?;
        Ok(Self {
            prerequisites,
            order,
            partners,
        })
    }

    /// Whether there are no rules at all (conditions are what they are stated to be).
    pub fn is_empty(&self) -> bool {
        self.order.is_empty() && self.partners.iter().all(Vec::is_empty)
    }

    /// The conditions the rules tie condition `c` to: those its `applies_if` names and its
    /// exclusive partners.
    pub fn related(&self, c: usize) -> Vec<usize> {
        let mut found = Vec::new();
        if let Some(Some(prerequisite)) = self.prerequisites.get(c) {
            prerequisite.conditions(&mut found);
        }
        found.extend(self.partners.get(c).into_iter().flatten());
        found
    }

    /// The conditions as the rules leave them, from their stated values.
    pub fn resolve<'a>(&self, stated: &'a [Truth]) -> Cow<'a, [Truth]> {
        if self.is_empty() {
            return Cow::Borrowed(stated);
        }
        let mut resolved = stated.to_vec();
        for (c, slot) in resolved.iter_mut().enumerate() {
            let excluded = self.excluded(c, |p| stated.get(p) == Some(&Truth::True));
            if *slot == Truth::Unknown && excluded {
                *slot = Truth::False;
            }
        }
        for &c in &self.order {
            let Some(Some(prerequisite)) = self.prerequisites.get(c) else {
                continue;
            };
            let applies = prerequisite.eval(&resolved);
            if let Some(slot) = resolved.get_mut(c) {
                *slot = applies.and(*slot);
            }
        }
        Cow::Owned(resolved)
    }

    /// [`Rules::resolve`] over lanes.
    pub(crate) fn resolve_lanes<'a>(&self, stated: &'a [Lanes]) -> Cow<'a, [Lanes]> {
        if self.is_empty() {
            return Cow::Borrowed(stated);
        }
        let mut resolved = stated.to_vec();
        for (c, slot) in resolved.iter_mut().enumerate() {
            let excluded = self.partners.get(c).map_or(0, |partners| {
                partners
                    .iter()
                    .filter_map(|&p| stated.get(p))
                    .fold(0, |lanes, partner| lanes | partner.lanes_with(Truth::True))
            });
            let unknown = slot.lanes_with(Truth::Unknown);
            slot.no |= unknown & excluded;
        }
        for &c in &self.order {
            let Some(Some(prerequisite)) = self.prerequisites.get(c) else {
                continue;
            };
            let applies = prerequisite.eval_lanes(&resolved);
            if let Some(slot) = resolved.get_mut(c) {
                *slot = applies.and(*slot);
            }
        }
        Cow::Owned(resolved)
    }

    /// The lanes whose stated values break an exclusive set (two partners both yes), among
    /// the conditions `among` (the others may hold anything).
    pub(crate) fn contradictions(&self, stated: &[Lanes], among: &[usize]) -> u64 {
        let mut broken = 0;
        for &c in among {
            let (Some(this), Some(partners)) = (stated.get(c), self.partners.get(c)) else {
                continue;
            };
            for &p in partners.iter().filter(|&&p| p > c) {
                if let Some(other) = stated.get(p) {
                    broken |= this.lanes_with(Truth::True) & other.lanes_with(Truth::True);
                }
            }
        }
        broken
    }

    /// Two exclusive conditions both stated yes, if there are: the first such pair.
    pub fn contradiction(&self, stated: &[Truth]) -> Option<(usize, usize)> {
        self.partners.iter().enumerate().find_map(|(c, partners)| {
            (stated.get(c) == Some(&Truth::True))
                .then(|| {
                    partners
                        .iter()
                        .find(|&&p| p > c && stated.get(p) == Some(&Truth::True))
                })
                .flatten()
                .map(|&p| (c, p))
        })
    }

    /// Why each condition's switch is locked under `stated`, if it is: not applicable when its
    /// `applies_if` does not hold, excluded when an exclusive partner is yes.
    pub fn locks(&self, stated: &[Truth]) -> Vec<Option<Lock>> {
        if self.is_empty() {
            return vec![None; stated.len()];
        }
        let resolved = self.resolve(stated);
        (0..stated.len())
            .map(|c| {
                if let Some(Some(prerequisite)) = self.prerequisites.get(c)
                    && prerequisite.eval(&resolved) == Truth::False
                {
                    return Some(Lock::NotApplicable);
                }
                self.partners
                    .get(c)?
                    .iter()
                    .find(|&&p| stated.get(p) == Some(&Truth::True))
                    .map(|&p| Lock::ExcludedBy(p))
            })
            .collect()
    }

    /// The unknown conditions condition `c`'s resolved value hangs on (its own, and those
    /// of its `applies_if` that are still open), given the stated values.
    pub fn open(&self, c: usize, stated: &[Truth], open: &mut Vec<usize>) {
        let resolved = self.resolve(stated);
        if resolved.get(c) != Some(&Truth::Unknown) {
            return;
        }
        if stated.get(c) == Some(&Truth::Unknown) {
            open.push(c);
        }
        if let Some(Some(prerequisite)) = self.prerequisites.get(c) {
            prerequisite.open(&resolved, open);
        }
    }

    fn excluded(&self, c: usize, is_yes: impl Fn(usize) -> bool) -> bool {
        self.partners
            .get(c)
            .is_some_and(|partners| partners.iter().any(|&p| is_yes(p)))
    }
}

/// The conditions with an `applies_if`, each after the conditions it names; a circle among
/// them is an error naming the conditions in it.
fn prerequisite_order(
    case: &Case,
    prerequisites: &[Option<Prerequisite>],
) -> Result<Vec<usize>, RulesError> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let named = |c: usize| -> Vec<usize> {
        let mut found = Vec::new();
        if let Some(Some(prerequisite)) = prerequisites.get(c) {
            prerequisite.conditions(&mut found);
        }
        found
    };
    let id = |c: usize| {
        case.conditions
            .get(c)
            .map_or_else(|| format!("#{c}"), |x| x.id.clone())
    };
    let mut marks = vec![Mark::New; prerequisites.len()];
    let mut order = Vec::new();
    for start in 0..prerequisites.len() {
        if marks.get(start) != Some(&Mark::New) {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>, usize)> = vec![(start, named(start), 0)];
        if let Some(mark) = marks.get_mut(start) {
            *mark = Mark::Active;
        }
        while let Some((node, edges, next)) = stack.last_mut() {
            if let Some(&target) = edges.get(*next) {
                *next += 1;
                match marks.get(target) {
                    Some(Mark::New) => {
                        if let Some(mark) = marks.get_mut(target) {
                            *mark = Mark::Active;
                        }
                        stack.push((target, named(target), 0));
                    }
                    Some(Mark::Active) => {
                        let from = stack.iter().position(|(n, _, _)| *n == target).unwrap_or(0);
                        let mut cycle: Vec<String> = stack
                            .get(from..)
                            .unwrap_or_default()
                            .iter()
                            .map(|(n, _, _)| id(*n))
                            .collect();
                        cycle.push(id(target));
                        return Err(RulesError::Cycle(cycle));
                    }
                    _ => {}
                }
            } else {
                let node = *node;
                if let Some(mark) = marks.get_mut(node) {
                    *mark = Mark::Done;
                }
                if prerequisites.get(node).is_some_and(Option::is_some) {
                    order.push(node);
                }
                stack.pop();
            }
        }
    }
    Ok(order)
}
