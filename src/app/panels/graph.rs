//! The graph view: conditions → consequences, objections as dashed edges, what holds now drawn
//! strong. The layout comes from the core; this only paints it, inside a pan-and-zoom scene.

use egui::text::{LayoutJob, TextWrapping};
use egui::{
    Color32, FontId, Pos2, Rect, RichText, Role, Sense, Shape, Stroke, Ui, Vec2, WidgetInfo,
};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::explorer::ExploreCommand;
use crate::app::theme;
use crate::core::graph::{
    self, EdgeKind, GraphLayout, LAYER_GAP, NODE_HEIGHT, NODE_WIDTH, NodeKind,
};
use crate::core::{ConditionState, Status};

/// The graph view's memory: the layout (computed once per case), the visible part, and the
/// size of the area it was fitted to.
pub struct GraphMemory {
    layout: Option<(u64, GraphLayout)>,
    scene_rect: Rect,
    /// The area the view was last fitted to; a new size fits it again.
    fitted_to: Vec2,
}

impl Default for GraphMemory {
    fn default() -> Self {
        Self {
            layout: None,
            scene_rect: Rect::NOTHING,
            fitted_to: Vec2::ZERO,
        }
    }
}

const MARGIN: f32 = 40.0;

/// Node titles are drawn at the body text's size (details a little smaller), so at a zoom of 1
/// a node reads like the text around it; the view never fits the graph by zooming out further.
const TITLE_SIZE: f32 = 15.0;
const DETAIL_SIZE: f32 = 12.5;
const LEGIBLE_ZOOM: f32 = 1.0;

/// Beyond this many nodes only those in view are drawn (and Tab meets only those).
const ALL_NODES_UP_TO: usize = 400;

impl GraphMemory {
    /// Lays out the case if it changed since last time.
    fn refresh(&mut self, view: &PanelContext<'_>) {
        let generation = view.state.case_generation;
        if self.layout.as_ref().is_none_or(|(g, _)| *g != generation) {
            let layout = graph::layout(&view.state.document.case);
            self.layout = Some((generation, layout));
            self.fitted_to = Vec2::ZERO;
        }
    }
}

/// The part of `layout` to show in an area of `area` points: all of it, centred, when it fits
/// at a legible zoom; else as many whole columns as fit, from the left, around the middle of
/// the drawing (where the columns are centred).
fn fitted(layout: &GraphLayout, area: Vec2) -> Rect {
    let whole = Rect::from_min_size(
        Pos2::new(-MARGIN, -MARGIN),
        Vec2::new(layout.width + 2.0 * MARGIN, layout.height + 2.0 * MARGIN),
    );
    if area.x <= 0.0 || area.y <= 0.0 {
        return whole;
    }
    let fit_zoom = (area / whole.size()).min_elem();
    if fit_zoom >= LEGIBLE_ZOOM {
        return whole;
    }
    let column = NODE_WIDTH + LAYER_GAP;
    let room = area.x / LEGIBLE_ZOOM - 2.0 * MARGIN + LAYER_GAP;
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small count of columns, at least one"
    )]
    let columns = (room / column).floor().max(1.0) as u16;
    let content = f32::from(columns) * column - LAYER_GAP;
    // A view narrower than one column with its margins gives up the margins first.
    let margin = ((area.x / LEGIBLE_ZOOM - content) / 2.0).clamp(0.0, MARGIN);
    let width = content + 2.0 * margin;
    // At least legible: the columns fit at a zoom of 1, so this is 1 or more.
    let zoom = area.x / width;
    let shown = area / zoom;
    let center = Pos2::new(content / 2.0, layout.height / 2.0);
    Rect::from_center_size(center, shown)
}

