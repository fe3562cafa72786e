//! Changing a case one edit at a time, each with its exact inverse, so every change can be
//! undone and redone. An edit is a list of operations on the case's header and lists; applying
//! it returns the edit that undoes it.
//!
//! The editor's verbs (a new condition from the selected sentences, merging two sentences,
//! a new step of a walkthrough, renaming an id…) live in [`verbs`], [`rename`], [`capture`] and
//! [`shape`]; they only build edits and values. The fields of the editor's forms are named by
//! [`field`]. The history of edits is [`History`].

pub mod capture;
pub mod field;
mod history;
pub mod ids;
mod ops;
pub mod rename;
pub mod shape;
pub mod verbs;

pub use field::{Field, FieldKey, Place, SourceField, StepPart};
pub use history::{History, MAX_UNDO};
pub use ops::{Edit, EditError, Header, Item, List, Op, apply};
