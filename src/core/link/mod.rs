//! Share by link: a case and its conditions' states as the fragment of a URL
//! (`case=ukraine-reassurance-force&ceasefire=yes&us_joins=no`), and back.
//!
//! Only `yes` and `no` are written: a condition the link leaves out is unknown, as the article
//! leaves it. Reading a link never fails outright; what cannot be used is named, so the window
//! can say so in plain words and show the article's world instead.

use crate::core::model::{Case, ConditionState, States};

/// The key that names the case.
const CASE_KEY: &str = "case";

/// The fragment (without `#`) for `case_id` with `states`: the case first, then each
/// condition that is yes or no, in id order.
pub fn fragment(case_id: &str, states: &States) -> String {
    let mut text = format!("{CASE_KEY}={}", encode(case_id));
    for (id, state) in states {
        if *state != ConditionState::Unknown {
            text.push('&');
            text.push_str(&encode(id));
            text.push('=');
            text.push_str(state.key());
        }
    }
    text
}

/// What a link asks for, as written (nothing checked against a case yet).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Link {
    /// The case's id; none when the link names no case.
    pub case_id: Option<String>,
    /// The conditions' states, in the order written.
    pub states: Vec<(String, ConditionState)>,
    /// Parts of the link that cannot be read (`ceasefire=maybe`, `%zz`), as written.
    pub unreadable: Vec<String>,
}

impl Link {
    /// Whether the link asks for nothing at all (an empty fragment).
    pub fn is_empty(&self) -> bool {
        self.case_id.is_none() && self.states.is_empty() && self.unreadable.is_empty()
    }
}

/// Reads a fragment (with or without its leading `#`).
pub fn parse(fragment: &str) -> Link {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut link = Link::default();
    for part in fragment.split('&').filter(|part| !part.is_empty()) {
        let read = part.split_once('=').and_then(|(key, value)| {
            let key = decode(key)?;
            let value = decode(value)?;
            if key == CASE_KEY {
                return (!value.is_empty()).then_some(Part::Case(value));
            }
            let state = ConditionState::from_key(&value.to_lowercase())?;
            (!key.is_empty()).then_some(Part::State(key, state))
        });
        match read {
            // A second `case=` is a link put together by hand: keep the first.
            Some(Part::Case(id)) if link.case_id.is_none() => link.case_id = Some(id),
            Some(Part::State(id, state)) => link.states.push((id, state)),
            Some(Part::Case(_)) | None => link.unreadable.push(part.to_owned()),
        }
    }
    link
}

enum Part {
    Case(String),
    State(String, ConditionState),
}

/// A link read against its case.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Applied {
    /// The states to show: the link's when all of it could be used, otherwise none (the
    /// article's world).
    pub states: States,
    /// Condition ids the case does not have, in the order written.
    pub unknown_conditions: Vec<String>,
    /// Parts that cannot be read, as written.
    pub unreadable: Vec<String>,
}

impl Applied {
    /// Whether the link opens exactly the scenario it names.
    pub fn is_exact(&self) -> bool {
        self.unknown_conditions.is_empty() && self.unreadable.is_empty()
    }
}

/// The states `link` sets in `case`. A link that names a condition the case does not have,
/// or holds a part that cannot be read, shows the article's world (no condition set): a
/// scenario shown only in part would look like the one that was shared.
pub fn apply(case: &Case, link: &Link) -> Applied {
    let mut applied = Applied {
        unreadable: link.unreadable.clone(),
        ..Applied::default()
    };
    for (id, state) in &link.states {
        if case.conditions.iter().any(|c| c.id == *id) {
            applied.states.insert(id.clone(), *state);
        } else if !applied.unknown_conditions.contains(id) {
            applied.unknown_conditions.push(id.clone());
        }
    }
    applied
        .states
        .retain(|_, state| *state != ConditionState::Unknown);
    if !applied.is_exact() {
        applied.states.clear();
    }
    applied
}

