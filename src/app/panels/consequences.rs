//! The consequences panel: what follows, what depends on something unknown, and what does not
//! follow — each a card with actor, kind, firmness, claimant, why, objections and evidence.

use egui::{Color32, CornerRadius, RichText, Role, Sense, Stroke, Ui, UiBuilder, WidgetInfo};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::explorer::ExploreCommand;
use crate::app::explorer::MARK_SECONDS;
use crate::app::theme;
use crate::app::widgets::access;
use crate::app::widgets::badge::badge;
use crate::app::widgets::virtual_list::{Row, virtual_list};
use crate::core::explain::explain;
use crate::core::{Case, Consequence, ConsequenceIx, Outcome, SentenceNo, Status};
use crate::text::languages::language_name_in;
use crate::text::phrases::lines;

/// The list's memory: the measured height of each card, so only visible cards are drawn.
#[derive(Default)]
pub struct ListMemory {
    case_generation: u64,
    card_heights: Vec<f32>,
    header_height: f32,
    /// Points to scroll down every frame (only for measuring scrolling).
    pub auto_scroll: f32,
}

#[derive(Debug, Clone, Copy)]
enum Item {
    Header(Status, usize),
    Card(ConsequenceIx),
}

/// Draws the consequences panel: the groups and their cards, only those on screen.
pub fn consequences_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    memory: &mut ListMemory,
    commands: &mut Commands,
) {
    let evaluation = &view.state.evaluation;
    if evaluation.outcomes.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(view.words.editor.no_consequences).weak());
        return;
    }
    if memory.case_generation != view.state.case_generation
        || memory.card_heights.len() != evaluation.outcomes.len()
    {
        memory.case_generation = view.state.case_generation;
        memory.card_heights = vec![0.0; evaluation.outcomes.len()];
        memory.header_height = 30.0;
    }
    let mut rows = Vec::with_capacity(evaluation.outcomes.len() + Status::ALL.len());
    for status in Status::ALL {
        let count = evaluation.with_status(status).count();
        if count == 0 {
            continue;
        }
        rows.push(Row {
            item: Item::Header(status, count),
            height: memory.header_height,
        });
        rows.extend(evaluation.with_status(status).map(|outcome| {
            Row {
                item: Item::Card(outcome.consequence),
                height: memory
                    .card_heights
                    .get(outcome.consequence.0)
                    .copied()
                    .unwrap_or(0.0),
            }
        }));
    }
    if memory.auto_scroll > 0.0 {
        ui.ctx().request_repaint();
    }
    let drawn = virtual_list(
        ui,
        "consequences",
        &rows,
        0.0,
        None,
        memory.auto_scroll,
        |ui, item| match item {
            Item::Header(status, count) => {
                ui.add_space(6.0);
                access::subheading(
                    ui,
                    RichText::new((view.strings.status_group)(status, count))
                        .color(theme::status_color(status, view.theme))
                        .strong()
                        .size(16.0),
                    3,
                );
            }
            Item::Card(index) => {
                if let Some(outcome) = evaluation.outcome(index) {
                    card_ui(ui, view, outcome, commands);
                }
            }
        },
    );
    for (item, height) in drawn.measured {
        match item {
            Item::Header(..) => memory.header_height = height,
            Item::Card(index) => {
                if let Some(slot) = memory.card_heights.get_mut(index.0) {
                    *slot = height;
                }
            }
        }
    }
}

/// How strongly a just-changed card is still marked (1 fresh … 0 gone).
fn mark_strength(view: &PanelContext<'_>) -> f32 {
    view.state.marks().map_or(0.0, |marks| {
        let age = (view.now - marks.at) / MARK_SECONDS;
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a fraction between 0 and 1"
        )]
        let strength = (1.0 - age).clamp(0.0, 1.0) as f32;
        strength
    })
}

fn card_ui(ui: &mut Ui, view: &PanelContext<'_>, outcome: &Outcome, commands: &mut Commands) {
    let case = view.state.document.case.case();
    let Some(consequence) = case.consequence_at(outcome.consequence) else {
        return;
    };
    let palette = view.palette;
    let strings = view.strings;
    let index = outcome.consequence;
    let selected = view.state.selected_consequence == Some(index);
    let grounded_by_selected_sentence = view
        .state
        .selection
        .sentences()
        .into_iter()
        .any(|n| view.state.sentence_grounds(n, index));

    let strength = mark_strength(view);
    let mark = view.state.marks().and_then(|marks| {
        if strength <= 0.0 {
            None
        } else if marks.appeared.contains(&index) {
            Some((palette.appeared, strings.just_appeared))
        } else if marks.disappeared.contains(&index) {
            Some((palette.disappeared, strings.just_disappeared))
        } else {
            None
        }
    });
    let status_color = theme::status_color(outcome.status, view.theme);
    let stroke = match mark {
        Some((color, _)) => Stroke::new(
            2.0 + 2.0 * strength,
            color.gamma_multiply(0.3 + 0.7 * strength),
        ),
        None if selected || grounded_by_selected_sentence => Stroke::new(2.0, status_color),
        None => Stroke::new(1.0, palette.card_stroke),
    };
    let fill = if selected || grounded_by_selected_sentence {
        palette.selected_fill
    } else {
        palette.card_fill
    };

    ui.add_space(4.0);
    let title = consequence.title.get(view.lang);
    let response = ui
        .scope_builder(
            UiBuilder::new()
                .id_salt(("card", index))
                .sense(Sense::click()),
            |ui| {
                // Text in a card is not selectable, so a click anywhere on the card selects it.
                ui.style_mut().interaction.selectable_labels = false;
                egui::Frame::new()
                    .fill(fill)
                    .stroke(stroke)
                    .corner_radius(CornerRadius::same(6))
                    .inner_margin(10.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        card_body(ui, view, consequence, outcome, mark, commands);
                    });
            },
        )
        .response;
    response.widget_info(|| {
        WidgetInfo::selected(
            Role::Button,
            true,
            selected,
            (strings.card_label)(&title, outcome.status),
        )
    });
    if response.clicked() {
        commands.push(ExploreCommand::SelectConsequence(
            (!selected).then_some(index),
        ));
    }
}

