//! Share by link: a case and its conditions' states as the fragment of a URL, and back.
//!
//! A shipped case is named by its id (`case=ukraine-reassurance-force&ceasefire=yes`), a lesson
//! on the site by its id (`lesson=harbour-fares&ceasefire=yes`), and a case of the teacher's own
//! travels in the link itself, packed ([`carry`]): `v=1&own=2914.eNrtW…&ceasefire=yes`. The
//! version (`v`) says how the case is packed, so a link made today keeps opening. A link may
//! also name the walkthrough step it was shared at (`walkthrough=lesson&step=2`).
//!
//! Only `yes` and `no` are written: a condition the link leaves out is unknown, as the article
//! leaves it. A condition whose id is one of the link's own words (`case`, `step`…) is written
//! with `~` in front. Reading a link never fails outright; what cannot be used is named, so the
//! window can say so in plain words and show the article's world instead.

pub mod base64url;
pub mod carry;

use crate::core::model::{Case, ConditionState, States};

/// The key that names a shipped case.
const CASE_KEY: &str = "case";
/// The key that holds a case of the teacher's own, packed.
const OWN_KEY: &str = "own";
/// The key that names a lesson on the site.
const LESSON_KEY: &str = "lesson";
/// The key that says how an own case is packed.
const VERSION_KEY: &str = "v";
/// The keys that name a walkthrough and its step.
const WALKTHROUGH_KEY: &str = "walkthrough";
const STEP_KEY: &str = "step";
/// The keys a condition's id cannot be written as without `~` in front.
const OWN_WORDS: [&str; 6] = [
    CASE_KEY,
    OWN_KEY,
    LESSON_KEY,
    VERSION_KEY,
    WALKTHROUGH_KEY,
    STEP_KEY,
];

/// How an own case is packed in links made now.
pub const LINK_VERSION: u32 = 1;

/// What a link opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The shipped case with this id.
    Shipped(String),
    /// A case of the teacher's own, packed in the link ([`carry::uncarry`] reads it).
    Own(String),
    /// The lesson with this id on the site the link points into.
    Lesson(String),
}

/// A walkthrough step a link was shared at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepAt {
    /// The walkthrough's id.
    pub walkthrough: String,
    /// The step, counting from 1.
    pub step: usize,
}

/// The fragment (without `#`) for the shipped case `case_id` with `states`: the case first,
/// then each condition that is yes or no, in id order.
pub fn fragment(case_id: &str, states: &States) -> String {
    compose(&[(CASE_KEY, case_id)], states, None)
}

/// The fragment for a lesson on the site, by its id.
pub fn lesson_fragment(lesson_id: &str, states: &States, step: Option<&StepAt>) -> String {
    compose(&[(LESSON_KEY, lesson_id)], states, step)
}

/// The fragment that carries the case whose text is `case_text` (with its article in it).
pub fn own_fragment(case_text: &str, states: &States, step: Option<&StepAt>) -> String {
    own_fragment_carried(&carry::carry(case_text), states, step)
}

/// The fragment for a case packed already (by [`carry::carry`]): packing is the costly part,
/// and a case is packed once for every state of its conditions.
pub fn own_fragment_carried(carried: &str, states: &States, step: Option<&StepAt>) -> String {
    let version = LINK_VERSION.to_string();
    compose(
        &[(VERSION_KEY, version.as_str()), (OWN_KEY, carried)],
        states,
        step,
    )
}

fn compose(head: &[(&str, &str)], states: &States, step: Option<&StepAt>) -> String {
    let mut parts: Vec<String> = head
        .iter()
        .map(|(key, value)| format!("{key}={}", encode(value)))
        .collect();
    for (id, state) in states {
        if *state != ConditionState::Unknown {
            let key = if OWN_WORDS.contains(&id.as_str()) || id.starts_with('~') {
                format!("~{id}")
            } else {
                id.clone()
            };
            parts.push(format!("{}={}", encode(&key), state.key()));
        }
    }
    if let Some(at) = step {
        parts.push(format!("{WALKTHROUGH_KEY}={}", encode(&at.walkthrough)));
        parts.push(format!("{STEP_KEY}={}", at.step));
    }
    parts.join("&")
}

