//! Every string of the window, in English and Bahasa Indonesia. Both tables fill the same
//! struct, so a missing translation is a compile error.

use crate::core::{ConditionState, Lang, Status};

/// The window's strings in one language.
pub struct Strings {
    /// Shown for an untitled scenario.
    pub untitled: &'static str,
    /// Marks unsaved changes in the window title.
    pub unsaved_mark: &'static str,

    // Menus and the top bar.
    /// "File" menu.
    pub menu_file: &'static str,
    /// File → New.
    pub file_new: &'static str,
    /// File → Open….
    pub file_open: &'static str,
    /// File → Open recent.
    pub file_open_recent: &'static str,
    /// Shown in an empty recent list.
    pub no_recent_files: &'static str,
    /// File → Save.
    pub file_save: &'static str,
    /// File → Save as….
    pub file_save_as: &'static str,
    /// File → Quit.
    pub file_quit: &'static str,
    /// "View" menu.
    pub menu_view: &'static str,
    /// "Help" menu.
    pub menu_help: &'static str,
    /// Help → Keyboard shortcuts.
    pub help_shortcuts: &'static str,
    /// The language switch's accessible name.
    pub language: &'static str,
    /// The theme switch.
    pub theme: &'static str,
    /// Light theme.
    pub theme_light: &'static str,
    /// Dark theme.
    pub theme_dark: &'static str,
    /// Larger text.
    pub text_bigger: &'static str,
    /// Smaller text.
    pub text_smaller: &'static str,
    /// Normal text size.
    pub text_reset: &'static str,
    /// The text size, e.g. "Text 125 %".
    pub text_size: fn(u32) -> String,

    // Conditions panel.
    /// Panel heading.
    pub conditions: &'static str,
    /// Explains the three states.
    pub conditions_hint: &'static str,
    /// A condition state's name.
    pub state_name: fn(ConditionState) -> &'static str,
    /// Tooltip of a condition's number key.
    pub condition_key_hint: &'static str,
    /// Reset button.
    pub reset_to_article: &'static str,
    /// Its tooltip.
    pub reset_to_article_hint: &'static str,
    /// Presets heading.
    pub presets: &'static str,
    /// Scenario name field.
    pub scenario_name: &'static str,
    /// Scenario notes field.
    pub scenario_notes: &'static str,

    // Consequences panel.
    /// Panel heading.
    pub consequences: &'static str,
    /// Group heading per status, with the count.
    pub status_group: fn(Status, usize) -> String,
    /// Status word on a card.
    pub status_name: fn(Status) -> &'static str,
    /// "Actor".
    pub actor: &'static str,
    /// "Claimed by".
    pub claimed_by: &'static str,
    /// When the article itself reports something.
    pub the_article_itself: &'static str,
    /// "Why".
    pub why: &'static str,
    /// Why, for something reported without condition.
    pub reported_without_condition: &'static str,
    /// "Because" (for what does not follow).
    pub because: &'static str,
    /// "Depends on".
    pub depends_on: &'static str,
    /// "Would follow if".
    pub would_follow_if: &'static str,
    /// "or" between alternatives.
    pub or: &'static str,
    /// "and" between settings.
    pub and: &'static str,
    /// When nothing can make it follow.
    pub never_follows: &'static str,
    /// When the search for changes stopped early.
    pub search_cut_short: &'static str,
    /// "Contested by X".
    pub contested_by: fn(&str) -> String,
    /// Evidence chip tooltip prefix.
    pub evidence: &'static str,
    /// Badge for a consequence that just appeared.
    pub just_appeared: &'static str,
    /// Badge for a consequence that just disappeared.
    pub just_disappeared: &'static str,
    /// Tooltip of the firmness badge.
    pub firmness_hint: &'static str,
    /// Accessible name of a card: its title and status.
    pub card_label: fn(&str, Status) -> String,
    /// Accessible name of an evidence chip.
    pub chip_label: fn(u32, &str) -> String,

    // Tension banner.
    /// Banner heading.
    pub tension: &'static str,

    // Article panel.
    /// Panel heading.
    pub article: &'static str,
    /// Show both languages.
    pub view_both: &'static str,
    /// Show the original only.
    pub view_original: &'static str,
    /// Show the translation only.
    pub view_translation: &'static str,
    /// The article view switch.
    pub article_view: &'static str,
    /// A sentence the case does not model.
    pub not_modelled: &'static str,
    /// "This sentence grounds:".
    pub grounds: &'static str,
    /// Nothing is grounded by the sentence.
    pub grounds_nothing: &'static str,
    /// Ground kinds.
    pub ground_condition: &'static str,
    /// Ground kinds.
    pub ground_consequence: &'static str,
    /// Ground kinds.
    pub ground_objection: &'static str,
    /// Ground kinds.
    pub ground_tension: &'static str,
    /// Accessible name of a sentence.
    pub sentence_label: fn(u32) -> String,
    /// Show the original quote.
    pub original: &'static str,
    /// Show the translation.
    pub translation: &'static str,
    /// The source line under the title.
    pub source: &'static str,

