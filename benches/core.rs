//! Benchmarks of the core, on the shipped case and on generated stress cases: load + validate,
//! one evaluation with its explanations, evaluation with every condition unknown, and the full
//! truth table.
//!
//! ```text
//! cargo bench --no-default-features --bench core
//! ```
//!
//! Budgets (issue 6, release build, 2-core machine), for the generated 20 × 5,000 case:
//! load + validate < 100 ms, one evaluation with explanations < 5 ms; the truth table of
//! 16 conditions (65,536 rows) < 1 s.

use std::fmt;
use std::sync::LazyLock;

use divan::{Bencher, black_box};
use skenario::core::load::parse_case;
use skenario::core::logic::Truth;
use skenario::core::shipped;
use skenario::core::table::TruthTable;
use skenario::core::write::case_to_ron;
use skenario::core::{States, ValidCase, evaluate};

#[path = "shared/states.rs"]
mod states;

#[path = "../examples/stress_case.rs"]
#[expect(
    dead_code,
    reason = "the benches use the example's generator, not its command line"
)]
mod stress_case;

use states::mixed_states;
use stress_case::generator::{Shape, generate};

fn main() {
    divan::main();
}

/// The seed of every generated case, so runs compare like with like.
const SEED: u64 = 1;

/// A case as text and parsed.
struct Input {
    text: String,
    case: ValidCase,
}

impl Input {
    fn from_text(text: String) -> Self {
        match parse_case(&text) {
            Ok((case, _warnings)) => Self { text, case },
            Err(problems) => {
                let listed: Vec<String> =
                    problems.iter().take(5).map(ToString::to_string).collect();
                fatal(&format!("a bench case is not valid: {}", listed.join("; ")))
            }
        }
    }

    fn generated(conditions: usize, consequences: usize) -> Self {
        let case = generate(&Shape {
            conditions,
            consequences,
            seed: SEED,
        });
        match case_to_ron(&case) {
            Ok(text) => Self::from_text(text),
            Err(error) => fatal(&format!("cannot write a generated case: {error}")),
        }
    }
}

#[expect(clippy::panic, reason = "a bench without its input cannot run")]
fn fatal(message: &str) -> ! {
    panic!("{message}")
}

/// The cases the benches run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    /// The shipped Ukraine case.
    Shipped,
    /// Generated: 20 conditions × 5,000 consequences.
    Big,
    /// Generated: 16 conditions × 1,000 consequences (about 100 × the shipped case).
    Table16x1000,
    /// Generated: 16 conditions × 5,000 consequences.
    Table16x5000,
}

impl fmt::Display for Which {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Shipped => "shipped",
            Self::Big => "generated 20×5000",
            Self::Table16x1000 => "generated 16×1000",
            Self::Table16x5000 => "generated 16×5000",
        })
    }
}

static SHIPPED: LazyLock<Input> = LazyLock::new(|| {
    let text = shipped::CASES
        .iter()
        .find(|shipped| shipped.file.text.contains(shipped::DEFAULT_CASE_ID))
        .map_or_else(String::new, |shipped| shipped.file.text.to_owned());
    Input::from_text(text)
});
static BIG: LazyLock<Input> = LazyLock::new(|| Input::generated(20, 5_000));
static TABLE_16X1000: LazyLock<Input> = LazyLock::new(|| Input::generated(16, 1_000));
static TABLE_16X5000: LazyLock<Input> = LazyLock::new(|| Input::generated(16, 5_000));

fn input(which: Which) -> &'static Input {
    match which {
        Which::Shipped => &SHIPPED,
        Which::Big => &BIG,
        Which::Table16x1000 => &TABLE_16X1000,
        Which::Table16x5000 => &TABLE_16X5000,
    }
}

/// Parsing and validating the text (what opening a file costs, without the disk).
#[divan::bench(args = [Which::Shipped, Which::Big])]
fn load_validate(bencher: Bencher<'_, '_>, which: Which) {
    let text = input(which).text.as_str();
    bencher.bench(|| parse_case(black_box(text)).is_ok());
}

/// One evaluation with some conditions set and some unknown, with why / would-follow-if.
#[divan::bench(args = [Which::Shipped, Which::Big])]
fn evaluate_mixed(bencher: Bencher<'_, '_>, which: Which) {
    let case = &input(which).case;
    let states = mixed_states(case.case());
    bencher.bench(|| evaluate(black_box(case), black_box(&states)));
}

/// One evaluation with every condition unknown (the world as the article leaves it).
#[divan::bench(args = [Which::Shipped, Which::Big])]
fn evaluate_all_unknown(bencher: Bencher<'_, '_>, which: Which) {
    let case = &input(which).case;
    let states = States::new();
    bencher.bench(|| evaluate(black_box(case), black_box(&states)));
}

/// Statuses only, without explanations: the floor under `evaluate_mixed`.
#[divan::bench(args = [Which::Shipped, Which::Big])]
fn statuses_only(bencher: Bencher<'_, '_>, which: Which) {
    let case = &input(which).case;
    let states = mixed_states(case.case());
    let truths: Vec<Truth> = case
        .case()
        .conditions
        .iter()
        .map(|c| states.get(&c.id).copied().unwrap_or_default().into())
        .collect();
    let mut values = Vec::new();
    bencher.bench_local(|| {
        case.compiled()
            .evaluate_all(black_box(&truths), black_box(&mut values));
    });
}

/// Every row of the truth table with every condition open (2^16 = 65,536 rows for the
/// generated 16-condition cases).
#[divan::bench(
    args = [Which::Shipped, Which::Table16x1000, Which::Table16x5000],
    sample_count = 10,
    sample_size = 1,
)]
fn truth_table(bencher: Bencher<'_, '_>, which: Which) {
    let case = &input(which).case;
    let table = match TruthTable::new(case, &States::new()) {
        Ok(table) => table,
        Err(error) => fatal(&error.to_string()),
    };
    bencher.bench(|| {
        let mut follows = 0_usize;
        for row in black_box(&table).rows() {
            follows += row.follows.iter().filter(|f| **f).count();
        }
        follows
    });
}

/// The stages of `load_validate`, to see where its time goes.
mod load_stages {
    use divan::{Bencher, black_box};
    use skenario::core::logic::Compiled;
    use skenario::core::parse::parse_case as parse_case_syntax;
    use skenario::core::parse::source_map::SourceMap;
    use skenario::core::valid::validate_case;

    use super::{Which, input};

    /// RON syntax and types only.
    #[divan::bench(args = [Which::Shipped, Which::Big])]
    fn parse_syntax(bencher: Bencher<'_, '_>, which: Which) {
        let text = input(which).text.as_str();
        bencher.bench(|| parse_case_syntax(black_box(text)).is_ok());
    }

    /// Mapping every value to its line and column.
    #[divan::bench(args = [Which::Shipped, Which::Big])]
    fn source_map(bencher: Bencher<'_, '_>, which: Which) {
        let text = input(which).text.as_str();
        bencher.bench(|| SourceMap::new(black_box(text)));
    }

    /// Checking ids, evidence, citations and cycles.
    #[divan::bench(args = [Which::Shipped, Which::Big])]
    fn validate(bencher: Bencher<'_, '_>, which: Which) {
        let case = input(which).case.case();
        bencher.bench(|| validate_case(black_box(case)));
    }

    /// Compiling the triggers.
    #[divan::bench(args = [Which::Shipped, Which::Big])]
    fn compile(bencher: Bencher<'_, '_>, which: Which) {
        let case = input(which).case.case();
        bencher.bench(|| Compiled::new(black_box(case)).is_ok());
    }
}
