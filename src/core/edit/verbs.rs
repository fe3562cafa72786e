//! The editor's verbs, each building one [`Edit`]: new elements from the selected sentences,
//! sentences merged, split, marked as headings or context, elements removed or moved. They
//! read the case and change nothing; applying the edit does.

use std::collections::{BTreeMap, BTreeSet};

use super::capture::actor_named_in;
use super::ids::suggest_id;
use super::ops::{Edit, Item, List, Op};
use crate::core::model::{
    Actor, Case, Condition, Consequence, DeclaredKind, Firmness, Kind, Objection, Sentence, Step,
    Tension, Trigger, Walkthrough,
};
use crate::core::{ids::SentenceNo, language::Text, shared::Shared};

/// The id the element at `at` of `list` takes when its title changes from `previous` to
/// `title`: its id follows its title while the id is still the one made from the previous
/// title (or from no title) and nothing refers to it. None when the id stays — once
/// something refers to it, it never changes, whatever the title becomes. (The window also
/// keeps the ids of elements already saved, which scenarios may name.)
pub fn id_following_title(
    case: &Case,
    list: List,
    at: usize,
    previous: &Text,
    title: &Text,
) -> Option<String> {
    let (current, fallback, taken): (&str, &str, Vec<&str>) = match list {
        List::Actors => (
            &case.actors.get(at)?.id,
            "actor",
            case.actors.iter().map(|a| a.id.as_str()).collect(),
        ),
        List::Conditions => (
            &case.conditions.get(at)?.id,
            "condition",
            case.conditions.iter().map(|c| c.id.as_str()).collect(),
        ),
        List::Consequences => (
            &case.consequences.get(at)?.id,
            "consequence",
            case.consequences.iter().map(|c| c.id.as_str()).collect(),
        ),
        List::Objections => (
            &case.objections.get(at)?.id,
            "objection",
            case.objections.iter().map(|o| o.id.as_str()).collect(),
        ),
        List::Tensions => (
            &case.tensions.get(at)?.id,
            "tension",
            case.tensions.iter().map(|t| t.id.as_str()).collect(),
        ),
        List::Walkthroughs => (
            &case.walkthroughs.get(at)?.id,
            "walkthrough",
            case.walkthroughs.iter().map(|w| w.id.as_str()).collect(),
        ),
        List::Kinds => (
            &case.kinds.get(at)?.id,
            "kind",
            case.kinds.iter().map(|k| k.id.as_str()).collect(),
        ),
        List::Sentences | List::Exclusive => return None,
    };
    let built_in: Vec<&str> = Kind::BUILT_IN.iter().map(Kind::key).collect();
    let suggest = |text: &Text| {
        suggest_id(&first_text(text), fallback, |id| {
            id != current
                && (taken.contains(&id) || (list == List::Kinds && built_in.contains(&id)))
        })
    };
    if suggest(previous) != current || is_referenced(case, list, current) {
        return None;
    }
    let id = suggest(title);
    (id != current).then_some(id)
}

/// Whether anything in `case` names the element of `list` with this `id`.
fn is_referenced(case: &Case, list: List, id: &str) -> bool {
    let in_trigger = |trigger: &Trigger, consequence: bool| names(trigger, id, consequence);
    match list {
        List::Conditions => {
            case.consequences
                .iter()
                .any(|c| in_trigger(&c.trigger, false))
                || case.tensions.iter().any(|t| in_trigger(&t.when, false))
                || case
                    .conditions
                    .iter()
                    .filter_map(|c| c.applies_if.as_ref())
                    .any(|t| in_trigger(t, false))
                || case.exclusive.iter().flatten().any(|member| member == id)
                || case
                    .walkthroughs
                    .iter()
                    .flat_map(|w| &w.steps)
                    .any(|s| s.set.contains_key(id))
        }
        List::Consequences => {
            case.consequences
                .iter()
                .any(|c| in_trigger(&c.trigger, true))
                || case.tensions.iter().any(|t| in_trigger(&t.when, true))
                || case
                    .objections
                    .iter()
                    .flat_map(|o| &o.contests)
                    .any(|c| c == id)
                || case
                    .walkthroughs
                    .iter()
                    .flat_map(|w| &w.steps)
                    .flat_map(|s| &s.consequences)
                    .any(|c| c == id)
        }
        List::Actors => {
            case.consequences
                .iter()
                .any(|c| c.actor == id || c.claimant.as_deref() == Some(id))
                || case
                    .objections
                    .iter()
                    .any(|o| o.by == id || o.claimant.as_deref() == Some(id))
        }
        List::Kinds => case
            .consequences
            .iter()
            .any(|c| matches!(&c.kind, Kind::Custom(k) if k == id)),
        _ => false,
    }
}

