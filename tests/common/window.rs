//! The real window in a test harness, driven by role and accessible label.

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use skenario::app::{LookCommand, SkenarioApp, WindowOptions};
use skenario::core::Lang;

/// A window of `size` points in `lang`, autosaving to `data_dir` (none: no autosave), with no
/// native file dialogs (a bare Linux box has none).
pub fn window(
    size: [f32; 2],
    lang: Lang,
    data_dir: Option<PathBuf>,
) -> Harness<'static, SkenarioApp> {
    window_with(size, lang, test_options(data_dir), |_| {})
}

/// The options of a test window: no native dialogs, autosave to `data_dir` (none: off).
pub fn test_options(data_dir: Option<PathBuf>) -> WindowOptions {
    WindowOptions {
        native_dialogs: false,
        data_dir,
        browser: false,
        panels_paint_background: true,
    }
}

/// A window of `size` points in `lang` with `options`; `setup` runs before the first frame.
pub fn window_with(
    size: [f32; 2],
    lang: Lang,
    options: WindowOptions,
    setup: impl FnOnce(&mut SkenarioApp) + 'static,
) -> Harness<'static, SkenarioApp> {
    Harness::builder()
        .with_size(size)
        .with_max_steps(12)
        .build_eframe(move |cc| {
            let mut app = SkenarioApp::new(cc, options);
            app.handle(&cc.egui_ctx, LookCommand::SetLanguage(lang));
            setup(&mut app);
            app
        })
}

/// Whether some text on screen (a label's value or a widget's name) contains `text`.
pub fn shows(harness: &Harness<'static, SkenarioApp>, text: &str) -> bool {
    harness
        .query_all_by(|node| {
            node.value().is_some_and(|v| v.contains(text))
                || node.label().is_some_and(|l| l.contains(text))
        })
        .next()
        .is_some()
}
