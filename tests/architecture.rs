//! The shape of the source tree, as `ARCHITECTURE.md` draws it: no file imports another that
//! imports it back, the core's layers import only downwards, the fronts sit above the core,
//! only the core's file module touches the disk, and every file stays one concern (at most
//! 600 lines before its tests).
//!
//! Imports are read from the text: `use` trees and `crate::`/`super::` paths in code (not in
//! comments), resolved to the file that defines the module they name.
#![expect(clippy::expect_used, reason = "a test fails loudly")]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The core's modules, lowest layer first. A core file may import only from its own layer or
/// below; `core/mod.rs` is the facade and imports everything.
const CORE_LAYERS: &[&[&str]] = &[
    &[
        "ids", "limits", "prose", "dialect", "shared", "lookup", "fixtures",
    ],
    &["language", "found", "diagnostics", "model", "scenario"],
    &["parse", "write", "split", "edit", "link"],
    &["logic", "valid", "load", "verbatim"],
    &["shipped", "file", "probe"],
    &[
        "eval",
        "explain",
        "diff",
        "table",
        "graph",
        "walkthrough",
        "skeleton",
        "renumber",
        "exercise",
        "grade",
    ],
];

/// The crate's top-level modules, lowest first: each may import only from those before it.
const FRONT_LAYERS: &[&[&str]] = &[&["core"], &["text"], &["handout"], &["cli", "app"]];

/// The most lines a file may have before its tests.
const MAX_LINES: usize = 600;

/// A source file: its module path from the crate root and its code before the tests.
struct Source {
    path: PathBuf,
    module: Vec<String>,
    code: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn sources() -> Vec<Source> {
    let mut files = Vec::new();
    collect(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|path| path.file_name().is_some_and(|n| n != "main.rs"))
        .map(|path| {
            let text = fs::read_to_string(&path).expect("a source file");
            let before_tests = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
            Source {
                module: module_of(&path),
                code: strip_comments(before_tests),
                path,
            }
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// `src/core/valid/mod.rs` is `core::valid`; `src/core/eval.rs` is `core::eval`.
fn module_of(path: &Path) -> Vec<String> {
    let relative = path.strip_prefix(src()).expect("under src");
    let mut module: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if module
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        module.pop();
    }
    module
}

/// The code without comments and string literals (a doc link is not an import).
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for next in chars.by_ref() {
                    if next == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for next in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if next == '\\' {
                        escaped = true;
                    } else if next == '"' {
                        break;
                    }
                }
                out.push_str("\"\"");
            }
            other => out.push(other),
        }
    }
    out
}

/// The file that defines module `module`, if there is one.
fn file_of(module: &[String]) -> Option<PathBuf> {
    let mut path = src();
    for part in module {
        path.push(part);
    }
    let as_file = path.with_extension("rs");
    if as_file.is_file() {
        return Some(as_file);
    }
    let as_dir = path.join("mod.rs");
    as_dir.is_file().then_some(as_dir)
}

/// The file an absolute path of segments lands in: the deepest module it names.
fn target_of(segments: &[String]) -> Option<PathBuf> {
    (1..=segments.len())
        .rev()
        .find_map(|len| file_of(&segments[..len]))
        .or_else(|| Some(src().join("lib.rs")))
}

/// Every path a `use` tree names, written out (`a::{b, c::d}` gives `a::b` and `a::c::d`).
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or("").to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|part| !part.is_empty())
        .flat_map(|part| expand_use(&format!("{prefix}{part}")))
        .collect()
}

/// The modules `source` declares with `mod name;`.
fn children(source: &Source) -> BTreeSet<String> {
    source
        .code
        .lines()
        .map(str::trim)
        .filter_map(|line| {
            let line = line.strip_prefix("pub ").unwrap_or(line);
            let line = line.strip_prefix("pub(crate) ").unwrap_or(line);
            line.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(ToOwned::to_owned)
        })
        .collect()
}

/// Resolves `path` (as written in `source`) to an absolute path of segments.
fn absolute(source: &Source, path: &str, children: &BTreeSet<String>) -> Option<Vec<String>> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<String> = match segments.first()? {
        &"crate" => {
            segments.remove(0);
            Vec::new()
        }
        &"super" => {
            let mut base = source.module.clone();
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
            base
        }
        &"self" => {
            segments.remove(0);
            source.module.clone()
        }
        first if children.contains(*first) => source.module.clone(),
        _ => return None,
    };
    base.extend(
        segments
            .into_iter()
            .filter(|s| *s != "self")
            .map(ToOwned::to_owned),
    );
    Some(base)
}

