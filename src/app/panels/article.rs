//! The article panel: every sentence, original and translation, with the selected
//! consequence's evidence highlighted and unmodelled sentences dimmed.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, Label, Role, Sense, Ui, WidgetInfo, WidgetText};

use crate::app::command::Commands;
use crate::app::context::PanelContext;
use crate::app::explorer::ExploreCommand;
use crate::app::look::ArticleMode;
use crate::app::selection::{Ground, grounds_in};
use crate::app::settings::LookCommand;
use crate::app::theme::{self, ThemeChoice};
use crate::app::widgets::access;
use crate::app::widgets::row_fit;
use crate::app::widgets::virtual_list::{Row, virtual_list};
use crate::core::{Case, Lang, SentenceNo};

/// What the styled sentences depend on; when it changes they are built again.
#[derive(Debug, Clone, Copy, PartialEq)]
struct JobKey {
    case_generation: u64,
    /// The draft's revision while the case is edited (its sentences may be newer than the
    /// case the explorer shows).
    revision: u64,
    mode: ArticleMode,
    theme: ThemeChoice,
    /// The window's language, which picks the translation shown.
    lang: Lang,
}

/// The article panel's own memory: the styled sentences (egui lays them out and caches the
/// result itself, also across font-atlas resets) and the last scroll it carried out.
#[derive(Default)]
pub struct ArticleMemory {
    key: Option<JobKey>,
    jobs: Vec<Arc<LayoutJob>>,
    /// Measured height of each sentence, so only the visible ones are drawn.
    heights: Vec<f32>,
    handled_scroll: Option<u64>,
    /// A sentence to scroll to, until the layout around it has settled.
    pending_scroll: Option<usize>,
    /// While editing, a drag across the article selects the sentences it passes: the one it
    /// started on and the one it last passed over.
    drag: Option<(SentenceNo, SentenceNo)>,
}

impl ArticleMemory {
    /// The styled sentences for `key`, built only when something they show changed.
    fn jobs(&mut self, case: &Case, key: JobKey) -> &[Arc<LayoutJob>] {
        if self.key != Some(key) {
            let palette = theme::palette(key.theme);
            self.jobs = case
                .sentences
                .iter()
                .map(|sentence| {
                    let mut job = LayoutJob::default();
                    let size = if sentence.heading { 17.0 } else { 15.0 };
                    let family = if sentence.heading {
                        theme::bold()
                    } else {
                        egui::FontFamily::Proportional
                    };
                    let main_color = if sentence.context {
                        palette.dimmed_text
                    } else {
                        palette.text
                    };
                    let original =
                        TextFormat::simple(FontId::new(size, family.clone()), main_color);
                    let translation = TextFormat {
                        italics: true,
                        ..TextFormat::simple(
                            FontId::new(size - 1.0, family),
                            if sentence.context {
                                palette.dimmed_text
                            } else {
                                palette.weak_text
                            },
                        )
                    };
                    let number = TextFormat::simple(FontId::proportional(12.0), palette.weak_text);
                    job.append(&format!("¶{}", sentence.number), 0.0, number);
                    job.append("  ", 0.0, original.clone());
                    let translated = sentence
                        .translation(key.lang, &case.language)
                        .map(|(text, _)| text);
                    match (key.mode, translated) {
                        (ArticleMode::Both, Some(text)) => {
                            job.append(&sentence.original, 0.0, original);
                            job.append("\n", 0.0, translation.clone());
                            job.append(text, 0.0, translation);
                        }
                        (ArticleMode::Translation, Some(text)) => {
                            job.append(text, 0.0, original);
                        }
                        _ => job.append(&sentence.original, 0.0, original),
                    }
                    Arc::new(job)
                })
                .collect();
            self.heights = vec![0.0; self.jobs.len()];
            self.key = Some(key);
        }
        &self.jobs
    }
}

/// The both / original / translation switch, one group of choices.
fn mode_buttons(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) -> Vec<egui::Response> {
    let strings = view.strings;
    let group = access::radio_group(ui, "article-modes", strings.article_view, |ui| {
        ui.horizontal_wrapped(|ui| mode_buttons_in_group(ui, view, commands))
            .inner
    });
    group.inner
}

