//! Three-valued (Kleene) logic and triggers compiled to an index-based form for fast evaluation.

use std::collections::{BTreeSet, HashMap};

use super::model::{Case, ConditionState, Trigger};

/// A Kleene truth value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Truth {
    /// Holds.
    True,
    /// Does not hold.
    False,
    /// Could go either way.
    Unknown,
}

impl Truth {
    /// Kleene conjunction.
    #[must_use]
    pub fn and(self, other: Self) -> Self {
        match (self, other) {
            (Self::False, _) | (_, Self::False) => Self::False,
            (Self::True, Self::True) => Self::True,
            _ => Self::Unknown,
        }
    }

    /// Kleene disjunction.
    #[must_use]
    pub fn or(self, other: Self) -> Self {
        match (self, other) {
            (Self::True, _) | (_, Self::True) => Self::True,
            (Self::False, Self::False) => Self::False,
            _ => Self::Unknown,
        }
    }
}

impl std::ops::Not for Truth {
    type Output = Self;

    /// Kleene negation.
    fn not(self) -> Self {
        match self {
            Self::True => Self::False,
            Self::False => Self::True,
            Self::Unknown => Self::Unknown,
        }
    }
}

impl From<ConditionState> for Truth {
    fn from(state: ConditionState) -> Self {
        match state {
            ConditionState::Yes => Self::True,
            ConditionState::No => Self::False,
            ConditionState::Unknown => Self::Unknown,
        }
    }
}

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
    /// Per consequence: the conditions its trigger reaches, sorted.
    support: Vec<Vec<usize>>,
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
}

impl Compiled {
    /// Compiles every trigger of `case`.
    pub fn new(case: &Case) -> Result<Self, CompileError> {
        let condition_index: HashMap<&str, usize> = case
            .conditions
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let consequence_index: HashMap<&str, usize> = case
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
        let mut compiled = Self {
            nodes: builder.nodes,
            consequence_roots,
            tension_roots,
            order: Vec::new(),
            closure: Vec::new(),
            support: Vec::new(),
        };
        compiled.order = compiled.dependency_order(case)?;
        compiled.closure = (0..case.consequences.len())
            .map(|i| compiled.dependency_closure(i))
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

    /// The truth of every consequence, given the truth of every condition (by index).
    pub fn evaluate_all(&self, conditions: &[Truth], out: &mut Vec<Truth>) {
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
    pub fn tension(&self, index: usize, conditions: &[Truth], consequences: &[Truth]) -> Truth {
        self.tension_roots
            .get(index)
            .map_or(Truth::Unknown, |&root| {
                self.eval(root, conditions, consequences)
            })
    }

    /// The truth of consequence `index` alone, re-evaluating what it depends on.
    /// `scratch` is working memory reused between calls (any contents).
    pub fn evaluate_one(
        &self,
        index: usize,
        conditions: &[Truth],
        scratch: &mut Vec<Truth>,
    ) -> Truth {
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

    /// The unknown conditions consequence `index` still hangs on once the known ones are
    /// substituted and the expression simplified.
    pub fn open_conditions(&self, index: usize, conditions: &[Truth]) -> BTreeSet<usize> {
        self.consequence_roots
            .get(index)
            .map_or_else(BTreeSet::new, |&root| self.residual(root, conditions).1)
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

    fn residual(&self, node: NodeId, conditions: &[Truth]) -> (Truth, BTreeSet<usize>) {
        match self.nodes.get(node) {
            Some(Node::Always) => (Truth::True, BTreeSet::new()),
            Some(Node::Condition(c)) => {
                let value = conditions.get(*c).copied().unwrap_or(Truth::Unknown);
                let open = if value == Truth::Unknown {
                    BTreeSet::from([*c])
                } else {
                    BTreeSet::new()
                };
                (value, open)
            }
            Some(Node::Consequence(j)) => self
                .consequence_roots
                .get(*j)
                .map_or((Truth::Unknown, BTreeSet::new()), |&root| {
                    self.residual(root, conditions)
                }),
            Some(Node::Not(inner)) => {
                let (value, open) = self.residual(*inner, conditions);
                (!value, open)
            }
            Some(Node::All(items)) => self.residual_of_list(items, conditions, Truth::False),
            Some(Node::Any(items)) => self.residual_of_list(items, conditions, Truth::True),
            None => (Truth::Unknown, BTreeSet::new()),
        }
    }

    /// `decisive` is the value that settles the list (false for `all`, true for `any`).
    fn residual_of_list(
        &self,
        items: &[NodeId],
        conditions: &[Truth],
        decisive: Truth,
    ) -> (Truth, BTreeSet<usize>) {
        let mut open = BTreeSet::new();
        for &item in items {
            let (value, item_open) = self.residual(item, conditions);
            if value == decisive {
                return (decisive, BTreeSet::new());
            }
            if value == Truth::Unknown {
                open.extend(item_open);
            }
        }
        if open.is_empty() {
            (!decisive, open)
        } else {
            (Truth::Unknown, open)
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

    fn dependency_closure(&self, index: usize) -> Vec<usize> {
        let mut seen = BTreeSet::new();
        let mut pending = self.edges(index);
        while let Some(next) = pending.pop() {
            if seen.insert(next) {
                pending.extend(self.edges(next));
            }
        }
        // Keep the global dependency order so each entry's own dependencies come first.
        self.order
            .iter()
            .copied()
            .filter(|i| seen.contains(i))
            .collect()
    }

    fn collect_support(&self, index: usize) -> Vec<usize> {
        let mut found = BTreeSet::new();
        let closure = self.closure.get(index).map_or(&[][..], Vec::as_slice);
        for &i in closure.iter().chain(std::iter::once(&index)) {
            if let Some(&root) = self.consequence_roots.get(i) {
                self.conditions_of(root, &mut found);
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
    conditions: &'a HashMap<&'a str, usize>,
    consequences: &'a HashMap<&'a str, usize>,
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

#[cfg(test)]
mod tests {
    use super::Truth::{False as F, True as T, Unknown as U};

    #[test]
    fn kleene_and_or_not_tables() {
        let all = [T, F, U];
        let and = [[T, F, U], [F, F, F], [U, F, U]];
        let or = [[T, T, T], [T, F, U], [T, U, U]];
        for (i, a) in all.into_iter().enumerate() {
            for (j, b) in all.into_iter().enumerate() {
                assert_eq!(a.and(b), and[i][j], "{a:?} and {b:?}");
                assert_eq!(a.or(b), or[i][j], "{a:?} or {b:?}");
            }
        }
        assert_eq!([!T, !F, !U], [F, T, U]);
    }
}
