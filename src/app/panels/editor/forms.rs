//! The forms of the header, the sentences, actors, kinds, conditions and exclusive sets: each a
//! list of rows given to the form builder ([`Form`]), under what check says about the element.

use egui::{RichText, Ui};

use super::claims::{consequence_form, objection_form, tension_form};
use super::fields;
use super::form::{Form, Lines};
use super::naming::key_id;
use super::steps::walkthrough_form;
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::editing::EditCommand;
use crate::core::diagnostics::Severity;
use crate::core::edit::{Field, FieldKey, Header, List, Place, SourceField, verbs};
use crate::core::found::TextField;
use crate::core::skeleton::id_from_title;
use crate::text::languages::language_name_in;

/// The centre's Edit tab: the selected element's form, under what check says about it.
pub fn form_ui(ui: &mut Ui, view: &PanelContext<'_>, draft: &Draft, commands: &mut Commands) {
    let w = view.words.editor;
    let Some(place) = draft.selected else {
        ui.add_space(12.0);
        ui.label(RichText::new(w.nothing_selected).weak());
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt(("form", place))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            findings_ui(ui, view, draft, place, commands);
            match place {
                Place::Header => header_form(ui, view, draft, commands),
                Place::Item(List::Sentences, at) => sentence_form(ui, view, draft, at, commands),
                Place::Item(List::Actors, at) => actor_form(ui, view, draft, at, commands),
                Place::Item(List::Kinds, at) => kind_form(ui, view, draft, at, commands),
                Place::Item(List::Conditions, at) => {
                    condition_form(ui, view, draft, at, commands);
                }
                Place::Item(List::Exclusive, at) => {
                    exclusive_form(ui, view, draft, at, commands);
                }
                Place::Item(List::Consequences, at) => {
                    consequence_form(ui, view, draft, at, commands);
                }
                Place::Item(List::Objections, at) => {
                    objection_form(ui, view, draft, at, commands);
                }
                Place::Item(List::Tensions, at) => tension_form(ui, view, draft, at, commands),
                Place::Item(List::Walkthroughs, at) => {
                    walkthrough_form(ui, view, draft, at, commands);
                }
            }
        });
}

/// What check says about the element at `place`, above its form, in a scope of its own: what
/// appears or goes here never moves the fields below.
fn findings_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    place: Place,
    commands: &mut Commands,
) {
    let id = key_id(&FieldKey::new(place, Field::Findings));
    ui.scope_builder(egui::UiBuilder::new().scope_id(id), |ui| {
        for finding in draft
            .findings
            .iter()
            .filter(|f| Place::of_finding(f) == Some(place))
        {
            let (mark, color) = if finding.severity == Severity::Error {
                ("✖", view.palette.disappeared)
            } else {
                ("⚠", view.palette.weak_text)
            };
            let said = (view.words.editor.finding)(&finding.found);
            let text = RichText::new(format!("{mark} {said}")).color(color);
            fields::finding_button(ui, finding, text, commands);
        }
        ui.add_space(4.0);
    });
}

fn header_form(ui: &mut Ui, view: &PanelContext<'_>, draft: &Draft, commands: &mut Commands) {
    let w = view.words.editor;
    let header = Header::of(&draft.case);
    let mut form = Form {
        view,
        draft,
        place: Place::Header,
        element: &header,
        commands,
    };
    form.heading(ui, w.section_header);
    // A case never saved takes its id from its title, as long as the id is the one the title
    // made.
    let follows = draft.never_saved()
        && header.id == id_from_title(header.title.exact(&header.language).unwrap_or_default());
    let language = header.language.clone();
    form.text(
        ui,
        Field::Text(TextField::Title),
        Lines::One,
        |h| Some(&h.title),
        |h, title| {
            if follows {
                h.id = id_from_title(title.exact(&language).unwrap_or_default());
            }
            h.title = title;
        },
    );
    form.text(
        ui,
        Field::Text(TextField::About),
        Lines::Several,
        |h| Some(&h.about),
        |h, about| h.about = about,
    );
    form.line(
        ui,
        Field::Language,
        |h| Some(h.language.as_str()),
        |h, code| h.language = code.unwrap_or_default(),
    );
    form.row(ui, Field::Languages, |ui, form| languages_ui(ui, form));
    form.id(ui);
    ui.add_space(8.0);
    ui.label(RichText::new(view.words.source_field("")).strong());
    ui.label(RichText::new(w.source_hint).small().weak());
    for detail in SourceField::ALL {
        form.line(
            ui,
            Field::Source(detail),
            |h| source_detail(h, detail).as_deref(),
            |h, value| *source_detail_mut(h, detail) = value,
        );
    }
    if let Some(file) = &draft.case.article_file {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!("{} {file}", view.strings.article))
                .small()
                .weak(),
        );
    }
}

