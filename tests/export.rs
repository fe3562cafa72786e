//! Handouts as a teacher gets them: the golden Markdown handout, escaping of everything that
//! came from a file, self-contained HTML, the language and the questions, and `skenario export`.
//!
//! `UPDATE_GOLDEN=1 cargo test --test export` rewrites `tests/golden/`; read the new file
//! against the article before committing it.
#![expect(clippy::unwrap_used, reason = "test helpers fail loudly")]

mod common;

use common::run::{repo, skenario};

use std::process::Output;

use skenario::core::file::load_scenario;
use skenario::core::load::parse_case;
use skenario::core::parse::parse_scenario;
use skenario::core::shipped::{self, UKRAINE_ARTICLE};
use skenario::core::{Lang, Scenario, ValidCase};
use skenario::handout::{self as export, Format, HandoutOptions as Options};

const CASE: &str = "scenarios/ukraine-reassurance-force.case.ron";
const CEASEFIRE_WITH_US: &str = "scenarios/ukraine-ceasefire-with-us.scenario.ron";
const GOLDEN: &str = "tests/golden/ukraine-ceasefire-with-us.en.md";

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn shipped_scenario(path: &str) -> (ValidCase, Scenario) {
    let loaded = load_scenario(&repo(path)).unwrap();
    (loaded.case, loaded.scenario)
}

fn english() -> Options<'static> {
    Options {
        lang: Lang::En,
        questions: None,
        ..Options::default()
    }
}

/// Markdown text with the handout's backslash escapes taken out again.
fn unescape_markdown(text: &str) -> String {
    let mut plain = String::new();
    let mut characters = text.chars();
    while let Some(character) = characters.next() {
        if character == '\\' {
            plain.extend(characters.next());
        } else {
            plain.push(character);
        }
    }
    plain
}

#[test]
fn the_ceasefire_handout_matches_the_golden_file_byte_for_byte() {
    let (case, scenario) = shipped_scenario(CEASEFIRE_WITH_US);
    let handout = export::markdown(&case, &scenario, &english());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(repo("tests/golden")).unwrap();
        std::fs::write(repo(GOLDEN), &handout).unwrap();
    }
    let golden = std::fs::read_to_string(repo(GOLDEN)).unwrap();
    assert_eq!(
        handout, golden,
        "run with UPDATE_GOLDEN=1 and read the diff"
    );
}

#[test]
fn the_golden_handout_quotes_the_article_verbatim_and_keeps_the_firmness() {
    let golden = std::fs::read_to_string(repo(GOLDEN)).unwrap();
    let article: String = UKRAINE_ARTICLE
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut quotes = 0;
    for line in golden.lines() {
        let Some(rest) = line.strip_prefix("> **¶") else {
            continue;
        };
        let (_, quote) = rest.split_once("** ").unwrap();
        let quote = unescape_markdown(quote);
        assert!(article.contains(&quote), "not verbatim: {quote}");
        quotes += 1;
    }
    assert!(
        quotes >= 15,
        "every consequence is quoted ({quotes} quotes)"
    );

    // US backing is an expectation, the sanctions a threat, Macron's view of the US a belief.
    for (title, meta) in [
        (
            "### US support for the European-led security guarantees is finalised",
            "**expected** · security guarantee · Actor: The United States · Claimed by: the article itself",
        ),
        (
            "### European countries impose new sanctions on Russia, working together with the United States",
            "**threatens** · sanction · Actor: European countries · Claimed by: Emmanuel Macron, President of France",
        ),
        (
            "### The US is ready to take part in the security effort",
            "**believed** · security guarantee · Actor: The United States · Claimed by: Emmanuel Macron, President of France",
        ),
        (
            "### 26 countries send troops to Ukraine",
            "**pledged** · military commitment · Actor: The 26-country coalition · Claimed by: Emmanuel Macron, President of France",
        ),
    ] {
        let at = golden.find(title).unwrap_or_else(|| panic!("{title}"));
        let next_line = golden[at..].lines().nth(2).unwrap();
        assert_eq!(next_line, meta, "under {title}");
    }

    // Under this scenario the sanctions do not follow, and the handout says what would change.
    let follows = golden.find("## What follows (10)").unwrap();
    let does_not = golden.find("## Does not follow (1)").unwrap();
    let sanctions = golden
        .find("### European countries impose new sanctions")
        .unwrap();
    assert!(follows < does_not && does_not < sanctions);
    assert!(golden.contains("- **Would follow if:** Moscow keeps rejecting a peace deal = yes"));
    assert!(
        golden
            .contains("*An Indonesian-language news article. It names no outlet, author or date.*")
    );
}

