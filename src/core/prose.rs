//! Numbers and lists written for people, as the messages about a file use them.

/// `250000` as `250,000`.
pub fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `a, b, c` — or the first few and how many more.
pub fn listing(items: &[String]) -> String {
    listing_of(items, 0)
}

/// Like [`listing`], for a list of which `items` are the first and `unnamed` more follow.
pub fn listing_of(items: &[String], unnamed: usize) -> String {
    const SHOWN: usize = 5;
    let shown = items.get(..SHOWN).unwrap_or(items).join(", ");
    match (items.len() + unnamed).checked_sub(SHOWN) {
        Some(more) if more > 0 => format!("{shown} and {} more", thousands(more)),
        _ => shown,
    }
}

/// "sentence 4" or "sentences 4, 5 and 9", in article order (the first few of a long list).
pub fn sentence_list(numbers: impl IntoIterator<Item = u32>) -> String {
    const SHOWN: usize = 10;
    let mut numbers: Vec<u32> = numbers.into_iter().collect();
    numbers.sort_unstable();
    numbers.dedup();
    let words: Vec<String> = numbers
        .iter()
        .take(SHOWN)
        .map(ToString::to_string)
        .collect();
    if numbers.len() > SHOWN {
        return format!(
            "sentences {} and {} more",
            words.join(", "),
            thousands(numbers.len() - SHOWN)
        );
    }
    match words.as_slice() {
        [] => "no sentence".to_owned(),
        [one] => format!("sentence {one}"),
        [rest @ .., last] => format!("sentences {} and {last}", rest.join(", ")),
    }
}

/// `numbers` (in order) written with runs shortened: "1–5, 8, 10–17".
pub fn number_ranges(numbers: &[u32]) -> String {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for &n in numbers {
        match runs.last_mut() {
            Some((_, end)) if end.checked_add(1) == Some(n) => *end = n,
            _ => runs.push((n, n)),
        }
    }
    let written: Vec<String> = runs
        .iter()
        .map(|&(start, end)| match end - start {
            0 => start.to_string(),
            1 => format!("{start}, {end}"),
            _ => format!("{start}–{end}"),
        })
        .collect();
    written.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_lists_read_as_words() {
        assert_eq!(thousands(250_000), "250,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(sentence_list([9, 4, 5, 4]), "sentences 4, 5 and 9");
        assert_eq!(sentence_list([3]), "sentence 3");
        let many: Vec<String> = (1..=7).map(|i| format!("x{i}")).collect();
        assert_eq!(listing(&many), "x1, x2, x3, x4, x5 and 2 more");
    }

    #[test]
    fn runs_of_numbers_are_shortened() {
        assert_eq!(number_ranges(&[1, 2, 3, 5, 7, 8]), "1–3, 5, 7, 8");
    }
}