/// The files `source` imports from (not itself).
fn imports(source: &Source) -> BTreeSet<PathBuf> {
    let children = children(source);
    let mut paths = Vec::new();
    let code = &source.code;
    let mut rest = code.as_str();
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        let starts_statement =
            before.is_empty() || before.ends_with(['\n', ' ', '{', ';']) && !before.ends_with("::");
        rest = &rest[at + 4..];
        if !starts_statement {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        paths.extend(expand_use(&rest[..end]));
        rest = &rest[end..];
    }
    for anchor in ["crate::", "super::"] {
        let mut rest = code.as_str();
        while let Some(at) = rest.find(anchor) {
            let word_before = rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let tail = &rest[at..];
            let end = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            if !word_before {
                paths.push(tail[..end].trim_end_matches(':').to_owned());
            }
            rest = &rest[at + anchor.len()..];
        }
    }
    paths
        .iter()
        .filter_map(|path| absolute(source, path, &children))
        .filter_map(|segments| target_of(&segments))
        .filter(|target| *target != source.path)
        .collect()
}

fn graph() -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    sources()
        .iter()
        .map(|source| (source.path.clone(), imports(source)))
        .collect()
}

fn short(path: &Path) -> String {
    path.strip_prefix(src())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let graph = graph();
    // Depth-first search; a file met again on the current path closes a cycle.
    fn visit(
        node: &PathBuf,
        graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        path: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
        cycles: &mut Vec<String>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = path.iter().position(|p| p == node) {
            let names: Vec<String> = path[at..].iter().chain([node]).map(|p| short(p)).collect();
            cycles.push(names.join(" → "));
            return;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, path, done, cycles);
        }
        path.pop();
        done.insert(node.clone());
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

fn layer(layers: &[&[&str]], name: &str) -> Option<usize> {
    layers.iter().position(|layer| layer.contains(&name))
}

#[test]
fn the_core_imports_only_from_its_own_layer_or_below() {
    let core_module = |path: &Path| -> Option<String> {
        let module = module_of(path);
        (module.first().map(String::as_str) == Some("core"))
            .then(|| module.get(1).cloned())
            .flatten()
    };
    let mut wrong = Vec::new();
    for (file, targets) in graph() {
        let Some(from) = core_module(&file) else {
            continue;
        };
        let from_layer = layer(CORE_LAYERS, &from)
            .unwrap_or_else(|| panic!("core module `{from}` is in no layer of CORE_LAYERS"));
        for target in targets {
            let Some(to) = core_module(&target) else {
                if module_of(&target).first().map(String::as_str) != Some("core") {
                    wrong.push(format!(
                        "{} imports {} outside the core",
                        short(&file),
                        short(&target)
                    ));
                }
                continue;
            };
            let to_layer = layer(CORE_LAYERS, &to)
                .unwrap_or_else(|| panic!("core module `{to}` is in no layer of CORE_LAYERS"));
            if to_layer > from_layer {
                wrong.push(format!(
                    "{} (layer {from_layer}) imports {} (layer {to_layer})",
                    short(&file),
                    short(&target)
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_fronts_sit_above_the_core_and_the_words() {
    let top = |path: &Path| module_of(path).first().cloned();
    let mut wrong = Vec::new();
    for (file, targets) in graph() {
        let Some(from) = top(&file) else { continue };
        let Some(from_layer) = layer(FRONT_LAYERS, &from) else {
            continue;
        };
        for target in targets {
            let Some(to) = top(&target) else { continue };
            let Some(to_layer) = layer(FRONT_LAYERS, &to) else {
                continue;
            };
            if to_layer > from_layer || (to_layer == from_layer && to != from) {
                wrong.push(format!("{} imports {}", short(&file), short(&target)));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn only_the_core_file_module_touches_the_disk_and_the_core_draws_nothing() {
    let mut wrong = Vec::new();
    for source in sources() {
        if source.module.first().map(String::as_str) != Some("core") {
            continue;
        }
        for word in ["egui", "eframe", "rfd"] {
            if source.code.contains(&format!("{word}::")) {
                wrong.push(format!("{} uses {word}", short(&source.path)));
            }
        }
        if !source
            .module
            .starts_with(&["core".to_owned(), "file".to_owned()])
            && source.code.contains("fs::")
        {
            wrong.push(format!("{} touches the disk", short(&source.path)));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_stays_one_concern() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|source| source.code.lines().count() > MAX_LINES)
        .map(|source| {
            format!(
                "{} ({} lines)",
                short(&source.path),
                source.code.lines().count()
            )
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines: {}",
        long.join(", ")
    );
}

#[test]
fn the_import_reader_reads_use_trees_and_paths() {
    assert_eq!(
        expand_use("crate::core::{self, file::{Opened, open}, Case}"),
        [
            "crate::core::self",
            "crate::core::file::Opened",
            "crate::core::file::open",
            "crate::core::Case"
        ]
    );
    let source = Source {
        path: src().join("core/valid/scenario.rs"),
        module: module_of(&src().join("core/valid/scenario.rs")),
        code: strip_comments(
            "use super::checker::Checker; // crate::app::x\nlet s = \"crate::cli\";\n",
        ),
    };
    assert_eq!(source.module, ["core", "valid", "scenario"]);
    assert_eq!(
        imports(&source),
        [src().join("core/valid/checker.rs")].into_iter().collect()
    );
}
