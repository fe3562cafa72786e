//! Building a trigger from parts: the shapes a trigger can take ("always", "a condition is
//! yes", "all of"…), and turning one shape into another while keeping what can be kept.

use crate::core::model::{Case, Trigger};

/// The shape of a trigger, as the editor's builder offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shape {
    /// Without condition.
    Always,
    /// A condition is yes.
    Condition,
    /// Another consequence follows.
    Consequence,
    /// The part inside does not hold.
    Not,
    /// Every part holds.
    All,
    /// At least one part holds.
    Any,
}

impl Shape {
    /// Every shape, in the order a picker offers them.
    pub const ALL: [Self; 6] = [
        Self::Always,
        Self::Condition,
        Self::Consequence,
        Self::Not,
        Self::All,
        Self::Any,
    ];

    /// The shape of `trigger`.
    pub fn of(trigger: &Trigger) -> Self {
        match trigger {
            Trigger::Always => Self::Always,
            Trigger::Condition(_) => Self::Condition,
            Trigger::Consequence(_) => Self::Consequence,
            Trigger::Not(_) => Self::Not,
            Trigger::All(_) => Self::All,
            Trigger::Any(_) => Self::Any,
        }
    }

    /// Whether a trigger that may name only conditions (a condition's `applies_if`) can take
    /// this shape.
    pub fn names_only_conditions(self) -> bool {
        !matches!(self, Self::Always | Self::Consequence)
    }
}

/// The first condition of the case other than `except` (the condition whose rule is being
/// written), as a trigger; a condition with no id yet when the case has no other, which check
/// then reports for the author to choose.
pub fn first_condition(case: &Case, except: Option<&str>) -> Trigger {
    Trigger::Condition(
        case.conditions
            .iter()
            .map(|c| c.id.as_str())
            .find(|id| Some(*id) != except)
            .unwrap_or_default()
            .to_owned(),
    )
}

/// `trigger` turned into `shape`, keeping what it can: "not", "all of" and "any of" wrap the
/// trigger as it was ("all of" and "any of" swap into each other with their parts); a
/// condition or consequence takes the first one of the case. `except` is the condition whose
/// own rule this is, which the rule never names.
pub fn reshaped(case: &Case, trigger: &Trigger, shape: Shape, except: Option<&str>) -> Trigger {
    let kept = || match trigger {
        Trigger::Always => first_condition(case, except),
        other => other.clone(),
    };
    match shape {
        Shape::Always => Trigger::Always,
        Shape::Condition => first_condition(case, except),
        Shape::Consequence => Trigger::Consequence(
            case.consequences
                .first()
                .map(|c| c.id.clone())
                .unwrap_or_default(),
        ),
        Shape::Not => Trigger::Not(Box::new(kept())),
        Shape::All => match trigger {
            Trigger::Any(items) => Trigger::All(items.clone()),
            _ => Trigger::All(vec![kept()]),
        },
        Shape::Any => match trigger {
            Trigger::All(items) => Trigger::Any(items.clone()),
            _ => Trigger::Any(vec![kept()]),
        },
    }
}

/// `trigger`, an "all of" or "any of", with one more part: the first condition.
pub fn with_part_added(case: &Case, trigger: &Trigger, except: Option<&str>) -> Trigger {
    match trigger {
        Trigger::All(items) => {
            Trigger::All([items.clone(), vec![first_condition(case, except)]].concat())
        }
        Trigger::Any(items) => {
            Trigger::Any([items.clone(), vec![first_condition(case, except)]].concat())
        }
        other => other.clone(),
    }
}

/// `trigger`, an "all of" or "any of", without its part `k`.
pub fn without_part(trigger: &Trigger, k: usize) -> Trigger {
    let rest = |items: &[Trigger]| -> Vec<Trigger> {
        items
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != k)
            .map(|(_, t)| t.clone())
            .collect()
    };
    match trigger {
        Trigger::All(items) => Trigger::All(rest(items)),
        Trigger::Any(items) => Trigger::Any(rest(items)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipped;

    fn case() -> Case {
        shipped::case(shipped::DEFAULT_CASE_ID)
            .expect("the default case ships")
            .case()
            .clone()
    }

    #[test]
    fn reshaping_keeps_the_parts_it_can() {
        let case = case();
        let ceasefire = Trigger::Condition("ceasefire".to_owned());
        let not = reshaped(&case, &ceasefire, Shape::Not, None);
        assert_eq!(not, Trigger::Not(Box::new(ceasefire.clone())));
        let all = reshaped(&case, &ceasefire, Shape::All, None);
        assert_eq!(all, Trigger::All(vec![ceasefire.clone()]));
        let any = reshaped(&case, &all, Shape::Any, None);
        assert_eq!(any, Trigger::Any(vec![ceasefire]));
        assert_eq!(reshaped(&case, &any, Shape::Always, None), Trigger::Always);
        assert_eq!(Shape::of(&any), Shape::Any);
    }

    #[test]
    fn a_rule_never_starts_by_naming_its_own_condition() {
        let case = case();
        let first = case.conditions.first().map(|c| c.id.clone());
        let rule = reshaped(&case, &Trigger::Always, Shape::Condition, first.as_deref());
        assert!(matches!(&rule, Trigger::Condition(id) if Some(id) != first.as_ref()));
        let two = with_part_added(&case, &Trigger::All(vec![rule.clone()]), first.as_deref());
        assert!(matches!(&two, Trigger::All(items) if items.len() == 2));
        assert_eq!(without_part(&two, 1), Trigger::All(vec![rule]));
    }
}
