//! The operations an edit is made of, and applying them with their inverses.

use crate::core::language::Text;
use crate::core::model::{
    Actor, Case, Condition, Consequence, DeclaredKind, Objection, Sentence, Source, Tension,
    Walkthrough,
};
use crate::core::shared::Shared;

/// The case's fields that are not lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The case's id.
    pub id: String,
    /// The article's language.
    pub language: String,
    /// The languages the case promises its texts in.
    pub languages: Vec<String>,
    /// The title.
    pub title: Text,
    /// The line about the source.
    pub about: Text,
    /// The source details.
    pub source: Source,
    /// The article's file, relative to the case's folder.
    pub article_file: Option<String>,
    /// The article's text, when the case holds it.
    pub article: Option<String>,
}

impl Header {
    /// The header of `case`.
    pub fn of(case: &Case) -> Self {
        Self {
            id: case.id.clone(),
            language: case.language.clone(),
            languages: case.languages.clone(),
            title: case.title.clone(),
            about: case.about.clone(),
            source: case.source.clone(),
            article_file: case.article_file.clone(),
            article: case.article.clone(),
        }
    }

    fn put(self, case: &mut Case) -> Self {
        let old = Self::of(case);
        case.id = self.id;
        case.language = self.language;
        case.languages = self.languages;
        case.title = self.title;
        case.about = self.about;
        case.source = self.source;
        case.article_file = self.article_file;
        case.article = self.article;
        old
    }
}

/// One element of one of the case's lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A sentence.
    Sentence(Shared<Sentence>),
    /// An actor.
    Actor(Actor),
    /// A declared kind.
    Kind(DeclaredKind),
    /// A condition.
    Condition(Condition),
    /// A set of exclusive conditions (by id).
    Exclusive(Vec<String>),
    /// A consequence.
    Consequence(Shared<Consequence>),
    /// An objection.
    Objection(Objection),
    /// A tension.
    Tension(Tension),
    /// A walkthrough.
    Walkthrough(Walkthrough),
}

/// Which of the case's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum List {
    /// `sentences`.
    Sentences,
    /// `actors`.
    Actors,
    /// `kinds`.
    Kinds,
    /// `conditions`.
    Conditions,
    /// `exclusive`.
    Exclusive,
    /// `consequences`.
    Consequences,
    /// `objections`.
    Objections,
    /// `tensions`.
    Tensions,
    /// `walkthroughs`.
    Walkthroughs,
}

impl Item {
    /// The list the item belongs in.
    pub fn list(&self) -> List {
        match self {
            Self::Sentence(_) => List::Sentences,
            Self::Actor(_) => List::Actors,
            Self::Kind(_) => List::Kinds,
            Self::Condition(_) => List::Conditions,
            Self::Exclusive(_) => List::Exclusive,
            Self::Consequence(_) => List::Consequences,
            Self::Objection(_) => List::Objections,
            Self::Tension(_) => List::Tensions,
            Self::Walkthrough(_) => List::Walkthroughs,
        }
    }
}

/// One change to a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// Put this header in place.
    Header(Header),
    /// Insert the item at this place in its list.
    Insert(usize, Item),
    /// Remove the item at this place of the list.
    Remove(List, usize),
    /// Put the item in place of the one at this place of its list.
    Replace(usize, Item),
    /// Move the item at the first place of the list to the second.
    Move(List, usize, usize),
}

/// A change to a case that is undone as one: a list of operations, applied in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Edit {
    /// The operations.
    pub ops: Vec<Op>,
}

impl Edit {
    /// An edit of one operation.
    pub fn one(op: Op) -> Self {
        Self { ops: vec![op] }
    }

    /// Whether the edit changes nothing.
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// Whether the edit, made to `case`, changes what the article shows: its sentences, or the
    /// article's language (which decides which text is the translation).
    pub fn touches_article(&self, case: &Case) -> bool {
        self.ops.iter().any(|op| match op {
            Op::Header(header) => header.language != case.language,
            Op::Insert(_, Item::Sentence(_)) | Op::Replace(_, Item::Sentence(_)) => true,
            Op::Remove(list, _) | Op::Move(list, _, _) => *list == List::Sentences,
            Op::Insert(..) | Op::Replace(..) => false,
        })
    }
}

/// An edit that cannot be applied: it names a place its list does not have, or puts an item
/// in a list of another kind. The case is left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an edit names place {at} of {list:?}, which has {len} items")]
pub struct EditError {
    /// The list.
    pub list: List,
    /// The place named.
    pub at: usize,
    /// How many items the list has.
    pub len: usize,
}

/// Applies `edit` to `case` and returns the edit that undoes it. On an error nothing changes.
pub fn apply(case: &mut Case, edit: &Edit) -> Result<Edit, EditError> {
    let mut inverse = Vec::with_capacity(edit.ops.len());
    for op in &edit.ops {
        match apply_op(case, op.clone()) {
            Ok(undo) => inverse.push(undo),
            Err(error) => {
                // Take back what this edit did so far, newest first.
                for undo in inverse.into_iter().rev() {
                    let _ = apply_op(case, undo);
                }
                return Err(error);
            }
        }
    }
    inverse.reverse();
    Ok(Edit { ops: inverse })
}

