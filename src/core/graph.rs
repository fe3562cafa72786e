//! The graph of a case — conditions → consequences → the consequences they lead to, and the
//! objections that contest them — laid out in layers. Pure and deterministic: the same case
//! always gives the same picture; the window only paints it.

use std::collections::BTreeSet;

use super::ids::{ConditionIx, ConsequenceIx, ObjectionIx};
use super::model::Trigger;
use super::valid::ValidCase;

/// Width of every node, in points.
pub const NODE_WIDTH: f32 = 240.0;
/// Height of every node, in points.
pub const NODE_HEIGHT: f32 = 64.0;
/// Horizontal space between layers.
pub const LAYER_GAP: f32 = 110.0;
/// Vertical space between nodes of a layer.
pub const ROW_GAP: f32 = 20.0;

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A condition.
    Condition(ConditionIx),
    /// A consequence.
    Consequence(ConsequenceIx),
    /// An objection.
    Objection(ObjectionIx),
}

/// A node and where it sits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Node {
    /// What it stands for.
    pub kind: NodeKind,
    /// Its column, from 0 (conditions).
    pub layer: usize,
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
}

impl Node {
    /// Whether two nodes' boxes overlap.
    pub fn overlaps(&self, other: &Self) -> bool {
        self.x < other.x + NODE_WIDTH
            && other.x < self.x + NODE_WIDTH
            && self.y < other.y + NODE_HEIGHT
            && other.y < self.y + NODE_HEIGHT
    }
}

/// How one node leads to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// The source holding helps the target follow.
    Leads,
    /// The source NOT holding helps the target follow (it sits under a `not`).
    LeadsIfNot,
    /// The source (an objection) contests the target.
    Contests,
}

/// An edge between two nodes (indices into [`GraphLayout::nodes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edge {
    /// Source node.
    pub from: usize,
    /// Target node.
    pub to: usize,
    /// How.
    pub kind: EdgeKind,
}

/// The laid-out graph.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphLayout {
    /// Every node, conditions first, then consequences, then objections.
    pub nodes: Vec<Node>,
    /// Every edge, sorted.
    pub edges: Vec<Edge>,
    /// Width of the whole drawing.
    pub width: f32,
    /// Height of the whole drawing.
    pub height: f32,
}

impl GraphLayout {
    /// The node standing for `kind`.
    pub fn node_of(&self, kind: NodeKind) -> Option<usize> {
        self.nodes.iter().position(|n| n.kind == kind)
    }
}

/// Lays out `case`.
pub fn layout(case: &ValidCase) -> GraphLayout {
    let model = case.case();
    let conditions = model.conditions.len();
    let consequences = model.consequences.len();
    let consequence_node = |i: ConsequenceIx| conditions + i.0;
    let objection_node = |i: usize| conditions + consequences + i;

    let mut kinds: Vec<NodeKind> = (0..conditions)
        .map(|i| NodeKind::Condition(ConditionIx(i)))
        .collect();
    kinds.extend((0..consequences).map(|i| NodeKind::Consequence(ConsequenceIx(i))));
    kinds.extend((0..model.objections.len()).map(|i| NodeKind::Objection(ObjectionIx(i))));

    let mut edges = BTreeSet::new();
    for (i, consequence) in model.consequences.iter().enumerate() {
        let mut found = Vec::new();
        collect_references(&consequence.trigger, false, &mut found);
        for (reference, negated) in found {
            let kind = if negated {
                EdgeKind::LeadsIfNot
            } else {
                EdgeKind::Leads
            };
            let from = match reference {
                Reference::Condition(id) => case.condition_index(id).map(ConditionIx::index),
                Reference::Consequence(id) => case.consequence_index(id).map(consequence_node),
            };
            if let Some(from) = from {
                edges.insert(Edge {
                    from,
                    to: consequence_node(ConsequenceIx(i)),
                    kind,
                });
            }
        }
    }
    for (i, objection) in model.objections.iter().enumerate() {
        for contested in &objection.contests {
            if let Some(target) = case.consequence_index(contested) {
                edges.insert(Edge {
                    from: objection_node(i),
                    to: consequence_node(target),
                    kind: EdgeKind::Contests,
                });
            }
        }
    }
    let edges: Vec<Edge> = edges.into_iter().collect();

    // Layers: conditions 0; a consequence one right of the deepest consequence it follows from
    // (longest path, in topological order: Kahn's algorithm; validation rules out cycles);
    // objections right of everything they contest.
    let mut layers = vec![0_usize; kinds.len()];
    let chain_edges: Vec<&Edge> = edges
        .iter()
        .filter(|e| e.kind != EdgeKind::Contests)
        .collect();
    let mut waiting = vec![0_usize; kinds.len()];
    for edge in &chain_edges {
        if let Some(count) = waiting.get_mut(edge.to) {
            *count += 1;
        }
    }
    let mut ready: Vec<usize> = (0..conditions + consequences)
        .filter(|&n| waiting.get(n) == Some(&0))
        .collect();
    for n in (0..consequences).map(|i| conditions + i) {
        if let Some(layer) = layers.get_mut(n) {
            *layer = 1;
        }
    }
    let mut outgoing: Vec<Vec<usize>> = vec![Vec::new(); kinds.len()];
    for edge in &chain_edges {
        if let Some(list) = outgoing.get_mut(edge.from) {
            list.push(edge.to);
        }
    }
    while let Some(node) = ready.pop() {
        let here = layers.get(node).copied().unwrap_or(0);
        for &target in outgoing.get(node).map_or(&[][..], Vec::as_slice) {
            if let Some(layer) = layers.get_mut(target) {
                *layer = (*layer).max(here + 1);
            }
            if let Some(count) = waiting.get_mut(target) {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    ready.push(target);
                }
            }
        }
    }
    let last_consequence_layer = (0..consequences)
        .filter_map(|i| layers.get(conditions + i).copied())
        .max()
        .unwrap_or(0);
    for i in 0..model.objections.len() {
        if let Some(layer) = layers.get_mut(objection_node(i)) {
            *layer = last_consequence_layer + 1;
        }
    }

    let order = order_within_layers(&layers, &edges);
    let layer_count = layers.iter().copied().max().map_or(0, |m| m + 1);
    let mut rows_per_layer = vec![0_usize; layer_count];
    for &layer in &layers {
        if let Some(rows) = rows_per_layer.get_mut(layer) {
            *rows += 1;
        }
    }
    let tallest = rows_per_layer.iter().copied().max().unwrap_or(0);
    let column_height = |rows: usize| count_f32(rows) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;

    let nodes = kinds
        .iter()
        .enumerate()
        .map(|(node, &kind)| {
            let layer = layers.get(node).copied().unwrap_or(0);
            let row = order.get(node).copied().unwrap_or(0);
            let rows = rows_per_layer.get(layer).copied().unwrap_or(0);
            let offset = (column_height(tallest) - column_height(rows)) / 2.0;
            Node {
                kind,
                layer,
                x: count_f32(layer) * (NODE_WIDTH + LAYER_GAP),
                y: offset + count_f32(row) * (NODE_HEIGHT + ROW_GAP),
            }
        })
        .collect();
    GraphLayout {
        nodes,
        edges,
        width: count_f32(layer_count) * (NODE_WIDTH + LAYER_GAP) - LAYER_GAP,
        height: column_height(tallest).max(NODE_HEIGHT),
    }
}

