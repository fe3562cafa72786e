//! Apa yang ditemukan `check`, sebagaimana jendela berbahasa Indonesia mengatakannya: dengan
//! kata-kata biasa, tanpa sintaks berkas (baris perintah tetap memakainya, untuk penulis RON).

use crate::core::Lang;
use crate::core::found::{
    ActorField, ArticlePlace, CodeHint, DriftDetail, ElementKind, Found, IdHint, Owner,
    ShownInstead, TextField, TextRef, Unlisted,
};
use crate::core::prose::{number_ranges, thousands};
use crate::text::languages::language_name_in;

/// A language's name in Indonesian ("bahasa Inggris").
fn language(code: &str) -> String {
    language_name_in(Lang::Id, code).into_owned()
}

/// An element's kind, as a noun.
fn kind(of: ElementKind) -> &'static str {
    match of {
        ElementKind::Case => "kasus",
        ElementKind::Actor => "pelaku",
        ElementKind::Kind => "jenis akibat",
        ElementKind::Condition => "kondisi",
        ElementKind::Consequence => "akibat",
        ElementKind::Objection => "keberatan",
        ElementKind::Tension => "ketegangan",
        ElementKind::Walkthrough => "panduan",
    }
}

fn text_field(field: TextField) -> &'static str {
    match field {
        TextField::Title => "judul",
        TextField::About => "keterangan tentang sumber",
        TextField::Name => "nama",
        TextField::Role => "peran",
        TextField::Label => "label",
        TextField::Description => "deskripsi",
        TextField::Note => "catatan",
        TextField::Statement => "isi",
        TextField::Explanation => "penjelasan",
        TextField::Narration => "narasi",
        TextField::Question => "pertanyaan",
        TextField::Answer => "jawaban",
    }
}

/// "judul akibat “x”".
fn text(text: &TextRef) -> String {
    let field = text_field(text.field);
    match &text.owner {
        Owner::Case => format!("{field} kasus"),
        Owner::Element(of, id) => format!("{field} {} “{id}”", kind(*of)),
        Owner::Step { walkthrough, step } => {
            format!("{field} langkah {step} dari panduan “{walkthrough}”")
        }
    }
}

fn code_hint(hint: Option<&CodeHint>) -> String {
    match hint {
        None => String::new(),
        Some(CodeHint::Named { written, code }) => format!("; untuk {written}, tulis {code}"),
        Some(CodeHint::Joined(code) | CodeHint::LowerCase(code)) => {
            format!("; mungkin maksudnya {code}")
        }
    }
}

fn id_hint(hint: &IdHint) -> String {
    match hint {
        IdHint::None => String::new(),
        IdHint::DidYouMean(id) => format!("; maksudnya “{id}”?"),
        IdHint::Known(ids) => format!("; kasus ini memiliki {}", listing(&quoted(ids), 0)),
    }
}

fn quoted(ids: &[String]) -> Vec<String> {
    ids.iter().map(|id| format!("“{id}”")).collect()
}

/// "a, b dan c", or the first few and how many more.
fn listing(items: &[String], unnamed: usize) -> String {
    const SHOWN: usize = 5;
    let shown: Vec<&str> = items.iter().take(SHOWN).map(String::as_str).collect();
    let more = (items.len() + unnamed).saturating_sub(shown.len());
    match (shown.as_slice(), more) {
        (_, more) if more > 0 => format!("{} dan {} lainnya", shown.join(", "), thousands(more)),
        ([rest @ .., last], _) if !rest.is_empty() => format!("{} dan {last}", rest.join(", ")),
        _ => shown.join(""),
    }
}

/// "kalimat 4" or "kalimat 4, 5 dan 9".
fn sentences(numbers: &[u32]) -> String {
    let mut numbers = numbers.to_vec();
    numbers.sort_unstable();
    numbers.dedup();
    let words: Vec<String> = numbers.iter().map(ToString::to_string).collect();
    if words.is_empty() {
        return "tidak ada kalimat".to_owned();
    }
    format!("kalimat {}", listing(&words, 0))
}

fn who(field: ActorField) -> &'static str {
    match field {
        ActorField::Actor => "siapa yang bertindak",
        ActorField::Claimant => "siapa yang mengatakannya",
        ActorField::By => "siapa yang berkeberatan",
    }
}

fn shown(shown: &ShownInstead) -> String {
    match shown {
        ShownInstead::Language(code) => language(code),
        ShownInstead::Mixed => "bahasa lain".to_owned(),
    }
}