/// Whether `trigger` names condition `id` (or, with `consequence`, consequence `id`).
fn names(trigger: &Trigger, id: &str, consequence: bool) -> bool {
    match trigger {
        Trigger::Always => false,
        Trigger::Condition(c) => !consequence && c == id,
        Trigger::Consequence(c) => consequence && c == id,
        Trigger::Not(inner) => names(inner, id, consequence),
        Trigger::All(items) | Trigger::Any(items) => {
            items.iter().any(|t| names(t, id, consequence))
        }
    }
}

/// A new condition labelled `label`, raised by `evidence`, at the end of the list.
pub fn new_condition(case: &Case, label: Text, evidence: &[SentenceNo]) -> Edit {
    let id = fresh(
        case.conditions.iter().map(|c| c.id.as_str()),
        &label,
        "condition",
    );
    Edit::one(Op::Insert(
        case.conditions.len(),
        Item::Condition(Condition {
            id,
            label,
            description: Text::default(),
            applies_if: None,
            evidence: cited(evidence),
        }),
    ))
}

/// A new consequence titled `title`, said by `evidence`, at the end of the list: acted by the
/// actor its sentences name when they name exactly one (else by no actor yet: the author
/// picks), reported as stated, and following from the condition its sentences raise ("If the
/// budget passes, the library stays open"), or without condition when none does, until the
/// author says otherwise.
pub fn new_consequence(case: &Case, title: Text, evidence: &[SentenceNo]) -> Edit {
    let id = fresh(
        case.consequences.iter().map(|c| c.id.as_str()),
        &title,
        "consequence",
    );
    Edit::one(Op::Insert(
        case.consequences.len(),
        Item::Consequence(Shared::new(Consequence {
            id,
            title,
            actor: actor_named_in(case, evidence).unwrap_or_default(),
            kind: Kind::Position,
            claimant: None,
            firmness: Firmness::Stated,
            trigger: case
                .conditions
                .iter()
                .find(|c| c.evidence.iter().any(|n| evidence.contains(n)))
                .map_or(Trigger::Always, |c| Trigger::Condition(c.id.clone())),
            evidence: cited(evidence),
            note: None,
        })),
    ))
}

/// A new objection saying `statement`, said by `evidence`, at the end of the list, by the actor
/// its sentences name when they name exactly one (else by no actor yet), contesting nothing
/// yet.
pub fn new_objection(case: &Case, statement: Text, evidence: &[SentenceNo]) -> Edit {
    let id = fresh(
        case.objections.iter().map(|o| o.id.as_str()),
        &statement,
        "objection",
    );
    Edit::one(Op::Insert(
        case.objections.len(),
        Item::Objection(Objection {
            id,
            by: actor_named_in(case, evidence).unwrap_or_default(),
            claimant: None,
            statement,
            contests: Vec::new(),
            evidence: cited(evidence),
        }),
    ))
}

/// A new tension titled `title`, behind it `evidence`, at the end of the list; it holds when
/// the first two conditions are both yes until the author says when.
pub fn new_tension(case: &Case, title: Text, evidence: &[SentenceNo]) -> Edit {
    let id = fresh(
        case.tensions.iter().map(|t| t.id.as_str()),
        &title,
        "tension",
    );
    let when = match case.conditions.as_slice() {
        [a, b, ..] => Trigger::All(vec![
            Trigger::Condition(a.id.clone()),
            Trigger::Condition(b.id.clone()),
        ]),
        [a] => Trigger::Condition(a.id.clone()),
        [] => Trigger::Always,
    };
    Edit::one(Op::Insert(
        case.tensions.len(),
        Item::Tension(Tension {
            id,
            when,
            title,
            explanation: Text::default(),
            evidence: cited(evidence),
        }),
    ))
}

/// A new actor named `name`, at the end of the list.
pub fn new_actor(case: &Case, name: Text) -> Edit {
    let id = fresh(case.actors.iter().map(|a| a.id.as_str()), &name, "actor");
    Edit::one(Op::Insert(
        case.actors.len(),
        Item::Actor(Actor {
            id,
            name,
            person: None,
            role: None,
        }),
    ))
}

