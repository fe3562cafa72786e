//! What the command line's reports share: how a condition, a setting and a quote are written,
//! in text for people and in JSON for programs. The command line speaks English.

use serde::Serialize;

use std::io::{self, Write};

use crate::core::eval::{ConditionLock, Evaluation};
use crate::core::{
    Case, ConditionIx, ConditionState, Lang, Sentence, SentenceNo, Setting, Status, ValidCase,
};

/// The language of the reports.
pub(super) const LANG: Lang = Lang::En;

/// A condition's id (`ceasefire`), as the reports name conditions.
pub(super) fn condition_id(case: &ValidCase, index: ConditionIx) -> &str {
    case.case()
        .condition_at(index)
        .map_or("?", |c| c.id.as_str())
}

/// A condition's state as stated, with what the rules among the conditions make of it:
/// `yes (does not apply)`, `no (excluded by runoff)`.
pub(super) fn state_text(case: &ValidCase, evaluation: &Evaluation, index: ConditionIx) -> String {
    let state = evaluation.state(index);
    match evaluation.lock(index) {
        Some(ConditionLock::NotApplicable) => format!("{state} (does not apply)"),
        Some(ConditionLock::ExcludedBy(by)) if state == ConditionState::Unknown => {
            format!("no (excluded by {})", condition_id(case, by))
        }
        _ => state.to_string(),
    }
}

/// `ceasefire = yes and us_joins = no`.
pub(super) fn settings_text(case: &ValidCase, settings: &[Setting]) -> String {
    settings
        .iter()
        .map(|s| format!("{} = {}", condition_id(case, s.condition), s.state))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The heading of a group of consequences.
pub(super) fn status_heading(status: Status) -> &'static str {
    match status {
        Status::Follows => "FOLLOWS",
        Status::Depends => "DEPENDS",
        Status::DoesNotFollow => "DOES NOT FOLLOW",
    }
}

/// `¶20, ¶21`.
pub(super) fn paragraph_marks(numbers: &[SentenceNo]) -> String {
    numbers
        .iter()
        .map(|n| format!("¶{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A condition with a state, in JSON.
#[derive(Debug, Serialize)]
pub(super) struct SettingJson<'a> {
    condition: &'a str,
    state: &'static str,
}

/// A quoted sentence, in JSON (its translation is the English one, or none).
#[derive(Debug, Serialize)]
pub(super) struct EvidenceJson<'a> {
    sentence: SentenceNo,
    original: &'a str,
    translation: Option<&'a str>,
}

/// A quoted sentence for people: `¶4 original`, and its translation below when it has one.
pub(super) fn quote_text(case: &Case, sentence: &Sentence, out: &mut dyn Write) -> io::Result<()> {
    let number = sentence.number;
    writeln!(out, "    ¶{number} {}", sentence.original)?;
    if let Some((translation, _)) = sentence.translation(LANG, &case.language) {
        writeln!(
            out,
            "    {:width$} {translation}",
            "",
            width = number.to_string().len() + 1
        )?;
    }
    Ok(())
}

/// The sentences `numbers` names, quoted.
pub(super) fn evidence_json<'a>(
    case: &'a ValidCase,
    numbers: &[SentenceNo],
) -> Vec<EvidenceJson<'a>> {
    numbers
        .iter()
        .filter_map(|&n| case.case().sentence(n))
        .map(|s| EvidenceJson {
            sentence: s.number,
            original: &s.original,
            translation: s
                .translation(LANG, &case.case().language)
                .map(|(text, _)| text),
        })
        .collect()
}

/// `settings` in JSON.
pub(super) fn settings_json<'a>(case: &'a ValidCase, settings: &[Setting]) -> Vec<SettingJson<'a>> {
    settings
        .iter()
        .map(|s| SettingJson {
            condition: condition_id(case, s.condition),
            state: s.state.key(),
        })
        .collect()
}
