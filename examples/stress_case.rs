//! Writes a large, valid, synthetic case file for benchmarks and stress tests:
//!
//! ```text
//! cargo run --release --example stress_case -- --conditions 20 --consequences 5000 [--seed 1] > big.case.ron
//! ```
//!
//! The output is deterministic for a given seed. Its sentences read like news sentences (and
//! are as long as the shipped article's), but they are synthetic: no article says them.
//! The benches include this file (`#[path]`) to generate the same cases in-process.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use skenario::core::load::parse_case;
use skenario::core::write::case_to_ron;

/// Writes a synthetic case with the given number of conditions and consequences to stdout.
#[derive(Debug, Parser)]
#[command(about)]
struct Args {
    /// How many conditions the case has.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    conditions: u32,
    /// How many consequences the case has.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    consequences: u32,
    /// Seed of the pseudo-random generator; the same seed gives the same file.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let case = generator::generate(&generator::Shape {
        conditions: args.conditions as usize,
        consequences: args.consequences as usize,
        seed: args.seed,
    });
    let text = match case_to_ron(&case) {
        Ok(text) => text,
        Err(error) => return fail(&format!("could not write the case as RON: {error}")),
    };
    // The generator promises a valid case; check it before handing it on.
    if let Err(problems) = parse_case(&text) {
        let listed: Vec<String> = problems.iter().take(10).map(ToString::to_string).collect();
        return fail(&format!(
            "the generated case is not valid ({} problems), first ones:\n{}",
            problems.len(),
            listed.join("\n")
        ));
    }
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        return fail(&format!("could not write to standard output: {error}"));
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    // Nothing more can be done if even standard error is gone.
    let _ = writeln!(std::io::stderr(), "stress_case: {message}");
    ExitCode::FAILURE
}

/// The generator proper: a case from a shape, with no I/O.
pub mod generator {
    use std::collections::BTreeSet;

    use skenario::core::{
        Actor, Case, Condition, Consequence, FORMAT_VERSION, Firmness, Kind, Lang, Objection,
        Sentence, SentenceNo, Shared, Source, Tension, Text, Trigger,
    };

