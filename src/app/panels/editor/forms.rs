//! The form of the element selected in the outline: every field of it, in plain controls;
//! each change becomes one edit (typing in one field, one undo step).

use egui::{RichText, Ui};

use super::claims::{consequence_form, objection_form, tension_form};
use super::fields::{self, TitleField, id_line, title_field};
use super::fields::{evidence_field, item_buttons, optional_line, put, text_field};
use super::steps::walkthrough_form;
use super::trigger::{Parts, trigger_ui};
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::{Draft, Selected};
use crate::app::editing::EditCommand;
use crate::app::widgets::access;
use crate::core::diagnostics::Severity;
use crate::core::edit::{Edit, Header, Item, List, Op, verbs};
use crate::core::language::Text;
use crate::core::model::{Source, Trigger};

/// The centre's Edit tab: the selected element's form, under what check says about it.
pub fn form_ui(ui: &mut Ui, view: &PanelContext<'_>, draft: &Draft, commands: &mut Commands) {
    let w = view.words.editor;
    let Some(selected) = draft.selected else {
        ui.add_space(12.0);
        ui.label(RichText::new(w.nothing_selected).weak());
        return;
    };
    // A form just opened takes the keyboard in its first field, so the author types at once.
    let shown_id = egui::Id::unique("editor-form-shown");
    let opened = ui.data(|d| d.get_temp::<Selected>(shown_id)) != Some(selected);
    ui.data_mut(|d| d.insert_temp(shown_id, selected));
    // Unless a finding named the field to go to.
    let to_field = ui.data(|d| d.get_temp::<String>(fields::focus_field()).is_some());
    ui.data_mut(|d| d.insert_temp(fields::focus_first(), opened && !to_field));
    egui::ScrollArea::vertical()
        .id_salt(("form", selected))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            findings_ui(ui, view, draft, selected, commands);
            match selected {
                Selected::Header => header_form(ui, view, draft, commands),
                Selected::Item(List::Sentences, at) => sentence_form(ui, view, draft, at, commands),
                Selected::Item(List::Actors, at) => actor_form(ui, view, draft, at, commands),
                Selected::Item(List::Kinds, at) => kind_form(ui, view, draft, at, commands),
                Selected::Item(List::Conditions, at) => {
                    condition_form(ui, view, draft, at, commands);
                }
                Selected::Item(List::Exclusive, at) => {
                    exclusive_form(ui, view, draft, at, commands);
                }
                Selected::Item(List::Consequences, at) => {
                    consequence_form(ui, view, draft, at, commands);
                }
                Selected::Item(List::Objections, at) => {
                    objection_form(ui, view, draft, at, commands);
                }
                Selected::Item(List::Tensions, at) => tension_form(ui, view, draft, at, commands),
                Selected::Item(List::Walkthroughs, at) => {
                    walkthrough_form(ui, view, draft, at, commands);
                }
            }
        });
}

/// What check says about the selected element, above its form.
fn findings_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    selected: Selected,
    commands: &mut Commands,
) {
    for finding in draft
        .findings
        .iter()
        .filter(|f| Selected::of_finding(f) == Some(selected))
    {
        let (mark, color) = if finding.severity == Severity::Error {
            ("✖", view.palette.disappeared)
        } else {
            ("⚠", view.palette.weak_text)
        };
        let text = RichText::new(format!("{mark} {}", finding.message())).color(color);
        fields::finding_button(ui, view, finding, text, commands);
    }
    ui.add_space(4.0);
}

