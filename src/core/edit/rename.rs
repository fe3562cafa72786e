//! Renaming an element's id, with every reference to it following, as one edit (one undo
//! step): a condition's id in triggers, rules, exclusive sets and walkthrough steps; a
//! consequence's in triggers, objections and steps; an actor's wherever it acts or claims; a
//! kind's in the consequences of that kind.

use super::field::Place;
use super::ops::{Edit, Header, Item, List, Op};
use crate::core::model::{Case, Consequence, Kind, Trigger};
use crate::core::shared::Shared;

/// Why an id cannot be renamed as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenameError {
    /// The new id is empty.
    Empty,
    /// The new id has a character ids may not use.
    Character(char),
    /// Another element of the same kind has that id.
    Taken,
    /// The id is one of the built-in kinds'.
    BuiltIn,
    /// The element has no id (a sentence, an exclusive set) or is not there.
    NoId,
}

/// Whether `id` is written as ids are: letters a–z, digits, `_`, `-` and `.`.
fn spelling(id: &str) -> Result<(), RenameError> {
    if id.is_empty() {
        return Err(RenameError::Empty);
    }
    match id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
    {
        Some(bad) => Err(RenameError::Character(bad)),
        None => Ok(()),
    }
}

/// The ids of `list`'s elements, in order; none for a list whose elements have no ids.
fn ids_of(case: &Case, list: List) -> Option<Vec<&str>> {
    Some(match list {
        List::Actors => case.actors.iter().map(|x| x.id.as_str()).collect(),
        List::Kinds => case.kinds.iter().map(|x| x.id.as_str()).collect(),
        List::Conditions => case.conditions.iter().map(|x| x.id.as_str()).collect(),
        List::Consequences => case.consequences.iter().map(|x| x.id.as_str()).collect(),
        List::Objections => case.objections.iter().map(|x| x.id.as_str()).collect(),
        List::Tensions => case.tensions.iter().map(|x| x.id.as_str()).collect(),
        List::Walkthroughs => case.walkthroughs.iter().map(|x| x.id.as_str()).collect(),
        List::Sentences | List::Exclusive => return None,
    })
}

/// Whether the element at `place` could take the id `new_id` (its own id is fine): cheap, for
/// a field that says what is wrong as the author types.
pub fn check_new_id(case: &Case, place: Place, new_id: &str) -> Result<(), RenameError> {
    let new_id = new_id.trim();
    spelling(new_id)?;
    let Place::Item(list, at) = place else {
        return Ok(());
    };
    let ids = ids_of(case, list).ok_or(RenameError::NoId)?;
    let own = *ids.get(at).ok_or(RenameError::NoId)?;
    if own != new_id && ids.contains(&new_id) {
        return Err(RenameError::Taken);
    }
    if list == List::Kinds && Kind::BUILT_IN.iter().any(|k| k.key() == new_id) {
        return Err(RenameError::BuiltIn);
    }
    Ok(())
}

/// The edit that gives the element at `place` the id `new_id`, with every reference to it
/// renamed too. `Ok(None)` when the id is already `new_id`.
pub fn rename(case: &Case, place: Place, new_id: &str) -> Result<Option<Edit>, RenameError> {
    let new_id = new_id.trim();
    check_new_id(case, place, new_id)?;
    let Place::Item(list, at) = place else {
        if case.id == new_id {
            return Ok(None);
        }
        let header = Header {
            id: new_id.to_owned(),
            ..Header::of(case)
        };
        return Ok(Some(Edit::one(Op::Header(header))));
    };
    let ids = ids_of(case, list).ok_or(RenameError::NoId)?;
    let old = *ids.get(at).ok_or(RenameError::NoId)?;
    if old == new_id {
        return Ok(None);
    }
    let mut ops = vec![renamed_element(case, list, at, new_id).ok_or(RenameError::NoId)?];
    ops.extend(references(case, list, old, new_id));
    Ok(Some(Edit { ops }))
}

