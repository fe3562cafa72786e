//! A case on its way to the class: the case with its article in it, as a link carries it, and a
//! lesson site — cases copied, with their articles, into a site's `lessons/` folder and listed
//! in `lessons/index.json` for the browser build to offer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::paths::{ARTICLE_FILE, contained_path};
use super::{Diagnostic, SaveError, read_text, write_atomically};
use crate::core::diagnostics::Problem;
use crate::core::language::Text;
use crate::core::model::Case;
use crate::core::write::case_to_ron;

/// The folder of a site that holds its lessons.
pub const LESSONS_FOLDER: &str = "lessons";

/// The list of a site's lessons, in its lessons folder.
pub const LESSON_LIST: &str = "index.json";

/// The version of the list this build writes and reads.
pub const LESSON_LIST_VERSION: u32 = 1;

/// The case's text as a link carries it: in Skenario's layout, holding its article (read from
/// the article file beside `case_path` when it names one), so the link needs nothing else.
pub fn case_with_article(case: &Case, case_path: Option<&Path>) -> Result<String, Diagnostic> {
    let mut carried = case.clone();
    if let (Some(relative), Some(path)) = (&case.article_file, case_path) {
        let article_path = contained_path(path, relative, &ARTICLE_FILE)
            .map_err(|message| Diagnostic::new(path, Problem::error(None, message)))?;
        carried.article = Some(read_text(&article_path)?);
        carried.article_file = None;
    }
    case_to_ron(&carried).map_err(|error| {
        Diagnostic::new(
            case_path.unwrap_or(Path::new("case")),
            Problem::error(None, error.to_string()),
        )
    })
}

/// One lesson of a site, as its list names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    /// The case's id, which links name the lesson by (`#lesson=ID`).
    pub id: String,
    /// The case file, in the lessons folder.
    pub file: String,
    /// The case's title.
    pub title: Text,
    /// The article's language, as a code.
    pub language: String,
    /// The line about the source.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub about: Text,
    /// The source's details given (outlet, author, date…), by field.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub source: BTreeMap<String, String>,
}

/// A site's list of lessons (`lessons/index.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LessonList {
    /// The list's version.
    pub version: u32,
    /// The lessons, by id.
    pub lessons: Vec<Lesson>,
}

impl LessonList {
    /// Reads a list from its JSON text; none when it is not a list this build reads.
    pub fn from_json(text: &str) -> Option<Self> {
        serde_json::from_str::<Self>(text)
            .ok()
            .filter(|list| list.version == LESSON_LIST_VERSION)
    }
}

/// Whether `id` can name a lesson's file: a case id, which has no `/`, `\` or `..`.
pub fn is_lesson_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !id.starts_with('.')
}

/// The lesson `case` (read from `case_path`) makes on a site: the case file to write, the
/// article file to write beside it (when the case has one), and its entry in the list.
pub struct Published {
    /// The entry in the list.
    pub lesson: Lesson,
    /// The case's text, naming its article by the name it has in the lessons folder.
    pub case_text: String,
    /// The article's name and text.
    pub article: Option<(String, String)>,
}

/// What `case` becomes on a site: its files renamed after its id.
pub fn publish(case: &Case, case_path: &Path) -> Result<Published, Diagnostic> {
    let id = &case.id;
    let mut copied = case.clone();
    let article = match &case.article_file {
        Some(relative) => {
            let article_path = contained_path(case_path, relative, &ARTICLE_FILE)
                .map_err(|message| Diagnostic::new(case_path, Problem::error(None, message)))?;
            let name = format!("{id}.txt");
            copied.article_file = Some(name.clone());
            Some((name, read_text(&article_path)?))
        }
        None => None,
    };
    let case_text = case_to_ron(&copied)
        .map_err(|error| Diagnostic::new(case_path, Problem::error(None, error.to_string())))?;
    let lesson = Lesson {
        id: id.clone(),
        file: format!("{id}.case.ron"),
        title: case.title.clone(),
        language: case.language.clone(),
        about: case.about.clone(),
        source: case
            .source
            .details()
            .map(|(field, value)| (field.to_owned(), value.to_owned()))
            .collect(),
    };
    Ok(Published {
        lesson,
        case_text,
        article,
    })
}

/// Writes `published` into the site at `site`: the files into its lessons folder (each
/// atomically), then the list with these lessons in place of any of the same id, the others
/// kept, in order of id. Returns the list's path.
pub fn write_lessons(site: &Path, published: &[Published]) -> Result<PathBuf, SaveError> {
    let folder = site.join(LESSONS_FOLDER);
    std::fs::create_dir_all(&folder).map_err(|error| SaveError::Io {
        path: folder.clone(),
        reason: super::io_reason(&error),
    })?;
    let list_path = folder.join(LESSON_LIST);
    let mut list = std::fs::read_to_string(&list_path)
        .ok()
        .and_then(|text| LessonList::from_json(&text))
        .unwrap_or_default();
    for lesson in published {
        write_atomically(
            &folder.join(&lesson.lesson.file),
            lesson.case_text.as_bytes(),
        )?;
        if let Some((name, text)) = &lesson.article {
            write_atomically(&folder.join(name), text.as_bytes())?;
        }
        list.lessons.retain(|l| l.id != lesson.lesson.id);
        list.lessons.push(lesson.lesson.clone());
    }
    list.version = LESSON_LIST_VERSION;
    list.lessons.sort_by(|a, b| a.id.cmp(&b.id));
    let json = serde_json::to_string_pretty(&list).map_err(|error| SaveError::Io {
        path: list_path.clone(),
        reason: error.to_string(),
    })?;
    write_atomically(&list_path, format!("{json}\n").as_bytes())?;
    Ok(list_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lesson_ids_name_files_in_the_folder_and_nowhere_else() {
        assert!(is_lesson_id("harbour-fares_2.v1"));
        for bad in [
            "",
            "../secrets",
            "a/b",
            "a\\b",
            ".hidden",
            "spa ce",
            "kasus?",
        ] {
            assert!(!is_lesson_id(bad), "{bad}");
        }
    }

    #[test]
    fn a_list_of_another_version_is_not_read() {
        assert!(LessonList::from_json(r#"{"version": 2, "lessons": []}"#).is_none());
        assert!(LessonList::from_json(r#"{"version": 1, "lessons": []}"#).is_some());
        assert!(LessonList::from_json("<html>").is_none());
    }
}
