//! The search behind the explanations: the smallest set of settings that decides a
//! consequence ("because"), and the smallest sets of changes that would make it follow, tried
//! 64 variations at a time.

use super::outcome::{Outcome, Setting, Status};
use crate::core::ids::{ConditionIx, ConsequenceIx};
use crate::core::logic::{Lanes, Truth};
use crate::core::model::ConditionState;
use crate::core::valid::ValidCase;

/// At most this many alternatives are listed under "would follow if".
pub const MAX_ALTERNATIVES: usize = 6;
/// Above this many relevant conditions, "because" is found greedily (still irredundant).
const EXACT_BECAUSE_LIMIT: usize = 12;
/// The "would follow if" search tries at most this many combinations per consequence.
const SEARCH_BUDGET: usize = 20_000;

/// Trials of one consequence, filled in order and evaluated together, one per lane: each
/// trial is the current states with some conditions changed.
#[derive(Debug)]
struct Batch {
    /// Per condition, its value in each trial. Only the conditions in the support of the
    /// consequence under search are kept up to date; the others are never read.
    conditions: Vec<Lanes>,
    /// How many lanes hold a trial.
    used: usize,
    /// The lanes whose trial counts (for "would follow if": those that change something).
    counted: u64,
}

impl Batch {
    fn new(condition_count: usize) -> Self {
        Self {
            conditions: vec![Lanes::default(); condition_count],
            used: 0,
            counted: 0,
        }
    }

    fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn is_full(&self) -> bool {
        self.used >= Lanes::COUNT
    }

    fn clear(&mut self) {
        self.used = 0;
        self.counted = 0;
    }

    /// Before the first trial: every lane of the `support` conditions (those of the
    /// consequence under search) takes the current truth from `truths`.
    fn start(&mut self, support: &[usize], truths: &[Truth]) {
        if self.is_empty() {
            for &condition in support {
                if let Some(slot) = self.conditions.get_mut(condition) {
                    let truth = truths.get(condition).copied().unwrap_or(Truth::Unknown);
                    *slot = Lanes::splat(truth);
                }
            }
        }
    }

    /// Sets `condition` to `yes` in the `lanes` that are also in `yes_lanes`, and to `no` in
    /// the other `lanes`.
    fn set(&mut self, condition: usize, lanes: u64, yes_lanes: u64) {
        if let Some(slot) = self.conditions.get_mut(condition) {
            slot.yes = (slot.yes & !lanes) | (lanes & yes_lanes);
            slot.no = (slot.no & !lanes) | (lanes & !yes_lanes);
        }
    }
}

/// The lanes whose index has bit `k` set, for `k` below 6 (a lane index has 6 bits).
const LANES_WITH_BIT: [u64; 6] = [
    0xAAAA_AAAA_AAAA_AAAA,
    0xCCCC_CCCC_CCCC_CCCC,
    0xF0F0_F0F0_F0F0_F0F0,
    0xFF00_FF00_FF00_FF00,
    0xFFFF_0000_FFFF_0000,
    0xFFFF_FFFF_0000_0000,
];

/// The first `count` lanes from `offset` on (`offset + count` at most [`Lanes::COUNT`]).
fn lane_range(offset: usize, count: usize) -> u64 {
    if count >= Lanes::COUNT {
        !0
    } else {
        ((1_u64 << count) - 1) << offset
    }
}

/// A run of "would follow if" trials in a batch: the choices `first..first + count` for one
/// combination of conditions, in lanes `offset..offset + count`. Choice bit `k` gives the
/// combination's k-th condition its new state: yes (0) or no (1).
///
/// Runs are placed so that lane `offset + i` has the low 6 bits of choice `first + i`:
/// combinations of up to 6 conditions fill aligned blocks of 2^size lanes (`first` is 0),
/// larger ones fill whole batches (`offset` is 0, `first` a multiple of 64).
#[derive(Debug, Clone, Copy)]
struct Segment {
    offset: usize,
    count: usize,
    first: usize,
    /// Where the combination's conditions (positions in the support) are in
    /// [`Search::segment_picks`].
    picks: (usize, usize),
}

impl Segment {
    /// The lanes whose choice has bit `k` set (the k-th condition goes to no).
    fn lanes_with_bit(&self, k: usize) -> u64 {
        match LANES_WITH_BIT.get(k) {
            Some(&lanes) => lanes,
            None if (self.first >> k) & 1 == 1 => !0,
            None => 0,
        }
    }
}