fn header_form(ui: &mut Ui, view: &PanelContext<'_>, draft: &Draft, commands: &mut Commands) {
    let w = view.words.editor;
    let case = &draft.case;
    let header = Header::of(case);
    let send = |header: Header, field: &str, commands: &mut Commands| {
        commands.push(EditCommand::Apply {
            edit: Edit::one(Op::Header(header)),
            topic: Some(format!("header/{field}")),
        });
    };
    access::heading(ui, w.section_header, 2);
    if let Some(title) = text_field(ui, view, w.field_case_title, &case.title, false, commands) {
        send(
            Header {
                title,
                ..header.clone()
            },
            "title",
            commands,
        );
    }
    if let Some(about) = text_field(ui, view, w.field_about, &case.about, true, commands) {
        send(
            Header {
                about,
                ..header.clone()
            },
            "about",
            commands,
        );
    }
    if let Some(language) = optional_line(ui, w.field_language, Some(&case.language), commands) {
        let language = language.unwrap_or_default();
        send(
            Header {
                language,
                ..header.clone()
            },
            "language",
            commands,
        );
    }
    if let Some(id) = optional_line(ui, w.field_case_id, Some(&case.id), commands) {
        let id = id.unwrap_or_default();
        send(
            Header {
                id,
                ..header.clone()
            },
            "id",
            commands,
        );
    }
    ui.add_space(8.0);
    ui.label(RichText::new(view.words.source_field("")).strong());
    ui.label(RichText::new(w.source_hint).small().weak());
    let source = &case.source;
    let fields: [(&str, &Option<String>); 7] = [
        ("outlet", &source.outlet),
        ("author", &source.author),
        ("date", &source.date),
        ("url", &source.url),
        ("licence", &source.licence),
        ("credit", &source.credit),
        ("version", &source.version),
    ];
    for (field, value) in fields {
        let label = view.words.source_field(field);
        if let Some(value) = optional_line(ui, label, value.as_deref(), commands) {
            let mut source: Source = source.clone();
            let slot = match field {
                "outlet" => &mut source.outlet,
                "author" => &mut source.author,
                "date" => &mut source.date,
                "url" => &mut source.url,
                "licence" => &mut source.licence,
                "credit" => &mut source.credit,
                _ => &mut source.version,
            };
            *slot = value;
            send(
                Header {
                    source,
                    ..header.clone()
                },
                field,
                commands,
            );
        }
    }
    if let Some(file) = &case.article_file {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!("{} {file}", view.strings.article))
                .small()
                .weak(),
        );
    }
}

fn sentence_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(sentence) = case.sentences.get(at) else {
        return;
    };
    access::heading(ui, format!("¶{}", sentence.number), 2);
    // The text is the article's own: it is shown to place the cursor, never changed.
    let mut text: &str = &sentence.original;
    let field = egui::TextEdit::multiline(&mut text)
        .desired_rows(3)
        .desired_width(f32::INFINITY)
        .id_salt(("sentence-text", at));
    let output = field.show(ui);
    let cursor = output
        .cursor_range
        .map(|range| usize::from(range.primary.index));
    ui.label(RichText::new(w.split_hint).small().weak());
    ui.horizontal_wrapped(|ui| {
        // The edits themselves are built only when a button is pressed: building one
        // renumbers every reference in the case.
        let split = cursor.map(|chars| {
            sentence
                .original
                .char_indices()
                .nth(chars)
                .map_or(sentence.original.len(), |(b, _)| b)
        });
        let can_split = split.is_some_and(|byte| verbs::can_split_at(case, at, byte));
        if ui
            .add_enabled(can_split, egui::Button::new(w.sentence_split))
            .clicked()
            && let Some(edit) = split.and_then(|byte| verbs::split_at(case, at, byte))
        {
            commands.push(EditCommand::Apply { edit, topic: None });
        }
        if ui
            .add_enabled(
                verbs::can_merge_with_next(case, at),
                egui::Button::new(w.sentence_merge),
            )
            .clicked()
            && let Some(edit) = verbs::merge_with_next(case, at)
        {
            commands.push(EditCommand::Apply { edit, topic: None });
        }
    });
    let mut heading = sentence.heading;
    if ui.checkbox(&mut heading, w.sentence_heading).changed()
        && let Some(edit) = verbs::set_heading(case, at, heading)
    {
        commands.push(EditCommand::Apply { edit, topic: None });
    }
    let mut context = sentence.context;
    if ui.checkbox(&mut context, w.sentence_context).changed()
        && let Some(edit) = verbs::set_context(case, at, context)
    {
        commands.push(EditCommand::Apply { edit, topic: None });
    }
    ui.add_space(6.0);
    let topic = format!("sentence/{at}/translations");
    if let Some(translations) = text_field(
        ui,
        view,
        w.sentence_translations,
        &sentence.translations,
        true,
        commands,
    ) {
        let mut changed = sentence.clone();
        // The article's own language is the original, not a translation.
        changed.translations = fields::with_language(&translations, &case.language, "");
        put(commands, case, at, Item::Sentence(changed), Some(topic));
    }
}

