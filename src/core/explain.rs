//! Why a consequence has its status, worked out once as structured phrases: what decides it,
//! what would have to change for it to follow, and who contests it. The window, the handouts
//! and the command line put the same phrases into their own words.

use super::eval::{Outcome, Setting, Status};
use super::ids::{ConditionIx, ConsequenceIx, ObjectionIx};
use super::valid::ValidCase;

/// What decides a consequence's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// It follows, and the article reports it without condition.
    WithoutCondition,
    /// It follows because of these settings ("why").
    FollowsBecause(Vec<Setting>),
    /// It does not follow because of these settings ("because").
    PreventedBy(Vec<Setting>),
    /// It hangs on these conditions, still unknown ("depends on").
    DependsOn(Vec<ConditionIx>),
}

/// What would have to change for a consequence that does not follow (yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WouldFollowIf {
    /// Each alternative is a smallest set of changes that makes it follow.
    Alternatives(Vec<Vec<Setting>>),
    /// No combination of conditions makes it follow.
    Never,
    /// The search for changes stopped at its limit before finding one.
    SearchCutShort,
}

/// A consequence's status, explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// The consequence.
    pub consequence: ConsequenceIx,
    /// Its status.
    pub status: Status,
    /// What decides it.
    pub reason: Reason,
    /// What would have to change; none when it follows.
    pub would_follow_if: Option<WouldFollowIf>,
    /// The objections that contest it, in the case's order.
    pub contested_by: Vec<ObjectionIx>,
}

/// Explains `outcome`, an outcome of an evaluation of `case`.
pub fn explain(case: &ValidCase, outcome: &Outcome) -> Explanation {
    let reason = match outcome.status {
        Status::Follows if outcome.because.is_empty() => Reason::WithoutCondition,
        Status::Follows => Reason::FollowsBecause(outcome.because.clone()),
        Status::DoesNotFollow => Reason::PreventedBy(outcome.because.clone()),
        Status::Depends => Reason::DependsOn(outcome.depends_on.clone()),
    };
    let would_follow_if = (outcome.status != Status::Follows).then(|| {
        if !outcome.would_follow_if.is_empty() {
            WouldFollowIf::Alternatives(outcome.would_follow_if.clone())
        } else if outcome.search_cut_short {
            WouldFollowIf::SearchCutShort
        } else {
            WouldFollowIf::Never
        }
    });
    let model = case.case();
    let contested_by = model
        .consequence_at(outcome.consequence)
        .map(|consequence| {
            model
                .objections
                .iter()
                .enumerate()
                .filter(|(_, o)| o.contests.contains(&consequence.id))
                .map(|(i, _)| ObjectionIx(i))
                .collect()
        })
        .unwrap_or_default();
    Explanation {
        consequence: outcome.consequence,
        status: outcome.status,
        reason,
        would_follow_if,
        contested_by,
    }
}
