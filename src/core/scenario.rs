//! A scenario: a named set of condition states for one case, as a scenario file holds it.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::language::Lang;
use super::model::{Case, ConditionState, Consequence, FORMAT_VERSION, States};

/// A scenario: a named set of condition states for one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version of the file this came from.
    pub format_version: u32,
    /// The id of the case this scenario is for.
    pub case_id: String,
    /// Where the case file is, relative to the scenario file; none for a shipped case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_file: Option<String>,
    /// The fingerprint of the case's sentences when the scenario was saved, so that Skenario
    /// can warn when the article under the scenario changes. Saving from the window fills it
    /// in; a scenario written by hand may leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_fingerprint: Option<String>,
    /// When the scenario was saved: for each consequence (by id), a short hash of the original
    /// text of the sentences it cited ([`Scenario::evidence_hash`]). If the case changes, the
    /// loader names the consequences whose evidence changed. Empty in files written by hand or
    /// before this existed, which just means less detail.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "Scenario::unique_evidence"
    )]
    pub evidence: BTreeMap<String, String>,
    /// The scenario's name.
    pub name: String,
    /// The scenario's name in Bahasa Indonesia, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id: Option<String>,
    /// The condition states; conditions not listed are unknown.
    #[serde(default, deserialize_with = "Scenario::unique_states")]
    pub conditions: States,
    /// Free-text notes.
    #[serde(default)]
    pub notes: String,
}

impl Scenario {
    /// A scenario for `case` with every condition unknown.
    pub fn new(case: &Case, name: impl Into<String>) -> Self {
        let mut scenario = Self {
            format_version: FORMAT_VERSION,
            case_id: case.id.clone(),
            case_file: None,
            case_fingerprint: None,
            evidence: BTreeMap::new(),
            name: name.into(),
            name_id: None,
            conditions: States::new(),
            notes: String::new(),
        };
        scenario.stamp(case);
        scenario
    }

    /// Records `case` as it is now, just before saving: its fingerprint and, per consequence,
    /// the hash of its evidence, so that the next load can name what changed. States of
    /// conditions the case no longer has are dropped here; the warning shown when the scenario
    /// was opened named them.
    pub fn stamp(&mut self, case: &Case) {
        self.case_fingerprint = Some(case.fingerprint());
        self.evidence = case
            .consequences
            .iter()
            .map(|consequence| {
                (
                    consequence.id.clone(),
                    Self::evidence_hash(case, consequence),
                )
            })
            .collect();
        let known: std::collections::BTreeSet<&str> =
            case.conditions.iter().map(|c| c.id.as_str()).collect();
        self.conditions
            .retain(|condition_id, _| known.contains(condition_id.as_str()));
    }

    /// A short hash (8 hex digits) of the original text of the sentences `consequence` cites,
    /// in article order. Renumbering the article leaves it alone; changing, adding or removing
    /// a cited sentence changes it. 64-bit FNV-1a folded to 32 bits.
    pub fn evidence_hash(case: &Case, consequence: &Consequence) -> String {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut numbers = consequence.evidence.clone();
        numbers.sort_unstable();
        numbers.dedup();
        let mut hash = OFFSET;
        for sentence in numbers
            .into_iter()
            .filter_map(|number| case.sentence(number))
        {
            for byte in sentence.original.bytes().chain([0]) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(PRIME);
            }
        }
        let folded = (hash >> 32) ^ (hash & 0xffff_ffff);
        format!("{folded:08x}")
    }

    /// Reads `conditions`, refusing a condition listed twice (a plain map keeps the last).
    fn unique_states<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<States, D::Error> {
        Self::unique_keys(deserializer, "condition")
    }

    /// Reads `evidence`, refusing a consequence listed twice.
    fn unique_evidence<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<String, String>, D::Error> {
        Self::unique_keys(deserializer, "consequence")
    }

    fn unique_keys<'de, D, V>(
        deserializer: D,
        what: &'static str,
    ) -> Result<BTreeMap<String, V>, D::Error>
    where
        D: serde::Deserializer<'de>,
        V: Deserialize<'de>,
    {
        struct UniqueKeys<V> {
            what: &'static str,
            value: std::marker::PhantomData<V>,
        }
        impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for UniqueKeys<V> {
            type Value = BTreeMap<String, V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map from ids to values")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut entries = BTreeMap::new();
                while let Some((key, value)) = map.next_entry::<String, V>()? {
                    if entries.contains_key(&key) {
                        return Err(serde::de::Error::custom(format!(
                            "{} `{key}` is listed twice",
                            self.what
                        )));
                    }
                    entries.insert(key, value);
                }
                Ok(entries)
            }
        }
        deserializer.deserialize_map(UniqueKeys {
            what,
            value: std::marker::PhantomData,
        })
    }

    /// The name to show in `lang`.
    pub fn display_name(&self, lang: Lang) -> &str {
        match (lang, &self.name_id) {
            (Lang::Id, Some(name)) => name,
            _ => &self.name,
        }
    }

    /// The state of `condition_id` (unknown when not listed).
    pub fn state(&self, condition_id: &str) -> ConditionState {
        self.conditions
            .get(condition_id)
            .copied()
            .unwrap_or_default()
    }

    /// Sets a condition; `unknown` removes it from the list, keeping files small.
    pub fn set_state(&mut self, condition_id: &str, state: ConditionState) {
        if state == ConditionState::Unknown {
            self.conditions.remove(condition_id);
        } else {
            self.conditions.insert(condition_id.to_owned(), state);
        }
    }
}
