//! Benchmark of grading a class: 40 students' readings of the generated 20 × 5,000 case, each
//! compared with the key (the matching, every trigger over its combinations, the summary),
//! and the class's most-missed sentences.
//!
//! ```text
//! cargo bench --no-default-features --bench grade
//! ```
//!
//! Budget (issue "Students read it themselves", release build, 2-core machine): the class of
//! 40 in under 1 s.

use std::sync::LazyLock;

use divan::{Bencher, black_box};
use skenario::core::grade::class::most_missed;
use skenario::core::grade::{Key, grade};
use skenario::core::{Case, Firmness, Trigger, ValidCase};

#[path = "../examples/stress_case.rs"]
#[expect(
    dead_code,
    reason = "the bench uses the example's generator, not its command line"
)]
mod stress_case;

use stress_case::generator::{Shape, generate};

fn main() {
    divan::main();
}

/// The number of students in the class.
const CLASS: usize = 40;

#[expect(clippy::panic, reason = "a bench without its input cannot run")]
fn fatal(message: &str) -> ! {
    panic!("{message}")
}

fn valid(case: Case) -> ValidCase {
    ValidCase::new(case).unwrap_or_else(|findings| {
        fatal(&format!(
            "a bench case is not valid: {:?}",
            findings.first()
        ))
    })
}

/// Student `n`'s reading: the key's elements in another order, with some firmness mistaken,
/// some sentences left out and some triggers read the other way round.
fn reading(key: &Case, n: usize) -> Case {
    let mut case = key.clone();
    for (i, consequence) in case.consequences.iter_mut().enumerate() {
        if (i + n).is_multiple_of(7) {
            consequence.firmness = Firmness::Stated;
        }
        if (i + n).is_multiple_of(5) && consequence.evidence.len() > 1 {
            consequence.evidence.pop();
        }
        if (i + n).is_multiple_of(11) && matches!(consequence.trigger, Trigger::Condition(_)) {
            consequence.trigger = Trigger::Not(Box::new(consequence.trigger.clone()));
        }
    }
    let turn = n * 97 % case.consequences.len().max(1);
    case.consequences.rotate_left(turn);
    case.conditions.reverse();
    case
}

/// The key and the class.
static CLASSROOM: LazyLock<(ValidCase, Vec<ValidCase>)> = LazyLock::new(|| {
    let key = generate(&Shape {
        conditions: 20,
        consequences: 5_000,
        seed: 1,
    });
    let students = (0..CLASS).map(|n| valid(reading(&key, n))).collect();
    (valid(key), students)
});

/// One student of the class graded.
#[divan::bench]
fn one_student_20x5000(bencher: Bencher<'_, '_>) {
    let (key, students) = &*CLASSROOM;
    let student = students.first().unwrap_or(key);
    bencher.bench(|| grade(black_box(key), black_box(student)).is_ok());
}

/// The whole class of 40 graded, with the sentences most students missed.
#[divan::bench(sample_count = 10)]
fn class_of_40_20x5000(bencher: Bencher<'_, '_>) {
    let (key, students) = &*CLASSROOM;
    bencher.bench(|| {
        let prepared = Key::new(black_box(key));
        let graded = students
            .iter()
            .filter(|student| prepared.grade(student).is_ok())
            .count();
        let cases: Vec<&Case> = students.iter().map(ValidCase::case).collect();
        (graded, most_missed(key.case(), &cases).len())
    });
}
