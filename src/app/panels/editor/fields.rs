//! The pieces the editor's forms are made of: a text in each language, pickers for actors,
//! kinds and firmness, and the list of sentences an element cites. Each returns the new value
//! when the author changed it; the form turns that into an edit.

use egui::{RichText, Ui};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::{Draft, Selected};
use crate::app::editing::EditCommand;
use crate::core::SentenceNo;
use crate::core::diagnostics::{Finding, Segment};
use crate::core::edit::List;
use crate::core::edit::{Edit, Item, Op, verbs};
use crate::core::language::{Lang, Text};
use crate::core::model::{Case, Firmness, Kind};
use crate::text::editor::EditorWords;
use crate::text::languages::language_name_in;

/// Where the forms note that the next text field drawn takes the keyboard (a form was just
/// opened).
pub fn focus_first() -> egui::Id {
    egui::Id::unique("editor-focus-first")
}

/// Where a clicked finding leaves the label of the text field it is about, for that field to
/// take the keyboard (and scroll into view) when it is next drawn.
pub fn focus_field() -> egui::Id {
    egui::Id::unique("editor-focus-field")
}

/// The label of the text field `finding` is about, when it is about a text.
pub fn field_of_finding(w: &EditorWords, finding: &Finding) -> Option<&'static str> {
    let name = match finding.path.as_slice() {
        [Segment::Field("title"), ..] => return Some(w.field_case_title),
        [Segment::Field("about"), ..] => return Some(w.field_about),
        [
            Segment::Field(_),
            Segment::Index(_),
            Segment::Field(name),
            ..,
        ] => *name,
        _ => return None,
    };
    Some(match name {
        "title" => w.field_title,
        "label" => w.field_label,
        "description" => w.field_description,
        "name" => w.field_name,
        "role" => w.field_role,
        "statement" => w.field_statement,
        "explanation" => w.field_explanation,
        "note" => w.field_note,
        _ => return None,
    })
}

/// A finding, clickable: it opens the form of what it is about, with the keyboard in the text
/// field it names.
pub fn finding_button(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    finding: &Finding,
    text: RichText,
    commands: &mut Commands,
) {
    let response = ui.add(egui::Button::new(text).wrap().frame(false));
    if response.clicked()
        && let Some(selected) = Selected::of_finding(finding)
    {
        if let Some(label) = field_of_finding(view.words.editor, finding) {
            ui.data_mut(|d| d.insert_temp(focus_field(), label.to_owned()));
        }
        commands.push(EditCommand::Select(Some(selected)));
    }
}

/// Sends the edit that puts `item` at place `at` of its list, when that changes anything;
/// `topic` makes typing in one field one undo step.
pub fn put(commands: &mut Commands, case: &Case, at: usize, item: Item, topic: Option<String>) {
    if let Some(edit) = verbs::replace(case, at, item) {
        commands.push(EditCommand::Apply { edit, topic });
    }
}

/// The languages a text is edited in: the window's two, then any other the text has.
fn languages(text: &Text) -> Vec<String> {
    let mut codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
    for code in text.languages() {
        if !codes.iter().any(|c| c == code) {
            codes.push(code.to_owned());
        }
    }
    codes
}