fn mode_buttons_in_group(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    commands: &mut Commands,
) -> Vec<egui::Response> {
    let strings = view.strings;
    ArticleMode::ALL
        .into_iter()
        .enumerate()
        .map(|(position, mode)| {
            let text = match mode {
                ArticleMode::Both => strings.view_both,
                ArticleMode::Original => strings.view_original,
                ArticleMode::Translation => strings.view_translation,
            };
            let selected = view.article_mode == mode;
            let response = ui.add(egui::Button::selectable(selected, text));
            response.widget_info(|| {
                WidgetInfo::selected(
                    Role::RadioButton,
                    true,
                    selected,
                    format!("{}: {text}", strings.article_view),
                )
            });
            access::place_in_set(ui, &response, position, ArticleMode::ALL.len());
            if response.clicked() {
                commands.push(LookCommand::SetArticleMode(mode));
            }
            response
        })
        .collect()
}

/// Draws the article panel.
pub fn article_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    memory: &mut ArticleMemory,
    commands: &mut Commands,
) {
    let strings = view.strings;
    // While editing, the article is the draft's: its sentences as they now stand.
    let draft = view.editing_draft();
    let case = draft.map_or_else(|| view.state.document.case.case(), |d| &d.case);
    let modes_id = egui::Id::unique("article-modes");
    // Original / translation / both only where there is a translation to show.
    let translated = view.state.has_translations;
    let mut on_own_row = translated;
    ui.horizontal(|ui| {
        access::heading(ui, strings.article, 2);
        if translated {
            on_own_row =
                !row_fit::at_right_end(ui, modes_id, |ui| mode_buttons(ui, view, commands));
        }
    });
    if on_own_row {
        row_fit::own_row(ui, modes_id, |ui| mode_buttons(ui, view, commands));
    }
    ui.label(egui::RichText::new(case.title.get(view.lang)).strong());
    // Blank details (a case just started has them all, ready to fill) say nothing.
    let details: Vec<String> = case
        .source
        .details()
        .map(|(field, value)| format!("{}: {value}", view.words.source_field(field)))
        .collect();
    if !details.is_empty() {
        ui.label(egui::RichText::new(details.join(" · ")).small().weak());
    }
    if !case.about.get(view.lang).is_empty() {
        ui.label(
            egui::RichText::new(case.about.get(view.lang))
                .small()
                .weak(),
        );
    }
    ui.separator();
    if draft.is_some() {
        super::editor::selection_bar_ui(ui, view, commands);
    }

    let highlighted = view.state.highlighted_sentences();
    let key = JobKey {
        revision: draft.map_or(0, |d| d.article_revision),
        // While editing, only the draft's article revision says its sentences changed.
        case_generation: if draft.is_some() {
            0
        } else {
            view.state.case_generation
        },
        mode: view.article_mode,
        theme: view.theme,
        lang: view.lang,
    };
    memory.jobs(case, key);
    if let Some(request) = view.state.scroll_request
        && memory.handled_scroll != Some(request.generation)
    {
        memory.handled_scroll = Some(request.generation);
        memory.pending_scroll = case
            .sentences
            .iter()
            .position(|s| s.number == request.sentence);
    }
    let scroll_to = memory.pending_scroll;
    let rows: Vec<Row<usize>> = (0..case.sentences.len())
        .map(|index| Row {
            item: index,
            height: memory.heights.get(index).copied().unwrap_or(0.0),
        })
        .collect();
    let jobs = &memory.jobs;
    let dragging = memory.drag.is_some() && ui.input(|i| i.pointer.primary_down());
    let (mut drag_started, mut dragged_over) = (None, None);
    let drawn = virtual_list(ui, "article", &rows, 4.0, scroll_to, 0.0, |ui, index| {
        let (Some(sentence), Some(job)) = (case.sentences.get(index), jobs.get(index)) else {
            return;
        };
        let is_highlighted = highlighted.contains(&sentence.number);
        let row = SentenceRow {
            sentence,
            job: Arc::clone(job),
            is_highlighted,
            draggable: draft.is_some(),
        };
        let response = sentence_ui(ui, view, case, row);
        if draft.is_some() {
            if response.drag_started() {
                drag_started = Some(sentence.number);
            } else if dragging
                && ui
                    .input(|i| i.pointer.latest_pos())
                    .is_some_and(|pos| response.rect.contains(pos))
            {
                dragged_over = Some(sentence.number);
            }
        }
        if response.clicked() {
            let modifiers = ui.input(|i| i.modifiers);
            commands.push(ExploreCommand::PickSentence {
                number: sentence.number,
                extend: modifiers.shift,
                toggle: modifiers.command,
            });
        }
    });
    drag_ui(memory, drag_started, dragged_over, dragging, commands);
    for (index, height) in drawn.measured {
        if let Some(slot) = memory.heights.get_mut(index) {
            *slot = height;
        }
    }
    // Keep aiming at the sentence until the heights around it are known.
    if !drawn.moved {
        memory.pending_scroll = None;
    }
}

const SENTENCE_MARGIN: f32 = 6.0;