/// The explanation search for one evaluation, with working memory reused across consequences.
///
/// The searches try many variations of the current states in a fixed order. They fill a
/// [`Batch`] with them, evaluate up to [`Lanes::COUNT`] at once, and read the results in the
/// same order, so the answers are exactly those of trying the variations one by one.
pub(super) struct Search<'a> {
    case: &'a ValidCase,
    /// The current state of every condition.
    states: &'a [ConditionState],
    /// The same, as truth values.
    truths: &'a [Truth],
    batch: Batch,
    /// The "would follow if" runs in the batch, in lane order.
    segments: Vec<Segment>,
    /// The conditions of each segment's combination, as positions in the support.
    segment_picks: Vec<usize>,
    /// Working memory: the known conditions in a support.
    known: Vec<usize>,
    /// Per consequence, working memory for chains.
    scratch: Vec<Lanes>,
}

impl<'a> Search<'a> {
    /// A search over `case` with every condition in `states` (and as truths, `truths`).
    pub(super) fn new(
        case: &'a ValidCase,
        states: &'a [ConditionState],
        truths: &'a [Truth],
    ) -> Self {
        Self {
            case,
            states,
            truths,
            batch: Batch::new(truths.len()),
            segments: Vec::new(),
            segment_picks: Vec::new(),
            known: Vec::new(),
            scratch: Vec::new(),
        }
    }

    /// The outcome of consequence `index`, whose value under the states is `truth`.
    pub(super) fn outcome(&mut self, index: usize, truth: Truth) -> Outcome {
        let status = Status::from_truth(truth);
        let mut outcome = Outcome {
            consequence: ConsequenceIx(index),
            status,
            because: Vec::new(),
            depends_on: Vec::new(),
            would_follow_if: Vec::new(),
            search_cut_short: false,
        };
        match status {
            Status::Follows | Status::DoesNotFollow => {
                outcome.because = self.because(index, truth);
            }
            Status::Depends => {
                outcome.depends_on = self
                    .case
                    .compiled()
                    .open_conditions_sorted(index, self.truths)
                    .into_iter()
                    .map(ConditionIx)
                    .collect();
            }
        }
        if status != Status::Follows {
            let (alternatives, cut_short) = self.would_follow_if(index);
            outcome.would_follow_if = alternatives;
            outcome.search_cut_short = cut_short;
        }
        outcome
    }

    fn state(&self, condition: usize) -> ConditionState {
        self.states.get(condition).copied().unwrap_or_default()
    }

