//! Everything a handout says, worded and in order, before it is written in a format.

use super::options::{HandoutOptions, Length};
use crate::core::explain::{Explanation, explain};
use crate::core::{
    Case, ConditionIx, Firmness, Lang, Outcome, Scenario, SentenceNo, Status, ValidCase, evaluate,
};
use crate::text::Words;
use crate::text::languages::language_name_in;
use crate::text::phrases::{Line, lines, lock_phrase, one_line};

/// One quoted sentence of the article.
pub(super) struct Quote {
    pub(super) number: SentenceNo,
    pub(super) heading: bool,
    pub(super) original: String,
    /// The translation and the code of its language, when the sentence has one.
    pub(super) translation: Option<(String, String)>,
}

/// A condition and its state, worded for the handout.
pub(super) struct ConditionView {
    pub(super) label: String,
    /// The state: "yes", or "does not apply" for a condition the rules lock.
    pub(super) state: String,
    /// The class of the state's mark: `yes`, `no`, `unknown` or `locked`.
    pub(super) mark: &'static str,
    /// Why the rules lock it, if they do: "only when Runoff is held = yes".
    pub(super) reason: Option<String>,
}

/// A consequence, worded for the handout.
pub(super) struct Item {
    pub(super) title: String,
    pub(super) firmness: Firmness,
    pub(super) kind: String,
    pub(super) actor: String,
    pub(super) claimant: String,
    /// "Why: …", "Would follow if: …", "Note: …", "Contested by: …".
    pub(super) facts: Vec<Line>,
    pub(super) quotes: Vec<Quote>,
}

/// The consequences with one status.
pub(super) struct Group {
    pub(super) status: Status,
    pub(super) heading: String,
    pub(super) items: Vec<Item>,
}

/// A tension that holds.
pub(super) struct TensionView {
    pub(super) title: String,
    pub(super) explanation: String,
    pub(super) quotes: Vec<Quote>,
}

/// An objection to one of the consequences.
pub(super) struct ObjectionView {
    pub(super) who: String,
    pub(super) statement: String,
    pub(super) contests: Vec<String>,
    pub(super) quotes: Vec<Quote>,
}

/// The walkthrough's questions.
pub(super) struct Questions {
    pub(super) title: String,
    pub(super) questions: Vec<String>,
}

/// Everything a handout says, worded and in order, before it is written in a format. The
/// strings are raw; the renderers escape every one of them.
pub(super) struct Sheet {
    pub(super) lang: Lang,
    pub(super) words: &'static Words,
    pub(super) title: String,
    pub(super) about: String,
    /// The source details given: (name of the detail, value).
    pub(super) source: Vec<(&'static str, String)>,
    /// The code of the article's language.
    pub(super) article_language: String,
    /// The last line: what the quotes are.
    pub(super) footer: String,
    pub(super) scenario_name: String,
    pub(super) notes: Vec<String>,
    pub(super) conditions: Vec<ConditionView>,
    pub(super) tensions: Vec<TensionView>,
    pub(super) groups: Vec<Group>,
    pub(super) objections: Vec<ObjectionView>,
    pub(super) questions: Option<Questions>,
    /// One page: only what follows, each with its key quote, and no legend.
    pub(super) one_page: bool,
}

impl Sheet {
    /// Works out and words everything the handout of `scenario` says.
    pub(super) fn new(
        valid: &ValidCase,
        scenario: &Scenario,
        options: &HandoutOptions<'_>,
    ) -> Self {
        let case = valid.case();
        let lang = options.lang;
        let words = Words::get(lang);
        let evaluation = evaluate(valid, &scenario.conditions);

        let conditions = case
            .conditions
            .iter()
            .zip(&evaluation.states)
            .enumerate()
            .map(|(index, (condition, &state))| {
                let label = one_line(&condition.label.get(lang));
                match evaluation.lock(ConditionIx(index)) {
                    Some(lock) => {
                        let (state, reason) = lock_phrase(words, case, ConditionIx(index), lock);
                        ConditionView {
                            label,
                            state: state.to_owned(),
                            mark: "locked",
                            reason: Some(reason),
                        }
                    }
                    None => ConditionView {
                        label,
                        state: words.state(state).to_owned(),
                        mark: state.key(),
                        reason: None,
                    },
                }
            })
            .collect();
        let tensions = evaluation
            .tensions
            .iter()
            .filter_map(|&index| case.tension_at(index))
            .map(|tension| TensionView {
                title: one_line(&tension.title.get(lang)),
                explanation: one_line(&tension.explanation.get(lang)),
                quotes: quotes(case, &tension.evidence, lang),
            })
            .collect();
        let groups = Status::ALL
            .into_iter()
            .filter_map(|status| {
                let items: Vec<Item> = evaluation
                    .with_status(status)
                    .filter_map(|outcome| item(valid, outcome, words))
                    .collect();
                (!items.is_empty()).then(|| Group {
                    status,
                    heading: format!("{} ({})", (words.handout.group)(status), items.len()),
                    items,
                })
            })
            .collect();
        let objections = case
            .objections
            .iter()
            .map(|objection| ObjectionView {
                who: objection_speaker(case, &objection.by, objection.claimant.as_deref(), lang),
                statement: one_line(&objection.statement.get(lang)),
                contests: objection
                    .contests
                    .iter()
                    .filter_map(|id| case.consequence(id))
                    .map(|c| one_line(&c.title.get(lang)))
                    .collect(),
                quotes: quotes(case, &objection.evidence, lang),
            })
            .filter(|objection| !objection.contests.is_empty())
            .collect();
        let questions = options.questions.map(|walkthrough| Questions {
            title: one_line(&walkthrough.title.get(lang)),
            questions: walkthrough
                .steps
                .iter()
                .filter_map(|step| step.question.as_ref())
                .map(|question| one_line(&question.get(lang)))
                .collect(),
        });
        let mut sheet = Self {
            lang,
            words,
            title: one_line(&case.title.get(lang)),
            about: one_line(&case.about.get(lang)),
            source: case
                .source
                .details()
                .map(|(field, value)| (words.source_field(field), one_line(value)))
                .collect(),
            article_language: case.language.clone(),
            footer: footer(case, words),
            scenario_name: one_line(scenario.display_name(lang)),
            notes: scenario
                .notes
                .lines()
                .map(one_line)
                .filter(|line| !line.is_empty())
                .collect(),
            conditions,
            tensions,
            groups,
            objections,
            questions,
            one_page: false,
        };
        if options.length == Length::OnePage {
            sheet.cut_to_one_page();
        }
        sheet
    }

