//! The HTML handout prints: Debian's chromium turns it into a PDF of 1 to 4 A4 pages.
//!
//! Needs `chromium` (and `pdfinfo` from poppler-utils, if present, to count pages); `.ci/run`
//! installs both and runs `cargo test --test handout_pdf -- --ignored`.
#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use skenario::core::shipped;
use skenario::core::{Lang, Scenario};
use skenario::handout::{self as export, HandoutOptions as Options};

fn chromium() -> PathBuf {
    for candidate in ["chromium", "/usr/bin/chromium"] {
        let found = Command::new(candidate)
            .arg("--version")
            .output()
            .is_ok_and(|output| output.status.success());
        if found {
            return PathBuf::from(candidate);
        }
    }
    panic!(
        "chromium is not installed (looked for `chromium` and /usr/bin/chromium); \
         install it with `apt-get install chromium poppler-utils`, as .ci/run does"
    );
}

/// Prints `html` to `pdf` with headless chromium.
fn print_to_pdf(chromium: &Path, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        pdf.exists(),
        "chromium wrote no PDF for {} (exit {:?}):\n{}",
        html.display(),
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The number of pages: from `pdfinfo` when it is installed, else by counting page objects.
fn page_count(pdf: &Path) -> usize {
    if let Ok(output) = Command::new("pdfinfo").arg(pdf).output()
        && output.status.success()
    {
        let info = String::from_utf8_lossy(&output.stdout).into_owned();
        let pages = info
            .lines()
            .find_map(|line| line.strip_prefix("Pages:"))
            .unwrap_or_else(|| panic!("pdfinfo names no page count:\n{info}"));
        return pages.trim().parse().unwrap();
    }
    let bytes = std::fs::read(pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    // Page objects say `/Type /Page`; the page tree says `/Type /Pages`.
    text.match_indices("/Type")
        .filter(|(at, _)| {
            let rest = text[at + "/Type".len()..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}

#[test]
#[ignore = "needs Debian's chromium; .ci/run runs it"]
fn every_shipped_scenario_prints_on_one_to_four_a4_pages_and_its_sheet_on_one() {
    let chromium = chromium();
    let case = shipped::case(shipped::DEFAULT_CASE_ID).unwrap();
    let questions = export::walkthrough_with_questions(case.case());
    let mut scenarios: Vec<(String, Scenario)> = shipped::scenarios_for(&case.case().id)
        .into_iter()
        .map(|(file_name, scenario)| (file_name.to_owned(), scenario))
        .collect();
    assert_eq!(scenarios.len(), 4);
    scenarios.push(("case".to_owned(), export::article_world(&case)));

    let dir = tempfile::tempdir().unwrap();
    for (name, scenario) in &scenarios {
        for lang in Lang::ALL {
            for questions in [None, questions] {
                let stem = format!(
                    "{name}-{lang:?}-{}",
                    if questions.is_some() {
                        "questions"
                    } else {
                        "plain"
                    }
                );
                let html_path = dir.path().join(format!("{stem}.html"));
                let pdf_path = dir.path().join(format!("{stem}.pdf"));
                let html = export::html(
                    &case,
                    scenario,
                    &Options {
                        lang,
                        questions,
                        ..Options::default()
                    },
                );
                std::fs::write(&html_path, html).unwrap();
                print_to_pdf(&chromium, &html_path, &pdf_path);
                let pages = page_count(&pdf_path);
                eprintln!("{stem}: {pages} pages");
                assert!(
                    (1..=4).contains(&pages),
                    "{stem} prints on {pages} pages; a handout must fit on 1 to 4"
                );

                // The sheet to hand out: one page, always.
                let one_page = Options {
                    lang,
                    questions,
                    length: export::Length::OnePage,
                };
                let html_path = dir.path().join(format!("{stem}-one-page.html"));
                let pdf_path = dir.path().join(format!("{stem}-one-page.pdf"));
                std::fs::write(&html_path, export::html(&case, scenario, &one_page)).unwrap();
                print_to_pdf(&chromium, &html_path, &pdf_path);
                let pages = page_count(&pdf_path);
                eprintln!("{stem}, one page: {pages} pages");
                assert_eq!(
                    pages, 1,
                    "{stem}'s one-page handout prints on {pages} pages"
                );
            }
        }
    }
}