    /// How big a case to generate, and from which seed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Shape {
        /// Number of conditions (at least one).
        pub conditions: usize,
        /// Number of consequences.
        pub consequences: usize,
        /// Seed of the pseudo-random generator.
        pub seed: u64,
    }

    /// Generates a valid case of `shape`: every id resolves, chains point only to earlier
    /// consequences (so there are no cycles), and every sentence is cited or marked context.
    pub fn generate(shape: &Shape) -> Case {
        let mut writer = Writer {
            rng: Rng::new(shape.seed),
            sentences: Vec::new(),
            cited: Vec::new(),
        };
        let conditions: Vec<Condition> = (0..shape.conditions.max(1))
            .map(|i| writer.condition(i))
            .collect();
        let mut supports: Vec<BTreeSet<usize>> = Vec::with_capacity(shape.consequences);
        let mut consequences: Vec<Consequence> = Vec::with_capacity(shape.consequences);
        for i in 0..shape.consequences {
            let (consequence, support) =
                writer.consequence(i, &conditions, &consequences, &supports);
            consequences.push(consequence);
            supports.push(support);
        }
        let objections = (0..(shape.consequences / 40).max(1).min(shape.consequences))
            .map(|i| writer.objection(i, &consequences))
            .collect();
        let tensions = (0..(conditions.len() / 4).max(1))
            .filter_map(|i| writer.tension(i, &conditions))
            .collect();
        Case {
            format_version: FORMAT_VERSION,
            id: format!(
                "stress-{}x{}-seed{}",
                shape.conditions, shape.consequences, shape.seed
            ),
            title: Text::new("en", format!(
                    "Stress case: {} conditions, {} consequences",
                    shape.conditions, shape.consequences
                )).and("id", format!(
                    "Kasus uji beban: {} syarat, {} akibat",
                    shape.conditions, shape.consequences
                )),
            about: Text::new("en", "Synthetic text generated for benchmarks (examples/stress_case.rs); no article says any of it.".to_owned()).and("id", "Teks sintetis yang dibuat untuk uji kinerja (examples/stress_case.rs); tidak ada artikel yang menyatakannya.".to_owned()),
            language: "id".to_owned(),
            languages: Vec::new(),
            source: Source::default(),
            article_file: None,
            article: None,
            sentences: writer.sentences.into_iter().map(Shared::new).collect(),
            actors: ACTORS.iter().map(ActorSeed::actor).collect(),
            kinds: Vec::new(),
            conditions,
            exclusive: Vec::new(),
            consequences: consequences.into_iter().map(Shared::new).collect(),
            objections,
            tensions,
            walkthroughs: Vec::new(),
            exercise: None,
        }
    }

    /// SplitMix64: small, fast and good enough for test data.
    struct Rng(u64);

    impl Rng {
        fn new(seed: u64) -> Self {
            Self(seed)
        }

        fn next_u64(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        /// A number in `0..n` (0 when `n` is 0).
        fn below(&mut self, n: usize) -> usize {
            let wide = u128::from(self.next_u64()) * n as u128;
            usize::try_from(wide >> 64).unwrap_or(0)
        }

        /// A number in `low..=high`.
        fn between(&mut self, low: usize, high: usize) -> usize {
            low + self.below(high.saturating_sub(low) + 1)
        }

        /// True with the given chance, in percent.
        fn percent(&mut self, chance: usize) -> bool {
            self.below(100) < chance
        }

        /// One item of a non-empty bank.
        fn pick<'a, T>(&mut self, bank: &'a [T]) -> &'a T {
            &bank[self.below(bank.len())]
        }

        /// `count` distinct numbers from `0..n`, in random order.
        fn distinct(&mut self, n: usize, count: usize) -> Vec<usize> {
            let mut chosen = Vec::with_capacity(count);
            while chosen.len() < count.min(n) {
                let candidate = self.below(n);
                if !chosen.contains(&candidate) {
                    chosen.push(candidate);
                }
            }
            chosen
        }
    }

    /// An English / Indonesian pair of phrases.
    type Pair = (&'static str, &'static str);

    struct ActorSeed {
        id: &'static str,
        name: Pair,
        subject: Pair,
        person: Option<&'static str>,
        role: Option<Pair>,
    }

    impl ActorSeed {
        fn actor(&self) -> Actor {
            Actor {
                id: self.id.to_owned(),
                name: text(self.name),
                person: self.person.map(str::to_owned),
                role: self.role.map(text),
            }
        }
    }

    // The people are invented: synthetic sentences must not be put in real mouths.
    const ACTORS: [ActorSeed; 8] = [
        ActorSeed {
            id: "coalition",
            name: (
                "The coalition of the willing",
                "Koalisi negara-negara yang bersedia",
            ),
            subject: (
                "the coalition of the willing",
                "koalisi negara-negara yang bersedia",
            ),
            person: None,
            role: None,
        },
        ActorSeed {
            id: "european_leaders",
            name: ("European leaders", "Para pemimpin Eropa"),
            subject: ("the European leaders", "para pemimpin Eropa"),
            person: None,
            role: None,
        },
        ActorSeed {
            id: "france",
            name: ("France", "Prancis"),
            subject: ("the French government", "pemerintah Prancis"),
            person: Some("Claire Marchand"),
            role: Some(("Foreign Minister of France", "Menteri Luar Negeri Prancis")),
        },
        ActorSeed {
            id: "germany",
            name: ("Germany", "Jerman"),
            subject: ("the German government", "pemerintah Jerman"),
            person: None,
            role: None,
        },
        ActorSeed {
            id: "usa",
            name: ("The United States", "Amerika Serikat"),
            subject: ("the United States", "Amerika Serikat"),
            person: Some("Daniel Harper"),
            role: Some(("US envoy", "Utusan AS")),
        },
        ActorSeed {
            id: "ukraine",
            name: ("Ukraine", "Ukraina"),
            subject: ("the government in Kyiv", "pemerintah di Kyiv"),
            person: None,
            role: None,
        },
        ActorSeed {
            id: "russia",
            name: ("Russia", "Rusia"),
            subject: ("the Kremlin", "Kremlin"),
            person: Some("Ivan Sokolov"),
            role: Some(("Kremlin spokesman", "Juru bicara Kremlin")),
        },
        ActorSeed {
            id: "eu",
            name: ("The European Union", "Uni Eropa"),
            subject: ("the European Union", "Uni Eropa"),
            person: None,
            role: None,
        },
    ];

    struct ConditionSeed {
        key: &'static str,
        label: Pair,
        description: Pair,
        clause: Pair,
    }

    const CONDITIONS: [ConditionSeed; 8] = [
        ConditionSeed {
            key: "ceasefire",
            label: ("Ceasefire reached", "Gencatan senjata tercapai"),
            description: (
                "The fighting stops through a ceasefire or a peace agreement.",
                "Pertempuran berhenti melalui gencatan senjata atau perjanjian damai.",
            ),
            clause: (
                "if a ceasefire is reached",
                "jika gencatan senjata tercapai",
            ),
        },
        ConditionSeed {
            key: "us_joins",
            label: ("US joins the guarantees", "AS ikut dalam jaminan keamanan"),
            description: (
                "The United States backs the European-led security guarantees.",
                "Amerika Serikat mendukung jaminan keamanan yang diprakarsai Eropa.",
            ),
            clause: (
                "as long as the United States takes part",
                "selama Amerika Serikat ikut serta",
            ),
        },
        ConditionSeed {
            key: "moscow_rejects",
            label: (
                "Moscow keeps rejecting a deal",
                "Moskow terus menolak kesepakatan",
            ),
            description: (
                "Russia goes on rejecting a peace agreement.",
                "Rusia terus menolak perjanjian damai.",
            ),
            clause: (
                "if Moscow keeps rejecting a peace deal",
                "jika Moskow terus menolak kesepakatan damai",
            ),
        },
        ConditionSeed {
            key: "fighting_resumes",
            label: ("Fighting resumes", "Pertempuran berlanjut"),
            description: (
                "Fighting resumes after a pause.",
                "Pertempuran kembali terjadi setelah jeda.",
            ),
            clause: (
                "should the fighting resume in the east",
                "jika pertempuran kembali terjadi di wilayah timur",
            ),
        },
        ConditionSeed {
            key: "parliament_approves",
            label: ("Parliaments approve", "Parlemen menyetujui"),
            description: (
                "The national parliaments approve the deployment.",
                "Parlemen nasional menyetujui pengerahan pasukan.",
            ),
            clause: (
                "once the national parliaments approve it",
                "setelah parlemen nasional menyetujuinya",
            ),
        },
        ConditionSeed {
            key: "talks_start",
            label: ("Direct talks start", "Perundingan langsung dimulai"),
            description: (
                "Moscow and Kyiv begin direct negotiations.",
                "Moskow dan Kyiv memulai perundingan langsung.",
            ),
            clause: (
                "if direct talks between Moscow and Kyiv begin",
                "jika perundingan langsung antara Moskow dan Kyiv dimulai",
            ),
        },
        ConditionSeed {
            key: "funding_agreed",
            label: ("Funding agreed", "Pendanaan disepakati"),
            description: (
                "The partners agree on how to pay for the mission.",
                "Para mitra sepakat tentang cara membiayai misi tersebut.",
            ),
            clause: (
                "provided the funding is agreed",
                "asalkan pendanaannya disepakati",
            ),
        },
        ConditionSeed {
            key: "energy_deal",
            label: ("Energy deal signed", "Kesepakatan energi ditandatangani"),
            description: (
                "A deal on energy supplies is signed.",
                "Kesepakatan tentang pasokan energi ditandatangani.",
            ),
            clause: (
                "if the energy deal is signed",
                "jika kesepakatan energi ditandatangani",
            ),
        },
    ];

    const REGIONS: [Pair; 5] = [
        ("in the south", "di wilayah selatan"),
        ("in the east", "di wilayah timur"),
        ("at sea", "di laut"),
        ("before winter", "sebelum musim dingin"),
        ("this year", "tahun ini"),
    ];

    /// Verbs by firmness: (in a sentence, in a title).
    const VERBS: [(Firmness, Pair, Pair); 7] = [
        (
            Firmness::Pledged,
            ("has pledged to", "berkomitmen untuk"),
            ("pledges to", "berkomitmen untuk"),
        ),
        (
            Firmness::Expected,
            ("is expected to", "diharapkan akan"),
            ("is expected to", "diharapkan akan"),
        ),
        (
            Firmness::Believed,
            ("is believed to be ready to", "diyakini siap untuk"),
            ("is ready to", "siap untuk"),
        ),
        (
            Firmness::Intends,
            ("intends to", "berniat untuk"),
            ("intends to", "berniat untuk"),
        ),
        (
            Firmness::Threatens,
            (
                "has warned that it will",
                "memperingatkan bahwa pihaknya akan",
            ),
            ("will", "akan"),
        ),
        (
            Firmness::Rejects,
            ("has refused to", "menolak untuk"),
            ("refuses to", "menolak untuk"),
        ),
        (
            Firmness::Stated,
            ("said it would", "menyatakan akan"),
            ("will", "akan"),
        ),
    ];

    const OBJECTS: [(Kind, Pair); 20] = [
        (
            Kind::MilitaryCommitment,
            (
                "deploy troops to Ukraine after the war",
                "mengerahkan pasukan ke Ukraina setelah perang",
            ),
        ),
        (
            Kind::MilitaryCommitment,
            (
                "send air defence units to protect the capital",
                "mengirim unit pertahanan udara untuk melindungi ibu kota",
            ),
        ),
        (
            Kind::MilitaryCommitment,
            (
                "station naval patrols in the Black Sea",
                "menempatkan patroli angkatan laut di Laut Hitam",
            ),
        ),
        (
            Kind::MilitaryCommitment,
            (
                "contribute logistics and engineering support",
                "menyumbang dukungan logistik dan teknik",
            ),
        ),
        (
            Kind::SecurityGuarantee,
            (
                "offer long-term security guarantees to Kyiv",
                "menawarkan jaminan keamanan jangka panjang kepada Kyiv",
            ),
        ),
        (
            Kind::SecurityGuarantee,
            (
                "back the European-led guarantees with intelligence",
                "mendukung jaminan yang dipimpin Eropa dengan intelijen",
            ),
        ),
        (
            Kind::SecurityGuarantee,
            (
                "sign a bilateral security agreement",
                "menandatangani perjanjian keamanan bilateral",
            ),
        ),
        (
            Kind::SecurityGuarantee,
            (
                "finance the rebuilding of the defence industry",
                "membiayai pembangunan kembali industri pertahanan",
            ),
        ),
        (
            Kind::Sanction,
            (
                "impose new sanctions on Russian banks",
                "memberlakukan sanksi baru terhadap bank-bank Rusia",
            ),
        ),
        (
            Kind::Sanction,
            (
                "freeze further assets of the central bank",
                "membekukan aset bank sentral lebih lanjut",
            ),
        ),
        (
            Kind::Sanction,
            (
                "restrict imports of Russian energy",
                "membatasi impor energi dari Rusia",
            ),
        ),
        (
            Kind::Sanction,
            (
                "extend the existing sanctions for another year",
                "memperpanjang sanksi yang ada selama satu tahun lagi",
            ),
        ),
        (
            Kind::DiplomaticStep,
            (
                "hold talks with Moscow within days",
                "mengadakan perundingan dengan Moskow dalam beberapa hari",
            ),
        ),
        (
            Kind::DiplomaticStep,
            (
                "convene a summit of the coalition leaders",
                "menggelar pertemuan puncak para pemimpin koalisi",
            ),
        ),
        (
            Kind::DiplomaticStep,
            (
                "send an envoy to Washington",
                "mengirim utusan ke Washington",
            ),
        ),
        (
            Kind::DiplomaticStep,
            (
                "call for a new round of negotiations",
                "menyerukan putaran perundingan baru",
            ),
        ),
        (
            Kind::Position,
            (
                "call the plan a first concrete step",
                "menyebut rencana itu sebagai langkah konkret pertama",
            ),
        ),
        (
            Kind::Position,
            (
                "accept foreign troops near its borders",
                "menerima pasukan asing di dekat perbatasannya",
            ),
        ),
        (
            Kind::Position,
            (
                "welcome the decision of its allies",
                "menyambut keputusan para sekutunya",
            ),
        ),
        (
            Kind::Position,
            (
                "support the proposal in public",
                "mendukung usulan tersebut secara terbuka",
            ),
        ),
    ];

    const LEADS: [Pair; 7] = [
        ("", ""),
        ("", ""),
        ("According to officials, ", "Menurut para pejabat, "),
        (
            "After the meeting in Paris, ",
            "Setelah pertemuan di Paris, ",
        ),
        ("However, ", "Namun, "),
        ("In a joint statement, ", "Dalam pernyataan bersama, "),
        ("Meanwhile, ", "Sementara itu, "),
    ];

    const EXTRAS: [Pair; 8] = [
        (
            "while the details are still being negotiated",
            "sementara rinciannya masih dirundingkan",
        ),
        (
            "according to diplomats familiar with the talks",
            "menurut para diplomat yang mengetahui perundingan tersebut",
        ),
        (
            "in order to prevent future aggression",
            "untuk mencegah agresi di masa depan",
        ),
        (
            "with a presence on land, at sea and in the air",
            "dengan kehadiran di darat, laut, dan udara",
        ),
        (
            "after a video conference with the other leaders",
            "setelah konferensi video dengan para pemimpin lainnya",
        ),
        (
            "although no date has been set yet",
            "meskipun belum ada tanggal yang ditetapkan",
        ),
        (
            "as part of a wider plan for the region",
            "sebagai bagian dari rencana yang lebih luas untuk kawasan itu",
        ),
        (
            "despite doubts voiced by several partners",
            "meskipun beberapa mitra menyatakan keraguan",
        ),
    ];

    const HEADINGS: [Pair; 6] = [
        ("Russia's Reaction", "Reaksi Rusia"),
        ("Sanctions on the Table", "Sanksi di Atas Meja"),
        ("The Reassurance Force", "Pasukan Penenang"),
        ("Talks With Washington", "Perundingan dengan Washington"),
        ("What Comes Next", "Langkah Selanjutnya"),
        ("Doubts in the Coalition", "Keraguan dalam Koalisi"),
    ];

    const OBJECTION_STATEMENTS: [Pair; 4] = [
        (
            "Foreign military contingents cannot guarantee Ukraine's security.",
            "Kontingen militer asing tidak dapat menjamin keamanan Ukraina.",
        ),
        (
            "The plan would only prolong the conflict.",
            "Rencana itu hanya akan memperpanjang konflik.",
        ),
        (
            "The guarantees are not backed by enough troops.",
            "Jaminan itu tidak didukung oleh pasukan yang cukup.",
        ),
        (
            "The sanctions hurt Europe more than Russia.",
            "Sanksi itu lebih merugikan Eropa daripada Rusia.",
        ),
    ];

    /// Shortest and longest sentence, in characters, in both languages.
    const SENTENCE_LENGTH: (usize, usize) = (100, 250);
    /// A heading every this many sentences, give or take.
    const HEADING_EVERY: usize = 30;

    fn text((en, id): Pair) -> Text {
        Text::new("en", en.to_owned()).and("id", id.to_owned())
    }

    fn capitalised(phrase: &str) -> String {
        let mut chars = phrase.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }

    /// What a sentence says: who, how firmly, what, and under which condition.
    struct Claim {
        actor: &'static ActorSeed,
        verb: Pair,
        object: Pair,
        clause: Option<Pair>,
    }

    /// Writes sentences and keeps track of which ones are cited.
    struct Writer {
        rng: Rng,
        sentences: Vec<Sentence>,
        /// Numbers of the sentences cited so far, in order.
        cited: Vec<u32>,
    }

    impl Writer {
        fn next_number(&self) -> u32 {
            u32::try_from(self.sentences.len() + 1).unwrap_or(u32::MAX)
        }

        /// Adds a heading or a context sentence now and then, as an article has them.
        fn maybe_context(&mut self) {
            if self.sentences.len() % HEADING_EVERY == HEADING_EVERY - 1 {
                let (en, id) = *self.rng.pick(&HEADINGS);
                self.push(id.to_owned(), en.to_owned(), true, true);
            } else if self.rng.percent(3) {
                let claim = self.random_claim(None);
                let (original, translation) = self.sentence_text(&claim);
                self.push(original, translation, false, true);
            }
        }

        fn push(&mut self, original: String, translation: String, heading: bool, context: bool) {
            let number = self.next_number();
            self.sentences.push(Sentence {
                number: SentenceNo(number),
                original,
                translations: Text::new("en", translation),
                heading,
                context,
            });
        }

        /// A new sentence saying `claim`, cited from now on; returns its number.
        fn fresh(&mut self, claim: &Claim) -> u32 {
            self.maybe_context();
            let (original, translation) = self.sentence_text(claim);
            self.push(original, translation, false, false);
            let number = self.next_number() - 1;
            self.cited.push(number);
            number
        }

        /// Evidence: `count` sentences, the first new when `fresh` (else an earlier one),
        /// the others near it. Sorted, without repeats.
        fn evidence(&mut self, claim: &Claim, count: usize, fresh: bool) -> Vec<SentenceNo> {
            let mut numbers = Vec::with_capacity(count);
            if fresh || self.cited.is_empty() {
                numbers.push(self.fresh(claim));
            } else {
                numbers.push(*self.rng.pick(&self.cited));
            }
            let recent = self.cited.len().saturating_sub(6);
            for _ in 1..count {
                let pool = self.cited.get(recent..).unwrap_or_default();
                if pool.is_empty() {
                    break;
                }
                numbers.push(*self.rng.pick(pool));
            }
            numbers.sort_unstable();
            numbers.dedup();
            numbers.into_iter().map(SentenceNo).collect()
        }

        fn random_claim(&mut self, clause: Option<Pair>) -> Claim {
            let (_, verb, _) = *self.rng.pick(&VERBS);
            let (_, object) = *self.rng.pick(&OBJECTS);
            Claim {
                actor: self.rng.pick(&ACTORS),
                verb,
                object,
                clause,
            }
        }

        /// The original (Indonesian) and translation (English) of a sentence saying `claim`,
        /// both between the shortest and longest sentence length.
        fn sentence_text(&mut self, claim: &Claim) -> (String, String) {
            let (shortest, longest) = SENTENCE_LENGTH;
            let mut best = (String::new(), String::new());
            for _ in 0..20 {
                let (lead_en, lead_id) = *self.rng.pick(&LEADS);
                let (subject_en, subject_id) = claim.actor.subject;
                let mut en = capitalised(&format!(
                    "{lead_en}{subject_en} {} {}",
                    claim.verb.0, claim.object.0
                ));
                let mut id = capitalised(&format!(
                    "{lead_id}{subject_id} {} {}",
                    claim.verb.1, claim.object.1
                ));
                if let Some((clause_en, clause_id)) = claim.clause {
                    en = format!("{en} {clause_en}");
                    id = format!("{id} {clause_id}");
                }
                let mut extras = self.rng.distinct(EXTRAS.len(), EXTRAS.len()).into_iter();
                while en.chars().count() < shortest || id.chars().count() < shortest {
                    let Some((extra_en, extra_id)) = extras.next().and_then(|k| EXTRAS.get(k))
                    else {
                        break;
                    };
                    en = format!("{en}, {extra_en}");
                    id = format!("{id}, {extra_id}");
                }
                en.push('.');
                id.push('.');
                let fits = |s: &str| (shortest..=longest).contains(&s.chars().count());
                if fits(&en) && fits(&id) {
                    return (id, en);
                }
                best = (id, en);
            }
            best
        }

        fn condition(&mut self, index: usize) -> Condition {
            let seed = &CONDITIONS[index % CONDITIONS.len()];
            let variant = index / CONDITIONS.len();
            let (label, clause) = match variant.checked_sub(1).map(|v| REGIONS.get(v)) {
                None => (text(seed.label), seed.clause),
                Some(Some(&(region_en, region_id))) => (
                    Text::new("en", format!("{} {region_en}", seed.label.0))
                        .and("id", format!("{} {region_id}", seed.label.1)),
                    seed.clause,
                ),
                Some(None) => (
                    Text::new("en", format!("{} (#{})", seed.label.0, variant + 1))
                        .and("id", format!("{} (#{})", seed.label.1, variant + 1)),
                    seed.clause,
                ),
            };
            let claim = self.random_claim(Some(clause));
            let count = self.rng.between(1, 3);
            Condition {
                id: format!("{}_{}", seed.key, index + 1),
                label,
                description: text(seed.description),
                applies_if: None,
                evidence: self.evidence(&claim, count, true),
            }
        }

        fn literal(&mut self, condition_id: &str, negated_percent: usize) -> Trigger {
            let positive = Trigger::Condition(condition_id.to_owned());
            if self.rng.percent(negated_percent) {
                Trigger::Not(Box::new(positive))
            } else {
                positive
            }
        }

        /// A trigger for consequence `index`, and the conditions it reaches (through chains).
        fn trigger(
            &mut self,
            index: usize,
            conditions: &[Condition],
            earlier: &[Consequence],
            supports: &[BTreeSet<usize>],
        ) -> (Trigger, BTreeSet<usize>) {
            let n = conditions.len();
            let id = |c: usize| conditions.get(c).map_or("", |c| c.id.as_str());
            let roll = self.rng.below(100);
            let (trigger, support): (Trigger, BTreeSet<usize>) = match roll {
                0..12 => (Trigger::Always, BTreeSet::new()),
                12..37 => {
                    let c = self.rng.below(n);
                    (Trigger::Condition(id(c).to_owned()), BTreeSet::from([c]))
                }
                37..47 => {
                    let c = self.rng.below(n);
                    let inner = Trigger::Condition(id(c).to_owned());
                    (Trigger::Not(Box::new(inner)), BTreeSet::from([c]))
                }
                47..80 => {
                    let size = self.rng.between(2, 4).min(n);
                    let chosen = self.rng.distinct(n, size);
                    let all = roll < 65;
                    let negated = if all { 25 } else { 10 };
                    let items: Vec<Trigger> = chosen
                        .iter()
                        .map(|&c| self.literal(id(c), negated))
                        .collect();
                    let trigger = if items.len() == 1 {
                        items.into_iter().next().unwrap_or(Trigger::Always)
                    } else if all {
                        Trigger::All(items)
                    } else {
                        Trigger::Any(items)
                    };
                    (trigger, chosen.into_iter().collect())
                }
                _ if index == 0 => (Trigger::Always, BTreeSet::new()),
                80..90 => {
                    // Chains point back, mostly to recent consequences, as articles build up.
                    let target = index - 1 - self.rng.below(index.min(50));
                    let support = supports.get(target).cloned().unwrap_or_default();
                    let chained = earlier.get(target).map_or("", |c| c.id.as_str());
                    (Trigger::Consequence(chained.to_owned()), support)
                }
                _ => {
                    let target = index - 1 - self.rng.below(index.min(50));
                    let mut support = supports.get(target).cloned().unwrap_or_default();
                    let chained = earlier.get(target).map_or("", |c| c.id.as_str());
                    let chain = Trigger::Consequence(chained.to_owned());
                    // Add a condition the chain does not already reach, so it stays satisfiable.
                    let free: Vec<usize> = (0..n).filter(|c| !support.contains(c)).collect();
                    if free.is_empty() {
                        (chain, support)
                    } else {
                        let c = *self.rng.pick(&free);
                        support.insert(c);
                        let literal = self.literal(id(c), 30);
                        (Trigger::All(vec![chain, literal]), support)
                    }
                }
            };
            (trigger, support)
        }

        fn consequence(
            &mut self,
            index: usize,
            conditions: &[Condition],
            earlier: &[Consequence],
            supports: &[BTreeSet<usize>],
        ) -> (Consequence, BTreeSet<usize>) {
            let (trigger, support) = self.trigger(index, conditions, earlier, supports);
            let actor = self.rng.pick(&ACTORS);
            let (kind, object) = self.rng.pick(&OBJECTS).clone();
            let (firmness, verb, title_verb) = *self.rng.pick(&VERBS);
            let clause = match &trigger {
                Trigger::Condition(_) | Trigger::All(_) | Trigger::Any(_) => support
                    .first()
                    .map(|&c| CONDITIONS[c % CONDITIONS.len()].clause),
                _ => None,
            };
            let claim = Claim {
                actor,
                verb,
                object,
                clause,
            };
            let count = self.rng.between(1, 3);
            let fresh = self.rng.percent(80);
            let evidence = self.evidence(&claim, count, fresh);
            let claimant = self
                .rng
                .percent(50)
                .then(|| self.rng.pick(&ACTORS).id.to_owned());
            let note = self.rng.percent(15).then(|| {
                Text::new(
                    "en",
                    "The article reports this as said, not as done.".to_owned(),
                )
                .and(
                    "id",
                    "Artikel melaporkan ini sebagai ucapan, bukan tindakan.".to_owned(),
                )
            });
            let consequence = Consequence {
                id: format!("k{:05}_{}", index + 1, kind.key()),
                title: Text::new(
                    "en",
                    capitalised(&format!("{} {} {}", actor.name.0, title_verb.0, object.0)),
                )
                .and(
                    "id",
                    capitalised(&format!("{} {} {}", actor.name.1, title_verb.1, object.1)),
                ),
                actor: actor.id.to_owned(),
                kind,
                claimant,
                firmness,
                trigger,
                evidence,
                note,
            };
            (consequence, support)
        }

        fn objection(&mut self, index: usize, consequences: &[Consequence]) -> Objection {
            let by = self.rng.pick(&ACTORS);
            let count = self.rng.between(1, 4);
            let contests = self
                .rng
                .distinct(consequences.len(), count)
                .into_iter()
                .filter_map(|k| consequences.get(k).map(|c| c.id.clone()))
                .collect();
            let claim = Claim {
                actor: by,
                verb: ("has refused to", "menolak untuk"),
                object: self.rng.pick(&OBJECTS).1,
                clause: None,
            };
            let count = self.rng.between(1, 2);
            Objection {
                id: format!("objection_{}", index + 1),
                by: by.id.to_owned(),
                claimant: by.person.map(|_| by.id.to_owned()),
                statement: text(*self.rng.pick(&OBJECTION_STATEMENTS)),
                contests,
                evidence: self.evidence(&claim, count, true),
            }
        }

        /// A tension between two different conditions; none when there are fewer than two.
        fn tension(&mut self, index: usize, conditions: &[Condition]) -> Option<Tension> {
            let n = conditions.len();
            let first = self.rng.below(n);
            let second = (first + 1 + self.rng.below(n.checked_sub(1)?)) % n;
            let (first, second) = (conditions.get(first)?, conditions.get(second)?);
            if first.id == second.id {
                return None;
            }
            let claim = self.random_claim(None);
            let count = self.rng.between(1, 3);
            let fresh = self.rng.percent(50);
            Some(Tension {
                id: format!("tension_{}", index + 1),
                when: Trigger::All(vec![
                    Trigger::Condition(first.id.clone()),
                    Trigger::Condition(second.id.clone()),
                ]),
                title: Text::new(
                    "en",
                    format!(
                        "{} and {} at once",
                        first.label.get(Lang::En),
                        second.label.get(Lang::En)
                    ),
                )
                .and(
                    "id",
                    format!(
                        "{} dan {} sekaligus",
                        first.label.get(Lang::Id),
                        second.label.get(Lang::Id)
                    ),
                ),
                explanation: text((
                    "The article treats these as alternatives and does not say what happens if both hold at once.",
                    "Artikel memperlakukan keduanya sebagai alternatif dan tidak menyebut apa yang terjadi jika keduanya terjadi bersamaan.",
                )),
                evidence: self.evidence(&claim, count, fresh),
            })
        }
    }
}
