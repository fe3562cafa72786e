//! Validation: everything about a case or scenario that the parser cannot see (dangling and
//! duplicate ids, cycles, chains too deep to follow, evidence out of range, unmodelled
//! sentences, a scenario whose case changed), reported by path.

mod case;
mod checker;
mod scenario;
mod triggers;
mod walkthrough;

pub use case::{ValidCase, validate_case};
pub use scenario::validate_scenario;
pub use walkthrough::validate as validate_walkthroughs;
