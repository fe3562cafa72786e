//! A small coloured label: the firmness of a consequence.

use egui::{Color32, CornerRadius, RichText, Stroke, Ui};

/// A small label in `color`, on a pale fill of the same colour.
pub fn badge(ui: &mut Ui, text: &str, color: Color32) -> egui::Response {
    egui::Frame::new()
        .fill(color.gamma_multiply(0.15))
        .stroke(Stroke::new(1.0, color))
        .corner_radius(CornerRadius::same(8))
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(color).small().strong())
        })
        .inner
}