    // Files.
    /// In-app chooser title (open).
    pub chooser_open_title: &'static str,
    /// In-app chooser title (save).
    pub chooser_save_title: &'static str,
    /// Why the in-app chooser appears.
    pub chooser_no_native: &'static str,
    /// Path field.
    pub chooser_path: &'static str,
    /// Recent files heading.
    pub chooser_recent: &'static str,
    /// Shipped scenarios heading.
    pub chooser_shipped: &'static str,
    /// Files in the folder heading.
    pub chooser_folder: fn(&str) -> String,
    /// Open button.
    pub open: &'static str,
    /// Save button.
    pub save: &'static str,
    /// Cancel button.
    pub cancel: &'static str,
    /// Error: the path is empty.
    pub chooser_empty_path: &'static str,
    /// Title of a failed open.
    pub open_failed: fn(&str) -> String,
    /// Title of a failed save.
    pub save_failed: &'static str,
    /// Title of opening with warnings.
    pub opened_with_warnings: &'static str,
    /// Dismiss button.
    pub dismiss: &'static str,
    /// Drop overlay.
    pub drop_to_open: &'static str,
    /// Shipped scenarios open as untitled copies.
    pub shipped_copy_note: &'static str,

    // Unsaved changes prompt.
    /// Prompt title.
    pub unsaved_title: &'static str,
    /// Prompt text.
    pub unsaved_text: fn(&str) -> String,
    /// Save and continue.
    pub unsaved_save: &'static str,
    /// Discard and continue.
    pub unsaved_discard: &'static str,

    // Shortcuts sheet.
    /// Sheet title.
    pub shortcuts_title: &'static str,
    /// One line per shortcut: (keys, what).
    pub shortcut_lines: &'static [(&'static str, &'static str)],
    /// Close button.
    pub close: &'static str,
}

impl Strings {
    /// The table for `lang`.
    pub fn get(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }
}

/// The language the OS asks for: Bahasa Indonesia for an `id` locale, English otherwise.
pub fn os_language() -> Lang {
    match sys_locale::get_locale() {
        Some(locale) if locale.to_ascii_lowercase().starts_with("id") => Lang::Id,
        _ => Lang::En,
    }
}

