//! Whether a student's trigger says the same as the key's: both evaluated, each by its own
//! case's rules, over every yes/no combination of the conditions either reads, with the
//! student's conditions read as the key's conditions they were matched to.

use crate::core::ids::{ConditionIx, ConsequenceIx};
use crate::core::logic::{Lanes, Truth};
use crate::core::valid::ValidCase;

/// The most conditions two triggers may read between them to be compared (2^16 combinations).
pub const MAX_TRIGGER_CONDITIONS: usize = 16;

/// A condition a comparison turns on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Variable {
    /// A condition of the key (and the student's condition matched to it, if any).
    Key(ConditionIx),
    /// A condition of the student's that matches none of the key's.
    StudentOnly(ConditionIx),
}

/// How a student's trigger compares with the key's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TriggerVerdict {
    /// They agree on every combination.
    Equivalent,
    /// They disagree on `yes`: these conditions yes, every other one in `read` no — the
    /// combination with the fewest yes where they part (of those, the one whose yes come
    /// earliest in `read`).
    Differs {
        /// The conditions either trigger reads, keys first, in the key's order.
        read: Vec<Variable>,
        /// The conditions that are yes in the combination where they part.
        yes: Vec<Variable>,
        /// Whether the key's consequence follows there (the student's then does not).
        key_follows: bool,
    },
    /// They read more than [`MAX_TRIGGER_CONDITIONS`] conditions between them: not compared.
    TooManyConditions(usize),
}

/// Working memory reused between comparisons.
#[derive(Debug, Default)]
pub struct Scratch {
    key_stated: Vec<Lanes>,
    student_stated: Vec<Lanes>,
    key_out: Vec<Lanes>,
    student_out: Vec<Lanes>,
}

/// The two consequences to compare and how the student's conditions map to the key's
/// (`condition_map[student condition] = key condition`).
pub struct TriggerPair<'a> {
    /// The teacher's case.
    pub key: &'a ValidCase,
    /// The key's consequence.
    pub key_consequence: ConsequenceIx,
    /// The student's case.
    pub student: &'a ValidCase,
    /// The student's consequence.
    pub student_consequence: ConsequenceIx,
    /// For each of the student's conditions, the key's condition it was matched to.
    pub condition_map: &'a [Option<ConditionIx>],
}

/// Compares the two triggers of `pair` over every combination of the conditions they read.
pub fn compare_triggers(pair: &TriggerPair<'_>, scratch: &mut Scratch) -> TriggerVerdict {
    let key_compiled = pair.key.compiled();
    let student_compiled = pair.student.compiled();
    let mut read: Vec<Variable> = key_compiled
        .support(pair.key_consequence.index())
        .iter()
        .map(|&c| Variable::Key(ConditionIx(c)))
        .collect();
    let mut student_only = Vec::new();
    for &c in student_compiled.support(pair.student_consequence.index()) {
        match pair.condition_map.get(c).copied().flatten() {
            Some(key_condition) => read.push(Variable::Key(key_condition)),
            None => student_only.push(Variable::StudentOnly(ConditionIx(c))),
        }
    }
    read.sort_unstable();
    read.dedup();
    read.extend(student_only);
    if read.len() > MAX_TRIGGER_CONDITIONS {
        return TriggerVerdict::TooManyConditions(read.len());
    }
    let combinations: u64 = 1 << read.len();
    let mut best: Option<(u32, u64, bool)> = None;
    let mut start = 0_u64;
    while start < combinations {
        let lanes = (combinations - start).min(Lanes::COUNT as u64);
        fill(pair, &read, start, scratch);
        let key_yes = key_compiled
            .evaluate_one_lanes(
                pair.key_consequence.index(),
                &scratch.key_stated,
                &mut scratch.key_out,
            )
            .lanes_with(Truth::True);
        let student_yes = student_compiled
            .evaluate_one_lanes(
                pair.student_consequence.index(),
                &scratch.student_stated,
                &mut scratch.student_out,
            )
            .lanes_with(Truth::True);
        let used = if lanes >= 64 {
            u64::MAX
        } else {
            (1 << lanes) - 1
        };
        let mut differ = (key_yes ^ student_yes) & used;
        while differ != 0 {
            let lane = differ.trailing_zeros();
            differ &= differ - 1;
            let mask = start + u64::from(lane);
            let candidate = (mask.count_ones(), mask, key_yes >> lane & 1 == 1);
            if best.is_none_or(|b| (candidate.0, candidate.1) < (b.0, b.1)) {
                best = Some(candidate);
            }
        }
        start += lanes;
    }
    match best {
        None => TriggerVerdict::Equivalent,
        Some((_, mask, key_follows)) => {
            let yes = read
                .iter()
                .enumerate()
                .filter(|(bit, _)| mask >> bit & 1 == 1)
                .map(|(_, &variable)| variable)
                .collect();
            TriggerVerdict::Differs {
                read,
                yes,
                key_follows,
            }
        }
    }
}

/// The stated conditions of both sides for the 64 combinations from `start`: variable `bit`
/// is yes in combination `m` when bit `bit` of `m` is set; every condition not read is no.
fn fill(pair: &TriggerPair<'_>, read: &[Variable], start: u64, scratch: &mut Scratch) {
    let no = Lanes::splat(Truth::False);
    scratch.key_stated.clear();
    scratch
        .key_stated
        .resize(pair.key.case().conditions.len(), no);
    scratch.student_stated.clear();
    scratch
        .student_stated
        .resize(pair.student.case().conditions.len(), no);
    for (bit, variable) in read.iter().enumerate() {
        let mut lanes = no;
        for lane in 0..Lanes::COUNT {
            let mask = start + lane as u64;
            if mask >> bit & 1 == 1 {
                lanes.set(lane, Truth::True);
            }
        }
        match *variable {
            Variable::Key(key_condition) => {
                if let Some(slot) = scratch.key_stated.get_mut(key_condition.index()) {
                    *slot = lanes;
                }
                for (student_condition, mapped) in pair.condition_map.iter().enumerate() {
                    if *mapped == Some(key_condition)
                        && let Some(slot) = scratch.student_stated.get_mut(student_condition)
                    {
                        *slot = lanes;
                    }
                }
            }
            Variable::StudentOnly(student_condition) => {
                if let Some(slot) = scratch.student_stated.get_mut(student_condition.index()) {
                    *slot = lanes;
                }
            }
        }
    }
}
