//! Every string of the window, in English and Bahasa Indonesia. Both tables fill the same
//! struct, so a missing translation is a compile error.

use super::CentralView;
use crate::core::words::{self, Explaining};
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
    /// The words that explain an outcome (shared with handouts).
    pub explaining: &'static Explaining,
    /// Panel heading.
    pub consequences: &'static str,
    /// Group heading per status, with the count.
    pub status_group: fn(Status, usize) -> String,
    /// Status word on a card.
    pub status_name: fn(Status) -> &'static str,
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

    // Central views.
    /// The view switch's accessible name.
    pub views: &'static str,
    /// The name of each central view.
    pub view_name: fn(CentralView) -> &'static str,
    /// How to use the graph.
    pub graph_hint: &'static str,
    /// View menu: the conditions and article panels shown.
    pub side_panels: &'static str,
    /// Reset the graph's pan and zoom.
    pub graph_fit: &'static str,
    /// Accessible name prefix of a graph node.
    pub graph_node: &'static str,
    /// The truth table cannot be listed.
    pub table_too_large: &'static str,
    /// What the truth table's marks mean.
    pub table_legend: &'static str,
    /// "Row" (accessible name of a table row).
    pub table_row: &'static str,

    // Presenter mode.
    /// Button that starts the walkthrough.
    pub present: &'static str,
    /// The case has no walkthrough.
    pub no_walkthrough: &'static str,
    /// Leave presenter mode.
    pub presenter_leave: &'static str,
    /// Next step.
    pub presenter_next: &'static str,
    /// Reveal the answer.
    pub presenter_reveal: &'static str,
    /// Previous step.
    pub presenter_previous: &'static str,
    /// "Step 3 of 8".
    pub step_of: fn(usize, usize) -> String,
    /// Heading of the question.
    pub question: &'static str,
    /// Heading of the answer.
    pub answer: &'static str,
    /// Shown before the reveal.
    pub presenter_predict_hint: &'static str,
    /// Heading of the status changes.
    pub what_changed: &'static str,

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

    // Compare view.
    /// Heading of the picker.
    pub compare_with: &'static str,
    /// Accessible name prefix of a compare button.
    pub compare_button: &'static str,
    /// Choose a scenario file to compare with.
    pub compare_choose_file: &'static str,
    /// Before anything is chosen.
    pub compare_hint: &'static str,
    /// Nothing differs in what follows.
    pub compare_same: &'static str,
    /// Consequences that follow only in B.
    pub compare_appear: &'static str,
    /// Consequences that follow only in A.
    pub compare_disappear: &'static str,
    /// Other status changes.
    pub compare_other: &'static str,
    /// A tension only in B.
    pub compare_tension_appear: &'static str,
    /// A tension only in A.
    pub compare_tension_disappear: &'static str,
    /// The chosen file is for another case.
    pub compare_other_case: fn(&str, &str) -> String,

    // Export.
    /// File → Export handout….
    pub file_export: &'static str,
    /// Dialog title.
    pub export_title: &'static str,
    /// What a handout holds.
    pub export_hint: &'static str,
    /// HTML format.
    pub export_html: &'static str,
    /// Markdown format.
    pub export_markdown: &'static str,
    /// Include the walkthrough's questions.
    pub export_questions: &'static str,
    /// Choose where (system dialog).
    pub export_choose: &'static str,
    /// Export button.
    pub export_go: &'static str,
    /// Export done.
    pub export_done: &'static str,
    /// Export failed.
    pub export_failed: &'static str,

    // Recovery and overwriting.
    /// Recovery prompt title.
    pub recovery_title: &'static str,
    /// Recovery prompt text: the scenario's name.
    pub recovery_text: fn(&str) -> String,
    /// Recover button.
    pub recover: &'static str,
    /// Discard button.
    pub discard: &'static str,
    /// The autosave could not be read.
    pub recovery_unreadable: &'static str,
    /// The recovered work could not be opened.
    pub recovery_failed: &'static str,
    /// The autosave could not be written.
    pub autosave_failed: &'static str,
    /// Overwrite prompt title.
    pub overwrite_title: &'static str,
    /// Overwrite prompt text: the file name.
    pub overwrite_text: fn(&str) -> String,
    /// Overwrite button.
    pub overwrite: &'static str,

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
    explaining: &words::EN,
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
    contested_by: |who| format!("Contested by {who}"),
    evidence: "Evidence",
    just_appeared: "now follows",
    just_disappeared: "no longer follows",
    firmness_hint: "How firm the article's wording is",
    card_label: |title, status| format!("{title} — {}", (EN.status_name)(status)),
    chip_label: |number, title| format!("Sentence {number}, evidence for: {title}"),
    views: "View",
    view_name: |view| match view {
        CentralView::List => "What follows",
        CentralView::Graph => "Graph",
        CentralView::Table => "Truth table",
        CentralView::Compare => "Compare",
    },
    graph_hint: "Drag to pan, scroll to zoom. Click a condition to change it, a consequence to select it. Ctrl+B: more room.",
    side_panels: "Side panels (conditions, article)",
    graph_fit: "Fit to view",
    graph_node: "Graph node",
    table_too_large: "Too many conditions to list every combination.",
    table_legend: "Each row is one combination of conditions. ✓ the article says it follows · the article is silent ⚠ a combination the article treats as alternatives. Click a row to try it.",
    table_row: "Row",
    present: "Present walkthrough",
    no_walkthrough: "This case has no walkthrough to present.",
    presenter_leave: "Leave (Esc)",
    presenter_next: "Next →",
    presenter_reveal: "Reveal →",
    presenter_previous: "← Previous",
    step_of: |step, total| format!("Step {step} of {total}"),
    question: "Question for the class",
    answer: "What the article says",
    presenter_predict_hint: "Discuss and predict first — then press → to reveal what the article says.",
    what_changed: "What changed at this step",
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
    compare_with: "Compare the open scenario (A) with (B):",
    compare_button: "Compare with",
    compare_choose_file: "Choose a scenario file…",
    compare_hint: "Pick a scenario to see what appears and disappears between the two, with the quotes.",
    compare_same: "The same consequences follow in both.",
    compare_appear: "Follows only in B",
    compare_disappear: "Follows only in A",
    compare_other: "Other changes",
    compare_tension_appear: "Tension only in B",
    compare_tension_disappear: "Tension only in A",
    compare_other_case: |file, case| {
        format!("{file} is a scenario of case `{case}`; compare scenarios of the same case")
    },
    file_export: "Export handout…",
    export_title: "Export a handout",
    export_hint: "One page for the class: the conditions, what follows and what does not, with the article's sentences and their translations. HTML prints on A4; Markdown is for editing.",
    export_html: "Printable HTML",
    export_markdown: "Markdown",
    export_questions: "Add the walkthrough's questions (without the answers)",
    export_choose: "Choose…",
    export_go: "Export",
    export_done: "Handout written",
    export_failed: "Could not write the handout",
    recovery_title: "Recover unsaved work?",
    recovery_text: |name| {
        format!(
            "Skenario closed before \u{201c}{name}\u{201d} was saved. Its last changes were kept. Recover them?"
        )
    },
    recover: "Recover",
    discard: "Discard",
    recovery_unreadable: "Unsaved work from last time could not be read; the file is kept here:",
    recovery_failed: "The unsaved work from last time could not be opened",
    autosave_failed: "Unsaved work cannot be kept safe right now (autosave failed); save soon",
    overwrite_title: "The file changed on disk",
    overwrite_text: |file| {
        format!(
            "{file} was changed by something else since you opened or saved it. Overwrite it with this scenario?"
        )
    },
    overwrite: "Overwrite",
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
        ("Ctrl+E", "Export a handout…"),
        ("1 – 9", "Cycle condition 1–9: unknown, yes, no"),
        ("Ctrl+R", "Reset to the article's world"),
        ("Ctrl+L", "Switch language (English / Bahasa Indonesia)"),
        ("Ctrl+D", "Switch light / dark theme"),
        ("Ctrl++ / Ctrl+−", "Larger / smaller text"),
        ("Ctrl+0", "Normal text size"),
        (
            "Ctrl+B",
            "Hide / show the side panels (conditions, article)",
        ),
        ("Tab / Shift+Tab", "Move between controls"),
        ("Escape", "Close a dialog, clear the selection"),
        ("F5", "Present the walkthrough"),
        (
            "→ Space PageDown / ← PageUp",
            "In a presentation: next (or reveal) / previous",
        ),
        ("Escape", "Leave the presentation"),
        (
            "Ctrl+1 – Ctrl+4",
            "What follows, graph, truth table, compare",
        ),
        ("F1 or ?", "This sheet"),
    ],
    close: "Close",
};

