//! The truth table view: every yes/no combination of the conditions as a row, consequences as
//! columns — where the article says something follows, and where it is silent. Only the rows
//! and columns on screen are computed and painted, so 65,536 rows scroll smoothly.

use egui::{Align2, FontId, Pos2, Rect, RichText, Role, Sense, Stroke, Ui, Vec2, WidgetInfo};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::explorer::ExploreCommand;
use crate::app::theme;
use std::collections::BTreeMap;

use crate::core::table::{TableRow, TruthTable};
use crate::core::{ConditionIx, ConditionState, States, Status};

const FLAG_WIDTH: f32 = 30.0;
const CONDITION_WIDTH: f32 = 64.0;
const CONSEQUENCE_WIDTH: f32 = 34.0;
const ROW_HEIGHT: f32 = 26.0;
const HEADER_HEIGHT: f32 = 170.0;

/// The table's memory: rows already computed, so scrolling computes only the rows that come
/// into view.
#[derive(Default)]
pub struct TableMemory {
    case_generation: u64,
    rows: BTreeMap<usize, TableRow>,
}

/// Rows kept at most; beyond this the memory starts over.
const KEPT_ROWS: usize = 2048;

impl TableMemory {
    fn row(&mut self, table: &TruthTable<'_>, index: usize) -> &TableRow {
        if self.rows.len() >= KEPT_ROWS && !self.rows.contains_key(&index) {
            self.rows.clear();
        }
        self.rows.entry(index).or_insert_with(|| table.row(index))
    }
}

/// A row as a screen reader says it: its conditions, what follows in it and what does not, and
/// its tensions.
fn spoken_row(view: &PanelContext<'_>, row: &TableRow, index: usize) -> String {
    let strings = view.strings;
    let a = view.words.access;
    let model = view.state.document.case.case();
    let conditions: Vec<String> = model
        .conditions
        .iter()
        .zip(&row.states)
        .map(|(c, s)| {
            format!(
                "{} {}",
                c.label.get(view.lang),
                (strings.state_name)(*s).to_lowercase()
            )
        })
        .collect();
    let (mut follows, mut not) = (Vec::new(), Vec::new());
    for (consequence, &holds) in model.consequences.iter().zip(&row.follows) {
        let title = consequence.title.get(view.lang).into_owned();
        if holds {
            follows.push(title);
        } else {
            not.push(title);
        }
    }
    let mut spoken = format!(
        "{} {}: {}. {}",
        strings.table_row,
        index + 1,
        conditions.join(", "),
        (a.row_follows)(&follows, &not)
    );
    let tensions: Vec<String> = row
        .tensions
        .iter()
        .filter_map(|&t| model.tension_at(t))
        .map(|t| t.title.get(view.lang).into_owned())
        .collect();
    if !tensions.is_empty() {
        spoken.push_str(". ");
        spoken.push_str(&(a.row_tensions)(&tensions));
    }
    spoken
}

