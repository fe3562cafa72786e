//! Ids for new elements, made from their titles: short, readable, unique in their list, and
//! never changed afterwards (a title may change; references keep working).

/// An id for an element titled `title`, not among those `taken` says are used: the title's
/// first words in lower case joined with `_` ("US joins the guarantees" → `us_joins_the_guarantees`),
/// shortened, with `_2`, `_3`… when the id is taken. `fallback` when the title has no letters
/// a–z or digits.
pub fn suggest_id(title: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    const MAX_WORDS: usize = 4;
    const MAX_LENGTH: usize = 32;
    let mut base = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
    {
        let word = word.to_ascii_lowercase();
        if !base.is_empty() && base.len() + 1 + word.len() > MAX_LENGTH {
            break;
        }
        if !base.is_empty() {
            base.push('_');
        }
        base.push_str(word.get(..MAX_LENGTH).unwrap_or(&word));
    }
    if base.is_empty() {
        fallback.clone_into(&mut base);
    }
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_like_their_titles_and_never_collide() {
        let none = |_: &str| false;
        assert_eq!(
            suggest_id("US joins the guarantees", "condition", none),
            "us_joins_the_guarantees"
        );
        assert_eq!(
            suggest_id("Gencatan senjata tercapai!", "condition", none),
            "gencatan_senjata_tercapai"
        );
        assert_eq!(suggest_id("Ящик", "condition", none), "condition");
        let taken = |id: &str| id == "recount" || id == "recount_2";
        assert_eq!(suggest_id("Recount", "x", taken), "recount_3");
        assert!(suggest_id(&"word ".repeat(40), "x", none).len() <= 32);
    }
}