/// A new kind of consequence named `label`, at the end of the case's own kinds.
pub fn new_kind(case: &Case, label: Text) -> Edit {
    let built_in: Vec<&str> = Kind::BUILT_IN.iter().map(Kind::key).collect();
    let id = suggest_id(&first_text(&label), "kind", |id| {
        built_in.contains(&id) || case.kinds.iter().any(|k| k.id == id)
    });
    Edit::one(Op::Insert(
        case.kinds.len(),
        Item::Kind(DeclaredKind { id, label }),
    ))
}

/// A new walkthrough titled `title`, with no steps yet.
pub fn new_walkthrough(case: &Case, title: Text) -> Edit {
    let id = fresh(
        case.walkthroughs.iter().map(|w| w.id.as_str()),
        &title,
        "walkthrough",
    );
    Edit::one(Op::Insert(
        case.walkthroughs.len(),
        Item::Walkthrough(Walkthrough {
            id,
            title,
            steps: Vec::new(),
        }),
    ))
}

/// Walkthrough `w` with `step` added at its end.
pub fn add_step(case: &Case, w: usize, step: Step) -> Option<Edit> {
    let mut walkthrough = case.walkthroughs.get(w)?.clone();
    walkthrough.steps.push(step);
    Some(Edit::one(Op::Replace(w, Item::Walkthrough(walkthrough))))
}

/// Walkthrough `w` with its step `from` moved to place `to`.
pub fn move_step(case: &Case, w: usize, from: usize, to: usize) -> Option<Edit> {
    let mut walkthrough = case.walkthroughs.get(w)?.clone();
    if from >= walkthrough.steps.len() || to >= walkthrough.steps.len() || from == to {
        return None;
    }
    let step = walkthrough.steps.remove(from);
    walkthrough.steps.insert(to, step);
    Some(Edit::one(Op::Replace(w, Item::Walkthrough(walkthrough))))
}

/// The item at place `at` of `list` removed.
pub fn remove(case: &Case, list: List, at: usize) -> Option<Edit> {
    (at < list_len(case, list)).then(|| Edit::one(Op::Remove(list, at)))
}

/// The item at place `from` of `list` moved to place `to`.
pub fn move_item(case: &Case, list: List, from: usize, to: usize) -> Option<Edit> {
    let len = list_len(case, list);
    (from < len && to < len && from != to).then(|| Edit::one(Op::Move(list, from, to)))
}

/// `item` in place of the one at `at` of its list; none when nothing would change.
pub fn replace(case: &Case, at: usize, item: Item) -> Option<Edit> {
    let same = match (&item, item.list()) {
        (Item::Sentence(x), _) => case.sentences.get(at) == Some(x),
        (Item::Actor(x), _) => case.actors.get(at) == Some(x),
        (Item::Kind(x), _) => case.kinds.get(at) == Some(x),
        (Item::Condition(x), _) => case.conditions.get(at) == Some(x),
        (Item::Exclusive(x), _) => case.exclusive.get(at) == Some(x),
        (Item::Consequence(x), _) => case.consequences.get(at) == Some(x),
        (Item::Objection(x), _) => case.objections.get(at) == Some(x),
        (Item::Tension(x), _) => case.tensions.get(at) == Some(x),
        (Item::Walkthrough(x), _) => case.walkthroughs.get(at) == Some(x),
    };
    (!same && at < list_len(case, item.list())).then(|| Edit::one(Op::Replace(at, item)))
}

/// Sentence `index` marked as a heading (or not).
pub fn set_heading(case: &Case, index: usize, heading: bool) -> Option<Edit> {
    let mut sentence = case.sentences.get(index)?.clone();
    sentence.heading = heading;
    replace(case, index, Item::Sentence(sentence))
}

/// Sentence `index` marked as context, left out of the model on purpose (or not).
pub fn set_context(case: &Case, index: usize, context: bool) -> Option<Edit> {
    let mut sentence = case.sentences.get(index)?.clone();
    sentence.context = context;
    replace(case, index, Item::Sentence(sentence))
}

/// Whether [`merge_with_next`] would make an edit: sentence `index` has a next. Cheap, for a
/// button drawn every frame (building the edit renumbers the whole case).
pub fn can_merge_with_next(case: &Case, index: usize) -> bool {
    index + 1 < case.sentences.len()
}

