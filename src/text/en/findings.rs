//! What `check` found, as the English window says it: in plain words, without the file's
//! syntax (the command line keeps that, for authors of RON).

use crate::core::Lang;
use crate::core::found::{
    ActorField, ArticlePlace, CodeHint, DriftDetail, ElementKind, Found, IdHint, Owner,
    ShownInstead, TextField, TextRef, Unlisted,
};
use crate::core::prose::{listing_of, number_ranges, sentence_list, thousands};
use crate::text::languages::language_name_in;

/// A language's name in English ("Indonesian").
fn language(code: &str) -> String {
    language_name_in(Lang::En, code).into_owned()
}

/// An element's kind, as a noun.
fn kind(of: ElementKind) -> &'static str {
    match of {
        ElementKind::Case => "case",
        ElementKind::Actor => "actor",
        ElementKind::Kind => "kind",
        ElementKind::Condition => "condition",
        ElementKind::Consequence => "consequence",
        ElementKind::Objection => "objection",
        ElementKind::Tension => "tension",
        ElementKind::Walkthrough => "walkthrough",
    }
}

/// The same, more than one.
fn kinds(of: ElementKind) -> &'static str {
    match of {
        ElementKind::Case => "cases",
        ElementKind::Actor => "actors",
        ElementKind::Kind => "kinds",
        ElementKind::Condition => "conditions",
        ElementKind::Consequence => "consequences",
        ElementKind::Objection => "objections",
        ElementKind::Tension => "tensions",
        ElementKind::Walkthrough => "walkthroughs",
    }
}

fn text_field(field: TextField) -> &'static str {
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

/// "the title of consequence “x”".
fn text(text: &TextRef) -> String {
    let field = text_field(text.field);
    match &text.owner {
        Owner::Case => format!("the case's {field}"),
        Owner::Element(of, id) => format!("the {field} of {} “{id}”", kind(*of)),
        Owner::Step { walkthrough, step } => {
            format!("the {field} of step {step} of walkthrough “{walkthrough}”")
        }
    }
}

fn code_hint(hint: Option<&CodeHint>) -> String {
    match hint {
        None => String::new(),
        Some(CodeHint::Named { written, code }) => {
            format!("; for {written}, write {code}")
        }
        Some(CodeHint::Joined(code) | CodeHint::LowerCase(code)) => {
            format!("; perhaps {code}")
        }
    }
}

fn id_hint(hint: &IdHint) -> String {
    match hint {
        IdHint::None => String::new(),
        IdHint::DidYouMean(id) => format!("; did you mean “{id}”?"),
        IdHint::Known(ids) => format!("; the case has {}", quoted_list(ids)),
    }
}

fn quoted_list(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("“{id}”")).collect();
    match quoted.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

fn who(field: ActorField) -> &'static str {
    match field {
        ActorField::Actor => "who acts",
        ActorField::Claimant => "who says so",
        ActorField::By => "who objects",
    }
}

fn shown(shown: &ShownInstead) -> String {
    match shown {
        ShownInstead::Language(code) => language(code),
        ShownInstead::Mixed => "another language".to_owned(),
    }
}

fn more_after(more: usize) -> String {
    match more {
        0 => String::new(),
        1 => " (and 1 more sentence after it)".to_owned(),
        more => format!(" (and {more} more sentences after it)"),
    }
}

