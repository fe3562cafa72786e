//! The names of the languages articles are written in, in the window's language ("Indonesian",
//! "bahasa Indonesia"): each language's folder has its table. A code without a name there is
//! shown as the code.

use std::borrow::Cow;

use crate::core::Lang;
use crate::text::Words;

/// The name of the language with `code`, in `lang`: by its primary part (`pt-BR` is
/// Portuguese), or the code itself when Skenario does not know its name.
pub fn language_name_in(lang: Lang, code: &str) -> Cow<'static, str> {
    let primary = code.split('-').next().unwrap_or(code);
    Words::get(lang)
        .language_names
        .iter()
        .find(|(known, _)| *known == primary)
        .map_or_else(
            || Cow::Owned(format!("\u{201c}{code}\u{201d}")),
            |(_, name)| Cow::Borrowed(*name),
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