/// Percent-encodes everything but letters, digits and `-_.~`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode`] (and `+` for a space, as forms write it); none for a broken escape or
/// bytes that are not UTF-8.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'%' => {
                let hex = text.get(at + 1..at + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                at += 3;
            }
            b'+' => {
                out.push(b' ');
                at += 1;
            }
            _ => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipped;

    fn ukraine() -> Case {
        shipped::case(shipped::DEFAULT_CASE_ID)
            .map_or_else(|| panic!("the shipped case loads"), |c| c.case().clone())
    }

    fn states(pairs: &[(&str, ConditionState)]) -> States {
        pairs.iter().map(|(id, s)| ((*id).to_owned(), *s)).collect()
    }

    #[test]
    fn a_fragment_names_the_case_and_the_set_conditions_in_id_order() {
        let set = states(&[
            ("us_joins", ConditionState::No),
            ("ceasefire", ConditionState::Yes),
            ("russia_rejects", ConditionState::Unknown),
        ]);
        assert_eq!(
            fragment("ukraine-reassurance-force", &set),
            "case=ukraine-reassurance-force&ceasefire=yes&us_joins=no"
        );
        assert_eq!(fragment("x", &States::new()), "case=x");
    }

    #[test]
    fn a_fragment_reads_back_as_the_same_scenario() {
        let case = ukraine();
        let set = states(&[
            ("ceasefire", ConditionState::Yes),
            ("russia_rejects", ConditionState::No),
        ]);
        let link = parse(&format!("#{}", fragment(&case.id, &set)));
        assert_eq!(link.case_id.as_deref(), Some(case.id.as_str()));
        let applied = apply(&case, &link);
        assert!(applied.is_exact());
        assert_eq!(applied.states, set);
    }

    #[test]
    fn odd_characters_survive_the_round_trip() {
        let set = states(&[("naïve id&=#", ConditionState::Yes)]);
        let text = fragment("kasus 1/2", &set);
        assert!(text.is_ascii() && !text.contains(' ') && text.matches('&').count() == 1);
        let link = parse(&text);
        assert_eq!(link.case_id.as_deref(), Some("kasus 1/2"));
        assert_eq!(
            link.states,
            vec![("naïve id&=#".to_owned(), ConditionState::Yes)]
        );
    }

    #[test]
    fn an_unknown_condition_shows_the_articles_world_and_is_named() {
        let case = ukraine();
        let link = parse("case=ukraine-reassurance-force&ceasefire=yes&nato_joins=yes");
        let applied = apply(&case, &link);
        assert!(!applied.is_exact());
        assert_eq!(applied.unknown_conditions, vec!["nato_joins".to_owned()]);
        assert!(applied.states.is_empty(), "nothing is set: {applied:?}");
    }

    #[test]
    fn unreadable_parts_are_kept_as_written() {
        let link = parse("case=a&ceasefire=maybe&%zz=yes&loose&ceasefire=YES");
        assert_eq!(link.case_id.as_deref(), Some("a"));
        assert_eq!(link.unreadable, vec!["ceasefire=maybe", "%zz=yes", "loose"]);
        assert_eq!(
            link.states,
            vec![("ceasefire".to_owned(), ConditionState::Yes)]
        );
        let applied = apply(&ukraine(), &link);
        assert!(applied.states.is_empty());
        assert_eq!(applied.unreadable.len(), 3);
    }

    #[test]
    fn an_empty_fragment_asks_for_nothing() {
        assert!(parse("").is_empty());
        assert!(parse("#").is_empty());
        assert!(!parse("#ceasefire=yes").is_empty());
        assert_eq!(parse("#ceasefire=yes").case_id, None);
    }

    #[test]
    fn a_broken_escape_at_the_end_does_not_panic() {
        for text in ["case=%", "case=%4", "%", "case=%C3", "=&=&=="] {
            let link = parse(text);
            assert!(link.case_id.is_none(), "{text}: {link:?}");
        }
    }
}
