//! Escaping every string that came from a file, so that a case cannot add markup, scripts or
//! links to a handout.

use crate::text::phrases::one_line;

/// Escapes `& < > " '` for HTML text and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Escapes text for Markdown so that it reads as plain text: backslash escapes before the
/// characters that could start markup, a link, an entity or raw HTML (`` \ ` * _ [ ] < > # | & ~ ``),
/// and before a leading `-`, `+` or `=` or the `.`/`)` after leading digits, which could start
/// a list or a heading. Line breaks and runs of spaces become one space.
pub fn escape_markdown(text: &str) -> String {
    let text = one_line(text);
    let mut escaped = String::with_capacity(text.len() + 8);
    let mut leading_digits = true;
    for (position, character) in text.char_indices() {
        let at_start = position == 0;
        let needs_escape = matches!(
            character,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '&' | '~'
        ) || (at_start && matches!(character, '-' | '+' | '='))
            || (leading_digits && !at_start && matches!(character, '.' | ')'));
        leading_digits = leading_digits && character.is_ascii_digit();
        if needs_escape {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_covers_the_five_characters() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn markdown_escaping_keeps_text_plain() {
        assert_eq!(
            escape_markdown("*bold* _it_ `code`"),
            r"\*bold\* \_it\_ \`code\`"
        );
        assert_eq!(
            escape_markdown("[link](x) <b> a|b #1"),
            r"\[link\](x) \<b\> a\|b \#1"
        );
        assert_eq!(escape_markdown("- item"), r"\- item");
        assert_eq!(escape_markdown("+ item"), r"\+ item");
        assert_eq!(escape_markdown("1984. A year"), r"1984\. A year");
        assert_eq!(
            escape_markdown("26 countries, 3.5 km"),
            "26 countries, 3.5 km"
        );
        assert_eq!(escape_markdown("a - b"), "a - b");
        assert_eq!(
            escape_markdown("line\n# not a heading"),
            r"line \# not a heading"
        );
        assert_eq!(escape_markdown(r"back\slash &amp;"), r"back\\slash \&amp;");
    }
}
