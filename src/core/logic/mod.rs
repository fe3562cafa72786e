//! Triggers compiled to an index-based form for fast three-valued evaluation.

mod rules;
mod truth;

pub use rules::{Lock, Rules, RulesError};
pub(crate) use truth::Lanes;
pub use truth::Truth;

use std::collections::BTreeSet;

use crate::core::lookup::IdMap;

use super::model::{Case, Trigger};

/// Index of a node in [`Compiled::nodes`].
type NodeId = usize;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Always,
    Condition(usize),
    Consequence(usize),
    Not(NodeId),
    All(Vec<NodeId>),
    Any(Vec<NodeId>),
}

/// A case's triggers compiled to indices, with the chains between consequences resolved.
///
/// Built only from a validated case (every id resolves, no cycles).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    nodes: Vec<Node>,
    consequence_roots: Vec<NodeId>,
    tension_roots: Vec<NodeId>,
    /// Consequences in an order where every chain target comes before what depends on it.
    order: Vec<usize>,
    /// Per consequence: the consequences it depends on, in dependency order.
    closure: Vec<Vec<usize>>,
    /// Per consequence: the conditions it can depend on, sorted: those its trigger reaches,
    /// and those the rules tie them to.
    support: Vec<Vec<usize>>,
    /// The rules among the conditions (`applies_if`, `exclusive`).
    rules: Rules,
}

/// Why a case could not be compiled (validation reports these with positions first).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// A trigger names a condition the case does not have.
    #[error("unknown condition `{0}`")]
    UnknownCondition(String),
    /// A trigger names a consequence the case does not have.
    #[error("unknown consequence `{0}`")]
    UnknownConsequence(String),
    /// Consequences depend on each other in a circle.
    #[error("consequences depend on each other in a cycle: {}", .0.join(" → "))]
    Cycle(Vec<String>),
    /// Conditions apply only if each other apply, in a circle.
    #[error("the `applies_if` rules go round in a circle: {}", .0.join(" → "))]
    ConditionCycle(Vec<String>),
}

impl Compiled {
    /// Compiles every trigger of `case`.
    pub fn new(case: &Case) -> Result<Self, CompileError> {
        let condition_index: IdMap<'_, usize> = case
            .conditions
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let consequence_index: IdMap<'_, usize> = case
            .consequences
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let mut builder = Builder {
            nodes: Vec::new(),
            conditions: &condition_index,
            consequences: &consequence_index,
        };
        let consequence_roots = case
            .consequences
            .iter()
            .map(|c| builder.add(&c.trigger))
            .collect::<Result<Vec<_>, _>>()?;
        let tension_roots = case
            .tensions
            .iter()
            .map(|t| builder.add(&t.when))
            .collect::<Result<Vec<_>, _>>()?;
        let rules = Rules::new(case).map_err(|error| match error {
            RulesError::UnknownName(id) => CompileError::UnknownCondition(id),
            RulesError::Cycle(cycle) => CompileError::ConditionCycle(cycle),
        })?;
        let mut compiled = Self {
            nodes: builder.nodes,
            consequence_roots,
            tension_roots,
            order: Vec::new(),
            closure: Vec::new(),
            support: Vec::new(),
            rules,
        };
        compiled.order = compiled.dependency_order(case)?;
        // Where each consequence sits in `order`, to sort a closure without scanning `order`.
        let mut rank = vec![0; compiled.order.len()];
        for (position, &i) in compiled.order.iter().enumerate() {
            if let Some(slot) = rank.get_mut(i) {
                *slot = position;
            }
        }
        compiled.closure = (0..case.consequences.len())
            .map(|i| compiled.dependency_closure(i, &rank))
            .collect();
        compiled.support = (0..case.consequences.len())
            .map(|i| compiled.collect_support(i))
            .collect();
        Ok(compiled)
    }

    /// Number of consequences.
    pub fn consequence_count(&self) -> usize {
        self.consequence_roots.len()
    }

    /// The conditions consequence `index` can depend on, sorted.
    pub fn support(&self, index: usize) -> &[usize] {
        self.support.get(index).map_or(&[], Vec::as_slice)
    }

    /// The rules among the conditions.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The truth of every consequence, given the stated truth of every condition (by index).
    pub fn evaluate_all(&self, stated: &[Truth], out: &mut Vec<Truth>) {
        let conditions = &*self.rules.resolve(stated);
        out.clear();
        out.resize(self.consequence_roots.len(), Truth::Unknown);
        for &i in &self.order {
            if let Some(&root) = self.consequence_roots.get(i) {
                let value = self.eval(root, conditions, out);
                if let Some(slot) = out.get_mut(i) {
                    *slot = value;
                }
            }
        }
    }

