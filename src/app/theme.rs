//! Colours, sizes and fonts in one place, so light/dark and projector-size text are one switch.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use serde::{Deserialize, Serialize};

use crate::core::{Firmness, Status};

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on light ground (the default: it projects best).
    #[default]
    Light,
    /// Light text on dark ground.
    Dark,
}

impl ThemeChoice {
    /// Both, in menu order.
    pub const ALL: [Self; 2] = [Self::Light, Self::Dark];

    /// The other one.
    #[must_use]
    pub fn toggled(self) -> Self {
        match self {
            Self::Light => Self::Dark,
            Self::Dark => Self::Light,
        }
    }

    fn egui(self) -> egui::Theme {
        match self {
            Self::Light => egui::Theme::Light,
            Self::Dark => egui::Theme::Dark,
        }
    }
}

/// Text sizes the user steps through with Ctrl + and Ctrl −, as a zoom factor.
pub const TEXT_SCALES: [f32; 11] = [0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 3.0];
/// Index of 100 % in [`TEXT_SCALES`].
pub const DEFAULT_TEXT_SCALE: usize = 2;

/// The next larger (`step` = 1) or smaller (`step` = -1) text size index.
pub fn step_text_scale(index: usize, step: isize) -> usize {
    index.saturating_add_signed(step).min(TEXT_SCALES.len() - 1)
}

/// The zoom factor for a text size index.
pub fn text_scale(index: usize) -> f32 {
    TEXT_SCALES.get(index).copied().unwrap_or(1.0)
}

/// The colours the app draws with, for one theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Behind everything: the panels' colour.
    pub background: Color32,
    /// Strong text.
    pub text: Color32,
    /// Secondary text.
    pub weak_text: Color32,
    /// Sentences the case does not model.
    pub dimmed_text: Color32,
    /// Background of highlighted evidence.
    pub evidence_fill: Color32,
    /// Background of the selected card.
    pub selected_fill: Color32,
    /// Card background.
    pub card_fill: Color32,
    /// Card border.
    pub card_stroke: Color32,
    /// Tension banner background.
    pub tension_fill: Color32,
    /// Tension banner text.
    pub tension_text: Color32,
    /// Error message background.
    pub error_fill: Color32,
    /// Warning message background.
    pub warning_fill: Color32,
    /// A consequence that just appeared.
    pub appeared: Color32,
    /// A consequence that just disappeared.
    pub disappeared: Color32,
}

/// The palette for `theme`.
pub fn palette(theme: ThemeChoice) -> Palette {
    match theme {
        ThemeChoice::Light => Palette {
            background: Color32::from_gray(248),
            text: Color32::from_rgb(20, 24, 31),
            weak_text: Color32::from_rgb(84, 92, 104),
            dimmed_text: Color32::from_rgb(140, 146, 156),
            evidence_fill: Color32::from_rgb(255, 236, 153),
            selected_fill: Color32::from_rgb(226, 238, 252),
            card_fill: Color32::from_rgb(252, 252, 253),
            card_stroke: Color32::from_rgb(208, 214, 222),
            tension_fill: Color32::from_rgb(255, 228, 204),
            tension_text: Color32::from_rgb(122, 50, 0),
            error_fill: Color32::from_rgb(253, 222, 222),
            warning_fill: Color32::from_rgb(255, 243, 205),
            appeared: Color32::from_rgb(46, 160, 67),
            disappeared: Color32::from_rgb(207, 34, 46),
        },
        ThemeChoice::Dark => Palette {
            background: Color32::from_gray(27),
            text: Color32::from_rgb(230, 233, 238),
            weak_text: Color32::from_rgb(168, 176, 188),
            dimmed_text: Color32::from_rgb(112, 118, 128),
            evidence_fill: Color32::from_rgb(92, 76, 16),
            selected_fill: Color32::from_rgb(30, 52, 82),
            card_fill: Color32::from_rgb(36, 39, 45),
            card_stroke: Color32::from_rgb(66, 72, 82),
            tension_fill: Color32::from_rgb(92, 46, 12),
            tension_text: Color32::from_rgb(255, 214, 170),
            error_fill: Color32::from_rgb(96, 30, 34),
            warning_fill: Color32::from_rgb(84, 68, 20),
            appeared: Color32::from_rgb(86, 211, 100),
            disappeared: Color32::from_rgb(248, 81, 73),
        },
    }
}