const ID: Strings = Strings {
    explaining: &words::ID,
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
    contested_by: |who| format!("Dibantah oleh {who}"),
    evidence: "Bukti",
    just_appeared: "kini terjadi",
    just_disappeared: "tidak lagi terjadi",
    firmness_hint: "Seberapa tegas kata-kata artikel",
    card_label: |title, status| format!("{title} — {}", (ID.status_name)(status)),
    chip_label: |number, title| format!("Kalimat {number}, bukti untuk: {title}"),
    views: "Tampilan",
    view_name: |view| match view {
        CentralView::List => "Apa yang terjadi",
        CentralView::Graph => "Grafik",
        CentralView::Table => "Tabel kebenaran",
        CentralView::Compare => "Bandingkan",
    },
    graph_hint: "Seret untuk menggeser, gulir untuk memperbesar. Klik kondisi untuk mengubahnya, klik akibat untuk memilihnya. Ctrl+B: ruang lebih luas.",
    side_panels: "Panel samping (kondisi, artikel)",
    graph_fit: "Sesuaikan tampilan",
    graph_node: "Simpul grafik",
    table_too_large: "Terlalu banyak kondisi untuk mencantumkan setiap kombinasi.",
    table_legend: "Setiap baris adalah satu kombinasi kondisi. ✓ menurut artikel terjadi · artikel diam ⚠ kombinasi yang diperlakukan artikel sebagai alternatif. Klik baris untuk mencobanya.",
    table_row: "Baris",
    present: "Presentasikan panduan",
    no_walkthrough: "Kasus ini tidak memiliki panduan untuk dipresentasikan.",
    presenter_leave: "Keluar (Esc)",
    presenter_next: "Berikutnya →",
    presenter_reveal: "Ungkap →",
    presenter_previous: "← Sebelumnya",
    step_of: |step, total| format!("Langkah {step} dari {total}"),
    question: "Pertanyaan untuk kelas",
    answer: "Apa kata artikel",
    presenter_predict_hint: "Diskusikan dan tebak dahulu — lalu tekan → untuk mengungkap apa kata artikel.",
    what_changed: "Apa yang berubah pada langkah ini",
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
    compare_with: "Bandingkan skenario yang terbuka (A) dengan (B):",
    compare_button: "Bandingkan dengan",
    compare_choose_file: "Pilih berkas skenario…",
    compare_hint: "Pilih skenario untuk melihat apa yang muncul dan hilang di antara keduanya, beserta kutipannya.",
    compare_same: "Akibat yang sama terjadi pada keduanya.",
    compare_appear: "Hanya terjadi di B",
    compare_disappear: "Hanya terjadi di A",
    compare_other: "Perubahan lain",
    compare_tension_appear: "Ketegangan hanya di B",
    compare_tension_disappear: "Ketegangan hanya di A",
    compare_other_case: |file, case| {
        format!(
            "{file} adalah skenario untuk kasus `{case}`; bandingkan skenario dari kasus yang sama"
        )
    },
    file_export: "Ekspor lembar kerja…",
    export_title: "Ekspor lembar kerja",
    export_hint: "Satu halaman untuk kelas: kondisi, apa yang terjadi dan tidak, beserta kalimat artikel dan terjemahannya. HTML dapat dicetak di kertas A4; Markdown untuk disunting.",
    export_html: "HTML untuk dicetak",
    export_markdown: "Markdown",
    export_questions: "Sertakan pertanyaan panduan (tanpa jawaban)",
    export_choose: "Pilih…",
    export_go: "Ekspor",
    export_done: "Lembar kerja ditulis",
    export_failed: "Lembar kerja tidak dapat ditulis",
    recovery_title: "Pulihkan pekerjaan yang belum disimpan?",
    recovery_text: |name| {
        format!(
            "Skenario tertutup sebelum \u{201c}{name}\u{201d} disimpan. Perubahan terakhirnya masih ada. Pulihkan?"
        )
    },
    recover: "Pulihkan",
    discard: "Buang",
    recovery_unreadable: "Pekerjaan yang belum disimpan dari sesi lalu tidak dapat dibaca; berkasnya disimpan di sini:",
    recovery_failed: "Pekerjaan yang belum disimpan dari sesi lalu tidak dapat dibuka",
    autosave_failed: "Pekerjaan yang belum disimpan saat ini tidak dapat diamankan (simpan otomatis gagal); segera simpan",
    overwrite_title: "Berkas berubah di disk",
    overwrite_text: |file| {
        format!(
            "{file} diubah oleh pihak lain sejak Anda membuka atau menyimpannya. Timpa dengan skenario ini?"
        )
    },
    overwrite: "Timpa",
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
        ("Ctrl+E", "Ekspor lembar kerja…"),
        ("1 – 9", "Ganti kondisi 1–9: belum diketahui, ya, tidak"),
        ("Ctrl+R", "Kembali ke dunia artikel"),
        ("Ctrl+L", "Ganti bahasa (English / Bahasa Indonesia)"),
        ("Ctrl+D", "Ganti tema terang / gelap"),
        ("Ctrl++ / Ctrl+−", "Teks lebih besar / lebih kecil"),
        ("Ctrl+0", "Ukuran teks normal"),
        (
            "Ctrl+B",
            "Sembunyikan / tampilkan panel samping (kondisi, artikel)",
        ),
        ("Tab / Shift+Tab", "Pindah antar kontrol"),
        ("Escape", "Tutup dialog, hapus pilihan"),
        ("F5", "Presentasikan panduan"),
        (
            "→ Spasi PageDown / ← PageUp",
            "Dalam presentasi: berikutnya (atau ungkap) / sebelumnya",
        ),
        ("Escape", "Keluar dari presentasi"),
        (
            "Ctrl+1 – Ctrl+4",
            "Apa yang terjadi, grafik, tabel kebenaran, bandingkan",
        ),
        ("F1 atau ?", "Lembar ini"),
    ],
    close: "Tutup",
};
