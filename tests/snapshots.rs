//! Image snapshots of the main window, in each language, light and dark. Rendered by wgpu —
//! on CI through Mesa's software rasterizer with `WGPU_BACKEND=gl` (see `.ci/run`). Run with
//! `cargo test --features snapshots --test snapshots`; `UPDATE_SNAPSHOTS=1` rewrites them
//! (then look at every changed image before committing it).
#![cfg(feature = "snapshots")]

use egui_kittest::Harness;
use skenario::app::{
    ExploreCommand, LookCommand, SkenarioApp, ThemeChoice, WindowOptions as Options,
};
use skenario::core::Lang;

fn window(lang: Lang, theme: ThemeChoice) -> Harness<'static, SkenarioApp> {
    let egui_theme = match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui_theme)
        .with_max_steps(12)
        .wgpu()
        .build_eframe(move |cc| {
            let mut app = SkenarioApp::new(
                cc,
                Options {
                    native_dialogs: false,
                    data_dir: None,
                    browser: false,
                    panels_paint_background: true,
                },
            );
            app.handle(&cc.egui_ctx, LookCommand::SetLanguage(lang));
            app.handle(&cc.egui_ctx, LookCommand::SetTheme(theme));
            // A scenario with a tension, so the banner, all three groups and highlights show.
            app.handle(&cc.egui_ctx, ExploreCommand::ApplyPreset(3));
            app
        });
    harness.run();
    let ctx = harness.ctx.clone();
    let force = harness
        .state()
        .state
        .document
        .case
        .consequence_index("troop_pledge");
    harness
        .state_mut()
        .handle(&ctx, ExploreCommand::SelectConsequence(force));
    // Let the change marks fade so the picture is the settled window.
    harness.run();
    harness.remove_cursor();
    harness
}

#[test]
fn main_window_in_english_light() {
    window(Lang::En, ThemeChoice::Light).snapshot("main_window_en_light");
}

#[test]
fn main_window_in_english_dark() {
    window(Lang::En, ThemeChoice::Dark).snapshot("main_window_en_dark");
}

#[test]
fn main_window_in_indonesian_light() {
    window(Lang::Id, ThemeChoice::Light).snapshot("main_window_id_light");
}

#[test]
fn main_window_in_indonesian_dark() {
    window(Lang::Id, ThemeChoice::Dark).snapshot("main_window_id_dark");
}
