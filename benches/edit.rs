//! Benchmarks of the case editor's core on the generated 20 × 5,000 stress case: one edit and
//! everything the window does after it (validate and compile the case again, evaluate it
//! again), the stages of that, a sentence merge, and the memory the undo history holds.
//!
//! ```text
//! cargo bench --no-default-features --bench edit
//! ```
//!
//! Budgets (issue 12, release build, 2-core machine): one edit re-validates and re-evaluates
//! in < 16 ms; 100 edits grow memory by < 100 MB. Before the timings, the bench prints what
//! the history holds after 100 title edits, counted by the allocator (bytes allocated and not
//! freed, not an estimate), and the same for typing and for merges.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

use divan::{Bencher, black_box};
use skenario::core::edit::{Edit, Field, FieldKey, History, Item, List, Place, apply, verbs};
use skenario::core::found::TextField;
use skenario::core::load::parse_case;
use skenario::core::logic::Compiled;
use skenario::core::valid::validate_case;
use skenario::core::write::case_to_ron;
use skenario::core::{Case, Lang, ValidCase, evaluate};

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

/// The system allocator, counting the bytes live on the heap.
struct Counting;

/// Bytes allocated less bytes freed while counting was on.
static LIVE: AtomicIsize = AtomicIsize::new(0);

/// Whether the allocator counts. Off while timing: an atomic add on every allocation would
/// slow validation, which allocates a lot, by a few milliseconds.
static COUNTING: AtomicBool = AtomicBool::new(false);

fn add_live(bytes: usize, sign: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        LIVE.fetch_add(
            sign * isize::try_from(bytes).unwrap_or(isize::MAX),
            Ordering::Relaxed,
        );
    }
}

#[expect(
    unsafe_code,
    reason = "a global allocator is an unsafe trait; this one forwards every call to the system allocator and only counts"
)]
// SAFETY: each method forwards to `System` with the caller's arguments unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            add_live(layout.size(), 1);
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            add_live(layout.size(), 1);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(pointer, layout) };
        add_live(layout.size(), -1);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            add_live(layout.size(), -1);
            add_live(new_size, 1);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes allocated less bytes freed since counting began.
fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

fn main() {
    report_memory();
    divan::main();
}

/// The seed of the generated case, as in `benches/core.rs`.
const SEED: u64 = 1;

/// The consequence the timed edits retitle (one in the middle of the list).
const EDITED: usize = 2_500;

/// The generated 20 × 5,000 case, written and opened as a file is (as in `benches/core.rs`).
static BIG: LazyLock<ValidCase> = LazyLock::new(|| {
    let case = generate(&Shape {
        conditions: 20,
        consequences: 5_000,
        seed: SEED,
    });
    let text = case_to_ron(&case)
        .unwrap_or_else(|error| fatal(&format!("cannot write the generated case: {error}")));
    match parse_case(&text) {
        Ok((valid, _warnings)) => valid,
        Err(problems) => fatal(&format!(
            "the generated case is not valid: {:?}",
            problems.first()
        )),
    }
});

#[expect(clippy::panic, reason = "a bench without its input cannot run")]
fn fatal(message: &str) -> ! {
    panic!("{message}")
}

/// Consequence `at` retitled in English to a title numbered `n`, as the title field sends it.
fn title_edit(case: &Case, at: usize, n: usize) -> Edit {
    let Some(mut consequence) = case.consequences.get(at).cloned() else {
        fatal("the consequence to edit is missing")
    };
    let title = format!("{} ({n})", consequence.title.get(Lang::En));
    consequence.title.set("en", title);
    verbs::replace(case, at, Item::Consequence(consequence))
        .unwrap_or_else(|| fatal("the title edit changes nothing"))
}

/// Prints the heap the history holds after 100 edits of each sort, with the case's own size
/// for scale.
#[expect(
    clippy::print_stdout,
    reason = "the bench reports the memory it measures"
)]
fn report_memory() {
    let original = BIG.case();
    COUNTING.store(true, Ordering::Relaxed);
    let mib = |bytes: isize| bytes as f64 / (1024.0 * 1024.0);

    let before = live();
    let copy = original.clone();
    let case_bytes = live() - before;
    drop(copy);
    println!(
        "the 20 × 5,000 case: {} sentences, {} consequences; a copy of it takes {:.1} MiB (the copies share their sentences and consequences)",
        original.sentences.len(),
        original.consequences.len(),
        mib(case_bytes)
    );

    // 100 title edits, each its own step, on 100 different consequences.
    let mut case = original.clone();
    let before = live();
    let mut history = History::default();
    for n in 0..100 {
        let edit = title_edit(&case, n * 50, n);
        if history.apply(&mut case, edit).is_err() {
            fatal("a title edit does not apply");
        }
    }
    let grown = live() - before;
    let before_drop = live();
    drop(history);
    let held = before_drop - live();
    println!(
        "100 title edits: memory grew by {grown} bytes ({:.2} MiB), {held} of them held by the history ({} bytes a step)",
        mib(grown),
        held / 100
    );

    // 100 keys typed into one title: one step.
    let mut case = original.clone();
    let before = live();
    let mut history = History::default();
    for n in 0..100 {
        let edit = title_edit(&case, EDITED, n);
        let topic = Some(FieldKey::new(
            Place::Item(List::Consequences, EDITED),
            Field::Text(TextField::Title),
        ));
        if history.apply_about(&mut case, edit, topic).is_err() {
            fatal("a typed key does not apply");
        }
    }
    let grown = live() - before;
    println!(
        "100 keys typed into one title (one undo step): memory grew by {grown} bytes ({:.2} MiB)",
        mib(grown)
    );
    drop(history);

    // Merges at the start of the article renumber every later sentence and every reference
    // to them, and the history keeps both sides of each. Ten, to keep the bench short.
    let mut case = original.clone();
    let before = live();
    let mut history = History::default();
    for _ in 0..10 {
        let Some(edit) = verbs::merge_with_next(&case, 0) else {
            fatal("the first sentence has no next")
        };
        if history.apply(&mut case, edit).is_err() {
            fatal("a merge does not apply");
        }
    }
    let grown = live() - before;
    println!(
        "10 merges of the first two sentences: memory grew by {:.1} MiB ({:.1} MiB a merge)",
        mib(grown),
        mib(grown) / 10.0
    );
    COUNTING.store(false, Ordering::Relaxed);
}

