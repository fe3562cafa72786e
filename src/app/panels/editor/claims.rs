//! The forms of what the article claims: consequences, the objections to them, and the
//! tensions between conditions — each a list of rows given to the form builder.

use egui::Ui;

use super::form::{Form, Lines};
use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::core::edit::{Field, List, Place};
use crate::core::found::{ActorField, TextField};

pub fn consequence_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let w = view.words.editor;
    let Some(consequence) = draft.case.consequences.get(at) else {
        return;
    };
    let consequence: &crate::core::Consequence = consequence;
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Consequences, at),
        element: consequence,
        commands,
    };
    form.heading(ui, w.make_consequence);
    form.title(
        ui,
        TextField::Title,
        |c| Some(&c.title),
        |c, title| c.title = title,
    );
    ui.add_space(4.0);
    form.actor(
        ui,
        ActorField::Actor,
        None,
        |c| Some(c.actor.as_str()),
        |c, actor| c.actor = actor.unwrap_or_default(),
    );
    form.actor(
        ui,
        ActorField::Claimant,
        Some(w.the_article_itself),
        |c| c.claimant.as_deref(),
        |c, claimant| c.claimant = claimant,
    );
    form.kind(ui, |c| &c.kind, |c, kind| c.kind = kind);
    form.firmness(ui, |c| c.firmness, |c, firmness| c.firmness = firmness);
    ui.add_space(6.0);
    form.trigger(ui, |c| &c.trigger, |c, trigger| c.trigger = trigger);
    ui.add_space(6.0);
    form.evidence(ui, |c| &c.evidence, |c, evidence| c.evidence = evidence);
    ui.add_space(6.0);
    form.text(
        ui,
        Field::Text(TextField::Note),
        Lines::Several,
        |c| c.note.as_ref(),
        |c, note| c.note = (!note.is_blank()).then_some(note),
    );
    form.id(ui);
    ui.add_space(8.0);
    form.buttons(ui);
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
    let contestable: Vec<(String, String)> = case
        .consequences
        .iter()
        .map(|c| (c.id.clone(), super::naming::named(view, &c.title, &c.id)))
        .collect();
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Objections, at),
        element: objection,
        commands,
    };
    form.heading(ui, w.make_objection);
    form.title(
        ui,
        TextField::Statement,
        |o| Some(&o.statement),
        |o, statement| o.statement = statement,
    );
    form.actor(
        ui,
        ActorField::By,
        None,
        |o| Some(o.by.as_str()),
        |o, by| o.by = by.unwrap_or_default(),
    );
    form.actor(
        ui,
        ActorField::Claimant,
        Some(w.the_article_itself),
        |o| o.claimant.as_deref(),
        |o, claimant| o.claimant = claimant,
    );
    ui.add_space(6.0);
    form.checklist(
        ui,
        Field::Contests,
        &contestable,
        |o| o.contests.as_slice(),
        |o, contests| o.contests = contests,
    );
    ui.add_space(6.0);
    form.evidence(ui, |o| &o.evidence, |o, evidence| o.evidence = evidence);
    form.id(ui);
    ui.add_space(8.0);
    form.buttons(ui);
}

pub fn tension_form(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    at: usize,
    commands: &mut Commands,
) {
    let Some(tension) = draft.case.tensions.get(at) else {
        return;
    };
    let mut form = Form {
        view,
        draft,
        place: Place::Item(List::Tensions, at),
        element: tension,
        commands,
    };
    form.heading(ui, view.words.editor.make_tension);
    form.title(
        ui,
        TextField::Title,
        |t| Some(&t.title),
        |t, title| t.title = title,
    );
    form.text(
        ui,
        Field::Text(TextField::Explanation),
        Lines::Several,
        |t| Some(&t.explanation),
        |t, explanation| t.explanation = explanation,
    );
    ui.add_space(6.0);
    form.trigger(ui, |t| &t.when, |t, when| t.when = when);
    ui.add_space(6.0);
    form.evidence(ui, |t| &t.evidence, |t, evidence| t.evidence = evidence);
    form.id(ui);
    ui.add_space(8.0);
    form.buttons(ui);
}