/// Draws the truth table view.
pub fn table_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    memory: &mut TableMemory,
    commands: &mut Commands,
) {
    if memory.case_generation != view.state.case_generation {
        memory.case_generation = view.state.case_generation;
        memory.rows.clear();
    }
    let strings = view.strings;
    let case = &view.state.document.case;
    let model = case.case();
    let table = match TruthTable::new(case, &States::new()) {
        Ok(table) => table,
        Err(too_many) => {
            ui.label(RichText::new(strings.table_too_large).strong());
            ui.label(too_many.to_string());
            return;
        }
    };
    ui.label(RichText::new(strings.table_legend).small().weak());
    ui.add_space(4.0);

    let conditions = model.conditions.len();
    let consequences = model.consequences.len();
    let width =
        FLAG_WIDTH + count(conditions) * CONDITION_WIDTH + count(consequences) * CONSEQUENCE_WIDTH;
    let height = HEADER_HEIGHT + count(table.len()) * ROW_HEIGHT;
    let current = &view.state.evaluation.states;
    let palette = view.palette;
    let follows_color = theme::status_color(Status::Follows, view.theme);

    egui::ScrollArea::both()
        .id_salt("truth-table")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let (area, _) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
            let origin = area.min;
            let painter = ui.painter().clone();
            // The rows in view, and one more at each end, out of sight, for Tab and Shift+Tab.
            let first_row = index_at(viewport.min.y - HEADER_HEIGHT, ROW_HEIGHT).saturating_sub(1);
            let last_row =
                (index_at(viewport.max.y - HEADER_HEIGHT, ROW_HEIGHT) + 2).min(table.len());
            let columns_left = origin.x + FLAG_WIDTH + count(conditions) * CONDITION_WIDTH;
            let first_column = index_at(
                viewport.min.x - (columns_left - origin.x),
                CONSEQUENCE_WIDTH,
            );
            let last_column = (index_at(
                viewport.max.x - (columns_left - origin.x),
                CONSEQUENCE_WIDTH,
            ) + 1)
                .min(consequences);

            for index in first_row..last_row {
                let row = memory.row(&table, index).clone();
                let top = origin.y + HEADER_HEIGHT + count(index) * ROW_HEIGHT;
                let rect =
                    Rect::from_min_size(Pos2::new(origin.x, top), Vec2::new(width, ROW_HEIGHT));
                let matches =
                    row.states.iter().zip(current).all(|(row_state, now)| {
                        *now == ConditionState::Unknown || row_state == now
                    });
                if matches {
                    painter.rect_filled(rect, 0.0, palette.selected_fill);
                } else if index % 2 == 1 {
                    painter.rect_filled(rect, 0.0, palette.card_fill);
                }
                let response = ui.interact(
                    rect,
                    ui.scope_id().with(("table-row", index)),
                    Sense::click(),
                );
                response.widget_info(|| {
                    WidgetInfo::selected(Role::Row, true, matches, spoken_row(view, &row, index))
                });
                // A row that takes the focus out of sight (or under the header) comes into the
                // middle of the view.
                let mut in_sight = ui.clip_rect();
                in_sight.min.y += HEADER_HEIGHT;
                if response.gained_focus() && !in_sight.contains_rect(rect) {
                    response.scroll_to_me(Some(egui::Align::Center));
                }
                if response.clicked() {
                    for (condition, state) in row.states.iter().enumerate() {
                        commands.push(ExploreCommand::SetCondition {
                            condition: ConditionIx(condition),
                            state: *state,
                        });
                    }
                }
                if response.hovered() {
                    painter.rect_stroke(
                        rect,
                        0.0,
                        Stroke::new(1.0, palette.card_stroke),
                        egui::StrokeKind::Inside,
                    );
                }
                let middle = top + ROW_HEIGHT / 2.0;
                if !row.tensions.is_empty() {
                    painter.text(
                        Pos2::new(origin.x + FLAG_WIDTH / 2.0, middle),
                        Align2::CENTER_CENTER,
                        "⚠",
                        FontId::proportional(15.0),
                        palette.tension_text,
                    );
                }
                for (c, state) in row.states.iter().enumerate() {
                    let x =
                        origin.x + FLAG_WIDTH + count(c) * CONDITION_WIDTH + CONDITION_WIDTH / 2.0;
                    let color = match state {
                        ConditionState::Yes => follows_color,
                        _ => palette.weak_text,
                    };
                    painter.text(
                        Pos2::new(x, middle),
                        Align2::CENTER_CENTER,
                        (strings.state_name)(*state),
                        FontId::proportional(13.0),
                        color,
                    );
                }
                for k in first_column..last_column {
                    let x = columns_left + count(k) * CONSEQUENCE_WIDTH + CONSEQUENCE_WIDTH / 2.0;
                    let (mark, color) = if row.follows.get(k).copied().unwrap_or(false) {
                        ("✓", follows_color)
                    } else {
                        ("·", palette.dimmed_text)
                    };
                    painter.text(
                        Pos2::new(x, middle),
                        Align2::CENTER_CENTER,
                        mark,
                        FontId::proportional(16.0),
                        color,
                    );
                }
            }

            // The header stays at the top of the view while the rows scroll under it.
            let header_top = origin.y + viewport.min.y.max(0.0);
            let header = Rect::from_min_size(
                Pos2::new(origin.x, header_top),
                Vec2::new(width, HEADER_HEIGHT),
            );
            painter.rect_filled(header, 0.0, palette.background);
            painter.line_segment(
                [header.left_bottom(), header.right_bottom()],
                Stroke::new(1.0, palette.card_stroke),
            );
            for (c, condition) in model.conditions.iter().enumerate() {
                let x = origin.x + FLAG_WIDTH + count(c) * CONDITION_WIDTH;
                header_label(
                    ui,
                    view,
                    Pos2::new(x + CONDITION_WIDTH / 2.0, header.bottom() - 6.0),
                    &condition.label.get(view.lang),
                );
            }
            for k in first_column..last_column {
                if let Some(consequence) = model.consequences.get(k) {
                    let x = columns_left + count(k) * CONSEQUENCE_WIDTH + CONSEQUENCE_WIDTH / 2.0;
                    header_label(
                        ui,
                        view,
                        Pos2::new(x, header.bottom() - 6.0),
                        &consequence.title.get(view.lang),
                    );
                }
            }
        });
}

/// A column title, written upwards at an angle so narrow columns can carry long titles.
fn header_label(ui: &Ui, view: &PanelContext<'_>, anchor: Pos2, text: &str) {
    let short: String = if text.chars().count() > 34 {
        text.chars().take(33).chain(std::iter::once('…')).collect()
    } else {
        text.to_owned()
    };
    let galley = ui
        .painter()
        .layout_no_wrap(short, FontId::proportional(12.0), view.palette.text);
    let angle = -std::f32::consts::FRAC_PI_3;
    let shape = egui::epaint::TextShape::new(anchor, galley, view.palette.text).with_angle(angle);
    ui.painter().add(shape);
}

fn count(n: usize) -> f32 {
    u32::try_from(n).map_or(f32::MAX, |n| {
        #[expect(
            clippy::cast_precision_loss,
            reason = "row and column counts are far below 2^24"
        )]
        let value = n as f32;
        value
    })
}

/// Which row or column a coordinate falls in (0 before the first).
fn index_at(offset: f32, size: f32) -> usize {
    if offset <= 0.0 {
        return 0;
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a positive screen offset"
    )]
    let index = (offset / size).floor() as usize;
    index
}
