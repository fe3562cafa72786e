//! Finds where a value sits in RON text, so that problems found after parsing (a dangling id,
//! a duplicate) can be reported at `line:column` like syntax errors are.
//!
//! The scanner is tolerant: it never panics, and on text it cannot follow it simply knows less.
//! It is bounded too: it follows nesting only a little deeper than the parser accepts (so its
//! recursion cannot exhaust the stack), and it remembers a limited number of values (so a
//! huge file costs bounded memory; values past the budget are placed at their nearest
//! remembered parent).

use crate::core::diagnostics::{Position, Segment};
use crate::core::limits::MAX_NESTING;

/// The shape of a RON text with the position of every value in it.
#[derive(Debug, Clone)]
pub struct SourceMap {
    root: Option<Node>,
}

#[derive(Debug, Clone)]
struct Node {
    start: Position,
    body: Body,
}

/// What a value is. Scalars keep no text (only map keys need theirs), to keep the map small.
#[derive(Debug, Clone)]
enum Body {
    Scalar,
    List(Vec<Node>),
    /// Each entry's key, where the key starts, and its value.
    Map(Vec<(String, Position, Node)>),
    Struct(Vec<(String, Node)>),
    /// `name(…)`; only whether the name is `Some` matters.
    Tuple {
        is_some: bool,
        items: Vec<Node>,
    },
}

impl SourceMap {
    /// Scans `text`. Never fails; what cannot be followed is simply not mapped.
    pub fn new(text: &str) -> Self {
        Self::with_budget(text, MAX_REMEMBERED)
    }

    fn with_budget(text: &str, budget: usize) -> Self {
        let mut scanner = Scanner::new(text, budget);
        scanner.skip_trivia();
        scanner.skip_attributes();
        Self {
            root: scanner.value(0),
        }
    }

    /// The position of the value at `path`, or of the deepest value on the way that exists.
    pub fn position(&self, path: &[Segment]) -> Position {
        let Some(mut node) = self.root.as_ref() else {
            return Position::START;
        };
        for segment in path {
            node = node.unwrap_some();
            if let (Body::Map(entries), Segment::KeyName(wanted)) = (&node.body, segment) {
                return entries
                    .iter()
                    .find(|(key, _, _)| key == wanted)
                    .map_or(node.start, |(_, at, _)| *at);
            }
            match node.child(segment) {
                Some(child) => node = child,
                None => break,
            }
        }
        node.start
    }
}

impl Node {
    fn child(&self, segment: &Segment) -> Option<&Node> {
        match (&self.body, segment) {
            (Body::Struct(fields), Segment::Field(name)) => {
                fields.iter().find(|(key, _)| key == name).map(|(_, n)| n)
            }
            (Body::Map(entries), Segment::Key(wanted)) => entries
                .iter()
                .find(|(key, _, _)| key == wanted)
                .map(|(_, _, n)| n),
            (Body::List(items) | Body::Tuple { items, .. }, Segment::Index(i)) => items.get(*i),
            _ => None,
        }
    }

    /// `Some(x)` is transparent: paths describe the value inside it.
    fn unwrap_some(&self) -> &Node {
        match &self.body {
            Body::Tuple {
                is_some: true,
                items,
            } if items.len() == 1 => items.first().map_or(self, Node::unwrap_some),
            _ => self,
        }
    }
}

/// Nesting deeper than this is not mapped. The parser refuses anything deeper than
/// [`MAX_NESTING`] and counts at least one level wherever the scanner counts one, so every text
/// the parser accepts is mapped in full; the margin is for safety, the bound keeps the
/// recursion small.
const MAX_DEPTH: usize = 2 * MAX_NESTING;

/// At most this many values are remembered (about 50 MiB); later ones are scanned, not kept.
/// A case at Skenario's limits (100,000 sentences, 10,000 consequences) needs about half of it.
/// The top-level value and its fields are always remembered, so problems about a whole list
/// (too many items) are placed exactly in any file.
const MAX_REMEMBERED: usize = 1 << 20;