/// Draws the graph view.
pub fn graph_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    memory: &mut GraphMemory,
    commands: &mut Commands,
) {
    let strings = view.strings;
    // In reading order: the button, then the hint, which wraps (a long hint must not widen
    // the view past the centre).
    let fit = ui
        .horizontal_wrapped(|ui| {
            let fit = ui.button(strings.graph_fit).clicked();
            ui.label(RichText::new(strings.graph_hint).small().weak());
            fit
        })
        .inner;
    memory.refresh(view);
    let GraphMemory {
        layout,
        scene_rect,
        fitted_to,
    } = memory;
    let Some((_, layout)) = layout.as_ref() else {
        return;
    };
    egui::Frame::new()
        .stroke(Stroke::new(1.0, view.palette.card_stroke))
        .show(ui, |ui| {
            // Fitted on opening, on a new size of the area, and on asking.
            let area = ui.available_size_before_wrap();
            if fit || (area - *fitted_to).length() > 0.5 {
                *scene_rect = fitted(layout, area);
                *fitted_to = area;
            }
            let mut bring_into_view = None;
            egui::Scene::new()
                .zoom_range(0.05..=2.0)
                .show(ui, scene_rect, |ui| {
                    bring_into_view = paint(ui, view, layout, commands);
                });
            // A node that took the keyboard focus out of sight comes into the middle of it.
            if let Some(node) = bring_into_view {
                *scene_rect = scene_rect.translate(node.center() - scene_rect.center());
                ui.ctx().request_repaint();
            }
        });
}

fn node_rect(node: &graph::Node) -> Rect {
    Rect::from_min_size(
        Pos2::new(node.x, node.y),
        Vec2::new(NODE_WIDTH, NODE_HEIGHT),
    )
}

/// Whether an edge is part of what holds now.
fn active(view: &PanelContext<'_>, layout: &GraphLayout, edge: &graph::Edge) -> bool {
    let follows = |kind: NodeKind| match kind {
        NodeKind::Consequence(i) => view
            .state
            .evaluation
            .outcome(i)
            .is_some_and(|o| o.status == Status::Follows),
        _ => false,
    };
    let (Some(from), Some(to)) = (layout.nodes.get(edge.from), layout.nodes.get(edge.to)) else {
        return false;
    };
    if !follows(to.kind) {
        return false;
    }
    match (edge.kind, from.kind) {
        (EdgeKind::Leads, NodeKind::Condition(c)) => {
            view.state.condition_state(c) == ConditionState::Yes
        }
        (EdgeKind::LeadsIfNot, NodeKind::Condition(c)) => {
            view.state.condition_state(c) == ConditionState::No
        }
        (EdgeKind::Leads, kind) => follows(kind),
        (EdgeKind::LeadsIfNot, kind) => !follows(kind),
        (EdgeKind::Contests, _) => true,
    }
}

/// Paints the graph; returns the node that just took the keyboard focus where it cannot be
/// seen whole, to bring it into view.
fn paint(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    layout: &GraphLayout,
    commands: &mut Commands,
) -> Option<Rect> {
    let visible = ui.clip_rect();
    let painter = ui.painter().clone();
    let palette = view.palette;
    for edge in &layout.edges {
        let (Some(from), Some(to)) = (layout.nodes.get(edge.from), layout.nodes.get(edge.to))
        else {
            continue;
        };
        let (a, b) = if edge.kind == EdgeKind::Contests {
            // Objections sit to the right: draw from their left side back to the target's right.
            (node_rect(from).left_center(), node_rect(to).right_center())
        } else {
            (node_rect(from).right_center(), node_rect(to).left_center())
        };
        if !visible.intersects(Rect::from_two_pos(a, b).expand(4.0)) {
            continue;
        }
        let on = active(view, layout, edge);
        let color = match edge.kind {
            EdgeKind::Contests => theme::firmness_color(crate::core::Firmness::Rejects, view.theme),
            _ if on => theme::status_color(Status::Follows, view.theme),
            _ => palette.card_stroke,
        };
        let stroke = Stroke::new(if on { 2.5 } else { 1.2 }, color);
        match edge.kind {
            EdgeKind::Contests => painter.extend(Shape::dashed_line(&[a, b], stroke, 8.0, 5.0)),
            EdgeKind::Leads | EdgeKind::LeadsIfNot => {
                let bend = (b.x - a.x).abs() * 0.5;
                let curve = egui::epaint::CubicBezierShape::from_points_stroke(
                    [a, a + Vec2::new(bend, 0.0), b - Vec2::new(bend, 0.0), b],
                    false,
                    Color32::TRANSPARENT,
                    stroke,
                );
                painter.add(curve);
                if edge.kind == EdgeKind::LeadsIfNot {
                    painter.circle(b - Vec2::new(6.0, 0.0), 5.0, palette.card_fill, stroke);
                }
            }
        }
    }
    let draw_all = layout.nodes.len() <= ALL_NODES_UP_TO;
    let mut focused_out_of_sight = None;
    let mut focused = None;
    for node in &layout.nodes {
        let rect = node_rect(node);
        // Nodes out of sight are drawn too (in small graphs), so Tab can reach them.
        if !draw_all && !visible.intersects(rect) {
            continue;
        }
        let response = node_ui(ui, view, node, rect, commands);
        if response.gained_focus() && !visible.contains_rect(rect) {
            focused_out_of_sight = Some(rect);
        }
        if response.has_focus() {
            focused = Some((node, response.id));
        }
    }
    if let Some((node, id)) = focused
        && let Some(next) = arrow_step(ui, layout, node, id)
    {
        ui.memory_mut(|m| m.request_focus(node_id(ui, next.kind)));
        let rect = node_rect(next);
        if !visible.contains_rect(rect) {
            focused_out_of_sight = Some(rect);
        }
    }
    focused_out_of_sight
}