/// The element itself with its new id.
fn renamed_element(case: &Case, list: List, at: usize, new_id: &str) -> Option<Op> {
    let id = new_id.to_owned();
    let item = match list {
        List::Actors => Item::Actor(crate::core::model::Actor {
            id,
            ..case.actors.get(at)?.clone()
        }),
        List::Kinds => Item::Kind(crate::core::model::DeclaredKind {
            id,
            ..case.kinds.get(at)?.clone()
        }),
        List::Conditions => Item::Condition(crate::core::model::Condition {
            id,
            ..case.conditions.get(at)?.clone()
        }),
        List::Consequences => Item::Consequence(Shared::new(Consequence {
            id,
            ..Consequence::clone(case.consequences.get(at)?)
        })),
        List::Objections => Item::Objection(crate::core::model::Objection {
            id,
            ..case.objections.get(at)?.clone()
        }),
        List::Tensions => Item::Tension(crate::core::model::Tension {
            id,
            ..case.tensions.get(at)?.clone()
        }),
        List::Walkthroughs => Item::Walkthrough(crate::core::model::Walkthrough {
            id,
            ..case.walkthroughs.get(at)?.clone()
        }),
        List::Sentences | List::Exclusive => return None,
    };
    Some(Op::Replace(at, item))
}

/// `trigger` with every mention of `old` (a condition's id, or with `consequence` a
/// consequence's) made `new`; none when it does not mention it.
fn renamed_trigger(trigger: &Trigger, old: &str, new: &str, consequence: bool) -> Option<Trigger> {
    let renamed = |items: &[Trigger]| -> Option<Vec<Trigger>> {
        let mut changed = false;
        let out = items
            .iter()
            .map(|item| match renamed_trigger(item, old, new, consequence) {
                Some(item) => {
                    changed = true;
                    item
                }
                None => item.clone(),
            })
            .collect();
        changed.then_some(out)
    };
    match trigger {
        Trigger::Always => None,
        Trigger::Condition(id) => {
            (!consequence && id == old).then(|| Trigger::Condition(new.to_owned()))
        }
        Trigger::Consequence(id) => {
            (consequence && id == old).then(|| Trigger::Consequence(new.to_owned()))
        }
        Trigger::Not(inner) => {
            renamed_trigger(inner, old, new, consequence).map(|t| Trigger::Not(Box::new(t)))
        }
        Trigger::All(items) => renamed(items).map(Trigger::All),
        Trigger::Any(items) => renamed(items).map(Trigger::Any),
    }
}

