//! Every loader that takes a file's content, fed the same bytes: the entry point of the fuzz
//! target, and of the test that replays what it found.

use super::diagnostics::Problem;
use super::limits::MAX_FILE_BYTES;
use super::link::{self, OwnError};
use super::load::parse_case;
use super::parse::{decode, parse_scenario, place_findings};
use super::scenario::Scenario;
use super::shipped;
use super::valid::{ValidCase, validate_scenario};

/// What each loader made of the same bytes (see [`parse_any`]).
#[derive(Debug)]
pub struct AnyOutcome {
    /// The bytes read as a case: the valid case and its warnings, or what is wrong.
    pub case: Result<(ValidCase, Vec<Problem>), Vec<Problem>>,
    /// The bytes read as a scenario and, when it names a shipped case, checked against it:
    /// the scenario and its warnings, or what is wrong.
    pub scenario: Result<(Scenario, Vec<Problem>), Vec<Problem>>,
}

/// Feeds `bytes` to every loader that takes a file's content (decoding, the case parser and
/// validator, the scenario parser and its check against a shipped case). The fuzz target and
/// the test that replays its findings both call this, so they exercise the same code.
pub fn parse_any(bytes: &[u8]) -> AnyOutcome {
    let text = match decode(bytes.to_vec()) {
        Ok(text) => text,
        Err(problem) => {
            return AnyOutcome {
                case: Err(vec![problem.clone()]),
                scenario: Err(vec![problem]),
            };
        }
    };
    let case = parse_case(&text);
    let scenario = parse_scenario(&text).and_then(|scenario| {
        let Some(case) = shipped::case(&scenario.case_id) else {
            return Ok((scenario, Vec::new()));
        };
        let problems = place_findings(&text, validate_scenario(&scenario, &case));
        if problems.iter().any(Problem::is_error) {
            Err(problems)
        } else {
            Ok((scenario, problems))
        }
    });
    AnyOutcome { case, scenario }
}

/// What a link decoder made of some text (see [`open_link`]).
#[derive(Debug)]
pub struct LinkOutcome {
    /// The link as read.
    pub link: link::Link,
    /// The case it carries, unpacked and loaded: the valid case, or what is wrong with the link
    /// or the case; none when it carries no case of its own.
    pub case: Option<Result<ValidCase, LinkProblem>>,
}

/// What is wrong with a case carried in a link.
#[derive(Debug)]
pub enum LinkProblem {
    /// The link cannot be unpacked.
    Link(OwnError),
    /// The case it holds has errors.
    Case(Vec<Problem>),
}

/// Reads `bytes` as a link the way the window opens one: the fragment read, the case it
/// carries unpacked (at most a file's worth) and loaded like a file. The fuzz target and the
/// test that replays its findings both call this.
pub fn open_link(bytes: &[u8]) -> LinkOutcome {
    let text = String::from_utf8_lossy(bytes);
    let link = link::parse(&text);
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let case = link::own_case_text(&link, limit).map(|unpacked| {
        let text = unpacked.map_err(LinkProblem::Link)?;
        parse_case(&text)
            .map(|(case, _)| case)
            .map_err(LinkProblem::Case)
    });
    LinkOutcome { link, case }
}
