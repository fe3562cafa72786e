//! One file per part of the window. A panel draws from a [`super::context::PanelContext`],
//! keeps its own memory (scroll positions, layouts), and sends commands; it changes nothing
//! else.

pub mod article;
pub mod compare;
pub mod conditions;
pub mod consequences;
pub mod dialogs;
pub mod editor;
pub mod exercise;
pub mod file_chooser;
pub mod graph;
pub mod presenter;
pub mod sharing;
pub mod table;
pub mod top_bar;
