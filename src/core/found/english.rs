//! How `skenario check` says what it found: in English, with the file's own syntax (ids in
//! backticks, fields by their names in the file), for authors who write RON by hand.

use std::fmt;

use super::{
    ArticlePlace, CodeHint, DriftDetail, ElementKind, Found, IdHint, Owner, ShownInstead,
    TextField, TextRef, Unlisted,
};
use crate::core::language::Lang;
use crate::core::prose::{listing, listing_of, number_ranges, sentence_list, thousands};

impl fmt::Display for TextRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ElementKind as K;
        use TextField as F;
        match (&self.owner, self.field) {
            (Owner::Case, F::About) => f.write_str("line about the source"),
            (Owner::Case, _) => f.write_str("title"),
            (Owner::Element(K::Actor, id), F::Role) => write!(f, "role for actor `{id}`"),
            (Owner::Element(kind @ (K::Actor | K::Kind), id), _) => {
                write!(f, "name for {} `{id}`", kind.word())
            }
            (Owner::Element(K::Condition, id), F::Description) => {
                write!(f, "description of condition `{id}`")
            }
            (Owner::Element(K::Condition, id), _) => write!(f, "label for condition `{id}`"),
            (Owner::Element(K::Consequence, id), F::Note) => {
                write!(f, "note on consequence `{id}`")
            }
            (Owner::Element(kind, id), field) => {
                write!(f, "{} of {} `{id}`", field_word(field), kind.word())
            }
            (Owner::Step { walkthrough, step }, field) => write!(
                f,
                "{} of step {step} of walkthrough `{walkthrough}`",
                field_word(field)
            ),
        }
    }
}

fn field_word(field: TextField) -> &'static str {
    match field {
        TextField::Title => "title",
        TextField::About => "line about the source",
        TextField::Name => "name",
        TextField::Role => "role",
        TextField::Label => "label",
        TextField::Description => "description",
        TextField::Note => "note",
        TextField::Statement => "statement",
        TextField::Explanation => "explanation",
        TextField::Narration => "narration",
        TextField::Question => "question",
        TextField::Answer => "answer",
    }
}

impl fmt::Display for CodeHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Named { written, code } => write!(f, "; {written} is written `{code}`"),
            Self::Joined(code) => write!(f, "; join its parts with `-`: `{code}`"),
            Self::LowerCase(code) => {
                write!(f, "; the language is written in lower case: `{code}`")
            }
        }
    }
}

impl fmt::Display for IdHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::None => Ok(()),
            Self::DidYouMean(id) => write!(f, "; did you mean `{id}`?"),
            Self::Known(ids) => write!(f, "; known: {}", ids.join(", ")),
        }
    }
}

/// A window language's English name, for `check`'s messages (other codes stay codes).
fn english_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "id" => "Indonesian",
        other => other,
    }
}

/// Whether `code` is a language the window speaks (so `check` can speak of "the English
/// window").
fn is_window_language(code: &str) -> bool {
    Lang::ALL.iter().any(|lang| lang.code() == code)
}

/// `file:line:column` in an article file, or the place in the article the case holds.
fn place(article: &ArticlePlace) -> String {
    match &article.file {
        Some(file) => format!("{file}:{}", article.at),
        None => format!("the case's `article` at {}", article.at),
    }
}

fn hint(code: Option<&CodeHint>) -> String {
    code.map(ToString::to_string).unwrap_or_default()
}

fn more_sentences(more: usize) -> String {
    match more {
        0 => String::new(),
        1 => " (and 1 more sentence after it)".to_owned(),
        more => format!(" (and {more} more sentences after it)"),
    }
}

/// "`a` applies only depending on `b`, and `b` only depending on `a`" for the circle
/// `[a, b, a]`.
fn circle_phrase(cycle: &[String]) -> String {
    let steps: Vec<String> = cycle
        .windows(2)
        .enumerate()
        .filter_map(|(i, pair)| match pair {
            [from, to] if i == 0 => Some(format!("`{from}` applies only depending on `{to}`")),
            [from, to] => Some(format!("`{from}` only depending on `{to}`")),
            _ => None,
        })
        .collect();
    match steps.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

fn quoted_set(set: &[String]) -> String {
    let named: Vec<String> = set.iter().map(|id| format!("`{id}`")).collect();
    match named.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => named.join(""),
    }
}

