//! The words of grading, in Bahasa Indonesia.

use crate::core::grade::{Ratio, Summary};
use crate::text::grading::{GradeWords, percent};

fn ratio(ratio: Ratio) -> String {
    format!("{} dari {}", ratio.part, ratio.whole)
}

fn summary(summary: &Summary) -> String {
    format!(
        "{} akibat ditemukan, {} tidak ada di kunci; {} kondisi ditemukan, {} tidak ada di kunci; kalimat: presisi {}, cakupan {}; kepastian sama {}; pemicu setara {}; pelaku sama {}; pengklaim sama {}",
        ratio(summary.consequences),
        summary.consequences_not_in_key,
        ratio(summary.conditions),
        summary.conditions_not_in_key,
        percent(summary.precision),
        percent(summary.recall),
        ratio(summary.firmness_same),
        ratio(summary.triggers_equivalent),
        ratio(summary.actor_same),
        ratio(summary.claimant_same),
    )
}

/// The words of grading in Bahasa Indonesia.
pub static WORDS: GradeWords = GradeWords {
    ratio,
    summary,
    sentences: |precision, recall| {
        format!(
            "kalimat: presisi {} ({}), cakupan {} ({})",
            percent(precision),
            ratio(precision),
            percent(recall),
            ratio(recall)
        )
    },
    sentences_same: ", sama dengan kunci",
    key_cites: "dikutip kunci, tidak oleh siswa:",
    student_cites: "dikutip siswa, tidak oleh kunci:",
    firmness_same: "kepastian: sama",
    firmness_word: |student, sentence| {
        format!("kepastian: siswa menulis {student}; ¶{sentence} berkata ")
    },
    firmness_after_word: |key, student| format!(", {key}, bukan {student}"),
    firmness_differs: |student, key| format!("kepastian: siswa menulis {student}, kunci {key}"),
    student_only_condition: |id| format!("{id} (milik siswa, tidak ada di kunci)"),
    trigger_equivalent: "pemicu: setara",
    trigger_too_many: |count, most| {
        format!(
            "pemicu: tidak dibandingkan, kedua pemicu membaca {count} kondisi (paling banyak {most} yang dibandingkan)"
        )
    },
    condition_yes: |id| format!("{id} = ya"),
    every_condition_no: "semua kondisi tidak",
    every_other_condition_no: "kondisi lainnya tidak",
    trigger_differs: |combination, key_follows| {
        let (follows, not) = if key_follows {
            ("milik kunci", "milik siswa")
        } else {
            ("milik siswa", "milik kunci")
        };
        format!("pemicu: berbeda — dengan {combination}, {follows} terjadi dan {not} tidak")
    },
    the_article_itself: "artikel itu sendiri",
    actor_same: |who| format!("pelaku: sama ({who})"),
    actor_differs: |student, key| format!("pelaku: siswa menulis {student}, kunci {key}"),
    claimant_same: |who| format!("pengklaim: sama ({who})"),
    claimant_differs: |student, key| format!("pengklaim: siswa menulis {student}, kunci {key}"),
    kind_differs: |student, key| format!("jenis: siswa menulis {student}, kunci {key}"),
    paired: |key, student| format!("{key} — milik siswa: {student}"),
    condition_named: |label| format!("kondisi {label}"),
    conditions_found: "Kondisi yang ditemukan",
    consequences_found: "Akibat yang ditemukan",
    missed_heading: "Ada di kunci, tidak ditemukan",
    not_in_key_heading: "Tidak ada di kunci (temuan lain siswa)",
    report_title: |key| format!("Bacaan dibandingkan dengan {key}"),
    perfect: "Semua yang ada di kunci ditemukan, dengan kalimat, kepastian, dan pemicu yang sama.",
    other_case: |made_from, key| {
        format!(
            "Ini latihan dari kasus “{made_from}”, bukan dari “{key}”: buka kasus guru yang menjadi asalnya."
        )
    },
    other_article: "Kalimat artikelnya tidak sama dengan kasus guru: latihan ini dibuat dari artikel lain, atau dari penomoran lain.",
    make_exercise: "Buat latihan…",
    make_exercise_title: "Buat latihan untuk siswa",
    make_exercise_intro: "Latihan menyimpan artikel dan para pelakunya. Jawaban Anda tetap pada Anda: tanpa kalimat yang dikutip, kepastian, pemicu, keberatan, atau ketegangan. Siswa membuka berkasnya, mencari apa yang akan terjadi, lalu menyimpan bacaan mereka sebagai kasus.",
    keep_conditions: "Simpan kondisinya (siswa mencari apa yang terjadi karenanya)",
    keep_titles: "Simpan hanya judul akibat, sebagai daftar yang harus ditemukan (siswa mencari kalimat, kondisi, kepastian, dan pemicu)",
    keep_nothing: "Simpan hanya artikel dan pelaku (siswa mencari semuanya)",
    make_exercise_save: "Simpan latihan…",
    exercise_saved: |file| format!("Latihan disimpan sebagai {file}"),
    exercise_exists: |file| {
        format!("{file} sudah ada; latihan tidak pernah menimpa berkas. Pilih nama lain.")
    },
    exercise_failed: "Latihan tidak dapat disimpan",
    banner_title: "Latihan",
    banner_steps: "Bacalah artikelnya dan temukan apa yang menurutnya akan terjadi. Pilih kalimat yang mengatakannya, lalu tekan “Akibat” di atas artikel; di formulirnya, isi siapa yang bertindak, siapa yang mengatakannya, seberapa pasti kata-katanya, dan dalam kondisi apa itu terjadi.",
    banner_conditions_given: "Kondisinya sudah diberikan: gunakan dalam pemicu.",
    banner_find_conditions: "Temukan juga kondisinya: pilih kalimat yang menyebut satu kondisi, lalu tekan “Kondisi”.",
    banner_to_find: |count| format!("Guru Anda mencantumkan {count} akibat yang harus ditemukan."),
    banner_not_modelled: "Setiap kalimat tampil sebagai “tidak dimodelkan” sampai Anda memakainya: itu wajar dalam latihan.",
    banner_done: "Setelah selesai, simpan pekerjaan Anda (Berkas → Simpan kasus) dan serahkan berkas atau tautannya; Berkas → Bandingkan dengan kasus guru… menunjukkan perbandingan bacaan Anda.",
    compare_with_key: "Bandingkan dengan kasus guru…",
    comparison_title: |file| format!("Bacaan Anda dibandingkan dengan {file}"),
    mend_first: |count| {
        format!(
            "Pekerjaan Anda punya {count} masalah yang harus diperbaiki dulu (tercantum di pemeriksaan penyunting)."
        )
    },
    compare_failed: |file| format!("Tidak dapat membandingkan dengan {file}"),
    save_report: "Simpan laporan…",
    download_report: "Unduh laporan",
    download_exercise: "Unduh latihan",
    report_saved: |file| format!("Laporan disimpan sebagai {file}"),
    report_failed: "Laporan tidak dapat disimpan",
    report_name: "Nama berkas laporan berakhiran .html (untuk dicetak) atau .md (Markdown).",
};
