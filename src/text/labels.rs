//! The labels of the editor's fields, by field: what the author reads beside a field, and what
//! a screen reader calls it.

use std::borrow::Cow;

use super::words::Words;
use crate::core::edit::{Field, List, Place, StepPart};
use crate::core::found::ActorField;

impl Words {
    /// The label of `field` in the form of the element at `place`: what the author reads
    /// beside it, and what a screen reader calls it.
    pub fn field_label(&self, place: Place, field: Field) -> Cow<'static, str> {
        let w = self.editor;
        let list = match place {
            Place::Header => None,
            Place::Item(list, _) => Some(list),
        };
        Cow::Borrowed(match field {
            Field::Findings => w.check_title,
            Field::Id if list.is_none() => w.field_case_id,
            Field::Id => w.field_id,
            Field::Text(text) => w.text_label(list, text),
            Field::Language => w.field_language,
            Field::Languages => w.field_languages,
            Field::Source(detail) => self.source_field(detail.key()),
            Field::SentenceText => w.field_sentence_text,
            Field::Translation => w.sentence_translations,
            Field::Heading => w.sentence_heading,
            Field::Context => w.sentence_context,
            Field::Person => w.field_person,
            Field::Actor(ActorField::Actor) => w.field_actor,
            Field::Actor(ActorField::Claimant) if list == Some(List::Objections) => {
                w.field_voiced_by
            }
            Field::Actor(ActorField::Claimant) => w.field_claimant,
            Field::Actor(ActorField::By) => w.field_by,
            Field::Kind => w.field_kind,
            Field::Firmness => w.field_firmness,
            Field::Trigger if list == Some(List::Tensions) => w.field_when,
            Field::Trigger => w.field_trigger,
            Field::AppliesIf => w.field_applies_if,
            Field::Contests => w.field_contests,
            Field::Members => w.exclusive_members,
            Field::Evidence => w.field_evidence,
            Field::AddStep => w.add_step,
            Field::Buttons => w.field_buttons,
            Field::Step(k, part) => {
                let part = match part {
                    StepPart::Text(text) => w.text_label(list, text),
                    StepPart::Summary => w.field_step_summary,
                    StepPart::Buttons => w.field_step_buttons,
                };
                return Cow::Owned(format!("{} — {part}", (w.step_label)(k + 1)));
            }
        })
    }
}