fn source_detail(header: &Header, detail: SourceField) -> &Option<String> {
    let source = &header.source;
    match detail {
        SourceField::Outlet => &source.outlet,
        SourceField::Author => &source.author,
        SourceField::Date => &source.date,
        SourceField::Url => &source.url,
        SourceField::Licence => &source.licence,
        SourceField::Credit => &source.credit,
        SourceField::Version => &source.version,
    }
}

fn source_detail_mut(header: &mut Header, detail: SourceField) -> &mut Option<String> {
    let source = &mut header.source;
    match detail {
        SourceField::Outlet => &mut source.outlet,
        SourceField::Author => &mut source.author,
        SourceField::Date => &mut source.date,
        SourceField::Url => &mut source.url,
        SourceField::Licence => &mut source.licence,
        SourceField::Credit => &mut source.credit,
        SourceField::Version => &mut source.version,
    }
}

/// The languages the case promises its texts in: each removable, and one more to add.
fn languages_ui(ui: &mut Ui, form: &mut Form<'_, '_, Header>) {
    let view = form.view;
    let w = view.words.editor;
    let case = &form.draft.case;
    ui.label(RichText::new(form.label(Field::Languages)).strong());
    ui.label(RichText::new(w.languages_hint).small().weak());
    if case.languages.is_empty() {
        ui.label(RichText::new(w.languages_unsaid).small().weak());
    }
    let promised: Vec<String> = case
        .promised_languages()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let mut changed = None;
    ui.horizontal_wrapped(|ui| {
        for code in &promised {
            let name = language_name_in(view.lang, code);
            ui.label(name.as_ref());
            let remove = ui.small_button("✕");
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    promised.len() > 1,
                    (w.remove_language)(&name),
                )
            });
            if remove.clicked() && promised.len() > 1 {
                changed = Some(
                    promised
                        .iter()
                        .filter(|c| *c != code)
                        .cloned()
                        .collect::<Vec<_>>(),
                );
            }
        }
    });
    let typed_id = ui.scope_id().with("typed");
    let mut typed: String = ui.data(|d| d.get_temp(typed_id)).unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(w.other_language_code);
        let field = ui
            .add(egui::TextEdit::singleline(&mut typed).desired_width(70.0))
            .labelled_by(name.id);
        let code = typed.trim().to_owned();
        let valid = crate::core::language::is_language_code(&code) && !promised.contains(&code);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui
            .add_enabled(valid, egui::Button::new(w.add_language))
            .clicked()
            || enter)
            && valid
        {
            let mut all = promised.clone();
            all.push(code);
            changed = Some(all);
            typed.clear();
        }
    });
    ui.data_mut(|d| d.insert_temp(typed_id, typed));
    if let Some(languages) = changed {
        let mut header = form.element.clone();
        header.languages = languages;
        form.put(header, None);
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
    let sentence: &crate::core::Sentence = sentence;
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Sentences, at),
        element: sentence,
        commands,
    };
    form.heading(ui, &format!("¶{}", sentence.number));
    let split_merge = form.row(ui, Field::SentenceText, |ui, form| {
        sentence_text_ui(ui, form.view, case, at, &form.key(Field::SentenceText))
    });
    if let Some(edit) = split_merge {
        form.commands.push(EditCommand::Apply { edit, topic: None });
    }
    form.row(ui, Field::Heading, |ui, form| {
        let mut heading = sentence.heading;
        if ui.checkbox(&mut heading, w.sentence_heading).changed()
            && let Some(edit) = verbs::set_heading(case, at, heading)
        {
            form.commands.push(EditCommand::Apply { edit, topic: None });
        }
    });
    form.row(ui, Field::Context, |ui, form| {
        let mut context = sentence.context;
        if ui.checkbox(&mut context, w.sentence_context).changed()
            && let Some(edit) = verbs::set_context(case, at, context)
        {
            form.commands.push(EditCommand::Apply { edit, topic: None });
        }
    });
    ui.add_space(6.0);
    form.text(
        ui,
        Field::Translation,
        Lines::Several,
        |s| Some(&s.translations),
        |s, translations| s.translations = translations,
    );
}

