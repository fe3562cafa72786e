//! The cases and scenarios that ship inside Skenario, parsed once, as the file chooser and the
//! File menu offer them.

use std::sync::{Arc, OnceLock};

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

/// Every shipped case, in the order of [`shipped::CASES`] (the default one first), each parsed
/// the first time it is asked for: the window starts with only the case it shows.
pub struct Library {
    cases: Vec<OnceLock<Option<LibraryCase>>>,
}

/// A shipped case (its place in the library), or one of its scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShippedRef {
    /// The case's place in the library.
    pub case: usize,
    /// The scenario's place among the case's scenarios; none for the case on its own.
    pub scenario: Option<usize>,
}

impl Library {
    fn load() -> Self {
        Self {
            cases: shipped::CASES.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The case at `index`, parsed on first use.
    pub fn case_at(&self, index: usize) -> Option<&LibraryCase> {
        let article = shipped::CASES.get(index)?.article;
        self.cases
            .get(index)?
            .get_or_init(|| {
                let case = shipped::built_in(index)?;
                Some(LibraryCase {
                    scenarios: shipped::scenarios_for(&case.case().id)
                        .into_iter()
                        .map(|(_, scenario)| scenario)
                        .collect(),
                    case: Arc::new(case),
                    article,
                })
            })
            .as_ref()
    }

    /// Every case with its place.
    pub fn cases(&self) -> impl Iterator<Item = (usize, &LibraryCase)> {
        (0..self.cases.len()).filter_map(|index| Some((index, self.case_at(index)?)))
    }

    /// The shipped case with this id.
    pub fn case(&self, case_id: &str) -> Option<&LibraryCase> {
        self.position(case_id).and_then(|index| self.case_at(index))
    }

    /// The place of the shipped case with this id (cases before it are parsed to tell).
    pub fn position(&self, case_id: &str) -> Option<usize> {
        self.cases()
            .find(|(_, c)| c.case.case().id == case_id)
            .map(|(index, _)| index)
    }

    /// The case and (if `at` names one) the scenario at `at`.
    pub fn get(&self, at: ShippedRef) -> Option<(&LibraryCase, Option<&Scenario>)> {
        let case = self.case_at(at.case)?;
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