/// Whether [`split_at`] would make an edit: byte `at` of sentence `index` falls between
/// characters, with words on both sides. Cheap, for a button drawn every frame.
pub fn can_split_at(case: &Case, index: usize, at: usize) -> bool {
    case.sentences.get(index).is_some_and(|sentence| {
        let (before, after) = (sentence.original.get(..at), sentence.original.get(at..));
        before.is_some_and(|b| !b.trim_end().is_empty())
            && after.is_some_and(|a| !a.trim_start().is_empty())
    })
}

/// Sentence `index` and the one after it made one sentence (the splitter cut where it should
/// not have). Everything that cited either now cites the merged sentence, and the sentences
/// after it are numbered one lower, with every reference to them. A sentence inserted by hand
/// and not yet numbered (number 0) holds no number: merged with it, a sentence keeps its own,
/// and the sentences after them keep theirs.
pub fn merge_with_next(case: &Case, index: usize) -> Option<Edit> {
    let first = case.sentences.get(index)?;
    let second = case.sentences.get(index + 1)?;
    let mut merged = first.clone();
    merged.original = format!(
        "{} {}",
        first.original.trim_end(),
        second.original.trim_start()
    );
    let mut translations = Text::default();
    for (code, text) in first.translations.iter() {
        let joined = match second.translations.exact(code) {
            Some(more) => format!("{} {}", text.trim_end(), more.trim_start()),
            None => text.to_owned(),
        };
        translations = translations.and(code, joined);
    }
    for (code, text) in second.translations.iter() {
        if first.translations.exact(code).is_none() {
            translations = translations.and(code, text);
        }
    }
    merged.translations = translations;
    merged.heading = first.heading && second.heading;
    merged.context = first.context && second.context;
    let (kept, gone) = (first.number, second.number);
    if kept.0 == 0 {
        merged.number = gone;
    }
    let mut ops = vec![
        Op::Replace(index, Item::Sentence(merged)),
        Op::Remove(List::Sentences, index + 1),
    ];
    let mut moves = Moves::new();
    if kept.0 != 0 && gone.0 != 0 {
        moves.insert(gone, vec![kept]);
        for (i, sentence) in case.sentences.iter().enumerate().skip(index + 2) {
            if let Some(lower) = numbered(sentence.number.0.checked_sub(1)) {
                moves.entry(sentence.number).or_insert_with(|| vec![lower]);
                let moved = Sentence {
                    number: lower,
                    ..Sentence::clone(sentence)
                };
                ops.push(Op::Replace(i - 1, Item::Sentence(moved.into())));
            }
        }
    }
    ops.extend(references_moved(case, &moves));
    Some(Edit { ops })
}

/// Sentence `index` cut in two at byte `at` of its text (the splitter missed a sentence end).
/// Both parts must have words. Everything that cited the sentence cites both parts; the
/// sentences after it are numbered one higher, with every reference to them. A translation
/// stays with the first part (the author divides it). A sentence not yet numbered (number 0)
/// splits into two without numbers, and the sentences after it keep theirs.
pub fn split_at(case: &Case, index: usize, at: usize) -> Option<Edit> {
    let sentence = case.sentences.get(index)?;
    let before = sentence.original.get(..at)?.trim_end();
    let after = sentence.original.get(at..)?.trim_start();
    if before.is_empty() || after.is_empty() {
        return None;
    }
    let mut first = sentence.clone();
    first.original = before.to_owned();
    let cut = sentence.number;
    let next = numbered(cut.0.checked_add(1).filter(|_| cut.0 != 0));
    let second = Sentence {
        number: next.unwrap_or_default(),
        original: after.to_owned(),
        translations: Text::default(),
        heading: false,
        context: sentence.context,
    };
    let mut ops = vec![
        Op::Replace(index, Item::Sentence(first)),
        Op::Insert(index + 1, Item::Sentence(second.into())),
    ];
    let mut moves = Moves::new();
    if let Some(next) = next {
        moves.insert(cut, vec![cut, next]);
        for (i, sentence) in case.sentences.iter().enumerate().skip(index + 1) {
            if let Some(higher) =
                numbered(sentence.number.0.checked_add(1)).filter(|_| sentence.number.0 != 0)
            {
                moves.entry(sentence.number).or_insert_with(|| vec![higher]);
                let moved = Sentence {
                    number: higher,
                    ..Sentence::clone(sentence)
                };
                ops.push(Op::Replace(i + 1, Item::Sentence(moved.into())));
            }
        }
    }
    ops.extend(references_moved(case, &moves));
    Some(Edit { ops })
}

