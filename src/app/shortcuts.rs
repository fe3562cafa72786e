//! Every keyboard shortcut, in one table: the listener, the menus' hints, the tooltips and the
//! shortcut sheet all read it, so they cannot disagree (and macOS shows ⌘ where it should).

use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};

use super::command::{Command, DialogCommand, FileCommand};
use crate::app::editing::EditCommand;
use crate::app::explorer::ExploreCommand;
use crate::app::look::CentreTab;
use crate::app::presenting::PresentCommand;
use crate::app::settings::LookCommand;
use crate::core::ConditionIx;
use crate::text::Words;

/// The keys of a shortcut.
#[derive(Debug, Clone, Copy)]
pub enum Keys {
    /// Key chords with a modifier (Ctrl, or ⌘ on macOS); they work even while typing. The
    /// first is the one menus show.
    Chords(&'static [KeyboardShortcut]),
    /// Keys without a modifier; `while_typing` says whether they work in a text field too.
    Plain {
        /// The keys; each press counts.
        keys: &'static [Key],
        /// Whether they work while a text field has the keyboard.
        while_typing: bool,
    },
    /// The digits 1 to 9, for the first nine conditions (not while typing).
    Digits,
}

/// When a shortcut works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// In the explorer.
    Exploring,
    /// In the editor.
    Editing,
    /// In the explorer and the editor.
    Window,
    /// In presenter mode.
    Presenting,
    /// Everywhere.
    Always,
}

/// What the window is doing, which decides the shortcuts that work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Exploring the case.
    Exploring,
    /// Editing the case.
    Editing,
    /// Presenting a walkthrough.
    Presenting,
}

impl When {
    /// Whether a shortcut for `self` works in `mode`.
    pub fn works_in(self, mode: Mode) -> bool {
        match self {
            Self::Always => true,
            Self::Window => mode != Mode::Presenting,
            Self::Exploring => mode == Mode::Exploring,
            Self::Editing => mode == Mode::Editing,
            Self::Presenting => mode == Mode::Presenting,
        }
    }
}

