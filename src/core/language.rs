//! Languages: the two the window speaks ([`Lang`]), the code of any language a case is written
//! in ("en", "id", "fr", "pt-BR"), and [`Text`], a piece of content in one or more of them.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A language the window (and a handout) is shown in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Bahasa Indonesia.
    Id,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Self; 2] = [Self::En, Self::Id];

    /// The language's code, as case files write it.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Id => "id",
        }
    }

    /// The language's own name for itself, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Id => "Bahasa Indonesia",
        }
    }

    /// The window language whose code `locale` starts with (`id-ID` is Indonesian), if any.
    pub fn of_locale(locale: &str) -> Option<Self> {
        let primary = locale.split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The next window language, in menu order (after the last, the first again).
    pub fn next(self) -> Self {
        let at = Self::ALL
            .iter()
            .position(|l| *l == self)
            .unwrap_or_default();
        Self::ALL
            .get(at + 1)
            .or(Self::ALL.first())
            .copied()
            .unwrap_or_default()
    }
}

/// What to write instead of something that is not a language code but plainly means one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CodeHint {
    /// A language's name was written ("Indonesian"): its code is this.
    Named {
        /// What was written, trimmed.
        written: String,
        /// The code.
        code: &'static str,
    },
    /// The parts were joined with `_`: this is the code with `-`.
    Joined(String),
    /// The code was written in capitals: this is it in lower case.
    LowerCase(String),
}

/// Whether `code` looks like a language code: a primary language of 2 or 3 letters, then
/// optional parts of 2 to 8 letters or digits after dashes (`en`, `id`, `pt-BR`, `zh-Hant`).
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|part| {
            (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// What to write instead of `code`, when it is not a language code but plainly means one:
/// the code of a language written by name ("Indonesian" is `id`), its parts joined with `-`
/// (`fr-FR`), or in lower case (`id`). None when there is nothing better to say.
pub fn language_code_hint(code: &str) -> Option<CodeHint> {
    let lower = code.to_ascii_lowercase();
    let named = match lower.trim() {
        "english" | "inggris" | "bahasa inggris" => Some("en"),
        "indonesian" | "indonesia" | "bahasa indonesia" | "bahasa" => Some("id"),
        "french" | "français" | "francais" => Some("fr"),
        "german" | "deutsch" => Some("de"),
        "spanish" | "español" | "espanol" => Some("es"),
        "portuguese" | "português" | "portugues" => Some("pt"),
        "dutch" | "nederlands" | "belanda" => Some("nl"),
        "malay" | "melayu" | "bahasa melayu" => Some("ms"),
        _ => None,
    };
    if let Some(named) = named {
        return Some(CodeHint::Named {
            written: code.trim().to_owned(),
            code: named,
        });
    }
    let joined = code.replace('_', "-");
    if joined != code && is_language_code(&joined) {
        return Some(CodeHint::Joined(joined));
    }
    let mut parts = joined.split('-');
    let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
    let rest: Vec<&str> = parts.collect();
    let cased = std::iter::once(primary.as_str())
        .chain(rest.iter().copied())
        .collect::<Vec<_>>()
        .join("-");
    (cased != code && is_language_code(&cased)).then_some(CodeHint::LowerCase(cased))
}

/// A piece of content in one or more languages, by language code. In files:
/// `{"en": "Ceasefire reached", "id": "Gencatan senjata tercapai"}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    /// A text in one language.
    pub fn new(code: &str, text: impl Into<String>) -> Self {
        let mut texts = BTreeMap::new();
        texts.insert(code.to_owned(), text.into());
        Self(texts)
    }

    /// This text, also in `code`.
    #[must_use]
    pub fn and(mut self, code: &str, text: impl Into<String>) -> Self {
        self.set(code, text);
        self
    }

    /// Sets the text in `code`; an empty text removes that language.
    pub fn set(&mut self, code: &str, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            self.0.remove(code);
        } else {
            self.0.insert(code.to_owned(), text);
        }
    }

    /// The text in exactly this language, if it has one.
    pub fn exact(&self, code: &str) -> Option<&str> {
        self.0
            .get(code)
            .map(String::as_str)
            .filter(|text| !text.trim().is_empty())
    }

    /// The text to show in `lang`: its own, or another language's with the code it is in.
    /// The other window language comes first, then the rest in order of their codes.
    pub fn shown(&self, lang: Lang) -> Option<(&str, Option<&str>)> {
        if let Some(text) = self.exact(lang.code()) {
            return Some((text, None));
        }
        // Another window language the text has, else any language it has.
        Lang::ALL
            .iter()
            .map(|other| other.code())
            .find_map(|other| self.exact(other).map(|text| (text, Some(other))))
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(_, text)| !text.trim().is_empty())
                    .map(|(code, text)| (text.as_str(), Some(code.as_str())))
            })
    }

    /// The text to show in `lang`, never blank while any language has it: its own, or another
    /// language's marked with that language's code ("Runoff held [en]").
    pub fn get(&self, lang: Lang) -> Cow<'_, str> {
        match self.shown(lang) {
            Some((text, None)) => Cow::Borrowed(text),
            Some((text, Some(code))) => Cow::Owned(format!("{text} [{code}]")),
            None => Cow::Borrowed(""),
        }
    }

    /// Whether no language is given at all (not even an empty text).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether no language has any text.
    pub fn is_blank(&self) -> bool {
        self.0.values().all(|text| text.trim().is_empty())
    }

    /// The languages the text is in, by code, in order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Every language and its text, in order of the codes.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(code, text)| (code.as_str(), text.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_language_shows_another_with_a_marker() {
        let both = Text::new("en", "Ceasefire").and("id", "Gencatan senjata");
        assert_eq!(both.get(Lang::Id), "Gencatan senjata");
        let english = Text::new("en", "Ceasefire");
        assert_eq!(english.get(Lang::Id), "Ceasefire [en]");
        assert_eq!(english.get(Lang::En), "Ceasefire");
        let french = Text::new("fr", "Cessez-le-feu");
        assert_eq!(french.get(Lang::En), "Cessez-le-feu [fr]");
        assert_eq!(Text::default().get(Lang::En), "");
        assert!(Text::new("en", "  ").is_blank());
    }

    #[test]
    fn language_codes_are_checked_for_shape() {
        for good in ["en", "id", "fil", "pt-BR", "zh-Hant", "es-419"] {
            assert!(is_language_code(good), "{good}");
        }
        for bad in ["", "e", "EN", "english", "en_GB", "en-", "-en", "en-B"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
