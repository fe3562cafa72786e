//! Controls that sit at the right end of a row when there is room for them, and move to a row
//! of their own when the text is too large (a projector at 200 %): they never run into the
//! controls on their left.

use egui::{Id, Response, RichText, TextStyle, TextWrapMode, Ui, WidgetText};

/// How wide the controls under `id` were on one line when last drawn (0 before the first time).
fn last_width(ui: &Ui, id: Id) -> f32 {
    ui.data(|d| d.get_temp::<f32>(id)).unwrap_or(0.0)
}

/// Whether the controls under `id` fit in what is left of the current row.
pub fn fits(ui: &Ui, id: Id) -> bool {
    ui.available_width() >= last_width(ui, id)
}

/// In a row laid out from the left, moves on so that the controls under `id`, drawn next in
/// reading order, end at the row's right edge (Tab then meets them in the order they read).
pub fn push_right(ui: &mut Ui, id: Id) {
    let width = last_width(ui, id);
    // Before the controls were ever measured, they stay where they are: this pass is laid out
    // again once they are (and a push by the whole row would widen a panel for good).
    if width <= 0.0 {
        return;
    }
    // A point short of the edge, so rounding never wraps the last control.
    let space = ui.available_width() - width - 1.0;
    if space > 0.0 {
        ui.add_space(space);
    }
}

/// Keeps the one-line width of the controls just drawn; when it changed, the frame is laid out
/// again before it is shown, so the controls never show in the wrong place.
pub fn record(ui: &Ui, id: Id, drawn: &[Response]) {
    #[expect(clippy::cast_precision_loss, reason = "a handful of controls")]
    let spacing = ui.spacing().item_spacing.x * drawn.len().saturating_sub(1) as f32;
    let width = drawn.iter().map(|r| r.rect.width()).sum::<f32>() + spacing;
    if (width - last_width(ui, id)).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, width));
        ui.ctx().request_discard("controls measured");
    }
}

/// In a wrapping layout, starts a new row when a framed chip showing `text` (with `margin`
/// points around it) would not fit on what is left of this one, so the chip moves down whole
/// instead of squeezing its text into a narrow column.
pub fn chip_row(ui: &mut Ui, text: &RichText, margin: f32) {
    let galley = WidgetText::from(text.clone()).into_galley(
        ui,
        Some(TextWrapMode::Extend),
        f32::INFINITY,
        TextStyle::Body,
    );
    let width = galley.size().x + margin;
    let left = ui.available_size_before_wrap().x;
    let row_started = ui.available_width() - left > 0.5;
    if width > left && row_started {
        ui.end_row();
    }
}
