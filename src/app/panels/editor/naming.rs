//! How the editor names what it draws: the id of a field's widgets, made from the field's key,
//! and the name of an element in a checkbox or a picker.

use crate::app::context::PanelContext;
use crate::core::edit::FieldKey;
use crate::core::language::Text;

/// The id of the widgets of `key`'s field: its row's scope, or its text box.
pub fn key_id(key: &FieldKey) -> egui::Id {
    egui::Id::unique(("editor-field", key))
}

/// How a checkbox or a picker names an element: by its text in the window's language, or, while it has
/// none, as untitled with its id.
pub fn named(view: &PanelContext<'_>, text: &Text, id: &str) -> String {
    let shown = text.get(view.lang);
    if shown.trim().is_empty() {
        format!("{} ({id})", view.words.editor.untitled)
    } else {
        shown.into_owned()
    }
}
