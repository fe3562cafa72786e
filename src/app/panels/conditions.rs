//! The conditions panel: a yes / no / unknown switch per condition, reset, presets, and the
//! scenario's name and notes.

use egui::{RichText, Role, Ui, WidgetInfo};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::explorer::ExploreCommand;
use crate::app::widgets::access;
use crate::core::{ConditionIx, ConditionState};
use crate::text::phrases::lock_phrase;

/// Draws the conditions panel.
pub fn conditions_ui(ui: &mut Ui, view: &PanelContext<'_>, commands: &mut Commands) {
    let strings = view.strings;
    let state = view.state;
    let case = state.document.case.case();
    access::heading(ui, strings.conditions, 2);
    ui.label(RichText::new(strings.conditions_hint).small().weak());
    ui.add_space(4.0);

    egui::ScrollArea::vertical()
        .id_salt("conditions")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, condition) in case.conditions.iter().enumerate() {
                let label = condition.label.get(view.lang);
                let current = state.condition_state(ConditionIx(index));
                ui.add_space(6.0);
                let shortcut = (index < 9).then(|| format!("{}  ", index + 1));
                ui.horizontal_wrapped(|ui| {
                    if let Some(key) = &shortcut {
                        ui.label(RichText::new(key).small().weak())
                            .on_hover_text(strings.condition_key_hint);
                    }
                    ui.label(RichText::new(label.as_ref()).strong());
                });
                if !condition.description.is_blank() {
                    ui.label(
                        RichText::new(condition.description.get(view.lang))
                            .small()
                            .weak(),
                    );
                }
                let lock = state.evaluation.lock(ConditionIx(index));
                let group = ("condition-choices", index);
                access::radio_group(ui, group, &label, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for (position, choice) in ConditionState::ALL.into_iter().enumerate() {
                            let word = (strings.state_name)(choice);
                            let selected = current == choice;
                            let mut text = RichText::new(word);
                            if selected {
                                text = text.strong();
                            }
                            let response = ui.add_enabled(
                                lock.is_none(),
                                egui::Button::selectable(selected, text),
                            );
                            response.widget_info(|| {
                                WidgetInfo::selected(
                                    Role::RadioButton,
                                    true,
                                    selected,
                                    format!("{label}: {word}"),
                                )
                            });
                            access::place_in_set(
                                ui,
                                &response,
                                position,
                                ConditionState::ALL.len(),
                            );
                            if response.clicked() && !selected {
                                commands.push(ExploreCommand::SetCondition {
                                    condition: ConditionIx(index),
                                    state: choice,
                                });
                            }
                        }
                    })
                });
                if let Some(lock) = lock {
                    let (locked, reason) = lock_phrase(view.words, case, ConditionIx(index), lock);
                    let mut text = format!("{locked} — {reason}");
                    if let Some(first) = text.get(..1) {
                        text.replace_range(..1, &first.to_uppercase());
                    }
                    ui.label(RichText::new(text).italics());
                }
            }

            ui.add_space(10.0);
            let reset = ui
                .add_enabled(
                    !state.document.scenario.conditions.is_empty(),
                    egui::Button::new(strings.reset_to_article),
                )
                .on_hover_text(strings.reset_to_article_hint);
            if reset.clicked() {
                commands.push(ExploreCommand::ResetConditions);
            }

            if !state.presets.is_empty() {
                ui.add_space(10.0);
                access::subheading(ui, RichText::new(strings.presets).strong(), 3);
                for (index, preset) in state.presets.iter().enumerate() {
                    let selected = state.matches_preset(index);
                    let response = ui
                        .add(
                            egui::Button::selectable(selected, preset.display_name(view.lang))
                                .wrap(),
                        )
                        .on_hover_text(&preset.notes);
                    if response.clicked() {
                        commands.push(ExploreCommand::ApplyPreset(index));
                    }
                }
            }

            ui.add_space(10.0);
            ui.separator();
            let name_label = ui.label(RichText::new(strings.scenario_name).strong());
            let mut name = state.document.scenario.name.clone();
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut name)
                        .hint_text(strings.untitled)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(name_label.id);
            if response.changed() {
                commands.push(ExploreCommand::SetName(name));
            }
            let notes_label = ui.label(RichText::new(strings.scenario_notes).strong());
            let mut notes = state.document.scenario.notes.clone();
            let response = ui
                .add(
                    egui::TextEdit::multiline(&mut notes)
                        .desired_rows(4)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(notes_label.id);
            if response.changed() {
                commands.push(ExploreCommand::SetNotes(notes));
            }
        });
}