/// What `found` says, in the English window.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per kind of finding, each a sentence"
)]
pub fn found(found: &Found) -> String {
    match found {
        Found::EmptyId(ElementKind::Case) => "The case has no id yet.".to_owned(),
        Found::EmptyId(of) => format!("This {} has no id yet.", kind(*of)),
        Found::IdCharacter { id, bad, .. } => format!(
            "The id “{id}” has “{bad}” in it; an id may use only the letters a–z, digits, _, - and ."
        ),
        Found::IdTwice(of, id) => {
            format!("Two {} have the id “{id}”; rename one of them.", kinds(*of))
        }
        Found::ArticleLanguage(code, hint) => format!(
            "“{code}” is not a language code; say which language the article is in with a code such as en or id{}.",
            code_hint(hint.as_ref())
        ),
        Found::TextLanguage(code, hint) | Found::TranslationLanguage(code, hint) => format!(
            "“{code}” is not a language code (such as en, id or pt-BR){}.",
            code_hint(hint.as_ref())
        ),
        Found::TranslationInOwnLanguage(code) => format!(
            "This translation is in the article's own language ({}); a translation belongs in another language.",
            language(code)
        ),
        Found::EmptyText(what) => {
            let mut said = text(what);
            capitalise(&mut said);
            format!("{said} is empty; write it.")
        }
        Found::MissingLanguage {
            text: what,
            language: code,
            shown: instead,
        } => {
            let name = language(code);
            format!(
                "No {name} version of {}: a class reading {name} sees the {} one.",
                text(what),
                shown(instead)
            )
        }
        Found::ManyMissingLanguage {
            language: code,
            count,
            named,
            shown: instead,
        } => {
            let name = language(code);
            let listed: Vec<String> = named.iter().map(text).collect();
            let more = count.saturating_sub(listed.len());
            format!(
                "{} texts have no {name} version ({}): a class reading {name} sees them in {}. Add a translation to each, or leave them.",
                thousands(*count),
                listing_of(&listed, more),
                shown(instead)
            )
        }
        Found::NoSentences => "The case has no sentences.".to_owned(),
        Found::EmptyOriginal => "This sentence has no text.".to_owned(),
        Found::Unnumbered { expected, more } => format!(
            "Sentence {expected} has no number{}; numbering the sentences again (skenario renumber) fixes it and every reference.",
            more_after(*more)
        ),
        Found::Misnumbered {
            expected,
            found,
            more,
        } => format!(
            "The sentences are not numbered 1, 2, 3… in order: sentence {expected} has the number {found}{}; numbering them again (skenario renumber) fixes it and every reference.",
            more_after(*more)
        ),
        Found::UncitedSentences(numbers) => format!(
            "{} sentences ({}) are not cited by anything yet, so they show as not modelled. Cite them, or mark them as context (left out on purpose).",
            numbers.len(),
            number_ranges(numbers)
        ),
        Found::UncitedSentence(number) => format!(
            "Sentence {number} is not cited by anything yet, so it shows as not modelled. Cite it, or mark it as context (left out on purpose)."
        ),
        Found::ContextCited { number, by } => {
            let by: Vec<String> = by
                .iter()
                .map(|(of, id)| format!("{} “{id}”", kind(*of)))
                .collect();
            format!(
                "Sentence {number} is marked as left out on purpose, but it is cited by {}.",
                listing_of(&by, 0)
            )
        }
        Found::NoEvidence => "No sentence is cited yet: select the sentences that say this in the article, then use them here.".to_owned(),
        Found::EvidenceOutOfRange { number, count } => format!(
            "This cites sentence {number}, but the article has sentences 1 to {count}."
        ),
        Found::CitedTwice(number) => format!("Sentence {number} is cited twice here."),
        Found::NoActorChosen(field) => {
            let mut who = who(*field).to_owned();
            capitalise(&mut who);
            format!("{who} is not chosen yet: pick one of the case's actors, or make one with New….")
        }
        Found::UnknownActor(id, hint) => {
            format!("The actor “{id}” is not in the case{}.", id_hint(hint))
        }
        Found::KindBuiltInDeclared(id) => {
            format!("The kind “{id}” is built in already; the case need not add it.")
        }
        Found::BuiltInKindAsOwn(id) => {
            format!("“{id}” is a built-in kind; choose it among the built-in kinds.")
        }
        Found::UndeclaredKind(id, hint) => format!(
            "The kind “{id}” is not one of the case's kinds{}; add it under Kinds.",
            id_hint(hint)
        ),
        Found::NoConditions => {
            "The case has no conditions yet: add the ones the article's claims hang on.".to_owned()
        }
        Found::NoConsequences => {
            "The case has no consequences yet: add what the article says would follow.".to_owned()
        }
        Found::ExclusiveTooSmall => {
            "A set of exclusive conditions needs at least two conditions.".to_owned()
        }
        Found::UnknownCondition(id, hint) => {
            format!("The condition “{id}” is not in the case{}.", id_hint(hint))
        }
        Found::ListedTwiceInSet(id) => format!("The condition “{id}” is in this set twice."),
        Found::UnknownConsequence(id, hint) => {
            format!("The consequence “{id}” is not in the case{}.", id_hint(hint))
        }
        Found::AppliesIfNamesConsequence(id) => format!(
            "Whether a condition applies can hang only on other conditions, not on the consequence “{id}”; choose the conditions behind it."
        ),
        Found::EmptyTriggerList { all } => format!(
            "“{}” has no parts yet; add one, or choose “always”.",
            if *all { "All of" } else { "Any of" }
        ),
        Found::AppliesIfCircle(cycle) => format!(
            "The conditions' rules go round in a circle ({}); remove the rule of one of them.",
            arrows(cycle)
        ),
        Found::ConsequenceCycle(cycle) => format!(
            "Consequences follow from each other in a circle ({}); one of them must follow from something else.",
            arrows(cycle)
        ),
        Found::ChainTooDeep {
            consequence,
            depth,
            limit,
        } => format!(
            "The consequence “{consequence}” builds on a chain of consequences {} levels deep; Skenario follows up to {limit}. Let it follow from conditions directly.",
            thousands(*depth)
        ),
        Found::NeverApplies { condition, sets } => {
            if sets.is_empty() {
                format!(
                    "The condition “{condition}” can never be yes: its rule asks for a condition to be both yes and no."
                )
            } else {
                let sets: Vec<String> = sets.iter().map(|s| quoted_list(s)).collect();
                format!(
                    "The condition “{condition}” can never be yes: its rule clashes with the exclusive conditions {} (at most one of them can be yes). Drop one of the two rules.",
                    sets.join("; ")
                )
            }
        }
        Found::ContestsNothing => {
            "An objection must contest at least one consequence: tick what it contests.".to_owned()
        }
        Found::TriggersNotCompiled => {
            "The case's rules could not be worked out; check the triggers.".to_owned()
        }
        Found::NoSteps => {
            "A walkthrough needs at least one step: add one from what the explorer shows.".to_owned()
        }
        Found::StepBothYes {
            step,
            first,
            second,
        } => format!(
            "After step {step}, “{first}” and “{second}” are both yes, but at most one of them can be; set the other to no or unknown in this step."
        ),
        Found::StepUnknownCondition { step, condition } => format!(
            "Step {step} sets the condition “{condition}”, which is not in the case."
        ),
        Found::StepSentenceOutOfRange {
            step,
            number,
            count,
        } => format!(
            "Step {step} points at sentence {number}, but the article has sentences 1 to {count}."
        ),
        Found::StepUnknownConsequence { step, consequence } => format!(
            "Step {step} points at the consequence “{consequence}”, which is not in the case."
        ),
        Found::AnswerWithoutQuestion(step) => format!(
            "Step {step} has an answer but no question to reveal it after; write the question."
        ),
        Found::ScenarioForOtherCase { scenario, case } => {
            format!("This scenario is for the case “{scenario}”, not for “{case}”.")
        }
        Found::NoFingerprint(_) => "This scenario does not say which version of the article it was made for, so a later change to the article would go unnoticed; saving it adds that.".to_owned(),
        Found::ArticleChanged { detail, .. } => {
            let detail = match detail {
                DriftDetail::NothingRecorded(_) => " Check that the conditions still mean what was meant, then save the scenario again.",
                DriftDetail::EvidenceUnchanged => " The sentences behind every consequence are unchanged.",
                DriftDetail::Listed => "",
            };
            format!("The case's article changed since this scenario was saved.{detail}")
        }
        Found::ConditionGone { condition, .. } => format!(
            "The condition “{condition}” is no longer in the case; what the scenario set it to is left out."
        ),
        Found::BothYes { first, second } => format!(
            "“{first}” and “{second}” are both yes, but at most one of them can be; set one of them to no or unknown."
        ),
        Found::ConsequenceGone(id) => format!("The consequence “{id}” is no longer in the case."),
        Found::EvidenceChanged { consequence, now } => format!(
            "The sentences behind the consequence “{consequence}” changed since this scenario was saved; it now cites {}.",
            sentence_list(now.iter().copied())
        ),
        Found::ConsequenceNew(id) => {
            format!("The consequence “{id}” is new since this scenario was saved.")
        }
        Found::ArticlePath(why) => format!("The article's file cannot be used: {why}."),
        Found::ArticleTwice => {
            "The case names an article file and holds the article too; it needs only one.".to_owned()
        }
        Found::ArticleUnreadable { file, reason } => {
            format!("The article's file “{file}” cannot be read: {reason}.")
        }
        Found::NotVerbatim {
            number,
            sentence_has,
            article,
            article_has,
        } => {
            let article_has = if article_has.is_empty() {
                "nothing more".to_owned()
            } else {
                format!("“{article_has}”")
            };
            format!(
                "Sentence {number} is not word for word the article: from “{sentence_has}” on, the article ({}) has {article_has}.",
                place(article)
            )
        }
        Found::ArticleTextMissing {
            number,
            article,
            text: missing,
        } => format!(
            "Before sentence {number}, the article ({}) has text no sentence holds: “{missing}”.",
            place(article)
        ),
        Found::ArticleLeftOut { article, text: rest } => format!(
            "The article goes on after the last sentence ({}): “{rest}”.",
            place(article)
        ),
        Found::MoreNotListed { count, of } => {
            let what = match of {
                Unlisted::Errors => "errors",
                Unlisted::Warnings => "warnings",
                Unlisted::Problems => "problems",
            };
            format!(
                "{} more {what} like these are not listed; fix these first.",
                thousands(*count)
            )
        }
    }
}

/// Where in the article: its file and place, or the place in the article the case holds.
fn place(article: &ArticlePlace) -> String {
    match &article.file {
        Some(file) => format!("{file}, {}", article.at),
        None => format!("the article the case holds, {}", article.at),
    }
}

/// "a → b → a".
fn arrows(cycle: &[String]) -> String {
    let quoted: Vec<String> = cycle.iter().map(|id| format!("“{id}”")).collect();
    quoted.join(" → ")
}

/// `text` with its first letter in capitals.
fn capitalise(text: &mut String) {
    if let Some(first) = text.chars().next() {
        let upper: String = first.to_uppercase().collect();
        text.replace_range(..first.len_utf8(), &upper);
    }
}
