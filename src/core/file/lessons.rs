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
    if let Some(path) = case_path
        && let Some(article) = article_file_text(case, path)?
    {
        carried.article = Some(article);
        carried.article_file = None;
    }
    case_to_ron(&carried).map_err(|error| {
        Diagnostic::new(
            case_path.unwrap_or(Path::new("case")),
            Problem::error(None, error.to_string()),
        )
    })
}

/// The text of the article file the case at `case_path` names, if it names one.
pub fn article_file_text(case: &Case, case_path: &Path) -> Result<Option<String>, Diagnostic> {
    let Some(relative) = &case.article_file else {
        return Ok(None);
    };
    let article_path = contained_path(case_path, relative, &ARTICLE_FILE)
        .map_err(|message| Diagnostic::new(case_path, Problem::error(None, message)))?;
    read_text(&article_path).map(Some)
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

/// What went wrong fetching a file from the site a page is served from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteProblem {
    /// The site could not be reached.
    Unreachable,
    /// The site answered with this HTTP status.
    Refused(u16),
    /// The file is larger than a file Skenario opens.
    TooLarge,
    /// The file is not UTF-8 text.
    NotText,
    /// The site has no such file.
    NotThere,
    /// The id cannot name a lesson's file.
    BadId,
    /// The list is not one this build reads.
    BadList,
}

/// A file of the site that could not be fetched, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteError {
    /// The file, as the site names it (`lessons/harbour.case.ron`).
    pub file: String,
    /// What went wrong.
    pub problem: SiteProblem,
}

/// The article a lesson's case names beside it on its site, when it names one: its file name
/// in the lessons folder. The problems of a case that cannot be read (with their places in
/// `case_text`), or of an article named anywhere but in the lessons folder itself.
pub fn lesson_article_name(case_text: &str) -> Result<Option<String>, Vec<Problem>> {
    let case = crate::core::parse::parse_case(crate::core::parse::strip_bom(case_text))?;
    match case.article_file {
        None => Ok(None),
        Some(name) if is_lesson_id(&name) => Ok(Some(name)),
        Some(name) => Err(vec![Problem::error(
            None,
            format!("the article \"{name}\" is not a file in the site's lessons folder"),
        )]),
    }
}

/// The text of a lesson's case as fetched from its site, holding the article fetched beside
/// it, so the case opens as a link's does. The problems of a case that cannot be read.
pub fn lesson_with_article(case_text: &str, article: &str) -> Result<String, Vec<Problem>> {
    let mut case = crate::core::parse::parse_case(crate::core::parse::strip_bom(case_text))?;
    case.article = Some(article.to_owned());
    case.article_file = None;
    case_to_ron(&case).map_err(|error| vec![Problem::error(None, error.to_string())])
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
    fn a_lesson_names_its_article_only_inside_the_lessons_folder() {
        let case = |file: &str| {
            crate::core::skeleton::skeleton(&crate::core::skeleton::SkeletonRequest {
                article: "The ferry runs at dawn.",
                id: "l",
                language: "en",
                article_file: Some(file),
                fallback_title: "L",
            })
            .text
        };
        assert_eq!(
            lesson_article_name(&case("l.txt"))
                .ok()
                .flatten()
                .as_deref(),
            Some("l.txt")
        );
        for bad in ["../l.txt", "/etc/passwd", "https://elsewhere.example/a.txt"] {
            assert!(lesson_article_name(&case(bad)).is_err(), "{bad}");
        }
        assert!(lesson_article_name("(id: ").is_err());
    }

    #[test]
    fn a_lesson_fetched_with_its_article_opens_as_a_links_case_does() {
        let article = "The ferry runs at dawn.";
        let case = crate::core::skeleton::skeleton(&crate::core::skeleton::SkeletonRequest {
            article,
            id: "l",
            language: "en",
            article_file: Some("l.txt"),
            fallback_title: "L",
        })
        .text;
        let held = lesson_with_article(&case, article).unwrap_or_default();
        let (opened, _) = crate::core::load::parse_case(&held).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(opened.case().article.as_deref(), Some(article));
        assert_eq!(opened.case().article_file, None);
        // An article that differs from the case's sentences is found, as in a file.
        let other = lesson_with_article(&case, "The ferry runs at noon.").unwrap_or_default();
        assert!(crate::core::load::parse_case(&other).is_err());
    }

    #[test]
    fn a_list_of_another_version_is_not_read() {
        assert!(LessonList::from_json(r#"{"version": 2, "lessons": []}"#).is_none());
        assert!(LessonList::from_json(r#"{"version": 1, "lessons": []}"#).is_some());
        assert!(LessonList::from_json("<html>").is_none());
    }
}
