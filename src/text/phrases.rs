//! The one place where explanations are put into phrases ("Why: Ceasefire reached = yes"), so
//! the window and the handouts say the same thing.

use super::words::Words;
use crate::core::eval::{ConditionLock, Setting};
use crate::core::explain::{Explanation, Reason, WouldFollowIf};
use crate::core::model::Trigger;
use crate::core::{Case, ConditionIx, ConditionState};

/// A labelled line of an explanation: "Why: Ceasefire or peace agreement reached = yes".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// "Why", "Because", "Depends on", "Would follow if".
    pub label: &'static str,
    /// The phrase.
    pub text: String,
}

/// What decides the status, then (unless it follows) what would have to change.
pub fn lines(words: &Words, case: &Case, explanation: &Explanation) -> Vec<Line> {
    let explaining = words.explaining;
    let mut lines = vec![match &explanation.reason {
        Reason::WithoutCondition => Line {
            label: explaining.why,
            text: explaining.reported_without_condition.to_owned(),
        },
        Reason::FollowsBecause(settings) => Line {
            label: explaining.why,
            text: settings_phrase(words, case, settings),
        },
        Reason::PreventedBy(settings) => Line {
            label: explaining.because,
            text: settings_phrase(words, case, settings),
        },
        Reason::DependsOn(conditions) => Line {
            label: explaining.depends_on,
            text: conditions_phrase(words, case, conditions),
        },
    }];
    if let Some(would_follow_if) = &explanation.would_follow_if {
        let text = match would_follow_if {
            WouldFollowIf::Alternatives(alternatives) => alternatives
                .iter()
                .map(|settings| settings_phrase(words, case, settings))
                .collect::<Vec<_>>()
                .join(&format!("; {} ", explaining.or)),
            WouldFollowIf::Never => explaining.never_follows.to_owned(),
            WouldFollowIf::SearchCutShort => explaining.search_cut_short.to_owned(),
        };
        lines.push(Line {
            label: explaining.would_follow_if,
            text,
        });
    }
    lines
}

/// "Ceasefire or peace agreement reached = yes and US joins the guarantees = no".
pub fn settings_phrase(words: &Words, case: &Case, settings: &[Setting]) -> String {
    settings
        .iter()
        .filter_map(|setting| {
            let condition = case.condition_at(setting.condition)?;
            Some(format!(
                "{} = {}",
                one_line(&condition.label.get(words.lang)),
                words.state(setting.state)
            ))
        })
        .collect::<Vec<_>>()
        .join(&format!(" {} ", words.explaining.and))
}

/// "Ceasefire or peace agreement reached and US joins the guarantees".
pub fn conditions_phrase(words: &Words, case: &Case, conditions: &[ConditionIx]) -> String {
    conditions
        .iter()
        .filter_map(|&index| case.condition_at(index))
        .map(|condition| one_line(&condition.label.get(words.lang)))
        .collect::<Vec<_>>()
        .join(&format!(" {} ", words.explaining.and))
}

/// A locked condition's state and why, as the window and the handouts say it:
/// ("does not apply", "only when Runoff is held = yes").
pub fn lock_phrase(
    words: &Words,
    case: &Case,
    condition: ConditionIx,
    lock: ConditionLock,
) -> (&'static str, String) {
    let explaining = words.explaining;
    match lock {
        ConditionLock::NotApplicable => {
            let rule = case
                .condition_at(condition)
                .and_then(|c| c.applies_if.as_ref())
                .map(|rule| rule_phrase(words, case, rule))
                .unwrap_or_default();
            (explaining.does_not_apply, (explaining.only_when)(&rule))
        }
        ConditionLock::ExcludedBy(partner) => {
            let label = case
                .condition_at(partner)
                .map(|c| one_line(&c.label.get(words.lang)))
                .unwrap_or_default();
            (explaining.excluded, (explaining.excluded_because)(&label))
        }
    }
}

/// A rule over conditions in words: "Runoff is held = yes and Court orders a recount = no".
pub fn rule_phrase(words: &Words, case: &Case, rule: &Trigger) -> String {
    let label = |id: &str| {
        case.condition(id)
            .map_or_else(|| id.to_owned(), |c| one_line(&c.label.get(words.lang)))
    };
    let joined = |parts: &[Trigger], word: &str| {
        parts
            .iter()
            .map(|part| match part {
                Trigger::All(_) | Trigger::Any(_) => {
                    format!("({})", rule_phrase(words, case, part))
                }
                _ => rule_phrase(words, case, part),
            })
            .collect::<Vec<_>>()
            .join(&format!(" {word} "))
    };
    match rule {
        Trigger::Always => words.explaining.reported_without_condition.to_owned(),
        Trigger::Condition(id) => format!("{} = {}", label(id), words.state(ConditionState::Yes)),
        Trigger::Not(inner) => match inner.as_ref() {
            Trigger::Condition(id) => {
                format!("{} = {}", label(id), words.state(ConditionState::No))
            }
            other => format!(
                "{} ({})",
                words.explaining.not,
                rule_phrase(words, case, other)
            ),
        },
        Trigger::Consequence(id) => case
            .consequence(id)
            .map_or_else(|| id.clone(), |c| one_line(&c.title.get(words.lang))),
        Trigger::All(parts) => joined(parts, words.explaining.and),
        Trigger::Any(parts) => joined(parts, words.explaining.or),
    }
}

/// `text` on one line, its runs of white space written as one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