impl fmt::Display for Found {
    #[expect(
        clippy::too_many_lines,
        reason = "one arm per kind of finding, each a sentence"
    )]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyId(of) => write!(f, "{} has an empty id", of.word()),
            Self::IdCharacter { of, id, bad } => write!(
                f,
                "{} id `{id}` contains {bad:?}; ids may use only letters a-z, digits, `_`, `-` and `.`",
                of.word()
            ),
            Self::IdTwice(of, id) => write!(f, "{} id `{id}` is used twice", of.word()),
            Self::ArticleLanguage(code, code_hint) => write!(
                f,
                "`{code}` is not a language code; say which language the article is in with a code like \"en\" or \"id\"{}",
                hint(code_hint.as_ref())
            ),
            Self::TextLanguage(code, code_hint) => write!(
                f,
                "`{code}` is not a language code; write each language as a code like \"en\", \"id\" or \"pt-BR\"{}",
                hint(code_hint.as_ref())
            ),
            Self::TranslationLanguage(code, code_hint) => write!(
                f,
                "`{code}` is not a language code; write a translation's language as a code like \"en\" or \"id\"{}",
                hint(code_hint.as_ref())
            ),
            Self::TranslationInOwnLanguage(code) => write!(
                f,
                "this translation is in the article's own language (`{code}`); a translation belongs in another language"
            ),
            Self::EmptyText(text) => write!(
                f,
                "{text} is empty; write it in at least one language, like {{\"en\": \"…\", \"id\": \"…\"}}"
            ),
            Self::MissingLanguage {
                text,
                language,
                shown,
            } => {
                let name = english_name(language);
                let shown = match shown {
                    ShownInstead::Language(code) => english_name(code),
                    ShownInstead::Mixed => "other",
                };
                if is_window_language(language) {
                    write!(
                        f,
                        "no {name} {text}: the {name} window shows the {shown} one"
                    )
                } else {
                    write!(
                        f,
                        "no `{language}` {text}: a class reading `{language}` sees the {shown} one"
                    )
                }
            }
            Self::ManyMissingLanguage {
                language,
                count,
                named,
                shown,
            } => {
                let name = english_name(language);
                let shown = match shown {
                    ShownInstead::Language(code) => format!("the {} ones", english_name(code)),
                    ShownInstead::Mixed => "those of another language".to_owned(),
                };
                let listed: Vec<String> = named.iter().map(ToString::to_string).collect();
                let more = count.saturating_sub(listed.len());
                let (count, listed) = (thousands(*count), listing_of(&listed, more));
                if is_window_language(language) {
                    write!(
                        f,
                        "{count} texts have no {name} version ({listed}): the {name} window shows {shown}, marked with their language; add {{\"{language}\": …}} to each for a class that reads {name}, or leave them"
                    )
                } else {
                    write!(
                        f,
                        "{count} texts have no `{language}` version ({listed}): a class reading `{language}` sees {shown}, marked with their language; add {{\"{language}\": …}} to each, or leave them"
                    )
                }
            }
            Self::NoSentences => f.write_str("the case has no sentences"),
            Self::EmptyOriginal => f.write_str("the original text is empty"),
            Self::Unnumbered { expected, more } => write!(
                f,
                "sentence {expected} has no number{}; `skenario renumber FILE` numbers the sentences 1, 2, 3… and updates every reference to them",
                more_sentences(*more)
            ),
            Self::Misnumbered {
                expected,
                found,
                more,
            } => write!(
                f,
                "sentence numbers must count 1, 2, 3… in order: expected {expected} here, found {found}{}; after inserting or removing a sentence, `skenario renumber FILE` numbers them again and updates every reference",
                more_sentences(*more)
            ),
            Self::UncitedSentences(numbers) => write!(
                f,
                "{} sentences ({}) are not cited as evidence by anything yet, so the window shows them as not modelled; cite them, or mark them `context: true` to say the case leaves them out on purpose",
                numbers.len(),
                number_ranges(numbers)
            ),
            Self::UncitedSentence(number) => write!(
                f,
                "sentence {number} is not cited as evidence by anything yet, so the window shows it as not modelled; cite it, or mark it `context: true` to say the case leaves it out on purpose"
            ),
            Self::ContextCited { number, by } => {
                let by: Vec<String> = by
                    .iter()
                    .map(|(kind, id)| format!("{} `{id}`", kind.word()))
                    .collect();
                write!(
                    f,
                    "sentence {number} is marked `context: true` but is cited by {}",
                    listing(&by)
                )
            }
            Self::NoEvidence => {
                f.write_str("evidence is empty; name the sentence numbers that say this")
            }
            Self::EvidenceOutOfRange { number, count } => write!(
                f,
                "evidence names sentence {number}, but the article has sentences 1 to {count}"
            ),
            Self::CitedTwice(number) => write!(f, "sentence {number} is cited twice here"),
            Self::NoActorChosen(field) => write!(
                f,
                "no actor is chosen as `{}` yet; name one of the case's actors",
                field.key()
            ),
            Self::UnknownActor(id, id_hint) => write!(f, "unknown actor `{id}`{id_hint}"),
            Self::KindBuiltInDeclared(id) => write!(
                f,
                "kind `{id}` is built in already; write `kind: {id}` without declaring it"
            ),
            Self::BuiltInKindAsOwn(id) => {
                write!(f, "`{id}` is a built-in kind; write `kind: {id}`")
            }
            Self::UndeclaredKind(id, id_hint) => write!(
                f,
                "kind `{id}` is not declared{id_hint} (a kind of the case's own is declared under `kinds: [(id: \"{id}\", label: {{\"en\": \"…\", \"id\": \"…\"}})]`)"
            ),
            Self::NoConditions => f.write_str(
                "the case has no conditions yet; add the ones the article's claims hang on",
            ),
            Self::NoConsequences => f.write_str(
                "the case has no consequences yet; add what the article says would follow",
            ),
            Self::ExclusiveTooSmall => f.write_str(
                "an `exclusive` set needs at least two conditions, of which at most one can be yes",
            ),
            Self::UnknownCondition(id, id_hint) => write!(f, "unknown condition `{id}`{id_hint}"),
            Self::ListedTwiceInSet(id) => {
                write!(f, "condition `{id}` is listed twice in this set")
            }
            Self::UnknownConsequence(id, id_hint) => {
                write!(f, "unknown consequence `{id}`{id_hint}")
            }
            Self::AppliesIfNamesConsequence(id) => write!(
                f,
                "`applies_if` can name only conditions, not consequence `{id}`: whether a condition applies cannot hang on what follows; name the conditions behind `{id}` instead"
            ),
            Self::EmptyTriggerList { all } => {
                let word = if *all { "all" } else { "any" };
                write!(
                    f,
                    "`{word}([])` is empty; list at least one trigger, or use `always`"
                )
            }
            Self::AppliesIfCircle(cycle) => write!(
                f,
                "the `applies_if` rules go round in a circle: {}; remove the `applies_if` of one of them",
                circle_phrase(cycle)
            ),
            Self::ConsequenceCycle(cycle) => write!(
                f,
                "consequences depend on each other in a cycle: {}",
                cycle.join(" → ")
            ),
            Self::ChainTooDeep {
                consequence,
                depth,
                limit,
            } => write!(
                f,
                "consequence `{consequence}` builds on a chain of consequences {} levels deep, counting the triggers along the way; Skenario follows up to {limit}. Let it depend on conditions directly, or shorten the chain",
                thousands(*depth)
            ),
            Self::NeverApplies { condition, sets } => {
                let why = if sets.is_empty() {
                    "its `applies_if` can never hold, whatever the other conditions are (it asks for a condition to be both yes and no)".to_owned()
                } else {
                    let written: Vec<String> = sets.iter().map(|s| quoted_set(s)).collect();
                    format!(
                        "its `applies_if` cannot hold together with the exclusive {} {} (at most one of them can be yes); drop one of the two rules",
                        if sets.len() == 1 { "set" } else { "sets" },
                        written.join("; ")
                    )
                };
                write!(f, "condition `{condition}` can never be yes: {why}")
            }
            Self::ContestsNothing => {
                f.write_str("an objection must contest at least one consequence")
            }
            Self::TriggersNotCompiled => f.write_str("the case's triggers could not be compiled"),
            Self::NoSteps => f.write_str("a walkthrough needs at least one step"),
            Self::StepBothYes {
                step,
                first,
                second,
            } => write!(
                f,
                "after walkthrough step {step}, `{first}` and `{second}` are both yes, but the case says at most one of them can be; set the other one to no or unknown in this step"
            ),
            Self::StepUnknownCondition { step, condition } => write!(
                f,
                "unknown condition `{condition}` in walkthrough step {step}"
            ),
            Self::StepSentenceOutOfRange {
                step,
                number,
                count,
            } => write!(
                f,
                "walkthrough step {step} points at sentence {number}, but the article has sentences 1 to {count}"
            ),
            Self::StepUnknownConsequence { step, consequence } => write!(
                f,
                "unknown consequence `{consequence}` in walkthrough step {step}"
            ),
            Self::AnswerWithoutQuestion(step) => write!(
                f,
                "walkthrough step {step} has an answer but no question to reveal it after"
            ),
            Self::ScenarioForOtherCase { scenario, case } => write!(
                f,
                "this scenario is for case `{scenario}`, but the case file is `{case}`"
            ),
            Self::NoFingerprint(fingerprint) => write!(
                f,
                "this scenario does not record which version of the article it was made for (`case_fingerprint`), so Skenario cannot warn you if the article changes later; saving the scenario from the window adds it, or add `case_fingerprint: \"{fingerprint}\"`"
            ),
            Self::ArticleChanged { saved, now, detail } => {
                let detail = match detail {
                    DriftDetail::NothingRecorded(fingerprint) => format!(
                        "; this scenario does not record which sentences its consequences rested on, so check that the conditions still mean what you meant, then write `case_fingerprint: \"{fingerprint}\"` (or save it from the window) so the warning stops"
                    ),
                    DriftDetail::EvidenceUnchanged => {
                        "; the sentences behind every consequence are unchanged".to_owned()
                    }
                    DriftDetail::Listed => String::new(),
                };
                write!(
                    f,
                    "the case's article changed since this scenario was saved (fingerprint {saved} is now {now}){detail}"
                )
            }
            Self::ConditionGone { condition, state } => write!(
                f,
                "condition `{condition}` is no longer in the case; its state ({state}) is ignored, and saving the scenario drops it"
            ),
            Self::BothYes { first, second } => write!(
                f,
                "conditions `{first}` and `{second}` are both yes, but the case says at most one of them can be; set one of them to no or unknown"
            ),
            Self::ConsequenceGone(id) => {
                write!(f, "consequence `{id}` is no longer in the case")
            }
            Self::EvidenceChanged { consequence, now } => write!(
                f,
                "the sentences behind consequence `{consequence}` changed since this scenario was saved; it now cites {}",
                sentence_list(now.iter().copied())
            ),
            Self::ConsequenceNew(id) => {
                write!(f, "consequence `{id}` is new since this scenario was saved")
            }
            Self::ArticlePath(why) => f.write_str(why),
            Self::ArticleUnreadable { file, reason } => {
                write!(f, "the article file `{file}` cannot be read: {reason}")
            }
            Self::NotVerbatim {
                number,
                sentence_has,
                article,
                article_has,
            } => {
                let article_has = if article_has.is_empty() {
                    "nothing more".to_owned()
                } else {
                    format!("\"{article_has}\"")
                };
                write!(
                    f,
                    "sentence {number} is not word for word the article: from \"{sentence_has}\" on it differs from {}, which has {article_has}",
                    place(article)
                )
            }
            Self::ArticleTextMissing {
                number,
                article,
                text,
            } => write!(
                f,
                "the article has text before sentence {number} that no sentence holds: {} has \"{text}\"; add it as a sentence here without a number, then run `skenario renumber` to number the sentences and their references again",
                place(article)
            ),
            Self::ArticleLeftOut { article, text } => write!(
                f,
                "the article goes on after the last sentence: {} has \"{text}\", which no sentence holds; add it as sentences (mark them `context: true` if the case leaves them out)",
                place(article)
            ),
            Self::ArticleTwice => f.write_str(
                "the case names an `article_file` and holds the `article` too; keep one of them",
            ),
            Self::MoreNotListed { count, of } => {
                let what = match of {
                    Unlisted::Errors => "errors",
                    Unlisted::Warnings => "warnings",
                    Unlisted::Problems => "problems",
                };
                write!(
                    f,
                    "{} more {what} like these are not listed; fix these first",
                    thousands(*count)
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_named_as_check_names_them() {
        let of = |owner: Owner, field: TextField| TextRef { owner, field }.to_string();
        let element = |kind: ElementKind| Owner::Element(kind, "x".to_owned());
        assert_eq!(of(Owner::Case, TextField::Title), "title");
        assert_eq!(of(Owner::Case, TextField::About), "line about the source");
        assert_eq!(
            of(element(ElementKind::Actor), TextField::Name),
            "name for actor `x`"
        );
        assert_eq!(
            of(element(ElementKind::Kind), TextField::Name),
            "name for kind `x`"
        );
        assert_eq!(
            of(element(ElementKind::Condition), TextField::Label),
            "label for condition `x`"
        );
        assert_eq!(
            of(element(ElementKind::Consequence), TextField::Note),
            "note on consequence `x`"
        );
        assert_eq!(
            of(element(ElementKind::Tension), TextField::Explanation),
            "explanation of tension `x`"
        );
        let step = Owner::Step {
            walkthrough: "w".to_owned(),
            step: 2,
        };
        assert_eq!(
            of(step, TextField::Narration),
            "narration of step 2 of walkthrough `w`"
        );
    }
}