    /// The conditions consequence `index` can depend on.
    fn support(&self, index: usize) -> &'a [usize] {
        let case: &'a ValidCase = self.case;
        case.compiled().support(index)
    }

    /// Evaluates consequence `index` in every trial of the batch, and empties it.
    fn run_batch(&mut self, index: usize) -> Lanes {
        let value = self.case.compiled().evaluate_one_lanes(
            index,
            &self.batch.conditions,
            &mut self.scratch,
        );
        self.batch.clear();
        value
    }

    /// The smallest set of known settings that alone (everything else unknown) still gives
    /// `target`. Kleene logic is monotone, so such a set exists among the known settings.
    fn because(&mut self, index: usize, target: Truth) -> Vec<Setting> {
        let mut known = std::mem::take(&mut self.known);
        known.clear();
        known.extend(
            self.support(index)
                .iter()
                .copied()
                .filter(|&c| self.state(c) != ConditionState::Unknown),
        );
        let chosen = if known.len() <= EXACT_BECAUSE_LIMIT {
            self.smallest_deciding_subset(index, target, &known)
        } else {
            self.greedy_deciding_subset(index, target, &known)
        };
        self.known = known;
        chosen
            .into_iter()
            .map(|condition| Setting {
                condition: ConditionIx(condition),
                state: self.state(condition),
            })
            .collect()
    }

    /// Adds a trial for consequence `index` in which only the `known` conditions for which
    /// `keep(position in known)` holds keep their state; the others are unknown.
    fn push_keeping(&mut self, index: usize, known: &[usize], keep: impl Fn(usize) -> bool) {
        self.batch.start(self.support(index), self.truths);
        let lane = lane_range(self.batch.used, 1);
        for (position, &condition) in known.iter().enumerate() {
            if !keep(position)
                && let Some(slot) = self.batch.conditions.get_mut(condition)
            {
                slot.yes &= !lane;
                slot.no &= !lane;
            }
        }
        self.batch.used += 1;
    }

    /// The first trial of the batch (in order) in which consequence `index` gives `target`.
    /// Empties the batch.
    fn first_giving(&mut self, index: usize, target: Truth) -> Option<usize> {
        let count = self.batch.used;
        let hits = self.run_batch(index).lanes_with(target);
        let lane = usize::try_from(hits.trailing_zeros()).unwrap_or(usize::MAX);
        (lane < count).then_some(lane)
    }

    /// Tries the subsets of `known` by size, then in lexicographic order; the first that
    /// decides wins.
    fn smallest_deciding_subset(
        &mut self,
        index: usize,
        target: Truth,
        known: &[usize],
    ) -> Vec<usize> {
        // The subset tried in each trial of the batch, as a bit mask over positions in
        // `known` (at most EXACT_BECAUSE_LIMIT of them, so it fits).
        let mut masks = [0_u64; Lanes::COUNT];
        let mut found: Option<u64> = None;
        for size in 0..=known.len() {
            for_each_combination(known.len(), size, |picks| {
                let mask: u64 = picks.iter().fold(0, |mask, &p| mask | (1 << p));
                if let Some(slot) = masks.get_mut(self.batch.used) {
                    *slot = mask;
                }
                self.push_keeping(index, known, |position| mask & (1 << position) != 0);
                if self.batch.is_full() {
                    found = self
                        .first_giving(index, target)
                        .and_then(|lane| masks.get(lane).copied());
                }
                found.is_none()
            });
            if found.is_some() {
                break;
            }
        }
        if found.is_none() && !self.batch.is_empty() {
            found = self
                .first_giving(index, target)
                .and_then(|lane| masks.get(lane).copied());
        }
        self.batch.clear();
        match found {
            Some(mask) => known
                .iter()
                .enumerate()
                .filter(|&(position, _)| mask & (1 << position) != 0)
                .map(|(_, &condition)| condition)
                .collect(),
            None => known.to_vec(),
        }
    }

    fn greedy_deciding_subset(
        &mut self,
        index: usize,
        target: Truth,
        known: &[usize],
    ) -> Vec<usize> {
        let mut kept: Vec<usize> = known.to_vec();
        for &candidate in known {
            let without: Vec<usize> = kept.iter().copied().filter(|&c| c != candidate).collect();
            self.push_keeping(index, known, |position| {
                known
                    .get(position)
                    .is_some_and(|condition| without.contains(condition))
            });
            if self.first_giving(index, target).is_some() {
                kept = without;
            }
        }
        kept
    }

    /// Smallest sets of changes (among the conditions the trigger reaches) that make
    /// consequence `index` follow. Returns the alternatives and whether the budget ran out.
    ///
    /// The trials, in order: sizes from 1 up; the combinations of that many conditions in
    /// lexicographic order; for each, the choices 0 to 2^size - 1, where bit `k` sends the
    /// k-th condition to yes (0) or no (1). A choice that gives a condition the state it
    /// already has is no trial, but still counts against the budget.
    fn would_follow_if(&mut self, index: usize) -> (Vec<Vec<Setting>>, bool) {
        let support = self.support(index);
        let mut budget = SEARCH_BUDGET;
        for size in 1..=support.len() {
            let choices = u32::try_from(size)
                .ok()
                .and_then(|size| 1_usize.checked_shl(size))
                .unwrap_or(usize::MAX);
            // A combination's choices share a batch when they fit, else take 64 at a time.
            let block = choices.min(Lanes::COUNT);
            let mut alternatives: Vec<Vec<Setting>> = Vec::new();
            let mut exhausted = false;
            let mut enough = false;
            for_each_combination(support.len(), size, |picks| {
                let mut first = 0;
                while first < choices {
                    if budget == 0 {
                        exhausted = true;
                        return false;
                    }
                    if self.batch.used + block > Lanes::COUNT
                        && self.collect_following(index, support, &mut alternatives)
                    {
                        enough = true;
                        return false;
                    }
                    let count = block.min(choices - first).min(budget);
                    budget -= count;
                    self.push_choices(index, picks, first, count);
                    first += count;
                }
                true
            });
            // Evaluate what is left. If that completes the alternatives, trying one by one
            // would have stopped there, before the budget ran out.
            if !enough && self.collect_following(index, support, &mut alternatives) {
                exhausted = false;
            }
            if !alternatives.is_empty() || exhausted {
                return (alternatives, exhausted);
            }
        }
        (Vec::new(), false)
    }

    /// Adds the choices `first..first + count` for the conditions at `picks` in the support
    /// of consequence `index`, as a [`Segment`] at the end of the batch.
    fn push_choices(&mut self, index: usize, picks: &[usize], first: usize, count: usize) {
        let support = self.support(index);
        self.batch.start(support, self.truths);
        let start = self.segment_picks.len();
        self.segment_picks.extend_from_slice(picks);
        let segment = Segment {
            offset: self.batch.used,
            count,
            first,
            picks: (start, self.segment_picks.len()),
        };
        let lanes = lane_range(segment.offset, count);
        let mut counted = lanes;
        for (k, &p) in picks.iter().enumerate() {
            let Some(&condition) = support.get(p) else {
                continue;
            };
            let to_no = segment.lanes_with_bit(k);
            // A choice that keeps the condition's state is not a trial.
            match self.state(condition) {
                ConditionState::Yes => counted &= to_no,
                ConditionState::No => counted &= !to_no,
                ConditionState::Unknown => {}
            }
            self.batch.set(condition, lanes, !to_no);
        }
        self.batch.counted |= counted;
        self.batch.used += count;
        self.segments.push(segment);
    }

    /// Runs the batch and appends, in order, the trials in which consequence `index` follows,
    /// up to [`MAX_ALTERNATIVES`]. True when that many have been found.
    fn collect_following(
        &mut self,
        index: usize,
        support: &[usize],
        alternatives: &mut Vec<Vec<Setting>>,
    ) -> bool {
        if self.batch.is_empty() {
            return false;
        }
        // Trials that set two exclusive conditions both to yes are no trials.
        let impossible = self
            .case
            .compiled()
            .rules()
            .contradictions(&self.batch.conditions, support);
        let counted = self.batch.counted & !impossible;
        let follows = self.run_batch(index).lanes_with(Truth::True) & counted;
        let mut enough = false;
        for segment in &self.segments {
            let picks = self
                .segment_picks
                .get(segment.picks.0..segment.picks.1)
                .unwrap_or_default();
            let mut hits = follows & lane_range(segment.offset, segment.count);
            while hits != 0 && !enough {
                let lane = usize::try_from(hits.trailing_zeros()).unwrap_or(usize::MAX);
                hits &= hits - 1;
                let choice = segment.first + (lane - segment.offset);
                alternatives.push(
                    picks
                        .iter()
                        .enumerate()
                        .filter_map(|(k, &p)| {
                            let condition = *support.get(p)?;
                            let state = if choice & (1 << k) == 0 {
                                ConditionState::Yes
                            } else {
                                ConditionState::No
                            };
                            Some(Setting {
                                condition: ConditionIx(condition),
                                state,
                            })
                        })
                        .collect(),
                );
                enough = alternatives.len() >= MAX_ALTERNATIVES;
            }
            if enough {
                break;
            }
        }
        self.segments.clear();
        self.segment_picks.clear();
        enough
    }
}