/// The id of the node standing for `kind`.
fn node_id(ui: &Ui, kind: NodeKind) -> egui::Id {
    ui.scope_id().with(("graph-node", kind))
}

/// While a node has the focus the arrow keys move between nodes (egui's own arrow-key focus
/// cannot see through the scene's zoom): up and down within its column, left and right to the
/// nearest node of the next column. Returns the node to move to.
fn arrow_step<'a>(
    ui: &Ui,
    layout: &'a GraphLayout,
    from: &graph::Node,
    id: egui::Id,
) -> Option<&'a graph::Node> {
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            id,
            egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                ..Default::default()
            },
        );
    });
    let pressed = |key| ui.input(|i| i.key_pressed(key));
    let (down, up) = (pressed(egui::Key::ArrowDown), pressed(egui::Key::ArrowUp));
    let (right, left) = (
        pressed(egui::Key::ArrowRight),
        pressed(egui::Key::ArrowLeft),
    );
    let candidates = layout.nodes.iter().filter(|n| n.kind != from.kind);
    if down || up {
        candidates
            .filter(|n| n.layer == from.layer && (n.y > from.y) == down && n.y != from.y)
            .min_by(|a, b| (a.y - from.y).abs().total_cmp(&(b.y - from.y).abs()))
    } else if right || left {
        let layer = if right {
            from.layer.checked_add(1)?
        } else {
            from.layer.checked_sub(1)?
        };
        candidates
            .filter(|n| n.layer == layer)
            .min_by(|a, b| (a.y - from.y).abs().total_cmp(&(b.y - from.y).abs()))
    } else {
        None
    }
}