struct Scanner<'a> {
    rest: std::str::Chars<'a>,
    line: usize,
    column: usize,
    /// How many more values may be remembered.
    budget: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, budget: usize) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Self {
            rest: text.chars(),
            line: 1,
            column: 1,
            budget,
        }
    }

    /// Whether a value at `depth` may be remembered (and counts it). The top-level value's
    /// fields and items (depth 1) always are.
    fn remember(&mut self, depth: usize) -> bool {
        if depth <= 1 {
            return true;
        }
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        true
    }

    fn peek(&self) -> Option<char> {
        self.rest.clone().next()
    }

    fn peek_second(&self) -> Option<char> {
        let mut ahead = self.rest.clone();
        ahead.next();
        ahead.next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.rest.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_second()) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                (Some('/'), Some('*')) => self.skip_block_comment(),
                _ => return,
            }
        }
    }

    fn skip_block_comment(&mut self) {
        self.bump();
        self.bump();
        let mut depth = 1_usize;
        while depth > 0 {
            match (self.bump(), self.peek()) {
                (None, _) => return,
                (Some('*'), Some('/')) => {
                    self.bump();
                    depth -= 1;
                }
                (Some('/'), Some('*')) => {
                    self.bump();
                    depth += 1;
                }
                _ => {}
            }
        }
    }

    /// Skips `#![enable(...)]` lines.
    fn skip_attributes(&mut self) {
        while self.peek() == Some('#') {
            while let Some(c) = self.bump() {
                if c == ']' {
                    break;
                }
            }
            self.skip_trivia();
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_trivia();
        let start = self.position();
        let body = match self.peek()? {
            '"' => {
                self.string();
                Body::Scalar
            }
            '[' => {
                self.bump();
                Body::List(self.items(']', depth)?)
            }
            '{' => {
                self.bump();
                Body::Map(self.map_entries(depth)?)
            }
            '(' => self.parenthesised(false, depth)?,
            'r' if matches!(self.peek_second(), Some('#' | '"')) => {
                self.bump();
                self.raw_string();
                Body::Scalar
            }
            'b' if self.peek_second() == Some('"') => {
                self.bump();
                self.string();
                Body::Scalar
            }
            '\'' => {
                self.char_literal();
                Body::Scalar
            }
            c if c == '_' || c.is_alphabetic() => {
                let name = self.identifier();
                self.skip_trivia();
                if self.peek() == Some('(') {
                    self.parenthesised(name == "Some", depth)?
                } else {
                    Body::Scalar
                }
            }
            _ => {
                self.bare_word();
                Body::Scalar
            }
        };
        Some(Node { start, body })
    }

    /// A map key: its text when it is a string, otherwise empty.
    fn key(&mut self, depth: usize) -> Option<String> {
        self.skip_trivia();
        match (self.peek()?, self.peek_second()) {
            ('"', _) => Some(self.string()),
            ('r', Some('#' | '"')) => {
                self.bump();
                Some(self.raw_string())
            }
            _ => {
                self.value(depth)?;
                Some(String::new())
            }
        }
    }

    fn lookahead(&self) -> Scanner<'a> {
        Scanner {
            rest: self.rest.clone(),
            line: self.line,
            column: self.column,
            budget: 0,
        }
    }

    fn parenthesised(&mut self, is_some: bool, depth: usize) -> Option<Body> {
        self.bump();
        self.skip_trivia();
        if self.looks_like_field() {
            let mut fields = Vec::new();
            loop {
                self.skip_trivia();
                match self.peek()? {
                    ')' => {
                        self.bump();
                        return Some(Body::Struct(fields));
                    }
                    ',' => {
                        self.bump();
                    }
                    _ => {
                        let key = self.identifier();
                        self.skip_trivia();
                        if self.bump()? != ':' {
                            return None;
                        }
                        let value = self.value(depth + 1)?;
                        if self.remember(depth + 1) {
                            fields.push((key, value));
                        }
                    }
                }
            }
        }
        let items = self.items(')', depth)?;
        Some(Body::Tuple { is_some, items })
    }

    fn looks_like_field(&self) -> bool {
        let mut ahead = self.lookahead();
        match ahead.peek() {
            Some(c) if c == '_' || c.is_alphabetic() => {
                if c == 'r' && matches!(ahead.peek_second(), Some('#' | '"')) {
                    return false;
                }
                ahead.identifier();
                ahead.skip_trivia();
                ahead.peek() == Some(':')
            }
            _ => false,
        }
    }

    fn items(&mut self, close: char, depth: usize) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek()? {
                c if c == close => {
                    self.bump();
                    return Some(items);
                }
                ',' => {
                    self.bump();
                }
                _ => {
                    let item = self.value(depth + 1)?;
                    if self.remember(depth + 1) {
                        items.push(item);
                    }
                }
            }
        }
    }

    fn map_entries(&mut self, depth: usize) -> Option<Vec<(String, Position, Node)>> {
        let mut entries = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek()? {
                '}' => {
                    self.bump();
                    return Some(entries);
                }
                ',' => {
                    self.bump();
                }
                _ => {
                    let at = self.position();
                    let key = self.key(depth + 1)?;
                    self.skip_trivia();
                    if self.bump()? != ':' {
                        return None;
                    }
                    let value = self.value(depth + 1)?;
                    if self.remember(depth + 1) {
                        entries.push((key, at, value));
                    }
                }
            }
        }
    }

    fn identifier(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if c == '_' || c == '#' || c.is_alphanumeric() {
                name.push(c);
                self.bump();
            } else {
                break;
            }
        }
        name
    }

    fn bare_word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_whitespace() || matches!(c, ',' | ')' | ']' | '}' | ':') {
                break;
            }
            word.push(c);
            self.bump();
        }
        if word.is_empty() {
            // An unexpected character: step over it so scanning always advances.
            if let Some(c) = self.bump() {
                word.push(c);
            }
        }
        word
    }

    fn string(&mut self) -> String {
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => match self.bump() {
                    Some('n') => text.push('\n'),
                    Some('t') => text.push('\t'),
                    Some(other) => text.push(other),
                    None => break,
                },
                other => text.push(other),
            }
        }
        text
    }

    fn raw_string(&mut self) -> String {
        let mut hashes = 0_usize;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.bump() {
            if c == '"' {
                let mut closing = 0;
                while closing < hashes && self.peek() == Some('#') {
                    self.bump();
                    closing += 1;
                }
                if closing == hashes {
                    return text;
                }
                text.push('"');
                text.extend(std::iter::repeat_n('#', closing));
            } else {
                text.push(c);
            }
        }
        text
    }

    fn char_literal(&mut self) -> String {
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.bump() {
            match c {
                '\'' => break,
                '\\' => {
                    if let Some(escaped) = self.bump() {
                        text.push(escaped);
                    }
                }
                other => text.push(other),
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    const TEXT: &str = r#"// a comment
(
    id: "x",
    items: [
        (name: "a", trigger: all([condition("p"), not(consequence("q"))])),
        (name: "b" /* inline */, note: Some((en: "e", id: "i"))),
    ],
    states: { "ceasefire": yes, "us_joins": no },
)"#;

    #[test]
    fn finds_fields_list_items_and_enum_contents() {
        let map = SourceMap::new(TEXT);
        assert_eq!(map.position(&[]), at(2, 1));
        assert_eq!(map.position(&[Segment::Field("id")]), at(3, 9));
        let first = [Segment::Field("items"), Segment::Index(0)];
        assert_eq!(map.position(&first), at(5, 9));
        let trigger = [first.as_slice(), &[Segment::Field("trigger")]].concat();
        assert_eq!(map.position(&trigger), at(5, 30));
        let inner = [
            trigger.as_slice(),
            &[
                Segment::Index(0),
                Segment::Index(1),
                Segment::Index(0),
                Segment::Index(0),
            ],
        ]
        .concat();
        assert_eq!(map.position(&inner), at(5, 67));
    }

    #[test]
    fn looks_through_some_and_into_maps() {
        let map = SourceMap::new(TEXT);
        let note_en = [
            Segment::Field("items"),
            Segment::Index(1),
            Segment::Field("note"),
            Segment::Field("en"),
        ];
        assert_eq!(map.position(&note_en), at(6, 50));
        let us = [Segment::Field("states"), Segment::Key("us_joins".into())];
        assert_eq!(map.position(&us), at(8, 45));
    }

    #[test]
    fn a_missing_step_stops_at_the_deepest_known_value() {
        let map = SourceMap::new(TEXT);
        let path = [Segment::Field("items"), Segment::Index(7)];
        assert_eq!(map.position(&path), at(4, 12));
    }

    #[test]
    fn nesting_deeper_than_the_parser_accepts_is_not_followed() {
        let deep = format!("(a: {}1{})", "[".repeat(100_000), "]".repeat(100_000));
        let map = SourceMap::new(&deep);
        assert_eq!(map.position(&[Segment::Field("a")]), Position::START);
        let mapped = format!(
            "(a: {}1{})",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        let path: Vec<Segment> = std::iter::once(Segment::Field("a"))
            .chain(std::iter::repeat_n(Segment::Index(0), MAX_DEPTH - 1))
            .collect();
        assert_eq!(
            SourceMap::new(&mapped).position(&path),
            at(1, 4 + MAX_DEPTH)
        );
    }

    #[test]
    fn values_past_the_budget_are_placed_at_their_remembered_parent() {
        let text = "(\n    a: [(x: 1), (x: 2)],\n    b: [1, 2, 3],\n)";
        let map = SourceMap::with_budget(text, 2);
        let first_x = [Segment::Field("a"), Segment::Index(0), Segment::Field("x")];
        assert_eq!(map.position(&first_x), at(2, 13));
        let second = [Segment::Field("a"), Segment::Index(1)];
        assert_eq!(map.position(&second), at(2, 8), "past the budget: the list");
        let b = [Segment::Field("b"), Segment::Index(2)];
        assert_eq!(
            map.position(&b),
            at(3, 8),
            "top-level fields are always kept"
        );
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "",
            "(",
            "([{",
            "\"unterminated",
            "r#\"x",
            "/* open",
            "(a: ",
            "'",
            "))))",
        ] {
            let map = SourceMap::new(text);
            let _ = map.position(&[Segment::Field("a"), Segment::Index(3)]);
        }
    }
}
