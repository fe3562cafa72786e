//! An exercise made from a case: the article, the actors and what the teacher keeps (the
//! conditions, the consequences' titles, or nothing), without the teacher's answers — no
//! evidence, firmness, triggers, objections, tensions or walkthroughs.

use super::model::{Case, Condition, Exercise, Keep};
use super::shared::Shared;

/// The exercise of `key`, keeping what `keep` says. `article` is the article's whole text when
/// the key names its file (the caller reads it), so that the exercise holds its article and
/// opens alone wherever a student receives it; a key that holds its article passes it on.
pub fn make_exercise(key: &Case, keep: Keep, article: Option<String>) -> Case {
    let sentences = key
        .sentences
        .iter()
        .map(|sentence| {
            if sentence.context {
                // Which sentences the teacher left unmodelled is an answer too.
                let mut open = (**sentence).clone();
                open.context = false;
                Shared::new(open)
            } else {
                sentence.clone()
            }
        })
        .collect();
    let (conditions, exclusive) = if keep == Keep::Conditions {
        let conditions = key
            .conditions
            .iter()
            .map(|condition| Condition {
                evidence: Vec::new(),
                ..condition.clone()
            })
            .collect();
        (conditions, key.exclusive.clone())
    } else {
        (Vec::new(), Vec::new())
    };
    let to_find = if keep == Keep::Titles {
        key.consequences.iter().map(|c| c.title.clone()).collect()
    } else {
        Vec::new()
    };
    Case {
        format_version: key.format_version,
        id: format!("{}-exercise", key.id),
        language: key.language.clone(),
        languages: key.languages.clone(),
        title: key.title.clone(),
        about: key.about.clone(),
        source: key.source.clone(),
        article_file: None,
        article: article.or_else(|| key.article.clone()),
        sentences,
        actors: key.actors.clone(),
        kinds: key.kinds.clone(),
        conditions,
        exclusive,
        consequences: Vec::new(),
        objections: Vec::new(),
        tensions: Vec::new(),
        walkthroughs: Vec::new(),
        exercise: Some(Exercise {
            from_case: key.id.clone(),
            keep,
            to_find,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::parse_case;
    use crate::core::shipped;
    use crate::core::write::case_to_ron;

    /// The shipped Ukraine case and its article.
    fn ukraine() -> (Case, &'static str) {
        let Some(shipped) = shipped::CASES.first() else {
            panic!("a shipped case");
        };
        match parse_case(shipped.file.text) {
            Ok((valid, _)) => (valid.case().clone(), shipped.article),
            Err(problems) => panic!("{problems:?}"),
        }
    }

    #[test]
    fn every_keep_gives_an_exercise_that_loads_without_a_finding() {
        let (key, article) = ukraine();
        for keep in Keep::ALL {
            let exercise = make_exercise(&key, keep, Some(article.to_owned()));
            let Ok(text) = case_to_ron(&exercise) else {
                panic!("the exercise is written");
            };
            match parse_case(&text) {
                Ok((valid, warnings)) => {
                    assert!(warnings.is_empty(), "{keep:?}: {warnings:?}");
                    assert_eq!(valid.case().exercise.as_ref().map(|e| e.keep), Some(keep));
                }
                Err(problems) => panic!("{keep:?}: {problems:?}"),
            }
        }
    }

    #[test]
    fn the_answers_stay_with_the_teacher() {
        let (key, _) = ukraine();
        let exercise = make_exercise(&key, Keep::Conditions, None);
        assert!(exercise.consequences.is_empty());
        assert!(exercise.objections.is_empty() && exercise.tensions.is_empty());
        assert!(exercise.walkthroughs.is_empty());
        assert_eq!(exercise.conditions.len(), key.conditions.len());
        assert!(exercise.conditions.iter().all(|c| c.evidence.is_empty()));
        assert!(exercise.sentences.iter().all(|s| !s.context));
        assert_eq!(exercise.actors, key.actors);
        assert_eq!(exercise.fingerprint(), key.fingerprint());
    }

    #[test]
    fn titles_are_kept_as_what_to_find_and_nothing_keeps_no_condition() {
        let (key, _) = ukraine();
        let titles = make_exercise(&key, Keep::Titles, None);
        let Some(marker) = &titles.exercise else {
            panic!("an exercise is marked");
        };
        assert_eq!(marker.to_find.len(), key.consequences.len());
        assert!(titles.conditions.is_empty());
        let nothing = make_exercise(&key, Keep::Nothing, None);
        assert!(nothing.conditions.is_empty());
        assert!(nothing.exercise.is_some_and(|e| e.to_find.is_empty()));
    }
}
