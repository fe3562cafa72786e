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
use crate::core::graph::{self, EdgeKind, GraphLayout, NODE_HEIGHT, NODE_WIDTH, NodeKind};
use crate::core::{ConditionState, Status};

/// The graph view's memory: the layout (computed once per case) and the visible part.
pub struct GraphMemory {
    layout: Option<(u64, GraphLayout)>,
    scene_rect: Rect,
}

impl Default for GraphMemory {
    fn default() -> Self {
        Self {
            layout: None,
            scene_rect: Rect::NOTHING,
        }
    }
}

const MARGIN: f32 = 40.0;

impl GraphMemory {
    /// Lays out the case if it changed since last time.
    fn refresh(&mut self, view: &PanelContext<'_>) {
        let generation = view.state.case_generation;
        if self.layout.as_ref().is_none_or(|(g, _)| *g != generation) {
            let layout = graph::layout(&view.state.document.case);
            self.scene_rect = whole(&layout);
            self.layout = Some((generation, layout));
        }
    }
}

fn whole(layout: &GraphLayout) -> Rect {
    Rect::from_min_size(
        Pos2::new(-MARGIN, -MARGIN),
        Vec2::new(layout.width + 2.0 * MARGIN, layout.height + 2.0 * MARGIN),
    )
}

/// Draws the graph view.
pub fn graph_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    memory: &mut GraphMemory,
    commands: &mut Commands,
) {
    let strings = view.strings;
    let fit = ui
        .horizontal(|ui| {
            ui.label(RichText::new(strings.graph_hint).small().weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.button(strings.graph_fit).clicked()
            })
            .inner
        })
        .inner;
    memory.refresh(view);
    let GraphMemory { layout, scene_rect } = memory;
    let Some((_, layout)) = layout.as_ref() else {
        return;
    };
    if fit {
        *scene_rect = whole(layout);
    }
    egui::Frame::new()
        .stroke(Stroke::new(1.0, view.palette.card_stroke))
        .show(ui, |ui| {
            egui::Scene::new()
                .zoom_range(0.05..=2.0)
                .show(ui, scene_rect, |ui| paint(ui, view, layout, commands));
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

fn paint(ui: &mut Ui, view: &PanelContext<'_>, layout: &GraphLayout, commands: &mut Commands) {
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
    for node in &layout.nodes {
        let rect = node_rect(node);
        if !visible.intersects(rect) {
            continue;
        }
        node_ui(ui, view, node, rect, commands);
    }
}

fn node_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    node: &graph::Node,
    rect: Rect,
    commands: &mut Commands,
) {
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
    let id = ui.scope_id().with(("graph-node", node.kind));
    let response = ui.interact(rect, id, Sense::click());
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
        FontId::new(13.0, theme::bold()),
        palette.text,
        2,
    ));
    painter.galley(
        rect.left_top() + Vec2::new(8.0, 6.0),
        title_galley,
        palette.text,
    );
    let detail_galley = painter.layout_job(elided(&detail, FontId::proportional(11.0), accent, 1));
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