    /// What one page keeps: what follows, each with its key quote and nothing else, and the
    /// tensions with theirs. The scenario, its conditions and the questions stay whole.
    fn cut_to_one_page(&mut self) {
        self.one_page = true;
        self.groups.retain(|group| group.status == Status::Follows);
        // A class that reads the article's own language needs no translation beside it.
        let own_language = self.lang.code() == self.article_language;
        if own_language {
            let article = language_name_in(self.lang, &self.article_language);
            self.footer = (self.words.handout.footer)(&article, None);
        }
        for item in self
            .groups
            .iter_mut()
            .flat_map(|group| group.items.iter_mut())
        {
            item.facts.clear();
            keep_key_quote(&mut item.quotes, own_language);
        }
        for tension in &mut self.tensions {
            keep_key_quote(&mut tension.quotes, own_language);
        }
        self.objections.clear();
    }
}

/// Keeps the first quote that is a sentence of the article's body (a heading says less), or
/// the first of all when every one is a heading; without its translation when `untranslated`.
fn keep_key_quote(quotes: &mut Vec<Quote>, untranslated: bool) {
    let key = quotes.iter().position(|q| !q.heading).unwrap_or(0);
    quotes.drain(..key);
    quotes.truncate(1);
    if untranslated {
        for quote in quotes {
            quote.translation = None;
        }
    }
}

fn quotes(case: &Case, numbers: &[SentenceNo], lang: Lang) -> Vec<Quote> {
    numbers
        .iter()
        .filter_map(|&number| case.sentence(number))
        .map(|sentence| Quote {
            number: sentence.number,
            heading: sentence.heading,
            original: one_line(&sentence.original),
            translation: sentence
                .translation(lang, &case.language)
                .map(|(text, code)| (one_line(text), code.to_owned())),
        })
        .collect()
}

/// What the quotes are: the article's language, and the translations' (if any).
fn footer(case: &Case, words: &Words) -> String {
    let article = language_name_in(words.lang, &case.language);
    let translation = case
        .sentences
        .iter()
        .find_map(|sentence| sentence.translation(words.lang, &case.language))
        .map(|(_, code)| language_name_in(words.lang, code));
    (words.handout.footer)(&article, translation.as_deref())
}

fn objection_speaker(case: &Case, by: &str, claimant: Option<&str>, lang: Lang) -> String {
    let speaker = claimant
        .or(Some(by))
        .and_then(|id| case.actor(id))
        .map_or_else(|| by.to_owned(), |actor| actor.speaker(lang));
    one_line(&speaker)
}

fn item(valid: &ValidCase, outcome: &Outcome, words: &'static Words) -> Option<Item> {
    let case = valid.case();
    let lang = words.lang;
    let consequence = case.consequence_at(outcome.consequence)?;
    let explanation: Explanation = explain(valid, outcome);
    let mut facts = lines(words, case, &explanation);
    if let Some(note) = &consequence.note {
        facts.push(Line {
            label: words.handout.note,
            text: one_line(&note.get(lang)),
        });
    }
    let objectors: Vec<String> = explanation
        .contested_by
        .iter()
        .filter_map(|&index| case.objection_at(index))
        .map(|o| objection_speaker(case, &o.by, o.claimant.as_deref(), lang))
        .collect();
    if !objectors.is_empty() {
        facts.push(Line {
            label: words.handout.contested_by,
            text: format!(
                "{} ({})",
                objectors.join("; "),
                words.handout.see_objections
            ),
        });
    }
    let actor = case
        .actor(&consequence.actor)
        .map_or_else(|| consequence.actor.clone(), |a| a.name(lang).into_owned());
    let claimant = consequence
        .claimant
        .as_deref()
        .and_then(|id| case.actor(id))
        .map_or_else(
            || words.explaining.the_article_itself.to_owned(),
            |a| a.speaker(lang),
        );
    Some(Item {
        title: one_line(&consequence.title.get(lang)),
        firmness: consequence.firmness,
        kind: words.kind(case, &consequence.kind).into_owned(),
        actor: one_line(&actor),
        claimant: one_line(&claimant),
        facts,
        quotes: quotes(case, &consequence.evidence, lang),
    })
}
