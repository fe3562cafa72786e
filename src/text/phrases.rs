//! The one place where explanations are put into phrases ("Why: Ceasefire reached = yes"), so
//! the window and the handouts say the same thing.

use super::words::Words;
use crate::core::eval::Setting;
use crate::core::explain::{Explanation, Reason, WouldFollowIf};
use crate::core::{Case, ConditionIx};

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

/// `text` on one line, its runs of white space written as one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
