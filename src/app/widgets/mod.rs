//! Small widgets the panels share.

pub mod access;
pub mod badge;
pub mod row_fit;
pub mod virtual_list;