fn more_after(more: usize) -> String {
    match more {
        0 => String::new(),
        more => format!(" (dan {more} kalimat lagi sesudahnya)"),
    }
}

/// What `found` says, in the Indonesian window.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per kind of finding, each a sentence"
)]
pub fn found(found: &Found) -> String {
    match found {
        Found::EmptyId(ElementKind::Case) => "Kasus ini belum memiliki id.".to_owned(),
        Found::EmptyId(of) => format!("{} ini belum memiliki id.", capitalised(kind(*of))),
        Found::IdCharacter { id, bad, .. } => format!(
            "Id “{id}” memuat “{bad}”; id hanya boleh memakai huruf a–z, angka, _, - dan ."
        ),
        Found::IdTwice(of, id) => {
            format!("Dua {} memakai id “{id}”; ganti salah satunya.", kind(*of))
        }
        Found::ArticleLanguage(code, hint) => format!(
            "“{code}” bukan kode bahasa; sebutkan bahasa artikel dengan kode seperti en atau id{}.",
            code_hint(hint.as_ref())
        ),
        Found::TextLanguage(code, hint) | Found::TranslationLanguage(code, hint) => format!(
            "“{code}” bukan kode bahasa (seperti en, id atau pt-BR){}.",
            code_hint(hint.as_ref())
        ),
        Found::TranslationInOwnLanguage(code) => format!(
            "Terjemahan ini berbahasa artikel itu sendiri ({}); terjemahan mestinya dalam bahasa lain.",
            language(code)
        ),
        Found::EmptyText(what) => {
            format!("{} masih kosong; tuliskan.", capitalised(&text(what)))
        }
        Found::MissingLanguage {
            text: what,
            language: code,
            shown: instead,
        } => {
            let name = language(code);
            format!(
                "Belum ada versi {name} untuk {}: kelas yang membaca {name} melihat versi {}.",
                text(what),
                shown(instead)
            )
        }
        Found::ManyMissingLanguage {
            language: code,
            count,
            named,
            shown: instead,
        } => {
            let name = language(code);
            let listed: Vec<String> = named.iter().map(text).collect();
            let more = count.saturating_sub(listed.len());
            format!(
                "{} teks belum memiliki versi {name} ({}): kelas yang membaca {name} melihatnya dalam {}. Tambahkan terjemahan pada masing-masing, atau biarkan.",
                thousands(*count),
                listing(&listed, more),
                shown(instead)
            )
        }
        Found::NoSentences => "Kasus ini tidak memiliki kalimat.".to_owned(),
        Found::EmptyOriginal => "Kalimat ini tidak berisi teks.".to_owned(),
        Found::Unnumbered { expected, more } => format!(
            "Kalimat {expected} belum bernomor{}; menomori ulang kalimat (skenario renumber) membetulkannya beserta setiap rujukannya.",
            more_after(*more)
        ),
        Found::Misnumbered {
            expected,
            found,
            more,
        } => format!(
            "Kalimat tidak bernomor urut 1, 2, 3…: kalimat {expected} bernomor {found}{}; menomori ulang kalimat (skenario renumber) membetulkannya beserta setiap rujukannya.",
            more_after(*more)
        ),
        Found::UncitedSentences(numbers) => format!(
            "{} kalimat ({}) belum dikutip sebagai bukti oleh apa pun, sehingga tampil sebagai tidak dimodelkan. Kutip, atau tandai sebagai konteks (sengaja tidak dimodelkan).",
            numbers.len(),
            number_ranges(numbers)
        ),
        Found::UncitedSentence(number) => format!(
            "Kalimat {number} belum dikutip sebagai bukti oleh apa pun, sehingga tampil sebagai tidak dimodelkan. Kutip, atau tandai sebagai konteks (sengaja tidak dimodelkan)."
        ),
        Found::ContextCited { number, by } => {
            let by: Vec<String> = by
                .iter()
                .map(|(of, id)| format!("{} “{id}”", kind(*of)))
                .collect();
            format!(
                "Kalimat {number} ditandai sengaja tidak dimodelkan, tetapi dikutip oleh {}.",
                listing(&by, 0)
            )
        }
        Found::NoEvidence => "Belum ada kalimat yang dikutip: pilih kalimat yang mengatakannya di artikel, lalu pakai di sini.".to_owned(),
        Found::EvidenceOutOfRange { number, count } => format!(
            "Ini mengutip kalimat {number}, padahal artikel hanya memiliki kalimat 1 sampai {count}."
        ),
        Found::CitedTwice(number) => format!("Kalimat {number} dikutip dua kali di sini."),
        Found::NoActorChosen(field) => format!(
            "{} belum dipilih: pilih salah satu pelaku kasus, atau buat yang baru dengan Baru….",
            capitalised(who(*field))
        ),
        Found::UnknownActor(id, hint) => {
            format!("Pelaku “{id}” tidak ada dalam kasus{}.", id_hint(hint))
        }
        Found::KindBuiltInDeclared(id) => {
            format!("Jenis “{id}” sudah tersedia bawaan; kasus tidak perlu menambahkannya.")
        }
        Found::BuiltInKindAsOwn(id) => {
            format!("“{id}” adalah jenis bawaan; pilih di antara jenis bawaan.")
        }
        Found::UndeclaredKind(id, hint) => format!(
            "Jenis “{id}” bukan salah satu jenis milik kasus{}; tambahkan di bagian Jenis akibat.",
            id_hint(hint)
        ),
        Found::NoConditions => "Kasus ini belum memiliki kondisi: tambahkan kondisi yang menjadi gantungan klaim artikel.".to_owned(),
        Found::NoConsequences => "Kasus ini belum memiliki akibat: tambahkan apa yang menurut artikel akan terjadi.".to_owned(),
        Found::ExclusiveTooSmall => {
            "Himpunan kondisi eksklusif memerlukan sedikitnya dua kondisi.".to_owned()
        }
        Found::UnknownCondition(id, hint) => {
            format!("Kondisi “{id}” tidak ada dalam kasus{}.", id_hint(hint))
        }
        Found::ListedTwiceInSet(id) => format!("Kondisi “{id}” tercantum dua kali di himpunan ini."),
        Found::UnknownConsequence(id, hint) => {
            format!("Akibat “{id}” tidak ada dalam kasus{}.", id_hint(hint))
        }
        Found::AppliesIfNamesConsequence(id) => format!(
            "Berlakunya suatu kondisi hanya bisa bergantung pada kondisi lain, bukan pada akibat “{id}”; pilih kondisi di baliknya."
        ),
        Found::EmptyTriggerList { all } => format!(
            "“{}” belum memiliki bagian; tambahkan satu, atau pilih “selalu”.",
            if *all { "Semua dari" } else { "Salah satu dari" }
        ),
        Found::AppliesIfCircle(cycle) => format!(
            "Aturan kondisi berputar dalam lingkaran ({}); hapus aturan salah satunya.",
            arrows(cycle)
        ),
        Found::ConsequenceCycle(cycle) => format!(
            "Akibat-akibat saling bergantung dalam lingkaran ({}); salah satunya harus bergantung pada hal lain.",
            arrows(cycle)
        ),
        Found::ChainTooDeep {
            consequence,
            depth,
            limit,
        } => format!(
            "Akibat “{consequence}” bertumpu pada rantai akibat sedalam {} tingkat; Skenario mengikuti sampai {limit}. Buat ia bergantung langsung pada kondisi.",
            thousands(*depth)
        ),
        Found::NeverApplies { condition, sets } => {
            if sets.is_empty() {
                format!(
                    "Kondisi “{condition}” tidak akan pernah ya: aturannya meminta suatu kondisi ya sekaligus tidak."
                )
            } else {
                let sets: Vec<String> = sets.iter().map(|s| listing(&quoted(s), 0)).collect();
                format!(
                    "Kondisi “{condition}” tidak akan pernah ya: aturannya bertentangan dengan kondisi eksklusif {} (paling banyak satu yang bisa ya). Hapus salah satu dari kedua aturan itu.",
                    sets.join("; ")
                )
            }
        }
        Found::ContestsNothing => "Keberatan harus membantah sedikitnya satu akibat: centang yang dibantahnya.".to_owned(),
        Found::TriggersNotCompiled => {
            "Aturan kasus ini tidak dapat diolah; periksa syarat-syaratnya.".to_owned()
        }
        Found::NoSteps => "Panduan memerlukan sedikitnya satu langkah: tambahkan dari yang sedang ditampilkan penjelajah.".to_owned(),
        Found::StepBothYes {
            step,
            first,
            second,
        } => format!(
            "Sesudah langkah {step}, “{first}” dan “{second}” sama-sama ya, padahal paling banyak satu yang bisa ya; ubah yang lain menjadi tidak atau tidak diketahui di langkah ini."
        ),
        Found::StepUnknownCondition { step, condition } => format!(
            "Langkah {step} mengatur kondisi “{condition}”, yang tidak ada dalam kasus."
        ),
        Found::StepSentenceOutOfRange {
            step,
            number,
            count,
        } => format!(
            "Langkah {step} menunjuk kalimat {number}, padahal artikel hanya memiliki kalimat 1 sampai {count}."
        ),
        Found::StepUnknownConsequence { step, consequence } => format!(
            "Langkah {step} menunjuk akibat “{consequence}”, yang tidak ada dalam kasus."
        ),
        Found::AnswerWithoutQuestion(step) => format!(
            "Langkah {step} memiliki jawaban tetapi tidak memiliki pertanyaan sebelumnya; tuliskan pertanyaannya."
        ),
        Found::ScenarioForOtherCase { scenario, case } => {
            format!("Skenario ini untuk kasus “{scenario}”, bukan untuk “{case}”.")
        }
        Found::NoFingerprint(_) => "Skenario ini tidak mencatat versi artikel yang dipakainya, sehingga perubahan artikel kelak tidak akan ketahuan; menyimpannya menambahkan catatan itu.".to_owned(),
        Found::ArticleChanged { detail, .. } => {
            let detail = match detail {
                DriftDetail::NothingRecorded(_) => " Periksa apakah kondisinya masih bermakna seperti yang dimaksud, lalu simpan skenario itu lagi.",
                DriftDetail::EvidenceUnchanged => " Kalimat di balik setiap akibat tidak berubah.",
                DriftDetail::Listed => "",
            };
            format!("Artikel kasus ini berubah sejak skenario ini disimpan.{detail}")
        }
        Found::ConditionGone { condition, .. } => format!(
            "Kondisi “{condition}” sudah tidak ada dalam kasus; yang diatur skenario untuknya diabaikan."
        ),
        Found::BothYes { first, second } => format!(
            "“{first}” dan “{second}” sama-sama ya, padahal paling banyak satu yang bisa ya; ubah salah satunya menjadi tidak atau tidak diketahui."
        ),
        Found::ConsequenceGone(id) => format!("Akibat “{id}” sudah tidak ada dalam kasus."),
        Found::EvidenceChanged { consequence, now } => format!(
            "Kalimat di balik akibat “{consequence}” berubah sejak skenario ini disimpan; kini ia mengutip {}.",
            sentences(now)
        ),
        Found::ConsequenceNew(id) => {
            format!("Akibat “{id}” baru ada sejak skenario ini disimpan.")
        }
        Found::ArticlePath(why) => format!("Berkas artikel tidak dapat dipakai: {why}."),
        Found::ArticleTwice => {
            "Kasus ini menyebut berkas artikel dan juga memuat artikelnya; cukup salah satu.".to_owned()
        }
        Found::ArticleUnreadable { file, reason } => {
            format!("Berkas artikel “{file}” tidak dapat dibaca: {reason}.")
        }
        Found::NotVerbatim {
            number,
            sentence_has,
            article,
            article_has,
        } => {
            let article_has = if article_has.is_empty() {
                "tidak ada lagi".to_owned()
            } else {
                format!("“{article_has}”")
            };
            format!(
                "Kalimat {number} tidak sama kata demi kata dengan artikel: mulai dari “{sentence_has}”, artikel ({}) berisi {article_has}.",
                place(article)
            )
        }
        Found::ArticleTextMissing {
            number,
            article,
            text: missing,
        } => format!(
            "Sebelum kalimat {number}, artikel ({}) memuat teks yang tidak ada di kalimat mana pun: “{missing}”.",
            place(article)
        ),
        Found::ArticleLeftOut { article, text: rest } => format!(
            "Artikel masih berlanjut sesudah kalimat terakhir ({}): “{rest}”.",
            place(article)
        ),
        Found::MoreNotListed { count, of } => {
            let what = match of {
                Unlisted::Errors => "kesalahan",
                Unlisted::Warnings => "peringatan",
                Unlisted::Problems => "masalah",
            };
            format!(
                "{} {what} lain yang serupa tidak didaftar; perbaiki yang ini dulu.",
                thousands(*count)
            )
        }
    }
}

/// Where in the article: its file and place, or the place in the article the case holds.
fn place(article: &ArticlePlace) -> String {
    match &article.file {
        Some(file) => format!("{file}, {}", article.at),
        None => format!("artikel di dalam kasus, {}", article.at),
    }
}

/// "“a” → “b” → “a”".
fn arrows(cycle: &[String]) -> String {
    quoted(cycle).join(" → ")
}

/// `text` with its first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
