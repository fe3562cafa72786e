//! A vertical list that draws only the rows on screen, for lists of thousands of rows whose
//! heights differ. Heights start as estimates and are corrected as rows are drawn.
//!
//! The keyboard reaches every row all the same: the row just above the view and the row just
//! below it are drawn too (out of sight), so Tab and Shift+Tab can move into them, and a row
//! that takes the focus while out of sight is scrolled into view.

use egui::{Align, Id, Rect, Sense, Ui, UiBuilder, Vec2};

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

    let focus = FocusWatch::new(ui, id_salt);
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let origin = ui.max_rect().min;
            let width = ui.available_width();
            // The row the view starts in, and one more above it for Shift+Tab.
            let first = offsets
                .partition_point(|&top| top <= viewport.min.y)
                .saturating_sub(2);
            let mut focused_row = None;
            for (index, row) in rows.iter().enumerate().skip(first) {
                let top = offsets.get(index).copied().unwrap_or(0.0);
                let area = Rect::from_min_size(
                    origin + Vec2::new(0.0, top),
                    Vec2::new(width, f32::INFINITY),
                );
                // An id of the row's own, whichever rows are drawn before it: a row keeps its
                // widgets (and the focus) as the list scrolls.
                let scope = ui.scope_id().with(("row", index));
                let mut child = ui.new_child(UiBuilder::new().max_rect(area).scope_id(scope));
                let before = focus.now(ui);
                draw(&mut child, row.item);
                let drawn = child.min_rect();
                if focused_row.is_none() && focus.took_it(ui, before, drawn) {
                    focused_row = Some(drawn);
                }
                let height = drawn.height();
                if (height - height_of(row)).abs() > 0.5 {
                    changed = true;
                }
                measured.push((row.item, height));
                // The first row below the view is drawn too, for Tab.
                if top > viewport.max.y {
                    break;
                }
            }
            if let Some(rect) = focused_row.filter(|rect| !ui.clip_rect().contains_rect(*rect)) {
                ui.scroll_to_rect(rect, None);
                // The scroll shows in the next frame.
                ui.ctx().request_repaint();
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

/// Which row took the keyboard focus, to scroll it into view; a row the reader scrolled away
/// from is left where it is.
///
/// Tab gives the focus to the next widget while the frame is drawn, so the row being drawn
/// when the focus changes is the one that took it. Shift+Tab gives it at the start of the next
/// frame; then the row is the one drawn where that widget last was.
struct FocusWatch {
    /// After Shift+Tab moved the focus: where the widget that took it was drawn last.
    taken_backwards: Option<Rect>,
}

impl FocusWatch {
    fn new(ui: &Ui, id_salt: &str) -> Self {
        let key = ui.make_persistent_id(("virtual-list-focus", id_salt));
        let focused = ui.ctx().memory(egui::Memory::focused);
        let (seen, backwards) = ui
            .data(|d| d.get_temp::<(Option<Id>, bool)>(key))
            .unwrap_or_default();
        let shift_tab = ui.input(|i| i.modifiers.shift && i.key_pressed(egui::Key::Tab));
        ui.data_mut(|d| d.insert_temp(key, (focused, shift_tab)));
        let taken_backwards = focused
            .filter(|_| backwards && seen != focused)
            .and_then(|id| ui.ctx().read_response(id))
            .map(|response| response.rect);
        Self { taken_backwards }
    }

    /// The widget with the focus now.
    fn now(&self, ui: &Ui) -> Option<Id> {
        ui.ctx().memory(egui::Memory::focused)
    }

    /// Whether the row just drawn at `drawn` took the focus (it was on `before` when the row
    /// began).
    fn took_it(&self, ui: &Ui, before: Option<Id>, drawn: Rect) -> bool {
        let after = self.now(ui);
        (after.is_some() && after != before)
            || self
                .taken_backwards
                .is_some_and(|r| drawn.contains(r.center()))
    }
}

/// Height of a row before anything was measured.
const DEFAULT_HEIGHT: f32 = 100.0;
