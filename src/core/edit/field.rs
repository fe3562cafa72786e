//! Names for what a form is made of: which element ([`Place`]), which of its fields
//! ([`Field`]) and, for a text, in which language — together one [`FieldKey`]. The key names a
//! field everywhere it matters: the window derives the ids of the field's widgets from it (so
//! nothing that appears or goes above a field can move the keyboard out of it), typing in it
//! is one undo step (its topic), a finding leads to it, and its label comes from an exhaustive
//! match on [`Field`] in the window's words.

use super::ops::List;
use crate::core::diagnostics::{Finding, Segment};
use crate::core::found::{ActorField, Found, TextField};

/// Which element of the case: its header (title, language, source), or one element of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// The title, languages and source details.
    Header,
    /// The element at this place of this list.
    Item(List, usize),
}

/// The list a finding's path starts in (`sentences`, `consequences`…); none for the header.
fn list_named(segment: Option<&Segment>) -> Option<List> {
    Some(match segment? {
        Segment::Field("sentences") => List::Sentences,
        Segment::Field("actors") => List::Actors,
        Segment::Field("kinds") => List::Kinds,
        Segment::Field("conditions") => List::Conditions,
        Segment::Field("exclusive") => List::Exclusive,
        Segment::Field("consequences") => List::Consequences,
        Segment::Field("objections") => List::Objections,
        Segment::Field("tensions") => List::Tensions,
        Segment::Field("walkthroughs") => List::Walkthroughs,
        _ => return None,
    })
}

impl Place {
    /// The element a finding is about: the list and place its path starts with, or the header.
    /// None for a finding about a whole list ("the case has no conditions yet").
    pub fn of_finding(finding: &Finding) -> Option<Self> {
        let Some(list) = list_named(finding.path.first()) else {
            return Some(Self::Header);
        };
        match finding.path.get(1) {
            Some(Segment::Index(at)) => Some(Self::Item(list, *at)),
            _ => None,
        }
    }
}

/// One of the source details of the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceField {
    /// The publication.
    Outlet,
    /// Who wrote it.
    Author,
    /// When it was published.
    Date,
    /// Where it can be read.
    Url,
    /// Its licence.
    Licence,
    /// A credit line.
    Credit,
    /// Which version of the story.
    Version,
}

impl SourceField {
    /// Every detail, in the order the form shows them.
    pub const ALL: [Self; 7] = [
        Self::Outlet,
        Self::Author,
        Self::Date,
        Self::Url,
        Self::Licence,
        Self::Credit,
        Self::Version,
    ];

    /// The field's name in the file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Outlet => "outlet",
            Self::Author => "author",
            Self::Date => "date",
            Self::Url => "url",
            Self::Licence => "licence",
            Self::Credit => "credit",
            Self::Version => "version",
        }
    }

    fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|field| field.key() == name)
    }
}

/// A part of one walkthrough step's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepPart {
    /// One of its texts (title, narration, question, answer).
    Text(TextField),
    /// What it sets and points at.
    Summary,
    /// Move up, move down, remove, preview.
    Buttons,
}

/// A field of an element's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// What check says about the element, above its form.
    Findings,
    /// The element's id (renamed from the form).
    Id,
    /// One of its texts.
    Text(TextField),
    /// The header: the article's language.
    Language,
    /// The header: the languages the case promises its texts in.
    Languages,
    /// The header: one of the source details.
    Source(SourceField),
    /// A sentence's own text (read, never changed: the cursor in it says where to split).
    SentenceText,
    /// A sentence's translations.
    Translation,
    /// A sentence is a heading.
    Heading,
    /// A sentence is left out on purpose.
    Context,
    /// An actor's person.
    Person,
    /// Who acts, who says so, who objects.
    Actor(ActorField),
    /// A consequence's kind.
    Kind,
    /// A consequence's firmness.
    Firmness,
    /// A consequence's trigger, or when a tension holds.
    Trigger,
    /// When a condition applies.
    AppliesIf,
    /// What an objection contests.
    Contests,
    /// The conditions of an exclusive set.
    Members,
    /// The sentences an element cites.
    Evidence,
    /// A part of step `k` (from 0) of a walkthrough.
    Step(usize, StepPart),
    /// A walkthrough's button that adds a step.
    AddStep,
    /// Move up, move down and remove the element.
    Buttons,
}

