//! The form builder's text rows: one field per language the case promises (and any other the
//! text has), each with the id of its key, and *+ Translation* for another language.

use egui::{RichText, Ui};

use super::form::{Element, Form, Lines};
use super::naming::key_id;
use crate::app::editing::EditCommand;
use crate::core::edit::{Field, FieldKey, Place, verbs};
use crate::core::found::TextField;
use crate::core::language::Text;
use crate::text::languages::language_name_in;

impl<T: Element> Form<'_, '_, T> {
    /// A text of the element, one field per language (the languages the case promises, then
    /// any other the text has or the author adds). Returns the text as changed.
    pub fn text(
        &mut self,
        ui: &mut Ui,
        field: Field,
        lines: Lines,
        get: impl Fn(&T) -> Option<&Text>,
        set: impl Fn(&mut T, Text),
    ) -> Option<Text> {
        let current = get(self.element).cloned().unwrap_or_default();
        let changed = self.row(ui, field, |ui, form| {
            form.text_fields(ui, field, lines, &current)
        });
        if let Some(text) = &changed {
            let mut element = self.element.clone();
            set(&mut element, text.clone());
            let key = self.key(field);
            self.put(element, Some(key));
        }
        changed
    }

    /// A text of the element whose id follows it while the element is new (its title, label,
    /// name or statement).
    pub fn title(
        &mut self,
        ui: &mut Ui,
        field: TextField,
        get: impl Fn(&T) -> Option<&Text>,
        set: impl Fn(&mut T, Text),
    ) {
        let Place::Item(list, at) = self.place else {
            return;
        };
        let field = Field::Text(field);
        let current = get(self.element).cloned().unwrap_or_default();
        let changed = self.row(ui, field, |ui, form| {
            form.text_fields(ui, field, Lines::One, &current)
        });
        let Some(text) = changed else {
            return;
        };
        let mut element = self.element.clone();
        set(&mut element, text.clone());
        if self.draft.is_new(list, self.element.id())
            && let Some(new_id) =
                verbs::id_following_title(&self.draft.case, list, at, &current, &text)
        {
            element.set_id(new_id);
        }
        let key = self.key(field);
        self.put(element, Some(key));
    }

    /// The fields of one text, each in its language, with *Add translation* for others.
    fn text_fields(
        &mut self,
        ui: &mut Ui,
        field: Field,
        lines: Lines,
        text: &Text,
    ) -> Option<Text> {
        let label = self.label(field);
        ui.label(RichText::new(&label).strong());
        let whole = self.key(field);
        let added_id = key_id(&whole).with("added-languages");
        let added: Vec<String> = ui.data(|d| d.get_temp(added_id)).unwrap_or_default();
        let codes = self.languages_of(field, text, &added);
        // Asked for as a whole, the keyboard goes to the first language the text lacks.
        let wanted_whole = self.focus_wanted(&whole);
        let first_missing = codes
            .iter()
            .find(|c| text.exact(c).is_none())
            .or(codes.first())
            .cloned();
        let mut changed = None;
        for code in &codes {
            let key = whole.clone().in_language(code);
            let name = language_name_in(self.view.lang, code);
            let mut value = text.exact(code).unwrap_or_default().to_owned();
            let response = language_field(ui, &key, &label, &name, &mut value, lines);
            if wanted_whole && first_missing.as_deref() == Some(code.as_str()) {
                self.take_focus(&whole, &response);
            }
            self.take_focus(&key, &response);
            if response.lost_focus() {
                self.commands.push(EditCommand::Seal);
            }
            if response.changed() {
                changed = Some(with_language(text, code, &value));
            }
        }
        if let Some(code) = self.add_translation_ui(ui, field, &codes) {
            let mut added = added;
            added.push(code.clone());
            ui.data_mut(|d| d.insert_temp(added_id, added));
            self.commands
                .push(EditCommand::Focus(whole.in_language(&code)));
        }
        changed
    }

    /// The languages `field` (holding `text`) is edited in.
    fn languages_of(&self, field: Field, text: &Text, added: &[String]) -> Vec<String> {
        let case = &self.draft.case;
        let mut codes: Vec<String> = case
            .promised_languages()
            .into_iter()
            .map(str::to_owned)
            .collect();
        for code in text.languages().chain(added.iter().map(String::as_str)) {
            if !codes.iter().any(|c| c == code) {
                codes.push(code.to_owned());
            }
        }
        // A sentence's translations are in any language but the article's own.
        if field == Field::Translation {
            codes.retain(|code| *code != case.language);
        }
        codes
    }

