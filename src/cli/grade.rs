//! `grade`: students' readings compared with the teacher's case — per student as text, JSON
//! or a printable report, or the whole class as a table (or CSV).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::args::one_line_usage;
use super::output::{EXIT_PROBLEMS, Output};
use crate::core::file;
use crate::core::grade::class::{MissedSentence, most_missed};
use crate::core::grade::trigger::{TriggerVerdict, Variable};
use crate::core::grade::{FirmnessGrade, Grade, Key, Ratio};
use crate::core::{Lang, SentenceNo, ValidCase};
use crate::handout::grade_render;
use crate::handout::grade_report::{Block, student_blocks};
use crate::text::Words;
use crate::text::grading::percent;

/// What `grade` was asked for.
pub(super) struct GradeRequest<'a> {
    /// The teacher's case.
    pub(super) key: &'a Path,
    /// The students' cases.
    pub(super) students: &'a [PathBuf],
    /// JSON instead of text.
    pub(super) json: bool,
    /// One row per student.
    pub(super) table: bool,
    /// The table as CSV.
    pub(super) csv: bool,
    /// A report to write as well.
    pub(super) report: Option<&'a Path>,
}

/// A student graded.
struct Graded {
    file: String,
    case: ValidCase,
    grade: Grade,
}

/// The report's format, from its file name.
#[derive(Clone, Copy)]
enum ReportFormat {
    Markdown,
    Html,
}

fn report_format(path: &Path) -> Option<ReportFormat> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if name.ends_with(".md") {
        Some(ReportFormat::Markdown)
    } else if name.ends_with(".html") || name.ends_with(".htm") {
        Some(ReportFormat::Html)
    } else {
        None
    }
}