/// `Replace`s for every element that refers to element `old` of `list`, now named `new`.
fn references(case: &Case, list: List, old: &str, new: &str) -> Vec<Op> {
    let mut ops = Vec::new();
    let swap = |id: &str| {
        if id == old {
            new.to_owned()
        } else {
            id.to_owned()
        }
    };
    match list {
        List::Conditions | List::Consequences => {
            let of_consequence = list == List::Consequences;
            let trigger = |t: &Trigger| renamed_trigger(t, old, new, of_consequence);
            for (i, c) in case.consequences.iter().enumerate() {
                if let Some(trigger) = trigger(&c.trigger) {
                    let changed = Consequence {
                        trigger,
                        ..Consequence::clone(c)
                    };
                    ops.push(Op::Replace(i, Item::Consequence(Shared::new(changed))));
                }
            }
            for (i, t) in case.tensions.iter().enumerate() {
                if let Some(when) = trigger(&t.when) {
                    let mut changed = t.clone();
                    changed.when = when;
                    ops.push(Op::Replace(i, Item::Tension(changed)));
                }
            }
            if of_consequence {
                for (i, o) in case.objections.iter().enumerate() {
                    if o.contests.iter().any(|c| c == old) {
                        let mut changed = o.clone();
                        changed.contests = o.contests.iter().map(|c| swap(c)).collect();
                        ops.push(Op::Replace(i, Item::Objection(changed)));
                    }
                }
            } else {
                for (i, c) in case.conditions.iter().enumerate() {
                    if let Some(rule) = c.applies_if.as_ref().and_then(trigger) {
                        let mut changed = c.clone();
                        changed.applies_if = Some(rule);
                        ops.push(Op::Replace(i, Item::Condition(changed)));
                    }
                }
                for (i, set) in case.exclusive.iter().enumerate() {
                    if set.iter().any(|id| id == old) {
                        let changed = set.iter().map(|id| swap(id)).collect();
                        ops.push(Op::Replace(i, Item::Exclusive(changed)));
                    }
                }
            }
            for (i, w) in case.walkthroughs.iter().enumerate() {
                let mut changed = w.clone();
                let mut any = false;
                for step in &mut changed.steps {
                    if of_consequence {
                        if step.consequences.iter().any(|c| c == old) {
                            step.consequences = step.consequences.iter().map(|c| swap(c)).collect();
                            any = true;
                        }
                    } else if let Some(state) = step.set.remove(old) {
                        step.set.insert(new.to_owned(), state);
                        any = true;
                    }
                }
                if any {
                    ops.push(Op::Replace(i, Item::Walkthrough(changed)));
                }
            }
        }
        List::Actors => {
            for (i, c) in case.consequences.iter().enumerate() {
                if c.actor == old || c.claimant.as_deref() == Some(old) {
                    let changed = Consequence {
                        actor: swap(&c.actor),
                        claimant: c.claimant.as_deref().map(swap),
                        ..Consequence::clone(c)
                    };
                    ops.push(Op::Replace(i, Item::Consequence(Shared::new(changed))));
                }
            }
            for (i, o) in case.objections.iter().enumerate() {
                if o.by == old || o.claimant.as_deref() == Some(old) {
                    let mut changed = o.clone();
                    changed.by = swap(&o.by);
                    changed.claimant = o.claimant.as_deref().map(swap);
                    ops.push(Op::Replace(i, Item::Objection(changed)));
                }
            }
        }
        List::Kinds => {
            for (i, c) in case.consequences.iter().enumerate() {
                if matches!(&c.kind, Kind::Custom(k) if k == old) {
                    let changed = Consequence {
                        kind: Kind::Custom(new.to_owned()),
                        ..Consequence::clone(c)
                    };
                    ops.push(Op::Replace(i, Item::Consequence(Shared::new(changed))));
                }
            }
        }
        List::Objections
        | List::Tensions
        | List::Walkthroughs
        | List::Sentences
        | List::Exclusive => {}
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::edit::{History, apply};
    use crate::core::shipped;

    fn ukraine() -> Case {
        shipped::case(shipped::DEFAULT_CASE_ID)
            .expect("the default case ships")
            .case()
            .clone()
    }

    #[test]
    fn a_condition_renamed_is_renamed_wherever_it_is_named_and_undone_in_one_step() {
        let mut case = ukraine();
        let before = case.clone();
        let at = case
            .conditions
            .iter()
            .position(|c| c.id == "ceasefire")
            .unwrap_or_default();
        let edit = rename(&case, Place::Item(List::Conditions, at), "truce")
            .ok()
            .flatten()
            .unwrap_or_default();
        let mut history = History::default();
        assert!(history.apply(&mut case, edit).is_ok());
        let written = crate::core::write::case_to_ron(&case).unwrap_or_default();
        assert!(!written.contains("\"ceasefire\""), "{written}");
        assert!(written.contains("condition(\"truce\")"));
        assert!(crate::core::ValidCase::new(case.clone()).is_ok());
        assert!(history.undo(&mut case));
        assert_eq!(case, before);
    }

    #[test]
    fn an_actor_renamed_is_renamed_wherever_it_acts_or_claims() {
        let case = ukraine();
        let at = case.actors.iter().position(|a| a.id == "russia");
        let Some(at) = at else {
            panic!("the shipped case has Russia");
        };
        let Ok(Some(edit)) = rename(&case, Place::Item(List::Actors, at), "moscow") else {
            panic!("renamed");
        };
        let mut renamed = case.clone();
        assert!(apply(&mut renamed, &edit).is_ok());
        assert!(crate::core::ValidCase::new(renamed.clone()).is_ok());
        assert!(renamed.objections.iter().all(|o| o.by != "russia"));
    }

    #[test]
    fn ids_that_cannot_be_are_refused() {
        let case = ukraine();
        let first = Place::Item(List::Conditions, 0);
        assert_eq!(rename(&case, first, " "), Err(RenameError::Empty));
        assert_eq!(
            rename(&case, first, "cease fire"),
            Err(RenameError::Character(' '))
        );
        let other = case
            .conditions
            .get(1)
            .map(|c| c.id.clone())
            .unwrap_or_default();
        assert_eq!(rename(&case, first, &other), Err(RenameError::Taken));
        let same = case
            .conditions
            .first()
            .map(|c| c.id.clone())
            .unwrap_or_default();
        assert_eq!(rename(&case, first, &same), Ok(None));
        assert_eq!(
            rename(&case, Place::Item(List::Sentences, 0), "x"),
            Err(RenameError::NoId)
        );
    }
}