    /// *Add translation*: a menu of the languages the text could also be in, and a code. The
    /// language chosen, when one was.
    fn add_translation_ui(
        &mut self,
        ui: &mut Ui,
        field: Field,
        shown: &[String],
    ) -> Option<String> {
        let w = self.view.words.editor;
        let case = &self.draft.case;
        let mut offered: Vec<String> = crate::core::Lang::ALL
            .iter()
            .map(|l| l.code().to_owned())
            .collect();
        if field != Field::Translation && !offered.contains(&case.language) {
            offered.push(case.language.clone());
        }
        offered.retain(|code| {
            !shown.contains(code) && (field != Field::Translation || *code != case.language)
        });
        let typed_id = key_id(&self.key(field)).with("typed-language");
        let mut chosen = None;
        let label = (w.add_translation_to)(&self.label(field));
        let response = ui.menu_button(RichText::new(w.add_translation).small(), |ui| {
            for code in &offered {
                if ui.button(language_name_in(self.view.lang, code)).clicked() {
                    chosen = Some(code.clone());
                    ui.close();
                }
            }
            let mut typed: String = ui.data(|d| d.get_temp(typed_id)).unwrap_or_default();
            ui.horizontal(|ui| {
                let name = ui.label(w.other_language_code);
                let field = ui
                    .add(egui::TextEdit::singleline(&mut typed).desired_width(70.0))
                    .labelled_by(name.id);
                let code = typed.trim().to_owned();
                let valid =
                    crate::core::language::is_language_code(&code) && !shown.contains(&code);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let add = ui
                    .add_enabled(valid, egui::Button::new(w.new_actor_add))
                    .clicked();
                if valid && (add || enter) {
                    chosen = Some(code);
                    ui.close();
                }
            });
            ui.data_mut(|d| d.insert_temp(typed_id, typed));
        });
        response
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if chosen.is_some() {
            ui.data_mut(|d| d.remove::<String>(typed_id));
        }
        chosen
    }
}

/// One language of a text: its name beside (or, in a narrow form, above) its field. The field
/// is named "Title, English" for a screen reader and has the id of `key`.
fn language_field(
    ui: &mut Ui,
    key: &FieldKey,
    label: &str,
    name: &str,
    value: &mut String,
    lines: Lines,
) -> egui::Response {
    let narrow = ui.available_width() < 34.0 * ui.text_style_height(&egui::TextStyle::Body);
    let field_ui = |ui: &mut Ui| {
        let name_text = RichText::new(name).small().weak();
        // Beside the fields, the language names take one width, so the fields line up.
        let name_label = if narrow {
            ui.label(name_text)
        } else {
            let width = 5.5 * ui.text_style_height(&egui::TextStyle::Body);
            let layout = egui::Layout::top_down(egui::Align::Min);
            ui.allocate_ui_with_layout(egui::vec2(width, 0.0), layout, |ui| {
                ui.set_min_width(width);
                ui.add(egui::Label::new(name_text).wrap())
            })
            .inner
        };
        let spoken = format!("{label}, {name}");
        name_label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
        let field = match lines {
            Lines::Several => egui::TextEdit::multiline(value).desired_rows(2),
            Lines::One => egui::TextEdit::singleline(value),
        };
        ui.add(field.id(key_id(key)).desired_width(f32::INFINITY))
            .labelled_by(name_label.id)
    };
    if narrow {
        ui.vertical(field_ui).inner
    } else {
        ui.horizontal(field_ui).inner
    }
}

/// `text` with its `code` version set to `value` (left out when `value` is blank).
pub fn with_language(text: &Text, code: &str, value: &str) -> Text {
    let mut out = Text::default();
    let mut placed = false;
    for (c, t) in text.iter() {
        if c == code {
            placed = true;
            if !value.trim().is_empty() {
                out = out.and(c, value);
            }
        } else {
            out = out.and(c, t);
        }
    }
    if !placed && !value.trim().is_empty() {
        out = out.and(code, value);
    }
    out
}