/// Where references to a sentence go after a merge or split: the numbers that take the place
/// of an old one. Numbers not listed stay.
type Moves = BTreeMap<SentenceNo, Vec<SentenceNo>>;

/// `number` as a sentence number, when it is one (not 0).
fn numbered(number: Option<u32>) -> Option<SentenceNo> {
    number.filter(|&n| n != 0).map(SentenceNo)
}

/// A `Replace` for every element that cites a sentence `moves` renumbers (evidence lists,
/// walkthrough steps), with each reference put where the sentence went. Each list keeps its
/// order (a step reads its sentences out in the order the author gave); a sentence that two
/// references now share is named once.
fn references_moved(case: &Case, moves: &Moves) -> Vec<Op> {
    let remap = |numbers: &[SentenceNo]| -> Option<Vec<SentenceNo>> {
        if !numbers.iter().any(|n| moves.contains_key(n)) {
            return None;
        }
        let mut mapped = Vec::with_capacity(numbers.len() + 1);
        for number in numbers {
            let to = moves
                .get(number)
                .map_or(std::slice::from_ref(number), Vec::as_slice);
            for &n in to {
                if !mapped.contains(&n) {
                    mapped.push(n);
                }
            }
        }
        (mapped != numbers).then_some(mapped)
    };
    let mut ops = Vec::new();
    for (i, c) in case.conditions.iter().enumerate() {
        if let Some(evidence) = remap(&c.evidence) {
            ops.push(Op::Replace(
                i,
                Item::Condition(Condition {
                    evidence,
                    ..c.clone()
                }),
            ));
        }
    }
    for (i, c) in case.consequences.iter().enumerate() {
        if let Some(evidence) = remap(&c.evidence) {
            ops.push(Op::Replace(
                i,
                Item::Consequence(Shared::new(Consequence {
                    evidence,
                    ..Consequence::clone(c)
                })),
            ));
        }
    }
    for (i, o) in case.objections.iter().enumerate() {
        if let Some(evidence) = remap(&o.evidence) {
            ops.push(Op::Replace(
                i,
                Item::Objection(Objection {
                    evidence,
                    ..o.clone()
                }),
            ));
        }
    }
    for (i, t) in case.tensions.iter().enumerate() {
        if let Some(evidence) = remap(&t.evidence) {
            ops.push(Op::Replace(
                i,
                Item::Tension(Tension {
                    evidence,
                    ..t.clone()
                }),
            ));
        }
    }
    for (i, w) in case.walkthroughs.iter().enumerate() {
        let mut changed = false;
        let mut walkthrough = w.clone();
        for step in &mut walkthrough.steps {
            if let Some(sentences) = remap(&step.sentences) {
                step.sentences = sentences;
                changed = true;
            }
        }
        if changed {
            ops.push(Op::Replace(i, Item::Walkthrough(walkthrough)));
        }
    }
    ops
}

/// `evidence` sorted, without repeats, without 0.
fn cited(evidence: &[SentenceNo]) -> Vec<SentenceNo> {
    let set: BTreeSet<SentenceNo> = evidence.iter().copied().filter(|n| n.0 > 0).collect();
    set.into_iter().collect()
}

/// An id from `text` not among `taken`.
fn fresh<'a>(taken: impl Iterator<Item = &'a str>, text: &Text, fallback: &str) -> String {
    let taken: BTreeSet<&str> = taken.collect();
    suggest_id(&first_text(text), fallback, |id| taken.contains(id))
}

/// The English text if there is one, else any.
fn first_text(text: &Text) -> String {
    text.exact("en")
        .or_else(|| text.iter().map(|(_, t)| t).next())
        .unwrap_or_default()
        .to_owned()
}

/// How many items `list` has in `case`.
pub fn list_len(case: &Case, list: List) -> usize {
    match list {
        List::Sentences => case.sentences.len(),
        List::Actors => case.actors.len(),
        List::Kinds => case.kinds.len(),
        List::Conditions => case.conditions.len(),
        List::Exclusive => case.exclusive.len(),
        List::Consequences => case.consequences.len(),
        List::Objections => case.objections.len(),
        List::Tensions => case.tensions.len(),
        List::Walkthroughs => case.walkthroughs.len(),
    }
}