const EN: Strings = Strings {
    untitled: "Untitled scenario",
    unsaved_mark: "*",
    menu_file: "File",
    file_new: "New scenario",
    file_open: "Open…",
    file_open_recent: "Open recent",
    no_recent_files: "No recent files",
    file_save: "Save",
    file_save_as: "Save as…",
    file_quit: "Quit",
    menu_view: "View",
    menu_help: "Help",
    help_shortcuts: "Keyboard shortcuts",
    language: "Language",
    theme: "Theme",
    theme_light: "Light",
    theme_dark: "Dark",
    text_bigger: "Larger text",
    text_smaller: "Smaller text",
    text_reset: "Normal text size",
    text_size: |percent| format!("Text {percent} %"),
    conditions: "Conditions",
    conditions_hint: "Yes, no, or unknown — unknown is the world as the article leaves it.",
    state_name: |state| match state {
        ConditionState::Yes => "Yes",
        ConditionState::No => "No",
        ConditionState::Unknown => "Unknown",
    },
    condition_key_hint: "Press this number to step through unknown, yes and no",
    reset_to_article: "Reset to the article's world",
    reset_to_article_hint: "Set every condition back to unknown",
    presets: "Presets",
    scenario_name: "Scenario name",
    scenario_notes: "Notes",
    consequences: "What follows",
    status_group: |status, count| match status {
        Status::Follows => format!("Follows ({count})"),
        Status::Depends => format!("Depends on something unknown ({count})"),
        Status::DoesNotFollow => format!("Does not follow ({count})"),
    },
    status_name: |status| match status {
        Status::Follows => "follows",
        Status::Depends => "depends",
        Status::DoesNotFollow => "does not follow",
    },
    actor: "Actor",
    claimed_by: "Claimed by",
    the_article_itself: "the article itself",
    why: "Why",
    reported_without_condition: "the article reports it without condition",
    because: "Because",
    depends_on: "Depends on",
    would_follow_if: "Would follow if",
    or: "or",
    and: "and",
    never_follows: "no combination of conditions makes it follow",
    search_cut_short: "no change found within the search limit",
    contested_by: |who| format!("Contested by {who}"),
    evidence: "Evidence",
    just_appeared: "now follows",
    just_disappeared: "no longer follows",
    firmness_hint: "How firm the article's wording is",
    card_label: |title, status| format!("{title} — {}", (EN.status_name)(status)),
    chip_label: |number, title| format!("Sentence {number}, evidence for: {title}"),
    tension: "Tension",
    article: "Article",
    view_both: "Both",
    view_original: "Original",
    view_translation: "Translation",
    article_view: "Article language",
    not_modelled: "not modelled",
    grounds: "This sentence grounds:",
    grounds_nothing: "Nothing: the case leaves this sentence out on purpose.",
    ground_condition: "condition",
    ground_consequence: "consequence",
    ground_objection: "objection",
    ground_tension: "tension",
    sentence_label: |number| format!("Sentence {number}"),
    original: "Original (Indonesian)",
    translation: "Translation",
    source: "Source",
    chooser_open_title: "Open a scenario or case",
    chooser_save_title: "Save the scenario",
    chooser_no_native: "No system file dialog is available here, so Skenario offers its own.",
    chooser_path: "File path",
    chooser_recent: "Recent files",
    chooser_shipped: "Shipped scenarios",
    chooser_folder: |folder| format!("Files in {folder}"),
    open: "Open",
    save: "Save",
    cancel: "Cancel",
    chooser_empty_path: "Type a file path first.",
    open_failed: |file| format!("Could not open {file}"),
    save_failed: "Could not save the scenario; it is still open and unsaved",
    opened_with_warnings: "Opened, with warnings",
    dismiss: "Dismiss",
    drop_to_open: "Drop a .ron file to open it",
    shipped_copy_note: "Shipped scenarios open as untitled copies; save to keep your changes.",
    unsaved_title: "Unsaved changes",
    unsaved_text: |name| format!("\u{201c}{name}\u{201d} has unsaved changes. Save them first?"),
    unsaved_save: "Save",
    unsaved_discard: "Discard changes",
    shortcuts_title: "Keyboard shortcuts",
    shortcut_lines: &[
        ("Ctrl+N", "New scenario"),
        ("Ctrl+O", "Open…"),
        ("Ctrl+S", "Save"),
        ("Ctrl+Shift+S", "Save as…"),
        ("1 – 9", "Cycle condition 1–9: unknown, yes, no"),
        ("Ctrl+R", "Reset to the article's world"),
        ("Ctrl+L", "Switch language (English / Bahasa Indonesia)"),
        ("Ctrl+D", "Switch light / dark theme"),
        ("Ctrl++ / Ctrl+−", "Larger / smaller text"),
        ("Ctrl+0", "Normal text size"),
        ("Tab / Shift+Tab", "Move between controls"),
        ("Escape", "Close a dialog, clear the selection"),
        ("F1 or ?", "This sheet"),
    ],
    close: "Close",
};

