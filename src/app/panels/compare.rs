//! The compare view: the open scenario beside another one of the same case — which
//! consequences appear and disappear, each with its quote.

use egui::{RichText, Ui};

use crate::app::command::{Commands, FileCommand};
use crate::app::comparison::Comparison;
use crate::app::context::PanelContext;
use crate::app::theme;
use crate::core::diff::StatusChange;
use crate::core::{ConditionIx, Status};

/// Draws the compare view.
pub fn compare_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    comparison: Option<&Comparison>,
    commands: &mut Commands,
) {
    let strings = view.strings;
    let state = view.state;
    ui.label(RichText::new(strings.compare_with).strong());
    ui.horizontal_wrapped(|ui| {
        for (index, preset) in state.presets.iter().enumerate() {
            let name = preset.display_name(view.lang);
            let selected = comparison.is_some_and(|c| c.name == name);
            let response = ui.add(egui::Button::selectable(selected, name));
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Button,
                    true,
                    selected,
                    format!("{}: {name}", strings.compare_button),
                )
            });
            if response.clicked() {
                commands.push(FileCommand::CompareWithPreset(index));
            }
        }
        if ui.button(strings.compare_choose_file).clicked() {
            commands.push(FileCommand::ChooseFileToCompare);
        }
    });
    ui.separator();
    let Some(comparison) = comparison else {
        ui.label(RichText::new(strings.compare_hint).weak());
        return;
    };
    let model = state.document.case.case();
    let current_name = state.document.name(view.lang, strings.untitled);

    egui::ScrollArea::vertical()
        .id_salt("compare")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(format!("A: {current_name}")).strong());
            ui.label(RichText::new(format!("B: {}", comparison.name)).strong());
            ui.add_space(4.0);
            for (index, condition) in model.conditions.iter().enumerate() {
                let a = state.condition_state(ConditionIx(index));
                let b = comparison
                    .states
                    .get(&condition.id)
                    .copied()
                    .unwrap_or_default();
                let text = format!(
                    "{}: A {} · B {}",
                    condition.label.get(view.lang),
                    (strings.state_name)(a).to_lowercase(),
                    (strings.state_name)(b).to_lowercase()
                );
                let text = RichText::new(text);
                ui.label(if a == b { text.weak() } else { text.strong() });
            }
            ui.add_space(10.0);
            let diff = &comparison.diff;
            if diff.consequences_unchanged() && diff.tensions_unchanged() {
                ui.label(RichText::new(strings.compare_same).strong());
            }
            let case = &state.document.case;
            section(
                ui,
                view,
                strings.compare_appear,
                &diff.appear,
                view.palette.appeared,
                case,
            );
            section(
                ui,
                view,
                strings.compare_disappear,
                &diff.disappear,
                view.palette.disappeared,
                case,
            );
            section(
                ui,
                view,
                strings.compare_other,
                &diff.other_changes,
                theme::status_color(Status::Depends, view.theme),
                case,
            );
            for (heading, tensions) in [
                (strings.compare_tension_appear, &diff.tensions_appear),
                (strings.compare_tension_disappear, &diff.tensions_disappear),
            ] {
                for tension in tensions.iter().filter_map(|&t| model.tension_at(t)) {
                    ui.label(
                        RichText::new(format!("{heading}: {}", tension.title.get(view.lang)))
                            .color(view.palette.tension_text)
                            .strong(),
                    );
                }
            }
        });
}

fn section(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    heading: &str,
    changes: &[StatusChange],
    color: egui::Color32,
    case: &crate::core::ValidCase,
) {
    if changes.is_empty() {
        return;
    }
    let model = case.case();
    ui.add_space(8.0);
    ui.label(
        RichText::new(format!("{heading} ({})", changes.len()))
            .color(color)
            .strong()
            .size(16.0),
    );
    for change in changes {
        let Some(consequence) = model.consequence_at(change.consequence) else {
            continue;
        };
        egui::Frame::new()
            .fill(view.palette.card_fill)
            .stroke(egui::Stroke::new(1.0, color))
            .corner_radius(6.0)
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(view.words.firmness(consequence.firmness))
                            .small()
                            .strong()
                            .color(theme::firmness_color(consequence.firmness, view.theme)),
                    );
                    ui.label(
                        RichText::new(format!(
                            "A: {} → B: {}",
                            (view.strings.status_name)(change.from),
                            (view.strings.status_name)(change.to)
                        ))
                        .small()
                        .weak(),
                    );
                });
                ui.label(
                    RichText::new(consequence.title.get(view.lang))
                        .family(theme::bold())
                        .color(view.palette.text),
                );
                if let Some(sentence) = consequence
                    .evidence
                    .first()
                    .and_then(|&n| model.sentence(n))
                {
                    ui.label(
                        RichText::new(format!("¶{}  {}", sentence.number, sentence.original))
                            .small(),
                    );
                    if let Some(translation) = view.translation(sentence) {
                        ui.label(RichText::new(translation).small().italics().weak());
                    }
                }
            });
        ui.add_space(4.0);
    }
}
