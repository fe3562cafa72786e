//! The case editor's panels: the outline of the case on the left (with the live check), the
//! form of the selected element in the centre, and the bar over the article that makes new
//! elements from the selected sentences.

mod claims;
pub mod dialogs;
mod fields;
mod form;
mod forms;
mod naming;
mod steps;
mod texts;
mod trigger;

use egui::{RichText, Ui};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::draft::Draft;
use crate::app::editing::{EditCommand, NewElement};
use crate::app::explorer::ExploreCommand;
use crate::app::widgets::access;
use crate::core::diagnostics::Severity;
use crate::core::edit::{List, Place, verbs};
use crate::core::language::Text;
use crate::core::model::Case;

pub use forms::form_ui;

/// Above the article while editing: how many sentences are selected, and the buttons that
/// make a new condition, consequence, objection or tension with them as evidence.
pub fn selection_bar_ui(ui: &mut Ui, view: &PanelContext<'_>, commands: &mut Commands) {
    let w = view.words.editor;
    // The bar keeps its lines whether or not anything is selected, so the article under it
    // does not move when the first sentence is picked (in the middle of a drag, say).
    let selection = &view.state.selection;
    let any = !selection.is_empty();
    ui.label(RichText::new(w.selection_none).small().weak());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new((w.selection_count)(selection.len())).strong());
        if ui
            .add_enabled(any, egui::Button::new(w.clear_selection))
            .clicked()
        {
            commands.push(ExploreCommand::SelectSentence(None));
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(w.new_from_selection);
        let exercise = view.doing_exercise();
        for (element, label) in [
            (NewElement::Condition, w.make_condition),
            (NewElement::Consequence, w.make_consequence),
            (NewElement::Objection, w.make_objection),
            (NewElement::Tension, w.make_tension),
        ] {
            // An exercise asks for conditions and what follows only.
            if exercise && matches!(element, NewElement::Objection | NewElement::Tension) {
                continue;
            }
            // Untitled: its id follows the title the author types first.
            if ui.add_enabled(any, egui::Button::new(label)).clicked() {
                commands.push(EditCommand::NewFromSelection {
                    element,
                    title: Text::default(),
                });
            }
        }
    });
    ui.separator();
}

/// Lists longer than this show in a scrolled box of their own, drawing only what is visible.
const LONG_LIST: usize = 40;

/// The outline of the case: the live check, then each part of the case with its elements
/// (click to edit) and a button that adds one.
pub fn outline_ui(ui: &mut Ui, view: &PanelContext<'_>, draft: &Draft, commands: &mut Commands) {
    let w = view.words.editor;
    ui.horizontal(|ui| {
        access::heading(ui, w.outline_title, 2);
    });
    ui.label(RichText::new(w.editing_badge).small().weak());
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("outline")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            check_ui(ui, view, draft, commands);
            ui.separator();
            // An exercise asks for the actors, the conditions and what follows; the rest of a
            // case is the teacher's.
            let exercise = draft.case.exercise.is_some();
            if !exercise {
                let selected = draft.selected;
                entry(
                    ui,
                    w.section_header,
                    selected == Some(Place::Header),
                    || {
                        commands.push(EditCommand::Select(Some(Place::Header)));
                    },
                );
            }
            let sections = [
                (List::Sentences, w.section_sentences, None),
                (List::Actors, w.section_actors, Some(w.add_actor)),
                (
                    List::Conditions,
                    w.section_conditions,
                    Some(w.add_condition),
                ),
                (List::Exclusive, w.section_exclusive, Some(w.add_exclusive)),
                (List::Kinds, w.section_kinds, Some(w.add_kind)),
                (
                    List::Consequences,
                    w.section_consequences,
                    Some(w.add_consequence),
                ),
                (
                    List::Objections,
                    w.section_objections,
                    Some(w.add_objection),
                ),
                (List::Tensions, w.section_tensions, Some(w.add_tension)),
                (
                    List::Walkthroughs,
                    w.section_walkthroughs,
                    Some(w.add_walkthrough),
                ),
            ];
            for (list, heading, add) in sections {
                if exercise && !in_exercise(list) {
                    continue;
                }
                section_ui(ui, view, draft, list, heading, add, commands);
            }
        });
}

/// Whether an exercise's outline shows `list`.
fn in_exercise(list: List) -> bool {
    matches!(list, List::Actors | List::Conditions | List::Consequences)
}

/// A selectable line of the outline.
fn entry(ui: &mut Ui, text: &str, selected: bool, on_click: impl FnOnce()) {
    if ui
        .add(egui::Button::selectable(selected, text).wrap())
        .clicked()
    {
        on_click();
    }
}