#[test]
fn the_command_line_writes_the_same_handout() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.md");
    let output = skenario(&[
        "export",
        CEASEFIRE_WITH_US,
        "--format",
        "md",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(output.stdout, b"");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        std::fs::read_to_string(repo(GOLDEN)).unwrap()
    );
}

/// A small case whose every string tries to break out of the handout.
const HOSTILE: &str = r##"(
    format_version: 1,
    id: "hostile",
    title: (en: "<script>alert(1)</script> \"quotes\" 'apostrophes' &amp; *bold* _it_ [link](x)", id: "<script>alert(1)</script>"),
    about: (en: "# not a heading | not a cell `code` <b>raw</b>", id: "-"),
    sentences: [
        (number: 1, original: "<script>alert(1)</script> *Hujan* & 'angin'", translation: "\"Rain\" & <img src=x onerror=alert(1)>"),
        (number: 2, original: "- bukan daftar", translation: "1. not a list"),
    ],
    actors: [
        (id: "a", name: (en: "<i>Actor</i> & co", id: "A"), person: "O'Brien \"Bob\"", role: (en: "<b>boss</b>", id: "b")),
    ],
    conditions: [
        (id: "rain", label: (en: "Rain <script>alert(1)</script>", id: "r"), description: (en: "d", id: "d"), evidence: [1]),
    ],
    consequences: [
        (id: "wet", title: (en: "Road is wet <script>alert(1)</script> 'x' \"y\" &amp;", id: "w"), actor: "a", kind: position,
         claimant: "a", firmness: stated, trigger: condition("rain"), evidence: [1, 2],
         note: (en: "[click](javascript:alert(1)) <a href=\"x\">a</a>", id: "n")),
    ],
    objections: [
        (id: "o", by: "a", statement: (en: "Objection <script>alert(1)</script>", id: "o"), contests: ["wet"], evidence: [2]),
    ],
    tensions: [
        (id: "t", when: condition("rain"), title: (en: "Tension <script>alert(1)</script>", id: "t"),
         explanation: (en: "+ plus & <b>", id: "e"), evidence: [1]),
    ],
    walkthroughs: [
        (id: "w", title: (en: "Lesson <script>alert(1)</script>", id: "l"), steps: [
            (title: (en: "s", id: "s"), narration: (en: "n", id: "n"),
             question: (en: "Why <script>alert(1)</script> & 'how'?", id: "q"),
             answer: (en: "SECRET ANSWER", id: "JAWABAN")),
        ]),
    ],
)"##;

fn hostile() -> (ValidCase, Scenario) {
    let (case, _) = parse_case(HOSTILE).unwrap();
    let scenario = parse_scenario(
        r##"(format_version: 1, case_id: "hostile", case_fingerprint: "", name: "<script>alert(1)</script> \"n\" 'm' &amp;", conditions: {"rain": yes}, notes: "Notes <script>alert(1)</script>\n# heading?\n- list? & `tick`")"##,
    )
    .unwrap();
    (case, scenario)
}

