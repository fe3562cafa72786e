//! `exercise`: a copy of a case for students, without the teacher's answers.

use std::path::Path;
use std::process::ExitCode;

use super::output::{EXIT_PROBLEMS, Output};
use crate::core::Keep;
use crate::core::exercise::make_exercise;
use crate::core::file::{self, lessons::article_file_text};
use crate::core::load::parse_case;
use crate::core::write::case_to_ron;

/// Writes the exercise of the case at `case_path` to `output`, keeping what `keep` says.
pub(super) fn exercise(
    case_path: &Path,
    output: &Path,
    keep: Keep,
    io: &mut Output<'_>,
) -> std::io::Result<ExitCode> {
    if output.exists() {
        writeln!(
            io.err,
            "skenario: {} exists already; skenario exercise never replaces a file (it could be the key), so choose another name",
            output.display()
        )?;
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    let key = match file::load_case(case_path) {
        Ok(loaded) => loaded.case,
        Err(failure) => {
            writeln!(io.err, "{failure}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    let article = match article_file_text(key.case(), case_path) {
        Ok(article) => article,
        Err(diagnostic) => {
            writeln!(io.err, "{diagnostic}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    let exercise = make_exercise(key.case(), keep, article);
    let text = match case_to_ron(&exercise) {
        Ok(text) => text,
        Err(error) => {
            writeln!(io.err, "skenario: cannot write the exercise: {error}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    // What is written must open as any case does; a problem here is this build's fault.
    if let Err(problems) = parse_case(&text) {
        for problem in problems {
            writeln!(io.err, "{}: {problem}", output.display())?;
        }
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    if let Err(error) = file::write_atomically(output, text.as_bytes()) {
        writeln!(io.err, "skenario: {error}")?;
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    let kept = match keep {
        Keep::Conditions => format!("its {} conditions", exercise.conditions.len()),
        Keep::Titles => format!(
            "the titles of its {} consequences",
            key.case().consequences.len()
        ),
        Keep::Nothing => "nothing of its model".to_owned(),
    };
    let article_note = if exercise.article.is_some() {
        "the article is inside it, so it opens alone"
    } else {
        "the case's sentences are the article"
    };
    writeln!(
        io.err,
        "wrote {}: an exercise of {} with the article, the {} actors and {kept}; {article_note}",
        output.display(),
        key.case().id,
        exercise.actors.len()
    )?;
    Ok(ExitCode::SUCCESS)
}
