//! The one form builder. Every form of the editor is a list of rows given to a [`Form`]: each
//! row is named by its [`FieldKey`], and the builder does the rest once — the ids of the row's
//! widgets (made from the key, so nothing that appears or goes above a field can move the
//! keyboard out of it), the label (from the window's words, by the field), taking the
//! keyboard when the key is asked for, and turning a change into one edit of the element (with
//! the key as its undo topic, so typing in one field is one step).

use egui::{RichText, Ui, UiBuilder};

use super::naming::key_id;
use super::trigger::{Parts, trigger_ui};
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::editing::EditCommand;
use crate::core::SentenceNo;
use crate::core::edit::{Edit, Field, FieldKey, Header, Item, Op, Place, verbs};
use crate::core::found::ActorField;
use crate::core::model::{
    Actor, Case, Condition, Consequence, DeclaredKind, Firmness, Kind, Objection, Sentence,
    Tension, Trigger, Walkthrough,
};
use crate::core::shared::Shared;

/// What a form edits: one element, or the header, and how a changed copy goes back into the
/// case.
pub trait Element: Clone + PartialEq {
    /// The edit that puts `self` at `place` in `case`; none when nothing would change.
    fn edit(self, case: &Case, place: Place) -> Option<Edit>;

    /// Its id, as references name it; empty for what has none (a sentence, a set).
    fn id(&self) -> &str {
        ""
    }

    /// Gives it another id (what has none keeps none).
    fn set_id(&mut self, _id: String) {}
}

macro_rules! element_of_list {
    ($type:ty, $wrap:expr $(, $id:ident)?) => {
        impl Element for $type {
            fn edit(self, case: &Case, place: Place) -> Option<Edit> {
                match place {
                    Place::Item(_, at) => verbs::replace(case, at, $wrap(self)),
                    Place::Header => None,
                }
            }
            $(
                fn id(&self) -> &str {
                    &self.$id
                }

                fn set_id(&mut self, id: String) {
                    self.$id = id;
                }
            )?
        }
    };
}

element_of_list!(Actor, Item::Actor, id);
element_of_list!(DeclaredKind, Item::Kind, id);
element_of_list!(Condition, Item::Condition, id);
element_of_list!(Objection, Item::Objection, id);
element_of_list!(Tension, Item::Tension, id);
element_of_list!(Walkthrough, Item::Walkthrough, id);
element_of_list!(Consequence, |c| Item::Consequence(Shared::new(c)), id);
element_of_list!(Vec<String>, Item::Exclusive);
element_of_list!(Sentence, |s| Item::Sentence(Shared::new(s)));

impl Element for Header {
    fn edit(self, case: &Case, _place: Place) -> Option<Edit> {
        (self != Header::of(case)).then(|| Edit::one(Op::Header(self)))
    }

    fn id(&self) -> &str {
        &self.id
    }

    fn set_id(&mut self, id: String) {
        self.id = id;
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
    pub(super) fn focus_wanted(&self, key: &FieldKey) -> bool {
        self.draft.focus.as_ref() == Some(key)
    }

    /// Gives `response` the keyboard when `key` asks for it.
    pub(super) fn take_focus(&mut self, key: &FieldKey, response: &egui::Response) {
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
    pub fn id(&mut self, ui: &mut Ui) {
        let current = self.element.id().to_owned();
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