fn card_body(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    consequence: &Consequence,
    outcome: &Outcome,
    mark: Option<(Color32, &str)>,
    commands: &mut Commands,
) {
    let case = view.state.document.case.case();
    let strings = view.strings;
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        let color = theme::firmness_color(consequence.firmness, view.theme);
        let words = view.words;
        badge(ui, words.firmness(consequence.firmness), color).on_hover_text(format!(
            "{}: {}",
            strings.firmness_hint,
            words.firmness_meaning(consequence.firmness)
        ));
        ui.label(RichText::new(words.kind(case, &consequence.kind)).weak());
        if let Some((color, text)) = mark {
            ui.label(RichText::new(text).color(color).strong());
        }
    });
    ui.label(
        RichText::new(consequence.title.get(lang))
            .family(theme::bold())
            .size(16.0)
            .color(view.palette.text),
    );

    let actor = case
        .actor(&consequence.actor)
        .map_or_else(|| "?".into(), |a| a.name(lang));
    let claimant = consequence
        .claimant
        .as_deref()
        .and_then(|id| case.actor(id))
        .map_or_else(
            || view.words.explaining.the_article_itself.to_owned(),
            |a| a.speaker(lang),
        );
    ui.label(
        RichText::new(format!(
            "{}: {actor} · {}: {claimant}",
            view.words.explaining.actor, view.words.explaining.claimed_by
        ))
        .small()
        .weak(),
    );

    explanation_ui(ui, view, outcome);

    if let Some(note) = &consequence.note {
        ui.label(RichText::new(note.get(lang)).italics().weak());
    }

    for objection in case.objections_to(&consequence.id) {
        let who = objection
            .claimant
            .as_deref()
            .or(Some(objection.by.as_str()))
            .and_then(|id| case.actor(id))
            .map_or_else(|| objection.by.clone(), |a| a.speaker(lang));
        let marks: Vec<String> = objection.evidence.iter().map(|n| format!("¶{n}")).collect();
        ui.horizontal_wrapped(|ui| {
            let color = theme::firmness_color(crate::core::Firmness::Rejects, view.theme);
            ui.label(
                RichText::new(format!(
                    "{} ({})",
                    (strings.contested_by)(&who),
                    marks.join(", ")
                ))
                .color(color),
            )
            .on_hover_text(objection.statement.get(lang));
        });
    }

    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{}:", strings.evidence))
                .small()
                .weak(),
        );
        for &number in &consequence.evidence {
            let chip =
                ui.add(egui::Button::new(RichText::new(format!("¶{number}")).small()).small());
            let title = consequence.title.get(lang);
            chip.widget_info(|| {
                WidgetInfo::labeled(Role::Button, true, (strings.chip_label)(number, &title))
            });
            let chip = chip.on_hover_ui(|ui| quote_ui(ui, view, case, number));
            if chip.clicked() {
                commands.push(ExploreCommand::ShowEvidence {
                    consequence: outcome.consequence,
                    sentence: number,
                });
            }
        }
    });
}

/// Why it follows, what it depends on, or what would have to change.
fn explanation_ui(ui: &mut Ui, view: &PanelContext<'_>, outcome: &Outcome) {
    let explanation = explain(&view.state.document.case, outcome);
    let case = view.state.document.case.case();
    for line in lines(view.words, case, &explanation) {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{}:", line.label)).strong());
            ui.label(line.text);
        });
    }
}

/// The tooltip of an evidence chip: the original sentence and its translation.
pub fn quote_ui(ui: &mut Ui, view: &PanelContext<'_>, case: &Case, number: SentenceNo) {
    let Some(sentence) = case.sentence(number) else {
        return;
    };
    ui.set_max_width(420.0);
    let language = language_name_in(view.lang, &case.language);
    ui.label(
        RichText::new(format!(
            "¶{number} · {}",
            (view.strings.original)(&language)
        ))
        .small()
        .weak(),
    );
    ui.label(&sentence.original);
    if let Some(translation) = view.translation(sentence) {
        ui.add_space(4.0);
        ui.label(RichText::new(view.strings.translation).small().weak());
        ui.label(RichText::new(translation).italics());
    }
}
