//! Skenario: flip the conditions in a news story and see what the article says would follow,
//! who says so, how firmly, and the exact sentence that says it.
//!
//! `core` is the pure model and its logic; `text` holds every word people read; `handout`,
//! `cli` and (with the `gui` feature) `app` are the three fronts over them. `ARCHITECTURE.md`
//! at the root of the repository draws the map.

pub mod cli;
pub mod core;
pub mod handout;
pub mod text;

#[cfg(feature = "gui")]
pub mod app;
