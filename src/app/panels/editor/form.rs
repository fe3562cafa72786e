//! The one form builder. Every form of the editor is a list of rows given to a [`Form`]: each
//! row is named by its [`FieldKey`], and the builder does the rest once — the ids of the row's
//! widgets (made from the key, so nothing that appears or goes above a field can move the
//! keyboard out of it), the label (from the window's words, by the field), taking the
//! keyboard when the key is asked for, and turning a change into one edit of the element (with
//! the key as its undo topic, so typing in one field is one step).

use egui::{RichText, Ui, UiBuilder};

use super::trigger::{Parts, trigger_ui};
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::editing::EditCommand;
use crate::core::SentenceNo;
use crate::core::edit::{Edit, Field, FieldKey, Header, Item, Op, Place, verbs};
use crate::core::found::{ActorField, TextField};
use crate::core::language::Text;
use crate::core::model::{
    Actor, Case, Condition, Consequence, DeclaredKind, Firmness, Kind, Objection, Sentence,
    Tension, Trigger, Walkthrough,
};
use crate::core::shared::Shared;
use crate::text::languages::language_name_in;

/// The id of the widgets of `key`'s field: its row's scope, or its text box.
pub fn key_id(key: &FieldKey) -> egui::Id {
    egui::Id::unique(("editor-field", key))
}

/// What a form edits: one element, or the header, and how a changed copy goes back into the
/// case.
pub trait Element: Clone + PartialEq {
    /// The edit that puts `self` at `place` in `case`; none when nothing would change.
    fn edit(self, case: &Case, place: Place) -> Option<Edit>;
}

macro_rules! element_of_list {
    ($type:ty, $wrap:expr) => {
        impl Element for $type {
            fn edit(self, case: &Case, place: Place) -> Option<Edit> {
                match place {
                    Place::Item(_, at) => verbs::replace(case, at, $wrap(self)),
                    Place::Header => None,
                }
            }
        }
    };
}

element_of_list!(Actor, Item::Actor);
element_of_list!(DeclaredKind, Item::Kind);
element_of_list!(Condition, Item::Condition);
element_of_list!(Vec<String>, Item::Exclusive);
element_of_list!(Objection, Item::Objection);
element_of_list!(Tension, Item::Tension);
element_of_list!(Walkthrough, Item::Walkthrough);
element_of_list!(Consequence, |c| Item::Consequence(Shared::new(c)));
element_of_list!(Sentence, |s| Item::Sentence(Shared::new(s)));

impl Element for Header {
    fn edit(self, case: &Case, _place: Place) -> Option<Edit> {
        (self != Header::of(case)).then(|| Edit::one(Op::Header(self)))
    }
}

/// How many lines a text field has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// One line.
    One,
    /// Several.
    Several,
}

/// One form being drawn: the element it edits, where it is, and what it needs to send edits.
pub struct Form<'a, 'c, T> {
    /// What the panels read.
    pub view: &'a PanelContext<'a>,
    /// The case being edited.
    pub draft: &'a Draft,
    /// Whose form this is.
    pub place: Place,
    /// The element as it stands.
    pub element: &'a T,
    /// Where the form's edits go.
    pub commands: &'c mut Commands,
}

impl<T: Element> Form<'_, '_, T> {
    /// The key of this form's `field`.
    pub fn key(&self, field: Field) -> FieldKey {
        FieldKey::new(self.place, field)
    }

    /// The field's label, in the window's language.
    pub fn label(&self, field: Field) -> String {
        self.view.words.field_label(self.place, field).into_owned()
    }

    /// Draws a row for `field` in a scope of its own, whose widgets' ids come from the key.
    pub fn row<R>(
        &mut self,
        ui: &mut Ui,
        field: Field,
        add: impl FnOnce(&mut Ui, &mut Self) -> R,
    ) -> R {
        let id = key_id(&self.key(field));
        ui.scope_builder(UiBuilder::new().scope_id(id), |ui| add(ui, self))
            .inner
    }

    /// Sends the edit that puts `changed` in place of the element (nothing when it is the
    /// same); `topic`, the field typed in, makes typing in it one undo step.
    pub fn put(&mut self, changed: T, topic: Option<FieldKey>) {
        if let Some(edit) = changed.edit(&self.draft.case, self.place) {
            self.commands.push(EditCommand::Apply { edit, topic });
        }
    }

    /// Sends `before`, then the edit that puts `changed` in place, as one undo step.
    pub fn put_after(&mut self, before: Edit, changed: T) {
        let mut edit = before;
        let case_after = {
            let mut case = self.draft.case.clone();
            // Applying to a copy only to build the second half against the case it follows.
            crate::core::edit::apply(&mut case, &edit)
                .ok()
                .map(|_| case)
        };
        if let Some(case_after) = case_after
            && let Some(more) = changed.edit(&case_after, self.place)
        {
            edit.ops.extend(more.ops);
        }
        if !edit.is_empty() {
            self.commands.push(EditCommand::Apply { edit, topic: None });
        }
    }