/// One part of the case in the outline: its heading with the count, its elements, and the
/// button that adds one.
fn section_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    draft: &Draft,
    list: List,
    heading: &str,
    add: Option<&str>,
    commands: &mut Commands,
) {
    let case = &draft.case;
    let count = verbs::list_len(case, list);
    // The sentences are what a case just started is about; after that, its claims are.
    let open = match list {
        List::Sentences => case.conditions.is_empty() && count <= LONG_LIST,
        _ => count <= LONG_LIST,
    };
    egui::CollapsingHeader::new(RichText::new(format!("{heading} ({count})")).strong())
        .id_salt(("outline-section", heading, draft.started))
        .default_open(open)
        .show(ui, |ui| {
            let mut row = |ui: &mut Ui, at: usize| {
                let selected = draft.selected == Some(Place::Item(list, at));
                let name = item_name(view, case, list, at);
                entry(ui, &name, selected, || {
                    commands.push(EditCommand::Select(Some(Place::Item(list, at))));
                });
            };
            if count > LONG_LIST {
                let height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
                egui::ScrollArea::vertical()
                    .id_salt(("outline-rows", heading))
                    .max_height(height * 12.0)
                    .show_rows(ui, height, count, |ui, rows| {
                        for at in rows {
                            row(ui, at);
                        }
                    });
            } else {
                for at in 0..count {
                    row(ui, at);
                }
            }
            if let Some(add) = add
                && ui.button(add).clicked()
            {
                push_new(case, list, commands);
            }
        });
}

/// Adds a new element to `list` and selects it.
fn push_new(case: &Case, list: List, commands: &mut Commands) {
    // Untitled: the id follows the title the author types first.
    let none = Text::default;
    let edit = match list {
        List::Actors => verbs::new_actor(case, none()),
        List::Kinds => verbs::new_kind(case, none()),
        List::Conditions => verbs::new_condition(case, none(), &[]),
        List::Exclusive => crate::core::edit::Edit::one(crate::core::edit::Op::Insert(
            case.exclusive.len(),
            crate::core::edit::Item::Exclusive(Vec::new()),
        )),
        List::Consequences => verbs::new_consequence(case, none(), &[]),
        List::Objections => verbs::new_objection(case, none(), &[]),
        List::Tensions => verbs::new_tension(case, none(), &[]),
        List::Walkthroughs => verbs::new_walkthrough(case, none()),
        List::Sentences => return,
    };
    let at = verbs::list_len(case, list);
    commands.push(EditCommand::Apply { edit, topic: None });
    commands.push(EditCommand::Select(Some(Place::Item(list, at))));
}

/// How an element is named in the outline.
fn item_name(view: &PanelContext<'_>, case: &Case, list: List, at: usize) -> String {
    let w = view.words.editor;
    let text = |t: &Text| {
        let shown = t.get(view.lang);
        if shown.trim().is_empty() {
            w.untitled.to_owned()
        } else {
            shown.into_owned()
        }
    };
    let name = match list {
        List::Sentences => case.sentences.get(at).map(|s| {
            let mut short: String = s.original.chars().take(48).collect();
            if s.original.chars().count() > 48 {
                short.push('…');
            }
            format!("¶{} {short}", s.number)
        }),
        List::Actors => case.actors.get(at).map(|a| match &a.person {
            Some(person) => format!("{} ({person})", text(&a.name)),
            None => text(&a.name),
        }),
        List::Kinds => case.kinds.get(at).map(|k| text(&k.label)),
        List::Conditions => case.conditions.get(at).map(|c| text(&c.label)),
        List::Exclusive => case.exclusive.get(at).map(|set| {
            if set.is_empty() {
                w.untitled.to_owned()
            } else {
                set.join(" · ")
            }
        }),
        List::Consequences => case.consequences.get(at).map(|c| text(&c.title)),
        List::Objections => case.objections.get(at).map(|o| text(&o.statement)),
        List::Tensions => case.tensions.get(at).map(|t| text(&t.title)),
        List::Walkthroughs => case.walkthroughs.get(at).map(|t| text(&t.title)),
    };
    name.unwrap_or_default()
}

/// The most findings the check lists; the count says how many there are.
const SHOWN_FINDINGS: usize = 60;

/// The live check: how many errors and warnings, and each (click to edit what it is about).
fn check_ui(ui: &mut Ui, view: &PanelContext<'_>, draft: &Draft, commands: &mut Commands) {
    let w = view.words.editor;
    let errors = draft.error_count();
    let warnings = draft.findings.len() - errors;
    ui.label(RichText::new(w.check_title).strong());
    if draft.is_stale() {
        ui.label(RichText::new(w.check_pending).weak());
    }
    if draft.findings.is_empty() {
        ui.label(RichText::new(w.check_ok).color(view.palette.appeared));
        return;
    }
    let color = if errors > 0 {
        view.palette.disappeared
    } else {
        view.palette.weak_text
    };
    ui.label(RichText::new((w.problems_count)(errors, warnings)).color(color));
    let mut findings: Vec<_> = draft.findings.iter().collect();
    // Errors first: they keep the case from being explored.
    findings.sort_by_key(|f| f.severity != Severity::Error);
    for finding in findings.into_iter().take(SHOWN_FINDINGS) {
        let mark = if finding.severity == Severity::Error {
            "✖"
        } else {
            "⚠"
        };
        let said = (w.finding)(&finding.found);
        let text = RichText::new(format!("{mark} {said}")).small();
        let text = if finding.severity == Severity::Error {
            text.color(view.palette.disappeared)
        } else {
            text
        };
        fields::finding_button(ui, finding, text, commands);
    }
}