/// One title edit and everything the window redoes after it: validate and compile the case
/// (from a copy, as the editor keeps its own), evaluate it with mixed states, and drop the
/// valid case it replaces. Budget: < 16 ms.
#[divan::bench(sample_count = 40)]
fn edit_revalidate_reevaluate(bencher: Bencher<'_, '_>) {
    let mut case = BIG.case().clone();
    let states = mixed_states(&case);
    let mut history = History::default();
    let mut n = 0;
    let mut shown: Option<ValidCase> = None;
    bencher.bench_local(|| {
        n += 1;
        let edit = title_edit(&case, EDITED, n);
        if history.apply(&mut case, edit).is_err() {
            fatal("the title edit does not apply");
        }
        let Ok((valid, _warnings)) = ValidCase::with_warnings(case.clone()) else {
            fatal("the edited case is not valid")
        };
        let evaluation = evaluate(&valid, black_box(&states));
        // The case shown before is dropped here, as the window drops it.
        drop(shown.replace(valid));
        evaluation
    });
}

/// The stages of `edit_revalidate_reevaluate`, to see where its time goes.
mod stages {
    use divan::{Bencher, black_box};

    use super::{
        BIG, Compiled, EDITED, History, ValidCase, apply, evaluate, fatal, mixed_states,
        title_edit, validate_case,
    };

    /// Building the edit and applying it through the history.
    #[divan::bench]
    fn edit_through_history(bencher: Bencher<'_, '_>) {
        let mut case = BIG.case().clone();
        let mut history = History::default();
        let mut n = 0;
        bencher.bench_local(|| {
            n += 1;
            let edit = title_edit(&case, EDITED, n);
            history.apply(&mut case, edit).is_ok()
        });
    }

    /// The copy of the case that `ValidCase` takes.
    #[divan::bench(sample_count = 40)]
    fn clone_case(bencher: Bencher<'_, '_>) {
        let case = BIG.case();
        bencher.bench(|| black_box(case).clone());
    }

    /// Dropping the valid case the new one replaces.
    #[divan::bench(sample_count = 40)]
    fn drop_case(bencher: Bencher<'_, '_>) {
        let case = BIG.case();
        bencher
            .with_inputs(|| case.clone())
            .bench_local_values(drop);
    }

    /// Checking ids, evidence, citations and cycles.
    #[divan::bench(sample_count = 40)]
    fn validate(bencher: Bencher<'_, '_>) {
        let case = BIG.case();
        bencher.bench(|| validate_case(black_box(case)));
    }

    /// Compiling the triggers.
    #[divan::bench(sample_count = 40)]
    fn compile(bencher: Bencher<'_, '_>) {
        let case = BIG.case();
        bencher.bench(|| Compiled::new(black_box(case)).is_ok());
    }

    /// Validating and compiling as `ValidCase` does it, in one pass (with the copy).
    #[divan::bench(sample_count = 40)]
    fn valid_case(bencher: Bencher<'_, '_>) {
        let case = BIG.case();
        bencher.bench(|| ValidCase::with_warnings(black_box(case).clone()).is_ok());
    }

    /// Evaluating with mixed states, with explanations.
    #[divan::bench(sample_count = 40)]
    fn evaluate_mixed(bencher: Bencher<'_, '_>) {
        let states = mixed_states(BIG.case());
        bencher.bench(|| evaluate(black_box(&BIG), black_box(&states)));
    }

    /// Whether the case differs from the saved one (the window asks after every change).
    #[divan::bench(sample_count = 40)]
    fn compare_with_saved(bencher: Bencher<'_, '_>) {
        let saved = BIG.case().clone();
        let mut case = BIG.case().clone();
        let edit = title_edit(&case, case.consequences.len() - 1, 0);
        if apply(&mut case, &edit).is_err() {
            fatal("the title edit does not apply");
        }
        bencher.bench(|| black_box(&saved) == black_box(&case));
    }
}

/// Merging the first two sentences of the article (every later sentence and nearly every
/// element is renumbered), then undoing it.
#[divan::bench(sample_count = 20)]
fn merge_first_sentences_and_undo(bencher: Bencher<'_, '_>) {
    let mut case = BIG.case().clone();
    let mut history = History::default();
    bencher.bench_local(|| {
        let Some(edit) = verbs::merge_with_next(&case, 0) else {
            fatal("the first sentence has no next")
        };
        if history.apply(&mut case, edit).is_err() {
            fatal("the merge does not apply");
        }
        history.undo(&mut case)
    });
}

/// Building (not applying) the merge and split edits for the first sentence, as the sentence
/// form does to know whether its Merge and Split buttons can be pressed.
#[divan::bench(sample_count = 20)]
fn merge_and_split_edits_built(bencher: Bencher<'_, '_>) {
    let case = BIG.case();
    let cut = case
        .sentences
        .first()
        .and_then(|s| s.original.find(' '))
        .unwrap_or_default();
    bencher.bench(|| {
        let merge = verbs::merge_with_next(black_box(case), 0);
        let split = verbs::split_at(black_box(case), 0, cut);
        merge.is_some() && split.is_some()
    });
}
