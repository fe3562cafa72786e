//! How the window is laid out: the menu bar, the banners, the two side panels (which give way
//! at large text sizes), the centre's tabs, and presenter mode over all of it.

use std::path::PathBuf;

use super::command::Commands;
use super::comparison::Comparison;
use super::context::PanelContext;
use super::explorer::MARK_SECONDS;
use super::look::CentreTab;
use super::modal::Modal;
use super::panels::article::{self, ArticleMemory};
use super::panels::compare;
use super::panels::conditions;
use super::panels::consequences::{self, ListMemory};
use super::panels::dialogs;
use super::panels::editor;
use super::panels::exercise;
use super::panels::file_chooser;
use super::panels::graph::{self, GraphMemory};
use super::panels::presenter;
use super::panels::sharing;
use super::panels::table::{self, TableMemory};
use super::panels::top_bar;
use super::presenting::Presentation;
use super::settings::Settings;
use super::shortcuts;
use super::theme;
use super::widgets::access;
use crate::app::settings::LookCommand;

/// The most of the window's width the conditions panel may take.
const CONDITIONS_SHARE: f32 = 0.3;
/// The most of the window's width the article panel may take.
const ARTICLE_SHARE: f32 = 0.36;

/// What each panel remembers between frames.
#[derive(Default)]
pub struct PanelMemory {
    /// The article's scroll position and laid-out text.
    pub article: ArticleMemory,
    /// The graph's layout, pan and zoom.
    pub graph: GraphMemory,
    /// The list of consequences' scroll position.
    pub list: ListMemory,
    /// The truth table's rows.
    pub table: TableMemory,
    /// The side panels' widths as last drawn (zero before the first frame).
    pub panel_widths: (f32, f32),
}

/// Draws the whole window (but its dialogs) for one frame.
pub fn window_ui(
    ui: &mut egui::Ui,
    view: &PanelContext<'_>,
    settings: &Settings,
    presentation: Option<&Presentation>,
    comparison: Option<&Comparison>,
    memory: &mut PanelMemory,
    commands: &mut Commands,
) {
    if let Some(presentation) = presentation {
        egui::CentralPanel::default().show(ui, |ui| {
            presenter::presenter_ui(ui, view, presentation, commands);
        });
        return;
    }
    egui::Panel::top("menu-bar").show(ui, |ui| {
        top_bar::top_bar_ui(
            ui,
            view,
            &settings.recent_files,
            settings.text_scale,
            commands,
        );
    });
    let exercise = view.doing_exercise();
    if exercise || !view.state.messages.is_empty() || !view.state.evaluation.tensions.is_empty() {
        // Many messages, or a long one at a projector's text size, scroll within two fifths of
        // the room below the menus rather than push the conditions and what follows out of it.
        let most = 0.4 * ui.available_height();
        egui::Panel::top("banners").show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("banners")
                .max_height(most)
                // A top panel offers little height before it has measured its content: ask for
                // the whole allowance, and shrink to what the messages need.
                .min_scrolled_height(most)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    ui.add_space(4.0);
                    dialogs::messages_ui(ui, view, commands);
                    exercise::banner_ui(ui, view);
                    dialogs::tension_ui(ui, view);
                });
        });
    }
    // Ctrl+B hides both side panels, for more room in the centre.
    if !settings.side_panels_hidden {
        side_panels_ui(ui, view, settings, memory, commands);
    }
    let draft = view.editing_draft();
    // The editor's form only while editing; the explorer's first view otherwise.
    let tab = match (settings.centre_tab, draft) {
        (CentreTab::Edit, None) => CentreTab::List,
        (tab, _) => tab,
    };
    egui::CentralPanel::default().show(ui, |ui| {
        announce_change(ui, view);
        tabs_ui(ui, view, tab, commands);
        // The explorer's views can show only a case without errors: while the draft has some,
        // they show it as it last was without, and say so.
        if tab != CentreTab::Edit
            && let Some(draft) = draft
            && draft.error_count() > 0
        {
            let w = view.words.editor;
            ui.label(
                egui::RichText::new((w.views_show_last_valid)(draft.error_count()))
                    .color(view.palette.disappeared),
            );
            ui.add_space(4.0);
        }
        match tab {
            CentreTab::Edit => {
                if let Some(draft) = draft {
                    editor::form_ui(ui, view, draft, commands);
                }
            }
            CentreTab::List => {
                consequences::consequences_ui(ui, view, &mut memory.list, commands);
            }
            CentreTab::Graph => graph::graph_ui(ui, view, &mut memory.graph, commands),
            CentreTab::Table => table::table_ui(ui, view, &mut memory.table, commands),
            CentreTab::Compare => {
                compare::compare_ui(ui, view, comparison, commands);
            }
        }
    });
}

/// The conditions on the left and the article on the right. What follows keeps at least a
/// third of the width, however large the text: the side panels give way (a projector at
/// 200 % is 640 points wide).
fn side_panels_ui(
    ui: &mut egui::Ui,
    view: &PanelContext<'_>,
    settings: &Settings,
    memory: &mut PanelMemory,
    commands: &mut Commands,
) {
    let width = ui.available_width();
    let conditions_range = side_panel_range(220.0, 520.0, width * CONDITIONS_SHARE);
    let article_range = side_panel_range(260.0, 800.0, width * ARTICLE_SHARE);
    let conditions = egui::Panel::left("conditions")
        .resizable(true)
        .default_size(settings.conditions_width)
        .size_range(conditions_range)
        .show(ui, |ui| match view.editing_draft() {
            // While editing, the left is the outline of the case.
            Some(draft) => editor::outline_ui(ui, view, draft, commands),
            None => conditions::conditions_ui(ui, view, commands),
        });
    let article = egui::Panel::right("article")
        .resizable(true)
        .default_size(settings.article_width)
        .size_range(article_range)
        .show(ui, |ui| {
            article::article_ui(ui, view, &mut memory.article, commands);
        });
    let a = view.words.access;
    let left = if view.editing_draft().is_some() {
        a.resize_outline
    } else {
        a.resize_conditions
    };
    access::name_divider(ui, "conditions", left);
    access::name_divider(ui, "article", a.resize_article);
    // Remembered in the settings (egui's own memory is not kept between runs), unless the
    // panel only has that width because the text is large.
    let chosen = |drawn: f32, range: egui::Rangef, remembered: f32| {
        if drawn < range.max - 0.5 {
            drawn
        } else {
            remembered
        }
    };
    memory.panel_widths = (
        chosen(
            conditions.response.rect.width(),
            conditions_range,
            memory.panel_widths.0,
        ),
        chosen(
            article.response.rect.width(),
            article_range,
            memory.panel_widths.1,
        ),
    );
}

