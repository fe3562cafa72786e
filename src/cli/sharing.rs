//! `skenario link` and `skenario publish`: a scenario as a link to share (the case itself
//! travels in it, unless it is a shipped one), and cases made into lessons on a site.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::apply;
use super::args::{Assignment, StepArg, one_line_usage};
use super::output::{EXIT_PROBLEMS, Output};
use crate::core::States;
use crate::core::file::lessons::{self, Published};
use crate::core::file::{self, CaseSource, Opened};
use crate::core::link::{self, StepAt};
use crate::core::prose::thousands;

/// What `skenario link` is asked for.
pub(super) struct LinkRequest<'a> {
    /// A case or scenario file.
    pub(super) file: &'a Path,
    /// Conditions set on top of the file's.
    pub(super) set: &'a [Assignment],
    /// The site's address the link starts with.
    pub(super) base: Option<&'a str>,
    /// The walkthrough step the link opens at.
    pub(super) step: Option<&'a StepArg>,
}

/// Prints the link to the scenario (or the case, every condition unknown) in `request.file`.
pub(super) fn link(request: &LinkRequest<'_>, io: &mut Output<'_>) -> std::io::Result<ExitCode> {
    let (case, mut states, source) = match file::open(request.file) {
        Ok(Opened::Case(loaded)) => (
            loaded.case,
            States::new(),
            CaseSource::File(request.file.to_owned()),
        ),
        Ok(Opened::Scenario(loaded)) => {
            let loaded = *loaded;
            (loaded.case, loaded.scenario.conditions, loaded.case_source)
        }
        Err(failure) => {
            writeln!(io.err, "{failure}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    if let Err(message) = apply(&case, &mut states, request.set) {
        return Ok(one_line_usage(&message, io));
    }
    let step = match request.step {
        Some(step) => {
            let walkthrough = case
                .case()
                .walkthroughs
                .iter()
                .find(|w| w.id == step.walkthrough);
            match walkthrough {
                Some(w) if (1..=w.steps.len()).contains(&step.step) => Some(StepAt {
                    walkthrough: step.walkthrough.clone(),
                    step: step.step,
                }),
                Some(w) => {
                    let message = format!(
                        "walkthrough `{}` has steps 1 to {}, not {}",
                        w.id,
                        w.steps.len(),
                        step.step
                    );
                    return Ok(one_line_usage(&message, io));
                }
                None => {
                    let message = format!("the case has no walkthrough `{}`", step.walkthrough);
                    return Ok(one_line_usage(&message, io));
                }
            }
        }
        None => None,
    };
    let fragment = match &source {
        CaseSource::Shipped(id) if step.is_none() => link::fragment(id, &states),
        CaseSource::Shipped(_) | CaseSource::File(_) | CaseSource::Unsaved => {
            let path = match &source {
                CaseSource::File(path) => Some(path.as_path()),
                CaseSource::Shipped(_) | CaseSource::Unsaved => None,
            };
            match lessons::case_with_article(case.case(), path) {
                Ok(text) => link::own_fragment(&text, &states, step.as_ref()),
                Err(diagnostic) => {
                    writeln!(io.err, "{diagnostic}")?;
                    return Ok(ExitCode::from(EXIT_PROBLEMS));
                }
            }
        }
    };
    let base = request.base.unwrap_or_default();
    let base = base.split_once('#').map_or(base, |(before, _)| before);
    writeln!(io.out, "{base}#{fragment}")?;
    writeln!(
        io.err,
        "a link of {} characters{}",
        thousands(base.len() + 1 + fragment.len()),
        if request.base.is_none() {
            "; put the site's address in front of it (--base URL)"
        } else {
            ""
        }
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Checks `cases` and, when none has an error, puts each on the site at `site` as a lesson.
pub(super) fn publish(
    cases: &[PathBuf],
    site: &Path,
    io: &mut Output<'_>,
) -> std::io::Result<ExitCode> {
    let mut published: Vec<Published> = Vec::new();
    let mut refused = 0_usize;
    for path in cases {
        let loaded = match file::load_case(path) {
            Ok(loaded) => loaded,
            Err(failure) => {
                writeln!(io.out, "{failure}")?;
                refused += 1;
                continue;
            }
        };
        for warning in &loaded.warnings {
            writeln!(io.out, "{warning}")?;
        }
        let case = loaded.case.case();
        if !lessons::is_lesson_id(&case.id) {
            writeln!(
                io.out,
                "{}: the case's id `{}` cannot name a lesson's file; give it an id of letters, digits, `_`, `-` and `.`",
                path.display(),
                case.id
            )?;
            refused += 1;
            continue;
        }
        if published.iter().any(|p| p.lesson.id == case.id) {
            writeln!(
                io.out,
                "{}: another case given has the id `{}`; a site holds one lesson of each id",
                path.display(),
                case.id
            )?;
            refused += 1;
            continue;
        }
        match lessons::publish(case, path) {
            Ok(lesson) => published.push(lesson),
            Err(diagnostic) => {
                writeln!(io.out, "{diagnostic}")?;
                refused += 1;
            }
        }
    }
    if refused > 0 {
        let noun = if refused == 1 {
            "case has"
        } else {
            "cases have"
        };
        writeln!(
            io.err,
            "{refused} {noun} errors: nothing was published; fix them and publish again"
        )?;
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    match lessons::write_lessons(site, &published) {
        Ok(list) => {
            for lesson in &published {
                writeln!(
                    io.out,
                    "{}: lesson `{}` ({}#lesson={})",
                    site.join(lessons::LESSONS_FOLDER)
                        .join(&lesson.lesson.file)
                        .display(),
                    lesson.lesson.id,
                    site.display(),
                    lesson.lesson.id
                )?;
            }
            writeln!(
                io.err,
                "{} lesson(s) on the site; its list: {}",
                published.len(),
                list.display()
            )?;
            if !site.join("index.html").is_file() {
                writeln!(
                    io.err,
                    "note: {} has no index.html yet: build the site into it (bash scripts/build-web.sh), or copy the site there",
                    site.display()
                )?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            writeln!(io.err, "skenario: {error}")?;
            Ok(ExitCode::from(EXIT_PROBLEMS))
        }
    }
}
