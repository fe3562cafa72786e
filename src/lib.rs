//! Skenario: flip the conditions in a news story and see what the article says would follow,
//! who says so, how firmly, and the exact sentence that says it.

pub mod cli;
pub mod core;

#[cfg(feature = "gui")]
pub mod app;
