//! What the editor fills in for the author from what is selected: the actor the selected
//! sentences name, and a walkthrough step made from what the explorer shows.

use crate::core::ids::SentenceNo;
use crate::core::language::Text;
use crate::core::model::{Actor, Case, States, Step, Walkthrough};

/// The actor the sentences `evidence` name, when they name exactly one of the case's actors (by
/// its name in any language, its person's full name or surname). None when they name none or
/// several: the author then picks, and the form says no actor is chosen yet.
pub fn actor_named_in(case: &Case, evidence: &[SentenceNo]) -> Option<String> {
    let texts: Vec<String> = evidence
        .iter()
        .filter_map(|&number| case.sentence(number))
        .flat_map(|sentence| {
            std::iter::once(sentence.original.as_str())
                .chain(sentence.translations.iter().map(|(_, text)| text))
        })
        .map(str::to_lowercase)
        .collect();
    let mut named = case.actors.iter().filter(|actor| {
        names(actor)
            .iter()
            .any(|n| texts.iter().any(|t| mentions(t, n)))
    });
    match (named.next(), named.next()) {
        (Some(only), None) => Some(only.id.clone()),
        _ => None,
    }
}

/// The ways a sentence may name `actor`, in lower case: its names, its person, the person's
/// surname.
fn names(actor: &Actor) -> Vec<String> {
    let mut names: Vec<String> = actor.name.iter().map(|(_, n)| n.to_lowercase()).collect();
    if let Some(person) = &actor.person {
        names.push(person.to_lowercase());
        if let Some(surname) = person.split_whitespace().last() {
            names.push(surname.to_lowercase());
        }
    }
    names.retain(|n| n.chars().filter(|c| c.is_alphanumeric()).count() >= 2);
    names
}

/// Whether `text` has `name` as whole words (not inside a longer word).
fn mentions(text: &str, name: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(name).any(|(at, _)| {
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let after = text.get(at + name.len()..).and_then(|t| t.chars().next());
        !word(before) && !word(after)
    })
}

/// What the explorer shows when a step is added: the conditions as set, the sentences selected
/// and the consequence selected.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// The condition states set in the explorer.
    pub states: &'a States,
    /// The sentences selected in the article.
    pub sentences: &'a [SentenceNo],
    /// The consequence selected in *What follows*, by id.
    pub consequence: Option<&'a str>,
}

/// A new step for `walkthrough` from what the explorer shows: it sets the conditions that
/// differ from where the walkthrough stands after its last step, points at the selected
/// sentences and consequence, and is titled after that consequence (or the first condition it
/// sets), ready for the author's narration.
pub fn captured_step(case: &Case, walkthrough: &Walkthrough, shown: Shown<'_>) -> Step {
    let before = match walkthrough.steps.len().checked_sub(1) {
        Some(last) => walkthrough.states_at(last),
        None => States::new(),
    };
    let mut set = States::new();
    for condition in &case.conditions {
        let id = &condition.id;
        let was = before.get(id).copied().unwrap_or_default();
        let is = shown.states.get(id).copied().unwrap_or_default();
        if was != is {
            set.insert(id.clone(), is);
        }
    }
    let consequence = shown.consequence.and_then(|id| case.consequence(id));
    let title = consequence
        .map(|c| c.title.clone())
        .or_else(|| {
            set.keys()
                .find_map(|id| case.condition(id))
                .map(|c| c.label.clone())
        })
        .unwrap_or_default();
    Step {
        title,
        narration: Text::default(),
        set,
        sentences: shown.sentences.to_vec(),
        consequences: consequence.map(|c| vec![c.id.clone()]).unwrap_or_default(),
        question: None,
        answer: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::parse_case;
    use crate::core::model::ConditionState;
    use crate::core::shipped;

    fn ukraine() -> Case {
        shipped::case(shipped::DEFAULT_CASE_ID)
            .expect("the default case ships")
            .case()
            .clone()
    }

    #[test]
    fn sentences_that_name_one_actor_choose_it_and_others_choose_none() {
        let text = r#"(format_version: 2, id: "t", language: "en", title: {"en": "T"},
            sentences: [
                (number: 1, original: "The mayor, Ana Reyes, promised a new bridge."),
                (number: 2, original: "Reyes said the council agrees."),
                (number: 3, original: "Nobody else spoke."),
                (number: 4, original: "The Reyesville club cheered."),
            ],
            actors: [
                (id: "mayor", name: {"en": "The mayor"}, person: "Ana Reyes"),
                (id: "council", name: {"en": "Council", "id": "Dewan"}),
            ],
            conditions: [], consequences: [])"#;
        let case = match parse_case(text) {
            Ok((valid, _)) => valid.case().clone(),
            Err(problems) => panic!("{problems:?}"),
        };
        let n = |k: u32| SentenceNo(k);
        assert_eq!(actor_named_in(&case, &[n(1)]).as_deref(), Some("mayor"));
        assert_eq!(
            actor_named_in(&case, &[n(2)]),
            None,
            "the mayor and the council"
        );
        assert_eq!(actor_named_in(&case, &[n(3)]), None);
        assert_eq!(
            actor_named_in(&case, &[n(4)]),
            None,
            "not inside a longer word"
        );
        assert_eq!(actor_named_in(&case, &[]), None);
        let ukraine = ukraine();
        let all: Vec<SentenceNo> = ukraine.sentences.iter().map(|s| s.number).collect();
        assert_eq!(
            actor_named_in(&ukraine, &all),
            None,
            "the whole article names many"
        );
    }

    #[test]
    fn a_captured_step_keeps_the_selected_consequence_and_sets_only_what_changed() {
        let case = ukraine();
        let consequence = case.consequences.first().map(|c| c.id.clone());
        let mut states = States::new();
        states.insert("ceasefire".to_owned(), ConditionState::Yes);
        let mut walkthrough = Walkthrough {
            id: "w".to_owned(),
            title: Text::new("en", "W"),
            steps: Vec::new(),
        };
        let sentences = [SentenceNo(4)];
        let shown = Shown {
            states: &states,
            sentences: &sentences,
            consequence: consequence.as_deref(),
        };
        let first = captured_step(&case, &walkthrough, shown);
        assert_eq!(
            first.consequences,
            consequence.into_iter().collect::<Vec<_>>()
        );
        assert_eq!(first.sentences, sentences.to_vec());
        assert_eq!(first.set.get("ceasefire"), Some(&ConditionState::Yes));
        assert!(!first.title.is_blank(), "titled after its consequence");
        walkthrough.steps.push(first);
        let second = captured_step(
            &case,
            &walkthrough,
            Shown {
                states: &states,
                sentences: &[],
                consequence: None,
            },
        );
        assert!(
            second.set.is_empty(),
            "nothing changed since the first step"
        );
        assert!(second.consequences.is_empty());
        assert!(second.title.is_blank());
    }
}