/// Calls `visit` with every `size`-element combination of `0..n`, in lexicographic order,
/// until it returns false.
fn for_each_combination(n: usize, size: usize, mut visit: impl FnMut(&[usize]) -> bool) {
    if size > n {
        return;
    }
    let mut picks: Vec<usize> = (0..size).collect();
    loop {
        if !visit(&picks) {
            return;
        }
        // Advance to the next combination: find the rightmost pick that can move right.
        let mut k = size;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            let limit = n - size + k;
            if picks.get(k).is_some_and(|&p| p < limit) {
                break;
            }
        }
        let Some(first) = picks.get(k).copied() else {
            return;
        };
        for (offset, slot) in picks.iter_mut().skip(k).enumerate() {
            *slot = first + 1 + offset;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combinations_come_in_lexicographic_order() {
        let mut seen = Vec::new();
        for_each_combination(4, 2, |picks| {
            seen.push(picks.to_vec());
            true
        });
        assert_eq!(
            seen,
            vec![
                vec![0, 1],
                vec![0, 2],
                vec![0, 3],
                vec![1, 2],
                vec![1, 3],
                vec![2, 3]
            ]
        );
        let mut empty = 0;
        for_each_combination(3, 0, |picks| {
            assert!(picks.is_empty());
            empty += 1;
            true
        });
        assert_eq!(empty, 1);
        for_each_combination(2, 3, |_| panic!("no 3-combinations of 2 items"));
    }
}