const ID: Strings = Strings {
    untitled: "Skenario tanpa judul",
    unsaved_mark: "*",
    menu_file: "Berkas",
    file_new: "Skenario baru",
    file_open: "Buka…",
    file_open_recent: "Buka yang terakhir",
    no_recent_files: "Belum ada berkas terakhir",
    file_save: "Simpan",
    file_save_as: "Simpan sebagai…",
    file_quit: "Keluar",
    menu_view: "Tampilan",
    menu_help: "Bantuan",
    help_shortcuts: "Pintasan papan ketik",
    language: "Bahasa",
    theme: "Tema",
    theme_light: "Terang",
    theme_dark: "Gelap",
    text_bigger: "Teks lebih besar",
    text_smaller: "Teks lebih kecil",
    text_reset: "Ukuran teks normal",
    text_size: |percent| format!("Teks {percent} %"),
    conditions: "Kondisi",
    conditions_hint: "Ya, tidak, atau belum diketahui — belum diketahui berarti dunia seperti yang ditinggalkan artikel.",
    state_name: |state| match state {
        ConditionState::Yes => "Ya",
        ConditionState::No => "Tidak",
        ConditionState::Unknown => "Belum diketahui",
    },
    condition_key_hint: "Tekan angka ini untuk berganti antara belum diketahui, ya, dan tidak",
    reset_to_article: "Kembali ke dunia artikel",
    reset_to_article_hint: "Kembalikan semua kondisi menjadi belum diketahui",
    presets: "Pilihan siap pakai",
    scenario_name: "Nama skenario",
    scenario_notes: "Catatan",
    consequences: "Apa yang terjadi",
    status_group: |status, count| match status {
        Status::Follows => format!("Terjadi ({count})"),
        Status::Depends => format!("Bergantung pada hal yang belum diketahui ({count})"),
        Status::DoesNotFollow => format!("Tidak terjadi ({count})"),
    },
    status_name: |status| match status {
        Status::Follows => "terjadi",
        Status::Depends => "bergantung",
        Status::DoesNotFollow => "tidak terjadi",
    },
    actor: "Pelaku",
    claimed_by: "Menurut",
    the_article_itself: "artikel itu sendiri",
    why: "Mengapa",
    reported_without_condition: "artikel melaporkannya tanpa syarat",
    because: "Karena",
    depends_on: "Bergantung pada",
    would_follow_if: "Akan terjadi jika",
    or: "atau",
    and: "dan",
    never_follows: "tidak ada kombinasi kondisi yang membuatnya terjadi",
    search_cut_short: "tidak ditemukan perubahan dalam batas pencarian",
    contested_by: |who| format!("Dibantah oleh {who}"),
    evidence: "Bukti",
    just_appeared: "kini terjadi",
    just_disappeared: "tidak lagi terjadi",
    firmness_hint: "Seberapa tegas kata-kata artikel",
    card_label: |title, status| format!("{title} — {}", (ID.status_name)(status)),
    chip_label: |number, title| format!("Kalimat {number}, bukti untuk: {title}"),
    tension: "Ketegangan",
    article: "Artikel",
    view_both: "Keduanya",
    view_original: "Asli",
    view_translation: "Terjemahan",
    article_view: "Bahasa artikel",
    not_modelled: "tidak dimodelkan",
    grounds: "Kalimat ini menjadi dasar untuk:",
    grounds_nothing: "Tidak ada: kasus ini sengaja tidak memodelkan kalimat ini.",
    ground_condition: "kondisi",
    ground_consequence: "akibat",
    ground_objection: "bantahan",
    ground_tension: "ketegangan",
    sentence_label: |number| format!("Kalimat {number}"),
    original: "Asli (bahasa Indonesia)",
    translation: "Terjemahan",
    source: "Sumber",
    chooser_open_title: "Buka skenario atau kasus",
    chooser_save_title: "Simpan skenario",
    chooser_no_native: "Dialog berkas sistem tidak tersedia di sini, jadi Skenario menyediakan dialognya sendiri.",
    chooser_path: "Lokasi berkas",
    chooser_recent: "Berkas terakhir",
    chooser_shipped: "Skenario bawaan",
    chooser_folder: |folder| format!("Berkas di {folder}"),
    open: "Buka",
    save: "Simpan",
    cancel: "Batal",
    chooser_empty_path: "Ketik lokasi berkas terlebih dahulu.",
    open_failed: |file| format!("Tidak dapat membuka {file}"),
    save_failed: "Skenario tidak dapat disimpan; skenario masih terbuka dan belum tersimpan",
    opened_with_warnings: "Terbuka, dengan peringatan",
    dismiss: "Tutup",
    drop_to_open: "Lepaskan berkas .ron untuk membukanya",
    shipped_copy_note: "Skenario bawaan dibuka sebagai salinan tanpa judul; simpan untuk menyimpan perubahan.",
    unsaved_title: "Perubahan belum disimpan",
    unsaved_text: |name| {
        format!("\u{201c}{name}\u{201d} memiliki perubahan yang belum disimpan. Simpan dahulu?")
    },
    unsaved_save: "Simpan",
    unsaved_discard: "Buang perubahan",
    shortcuts_title: "Pintasan papan ketik",
    shortcut_lines: &[
        ("Ctrl+N", "Skenario baru"),
        ("Ctrl+O", "Buka…"),
        ("Ctrl+S", "Simpan"),
        ("Ctrl+Shift+S", "Simpan sebagai…"),
        ("1 – 9", "Ganti kondisi 1–9: belum diketahui, ya, tidak"),
        ("Ctrl+R", "Kembali ke dunia artikel"),
        ("Ctrl+L", "Ganti bahasa (English / Bahasa Indonesia)"),
        ("Ctrl+D", "Ganti tema terang / gelap"),
        ("Ctrl++ / Ctrl+−", "Teks lebih besar / lebih kecil"),
        ("Ctrl+0", "Ukuran teks normal"),
        ("Tab / Shift+Tab", "Pindah antar kontrol"),
        ("Escape", "Tutup dialog, hapus pilihan"),
        ("F1 atau ?", "Lembar ini"),
    ],
    close: "Tutup",
};