/// A label over one text field per language. Returns the text as the author changed it
/// (a language emptied is left out), and tells the history when a field is left.
pub fn text_field(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    label: &str,
    text: &Text,
    multiline: bool,
    commands: &mut Commands,
) -> Option<Text> {
    ui.label(RichText::new(label).strong());
    let mut changed = None;
    let codes = languages(text);
    // A finding about this text leads to its first empty language (the one found missing).
    let wanted = ui.data(|d| d.get_temp::<String>(focus_field())).as_deref() == Some(label);
    let to_focus = wanted
        .then(|| {
            codes
                .iter()
                .find(|c| text.exact(c).is_none())
                .or(codes.first())
                .cloned()
        })
        .flatten();
    for code in codes {
        let name = language_name_in(view.lang, &code);
        let mut value = text.exact(&code).unwrap_or_default().to_owned();
        // The language beside its field, or above it where the form is narrow (large text).
        let narrow = ui.available_width() < 34.0 * ui.text_style_height(&egui::TextStyle::Body);
        let field_ui = |ui: &mut Ui| {
            // Seen as "English"; read (and found by tests) as "Title, English".
            let name_text = RichText::new(name.as_ref()).small().weak();
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
            let field = if multiline {
                egui::TextEdit::multiline(&mut value).desired_rows(2)
            } else {
                egui::TextEdit::singleline(&mut value)
            };
            ui.add(field.desired_width(f32::INFINITY))
                .labelled_by(name_label.id)
        };
        let response = if narrow {
            ui.vertical(field_ui).inner
        } else {
            ui.horizontal(field_ui).inner
        };
        if ui.data(|d| d.get_temp::<bool>(focus_first())) == Some(true) {
            response.request_focus();
            ui.data_mut(|d| d.insert_temp(focus_first(), false));
        }
        if to_focus.as_deref() == Some(code.as_str()) {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            ui.data_mut(|d| d.remove::<String>(focus_field()));
        }
        if response.lost_focus() {
            commands.push(EditCommand::Seal);
        }
        if response.changed() {
            changed = Some(with_language(text, &code, &value));
        }
    }
    changed
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

/// A one-line field for text that may be left out (a person's name, a date…).
pub fn optional_line(
    ui: &mut Ui,
    label: &str,
    value: Option<&str>,
    commands: &mut Commands,
) -> Option<Option<String>> {
    let mut text = value.unwrap_or_default().to_owned();
    let response = ui
        .horizontal(|ui| {
            let name = ui.label(label);
            ui.add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
                .labelled_by(name.id)
        })
        .inner;
    if response.lost_focus() {
        commands.push(EditCommand::Seal);
    }
    response
        .changed()
        .then(|| (!text.trim().is_empty()).then_some(text))
}

/// What the author chose in an actor picker: an actor (or, where allowed, none), perhaps one
/// made there and then.
pub struct ActorChoice {
    /// The actor's id; none for "the article itself".
    pub id: Option<String>,
    /// The edit that adds the actor, when it was made in the picker.
    pub creating: Option<Edit>,
}

impl ActorChoice {
    /// The edit that puts `item` at place `at` (after adding the new actor, if one was made),
    /// as one undo step.
    pub fn put(self, commands: &mut Commands, case: &Case, at: usize, item: Item) {
        let mut edit = self.creating.unwrap_or_default();
        edit.ops.extend(
            verbs::replace(case, at, item)
                .map(|e| e.ops)
                .unwrap_or_default(),
        );
        if !edit.is_empty() {
            commands.push(EditCommand::Apply { edit, topic: None });
        }
    }
}

/// A picker of one of the case's actors (and, with `none`, of no actor: the article itself),
/// with "New…" beside it to name a new actor on the spot.
pub fn actor_picker(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    id_salt: &str,
    label: &str,
    case: &Case,
    current: Option<&str>,
    none: Option<&str>,
) -> Option<ActorChoice> {
    let w = view.words.editor;
    let shown = match current {
        Some("") => w.choose_actor.to_owned(),
        Some(id) => case
            .actor(id)
            .map_or_else(|| format!("`{id}`"), |a| a.name(view.lang).into_owned()),
        None => none.unwrap_or_default().to_owned(),
    };
    let naming_id = egui::Id::unique((id_salt, "new-actor"));
    let mut naming = ui.data(|d| d.get_temp::<bool>(naming_id)).unwrap_or(false);
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(label);
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if let Some(none) = none
                    && ui.selectable_label(current.is_none(), none).clicked()
                {
                    chosen = Some(ActorChoice {
                        id: None,
                        creating: None,
                    });
                }
                for actor in &case.actors {
                    let selected = current == Some(actor.id.as_str());
                    if ui
                        .selectable_label(selected, actor.name(view.lang))
                        .clicked()
                    {
                        chosen = Some(ActorChoice {
                            id: Some(actor.id.clone()),
                            creating: None,
                        });
                    }
                }
            })
            .response
            .labelled_by(name.id);
        let new = ui.selectable_label(naming, w.new_actor_here);
        new.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, naming, (w.new_actor_for)(label))
        });
        if new.clicked() {
            naming = !naming;
        }
    });
    if naming {
        let typed_id = naming_id.with("name");
        let mut typed = ui
            .data(|d| d.get_temp::<String>(typed_id))
            .unwrap_or_default();
        let (mut add, mut cancelled) = (false, false);
        ui.horizontal_wrapped(|ui| {
            let name = ui.label(w.new_actor_name);
            let field = ui
                .add(egui::TextEdit::singleline(&mut typed).desired_width(220.0))
                .labelled_by(name.id);
            if field.gained_focus()
                || ui
                    .data(|d| d.get_temp::<bool>(typed_id.with("focus")))
                    .is_none()
            {
                field.request_focus();
                ui.data_mut(|d| d.insert_temp(typed_id.with("focus"), true));
            }
            add = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                cancelled = true;
            }
            add |= ui
                .add_enabled(!typed.trim().is_empty(), egui::Button::new(w.new_actor_add))
                .clicked();
        });
        if cancelled {
            naming = false;
            typed.clear();
        } else if add && !typed.trim().is_empty() {
            let name = Text::default().and(view.lang.code(), typed.trim());
            let creating = verbs::new_actor(case, name);
            let id = creating.ops.iter().find_map(|op| match op {
                Op::Insert(_, Item::Actor(actor)) => Some(actor.id.clone()),
                _ => None,
            });
            chosen = Some(ActorChoice {
                id,
                creating: Some(creating),
            });
            naming = false;
            typed.clear();
        }
        ui.data_mut(|d| {
            if naming {
                d.insert_temp(typed_id, typed);
            } else {
                d.remove::<String>(typed_id);
                d.remove::<bool>(typed_id.with("focus"));
            }
        });
    }
    ui.data_mut(|d| d.insert_temp(naming_id, naming));
    chosen
}

