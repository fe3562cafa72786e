//! The controls the form builder draws inside a row: pickers for actors, kinds and firmness,
//! the sentences an element cites, the id with its rename field, the move and remove buttons,
//! and a finding that leads to its field. Each returns what the author chose; the builder
//! turns that into an edit. Their widgets take their ids from the row they are drawn in.

use egui::{RichText, Ui};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::editing::EditCommand;
use crate::core::SentenceNo;
use crate::core::diagnostics::Finding;
use crate::core::edit::{Edit, FieldKey, Item, List, Op, Place, rename, verbs};
use crate::core::language::Text;
use crate::core::model::{Case, Firmness, Kind};

/// A finding, clickable: it opens the form of what it is about, with the keyboard in the field
/// it names (or the form's first field).
pub fn finding_button(ui: &mut Ui, finding: &Finding, text: RichText, commands: &mut Commands) {
    let response = ui.add(egui::Button::new(text).wrap().frame(false));
    if response.clicked() {
        match FieldKey::of_finding(finding) {
            Some(key) => commands.push(EditCommand::Focus(key)),
            None => {
                if let Some(place) = Place::of_finding(finding) {
                    commands.push(EditCommand::Select(Some(place)));
                }
            }
        }
    }
}

/// What the author chose in an actor picker: an actor (or, where allowed, none), perhaps one
/// made there and then.
pub struct ActorChoice {
    /// The actor's id; none for "the article itself".
    pub id: Option<String>,
    /// The edit that adds the actor, when it was made in the picker.
    pub creating: Option<Edit>,
}

/// A picker of one of the case's actors (and, with `none`, of no actor: the article itself),
/// with "New…" beside it to name a new actor on the spot.
pub fn actor_picker(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    label: &str,
    current: Option<&str>,
    none: Option<&str>,
) -> Option<ActorChoice> {
    let w = view.words.editor;
    let shown = match current {
        Some("") => w.choose_actor.to_owned(),
        Some(id) => case
            .actor(id)
            .map_or_else(|| format!("“{id}”"), |a| a.name(view.lang).into_owned()),
        None => none.map_or_else(|| w.choose_actor.to_owned(), str::to_owned),
    };
    let naming_id = ui.scope_id().with("new-actor");
    let mut naming = ui.data(|d| d.get_temp::<bool>(naming_id)).unwrap_or(false);
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(label);
        egui::ComboBox::from_id_salt("actor")
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
    if naming && let Some(made) = new_actor_ui(ui, view, case, naming_id) {
        naming = false;
        chosen = made;
    }
    ui.data_mut(|d| d.insert_temp(naming_id, naming));
    chosen
}

/// The field that names a new actor, under its picker. Some(choice) when naming ends: the
/// actor made, or (cancelled) nothing chosen.
fn new_actor_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    naming_id: egui::Id,
) -> Option<Option<ActorChoice>> {
    let w = view.words.editor;
    let typed_id = naming_id.with("name");
    let mut typed = ui
        .data(|d| d.get_temp::<String>(typed_id))
        .unwrap_or_default();
    let (mut add, mut cancelled) = (false, false);
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(w.new_actor_name);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut typed)
                    .id(typed_id.with("field"))
                    .desired_width(220.0),
            )
            .labelled_by(name.id);
        if ui
            .data(|d| d.get_temp::<bool>(typed_id.with("focus")))
            .is_none()
        {
            field.request_focus();
            ui.data_mut(|d| d.insert_temp(typed_id.with("focus"), true));
        }
        add = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        cancelled = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape));
        add |= ui
            .add_enabled(!typed.trim().is_empty(), egui::Button::new(w.new_actor_add))
            .clicked();
    });
    let done = if cancelled {
        Some(None)
    } else if add && !typed.trim().is_empty() {
        let name = Text::default().and(view.lang.code(), typed.trim());
        let creating = verbs::new_actor(case, name);
        let id = creating.ops.iter().find_map(|op| match op {
            Op::Insert(_, Item::Actor(actor)) => Some(actor.id.clone()),
            _ => None,
        });
        Some(Some(ActorChoice {
            id,
            creating: Some(creating),
        }))
    } else {
        None
    };
    ui.data_mut(|d| {
        if done.is_some() {
            d.remove::<String>(typed_id);
            d.remove::<bool>(typed_id.with("focus"));
        } else {
            d.insert_temp(typed_id, typed);
        }
    });
    done
}