/// The colour of a status.
pub fn status_color(status: Status, theme: ThemeChoice) -> Color32 {
    match (status, theme) {
        (Status::Follows, ThemeChoice::Light) => Color32::from_rgb(26, 127, 55),
        (Status::Follows, ThemeChoice::Dark) => Color32::from_rgb(86, 211, 100),
        (Status::Depends, ThemeChoice::Light) => Color32::from_rgb(154, 103, 0),
        (Status::Depends, ThemeChoice::Dark) => Color32::from_rgb(227, 179, 65),
        (Status::DoesNotFollow, ThemeChoice::Light) => Color32::from_rgb(101, 109, 118),
        (Status::DoesNotFollow, ThemeChoice::Dark) => Color32::from_rgb(139, 148, 158),
    }
}

/// The badge colour of a firmness: firm commitments green, hedged wording amber or purple,
/// threats and refusals red, plain reports grey.
pub fn firmness_color(firmness: Firmness, theme: ThemeChoice) -> Color32 {
    let light = matches!(theme, ThemeChoice::Light);
    let pick = |l: (u8, u8, u8), d: (u8, u8, u8)| {
        let (r, g, b) = if light { l } else { d };
        Color32::from_rgb(r, g, b)
    };
    match firmness {
        Firmness::Pledged => pick((26, 127, 55), (63, 185, 80)),
        Firmness::Expected => pick((154, 103, 0), (210, 153, 34)),
        Firmness::Believed => pick((130, 80, 223), (188, 140, 255)),
        Firmness::Intends => pick((9, 105, 218), (88, 166, 255)),
        Firmness::Considers => pick((0, 122, 122), (57, 197, 187)),
        Firmness::Threatens => pick((188, 76, 0), (240, 136, 62)),
        Firmness::Rejects => pick((207, 34, 46), (248, 81, 73)),
        Firmness::Stated => pick((101, 109, 118), (139, 148, 158)),
    }
}

/// The family for bold text.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// The bundled fonts (DejaVu Sans), used for every glyph the window draws.
pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    fonts.font_data.insert(
        "dejavu".to_owned(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    fonts.font_data.insert(
        "dejavu-bold".to_owned(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans-Bold.ttf"
        ))),
    );
    fonts
        .families
        .insert(FontFamily::Proportional, vec!["dejavu".to_owned()]);
    fonts
        .families
        .insert(FontFamily::Monospace, vec!["dejavu".to_owned()]);
    fonts
        .families
        .insert(bold(), vec!["dejavu-bold".to_owned()]);
    fonts
}

/// Applies fonts, text sizes and the theme to `ctx`.
pub fn install(ctx: &egui::Context, theme: ThemeChoice, text_scale_index: usize) {
    ctx.set_fonts(fonts());
    for egui_theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(egui_theme, |style| {
            style.text_styles = [
                (TextStyle::Small, FontId::proportional(12.0)),
                (TextStyle::Body, FontId::proportional(15.0)),
                (TextStyle::Button, FontId::proportional(15.0)),
                (TextStyle::Monospace, FontId::monospace(14.0)),
                (TextStyle::Heading, FontId::new(20.0, bold())),
            ]
            .into();
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 4.0);
            style.interaction.tooltip_delay = 0.3;
            style.visuals.panel_fill = background(egui_theme == egui::Theme::Dark);
            // A steady cursor: a window waiting in a text field draws nothing (a blinking one
            // is a frame twice a second, for as long as a teacher reads), and nothing on
            // the projector flickers.
            style.visuals.text_cursor.blink = false;
            // In the browser every glyph is rasterised in WebAssembly before the first frame
            // shows: without hinting and with one glyph per size instead of four sub-pixel
            // offsets that takes a fraction of the time, and at these sizes it reads the same.
            #[cfg(target_arch = "wasm32")]
            {
                style.visuals.text_options.font_hinting = false;
                style.visuals.text_options.subpixel_binning = false;
            }
        });
    }
    apply(ctx, theme, text_scale_index);
}

/// Makes panels leave their background to the window's clear colour ([`background`]) instead
/// of filling it again: with a software renderer a full-window fill costs as much as everything
/// else in a frame.
pub fn leave_background_to_clear_colour(ctx: &egui::Context) {
    for egui_theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(egui_theme, |style| {
            style.visuals.panel_fill = Color32::TRANSPARENT;
        });
    }
}

/// The colour behind the panels, for the window to clear to.
pub fn background(dark_mode: bool) -> Color32 {
    palette(if dark_mode {
        ThemeChoice::Dark
    } else {
        ThemeChoice::Light
    })
    .background
}

/// Applies a theme and text size change.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice, text_scale_index: usize) {
    ctx.set_theme(theme.egui());
    ctx.set_zoom_factor(text_scale(text_scale_index));
}
