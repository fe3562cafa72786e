//! The cases and scenarios that ship inside Skenario, parsed once, as the file chooser and the
//! File menu offer them.

use std::sync::{Arc, OnceLock};

use crate::core::load::parse_case;
use crate::core::shipped;
use crate::core::{Scenario, ValidCase};

/// A shipped case and its example scenarios.
pub struct LibraryCase {
    /// The case.
    pub case: Arc<ValidCase>,
    /// Its scenarios, in the order they are offered.
    pub scenarios: Vec<Scenario>,
    /// The article it is made from (saved beside the case when it is saved elsewhere).
    pub article: &'static str,
}

/// Every shipped case, the default one first.
pub struct Library {
    /// The cases.
    pub cases: Vec<LibraryCase>,
}

/// A shipped case (its place in the library), or one of its scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShippedRef {
    /// The case's place in [`Library::cases`].
    pub case: usize,
    /// The scenario's place among the case's scenarios; none for the case on its own.
    pub scenario: Option<usize>,
}

impl Library {
    fn load() -> Self {
        let mut cases: Vec<LibraryCase> = shipped::CASES
            .iter()
            .filter_map(|shipped| Some((parse_case(shipped.file.text).ok()?.0, shipped.article)))
            .map(|(case, article)| LibraryCase {
                scenarios: shipped::scenarios_for(&case.case().id)
                    .into_iter()
                    .map(|(_, scenario)| scenario)
                    .collect(),
                case: Arc::new(case),
                article,
            })
            .collect();
        cases.sort_by_key(|c| c.case.case().id != shipped::DEFAULT_CASE_ID);
        Self { cases }
    }

    /// The shipped case with this id.
    pub fn case(&self, case_id: &str) -> Option<&LibraryCase> {
        self.cases.iter().find(|c| c.case.case().id == case_id)
    }

    /// The place of the shipped case with this id.
    pub fn position(&self, case_id: &str) -> Option<usize> {
        self.cases.iter().position(|c| c.case.case().id == case_id)
    }

    /// The case and (if `at` names one) the scenario at `at`.
    pub fn get(&self, at: ShippedRef) -> Option<(&LibraryCase, Option<&Scenario>)> {
        let case = self.cases.get(at.case)?;
        match at.scenario {
            None => Some((case, None)),
            Some(index) => Some((case, Some(case.scenarios.get(index)?))),
        }
    }
}

/// The shipped library, parsed the first time it is asked for.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(Library::load)
}
