//! A case from its text: parsed, then validated, with every problem placed at its line and
//! column (no I/O; [`super::file`] reads files, and compares a case with the article file it
//! names). A case that holds its article itself is compared with it here.

use super::diagnostics::Problem;
use super::parse::{self, place_findings, strip_bom};
use super::valid::ValidCase;
use super::verbatim;

/// Parses and validates a case. Warnings come back with the case.
pub fn parse_case(text: &str) -> Result<(ValidCase, Vec<Problem>), Vec<Problem>> {
    let text = strip_bom(text);
    let case = parse::parse_case(text)?;
    match ValidCase::with_warnings(case) {
        Ok((valid, warnings)) => {
            if let Some(article) = &valid.case().article
                && let Some(finding) = verbatim::difference_found(valid.case(), article, None)
            {
                return Err(place_findings(text, vec![finding]));
            }
            Ok((valid, place_findings(text, warnings)))
        }
        Err(findings) => Err(place_findings(text, findings)),
    }
}