fn count_f32(count: usize) -> f32 {
    // Node counts in a drawable graph are far below f32's exact integer range.
    u16::try_from(count).map_or(f32::from(u16::MAX), f32::from)
}

/// Each node's row within its layer: start in list order, then two sweeps that move each
/// node towards the average row of the nodes it connects to (the barycenter heuristic), which
/// keeps edges short and crossings few. Ties keep list order, so the result is deterministic.
fn order_within_layers(layers: &[usize], edges: &[Edge]) -> Vec<usize> {
    let layer_count = layers.iter().copied().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); layer_count];
    for (node, &layer) in layers.iter().enumerate() {
        if let Some(list) = members.get_mut(layer) {
            list.push(node);
        }
    }
    let mut row = vec![0_usize; layers.len()];
    let place = |members: &[Vec<usize>], row: &mut Vec<usize>| {
        for list in members {
            for (r, &node) in list.iter().enumerate() {
                if let Some(slot) = row.get_mut(node) {
                    *slot = r;
                }
            }
        }
    };
    place(&members, &mut row);
    for _ in 0..2 {
        for layer in 1..layer_count {
            let Some(list) = members.get(layer) else {
                continue;
            };
            let mut keyed: Vec<(f64, usize, usize)> = list
                .iter()
                .enumerate()
                .map(|(position, &node)| {
                    let neighbours: Vec<usize> = edges
                        .iter()
                        .filter_map(|e| match (e.kind, e.to == node, e.from == node) {
                            (EdgeKind::Contests, _, true) => Some(e.to),
                            (EdgeKind::Contests, _, false) => None,
                            (_, true, _) => Some(e.from),
                            _ => None,
                        })
                        .collect();
                    let key = if neighbours.is_empty() {
                        position_f64(position)
                    } else {
                        let total: f64 = neighbours
                            .iter()
                            .map(|&n| position_f64(row.get(n).copied().unwrap_or(0)))
                            .sum();
                        total / position_f64(neighbours.len())
                    };
                    (key, position, node)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            if let Some(list) = members.get_mut(layer) {
                *list = keyed.into_iter().map(|(_, _, node)| node).collect();
            }
            place(&members, &mut row);
        }
    }
    row
}

fn position_f64(value: usize) -> f64 {
    u32::try_from(value).map_or(f64::from(u32::MAX), f64::from)
}

enum Reference<'a> {
    Condition(&'a str),
    Consequence(&'a str),
}

fn collect_references<'a>(
    trigger: &'a Trigger,
    negated: bool,
    found: &mut Vec<(Reference<'a>, bool)>,
) {
    match trigger {
        Trigger::Always => {}
        Trigger::Condition(id) => found.push((Reference::Condition(id), negated)),
        Trigger::Consequence(id) => found.push((Reference::Consequence(id), negated)),
        Trigger::Not(inner) => collect_references(inner, !negated, found),
        Trigger::All(items) | Trigger::Any(items) => {
            for item in items {
                collect_references(item, negated, found);
            }
        }
    }
}