/// A side panel's width range, `min..=max` points but never more than `cap`.
fn side_panel_range(min: f32, max: f32, cap: f32) -> egui::Rangef {
    let cap = cap.max(0.0);
    egui::Rangef::new(min.min(cap), max.min(cap))
}

/// Tells a screen reader what the latest change of the conditions did ("2 now follow: …").
fn announce_change(ui: &mut egui::Ui, view: &PanelContext<'_>) {
    let Some(change) = &view.state.change else {
        return;
    };
    access::announcement(ui, "what-changed", || {
        let case = view.state.document.case.case();
        let titles = |set: &std::collections::BTreeSet<crate::core::ConsequenceIx>| -> Vec<String> {
            set.iter()
                .filter_map(|&i| case.consequence_at(i))
                .map(|c| c.title.get(view.lang).into_owned())
                .collect()
        };
        (view.words.access.changed)(&titles(&change.appeared), &titles(&change.disappeared))
    });
}

/// The switch between the centre's tabs.
fn tabs_ui(
    ui: &mut egui::Ui,
    view: &PanelContext<'_>,
    current: CentreTab,
    commands: &mut Commands,
) {
    let strings = view.strings;
    let editing = view.editing_draft().is_some();
    ui.horizontal_wrapped(|ui| {
        let tabs = editing
            .then_some(CentreTab::Edit)
            .into_iter()
            .chain(CentreTab::ALL);
        for tab in tabs {
            let name = match tab {
                CentreTab::Edit => view.words.editor.edit_tab,
                other => other.name(strings),
            };
            let selected = current == tab;
            let text = egui::RichText::new(name).size(16.0);
            let text = if selected {
                text.family(theme::bold())
            } else {
                text
            };
            let command = LookCommand::SetTab(tab).into();
            let response = ui
                .add(egui::Button::selectable(selected, text))
                .on_hover_text(shortcuts::keys_for(ui.ctx(), &command));
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Tab,
                    true,
                    selected,
                    format!("{}: {name}", strings.views),
                )
            });
            if response.clicked() {
                commands.push(command);
            }
        }
    });
    ui.separator();
}

/// Draws what goes over the window: the open dialog, the drop overlay while a file is dragged
/// over it. Keeps the change marks fading (and nothing else: an idle window requests no
/// repaint).
pub fn over_window_ui(
    ctx: &egui::Context,
    view: &PanelContext<'_>,
    modal: Option<&mut Modal>,
    recent: &[PathBuf],
    native_dialogs: bool,
    commands: &mut Commands,
) {
    if let Some(modal) = modal {
        modal_ui(ctx, modal, view, recent, native_dialogs, commands);
    }
    if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
        dialogs::drop_overlay_ui(ctx, view);
    }
    let marked = view.state.marks();
    if marked.is_some_and(|marks| view.now - marks.at < MARK_SECONDS) {
        ctx.request_repaint();
    }
}

/// Draws `modal` over the window.
fn modal_ui(
    ctx: &egui::Context,
    modal: &mut Modal,
    view: &PanelContext<'_>,
    recent: &[PathBuf],
    native_dialogs: bool,
    commands: &mut Commands,
) {
    match modal {
        Modal::UnsavedPrompt => dialogs::unsaved_prompt_ui(ctx, view, commands),
        Modal::OverwritePrompt => dialogs::overwrite_ui(ctx, view, commands),
        Modal::Recovery(offer) => dialogs::recovery_ui(ctx, view, &offer.recovery, commands),
        Modal::Shortcuts => dialogs::shortcuts_ui(ctx, view, commands),
        Modal::Export(dialog) => {
            file_chooser::export_ui(ctx, dialog, view, native_dialogs, commands);
        }
        Modal::Chooser { chooser, .. } => {
            file_chooser::chooser_ui(ctx, chooser, view, recent, commands);
        }
        Modal::NewCase(dialog) => editor::dialogs::new_case_ui(ctx, dialog, view, commands),
        Modal::RewritePrompt => editor::dialogs::rewrite_prompt_ui(ctx, view, commands),
        Modal::DeleteUnreadablePrompt(count) => {
            dialogs::delete_unreadable_ui(ctx, view, *count, commands);
        }
        Modal::OpenLink(dialog) => sharing::open_link_ui(ctx, dialog, view, commands),
        Modal::Preferences(dialog) => sharing::preferences_ui(ctx, dialog, view, commands),
        Modal::Qr(qr) => sharing::qr_ui(ctx, qr, view, commands),
        Modal::Lessons(lessons) => sharing::lessons_ui(ctx, lessons, view, commands),
        Modal::MakeExercise(keep) => exercise::make_exercise_ui(ctx, keep, view, commands),
        Modal::Grading(grading) => exercise::grading_ui(ctx, grading, view, commands),
    }
}