fn apply_op(case: &mut Case, op: Op) -> Result<Op, EditError> {
    match op {
        Op::Header(header) => Ok(Op::Header(header.put(case))),
        Op::Insert(at, item) => {
            let list = item.list();
            insert(case, at, item)?;
            Ok(Op::Remove(list, at))
        }
        Op::Remove(list, at) => Ok(Op::Insert(at, remove(case, list, at)?)),
        Op::Replace(at, item) => Ok(Op::Replace(at, replace(case, at, item)?)),
        Op::Move(list, from, to) => {
            let item = remove(case, list, from)?;
            if let Err(error) = insert(case, to, item.clone()) {
                let _ = insert(case, from, item);
                return Err(error);
            }
            Ok(Op::Move(list, to, from))
        }
    }
}

/// Runs `$body` with `$items` bound to the case's list for `$list` and `$wrap` to the item
/// variant that wraps its elements.
macro_rules! with_list {
    ($case:expr, $list:expr, |$items:ident, $wrap:ident| $body:expr) => {
        match $list {
            List::Sentences => {
                let $items = &mut $case.sentences;
                let $wrap = Item::Sentence;
                $body
            }
            List::Actors => {
                let $items = &mut $case.actors;
                let $wrap = Item::Actor;
                $body
            }
            List::Kinds => {
                let $items = &mut $case.kinds;
                let $wrap = Item::Kind;
                $body
            }
            List::Conditions => {
                let $items = &mut $case.conditions;
                let $wrap = Item::Condition;
                $body
            }
            List::Exclusive => {
                let $items = &mut $case.exclusive;
                let $wrap = Item::Exclusive;
                $body
            }
            List::Consequences => {
                let $items = &mut $case.consequences;
                let $wrap = Item::Consequence;
                $body
            }
            List::Objections => {
                let $items = &mut $case.objections;
                let $wrap = Item::Objection;
                $body
            }
            List::Tensions => {
                let $items = &mut $case.tensions;
                let $wrap = Item::Tension;
                $body
            }
            List::Walkthroughs => {
                let $items = &mut $case.walkthroughs;
                let $wrap = Item::Walkthrough;
                $body
            }
        }
    };
}

fn out_of_range(list: List, at: usize, len: usize) -> EditError {
    EditError { list, at, len }
}

fn insert(case: &mut Case, at: usize, item: Item) -> Result<(), EditError> {
    let list = item.list();
    macro_rules! put {
        ($items:expr, $value:expr) => {{
            let items = $items;
            if at > items.len() {
                return Err(out_of_range(list, at, items.len()));
            }
            items.insert(at, $value);
            Ok(())
        }};
    }
    match item {
        Item::Sentence(x) => put!(&mut case.sentences, x),
        Item::Actor(x) => put!(&mut case.actors, x),
        Item::Kind(x) => put!(&mut case.kinds, x),
        Item::Condition(x) => put!(&mut case.conditions, x),
        Item::Exclusive(x) => put!(&mut case.exclusive, x),
        Item::Consequence(x) => put!(&mut case.consequences, x),
        Item::Objection(x) => put!(&mut case.objections, x),
        Item::Tension(x) => put!(&mut case.tensions, x),
        Item::Walkthrough(x) => put!(&mut case.walkthroughs, x),
    }
}

fn remove(case: &mut Case, list: List, at: usize) -> Result<Item, EditError> {
    with_list!(case, list, |items, wrap| {
        if at >= items.len() {
            return Err(out_of_range(list, at, items.len()));
        }
        Ok(wrap(items.remove(at)))
    })
}

fn replace(case: &mut Case, at: usize, item: Item) -> Result<Item, EditError> {
    let list = item.list();
    macro_rules! swap {
        ($items:expr, $value:expr, $wrap:path) => {{
            let items = $items;
            let len = items.len();
            let slot = items.get_mut(at).ok_or(out_of_range(list, at, len))?;
            Ok($wrap(std::mem::replace(slot, $value)))
        }};
    }
    match item {
        Item::Sentence(x) => swap!(&mut case.sentences, x, Item::Sentence),
        Item::Actor(x) => swap!(&mut case.actors, x, Item::Actor),
        Item::Kind(x) => swap!(&mut case.kinds, x, Item::Kind),
        Item::Condition(x) => swap!(&mut case.conditions, x, Item::Condition),
        Item::Exclusive(x) => swap!(&mut case.exclusive, x, Item::Exclusive),
        Item::Consequence(x) => swap!(&mut case.consequences, x, Item::Consequence),
        Item::Objection(x) => swap!(&mut case.objections, x, Item::Objection),
        Item::Tension(x) => swap!(&mut case.tensions, x, Item::Tension),
        Item::Walkthrough(x) => swap!(&mut case.walkthroughs, x, Item::Walkthrough),
    }
}