/// A picker of the kind: the built-in kinds, then the case's own.
pub fn kind_picker(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    current: &Kind,
) -> Option<Kind> {
    let w = view.words.editor;
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(w.field_kind);
        egui::ComboBox::from_id_salt("kind")
            .selected_text(view.words.kind(case, current))
            .show_ui(ui, |ui| {
                let declared = case.kinds.iter().map(|k| Kind::Custom(k.id.clone()));
                for kind in Kind::BUILT_IN.into_iter().chain(declared) {
                    let label = view.words.kind(case, &kind).into_owned();
                    if ui.selectable_label(*current == kind, label).clicked() {
                        chosen = Some(kind.clone());
                    }
                }
            })
            .response
            .labelled_by(name.id);
    });
    chosen
}

/// A picker of the firmness, each with its meaning, and the chosen one's meaning below.
pub fn firmness_picker(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    current: Firmness,
) -> Option<Firmness> {
    let w = view.words.editor;
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(w.field_firmness);
        egui::ComboBox::from_id_salt("firmness")
            .selected_text(view.words.firmness(current))
            .show_ui(ui, |ui| {
                for firmness in Firmness::ALL {
                    let text = format!(
                        "{} — {}",
                        view.words.firmness(firmness),
                        view.words.firmness_meaning(firmness)
                    );
                    if ui.selectable_label(current == firmness, text).clicked() {
                        chosen = Some(firmness);
                    }
                }
            })
            .response
            .labelled_by(name.id);
    });
    ui.label(
        RichText::new(view.words.firmness_meaning(current))
            .small()
            .weak(),
    );
    chosen
}

