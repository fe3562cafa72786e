//! The README's table of keys is the shortcut sheet: the same keys, the same words, in the same
//! order, as the one table the window reads (`app/shortcuts.rs`).
#![cfg(feature = "gui")]

use skenario::app::shortcuts;
use skenario::core::Lang;
use skenario::text::Words;

#[test]
fn the_readme_lists_every_shortcut_the_window_knows() {
    let readme = include_str!("../README.md");
    let table: Vec<(String, String)> = readme
        .lines()
        .skip_while(|line| !line.starts_with("| Keys | Does |"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            match cells.as_slice() {
                [keys, does] => Some(((*keys).to_owned(), (*does).to_owned())),
                _ => None,
            }
        })
        .collect();
    let sheet: Vec<(String, String)> = shortcuts::sheet_lines(Words::get(Lang::En))
        .into_iter()
        .map(|(keys, does)| (keys, does.to_owned()))
        .collect();
    let written: Vec<String> = sheet
        .iter()
        .map(|(keys, does)| format!("| {keys} | {does} |"))
        .collect();
    assert_eq!(
        table,
        sheet,
        "the README's table should read:\n| Keys | Does |\n|---|---|\n{}",
        written.join("\n")
    );
}