    /// The truth of tension `index`, given condition truths and consequence truths.
    pub fn tension(&self, index: usize, stated: &[Truth], consequences: &[Truth]) -> Truth {
        let conditions = &*self.rules.resolve(stated);
        self.tension_roots
            .get(index)
            .map_or(Truth::Unknown, |&root| {
                self.eval(root, conditions, consequences)
            })
    }

    /// The truth of consequence `index` alone, re-evaluating what it depends on.
    /// `scratch` is working memory reused between calls (any contents).
    pub fn evaluate_one(&self, index: usize, stated: &[Truth], scratch: &mut Vec<Truth>) -> Truth {
        let conditions = &*self.rules.resolve(stated);
        if scratch.len() < self.consequence_roots.len() {
            scratch.resize(self.consequence_roots.len(), Truth::Unknown);
        }
        if let Some(closure) = self.closure.get(index) {
            for &j in closure {
                if let Some(&root) = self.consequence_roots.get(j) {
                    let value = self.eval(root, conditions, scratch);
                    if let Some(slot) = scratch.get_mut(j) {
                        *slot = value;
                    }
                }
            }
        }
        self.consequence_roots
            .get(index)
            .map_or(Truth::Unknown, |&root| self.eval(root, conditions, scratch))
    }

    /// [`Compiled::evaluate_all`] over lanes: every consequence for up to 64 trials at once.
    pub(crate) fn evaluate_all_lanes(&self, stated: &[Lanes], out: &mut Vec<Lanes>) {
        let conditions = &*self.rules.resolve_lanes(stated);
        out.clear();
        out.resize(self.consequence_roots.len(), Lanes::default());
        for &i in &self.order {
            if let Some(&root) = self.consequence_roots.get(i) {
                let value = self.eval_lanes(root, conditions, out);
                if let Some(slot) = out.get_mut(i) {
                    *slot = value;
                }
            }
        }
    }

    /// [`Compiled::tension`] over lanes.
    pub(crate) fn tension_lanes(
        &self,
        index: usize,
        stated: &[Lanes],
        consequences: &[Lanes],
    ) -> Lanes {
        let conditions = &*self.rules.resolve_lanes(stated);
        self.tension_roots
            .get(index)
            .map_or(Lanes::default(), |&root| {
                self.eval_lanes(root, conditions, consequences)
            })
    }

    /// [`Compiled::evaluate_one`] over lanes: consequence `index` for up to 64 trials at once.
    /// Only the conditions in the consequence's [`Compiled::support`] are read.
    pub(crate) fn evaluate_one_lanes(
        &self,
        index: usize,
        stated: &[Lanes],
        scratch: &mut Vec<Lanes>,
    ) -> Lanes {
        let conditions = &*self.rules.resolve_lanes(stated);
        if scratch.len() < self.consequence_roots.len() {
            scratch.resize(self.consequence_roots.len(), Lanes::default());
        }
        if let Some(closure) = self.closure.get(index) {
            for &j in closure {
                if let Some(&root) = self.consequence_roots.get(j) {
                    let value = self.eval_lanes(root, conditions, scratch);
                    if let Some(slot) = scratch.get_mut(j) {
                        *slot = value;
                    }
                }
            }
        }
        self.consequence_roots
            .get(index)
            .map_or(Lanes::default(), |&root| {
                self.eval_lanes(root, conditions, scratch)
            })
    }

    /// The unknown conditions consequence `index` still hangs on once the known ones are
    /// substituted and the expression simplified.
    pub fn open_conditions(&self, index: usize, conditions: &[Truth]) -> BTreeSet<usize> {
        self.open_conditions_sorted(index, conditions)
            .into_iter()
            .collect()
    }

    /// [`Compiled::open_conditions`] as a sorted list without repeats.
    pub(crate) fn open_conditions_sorted(&self, index: usize, stated: &[Truth]) -> Vec<usize> {
        let conditions = &*self.rules.resolve(stated);
        let mut open = Vec::with_capacity(self.support(index).len());
        if let Some(&root) = self.consequence_roots.get(index) {
            self.residual(root, conditions, &mut open);
        }
        if !self.rules.is_empty() {
            // An open condition may hang on its own state or on its `applies_if`.
            let reached = std::mem::take(&mut open);
            for c in reached {
                self.rules.open(c, stated, &mut open);
            }
        }
        open.sort_unstable();
        open.dedup();
        open
    }

