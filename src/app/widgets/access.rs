//! What a screen reader needs beyond a widget's name: headings, groups of choices, shortcuts
//! kept apart from names, named panel dividers and polite announcements. Each writes to the
//! AccessKit tree only while a screen reader (or a test) is listening.

use egui::accesskit::{Live, Role};
use egui::{InnerResponse, Response, RichText, Ui, UiBuilder, WidgetInfo};

/// A heading of `level` (1 is the highest) showing `text`.
pub fn heading(ui: &mut Ui, text: impl Into<String>, level: usize) -> Response {
    let text = text.into();
    let response = ui.heading(&text);
    as_heading(ui, &response, &text, level);
    response
}

/// A heading drawn as `text` shows it (a section inside a panel), of `level`.
pub fn subheading(ui: &mut Ui, text: RichText, level: usize) -> Response {
    let name = text.text().to_owned();
    let response = ui.label(text);
    as_heading(ui, &response, &name, level);
    response
}

/// Tells a reader that the label of `response`, saying `name`, is a heading of `level`.
fn as_heading(ui: &Ui, response: &Response, name: &str, level: usize) {
    response.widget_info(|| WidgetInfo::labeled(Role::Heading, true, name));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_level(level));
}

/// A group of radio buttons named `label`: a reader says "1 of 3" and which group it is in.
/// Each button added by `add_contents` should call [`place_in_set`].
pub fn radio_group<R>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    label: &str,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> InnerResponse<R> {
    let group = ui.scope_builder(
        UiBuilder::new()
            .id_salt(id_salt)
            .accessibility_role(Role::RadioGroup)
            .accessibility_label(label),
        add_contents,
    );
    let rect = group.response.rect;
    ui.ctx()
        .accesskit_node_builder(group.response.id, |node| node.set_bounds(bounds(rect)));
    group
}

/// `rect` as AccessKit's bounds (egui gives bounds to widgets only, not to the `Ui`s that
/// group them).
fn bounds(rect: egui::Rect) -> egui::accesskit::Rect {
    egui::accesskit::Rect {
        x0: rect.min.x.into(),
        y0: rect.min.y.into(),
        x1: rect.max.x.into(),
        y1: rect.max.y.into(),
    }
}

/// Tells a reader that the widget of `response` is choice `position` (from 0) of `count`.
pub fn place_in_set(ui: &Ui, response: &Response, position: usize, count: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_position_in_set(position + 1);
        node.set_size_of_set(count);
    });
}

/// Gives a widget whose button shows `keys` beside its text the name `name` alone, and the
/// keys as its keyboard shortcut (a reader says them apart, and a search by name finds it).
pub fn with_shortcut(ui: &Ui, response: &Response, name: &str, keys: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(name);
        if keys.is_empty() {
            node.clear_keyboard_shortcut();
        } else {
            node.set_keyboard_shortcut(keys);
        }
    });
}

/// Names the divider that resizes the side panel shown with `panel_salt` from `parent`
/// (egui names every one of them "Resize panel").
pub fn name_divider(parent: &Ui, panel_salt: &str, name: &str) {
    // The id egui gives a panel's divider.
    let id = parent.scope_id().with(panel_salt).with("__resize");
    parent
        .ctx()
        .accesskit_node_builder(id, |node| node.set_label(name));
}

/// A status line a reader announces politely whenever its text changes; nothing is drawn and
/// nothing around it moves. `text` is worked out only while a reader listens.
pub fn announcement(ui: &mut Ui, id_salt: impl egui::AsIdSalt, text: impl FnOnce() -> String) {
    let status = ui.new_child(
        UiBuilder::new()
            .id_salt(id_salt)
            .accessibility_role(Role::Status),
    );
    // A line of no height where it would be.
    let mut rect = status.max_rect();
    rect.max.y = rect.min.y;
    ui.ctx().accesskit_node_builder(status.unique_id(), |node| {
        node.set_label(text());
        node.set_live(Live::Polite);
        node.set_bounds(bounds(rect));
    });
}

/// Names the window itself as its title bar does.
pub fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
}