#[test]
fn html_escapes_every_string_from_the_files() {
    let (case, scenario) = hostile();
    let walkthrough = case.case().walkthroughs.first().unwrap();
    let options = Options {
        lang: Lang::En,
        questions: Some(walkthrough),
        ..Options::default()
    };
    let html = export::html(&case, &scenario, &options);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<i>"));
    assert!(!html.contains("<b>boss"));
    assert!(!html.contains("<a "));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;quotes&quot; &#39;apostrophes&#39; &amp;amp;"));
    assert!(html.contains("O&#39;Brien &quot;Bob&quot;"));
    assert!(html.contains("&quot;Rain&quot; &amp; &lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("Why &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;how&#39;?"));
    assert!(
        !html.contains("SECRET ANSWER"),
        "questions only, never answers"
    );
    // Every tag in the file is one the exporter wrote.
    for tag in html.split('<').skip(1) {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        assert!(
            [
                "html",
                "head",
                "meta",
                "title",
                "style",
                "body",
                "header",
                "h1",
                "h2",
                "h3",
                "p",
                "section",
                "ul",
                "ol",
                "li",
                "span",
                "b",
                "article",
                "blockquote",
                "div",
                "footer",
                ""
            ]
            .contains(&name.as_str()),
            "unexpected tag <{tag}"
        );
    }
}

#[test]
fn markdown_escapes_markup_and_raw_html() {
    let (case, scenario) = hostile();
    let walkthrough = case.case().walkthroughs.first().unwrap();
    let options = Options {
        lang: Lang::En,
        questions: Some(walkthrough),
        ..Options::default()
    };
    let md = export::markdown(&case, &scenario, &options);
    for line in md.lines() {
        // Any `<` in the handout is escaped: no raw HTML survives.
        for (at, _) in line.match_indices('<') {
            assert!(line[..at].ends_with('\\'), "raw `<` in: {line}");
        }
    }
    assert!(md.contains(r"\<script\>alert(1)\</script\>"));
    assert!(md.contains(r#""quotes" 'apostrophes' \&amp; \*bold\* \_it\_ \[link\](x)"#));
    assert!(md.contains(r"\# not a heading \| not a cell \`code\` \<b\>raw\</b\>"));
    assert!(md.contains(r"\[click\](javascript:alert(1))"));
    assert!(md.contains(r"> **¶2** \- bukan daftar"));
    assert!(md.contains(r"> *1\. not a list*"));
    assert!(md.contains(r"\+ plus \& \<b\>"));
    // Notes keep their lines as paragraphs, each escaped.
    assert!(md.contains("\n\\# heading?\n"));
    assert!(md.contains("\n\\- list? \\& \\`tick\\`\n"));
    assert!(!md.contains("SECRET ANSWER"));
    assert!(md.contains(r"Why \<script\>alert(1)\</script\> \& 'how'?"));
}

#[test]
fn html_handouts_are_self_contained_and_printable_on_a4() {
    let case = shipped::case(shipped::DEFAULT_CASE_ID).unwrap();
    let questions = export::walkthrough_with_questions(case.case());
    let mut scenarios: Vec<Scenario> = shipped::scenarios_for(&case.case().id)
        .into_iter()
        .map(|(_, scenario)| scenario)
        .collect();
    assert_eq!(scenarios.len(), 4);
    scenarios.push(export::article_world(&case));
    for scenario in &scenarios {
        for lang in Lang::ALL {
            let html = export::html(
                &case,
                scenario,
                &Options {
                    lang,
                    questions,
                    ..Options::default()
                },
            );
            for forbidden in [
                "http://", "https://", "src=", "<link", "<script", "@import", "url(", "href=",
            ] {
                assert!(
                    !html.contains(forbidden),
                    "{forbidden} in {}",
                    scenario.name
                );
            }
            assert!(html.starts_with("<!DOCTYPE html>\n"));
            assert!(html.contains("<meta charset=\"utf-8\">"));
            assert!(html.contains("@page { size: A4;"));
            assert!(html.contains("@media print"));
            assert!(html.trim_end().ends_with("</html>"));
        }
    }
}

#[test]
fn an_indonesian_handout_keeps_the_original_quotes_and_their_english_translation() {
    let (case, scenario) = shipped_scenario(CEASEFIRE_WITH_US);
    let options = Options {
        lang: Lang::Id,
        questions: None,
        ..Options::default()
    };
    for handout in [
        export::markdown(&case, &scenario, &options),
        export::html(&case, &scenario, &options),
    ] {
        assert!(handout.contains("Skenario: Gencatan senjata dengan dukungan AS"));
        assert!(handout.contains("Yang terjadi (10)"));
        assert!(handout.contains("26 negara mengerahkan pasukan ke Ukraina"));
        assert!(handout.contains("diharapkan"));
        assert!(handout.contains("Setelah tercapainya kesepakatan damai antara Ukraina dan Rusia"));
        assert!(handout.contains("After a peace agreement between Ukraine and Russia is reached"));
        assert!(!handout.contains("What follows"));
    }
}

#[test]
fn questions_come_without_their_answers() {
    let case = shipped::case(shipped::DEFAULT_CASE_ID).unwrap();
    let Some(walkthrough) = export::walkthrough_with_questions(case.case()) else {
        return; // The shipped case has no walkthrough questions yet.
    };
    let scenario = export::article_world(&case);
    for format in Format::ALL {
        let handout = export::handout(
            &case,
            &scenario,
            format,
            &Options {
                lang: Lang::En,
                questions: Some(walkthrough),
                ..Options::default()
            },
        );
        assert!(handout.contains("Questions for the class"));
        for step in &walkthrough.steps {
            if let Some(question) = &step.question {
                let first_words: String = question
                    .get(Lang::En)
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(handout.contains(&first_words), "{first_words}");
            }
            if let Some(answer) = &step.answer {
                assert!(
                    !handout.contains(answer.get(Lang::En).as_ref()),
                    "answer printed: {}",
                    answer.get(Lang::En)
                );
            }
        }
    }
    let without = export::markdown(&case, &scenario, &english());
    assert!(!without.contains("Questions for the class"));
}

#[test]
fn a_case_file_exports_as_the_world_the_article_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("case.html");
    let output = skenario(&[
        "export",
        CASE,
        "--format",
        "html",
        "--lang",
        "id",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"id\">"));
    assert!(html.contains("Dunia sebagaimana artikel meninggalkannya"));
    assert!(html.contains("Bergantung pada hal yang belum diketahui"));
}

#[test]
fn export_refuses_to_write_over_its_input_and_reports_what_went_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("mine.scenario.ron");
    let original = std::fs::read_to_string(repo(CEASEFIRE_WITH_US)).unwrap();
    std::fs::write(&scenario, &original).unwrap();
    let output = skenario(&[
        "export",
        scenario.to_str().unwrap(),
        "--format",
        "md",
        "-o",
        scenario.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("would replace"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&scenario).unwrap(), original);

    let broken = skenario(&[
        "export",
        "tests/broken/dangling-condition.case.ron",
        "--format",
        "html",
        "-o",
        dir.path().join("x.html").to_str().unwrap(),
    ]);
    assert_eq!(broken.status.code(), Some(1));
    assert_eq!(
        stderr(&broken).trim(),
        "tests/broken/dangling-condition.case.ron:22:32: unknown condition `rian`; did you mean `rain`?"
    );
    assert!(!dir.path().join("x.html").exists());

    let nowhere = dir.path().join("no/such/folder/handout.md");
    let unwritable = skenario(&[
        "export",
        CASE,
        "--format",
        "md",
        "-o",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(unwritable.status.code(), Some(1));
    let err = stderr(&unwritable);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("could not save"), "{err}");
    assert!(err.contains("no such file or folder"), "{err}");
}

#[test]
fn walkthrough_choices_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("h.md");
    let output = skenario(&[
        "export",
        "tests/broken/valid-example.case.ron",
        "--format",
        "md",
        "--questions",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "skenario: --questions: this case has no walkthrough with questions\n"
    );
    let output = skenario(&[
        "export",
        CASE,
        "--format",
        "md",
        "--walkthrough",
        "no-such-lesson",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown walkthrough `no-such-lesson`"));
    assert!(!out.exists());
}

/// The one-page handout keeps what follows, each with one quote — its first sentence of the
/// article's body, verbatim — and the questions; it leaves out what does not follow, the
/// reasons, the objections and the legend. `skenario export --one-page` writes it.
#[test]
fn the_one_page_handout_keeps_what_follows_with_its_key_quote() {
    let (case, scenario) = shipped_scenario(CEASEFIRE_WITH_US);
    let walkthrough = export::walkthrough_with_questions(case.case()).unwrap();
    let one_page = Options {
        lang: Lang::En,
        questions: Some(walkthrough),
        length: export::Length::OnePage,
    };
    let md = unescape_markdown(&export::markdown(&case, &scenario, &one_page));
    assert!(md.contains("## What follows (10)"), "{md}");
    for gone in [
        "Depends",
        "Does not follow",
        "## Objections",
        "Why:",
        "## How firm",
    ] {
        assert!(!md.contains(gone), "{gone} is left out:\n{md}");
    }
    // One quote for each of the ten, each the article's own sentence.
    let quotes: Vec<&str> = md
        .lines()
        .filter(|line| line.starts_with("> **¶"))
        .collect();
    assert_eq!(quotes.len(), 10, "{md}");
    for quote in &quotes {
        let (_, sentence) = quote.split_once("** ").unwrap();
        assert!(UKRAINE_ARTICLE.contains(sentence), "{sentence}");
    }
    // A heading is not a key quote when the sentence under it says the same.
    assert!(!md.contains("(heading)"), "{md}");
    assert!(md.contains("> **¶16** Presiden AS, Donald Trump, menyatakan niatnya"));
    for step in &walkthrough.steps {
        if let Some(question) = &step.question {
            assert!(md.contains(question.get(Lang::En).as_ref()), "{md}");
        }
    }
    let html = export::html(&case, &scenario, &one_page);
    assert!(html.contains("<body class=\"one-page\">"));
    assert!(!html.contains("legend-section"));

    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("sheet.html");
    let run = skenario(&[
        "export",
        CEASEFIRE_WITH_US,
        "--format",
        "html",
        "--one-page",
        "--questions",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), html);
}