    fn eval(&self, node: NodeId, conditions: &[Truth], consequences: &[Truth]) -> Truth {
        match self.nodes.get(node) {
            Some(Node::Always) => Truth::True,
            Some(Node::Condition(c)) => conditions.get(*c).copied().unwrap_or(Truth::Unknown),
            Some(Node::Consequence(j)) => consequences.get(*j).copied().unwrap_or(Truth::Unknown),
            Some(Node::Not(inner)) => !self.eval(*inner, conditions, consequences),
            Some(Node::All(items)) => {
                let mut value = Truth::True;
                for &item in items {
                    value = value.and(self.eval(item, conditions, consequences));
                    if value == Truth::False {
                        break;
                    }
                }
                value
            }
            Some(Node::Any(items)) => {
                let mut value = Truth::False;
                for &item in items {
                    value = value.or(self.eval(item, conditions, consequences));
                    if value == Truth::True {
                        break;
                    }
                }
                value
            }
            None => Truth::Unknown,
        }
    }

    fn eval_lanes(&self, node: NodeId, conditions: &[Lanes], consequences: &[Lanes]) -> Lanes {
        match self.nodes.get(node) {
            Some(Node::Always) => Lanes::splat(Truth::True),
            Some(Node::Condition(c)) => conditions.get(*c).copied().unwrap_or_default(),
            Some(Node::Consequence(j)) => consequences.get(*j).copied().unwrap_or_default(),
            Some(Node::Not(inner)) => self.eval_lanes(*inner, conditions, consequences).negated(),
            Some(Node::All(items)) => items
                .iter()
                .fold(Lanes::splat(Truth::True), |value, &item| {
                    value.and(self.eval_lanes(item, conditions, consequences))
                }),
            Some(Node::Any(items)) => items
                .iter()
                .fold(Lanes::splat(Truth::False), |value, &item| {
                    value.or(self.eval_lanes(item, conditions, consequences))
                }),
            None => Lanes::default(),
        }
    }

    /// The value of `node` with the known conditions substituted; the unknown conditions
    /// the value still hangs on are appended to `open` (possibly repeated). A definite value
    /// appends nothing.
    fn residual(&self, node: NodeId, conditions: &[Truth], open: &mut Vec<usize>) -> Truth {
        match self.nodes.get(node) {
            Some(Node::Always) => Truth::True,
            Some(Node::Condition(c)) => {
                let value = conditions.get(*c).copied().unwrap_or(Truth::Unknown);
                if value == Truth::Unknown {
                    open.push(*c);
                }
                value
            }
            Some(Node::Consequence(j)) => self
                .consequence_roots
                .get(*j)
                .map_or(Truth::Unknown, |&root| {
                    self.residual(root, conditions, open)
                }),
            Some(Node::Not(inner)) => !self.residual(*inner, conditions, open),
            Some(Node::All(items)) => self.residual_of_list(items, conditions, Truth::False, open),
            Some(Node::Any(items)) => self.residual_of_list(items, conditions, Truth::True, open),
            None => Truth::Unknown,
        }
    }

    /// `decisive` is the value that settles the list (false for `all`, true for `any`).
    fn residual_of_list(
        &self,
        items: &[NodeId],
        conditions: &[Truth],
        decisive: Truth,
        open: &mut Vec<usize>,
    ) -> Truth {
        let start = open.len();
        for &item in items {
            let before = open.len();
            let value = self.residual(item, conditions, open);
            if value == decisive {
                open.truncate(start);
                return decisive;
            }
            if value != Truth::Unknown {
                open.truncate(before);
            }
        }
        if open.len() == start {
            !decisive
        } else {
            Truth::Unknown
        }
    }

    fn direct_consequences(&self, node: NodeId, found: &mut Vec<usize>) {
        match self.nodes.get(node) {
            Some(Node::Consequence(j)) => found.push(*j),
            Some(Node::Not(inner)) => self.direct_consequences(*inner, found),
            Some(Node::All(items) | Node::Any(items)) => {
                for &item in items {
                    self.direct_consequences(item, found);
                }
            }
            _ => {}
        }
    }

    fn conditions_of(&self, node: NodeId, found: &mut BTreeSet<usize>) {
        match self.nodes.get(node) {
            Some(Node::Condition(c)) => {
                found.insert(*c);
            }
            Some(Node::Not(inner)) => self.conditions_of(*inner, found),
            Some(Node::All(items) | Node::Any(items)) => {
                for &item in items {
                    self.conditions_of(item, found);
                }
            }
            _ => {}
        }
    }