/// One line of the table.
#[derive(Debug, Clone)]
pub struct Shortcut {
    /// What the keys do, in the window's words.
    pub label: fn(&Words) -> &'static str,
    /// The keys.
    pub keys: Keys,
    /// When they work.
    pub when: When,
    /// What they do (for [`Keys::Digits`], the condition comes from the digit).
    pub command: Command,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

/// Every shortcut, in the order of the shortcut sheet.
pub static SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        label: |w| w.window.file_new,
        keys: Keys::Chords(&[ctrl(Key::N)]),
        when: When::Exploring,
        command: Command::File(FileCommand::New),
    },
    Shortcut {
        label: |w| w.window.file_open,
        keys: Keys::Chords(&[ctrl(Key::O)]),
        when: When::Window,
        command: Command::File(FileCommand::ChooseFileToOpen),
    },
    Shortcut {
        label: |w| w.window.file_save,
        keys: Keys::Chords(&[ctrl(Key::S)]),
        when: When::Exploring,
        command: Command::File(FileCommand::Save),
    },
    Shortcut {
        label: |w| w.window.file_save_as,
        keys: Keys::Chords(&[ctrl_shift(Key::S)]),
        when: When::Exploring,
        command: Command::File(FileCommand::ChooseWhereToSave),
    },
    Shortcut {
        label: |w| w.window.file_export,
        keys: Keys::Chords(&[ctrl(Key::E)]),
        when: When::Window,
        command: Command::File(FileCommand::ShowExportDialog),
    },
    Shortcut {
        label: |w| w.window.file_quit,
        keys: Keys::Chords(&[ctrl(Key::Q)]),
        when: When::Window,
        command: Command::File(FileCommand::Quit),
    },
    Shortcut {
        label: |w| w.editor.shortcut_edit,
        keys: Keys::Plain {
            keys: &[Key::F2],
            while_typing: true,
        },
        when: When::Window,
        command: Command::Edit(EditCommand::Toggle),
    },
    Shortcut {
        label: |w| w.editor.shortcut_undo,
        keys: Keys::Chords(&[ctrl(Key::Z)]),
        when: When::Editing,
        command: Command::Edit(EditCommand::Undo),
    },
    Shortcut {
        label: |w| w.editor.shortcut_redo,
        keys: Keys::Chords(&[ctrl_shift(Key::Z), ctrl(Key::Y)]),
        when: When::Editing,
        command: Command::Edit(EditCommand::Redo),
    },
    Shortcut {
        label: |w| w.editor.shortcut_save_case,
        keys: Keys::Chords(&[ctrl(Key::S)]),
        when: When::Editing,
        command: Command::File(FileCommand::SaveCase),
    },
    Shortcut {
        label: |w| w.editor.shortcut_save_case_as,
        keys: Keys::Chords(&[ctrl_shift(Key::S)]),
        when: When::Editing,
        command: Command::File(FileCommand::ChooseWhereToSaveCase),
    },
    Shortcut {
        label: |w| w.window.shortcut_conditions,
        keys: Keys::Digits,
        when: When::Exploring,
        command: Command::Explore(ExploreCommand::CycleCondition(ConditionIx(0))),
    },
    Shortcut {
        label: |w| w.window.reset_to_article,
        keys: Keys::Chords(&[ctrl(Key::R)]),
        when: When::Window,
        command: Command::Explore(ExploreCommand::ResetConditions),
    },
    Shortcut {
        label: |w| w.window.shortcut_language,
        keys: Keys::Chords(&[ctrl(Key::L)]),
        when: When::Always,
        command: Command::Look(LookCommand::ToggleLanguage),
    },
    Shortcut {
        label: |w| w.window.shortcut_theme,
        keys: Keys::Chords(&[ctrl(Key::D)]),
        when: When::Always,
        command: Command::Look(LookCommand::ToggleTheme),
    },
    Shortcut {
        label: |w| w.window.text_bigger,
        keys: Keys::Chords(&[ctrl(Key::Plus), ctrl(Key::Equals)]),
        when: When::Always,
        command: Command::Look(LookCommand::TextBigger),
    },
    Shortcut {
        label: |w| w.window.text_smaller,
        keys: Keys::Chords(&[ctrl(Key::Minus)]),
        when: When::Always,
        command: Command::Look(LookCommand::TextSmaller),
    },
    Shortcut {
        label: |w| w.window.text_reset,
        keys: Keys::Chords(&[ctrl(Key::Num0)]),
        when: When::Always,
        command: Command::Look(LookCommand::TextReset),
    },
    Shortcut {
        label: |w| w.window.view_list,
        keys: Keys::Chords(&[ctrl(Key::Num1)]),
        when: When::Window,
        command: Command::Look(LookCommand::SetTab(CentreTab::List)),
    },
    Shortcut {
        label: |w| w.window.view_graph,
        keys: Keys::Chords(&[ctrl(Key::Num2)]),
        when: When::Window,
        command: Command::Look(LookCommand::SetTab(CentreTab::Graph)),
    },
    Shortcut {
        label: |w| w.window.view_table,
        keys: Keys::Chords(&[ctrl(Key::Num3)]),
        when: When::Window,
        command: Command::Look(LookCommand::SetTab(CentreTab::Table)),
    },
    Shortcut {
        label: |w| w.window.view_compare,
        keys: Keys::Chords(&[ctrl(Key::Num4)]),
        when: When::Window,
        command: Command::Look(LookCommand::SetTab(CentreTab::Compare)),
    },
    Shortcut {
        label: |w| w.window.side_panels,
        keys: Keys::Chords(&[ctrl(Key::B)]),
        when: When::Window,
        command: Command::Look(LookCommand::ToggleSidePanels),
    },
    Shortcut {
        label: |w| w.window.shortcut_clear_selection,
        keys: Keys::Plain {
            keys: &[Key::Escape],
            while_typing: false,
        },
        when: When::Exploring,
        command: Command::Explore(ExploreCommand::SelectConsequence(None)),
    },
    Shortcut {
        label: |w| w.window.present,
        keys: Keys::Plain {
            keys: &[Key::F5],
            while_typing: true,
        },
        when: When::Window,
        command: Command::Present(PresentCommand::Start),
    },
    Shortcut {
        label: |w| w.window.shortcut_presenter_next,
        keys: Keys::Plain {
            keys: &[Key::ArrowRight, Key::Space, Key::PageDown, Key::Enter],
            while_typing: true,
        },
        when: When::Presenting,
        command: Command::Present(PresentCommand::Next),
    },
    Shortcut {
        label: |w| w.window.shortcut_presenter_previous,
        keys: Keys::Plain {
            keys: &[Key::ArrowLeft, Key::PageUp, Key::Backspace],
            while_typing: true,
        },
        when: When::Presenting,
        command: Command::Present(PresentCommand::Previous),
    },
    Shortcut {
        label: |w| w.window.shortcut_presenter_leave,
        keys: Keys::Plain {
            keys: &[Key::Escape],
            while_typing: true,
        },
        when: When::Presenting,
        command: Command::Present(PresentCommand::Leave),
    },
    Shortcut {
        label: |w| w.window.help_shortcuts,
        keys: Keys::Plain {
            keys: &[Key::F1],
            while_typing: true,
        },
        when: When::Window,
        command: Command::Dialog(DialogCommand::ShowShortcuts),
    },
    Shortcut {
        label: |w| w.window.help_shortcuts,
        keys: Keys::Plain {
            keys: &[Key::Questionmark],
            while_typing: false,
        },
        when: When::Window,
        command: Command::Dialog(DialogCommand::ShowShortcuts),
    },
];