    /// Whether the keyboard was asked to come to `key` (by opening the form or clicking a
    /// finding); the caller then takes it and says so.
    fn focus_wanted(&self, key: &FieldKey) -> bool {
        self.draft.focus.as_ref() == Some(key)
    }

    /// Gives `response` the keyboard when `key` asks for it.
    fn take_focus(&mut self, key: &FieldKey, response: &egui::Response) {
        if self.focus_wanted(key) {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            self.commands.push(EditCommand::FocusTaken);
        }
    }

    /// A heading for the form.
    pub fn heading(&mut self, ui: &mut Ui, text: &str) {
        crate::app::widgets::access::heading(ui, text, 2);
    }

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
    /// name or statement): `id` reads the id, `set_id` gives the element a new one.
    pub fn title(
        &mut self,
        ui: &mut Ui,
        field: TextField,
        get: impl Fn(&T) -> Option<&Text>,
        set: impl Fn(&mut T, Text),
        id: impl Fn(&T) -> &str,
        set_id: impl Fn(&mut T, String),
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
        let old_id = id(self.element);
        let mut element = self.element.clone();
        set(&mut element, text.clone());
        if self.draft.is_new(list, old_id)
            && let Some(new_id) =
                verbs::id_following_title(&self.draft.case, list, at, &current, &text)
        {
            set_id(&mut element, new_id);
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

    /// A one-line field for text that may be left out (a person, a language code, a date…).
    pub fn line(
        &mut self,
        ui: &mut Ui,
        field: Field,
        get: impl Fn(&T) -> Option<&str>,
        set: impl Fn(&mut T, Option<String>),
    ) {
        let label = self.label(field);
        let key = self.key(field);
        let mut text = get(self.element).unwrap_or_default().to_owned();
        let response = self.row(ui, field, |ui, _| {
            ui.horizontal(|ui| {
                let name = ui.label(&label);
                ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .id(key_id(&key).with("line"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(name.id)
            })
            .inner
        });
        self.take_focus(&key, &response);
        if response.lost_focus() {
            self.commands.push(EditCommand::Seal);
        }
        if response.changed() {
            let mut element = self.element.clone();
            set(&mut element, (!text.trim().is_empty()).then_some(text));
            self.put(element, Some(key));
        }
    }

    /// A picker of one of the case's actors (and, with `none`, of no actor: the article
    /// itself), with *New…* beside it to name a new actor there and then.
    pub fn actor(
        &mut self,
        ui: &mut Ui,
        which: ActorField,
        none: Option<&str>,
        get: impl Fn(&T) -> Option<&str>,
        set: impl Fn(&mut T, Option<String>),
    ) {
        let field = Field::Actor(which);
        let label = self.label(field);
        let current = get(self.element).map(str::to_owned);
        let chosen = self.row(ui, field, |ui, form| {
            super::fields::actor_picker(
                ui,
                form.view,
                &form.draft.case,
                &label,
                current.as_deref(),
                none,
            )
        });
        let Some(choice) = chosen else {
            return;
        };
        let mut element = self.element.clone();
        set(&mut element, choice.id);
        match choice.creating {
            Some(creating) => self.put_after(creating, element),
            None => self.put(element, None),
        }
    }

    /// The kind of a consequence: the built-in kinds, then the case's own.
    pub fn kind(&mut self, ui: &mut Ui, get: impl Fn(&T) -> &Kind, set: impl Fn(&mut T, Kind)) {
        let label = self.label(Field::Kind);
        let current = get(self.element).clone();
        let chosen = self.row(ui, Field::Kind, |ui, form| {
            super::fields::kind_picker(ui, form.view, &form.draft.case, &label, &current)
        });
        if let Some(kind) = chosen {
            let mut element = self.element.clone();
            set(&mut element, kind);
            self.put(element, None);
        }
    }

    /// How firm the wording is, each choice with its meaning.
    pub fn firmness(
        &mut self,
        ui: &mut Ui,
        get: impl Fn(&T) -> Firmness,
        set: impl Fn(&mut T, Firmness),
    ) {
        let label = self.label(Field::Firmness);
        let current = get(self.element);
        let chosen = self.row(ui, Field::Firmness, |ui, form| {
            super::fields::firmness_picker(ui, form.view, &label, current)
        });
        if let Some(firmness) = chosen {
            let mut element = self.element.clone();
            set(&mut element, firmness);
            self.put(element, None);
        }
    }

    /// When a consequence follows, or a tension holds: a trigger built from parts.
    pub fn trigger(
        &mut self,
        ui: &mut Ui,
        get: impl Fn(&T) -> &Trigger,
        set: impl Fn(&mut T, Trigger),
    ) {
        let label = self.label(Field::Trigger);
        let current = get(self.element).clone();
        let changed = self.row(ui, Field::Trigger, |ui, form| {
            ui.label(RichText::new(&label).strong());
            trigger_ui(ui, form.view, &form.draft.case, &current, Parts::Any, None)
        });
        if let Some(trigger) = changed {
            let mut element = self.element.clone();
            set(&mut element, trigger);
            self.put(element, None);
        }
    }

    /// When a condition applies at all: always, or a rule over the other conditions. `own` is
    /// the condition's id, which its rule never starts by naming.
    pub fn rule(
        &mut self,
        ui: &mut Ui,
        own: &str,
        get: impl Fn(&T) -> Option<&Trigger>,
        set: impl Fn(&mut T, Option<Trigger>),
    ) {
        let w = self.view.words.editor;
        let label = self.label(Field::AppliesIf);
        let current = get(self.element).cloned();
        let changed = self.row(ui, Field::AppliesIf, |ui, form| {
            ui.label(RichText::new(&label).strong());
            let case = &form.draft.case;
            match &current {
                None => {
                    ui.label(RichText::new(w.applies_always).small().weak());
                    ui.button(w.add_applies_if)
                        .clicked()
                        .then(|| Some(crate::core::edit::shape::first_condition(case, Some(own))))
                }
                Some(rule) => {
                    let changed =
                        trigger_ui(ui, form.view, case, rule, Parts::ConditionsOnly, Some(own))
                            .map(Some);
                    if ui.button(w.applies_always).clicked() {
                        Some(None)
                    } else {
                        changed
                    }
                }
            }
        });
        if let Some(rule) = changed {
            let mut element = self.element.clone();
            set(&mut element, rule);
            self.put(element, None);
        }
    }

    /// A list of ids to tick (what an objection contests, the conditions of an exclusive
    /// set): `options` by id with their names, in the case's order.
    pub fn checklist(
        &mut self,
        ui: &mut Ui,
        field: Field,
        options: &[(String, String)],
        get: impl Fn(&T) -> &[String],
        set: impl Fn(&mut T, Vec<String>),
    ) {
        let label = self.label(field);
        let ticked: Vec<String> = get(self.element).to_vec();
        let changed = self.row(ui, field, |ui, _| {
            ui.label(RichText::new(&label).strong());
            let mut changed = None;
            for (id, name) in options {
                let mut on = ticked.contains(id);
                if ui.checkbox(&mut on, name).changed() {
                    changed = Some(
                        options
                            .iter()
                            .map(|(other, _)| other)
                            .filter(|other| {
                                if *other == id {
                                    on
                                } else {
                                    ticked.contains(other)
                                }
                            })
                            .cloned()
                            .collect::<Vec<String>>(),
                    );
                }
            }
            changed
        });
        if let Some(ids) = changed {
            let mut element = self.element.clone();
            set(&mut element, ids);
            self.put(element, None);
        }
    }

    /// The sentences the element cites, each removable, and buttons that take the sentences
    /// selected in the article.
    pub fn evidence(
        &mut self,
        ui: &mut Ui,
        get: impl Fn(&T) -> &[SentenceNo],
        set: impl Fn(&mut T, Vec<SentenceNo>),
    ) {
        let label = self.label(Field::Evidence);
        let current = get(self.element).to_vec();
        let changed = self.row(ui, Field::Evidence, |ui, form| {
            super::fields::evidence_field(ui, form.view, form.draft, &label, &current)
        });
        if let Some(evidence) = changed {
            let mut element = self.element.clone();
            set(&mut element, evidence);
            self.put(element, None);
        }
    }

    /// The element's id, and a field to rename it with every reference following.
    pub fn id(&mut self, ui: &mut Ui, get: impl Fn(&T) -> &str) {
        let current = get(self.element).to_owned();
        let key = self.key(Field::Id);
        let label = self.label(Field::Id);
        let place = self.place;
        let rename = self.row(ui, Field::Id, |ui, form| {
            super::fields::id_row(ui, form.view, form.draft, place, &key, &label, &current)
        });
        if let Some(id) = rename {
            self.commands.push(EditCommand::Rename { place, id });
        }
    }

    /// Move up, move down and remove.
    pub fn buttons(&mut self, ui: &mut Ui) {
        let Place::Item(list, at) = self.place else {
            return;
        };
        let case = &self.draft.case;
        let pushed = self.row(ui, Field::Buttons, |ui, form| {
            super::fields::item_buttons(ui, form.view, case, list, at)
        });
        if let Some(commands) = pushed {
            for command in commands {
                self.commands.push(command);
            }
        }
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
