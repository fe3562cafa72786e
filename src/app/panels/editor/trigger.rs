//! Building a trigger from parts, without writing it: always; a condition is yes (or no);
//! another consequence follows; not; all of; any of. Each part is a picker, and the parts of
//! "all of" and "any of" are added and removed with buttons.

use egui::Ui;

use crate::app::context::PanelContext;
use crate::core::model::{Case, Trigger};

/// What parts a trigger may be built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parts {
    /// Conditions and other consequences (a consequence's trigger, a tension's).
    Any,
    /// Conditions only (`applies_if`).
    ConditionsOnly,
}

/// The shape of a trigger, as its picker offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Always,
    Condition,
    Consequence,
    Not,
    All,
    Any,
}

impl Shape {
    fn of(trigger: &Trigger) -> Self {
        match trigger {
            Trigger::Always => Self::Always,
            Trigger::Condition(_) => Self::Condition,
            Trigger::Consequence(_) => Self::Consequence,
            Trigger::Not(_) => Self::Not,
            Trigger::All(_) => Self::All,
            Trigger::Any(_) => Self::Any,
        }
    }
}

/// The most nesting the builder shows; deeper parts are kept as they are.
const MAX_DEPTH: usize = 6;

/// Edits `trigger`; returns it changed, when the author changed it. `salt` keeps the
/// pickers of different triggers apart.
pub fn trigger_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    trigger: &Trigger,
    parts: Parts,
    salt: &str,
) -> Option<Trigger> {
    part_ui(ui, view, case, trigger, parts, salt, 0)
}

fn part_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    trigger: &Trigger,
    parts: Parts,
    salt: &str,
    depth: usize,
) -> Option<Trigger> {
    let w = view.words.editor;
    let mut changed = None;
    let shape = Shape::of(trigger);
    ui.horizontal_wrapped(|ui| {
        let mut shapes = vec![
            (Shape::Condition, w.trigger_condition),
            (Shape::Not, w.trigger_not),
            (Shape::All, w.trigger_all),
            (Shape::Any, w.trigger_any),
        ];
        if parts == Parts::Any {
            shapes.insert(0, (Shape::Always, w.trigger_always));
            shapes.insert(2, (Shape::Consequence, w.trigger_consequence));
        }
        let current = shapes
            .iter()
            .find(|(s, _)| *s == shape)
            .map_or(w.trigger_always, |(_, name)| *name);
        egui::ComboBox::from_id_salt((salt, depth, "shape"))
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (candidate, name) in &shapes {
                    if ui.selectable_label(*candidate == shape, *name).clicked()
                        && *candidate != shape
                    {
                        changed = Some(reshaped(case, trigger, *candidate));
                    }
                }
            })
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, w.trigger_kind));
        match trigger {
            Trigger::Condition(id) => {
                if let Some(picked) = id_picker(
                    ui,
                    (salt, depth, "condition"),
                    w.trigger_pick_condition,
                    id,
                    case.conditions
                        .iter()
                        .map(|c| (c.id.as_str(), c.label.get(view.lang).into_owned())),
                ) {
                    changed = Some(Trigger::Condition(picked));
                }
            }
            Trigger::Consequence(id) => {
                if let Some(picked) = id_picker(
                    ui,
                    (salt, depth, "consequence"),
                    w.trigger_pick_consequence,
                    id,
                    case.consequences
                        .iter()
                        .map(|c| (c.id.as_str(), c.title.get(view.lang).into_owned())),
                ) {
                    changed = Some(Trigger::Consequence(picked));
                }
            }
            _ => {}
        }
    });
    if depth >= MAX_DEPTH {
        return changed;
    }
    match trigger {
        Trigger::Not(inner) => {
            ui.indent((salt, depth, "not"), |ui| {
                if let Some(new) = part_ui(ui, view, case, inner, parts, salt, depth + 1) {
                    changed = Some(Trigger::Not(Box::new(new)));
                }
            });
        }
        Trigger::All(items) | Trigger::Any(items) => {
            let rebuild = |items: Vec<Trigger>| match trigger {
                Trigger::All(_) => Trigger::All(items),
                _ => Trigger::Any(items),
            };
            ui.indent((salt, depth, "items"), |ui| {
                for (k, item) in items.iter().enumerate() {
                    let item_salt = format!("{salt}/{depth}/{k}");
                    ui.horizontal(|ui| {
                        if ui
                            .small_button("✕")
                            .on_hover_text(w.trigger_remove)
                            .clicked()
                        {
                            let mut rest = items.clone();
                            rest.remove(k);
                            changed = Some(rebuild(rest));
                        }
                        ui.vertical(|ui| {
                            if let Some(new) =
                                part_ui(ui, view, case, item, parts, &item_salt, depth + 1)
                            {
                                let mut all = items.clone();
                                if let Some(slot) = all.get_mut(k) {
                                    *slot = new;
                                }
                                changed = Some(rebuild(all));
                            }
                        });
                    });
                }
                if ui.button(w.trigger_add).clicked() {
                    let mut all = items.clone();
                    all.push(first_condition(case));
                    changed = Some(rebuild(all));
                }
            });
        }
        _ => {}
    }
    changed
}

/// `trigger` turned into `shape`, keeping what it can: "not", "all of" and "any of" wrap the
/// trigger as it was; a condition or consequence takes the first one of the case.
fn reshaped(case: &Case, trigger: &Trigger, shape: Shape) -> Trigger {
    let kept = || match trigger {
        Trigger::Always => first_condition(case),
        other => other.clone(),
    };
    match shape {
        Shape::Always => Trigger::Always,
        Shape::Condition => first_condition(case),
        Shape::Consequence => Trigger::Consequence(
            case.consequences
                .first()
                .map(|c| c.id.clone())
                .unwrap_or_default(),
        ),
        Shape::Not => Trigger::Not(Box::new(kept())),
        Shape::All => match trigger {
            Trigger::Any(items) => Trigger::All(items.clone()),
            _ => Trigger::All(vec![kept()]),
        },
        Shape::Any => match trigger {
            Trigger::All(items) => Trigger::Any(items.clone()),
            _ => Trigger::Any(vec![kept()]),
        },
    }
}

fn first_condition(case: &Case) -> Trigger {
    Trigger::Condition(
        case.conditions
            .first()
            .map(|c| c.id.clone())
            .unwrap_or_default(),
    )
}

/// A picker of one id among `options` (id, name); returns the id chosen.
fn id_picker<'a>(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    current: &str,
    options: impl Iterator<Item = (&'a str, String)>,
) -> Option<String> {
    let options: Vec<(&str, String)> = options.collect();
    let shown = options
        .iter()
        .find(|(id, _)| *id == current)
        .map_or_else(|| format!("`{current}`"), |(_, name)| name.clone());
    let mut chosen = None;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (id, name) in &options {
                if ui.selectable_label(*id == current, name).clicked() {
                    chosen = Some((*id).to_owned());
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label));
    chosen
}
