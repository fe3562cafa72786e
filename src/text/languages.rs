//! The names of the languages articles are written in, in the window's languages ("Indonesian",
//! "bahasa Indonesia"). A code without a name here is shown as the code.

use std::borrow::Cow;

use crate::core::Lang;

/// Language codes with their names in English and in Bahasa Indonesia.
const NAMES: &[(&str, &str, &str)] = &[
    ("ar", "Arabic", "bahasa Arab"),
    ("de", "German", "bahasa Jerman"),
    ("en", "English", "bahasa Inggris"),
    ("es", "Spanish", "bahasa Spanyol"),
    ("fil", "Filipino", "bahasa Filipina"),
    ("fr", "French", "bahasa Prancis"),
    ("hi", "Hindi", "bahasa Hindi"),
    ("id", "Indonesian", "bahasa Indonesia"),
    ("it", "Italian", "bahasa Italia"),
    ("ja", "Japanese", "bahasa Jepang"),
    ("jv", "Javanese", "bahasa Jawa"),
    ("ko", "Korean", "bahasa Korea"),
    ("ms", "Malay", "bahasa Melayu"),
    ("nl", "Dutch", "bahasa Belanda"),
    ("pt", "Portuguese", "bahasa Portugis"),
    ("ru", "Russian", "bahasa Rusia"),
    ("su", "Sundanese", "bahasa Sunda"),
    ("th", "Thai", "bahasa Thai"),
    ("tl", "Tagalog", "bahasa Tagalog"),
    ("uk", "Ukrainian", "bahasa Ukraina"),
    ("vi", "Vietnamese", "bahasa Vietnam"),
    ("zh", "Chinese", "bahasa Tionghoa"),
];

/// The name of the language with `code`, in `lang`: by its primary part (`pt-BR` is
/// Portuguese), or the code itself when Skenario does not know its name.
pub fn language_name_in(lang: Lang, code: &str) -> Cow<'static, str> {
    let primary = code.split('-').next().unwrap_or(code);
    NAMES
        .iter()
        .find(|(known, _, _)| *known == primary)
        .map_or_else(
            || Cow::Owned(format!("\u{201c}{code}\u{201d}")),
            |(_, english, indonesian)| {
                Cow::Borrowed(match lang {
                    Lang::En => *english,
                    Lang::Id => *indonesian,
                })
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_in_the_window_language() {
        assert_eq!(language_name_in(Lang::En, "id"), "Indonesian");
        assert_eq!(language_name_in(Lang::Id, "en"), "bahasa Inggris");
        assert_eq!(language_name_in(Lang::En, "pt-BR"), "Portuguese");
        assert_eq!(language_name_in(Lang::En, "xq"), "\u{201c}xq\u{201d}");
    }
}