/// What a link asks for, as written (nothing checked against a case yet).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Link {
    /// What it opens; none when the link names nothing.
    pub target: Option<Target>,
    /// How its own case is packed, as written (`1`); none when it does not say.
    pub version: Option<String>,
    /// The conditions' states, in the order written.
    pub states: Vec<(String, ConditionState)>,
    /// The walkthrough step it was shared at.
    pub step: Option<StepAt>,
    /// Parts of the link that cannot be read (`ceasefire=maybe`, `%zz`), as written.
    pub unreadable: Vec<String>,
}

impl Link {
    /// Whether the link asks for nothing at all (an empty fragment).
    pub fn is_empty(&self) -> bool {
        self.target.is_none() && self.states.is_empty() && self.unreadable.is_empty()
    }

    /// The shipped case's id, when the link names one.
    pub fn case_id(&self) -> Option<&str> {
        match &self.target {
            Some(Target::Shipped(id)) => Some(id),
            _ => None,
        }
    }

    /// Whether the link packs its case in a way this build knows.
    pub fn version_known(&self) -> bool {
        self.version.as_deref() == Some(LINK_VERSION.to_string().as_str())
    }
}

/// Reads a fragment (with or without its leading `#`, or a whole link, whose part after `#` is
/// read).
pub fn parse(fragment: &str) -> Link {
    let fragment = fragment
        .split_once('#')
        .map_or(fragment, |(_, after)| after);
    let mut link = Link::default();
    let mut walkthrough = None;
    let mut step = None;
    for part in fragment.split('&').filter(|part| !part.is_empty()) {
        let read = part.split_once('=').and_then(|(key, value)| {
            let key = decode(key)?;
            let value = decode(value)?;
            Some(match key.as_str() {
                CASE_KEY if !value.is_empty() => Part::Target(Target::Shipped(value)),
                OWN_KEY if !value.is_empty() => Part::Target(Target::Own(value)),
                LESSON_KEY if !value.is_empty() => Part::Target(Target::Lesson(value)),
                VERSION_KEY => Part::Version(value),
                WALKTHROUGH_KEY if !value.is_empty() => Part::Walkthrough(value),
                STEP_KEY => Part::Step(value.parse().ok().filter(|&n: &usize| n > 0)?),
                _ => {
                    let id = key.strip_prefix('~').unwrap_or(&key);
                    let state = ConditionState::from_key(&value.to_lowercase())?;
                    if id.is_empty() || OWN_WORDS.contains(&key.as_str()) {
                        return None;
                    }
                    Part::State(id.to_owned(), state)
                }
            })
        });
        match read {
            // A second case is a link put together by hand: keep the first.
            Some(Part::Target(target)) if link.target.is_none() => link.target = Some(target),
            Some(Part::Version(version)) if link.version.is_none() => {
                link.version = Some(version);
            }
            Some(Part::State(id, state)) => link.states.push((id, state)),
            Some(Part::Walkthrough(id)) if walkthrough.is_none() => walkthrough = Some(id),
            Some(Part::Step(n)) if step.is_none() => step = Some(n),
            _ => link.unreadable.push(part.to_owned()),
        }
    }
    link.step = walkthrough
        .zip(step)
        .map(|(walkthrough, step)| StepAt { walkthrough, step });
    link
}

enum Part {
    Target(Target),
    Version(String),
    State(String, ConditionState),
    Walkthrough(String),
    Step(usize),
}

/// Why the case a link carries cannot be unpacked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnError {
    /// The link says it was packed in a way this build does not know (a newer Skenario's), or
    /// does not say how.
    Version(Option<String>),
    /// The packed case itself cannot be read.
    Carry(carry::CarryError),
}

/// The text of the case `link` carries, unpacked to at most `limit` bytes; none when the link
/// carries no case of its own.
pub fn own_case_text(link: &Link, limit: usize) -> Option<Result<String, OwnError>> {
    let Some(Target::Own(carried)) = &link.target else {
        return None;
    };
    if !link.version_known() {
        return Some(Err(OwnError::Version(link.version.clone())));
    }
    Some(carry::uncarry(carried, limit).map_err(OwnError::Carry))
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
        assert_eq!(link.case_id(), Some(case.id.as_str()));
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
        assert_eq!(link.case_id(), Some("kasus 1/2"));
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
        assert_eq!(link.case_id(), Some("a"));
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
        assert_eq!(parse("#ceasefire=yes").case_id(), None);
    }

    #[test]
    fn a_broken_escape_at_the_end_does_not_panic() {
        for text in ["case=%", "case=%4", "%", "case=%C3", "=&=&=="] {
            let link = parse(text);
            assert!(link.case_id().is_none(), "{text}: {link:?}");
        }
    }
}