/// A drag across the article while editing: picks the sentence it starts on, then every
/// sentence from there to the one under the pointer (as a shift-click would).
fn drag_ui(
    memory: &mut ArticleMemory,
    started: Option<SentenceNo>,
    over: Option<SentenceNo>,
    dragging: bool,
    commands: &mut Commands,
) {
    if let Some(number) = started {
        memory.drag = Some((number, number));
        commands.push(ExploreCommand::PickSentence {
            number,
            extend: false,
            toggle: false,
        });
    } else if !dragging {
        memory.drag = None;
    } else if let (Some(number), Some((from, to))) = (over, memory.drag)
        && number != to
    {
        memory.drag = Some((from, number));
        commands.push(ExploreCommand::PickSentence {
            number,
            extend: true,
            toggle: false,
        });
    }
}

/// One sentence as the article draws it.
struct SentenceRow<'a> {
    sentence: &'a crate::core::Sentence,
    job: Arc<LayoutJob>,
    /// Cited by what is selected (or, while editing, selected itself).
    is_highlighted: bool,
    /// While editing: a drag across sentences selects them.
    draggable: bool,
}

fn sentence_ui(
    ui: &mut Ui,
    view: &PanelContext<'_>,
    case: &Case,
    row: SentenceRow<'_>,
) -> egui::Response {
    let SentenceRow {
        sentence,
        job,
        is_highlighted,
        draggable,
    } = row;
    let palette = view.palette;
    let is_selected = view.state.selection.contains(sentence.number);
    let fill = if is_selected {
        palette.selected_fill
    } else if is_highlighted {
        palette.evidence_fill
    } else {
        egui::Color32::TRANSPARENT
    };
    let frame = egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .inner_margin(SENTENCE_MARGIN);
    let inner = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        if sentence.context {
            ui.label(
                egui::RichText::new(view.strings.not_modelled)
                    .small()
                    .italics()
                    .color(palette.dimmed_text),
            );
        }
        let sense = if draggable {
            Sense::click_and_drag()
        } else {
            Sense::click()
        };
        ui.add(Label::new(WidgetText::LayoutJob(job)).sense(sense))
    });
    let response = inner.inner;
    response.widget_info(|| {
        let label = spoken_sentence(view, case, sentence);
        WidgetInfo::selected(Role::Button, true, is_highlighted || is_selected, label)
    });
    response.on_hover_ui(|ui| grounds_ui(ui, view, case, sentence))
}

/// A sentence as a screen reader says it: its number and what the article shows of it, in the
/// mode shown (the original, the translation, or both).
fn spoken_sentence(
    view: &PanelContext<'_>,
    case: &Case,
    sentence: &crate::core::Sentence,
) -> String {
    let number = (view.strings.sentence_label)(sentence.number);
    let translation = sentence
        .translation(view.lang, &case.language)
        .map(|(text, _)| text);
    match (view.article_mode, translation) {
        (ArticleMode::Translation, Some(text)) => format!("{number}: {text}"),
        (ArticleMode::Both, Some(text)) => format!(
            "{number}: {} — {}: {text}",
            sentence.original, view.words.access.translated
        ),
        _ => format!("{number}: {}", sentence.original),
    }
}

/// The tooltip of a sentence: what it grounds in `case` (the case the article shows), or
/// that it is left out on purpose, or that nothing cites it yet.
fn grounds_ui(ui: &mut Ui, view: &PanelContext<'_>, case: &Case, sentence: &crate::core::Sentence) {
    let strings = view.strings;
    let lang: Lang = view.lang;
    ui.set_max_width(360.0);
    let grounds = grounds_in(case, sentence.number);
    if grounds.is_empty() {
        ui.label(if sentence.context {
            strings.grounds_nothing
        } else {
            strings.grounds_not_yet
        });
        return;
    };
    ui.label(egui::RichText::new(strings.grounds).strong());
    for ground in grounds {
        let (kind, title) = match ground {
            Ground::Condition(i) => (
                strings.ground_condition,
                case.condition_at(i).map(|c| c.label.get(lang)),
            ),
            Ground::Consequence(i) => (
                strings.ground_consequence,
                case.consequence_at(i).map(|c| c.title.get(lang)),
            ),
            Ground::Objection(i) => (
                strings.ground_objection,
                case.objection_at(i).map(|o| o.statement.get(lang)),
            ),
            Ground::Tension(i) => (
                strings.ground_tension,
                case.tension_at(i).map(|t| t.title.get(lang)),
            ),
        };
        ui.label(format!("• {kind}: {}", title.as_deref().unwrap_or("?")));
    }
}
