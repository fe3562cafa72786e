//! Three-valued (Kleene) truth, one trial at a time or up to 64 at once.

use crate::core::model::ConditionState;

/// A Kleene truth value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Truth {
    /// Holds.
    True,
    /// Does not hold.
    False,
    /// Could go either way.
    Unknown,
}

impl Truth {
    /// Kleene conjunction.
    #[must_use]
    pub fn and(self, other: Self) -> Self {
        match (self, other) {
            (Self::False, _) | (_, Self::False) => Self::False,
            (Self::True, Self::True) => Self::True,
            _ => Self::Unknown,
        }
    }

    /// Kleene disjunction.
    #[must_use]
    pub fn or(self, other: Self) -> Self {
        match (self, other) {
            (Self::True, _) | (_, Self::True) => Self::True,
            (Self::False, Self::False) => Self::False,
            _ => Self::Unknown,
        }
    }
}

impl std::ops::Not for Truth {
    type Output = Self;

    /// Kleene negation.
    fn not(self) -> Self {
        match self {
            Self::True => Self::False,
            Self::False => Self::True,
            Self::Unknown => Self::Unknown,
        }
    }
}

impl From<ConditionState> for Truth {
    fn from(state: ConditionState) -> Self {
        match state {
            ConditionState::Yes => Self::True,
            ConditionState::No => Self::False,
            ConditionState::Unknown => Self::Unknown,
        }
    }
}

/// The Kleene truth values of up to 64 trials at once, one bit per trial ("lane"): a lane set
/// in `yes` is true, in `no` false, in neither unknown (never in both).
///
/// Evaluating a trigger once over lanes gives the same value in every lane as evaluating it
/// once per trial, so searches that try many variations of the states run 64 at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Lanes {
    /// Lanes that are true.
    pub(crate) yes: u64,
    /// Lanes that are false.
    pub(crate) no: u64,
}

impl Lanes {
    /// How many trials fit.
    pub(crate) const COUNT: usize = 64;

    /// `truth` in every lane.
    pub(crate) fn splat(truth: Truth) -> Self {
        match truth {
            Truth::True => Self { yes: !0, no: 0 },
            Truth::False => Self { yes: 0, no: !0 },
            Truth::Unknown => Self::default(),
        }
    }

    /// Sets lane `lane` (below [`Lanes::COUNT`]) to `truth`.
    pub(crate) fn set(&mut self, lane: usize, truth: Truth) {
        let bit = 1_u64 << lane;
        self.yes &= !bit;
        self.no &= !bit;
        match truth {
            Truth::True => self.yes |= bit,
            Truth::False => self.no |= bit,
            Truth::Unknown => {}
        }
    }

    /// The lanes whose value is `truth`.
    pub(crate) fn lanes_with(self, truth: Truth) -> u64 {
        match truth {
            Truth::True => self.yes,
            Truth::False => self.no,
            Truth::Unknown => !(self.yes | self.no),
        }
    }

    /// Kleene conjunction, lane by lane.
    pub(crate) fn and(self, other: Self) -> Self {
        Self {
            yes: self.yes & other.yes,
            no: self.no | other.no,
        }
    }

    /// Kleene disjunction, lane by lane.
    pub(crate) fn or(self, other: Self) -> Self {
        Self {
            yes: self.yes | other.yes,
            no: self.no & other.no,
        }
    }

    /// Kleene negation, lane by lane.
    #[must_use]
    pub(crate) fn negated(self) -> Self {
        Self {
            yes: self.no,
            no: self.yes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Truth::{False as F, True as T, Unknown as U};

    #[test]
    fn kleene_and_or_not_tables() {
        let all = [T, F, U];
        let and = [[T, F, U], [F, F, F], [U, F, U]];
        let or = [[T, T, T], [T, F, U], [T, U, U]];
        for (i, a) in all.into_iter().enumerate() {
            for (j, b) in all.into_iter().enumerate() {
                assert_eq!(a.and(b), and[i][j], "{a:?} and {b:?}");
                assert_eq!(a.or(b), or[i][j], "{a:?} or {b:?}");
            }
        }
        assert_eq!([!T, !F, !U], [F, T, U]);
    }

    #[test]
    fn lanes_follow_the_kleene_tables_in_every_lane() {
        use super::Lanes;
        let all = [T, F, U];
        // Lane 3a + b holds the pair (all[a], all[b]).
        let mut left = Lanes::default();
        let mut right = Lanes::default();
        for (a, x) in all.into_iter().enumerate() {
            for (b, y) in all.into_iter().enumerate() {
                left.set(3 * a + b, x);
                right.set(3 * a + b, y);
            }
        }
        let (and, or, not) = (left.and(right), left.or(right), left.negated());
        let lane_value = |lanes: Lanes, lane: usize| {
            [T, F, U]
                .into_iter()
                .find(|&truth| lanes.lanes_with(truth) & (1 << lane) != 0)
        };
        for (a, x) in all.into_iter().enumerate() {
            for (b, y) in all.into_iter().enumerate() {
                let lane = 3 * a + b;
                assert_eq!(lane_value(and, lane), Some(x.and(y)), "{x:?} and {y:?}");
                assert_eq!(lane_value(or, lane), Some(x.or(y)), "{x:?} or {y:?}");
                assert_eq!(lane_value(not, lane), Some(!x), "not {x:?}");
            }
        }
        assert_eq!(Lanes::splat(T).lanes_with(T), !0);
        assert_eq!(Lanes::splat(U).lanes_with(U), !0);
    }
}