/// A picker of the kind: the built-in kinds, then the case's own.
pub fn kind_picker(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    label: &str,
    current: &Kind,
) -> Option<Kind> {
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(label);
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
    label: &str,
    current: Firmness,
) -> Option<Firmness> {
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(label);
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

/// The sentences an element cites: each with a button that removes it, and buttons that take
/// the sentences selected in the article. Returns the new list.
pub fn evidence_field(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    label: &str,
    evidence: &[SentenceNo],
) -> Option<Vec<SentenceNo>> {
    let w = view.words.editor;
    let mut changed = None;
    ui.label(RichText::new(label).strong());
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
    let selection = view.state.selection.sentences();
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

/// The element's id with a field to rename it: the new id when the author renames. What is
/// wrong with the id typed shows under the field before anything is renamed.
pub fn id_row(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    place: Place,
    key: &FieldKey,
    label: &str,
    current: &str,
) -> Option<String> {
    let w = view.words.editor;
    let typed_id = ui.scope_id().with("typed");
    let mut typed: String = ui
        .data(|d| d.get_temp(typed_id))
        .unwrap_or_else(|| current.to_owned());
    let mut renamed = None;
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(RichText::new(label).small());
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut typed)
                    .id(super::naming::key_id(key).with("id"))
                    .font(egui::TextStyle::Monospace)
                    .desired_width(220.0),
            )
            .labelled_by(name.id)
            .on_hover_text(w.id_hint);
        let differs = typed.trim() != current;
        let problem = differs
            .then(|| rename::check_new_id(&draft.case, place, &typed).err())
            .flatten();
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui
            .add_enabled(differs && problem.is_none(), egui::Button::new(w.rename))
            .clicked();
        if (clicked || enter) && differs && problem.is_none() {
            renamed = Some(typed.trim().to_owned());
        }
        if let Some(problem) = &problem {
            ui.label(
                RichText::new(w.rename_error(problem))
                    .small()
                    .color(view.palette.disappeared),
            );
        }
        if field.lost_focus() && !differs {
            typed = current.to_owned();
        }
    });
    let editing = typed != current && renamed.is_none();
    ui.data_mut(|d| {
        if editing {
            d.insert_temp(typed_id, typed);
        } else {
            d.remove::<String>(typed_id);
        }
    });
    if place != Place::Header {
        ui.label(RichText::new(w.rename_hint).small().weak());
    }
    renamed
}

/// Move up, move down and remove for the element at `at` of its list: the commands, when one
/// was pressed.
pub fn item_buttons(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    list: List,
    at: usize,
) -> Option<Vec<EditCommand>> {
    let w = view.words.editor;
    let len = verbs::list_len(case, list);
    let mut pressed = None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(at > 0, egui::Button::new(w.move_up))
            .clicked()
            && let Some(edit) = verbs::move_item(case, list, at, at - 1)
        {
            pressed = Some(vec![
                EditCommand::Apply { edit, topic: None },
                EditCommand::Select(Some(Place::Item(list, at - 1))),
            ]);
        }
        if ui
            .add_enabled(at + 1 < len, egui::Button::new(w.move_down))
            .clicked()
            && let Some(edit) = verbs::move_item(case, list, at, at + 1)
        {
            pressed = Some(vec![
                EditCommand::Apply { edit, topic: None },
                EditCommand::Select(Some(Place::Item(list, at + 1))),
            ]);
        }
        if ui.button(w.remove_item).clicked() {
            pressed = Some(vec![
                EditCommand::Apply {
                    edit: Edit::one(Op::Remove(list, at)),
                    topic: None,
                },
                EditCommand::Select(None),
            ]);
        }
    });
    pressed
}