/// The digit keys, for conditions 1 to 9.
const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The shortcut that does `command`, if one does.
pub fn for_command(command: &Command) -> Option<&'static Shortcut> {
    SHORTCUTS
        .iter()
        .find(|shortcut| shortcut.command == *command)
}

/// The keys of the shortcut that does `command`, as this platform writes them ("Ctrl+S",
/// "⌘S"); empty when no shortcut does.
pub fn keys_for(ctx: &egui::Context, command: &Command) -> String {
    for_command(command).map_or_else(String::new, |shortcut| {
        keys_text(shortcut.keys, |chord| ctx.format_shortcut(chord))
    })
}

/// The keys of the shortcut that does `command` while the window is in `mode`; empty when no
/// shortcut does it there (Ctrl+S saves the case while editing, so the scenario's Save shows
/// no keys then).
pub fn keys_in(ctx: &egui::Context, command: &Command, mode: Mode) -> String {
    for_command(command)
        .filter(|shortcut| shortcut.when.works_in(mode))
        .map_or_else(String::new, |shortcut| {
            keys_text(shortcut.keys, |chord| ctx.format_shortcut(chord))
        })
}

/// How the shortcut sheet writes `keys`, with `chord` writing a key chord.
pub fn keys_text(keys: Keys, chord: impl Fn(&KeyboardShortcut) -> String) -> String {
    match keys {
        Keys::Chords(chords) => chords.first().map(chord).unwrap_or_default(),
        Keys::Plain { keys, .. } => keys
            .iter()
            .map(|&key| key_name(key))
            .collect::<Vec<_>>()
            .join(" "),
        Keys::Digits => "1 – 9".to_owned(),
    }
}

/// A key's name on the sheet (arrows as arrows).
fn key_name(key: Key) -> &'static str {
    match key {
        Key::ArrowRight => "→",
        Key::ArrowLeft => "←",
        Key::Escape => "Esc",
        other => other.symbol_or_name(),
    }
}

/// The lines of the shortcut sheet: the keys as written on non-Apple keyboards, and what they
/// do. (The window writes chords with [`keys_for`], which knows the platform; this is for the
/// README, which is the same everywhere.)
pub fn sheet_lines(words: &Words) -> Vec<(String, &'static str)> {
    SHORTCUTS
        .iter()
        .map(|shortcut| {
            let keys = keys_text(shortcut.keys, |chord| {
                chord.format(&ModifierNames::NAMES, false)
            });
            (keys, (shortcut.label)(words))
        })
        .collect()
}

/// Takes the keys pressed this frame and turns them into commands. `mode` and
/// `typing` (a text field has the keyboard) decide which shortcuts work; every press of a
/// plain key counts, even several within one frame.
pub fn listen(input: &mut egui::InputState, mode: Mode, typing: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    let active = |when: When| when.works_in(mode);
    // Chords with more modifiers first, so that Ctrl+Shift+S is not taken for Ctrl+S.
    let mut chords: Vec<(&KeyboardShortcut, &Command)> = SHORTCUTS
        .iter()
        .filter(|shortcut| active(shortcut.when))
        .filter_map(|shortcut| match shortcut.keys {
            Keys::Chords(chords) => Some(chords.iter().map(move |c| (c, &shortcut.command))),
            _ => None,
        })
        .flatten()
        .collect();
    chords.sort_by_key(|(chord, _)| std::cmp::Reverse(modifier_count(chord.modifiers)));
    for (chord, command) in chords {
        if input.consume_shortcut(chord) {
            commands.push(command.clone());
        }
    }
    for shortcut in SHORTCUTS.iter().filter(|shortcut| active(shortcut.when)) {
        match shortcut.keys {
            Keys::Chords(_) => {}
            Keys::Plain { keys, while_typing } => {
                if typing && !while_typing {
                    continue;
                }
                for &key in keys {
                    let mut presses = input.count_and_consume_key(Modifiers::NONE, key);
                    if key == Key::Questionmark {
                        presses += input.count_and_consume_key(Modifiers::SHIFT, key);
                    }
                    commands.extend(std::iter::repeat_n(shortcut.command.clone(), presses));
                }
            }
            Keys::Digits => {
                if typing {
                    continue;
                }
                for (index, key) in DIGITS.into_iter().enumerate() {
                    let presses = input.count_and_consume_key(Modifiers::NONE, key);
                    let command =
                        Command::Explore(ExploreCommand::CycleCondition(ConditionIx(index)));
                    commands.extend(std::iter::repeat_n(command, presses));
                }
            }
        }
    }
    commands
}

fn modifier_count(modifiers: Modifiers) -> usize {
    [
        modifiers.alt,
        modifiers.shift,
        modifiers.command || modifiers.ctrl,
    ]
    .into_iter()
    .filter(|&held| held)
    .count()
}