impl Field {
    /// The field a path names inside an element of `list` (the path after the element's place).
    fn in_element(list: List, rest: &[Segment]) -> Option<Self> {
        use TextField as T;
        let name = match rest.first() {
            Some(Segment::Field(name)) => *name,
            Some(Segment::Index(_)) if list == List::Exclusive => return Some(Self::Members),
            _ => return None,
        };
        Some(match (list, name) {
            (_, "id") => Self::Id,
            (List::Kinds, "label") | (_, "name") => Self::Text(T::Name),
            (_, "label") => Self::Text(T::Label),
            (_, "title") => Self::Text(T::Title),
            (_, "description") => Self::Text(T::Description),
            (_, "role") => Self::Text(T::Role),
            (_, "statement") => Self::Text(T::Statement),
            (_, "explanation") => Self::Text(T::Explanation),
            (_, "note") => Self::Text(T::Note),
            (_, "person") => Self::Person,
            (_, "original" | "number") => Self::SentenceText,
            (_, "translations") => Self::Translation,
            (_, "heading") => Self::Heading,
            (_, "context") => Self::Context,
            (_, "actor") => Self::Actor(ActorField::Actor),
            (_, "claimant") => Self::Actor(ActorField::Claimant),
            (_, "by") => Self::Actor(ActorField::By),
            (_, "kind") => Self::Kind,
            (_, "firmness") => Self::Firmness,
            (_, "trigger" | "when") => Self::Trigger,
            (_, "applies_if") => Self::AppliesIf,
            (_, "contests") => Self::Contests,
            (_, "evidence") => Self::Evidence,
            (List::Walkthroughs, "steps") => match rest.get(1..) {
                Some([Segment::Index(k), Segment::Field(part), ..]) => {
                    let part = match *part {
                        "title" => StepPart::Text(T::Title),
                        "narration" => StepPart::Text(T::Narration),
                        "question" => StepPart::Text(T::Question),
                        "answer" => StepPart::Text(T::Answer),
                        _ => StepPart::Summary,
                    };
                    Self::Step(*k, part)
                }
                Some([Segment::Index(k)]) => Self::Step(*k, StepPart::Text(T::Title)),
                _ => Self::AddStep,
            },
            _ => return None,
        })
    }

    /// The field a path names in the header.
    fn in_header(path: &[Segment]) -> Option<Self> {
        Some(match path {
            [Segment::Field("title"), ..] => Self::Text(TextField::Title),
            [Segment::Field("about"), ..] => Self::Text(TextField::About),
            [Segment::Field("language"), ..] => Self::Language,
            [Segment::Field("languages"), ..] => Self::Languages,
            [Segment::Field("id"), ..] => Self::Id,
            [Segment::Field("source"), Segment::Field(name), ..] => {
                Self::Source(SourceField::named(name)?)
            }
            _ => return None,
        })
    }

    /// The field a form takes the keyboard to when it opens: the element's first text (its
    /// title, label, name or statement). None where a form has no text to type first (a
    /// sentence, whose text is the article's; an exclusive set).
    pub fn first_of(place: Place) -> Option<Self> {
        let text = match place {
            Place::Header => TextField::Title,
            Place::Item(List::Actors | List::Kinds, _) => TextField::Name,
            Place::Item(List::Conditions, _) => TextField::Label,
            Place::Item(List::Objections, _) => TextField::Statement,
            Place::Item(List::Consequences | List::Tensions | List::Walkthroughs, _) => {
                TextField::Title
            }
            Place::Item(List::Sentences | List::Exclusive, _) => return None,
        };
        Some(Self::Text(text))
    }

    /// Whether the field is a text in one language or several (a key names its language).
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Self::Text(_) | Self::Translation | Self::Step(_, StepPart::Text(_))
        )
    }
}

