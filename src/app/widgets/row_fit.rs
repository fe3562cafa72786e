//! Controls that sit at the right end of a row when there is room for them, and move to a row
//! of their own when the text is too large (a projector at 200 %): they never run into the
//! controls on their left.

use egui::{
    Align, Id, Layout, Response, RichText, TextStyle, TextWrapMode, Ui, UiBuilder, WidgetText,
};

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
    // Controls that took no room stay where they are (a push by the whole row would widen a
    // panel for good).
    if width <= 0.0 {
        return;
    }
    // A point short of the edge, so rounding never wraps the last control.
    let space = ui.available_width() - width - 1.0;
    if space > 0.0 {
        ui.add_space(space);
    }
}

/// Draws the controls under `id` at the right end of the current row (laid out from the left)
/// if they fit there, and says whether they did; when not, draw them with [`own_row`].
/// `draw` draws them in reading order (Tab meets them as they read) and returns them.
pub fn at_right_end(ui: &mut Ui, id: Id, mut draw: impl FnMut(&mut Ui) -> Vec<Response>) -> bool {
    measure_once(ui, id, &mut draw);
    if !fits(ui, id) {
        return false;
    }
    push_right(ui, id);
    let drawn = draw(ui);
    record(ui, id, &drawn);
    true
}

/// Draws the controls under `id` on a row of their own, wrapping when even that is too narrow.
pub fn own_row(ui: &mut Ui, id: Id, draw: impl FnOnce(&mut Ui) -> Vec<Response>) {
    ui.horizontal_wrapped(|ui| {
        let drawn = draw(ui);
        record(ui, id, &drawn);
    });
}

/// Measures the controls under `id` the first time they are drawn, before they are placed:
/// `draw` lays them out in an invisible row that takes no room, cannot be clicked and that
/// screen readers skip, so the first frame shows them where they belong instead of being laid
/// out a second time. Once measured, this does nothing ([`record`] keeps the width up to date
/// when their text or its size changes).
pub fn measure_once(ui: &mut Ui, id: Id, draw: impl FnOnce(&mut Ui) -> Vec<Response>) {
    if last_width(ui, id) > 0.0 {
        return;
    }
    let builder = UiBuilder::new()
        .id_salt(id.with("measuring"))
        .sizing_pass()
        .invisible()
        .layout(Layout::left_to_right(Align::Center));
    let mut measuring = ui.new_child(builder);
    let drawn = draw(&mut measuring);
    let width = one_line_width(&measuring, &drawn);
    ui.ctx()
        .accesskit_node_builder(measuring.unique_id(), egui::accesskit::Node::set_hidden);
    ui.data_mut(|d| d.insert_temp(id, width));
}

/// The width of `drawn` side by side on one line, with the spacing between them.
fn one_line_width(ui: &Ui, drawn: &[Response]) -> f32 {
    #[expect(clippy::cast_precision_loss, reason = "a handful of controls")]
    let spacing = ui.spacing().item_spacing.x * drawn.len().saturating_sub(1) as f32;
    drawn.iter().map(|r| r.rect.width()).sum::<f32>() + spacing
}

/// Keeps the one-line width of the controls just drawn; when it changed, the frame is laid out
/// again before it is shown, so the controls never show in the wrong place.
pub fn record(ui: &Ui, id: Id, drawn: &[Response]) {
    let width = one_line_width(ui, drawn);
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