/// The sentence's own text, shown to place the cursor, never changed; and the split and merge
/// buttons. The edit made, when one was pressed.
fn sentence_text_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &crate::core::Case,
    at: usize,
    key: &FieldKey,
) -> Option<crate::core::edit::Edit> {
    let w = view.words.editor;
    let sentence = case.sentences.get(at)?;
    let mut text: &str = &sentence.original;
    let output = egui::TextEdit::multiline(&mut text)
        .id(key_id(key).with("text"))
        .desired_rows(3)
        .desired_width(f32::INFINITY)
        .show(ui);
    let cursor = output
        .cursor_range
        .map(|range| usize::from(range.primary.index));
    ui.label(RichText::new(w.split_hint).small().weak());
    let mut edit = None;
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
        {
            edit = split.and_then(|byte| verbs::split_at(case, at, byte));
        }
        if ui
            .add_enabled(
                verbs::can_merge_with_next(case, at),
                egui::Button::new(w.sentence_merge),
            )
            .clicked()
        {
            edit = verbs::merge_with_next(case, at);
        }
    });
    edit
}

fn actor_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let Some(actor) = draft.case.actors.get(at) else {
        return;
    };
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Actors, at),
        element: actor,
        commands,
    };
    form.heading(ui, view.words.editor.heading_actor);
    form.title(
        ui,
        TextField::Name,
        |a| Some(&a.name),
        |a, name| a.name = name,
    );
    form.line(
        ui,
        Field::Person,
        |a| a.person.as_deref(),
        |a, person| a.person = person,
    );
    form.text(
        ui,
        Field::Text(TextField::Role),
        Lines::One,
        |a| a.role.as_ref(),
        |a, role| a.role = (!role.is_blank()).then_some(role),
    );
    form.id(ui);
    ui.add_space(8.0);
    form.buttons(ui);
}

fn kind_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let Some(kind) = draft.case.kinds.get(at) else {
        return;
    };
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Kinds, at),
        element: kind,
        commands,
    };
    form.heading(ui, view.words.editor.heading_kind);
    form.title(
        ui,
        TextField::Name,
        |k| Some(&k.label),
        |k, label| k.label = label,
    );
    form.id(ui);
    ui.add_space(8.0);
    form.buttons(ui);
}

fn condition_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let Some(condition) = draft.case.conditions.get(at) else {
        return;
    };
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Conditions, at),
        element: condition,
        commands,
    };
    form.heading(ui, view.words.editor.make_condition);
    form.title(
        ui,
        TextField::Label,
        |c| Some(&c.label),
        |c, label| c.label = label,
    );
    form.text(
        ui,
        Field::Text(TextField::Description),
        Lines::Several,
        |c| Some(&c.description),
        |c, description| c.description = description,
    );
    ui.add_space(6.0);
    form.rule(
        ui,
        &condition.id,
        |c| c.applies_if.as_ref(),
        |c, rule| c.applies_if = rule,
    );
    ui.add_space(6.0);
    form.evidence(ui, |c| &c.evidence, |c, evidence| c.evidence = evidence);
    form.id(ui);
    ui.add_space(8.0);
    form.buttons(ui);
}

fn exclusive_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let case = &draft.case;
    let Some(set) = case.exclusive.get(at) else {
        return;
    };
    let options: Vec<(String, String)> = case
        .conditions
        .iter()
        .map(|c| (c.id.clone(), super::naming::named(view, &c.label, &c.id)))
        .collect();
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Exclusive, at),
        element: set,
        commands,
    };
    form.heading(ui, view.words.editor.heading_exclusive);
    form.checklist(
        ui,
        Field::Members,
        &options,
        |set| set.as_slice(),
        |set, members| *set = members,
    );
    ui.add_space(8.0);
    form.buttons(ui);
}
