//! The window, on the desktop or in a browser: conditions, consequences and the article,
//! linked both ways.
//!
//! [`window`] is the glue; each other module is one concern (see `ARCHITECTURE.md`).

mod autosave;
mod command;
mod comparison;
mod context;
mod document;
mod draft;
mod editing;
mod explorer;
mod file_flow;
mod grading;
#[cfg(not(target_arch = "wasm32"))]
mod launch;
mod layout;
mod library;
mod look;
mod measure;
mod messages;
mod modal;
#[cfg(not(target_arch = "wasm32"))]
mod native_dialog;
mod panels;
mod presenting;
mod selection;
mod settings;
mod sharing;
pub mod shortcuts;
mod theme;
#[cfg(target_arch = "wasm32")]
mod web;
mod widgets;
mod window;

pub use command::{Command, DialogCommand, FileCommand};
pub use document::Document;
pub use draft::Draft;
pub use editing::{EditCommand, NewElement};
pub use explorer::{ExploreCommand, MessageLevel, State};
#[cfg(not(target_arch = "wasm32"))]
pub use launch::{Launch, run};
pub use look::{ArticleMode, CentreTab};
pub use measure::Measure;
pub use presenting::PresentCommand;
pub use settings::{LookCommand, Settings, WindowOptions};
pub use sharing::Address;
pub use theme::ThemeChoice;
#[cfg(target_arch = "wasm32")]
pub use web::start;
pub use window::SkenarioApp;