    fn edges(&self, index: usize) -> Vec<usize> {
        let mut found = Vec::new();
        if let Some(&root) = self.consequence_roots.get(index) {
            self.direct_consequences(root, &mut found);
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Depth-first topological order; a back edge is a cycle.
    fn dependency_order(&self, case: &Case) -> Result<Vec<usize>, CompileError> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
        }
        let count = self.consequence_roots.len();
        let mut marks = vec![Mark::New; count];
        let mut order = Vec::with_capacity(count);
        for start in 0..count {
            if marks.get(start) != Some(&Mark::New) {
                continue;
            }
            // Iterative DFS: (node, its edges, next edge to visit).
            let mut stack: Vec<(usize, Vec<usize>, usize)> = vec![(start, self.edges(start), 0)];
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
                            stack.push((target, self.edges(target), 0));
                        }
                        Some(Mark::Active) => {
                            let from = stack.iter().position(|(n, _, _)| *n == target).unwrap_or(0);
                            let mut cycle: Vec<String> = stack
                                .get(from..)
                                .unwrap_or_default()
                                .iter()
                                .map(|(n, _, _)| consequence_id(case, *n))
                                .collect();
                            cycle.push(consequence_id(case, target));
                            return Err(CompileError::Cycle(cycle));
                        }
                        _ => {}
                    }
                } else {
                    let node = *node;
                    if let Some(mark) = marks.get_mut(node) {
                        *mark = Mark::Done;
                    }
                    order.push(node);
                    stack.pop();
                }
            }
        }
        Ok(order)
    }

    /// `rank[i]` is the position of consequence `i` in `order`.
    fn dependency_closure(&self, index: usize, rank: &[usize]) -> Vec<usize> {
        let mut seen = BTreeSet::new();
        let mut pending = self.edges(index);
        while let Some(next) = pending.pop() {
            if seen.insert(next) {
                pending.extend(self.edges(next));
            }
        }
        // Keep the global dependency order so each entry's own dependencies come first.
        // (Sorting by rank, not filtering `order`, keeps this linear in the closure's size
        // rather than in the number of consequences.)
        let mut closure: Vec<usize> = seen.into_iter().collect();
        closure.sort_by_key(|&i| rank.get(i).copied().unwrap_or(usize::MAX));
        closure
    }

    fn collect_support(&self, index: usize) -> Vec<usize> {
        let mut found = BTreeSet::new();
        let closure = self.closure.get(index).map_or(&[][..], Vec::as_slice);
        for &i in closure.iter().chain(std::iter::once(&index)) {
            if let Some(&root) = self.consequence_roots.get(i) {
                self.conditions_of(root, &mut found);
            }
        }
        // And every condition the rules tie those to, and so on.
        let mut pending: Vec<usize> = found.iter().copied().collect();
        while let Some(c) = pending.pop() {
            for related in self.rules.related(c) {
                if found.insert(related) {
                    pending.push(related);
                }
            }
        }
        found.into_iter().collect()
    }
}

fn consequence_id(case: &Case, index: usize) -> String {
    case.consequences
        .get(index)
        .map_or_else(|| format!("#{index}"), |c| c.id.clone())
}

struct Builder<'a> {
    nodes: Vec<Node>,
    conditions: &'a IdMap<'a, usize>,
    consequences: &'a IdMap<'a, usize>,
}

impl Builder<'_> {
    fn add(&mut self, trigger: &Trigger) -> Result<NodeId, CompileError> {
        let node = match trigger {
            Trigger::Always => Node::Always,
            Trigger::Condition(id) => Node::Condition(
                *self
                    .conditions
                    .get(id.as_str())
                    .ok_or_else(|| CompileError::UnknownCondition(id.clone()))?,
            ),
            Trigger::Consequence(id) => Node::Consequence(
                *self
                    .consequences
                    .get(id.as_str())
                    .ok_or_else(|| CompileError::UnknownConsequence(id.clone()))?,
            ),
            Trigger::Not(inner) => Node::Not(self.add(inner)?),
            Trigger::All(items) => Node::All(self.add_all(items)?),
            Trigger::Any(items) => Node::Any(self.add_all(items)?),
        };
        self.nodes.push(node);
        Ok(self.nodes.len() - 1)
    }

    fn add_all(&mut self, items: &[Trigger]) -> Result<Vec<NodeId>, CompileError> {
        items.iter().map(|item| self.add(item)).collect()
    }
}