fn actor_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(actor) = case.actors.get(at) else {
        return;
    };
    access::heading(ui, w.heading_actor, 2);
    id_line(ui, view, &actor.id);
    let topic = |field: &str| Some(format!("actor/{at}/{field}"));
    let name = TitleField {
        list: List::Actors,
        at,
        id: &actor.id,
        text: &actor.name,
        label: w.field_name,
        multiline: false,
        topic: format!("actor/{at}/name"),
    };
    let make = |name, id| {
        Item::Actor(crate::core::model::Actor {
            id,
            name,
            ..actor.clone()
        })
    };
    title_field(ui, view, draft, name, make, commands);
    if let Some(person) = optional_line(ui, w.field_person, actor.person.as_deref(), commands) {
        let item = Item::Actor(crate::core::model::Actor {
            person,
            ..actor.clone()
        });
        put(commands, case, at, item, topic("person"));
    }
    let role = actor.role.clone().unwrap_or_default();
    if let Some(role) = text_field(ui, view, w.field_role, &role, false, commands) {
        let role = (!role.is_blank()).then_some(role);
        let item = Item::Actor(crate::core::model::Actor {
            role,
            ..actor.clone()
        });
        put(commands, case, at, item, topic("role"));
    }
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Actors, at, commands);
}

fn kind_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(kind) = case.kinds.get(at) else {
        return;
    };
    access::heading(ui, w.heading_kind, 2);
    id_line(ui, view, &kind.id);
    let label = TitleField {
        list: List::Kinds,
        at,
        id: &kind.id,
        text: &kind.label,
        label: w.field_name,
        multiline: false,
        topic: format!("kind/{at}/label"),
    };
    let make = |label, id| Item::Kind(crate::core::model::DeclaredKind { id, label });
    title_field(ui, view, draft, label, make, commands);
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Kinds, at, commands);
}

fn condition_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(condition) = case.conditions.get(at) else {
        return;
    };
    access::heading(ui, w.make_condition, 2);
    id_line(ui, view, &condition.id);
    let topic = |field: &str| Some(format!("condition/{at}/{field}"));
    let with = |f: &dyn Fn(&mut crate::core::model::Condition)| {
        let mut changed = condition.clone();
        f(&mut changed);
        Item::Condition(changed)
    };
    let label = TitleField {
        list: List::Conditions,
        at,
        id: &condition.id,
        text: &condition.label,
        label: w.field_label,
        multiline: false,
        topic: format!("condition/{at}/label"),
    };
    let make = |label: Text, id: String| {
        with(&|c| {
            c.label = label.clone();
            c.id.clone_from(&id);
        })
    };
    title_field(ui, view, draft, label, make, commands);
    if let Some(description) = text_field(
        ui,
        view,
        w.field_description,
        &condition.description,
        true,
        commands,
    ) {
        let item = with(&|c| c.description = description.clone());
        put(commands, case, at, item, topic("description"));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(w.field_applies_if).strong());
    match &condition.applies_if {
        None => {
            ui.label(RichText::new(w.applies_always).small().weak());
            if ui.button(w.add_applies_if).clicked() {
                let first = case
                    .conditions
                    .iter()
                    .find(|c| c.id != condition.id)
                    .map(|c| c.id.clone())
                    .unwrap_or_default();
                let item = with(&|c| c.applies_if = Some(Trigger::Condition(first.clone())));
                put(commands, case, at, item, None);
            }
        }
        Some(rule) => {
            if let Some(rule) = trigger_ui(
                ui,
                view,
                case,
                rule,
                Parts::ConditionsOnly,
                &format!("applies-{at}"),
            ) {
                put(
                    commands,
                    case,
                    at,
                    with(&|c| c.applies_if = Some(rule.clone())),
                    None,
                );
            }
            if ui.button(w.applies_always).clicked() {
                put(commands, case, at, with(&|c| c.applies_if = None), None);
            }
        }
    }
    ui.add_space(6.0);
    if let Some(evidence) = evidence_field(ui, view, draft, &condition.evidence) {
        put(
            commands,
            case,
            at,
            with(&|c| c.evidence = evidence.clone()),
            None,
        );
    }
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Conditions, at, commands);
}

fn exclusive_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(set) = case.exclusive.get(at) else {
        return;
    };
    access::heading(ui, w.heading_exclusive, 2);
    ui.label(RichText::new(w.exclusive_members).strong());
    for condition in &case.conditions {
        let mut member = set.contains(&condition.id);
        if ui
            .checkbox(&mut member, condition.label.get(view.lang))
            .changed()
        {
            let members: Vec<String> = case
                .conditions
                .iter()
                .filter(|c| {
                    if c.id == condition.id {
                        member
                    } else {
                        set.contains(&c.id)
                    }
                })
                .map(|c| c.id.clone())
                .collect();
            put(commands, case, at, Item::Exclusive(members), None);
        }
    }
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Exclusive, at, commands);
}
