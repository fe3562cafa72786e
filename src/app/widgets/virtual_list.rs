//! A vertical list that draws only the rows on screen, for lists of thousands of rows whose
//! heights differ. Heights start as estimates and are corrected as rows are drawn.

use egui::{Align, Rect, Sense, Ui, UiBuilder, Vec2};

/// A row to show and the height it is believed to have.
#[derive(Debug, Clone, Copy)]
pub struct Row<T> {
    /// What the row shows.
    pub item: T,
    /// Its height as last measured; 0 when it was never drawn (then the average of the
    /// measured rows stands in).
    pub height: f32,
}

/// What one frame of the list found out.
pub struct Drawn<T> {
    /// The measured height of every row drawn this frame.
    pub measured: Vec<(T, f32)>,
    /// Whether any height differed from what was believed (the layout moves next frame).
    pub moved: bool,
}

/// Draws the rows of `rows` that are visible in a vertical scroll area, each with `draw`.
/// Returns the measured heights of the rows drawn this frame, for the caller to remember.
/// `scroll_to` brings a row into the middle of the view; `scroll_by` scrolls down that many
/// points (for measuring).
pub fn virtual_list<T: Copy>(
    ui: &mut Ui,
    id_salt: &str,
    rows: &[Row<T>],
    gap: f32,
    scroll_to: Option<usize>,
    scroll_by: f32,
    mut draw: impl FnMut(&mut Ui, T),
) -> Drawn<T> {
    let known: Vec<f32> = rows.iter().map(|r| r.height).filter(|h| *h > 0.0).collect();
    #[expect(clippy::cast_precision_loss, reason = "a row count")]
    let typical = if known.is_empty() {
        DEFAULT_HEIGHT
    } else {
        known.iter().sum::<f32>() / known.len() as f32
    };
    let height_of = |row: &Row<T>| {
        if row.height > 0.0 {
            row.height
        } else {
            typical
        }
    };
    let mut offsets = Vec::with_capacity(rows.len() + 1);
    let mut y = 0.0;
    for row in rows {
        offsets.push(y);
        y += height_of(row) + gap;
    }
    offsets.push(y);
    let total = (y - gap).max(0.0);
    let mut measured = Vec::new();
    let mut changed = false;

    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let origin = ui.max_rect().min;
            let width = ui.available_width();
            let first = offsets
                .partition_point(|&top| top <= viewport.min.y)
                .saturating_sub(1);
            for (index, row) in rows.iter().enumerate().skip(first) {
                let top = offsets.get(index).copied().unwrap_or(0.0);
                if top > viewport.max.y {
                    break;
                }
                let area = Rect::from_min_size(
                    origin + Vec2::new(0.0, top),
                    Vec2::new(width, f32::INFINITY),
                );
                let mut child =
                    ui.new_child(UiBuilder::new().max_rect(area).id_salt(("row", index)));
                draw(&mut child, row.item);
                let height = child.min_rect().height();
                if (height - height_of(row)).abs() > 0.5 {
                    changed = true;
                }
                measured.push((row.item, height));
            }
            let (whole, _) = ui.allocate_exact_size(Vec2::new(width, total), Sense::hover());
            if let Some(target) = scroll_to {
                let top = offsets.get(target).copied().unwrap_or(0.0);
                let height = rows.get(target).map_or(0.0, height_of);
                let rect =
                    Rect::from_min_size(whole.min + Vec2::new(0.0, top), Vec2::new(width, height));
                ui.scroll_to_rect(rect, Some(Align::Center));
            }
            if scroll_by > 0.0 {
                ui.scroll_with_delta(Vec2::new(0.0, -scroll_by));
            }
            if changed {
                // Estimates were off: lay out once more with the measured heights.
                ui.ctx().request_repaint();
            }
        });
    Drawn {
        measured,
        moved: changed,
    }
}

/// Height of a row before anything was measured.
const DEFAULT_HEIGHT: f32 = 100.0;
