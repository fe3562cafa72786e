//! The words of sharing, in Bahasa Indonesia.

use crate::core::file::lessons::SiteProblem;
use crate::core::link::OwnError;
use crate::core::link::carry::CarryError;
use crate::core::prose::thousands;
use crate::text::sharing::SharingWords;

fn broken(error: &OwnError) -> String {
    match error {
        OwnError::Version(Some(version)) => format!(
            "Tautan ini dibuat oleh Skenario yang lebih baru (kasusnya dikemas sebagai versi {version}); bukalah dengan Skenario itu, atau minta tautannya lagi."
        ),
        OwnError::Version(None) => {
            "Tautan ini tidak menyebut cara kasusnya dikemas (\"v=\"-nya hilang); minta tautannya lagi.".to_owned()
        }
        OwnError::Carry(CarryError::NoLength | CarryError::Damaged) => {
            "Tautan ini berubah di tengah jalan: isinya tidak cocok. Salin lagi seluruh tautan dari tempat ia dikirim.".to_owned()
        }
        OwnError::Carry(CarryError::CutShort { missing }) => format!(
            "Tautan ini terpotong: {missing} karakter terakhirnya hilang, seperti yang terjadi bila aplikasi obrolan memendekkan tautan panjang. Salin lagi seluruh tautan, atau minta dalam bentuk berkas."
        ),
        OwnError::Carry(CarryError::TooLong { extra }) => format!(
            "Tautan ini memiliki {extra} karakter lebih banyak daripada yang disebutnya: ada yang ditambahkan di tengah jalan. Salin lagi tautannya."
        ),
        OwnError::Carry(CarryError::Character { at, found }) => format!(
            "Kasusnya memuat karakter yang tidak pernah ada di tautan, “{found}” pada karakter ke-{at}: tautan ini berubah di tengah jalan. Salin lagi tautannya."
        ),
        OwnError::Carry(CarryError::TooLarge { limit }) => format!(
            "Kasusnya akan menjadi lebih dari {} MB bila dibuka, lebih besar daripada yang dibuka Skenario; tautan ini tidak dibuka.",
            limit / (1024 * 1024)
        ),
        OwnError::Carry(CarryError::NotText) => {
            "Isinya bukan teks; tautan ini tidak dibuat oleh Skenario.".to_owned()
        }
    }
}

/// The words of sharing in Bahasa Indonesia.
pub static WORDS: SharingWords = SharingWords {
    copy_link: "Salin tautan ke skenario ini",
    copy_link_needs_site: "Tautan diawali alamat situs yang menyajikan Skenario di peramban: isi sekali di Tampilan → Preferensi…",
    open_link: "Buka tautan…",
    open_link_title: "Buka tautan",
    open_link_intro: "Tempel tautan yang dibagikan seseorang: kasus bawaan, atau pelajaran buatan guru sendiri yang terbawa di dalam tautan.",
    open_link_field: "Tautan",
    open_link_open: "Buka",
    open_link_empty: "Tempel tautannya dulu.",
    show_qr: "Tampilkan tautan sebagai kode QR",
    qr_hint: "Pindai untuk membuka skenario ini. Esc atau klik menutupnya.",
    qr_too_long: |count| {
        // Indonesian groups thousands with a point: 11.631.
        let count = thousands(count).replace(',', ".");
        format!(
            "Tautan ini memiliki {count} karakter, terlalu banyak untuk kode QR. Taruh pelajarannya di situs sekolah (skenario publish): tautan pelajaran cukup pendek untuk dipindai."
        )
    },
    preferences: "Preferensi…",
    preferences_title: "Preferensi",
    site_address: "Alamat situs",
    site_address_hint: "Tempat sekolah menyajikan Skenario di peramban (https://sekolah.example/skenario/). Tautan yang disalin di sini diawali alamat itu.",
    close: "Tutup",
    save_preferences: "Simpan",
    link_unusable: "Tautan ini tidak dapat dibuka",
    link_broken: broken,
    link_case_problems: "Kasus di dalam tautan ini bermasalah, jadi tidak dibuka",
    in_the_link: |at| format!("kasus di tautan, {at}"),
    save_link_case: "Simpan isi tautan…",
    lesson_on_desktop: "Tautan ini membuka pelajaran di situs sekolah: bukalah di peramban.",
    lesson_missing: |id| {
        format!("Situs ini tidak memiliki pelajaran “{id}”; inilah pelajaran yang dimilikinya.")
    },
    lesson_failed: |id, why| format!("Pelajaran “{id}” tidak dapat dibaca dari situs: {why}"),
    lessons_title: "Pelajaran",
    lessons_intro: "Pelajaran di situs ini, dan kasus yang disertakan dengan Skenario.",
    lessons_shipped: "Kasus bawaan Skenario",
    lesson_language: |name| format!("Artikel dalam {name}"),
    lesson_open: |title| format!("Buka {title}"),
    show_lessons: "Pelajaran di situs ini…",
    lessons_unreadable: |why| format!("Daftar pelajaran situs ini tidak dapat dibaca: {why}"),
    site_problem: |file, problem| match problem {
        SiteProblem::Unreachable => format!("{file}: situsnya tidak dapat dihubungi."),
        SiteProblem::Refused(status) => format!("{file}: situsnya menjawab {status}."),
        SiteProblem::TooLarge => {
            format!("{file} lebih besar daripada berkas yang dibuka Skenario.")
        }
        SiteProblem::NotText => format!("{file} bukan teks."),
        SiteProblem::NotThere => format!("situs ini tidak memiliki {file}."),
        SiteProblem::BadId => format!("“{file}” tidak dapat menjadi nama pelajaran."),
        SiteProblem::BadList => {
            format!("{file} bukan daftar pelajaran yang dapat dibaca Skenario ini.")
        }
    },
};
