//! A student's reading compared with the teacher's case, as the window shows it: graded once
//! when asked for (never per frame), and kept as the report's blocks in the window's language
//! at that moment, for the dialog and for the printable report.

use crate::core::grade::{Grade, Key, is_perfect};
use crate::core::{Lang, ValidCase};
use crate::handout::grade_render;
use crate::handout::grade_report::{Block, student_blocks};
use crate::text::Words;

/// A comparison with the teacher's case.
#[derive(Debug, Clone, PartialEq)]
pub struct Grading {
    /// The dialog's title: what the reading was compared with.
    pub title: String,
    /// The summary line.
    pub summary: String,
    /// Everything in the key is found as the key has it.
    pub perfect: bool,
    /// The report, element by element (its first block names the student's file).
    pub blocks: Vec<Block>,
    /// The key's id, for the report's title.
    pub key_id: String,
    /// The language it is written in.
    pub lang: Lang,
    /// The name the report is offered under.
    pub report_name: String,
}

impl Grading {
    /// Compares `student` (named `student_name`) with `key` (from the file `key_file`), in the
    /// words of `lang`. The error says in those words why they cannot be compared.
    pub fn new(
        key: &ValidCase,
        key_file: &str,
        student: &ValidCase,
        student_name: &str,
        lang: Lang,
    ) -> Result<Self, String> {
        let words = Words::get(lang);
        let g = words.grading;
        let grade: Grade = Key::new(key).grade(student).map_err(|error| match error {
            crate::core::grade::GradeError::OtherCase { made_from, key } => {
                (g.other_case)(&made_from, &key)
            }
            crate::core::grade::GradeError::OtherArticle { .. } => g.other_article.to_owned(),
        })?;
        let stem = student_name
            .strip_suffix(".case.ron")
            .unwrap_or(student_name)
            .to_owned();
        Ok(Self {
            title: (g.comparison_title)(key_file),
            summary: (g.summary)(&grade.summary),
            perfect: is_perfect(&grade),
            blocks: student_blocks(words, key, student, student_name, &grade),
            key_id: key.case().id.clone(),
            lang,
            report_name: format!("{stem}.report.html"),
        })
    }

    /// The printable report: HTML for a file named `.html` or `.htm`, Markdown for `.md`;
    /// none for another name.
    pub fn report(&self, file_name: &str) -> Option<String> {
        let title = (Words::get(self.lang).grading.report_title)(&self.key_id);
        let name = file_name.to_ascii_lowercase();
        if name.ends_with(".html") || name.ends_with(".htm") {
            Some(grade_render::html(self.lang.code(), &title, &self.blocks))
        } else if name.ends_with(".md") {
            Some(grade_render::markdown(&title, &self.blocks))
        } else {
            None
        }
    }
}
