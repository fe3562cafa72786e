//! How much Skenario reads: the limits that keep a hostile or broken file from exhausting the
//! stack, the memory or the user's patience. Every limit is far beyond any real article.

/// Files larger than this are refused (before they are read).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Nesting deeper than this is refused by the parser, before it can exhaust the stack: groups,
/// lists and triggers inside each other each count (`not(…)` counts two, `all([…])` three), so
/// a consequence's trigger can nest about 28 `not`s or 19 `all`s deep.
pub const MAX_NESTING: usize = 64;

/// Most sentences a case may have. An article has dozens; this is a long book.
pub const MAX_SENTENCES: usize = 100_000;

/// Most actors, conditions, consequences, objections or tensions a case may have (each), and
/// most condition states or evidence entries a scenario may list. Far beyond any article, and
/// low enough that loading stays fast: a case with 10,000 consequences, chained 250 deep, loads
/// in under two seconds in a debug build.
pub const MAX_ITEMS: usize = 10_000;

/// How deep evaluating a consequence may go: its trigger's nesting plus, for each consequence it
/// builds on, that one's depth. Evaluation follows such chains by recursion, so this bounds the
/// stack it needs (a few hundred small frames). No real case comes near it.
pub const MAX_TRIGGER_DEPTH: usize = 256;

/// At most this many errors and this many warnings are listed for one file; the rest are
/// counted in a last finding. A file with a million mistakes gets a readable report, fast.
pub const MAX_LISTED: usize = 100;
