//! Looking things up in a case: by id, by place, by sentence number; the languages it
//! promises; the fingerprint of its sentences.

use super::{Actor, Case, Condition, Consequence, DeclaredKind, Objection, Sentence, Tension};
use crate::core::ids::{ConditionIx, ConsequenceIx, ObjectionIx, SentenceNo, TensionIx};
use crate::core::language::Lang;

impl Case {
    /// The languages the case promises its texts in: those it declares, or — when it declares
    /// none, as cases written before it could — the window's languages.
    pub fn promised_languages(&self) -> Vec<&str> {
        if self.languages.is_empty() {
            Lang::ALL.iter().map(|lang| lang.code()).collect()
        } else {
            self.languages.iter().map(String::as_str).collect()
        }
    }

    /// Whether the case promises its texts in `code`.
    pub fn promises(&self, code: &str) -> bool {
        if self.languages.is_empty() {
            Lang::ALL.iter().any(|lang| lang.code() == code)
        } else {
            self.languages.iter().any(|l| l == code)
        }
    }

    /// A fingerprint of the case's sentences (numbers and original text), so that a scenario
    /// can tell when the article under it changed. 64-bit FNV-1a, as 16 hex digits.
    pub fn fingerprint(&self) -> String {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut hash = OFFSET;
        let mut feed = |bytes: &[u8]| {
            for byte in bytes {
                hash ^= u64::from(*byte);
                hash = hash.wrapping_mul(PRIME);
            }
        };
        for sentence in &self.sentences {
            feed(&sentence.number.get().to_le_bytes());
            feed(sentence.original.as_bytes());
            feed(&[0]);
        }
        format!("{hash:016x}")
    }

    /// The sentence with this number.
    pub fn sentence(&self, number: SentenceNo) -> Option<&Sentence> {
        self.sentences
            .get(number.position()?)
            .filter(|sentence| sentence.number == number)
            .or_else(|| self.sentences.iter().find(|s| s.number == number))
            .map(|sentence| &**sentence)
    }

    /// The condition at `index`.
    pub fn condition_at(&self, index: ConditionIx) -> Option<&Condition> {
        self.conditions.get(index.0)
    }

    /// The consequence at `index`.
    pub fn consequence_at(&self, index: ConsequenceIx) -> Option<&Consequence> {
        self.consequences.get(index.0).map(|c| &**c)
    }

    /// The objection at `index`.
    pub fn objection_at(&self, index: ObjectionIx) -> Option<&Objection> {
        self.objections.get(index.0)
    }

    /// The tension at `index`.
    pub fn tension_at(&self, index: TensionIx) -> Option<&Tension> {
        self.tensions.get(index.0)
    }

    /// The kind a case declares with this id.
    pub fn declared_kind(&self, kind_id: &str) -> Option<&DeclaredKind> {
        self.kinds.iter().find(|kind| kind.id == kind_id)
    }

    /// The actor with this id.
    pub fn actor(&self, actor_id: &str) -> Option<&Actor> {
        self.actors.iter().find(|actor| actor.id == actor_id)
    }

    /// The condition with this id.
    pub fn condition(&self, condition_id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == condition_id)
    }

    /// The consequence with this id.
    pub fn consequence(&self, consequence_id: &str) -> Option<&Consequence> {
        self.consequences
            .iter()
            .find(|c| c.id == consequence_id)
            .map(|c| &**c)
    }

    /// The objections that contest `consequence_id`.
    pub fn objections_to<'a>(
        &'a self,
        consequence_id: &'a str,
    ) -> impl Iterator<Item = &'a Objection> + 'a {
        self.objections
            .iter()
            .filter(move |o| o.contests.iter().any(|id| id == consequence_id))
    }
}