/// The sentences an element cites: each with a button that removes it, and buttons that
/// take the sentences selected in the article. Returns the new list.
pub fn evidence_field(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    evidence: &[SentenceNo],
) -> Option<Vec<SentenceNo>> {
    let w = view.words.editor;
    let mut changed = None;
    ui.label(RichText::new(w.field_evidence).strong());
    if evidence.is_empty() {
        ui.label(RichText::new(w.evidence_none).small().weak());
    }
    for &number in evidence {
        let quote = draft
            .case
            .sentence(number)
            .map_or_else(String::new, |s| s.original.clone());
        ui.horizontal_wrapped(|ui| {
            let remove = ui.small_button("✕").on_hover_text(w.remove_evidence);
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("{}: ¶{number}", w.remove_evidence),
                )
            });
            if remove.clicked() {
                changed = Some(evidence.iter().copied().filter(|&n| n != number).collect());
            }
            ui.label(RichText::new(format!("¶{number}")).strong());
            ui.label(RichText::new(quote).small());
        });
    }
    let selection = draft.selected_sentences();
    ui.horizontal_wrapped(|ui| {
        let any = !selection.is_empty();
        if ui
            .add_enabled(any, egui::Button::new(w.evidence_from_selection))
            .clicked()
        {
            changed = Some(selection.clone());
        }
        if ui
            .add_enabled(any, egui::Button::new(w.evidence_add_selection))
            .clicked()
        {
            let mut all: Vec<SentenceNo> = evidence.to_vec();
            all.extend(selection.iter().copied());
            all.sort_unstable();
            all.dedup();
            changed = Some(all);
        }
    });
    changed
}

/// Remove, move up and move down for the element at `at` of its list.
pub fn item_buttons(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    list: List,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let len = verbs::list_len(case, list);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(at > 0, egui::Button::new(w.move_up))
            .clicked()
            && let Some(edit) = verbs::move_item(case, list, at, at - 1)
        {
            commands.push(EditCommand::Apply { edit, topic: None });
            commands.push(EditCommand::Select(Some(Selected::Item(list, at - 1))));
        }
        if ui
            .add_enabled(at + 1 < len, egui::Button::new(w.move_down))
            .clicked()
            && let Some(edit) = verbs::move_item(case, list, at, at + 1)
        {
            commands.push(EditCommand::Apply { edit, topic: None });
            commands.push(EditCommand::Select(Some(Selected::Item(list, at + 1))));
        }
        if ui.button(w.remove_item).clicked() {
            commands.push(EditCommand::Apply {
                edit: Edit::one(Op::Remove(list, at)),
                topic: None,
            });
            commands.push(EditCommand::Select(None));
        }
    });
}

/// The id the element takes with its new title, when its id still follows its title (it is
/// new since the last save, and nothing refers to it yet).
fn follow(
    draft: &Draft,
    list: List,
    at: usize,
    id: &str,
    previous: &Text,
    title: &Text,
) -> Option<String> {
    draft
        .is_new(list, id)
        .then(|| verbs::id_following_title(&draft.case, list, at, previous, title))
        .flatten()
}

/// An element's first text field: its title, label, name or statement, which its id follows
/// while the element is new.
pub struct TitleField<'a> {
    /// The element's list and place.
    pub list: List,
    /// Its place in the list.
    pub at: usize,
    /// Its id as it stands.
    pub id: &'a str,
    /// The text as it stands.
    pub text: &'a Text,
    /// The field's label.
    pub label: &'a str,
    /// Several lines.
    pub multiline: bool,
    /// What typing in it is about (one undo step while typing).
    pub topic: String,
}

/// Draws `field` and, when the author changed it, sends the edit `make` builds from the new
/// text and the id that goes with it (following the text while the element is new, see
/// [`verbs::id_following_title`]).
pub fn title_field(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    field: TitleField<'_>,
    make: impl Fn(Text, String) -> Item,
    commands: &mut Commands,
) {
    let TitleField {
        list,
        at,
        id,
        text,
        label,
        multiline,
        topic,
    } = field;
    if let Some(new) = text_field(ui, view, label, text, multiline, commands) {
        let id = follow(draft, list, at, id, text, &new).unwrap_or_else(|| id.to_owned());
        put(commands, &draft.case, at, make(new, id), Some(topic));
    }
}

/// The id of an element: shown, not edited (references use it).
pub fn id_line(ui: &mut Ui, view: &PanelContext<'_>, id: &str) {
    let w = view.words.editor;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("{}: {id}", w.field_id))
                .small()
                .monospace(),
        )
        .on_hover_text(w.id_hint);
    });
}
