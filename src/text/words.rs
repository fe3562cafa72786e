//! Every word of one language, in one struct that each language fills.

use super::access::AccessWords;
use super::content::ContentWords;
use super::editor::EditorWords;
use super::explaining::Explaining;
use super::grading::GradeWords;
use super::handout::HandoutWords;
use super::sharing::SharingWords;
use super::window::WindowWords;
use std::borrow::Cow;

use crate::core::{Case, ConditionState, Firmness, Kind, Lang};

/// Every word of one language.
pub struct Words {
    /// The language.
    pub lang: Lang,
    /// The names of kinds, firmness and states.
    pub content: ContentWords,
    /// The words that explain an outcome.
    pub explaining: &'static Explaining,
    /// The window's words.
    pub window: WindowWords,
    /// The handouts' words.
    pub handout: HandoutWords,
    /// The case editor's words.
    pub editor: &'static EditorWords,
    /// What only a screen reader says.
    pub access: &'static AccessWords,
    /// The words of sharing: links, the QR code, the site, lessons.
    pub sharing: &'static SharingWords,
    /// The words of grading: exercises, comparisons with the teacher's case, their reports.
    pub grading: &'static GradeWords,
    /// The names of languages articles are written in, by code, in order of code.
    pub language_names: &'static [(&'static str, &'static str)],
}

impl Words {
    /// A kind of consequence: a built-in kind's name, or the name `case` declares for its own
    /// kind (its id when the case gives no name).
    pub fn kind<'a>(&self, case: &'a Case, kind: &'a Kind) -> Cow<'a, str> {
        if let Some(name) = (self.content.kind)(kind) {
            return Cow::Borrowed(name);
        }
        case.declared_kind(kind.key())
            .map(|declared| declared.label.get(self.lang))
            .filter(|label| !label.is_empty())
            .unwrap_or(Cow::Borrowed(kind.key()))
    }

    /// A firmness badge.
    pub fn firmness(&self, firmness: Firmness) -> &'static str {
        (self.content.firmness)(firmness)
    }

    /// What a firmness badge means.
    pub fn firmness_meaning(&self, firmness: Firmness) -> &'static str {
        (self.content.firmness_meaning)(firmness)
    }

    /// The name of a source detail (`outlet`, `author`, …).
    pub fn source_field(&self, field: &str) -> &'static str {
        (self.content.source_field)(field)
    }

    /// A condition state inside a phrase.
    pub fn state(&self, state: ConditionState) -> &'static str {
        (self.content.state)(state)
    }
}