fn node_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    node: &graph::Node,
    rect: Rect,
    commands: &mut Commands,
) -> egui::Response {
    let model = view.state.document.case.case();
    let strings = view.strings;
    let palette = view.palette;
    let (title, detail, accent, selected, command) = match node.kind {
        NodeKind::Condition(c) => {
            let state = view.state.condition_state(c);
            let accent = match state {
                ConditionState::Yes => theme::status_color(Status::Follows, view.theme),
                ConditionState::No => theme::status_color(Status::DoesNotFollow, view.theme),
                ConditionState::Unknown => theme::status_color(Status::Depends, view.theme),
            };
            (
                model
                    .condition_at(c)
                    .map_or_else(|| "?".into(), |x| x.label.get(view.lang)),
                format!(
                    "{} · {}",
                    strings.conditions,
                    (strings.state_name)(state).to_lowercase()
                ),
                accent,
                false,
                ExploreCommand::CycleCondition(c),
            )
        }
        NodeKind::Consequence(i) => {
            let status = view
                .state
                .evaluation
                .outcome(i)
                .map_or(Status::Depends, |o| o.status);
            let firmness = model
                .consequence_at(i)
                .map_or("", |x| view.words.firmness(x.firmness));
            let selected = view.state.selected_consequence == Some(i);
            (
                model
                    .consequence_at(i)
                    .map_or_else(|| "?".into(), |x| x.title.get(view.lang)),
                format!("{firmness} · {}", (strings.status_name)(status)),
                theme::status_color(status, view.theme),
                selected,
                ExploreCommand::SelectConsequence((!selected).then_some(i)),
            )
        }
        NodeKind::Objection(o) => {
            let objection = model.objection_at(o);
            let who = objection
                .and_then(|x| model.actor(x.claimant.as_deref().unwrap_or(&x.by)))
                .map_or_else(String::new, |a| a.speaker(view.lang));
            (
                objection.map_or_else(|| "?".into(), |x| x.statement.get(view.lang)),
                (strings.contested_by)(&who),
                theme::firmness_color(crate::core::Firmness::Rejects, view.theme),
                false,
                ExploreCommand::SelectSentence(objection.and_then(|x| x.evidence.first().copied())),
            )
        }
    };
    let response = ui.interact(rect, node_id(ui, node.kind), Sense::click());
    let fill = if selected {
        palette.selected_fill
    } else {
        palette.card_fill
    };
    let painter = ui.painter();
    painter.rect(
        rect,
        8.0,
        fill,
        Stroke::new(
            if selected || response.hovered() {
                3.0
            } else {
                1.5
            },
            accent,
        ),
        egui::StrokeKind::Inside,
    );
    // Two lines of title and one of detail fit a node; longer text ends in "…" (the whole
    // title shows on hover).
    let title_galley = painter.layout_job(elided(
        &title,
        FontId::new(TITLE_SIZE, theme::bold()),
        palette.text,
        2,
    ));
    painter.galley(
        rect.left_top() + Vec2::new(8.0, 6.0),
        title_galley,
        palette.text,
    );
    let detail_galley = painter.layout_job(elided(
        &detail,
        FontId::proportional(DETAIL_SIZE),
        accent,
        1,
    ));
    let detail_top = rect.bottom() - 6.0 - detail_galley.size().y;
    painter.galley(
        Pos2::new(rect.left() + 8.0, detail_top),
        detail_galley,
        accent,
    );
    let label = format!("{}: {title} ({detail})", strings.graph_node);
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &label));
    let response = response.on_hover_text(title);
    if response.clicked() {
        commands.push(command);
    }
    response
}

/// `text` laid out to a node's inner width in at most `rows` lines, ending in "…" if cut.
fn elided(text: &str, font: FontId, color: Color32, rows: usize) -> LayoutJob {
    let mut job = LayoutJob::simple(text.to_owned(), font, color, NODE_WIDTH - 16.0);
    job.wrap = TextWrapping {
        max_width: NODE_WIDTH - 16.0,
        max_rows: rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    job
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipped;

    fn shipped_layout() -> GraphLayout {
        let case = shipped::case(shipped::DEFAULT_CASE_ID).unwrap_or_else(|| unreachable!());
        graph::layout(&case)
    }

    /// The zoom at which `shown` fills `area`, and the scene's x-range it shows.
    fn zoom_and_span(shown: Rect, area: Vec2) -> (f32, f32, f32) {
        (
            (area / shown.size()).min_elem(),
            shown.left(),
            shown.right(),
        )
    }

    #[test]
    fn a_narrow_view_shows_whole_columns_at_a_legible_zoom() {
        let layout = shipped_layout();
        let column = NODE_WIDTH + LAYER_GAP;
        for width in [300.0, 534.0, 800.0, 1264.0, 1900.0] {
            let area = Vec2::new(width, 650.0);
            let shown = fitted(&layout, area);
            let (zoom, left, right) = zoom_and_span(shown, area);
            assert!(zoom >= LEGIBLE_ZOOM - 1e-3, "{width}: zoom {zoom}");
            // Every column the view touches is inside it, whole.
            for layer in 0..4_u16 {
                let x = f32::from(layer) * column;
                let (a, b) = (x, x + NODE_WIDTH);
                let touched = b > left && a < right;
                let whole = a >= left - 0.01 && b <= right + 0.01;
                assert!(
                    !touched || whole,
                    "{width}: column {layer} at {a}..{b} in {left}..{right}"
                );
            }
        }
    }

    #[test]
    fn a_view_big_enough_shows_the_whole_graph_centred() {
        let layout = shipped_layout();
        let area = Vec2::new(layout.width + 2.0 * MARGIN, layout.height + 2.0 * MARGIN) * 1.5;
        let shown = fitted(&layout, area);
        assert_eq!(
            shown.center(),
            Pos2::new(layout.width / 2.0, layout.height / 2.0)
        );
        assert!(shown.contains_rect(Rect::from_min_size(
            Pos2::ZERO,
            Vec2::new(layout.width, layout.height)
        )));
    }
}