/// One field of one element, and for a text its language: the name of a place the keyboard
/// can be in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldKey {
    /// Whose field.
    pub place: Place,
    /// Which.
    pub field: Field,
    /// For a text, the language (a code); none for any other field.
    pub language: Option<String>,
}

impl FieldKey {
    /// Field `field` of the element at `place`.
    pub fn new(place: Place, field: Field) -> Self {
        Self {
            place,
            field,
            language: None,
        }
    }

    /// The same field's version in `code`.
    #[must_use]
    pub fn in_language(mut self, code: &str) -> Self {
        self.language = Some(code.to_owned());
        self
    }

    /// The same field in no language in particular (the text as a whole).
    #[must_use]
    pub fn whole(mut self) -> Self {
        self.language = None;
        self
    }

    /// The field a finding is about, when it names one: a text and the language it lacks (or
    /// names wrongly), a picker, the evidence… None when it is about an element as a whole.
    pub fn of_finding(finding: &Finding) -> Option<Self> {
        let place = Place::of_finding(finding)?;
        let field = match place {
            Place::Header => Field::in_header(&finding.path)?,
            Place::Item(list, _) => Field::in_element(list, finding.path.get(2..)?)?,
        };
        let language = match &finding.found {
            Found::MissingLanguage { language, .. }
            | Found::ManyMissingLanguage { language, .. } => Some(language.clone()),
            _ if field.is_text() => finding.path.iter().rev().find_map(|segment| match segment {
                Segment::KeyName(code) => Some(code.clone()),
                _ => None,
            }),
            _ => None,
        };
        Some(Self {
            place,
            field,
            language,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnostics::Severity;
    use crate::core::found::{Owner, ShownInstead, TextRef};

    fn finding(path: Vec<Segment>, found: Found) -> Finding {
        Finding {
            severity: Severity::Warning,
            path,
            found,
        }
    }

    #[test]
    fn a_finding_leads_to_its_field_and_language() {
        let missing = finding(
            vec![
                Segment::Field("consequences"),
                Segment::Index(2),
                Segment::Field("title"),
            ],
            Found::MissingLanguage {
                text: TextRef {
                    owner: Owner::Case,
                    field: TextField::Title,
                },
                language: "id".to_owned(),
                shown: ShownInstead::Language("en".to_owned()),
            },
        );
        assert_eq!(
            FieldKey::of_finding(&missing),
            Some(
                FieldKey::new(
                    Place::Item(List::Consequences, 2),
                    Field::Text(TextField::Title)
                )
                .in_language("id")
            )
        );
        let step = finding(
            vec![
                Segment::Field("walkthroughs"),
                Segment::Index(0),
                Segment::Field("steps"),
                Segment::Index(3),
                Segment::Field("narration"),
            ],
            Found::NoSteps,
        );
        assert_eq!(
            FieldKey::of_finding(&step).map(|key| key.field),
            Some(Field::Step(3, StepPart::Text(TextField::Narration)))
        );
        let header = finding(
            vec![Segment::Field("source"), Segment::Field("date")],
            Found::NoSteps,
        );
        assert_eq!(
            FieldKey::of_finding(&header),
            Some(FieldKey::new(
                Place::Header,
                Field::Source(SourceField::Date)
            ))
        );
        let whole_list = finding(vec![Segment::Field("conditions")], Found::NoConditions);
        assert_eq!(Place::of_finding(&whole_list), None);
        assert_eq!(FieldKey::of_finding(&whole_list), None);
    }

    #[test]
    fn a_language_code_named_wrongly_leads_to_that_version() {
        let bad = finding(
            vec![
                Segment::Field("actors"),
                Segment::Index(1),
                Segment::Field("role"),
                Segment::KeyName("ID".to_owned()),
            ],
            Found::TextLanguage("ID".to_owned(), None),
        );
        let key = FieldKey::of_finding(&bad);
        assert_eq!(key.and_then(|k| k.language), Some("ID".to_owned()));
    }
}