/// Runs `grade`.
pub(super) fn grade(request: &GradeRequest<'_>, io: &mut Output<'_>) -> std::io::Result<ExitCode> {
    let format = match request.report.map(|path| (path, report_format(path))) {
        Some((path, None)) => {
            return Ok(one_line_usage(
                &format!("`{}`: a report is FILE.html or FILE.md", path.display()),
                io,
            ));
        }
        Some((_, Some(format))) => Some(format),
        None => None,
    };
    let key = match file::load_case(request.key) {
        Ok(loaded) => loaded.case,
        Err(failure) => {
            writeln!(io.err, "{failure}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    // The command line speaks English.
    let words = Words::get(Lang::En);
    let prepared = Key::new(&key);
    let mut failed = false;
    let mut graded = Vec::with_capacity(request.students.len());
    for path in request.students {
        let case = match file::load_case(path) {
            Ok(loaded) => {
                for warning in &loaded.warnings {
                    writeln!(io.err, "{warning}")?;
                }
                loaded.case
            }
            Err(failure) => {
                writeln!(io.err, "{failure}")?;
                failed = true;
                continue;
            }
        };
        match prepared.grade(&case) {
            Ok(grade) => graded.push(Graded {
                file: path.display().to_string(),
                case,
                grade,
            }),
            Err(error) => {
                writeln!(io.err, "{}: cannot be graded: {error}", path.display())?;
                failed = true;
            }
        }
    }
    let students: Vec<&crate::core::Case> = graded.iter().map(|g| g.case.case()).collect();
    let missed = most_missed(key.case(), &students);
    if request.json {
        json(&key, &graded, &missed, io)?;
    } else if request.csv {
        csv(&graded, io)?;
    } else if request.table {
        table(&key, &graded, &missed, io)?;
    } else {
        for student in &graded {
            let blocks = student_blocks(words, &key, &student.case, &student.file, &student.grade);
            write!(io.out, "{}", grade_render::text(&blocks))?;
            writeln!(io.out)?;
        }
        for student in &graded {
            writeln!(
                io.out,
                "{}: {}",
                student.file,
                (words.grading.summary)(&student.grade.summary)
            )?;
        }
    }
    if let (Some(path), Some(format)) = (request.report, format) {
        let mut blocks: Vec<Block> = Vec::new();
        for student in &graded {
            blocks.extend(student_blocks(
                words,
                &key,
                &student.case,
                &student.file,
                &student.grade,
            ));
        }
        let title = (words.grading.report_title)(&key.case().id);
        let text = match format {
            ReportFormat::Markdown => grade_render::markdown(&title, &blocks),
            ReportFormat::Html => grade_render::html(Lang::En.code(), &title, &blocks),
        };
        if let Err(error) = file::write_atomically(path, text.as_bytes()) {
            writeln!(io.err, "skenario: {error}")?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
        writeln!(io.err, "wrote {}", path.display())?;
    }
    Ok(if failed {
        ExitCode::from(EXIT_PROBLEMS)
    } else {
        ExitCode::SUCCESS
    })
}

/// The columns of the class table, and of the CSV.
const COLUMNS: [&str; 11] = [
    "student",
    "consequences",
    "not_in_key",
    "conditions",
    "precision",
    "recall",
    "firmness",
    "trigger",
    "actor",
    "claimant",
    "missed",
];

fn row(student: &Graded) -> [String; 11] {
    let s = &student.grade.summary;
    let fraction = |r: Ratio| format!("{}/{}", r.part, r.whole);
    [
        student.file.clone(),
        fraction(s.consequences),
        s.consequences_not_in_key.to_string(),
        fraction(s.conditions),
        percent(s.precision),
        percent(s.recall),
        fraction(s.firmness_same),
        fraction(s.triggers_equivalent),
        fraction(s.actor_same),
        fraction(s.claimant_same),
        (s.consequences.whole - s.consequences.part).to_string(),
    ]
}

fn table(
    key: &ValidCase,
    graded: &[Graded],
    missed: &[MissedSentence],
    io: &mut Output<'_>,
) -> std::io::Result<()> {
    let rows: Vec<[String; 11]> = graded.iter().map(row).collect();
    let mut widths = COLUMNS.map(|c| c.chars().count());
    for cells in &rows {
        for (width, cell) in widths.iter_mut().zip(cells) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    writeln!(io.out, "{}", line(&COLUMNS.map(str::to_owned)))?;
    for cells in &rows {
        writeln!(io.out, "{}", line(cells))?;
    }
    writeln!(io.out)?;
    if missed.is_empty() {
        writeln!(io.out, "Every student cites every sentence the key cites.")?;
        return Ok(());
    }
    writeln!(io.out, "The key's sentences most students missed:")?;
    for m in missed.iter().take(5) {
        let sentence = key
            .case()
            .sentence(m.sentence)
            .map_or("", |s| s.original.as_str());
        writeln!(
            io.out,
            "  ¶{} missed by {} of {}: “{sentence}”",
            m.sentence,
            m.students,
            graded.len()
        )?;
    }
    Ok(())
}

/// One CSV field, quoted when it must be (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv(graded: &[Graded], io: &mut Output<'_>) -> std::io::Result<()> {
    writeln!(io.out, "{}", COLUMNS.join(","))?;
    for student in graded {
        let cells: Vec<String> = row(student).iter().map(|c| csv_field(c)).collect();
        writeln!(io.out, "{}", cells.join(","))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct RatioJson {
    part: usize,
    whole: usize,
}

impl From<Ratio> for RatioJson {
    fn from(r: Ratio) -> Self {
        Self {
            part: r.part,
            whole: r.whole,
        }
    }
}

#[derive(Serialize)]
struct SentencesJson {
    common: Vec<SentenceNo>,
    missed: Vec<SentenceNo>,
    extra: Vec<SentenceNo>,
}

#[derive(Serialize)]
struct PairJson<'a> {
    key: &'a str,
    student: &'a str,
    sentences: SentencesJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    firmness: Option<FirmnessJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trigger: Option<TriggerJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    actor_same: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    claimant_same: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind_same: Option<bool>,
}

#[derive(Serialize)]
struct FirmnessJson {
    same: bool,
    key: &'static str,
    student: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    marker: Option<(SentenceNo, String)>,
}

#[derive(Serialize)]
struct TriggerJson {
    verdict: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    yes: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    read: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_follows: Option<bool>,
}

#[derive(Serialize)]
struct StudentJson<'a> {
    file: &'a str,
    summary: SummaryJson,
    conditions: Vec<PairJson<'a>>,
    consequences: Vec<PairJson<'a>>,
    missed_conditions: Vec<&'a str>,
    missed_consequences: Vec<&'a str>,
    conditions_not_in_key: Vec<&'a str>,
    consequences_not_in_key: Vec<&'a str>,
}

#[derive(Serialize)]
struct SummaryJson {
    consequences: RatioJson,
    conditions: RatioJson,
    precision: RatioJson,
    recall: RatioJson,
    firmness_same: RatioJson,
    triggers_equivalent: RatioJson,
    actor_same: RatioJson,
    claimant_same: RatioJson,
}

#[derive(Serialize)]
struct ClassJson<'a> {
    key: &'a str,
    students: Vec<StudentJson<'a>>,
    most_missed: Vec<MissedJson>,
}

#[derive(Serialize)]
struct MissedJson {
    sentence: SentenceNo,
    students: usize,
}

fn sentences_json(s: &crate::core::grade::Sentences) -> SentencesJson {
    SentencesJson {
        common: s.common.clone(),
        missed: s.missed.clone(),
        extra: s.extra.clone(),
    }
}

fn condition_id(case: &ValidCase, index: usize) -> &str {
    case.case()
        .conditions
        .get(index)
        .map_or("?", |c| c.id.as_str())
}

fn consequence_id(case: &ValidCase, index: usize) -> &str {
    case.case()
        .consequences
        .get(index)
        .map_or("?", |c| c.id.as_str())
}

fn variable_json(key: &ValidCase, student: &ValidCase, variable: Variable) -> String {
    match variable {
        Variable::Key(index) => condition_id(key, index.index()).to_owned(),
        Variable::StudentOnly(index) => format!("student:{}", condition_id(student, index.index())),
    }
}

fn trigger_json(key: &ValidCase, student: &ValidCase, verdict: &TriggerVerdict) -> TriggerJson {
    match verdict {
        TriggerVerdict::Equivalent => TriggerJson {
            verdict: "equivalent",
            yes: Vec::new(),
            read: Vec::new(),
            key_follows: None,
        },
        TriggerVerdict::TooManyConditions(_) => TriggerJson {
            verdict: "not_compared",
            yes: Vec::new(),
            read: Vec::new(),
            key_follows: None,
        },
        TriggerVerdict::Differs {
            read,
            yes,
            key_follows,
        } => TriggerJson {
            verdict: "different",
            yes: yes
                .iter()
                .map(|v| variable_json(key, student, *v))
                .collect(),
            read: read
                .iter()
                .map(|v| variable_json(key, student, *v))
                .collect(),
            key_follows: Some(*key_follows),
        },
    }
}

fn student_json<'a>(key: &'a ValidCase, student: &'a Graded) -> StudentJson<'a> {
    let grade = &student.grade;
    let s = &grade.summary;
    let case = &student.case;
    StudentJson {
        file: &student.file,
        summary: SummaryJson {
            consequences: s.consequences.into(),
            conditions: s.conditions.into(),
            precision: s.precision.into(),
            recall: s.recall.into(),
            firmness_same: s.firmness_same.into(),
            triggers_equivalent: s.triggers_equivalent.into(),
            actor_same: s.actor_same.into(),
            claimant_same: s.claimant_same.into(),
        },
        conditions: grade
            .conditions
            .iter()
            .map(|c| PairJson {
                key: condition_id(key, c.key.index()),
                student: condition_id(case, c.student.index()),
                sentences: sentences_json(&c.sentences),
                firmness: None,
                trigger: None,
                actor_same: None,
                claimant_same: None,
                kind_same: None,
            })
            .collect(),
        consequences: grade
            .consequences
            .iter()
            .map(|c| PairJson {
                key: consequence_id(key, c.key.index()),
                student: consequence_id(case, c.student.index()),
                sentences: sentences_json(&c.sentences),
                firmness: Some(match &c.firmness {
                    FirmnessGrade::Same => {
                        let firmness = key
                            .case()
                            .consequences
                            .get(c.key.index())
                            .map_or("?", |k| k.firmness.key());
                        FirmnessJson {
                            same: true,
                            key: firmness,
                            student: firmness,
                            marker: None,
                        }
                    }
                    FirmnessGrade::Differs {
                        key,
                        student,
                        marker,
                    } => FirmnessJson {
                        same: false,
                        key: key.key(),
                        student: student.key(),
                        marker: marker.as_ref().map(|m| (m.sentence, m.word.clone())),
                    },
                }),
                trigger: Some(trigger_json(key, case, &c.trigger)),
                actor_same: Some(c.actor_same),
                claimant_same: Some(c.claimant_same),
                kind_same: Some(c.kind_same),
            })
            .collect(),
        missed_conditions: grade
            .missed_conditions
            .iter()
            .map(|i| condition_id(key, i.index()))
            .collect(),
        missed_consequences: grade
            .missed_consequences
            .iter()
            .map(|i| consequence_id(key, i.index()))
            .collect(),
        conditions_not_in_key: grade
            .extra_conditions
            .iter()
            .map(|i| condition_id(case, i.index()))
            .collect(),
        consequences_not_in_key: grade
            .extra_consequences
            .iter()
            .map(|i| consequence_id(case, i.index()))
            .collect(),
    }
}

fn json(
    key: &ValidCase,
    graded: &[Graded],
    missed: &[MissedSentence],
    io: &mut Output<'_>,
) -> std::io::Result<()> {
    let report = ClassJson {
        key: &key.case().id,
        students: graded.iter().map(|g| student_json(key, g)).collect(),
        most_missed: missed
            .iter()
            .map(|m| MissedJson {
                sentence: m.sentence,
                students: m.students,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *io.out, &report)?;
    writeln!(io.out)?;
    Ok(())
}
