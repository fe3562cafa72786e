//! Every word in Bahasa Indonesia.

mod access;
mod editor;
mod findings;
mod grading;
mod languages;
mod sharing;

use crate::core::{ConditionState, Firmness, Kind, Lang, Status};
use crate::text::content::ContentWords;
use crate::text::explaining::Explaining;
use crate::text::handout::HandoutWords;
use crate::text::window::WindowWords;
use crate::text::words::Words;

static EXPLAINING: Explaining = Explaining {
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
    not: "bukan",
    does_not_apply: "tidak berlaku",
    only_when: |rule| format!("hanya jika {rule}"),
    excluded: "tidak (tertutup)",
    excluded_because: |partner| {
        format!("“{partner}” bernilai ya, dan paling banyak satu di antaranya yang bisa ya")
    },
};

/// Bahasa Indonesia.
pub static WORDS: Words = Words {
    lang: Lang::Id,
    content: ContentWords {
        kind: |kind| {
            Some(match kind {
                Kind::MilitaryCommitment => "komitmen militer",
                Kind::SecurityGuarantee => "jaminan keamanan",
                Kind::Sanction => "sanksi",
                Kind::DiplomaticStep => "langkah diplomatik",
                Kind::Position => "sikap atau reaksi",
                Kind::Custom(_) => return None,
            })
        },
        firmness: |firmness| match firmness {
            Firmness::Pledged => "berkomitmen",
            Firmness::Expected => "diharapkan",
            Firmness::Believed => "diyakini",
            Firmness::Intends => "berniat",
            Firmness::Considers => "mempertimbangkan",
            Firmness::Threatens => "mengancam",
            Firmness::Rejects => "menolak",
            Firmness::Stated => "dinyatakan",
        },
        firmness_meaning: |firmness| match firmness {
            Firmness::Pledged => "diumumkan sebagai komitmen yang sudah dibuat",
            Firmness::Expected => "diharapkan terjadi; belum terjadi",
            Firmness::Believed => "keyakinan seseorang, bukan komitmen",
            Firmness::Intends => "niat yang dinyatakan, belum dilaksanakan",
            Firmness::Considers => "belum menutup kemungkinan; bisa terjadi, belum diputuskan",
            Firmness::Threatens => {
                "peringatan tentang apa yang akan dilakukan jika suatu syarat terpenuhi"
            }
            Firmness::Rejects => "penolakan",
            Firmness::Stated => "dilaporkan sebagai ucapan atau tindakan",
        },
        state: |state| match state {
            ConditionState::Yes => "ya",
            ConditionState::No => "tidak",
            ConditionState::Unknown => "belum diketahui",
        },
        source_field: |field| match field {
            "outlet" => "Media",
            "author" => "Penulis",
            "date" => "Tanggal",
            "url" => "Tautan",
            "licence" => "Lisensi",
            "credit" => "Kredit",
            "version" => "Versi",
            _ => "Sumber",
        },
    },
    explaining: &EXPLAINING,
    editor: &editor::EDITOR,
    access: &access::WORDS,
    sharing: &sharing::WORDS,
    grading: &grading::WORDS,
    language_names: languages::NAMES,
    window: WindowWords {
        untitled: "Skenario tanpa judul",
        unsaved_mark: "*",
        menu_file: "Berkas",
        file_new: "Skenario baru",
        file_open: "Buka…",
        file_open_recent: "Buka yang terakhir",
        file_shipped: "Kasus bawaan",
        shipped_open_case: "Kasusnya (semua kondisi belum diketahui)",
        no_recent_files: "Belum ada berkas terakhir",
        file_save: "Simpan",
        file_save_as: "Simpan sebagai…",
        file_quit: "Keluar",
        file_download: "Simpan (unduh)",
        file_copy_link: "Salin tautan ke skenario ini",
        file_download_unreadable: "Unduh draf yang tak terbaca",
        file_delete_unreadable: "Hapus draf yang tak terbaca…",
        delete_unreadable_title: |_| "Hapus draf yang tak terbaca?",
        delete_unreadable_text: |count| {
            format!(
                "Ini menghapus draf yang tidak dapat dibaca Skenario ({count}) dari penyimpanan peramban ini, dan tidak dapat dibatalkan. Unduh salinannya dulu jika Anda mungkin masih memerlukannya."
            )
        },
        delete_unreadable_download: "Unduh salinan",
        delete_unreadable_confirm: "Hapus",
        unreadable_deleted: |count| {
            format!("{count} draf yang tak terbaca dihapus dari peramban ini")
        },
        link_copied: "Tautan disalin: tempelkan di mana saja untuk membagikan skenario ini",
        link_unknown_case: |case| {
            format!(
                "Tautan ini untuk kasus bernama `{case}`, yang tidak ada di Skenario ini; inilah kasus bawaan sebagaimana artikel membiarkannya"
            )
        },
        link_not_exact: "Tautan ini tidak dapat ditampilkan seperti saat dibagikan; inilah kasusnya sebagaimana artikel membiarkannya",
        link_unknown_condition: |id| format!("kasus ini tidak punya kondisi `{id}`"),
        link_unreadable: |part| {
            format!("`{part}` tidak dapat dibaca: kondisi ditulis `id=yes` atau `id=no`")
        },
        downloaded: |file| format!("Diunduh: {file}"),
        download_failed: "Peramban tidak memulai unduhan",
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
        card_label: |title, status| format!("{title} — {}", (WORDS.window.status_name)(status)),
        chip_label: |number, title| format!("Kalimat {number}, bukti untuk: {title}"),
        views: "Tampilan",
        view_list: "Apa yang terjadi",
        view_graph: "Grafik",
        view_table: "Tabel kebenaran",
        view_compare: "Bandingkan",
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
        grounds_not_yet: "Belum ada: tidak ada yang mengutip kalimat ini, dan kalimat ini tidak ditandai sengaja tidak dimodelkan.",
        ground_condition: "kondisi",
        ground_consequence: "akibat",
        ground_objection: "bantahan",
        ground_tension: "ketegangan",
        sentence_label: |number| format!("Kalimat {number}"),
        original: |language| format!("Asli ({language})"),
        translation: "Terjemahan",
        source: "Sumber",
        chooser_open_title: "Buka skenario atau kasus",
        chooser_save_title: "Simpan skenario",
        chooser_no_native: "Dialog berkas sistem tidak tersedia di sini, jadi Skenario menyediakan dialognya sendiri.",
        chooser_path: "Lokasi berkas",
        chooser_recent: "Berkas terakhir",
        chooser_shipped: "Bawaan Skenario",
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
        shipped_copy_note: "Kasus dan skenario bawaan dibuka sebagai salinan tanpa judul; simpan untuk menyimpan perubahan.",
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
        export_hint: "Lembar untuk kelas: kondisi, apa yang terjadi dan tidak, beserta kalimat artikel dan terjemahannya. HTML dapat dicetak di kertas A4; Markdown untuk disunting.",
        export_html: "HTML untuk dicetak",
        export_markdown: "Markdown",
        export_questions: "Sertakan pertanyaan panduan (tanpa jawaban)",
        export_one_page: "Satu halaman untuk dibagikan: apa yang terjadi, masing-masing dengan kutipan utamanya",
        export_choose: "Pilih…",
        export_go: "Ekspor",
        export_file_name: "Nama berkas",
        export_download: "Unduh",
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
        recovery_unreadable_browser: "Pekerjaan yang belum disimpan dari sesi lalu tidak dapat dibaca; peramban ini menyimpannya (Berkas → Unduh draf yang tak terbaca memberi salinannya):",
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
        shortcut_conditions: "Ganti kondisi 1–9: belum diketahui, ya, tidak",
        shortcut_language: "Ganti bahasa (English / Bahasa Indonesia)",
        shortcut_theme: "Ganti tema terang / gelap",
        shortcut_clear_selection: "Hapus pilihan",
        shortcut_presenter_next: "Dalam presentasi: berikutnya, atau ungkap jawaban",
        shortcut_presenter_previous: "Dalam presentasi: sebelumnya",
        shortcut_presenter_leave: "Keluar dari presentasi",
        close: "Tutup",
    },
    handout: HandoutWords {
        scenario: "Skenario",
        article_world: "Dunia sebagaimana artikel meninggalkannya",
        conditions: "Kondisi",
        group: |status| match status {
            Status::Follows => "Yang terjadi",
            Status::Depends => "Bergantung pada hal yang belum diketahui",
            Status::DoesNotFollow => "Tidak terjadi",
        },
        nothing_follows: "Dalam kondisi ini, menurut artikel, tidak ada yang terjadi.",
        tension: "Ketegangan",
        note: "Catatan",
        contested_by: "Dibantah oleh",
        see_objections: "lihat Bantahan",
        objections: "Bantahan",
        contests: "Membantah",
        heading: "judul",
        legend: "Arti kata ketegasan",
        questions: "Pertanyaan untuk kelas",
        answer: "Jawabanmu",
        footer: |article, translation| match translation {
            Some(translation) => format!(
                "Kutipan adalah kata-kata asli artikel dalam {article}, bernomor per kalimat (¶), \
                 masing-masing dengan terjemahan {translation} yang disertakan dalam kasus. Dibuat \
                 dengan Skenario."
            ),
            None => format!(
                "Kutipan adalah kata-kata asli artikel dalam {article}, bernomor per kalimat (¶). \
                 Dibuat dengan Skenario."
            ),
        },
    },
};
