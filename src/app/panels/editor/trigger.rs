//! Building a trigger from parts, without writing it: always; a condition is yes (or no);
//! another consequence follows; not; all of; any of. Each part is a picker, and the parts of
//! "all of" and "any of" are added and removed with buttons. The shapes and what changing one
//! keeps are the core's (`core::edit::shape`); this draws them.

use egui::Ui;

use super::naming::named;
use crate::app::context::PanelContext;
use crate::core::edit::shape::{Shape, reshaped, with_part_added, without_part};
use crate::core::model::{Case, Trigger};

/// What parts a trigger may be built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parts {
    /// Conditions and other consequences (a consequence's trigger, a tension's).
    Any,
    /// Conditions only (`applies_if`).
    ConditionsOnly,
}

/// The most nesting the builder shows; deeper parts are kept as they are.
const MAX_DEPTH: usize = 6;

/// Edits `trigger`; returns it changed, when the author changed it. `except` is the condition
/// whose own rule this is (never offered first). Drawn inside its form's row, whose id the
/// pickers' ids come from.
pub fn trigger_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    trigger: &Trigger,
    parts: Parts,
    except: Option<&str>,
) -> Option<Trigger> {
    let builder = Builder {
        view,
        case,
        parts,
        except,
    };
    builder.part_ui(ui, trigger, 0)
}

/// What every part of one trigger is drawn with.
struct Builder<'a> {
    view: &'a PanelContext<'a>,
    case: &'a Case,
    parts: Parts,
    except: Option<&'a str>,
}

impl Builder<'_> {
    fn shape_name(&self, shape: Shape) -> &'static str {
        let w = self.view.words.editor;
        match shape {
            Shape::Always => w.trigger_always,
            Shape::Condition => w.trigger_condition,
            Shape::Consequence => w.trigger_consequence,
            Shape::Not => w.trigger_not,
            Shape::All => w.trigger_all,
            Shape::Any => w.trigger_any,
        }
    }

    fn part_ui(&self, ui: &mut Ui, trigger: &Trigger, depth: usize) -> Option<Trigger> {
        let w = self.view.words.editor;
        let mut changed = None;
        let shape = Shape::of(trigger);
        let shapes: Vec<Shape> = Shape::ALL
            .into_iter()
            .filter(|s| self.parts == Parts::Any || s.names_only_conditions())
            .collect();
        ui.horizontal_wrapped(|ui| {
            egui::ComboBox::from_id_salt(("shape", depth))
                .selected_text(self.shape_name(shape))
                .show_ui(ui, |ui| {
                    for candidate in &shapes {
                        if ui
                            .selectable_label(*candidate == shape, self.shape_name(*candidate))
                            .clicked()
                            && *candidate != shape
                        {
                            changed = Some(reshaped(self.case, trigger, *candidate, self.except));
                        }
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, w.trigger_kind)
                });
            match trigger {
                Trigger::Condition(id) => {
                    let options = self
                        .case
                        .conditions
                        .iter()
                        .map(|c| (c.id.as_str(), named(self.view, &c.label, &c.id)));
                    if let Some(picked) = id_picker(
                        ui,
                        depth,
                        w.trigger_pick_condition,
                        w.choose_actor,
                        id,
                        options,
                    ) {
                        changed = Some(Trigger::Condition(picked));
                    }
                }
                Trigger::Consequence(id) => {
                    let options = self
                        .case
                        .consequences
                        .iter()
                        .map(|c| (c.id.as_str(), named(self.view, &c.title, &c.id)));
                    if let Some(picked) = id_picker(
                        ui,
                        depth,
                        w.trigger_pick_consequence,
                        w.choose_actor,
                        id,
                        options,
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
                ui.indent(("not", depth), |ui| {
                    if let Some(new) = self.part_ui(ui, inner, depth + 1) {
                        changed = Some(Trigger::Not(Box::new(new)));
                    }
                });
            }
            Trigger::All(items) | Trigger::Any(items) => {
                ui.indent(("items", depth), |ui| {
                    for (k, item) in items.iter().enumerate() {
                        ui.push_id(("part", depth, k), |ui| {
                            ui.horizontal(|ui| {
                                if ui
                                    .small_button("✕")
                                    .on_hover_text(w.trigger_remove)
                                    .clicked()
                                {
                                    changed = Some(without_part(trigger, k));
                                }
                                ui.vertical(|ui| {
                                    if let Some(new) = self.part_ui(ui, item, depth + 1) {
                                        changed = Some(with_part(trigger, k, &new));
                                    }
                                });
                            });
                        });
                    }
                    if ui.button(w.trigger_add).clicked() {
                        changed = Some(with_part_added(self.case, trigger, self.except));
                    }
                });
            }
            _ => {}
        }
        changed
    }
}

/// `trigger`, an "all of" or "any of", with its part `k` made `new`.
fn with_part(trigger: &Trigger, k: usize, new: &Trigger) -> Trigger {
    let replaced = |items: &[Trigger]| -> Vec<Trigger> {
        let mut all = items.to_vec();
        if let Some(slot) = all.get_mut(k) {
            *slot = new.clone();
        }
        all
    };
    match trigger {
        Trigger::All(items) => Trigger::All(replaced(items)),
        Trigger::Any(items) => Trigger::Any(replaced(items)),
        other => other.clone(),
    }
}

/// A picker of one id among `options` (id, name), showing `choose` while none is chosen;
/// returns the id chosen.
fn id_picker<'a>(
    ui: &mut Ui,
    depth: usize,
    label: &str,
    choose: &str,
    current: &str,
    options: impl Iterator<Item = (&'a str, String)>,
) -> Option<String> {
    let options: Vec<(&str, String)> = options.collect();
    let shown = match options.iter().find(|(id, _)| *id == current) {
        Some((_, name)) => name.clone(),
        None if current.is_empty() => choose.to_owned(),
        None => format!("“{current}”"),
    };
    let mut chosen = None;
    egui::ComboBox::from_id_salt(("id", depth))
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
