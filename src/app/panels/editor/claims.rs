//! The forms of what the article claims: consequences, the objections to them, and the
//! tensions between conditions.

use egui::{RichText, Ui};

use super::fields::{
    TitleField, actor_picker, evidence_field, firmness_picker, id_line, item_buttons, kind_picker,
    put, text_field, title_field,
};
use super::trigger::{Parts, trigger_ui};
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::widgets::access;
use crate::core::edit::{Item, List};
use crate::core::language::Text;

pub fn consequence_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(consequence) = case.consequences.get(at) else {
        return;
    };
    access::heading(ui, w.make_consequence, 2);
    id_line(ui, view, &consequence.id);
    let topic = |field: &str| Some(format!("consequence/{at}/{field}"));
    let with = |f: &dyn Fn(&mut crate::core::model::Consequence)| {
        let mut changed = consequence.clone();
        f(&mut changed);
        Item::Consequence(changed)
    };
    let title = TitleField {
        list: List::Consequences,
        at,
        id: &consequence.id,
        text: &consequence.title,
        label: w.field_title,
        multiline: false,
        topic: format!("consequence/{at}/title"),
    };
    let make = |title: Text, id: String| {
        with(&|c| {
            c.title = title.clone();
            c.id.clone_from(&id);
        })
    };
    title_field(ui, view, draft, title, make, commands);
    ui.add_space(4.0);
    if let Some(choice) = actor_picker(
        ui,
        view,
        "consequence-actor",
        w.field_actor,
        case,
        Some(&consequence.actor),
        None,
    ) && let Some(actor) = choice.id.clone()
    {
        choice.put(commands, case, at, with(&|c| c.actor = actor.clone()));
    }
    if let Some(choice) = actor_picker(
        ui,
        view,
        "consequence-claimant",
        w.field_claimant,
        case,
        consequence.claimant.as_deref(),
        Some(w.the_article_itself),
    ) {
        let claimant = choice.id.clone();
        choice.put(commands, case, at, with(&|c| c.claimant = claimant.clone()));
    }
    if let Some(kind) = kind_picker(ui, view, case, &consequence.kind) {
        put(commands, case, at, with(&|c| c.kind = kind.clone()), None);
    }
    if let Some(firmness) = firmness_picker(ui, view, consequence.firmness) {
        put(commands, case, at, with(&|c| c.firmness = firmness), None);
    }
    ui.add_space(6.0);
    ui.label(RichText::new(w.field_trigger).strong());
    if let Some(trigger) = trigger_ui(
        ui,
        view,
        case,
        &consequence.trigger,
        Parts::Any,
        &format!("trigger-{at}"),
    ) {
        put(
            commands,
            case,
            at,
            with(&|c| c.trigger = trigger.clone()),
            None,
        );
    }
    ui.add_space(6.0);
    if let Some(evidence) = evidence_field(ui, view, draft, &consequence.evidence) {
        put(
            commands,
            case,
            at,
            with(&|c| c.evidence = evidence.clone()),
            None,
        );
    }
    ui.add_space(6.0);
    let note = consequence.note.clone().unwrap_or_default();
    if let Some(note) = text_field(ui, view, w.field_note, &note, true, commands) {
        let note = (!note.is_blank()).then_some(note);
        put(
            commands,
            case,
            at,
            with(&|c| c.note = note.clone()),
            topic("note"),
        );
    }
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Consequences, at, commands);
}

pub fn objection_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(objection) = case.objections.get(at) else {
        return;
    };
    access::heading(ui, w.make_objection, 2);
    id_line(ui, view, &objection.id);
    let with = |f: &dyn Fn(&mut crate::core::model::Objection)| {
        let mut changed = objection.clone();
        f(&mut changed);
        Item::Objection(changed)
    };
    let statement = TitleField {
        list: List::Objections,
        at,
        id: &objection.id,
        text: &objection.statement,
        label: w.field_statement,
        multiline: true,
        topic: format!("objection/{at}/statement"),
    };
    let make = |statement: Text, id: String| {
        with(&|o| {
            o.statement = statement.clone();
            o.id.clone_from(&id);
        })
    };
    title_field(ui, view, draft, statement, make, commands);
    if let Some(choice) = actor_picker(
        ui,
        view,
        "objection-by",
        w.field_by,
        case,
        Some(&objection.by),
        None,
    ) && let Some(by) = choice.id.clone()
    {
        choice.put(commands, case, at, with(&|o| o.by = by.clone()));
    }
    if let Some(choice) = actor_picker(
        ui,
        view,
        "objection-claimant",
        w.field_voiced_by,
        case,
        objection.claimant.as_deref(),
        Some(w.the_article_itself),
    ) {
        let claimant = choice.id.clone();
        choice.put(commands, case, at, with(&|o| o.claimant = claimant.clone()));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(w.field_contests).strong());
    for consequence in &case.consequences {
        let mut contested = objection.contests.contains(&consequence.id);
        if ui
            .checkbox(&mut contested, consequence.title.get(view.lang))
            .changed()
        {
            let contests: Vec<String> = case
                .consequences
                .iter()
                .filter(|c| {
                    if c.id == consequence.id {
                        contested
                    } else {
                        objection.contests.contains(&c.id)
                    }
                })
                .map(|c| c.id.clone())
                .collect();
            put(
                commands,
                case,
                at,
                with(&|o| o.contests = contests.clone()),
                None,
            );
        }
    }
    ui.add_space(6.0);
    if let Some(evidence) = evidence_field(ui, view, draft, &objection.evidence) {
        put(
            commands,
            case,
            at,
            with(&|o| o.evidence = evidence.clone()),
            None,
        );
    }
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Objections, at, commands);
}

pub fn tension_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let case = &draft.case;
    let Some(tension) = case.tensions.get(at) else {
        return;
    };
    access::heading(ui, w.make_tension, 2);
    id_line(ui, view, &tension.id);
    let topic = |field: &str| Some(format!("tension/{at}/{field}"));
    let with = |f: &dyn Fn(&mut crate::core::model::Tension)| {
        let mut changed = tension.clone();
        f(&mut changed);
        Item::Tension(changed)
    };
    let title = TitleField {
        list: List::Tensions,
        at,
        id: &tension.id,
        text: &tension.title,
        label: w.field_title,
        multiline: false,
        topic: format!("tension/{at}/title"),
    };
    let make = |title: Text, id: String| {
        with(&|t| {
            t.title = title.clone();
            t.id.clone_from(&id);
        })
    };
    title_field(ui, view, draft, title, make, commands);
    if let Some(explanation) = text_field(
        ui,
        view,
        w.field_explanation,
        &tension.explanation,
        true,
        commands,
    ) {
        let item = with(&|t| t.explanation = explanation.clone());
        put(commands, case, at, item, topic("explanation"));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(w.field_when).strong());
    if let Some(when) = trigger_ui(
        ui,
        view,
        case,
        &tension.when,
        Parts::Any,
        &format!("tension-{at}"),
    ) {
        put(commands, case, at, with(&|t| t.when = when.clone()), None);
    }
    ui.add_space(6.0);
    if let Some(evidence) = evidence_field(ui, view, draft, &tension.evidence) {
        put(
            commands,
            case,
            at,
            with(&|t| t.evidence = evidence.clone()),
            None,
        );
    }
    ui.add_space(8.0);
    item_buttons(ui, view, case, List::Tensions, at, commands);
}
