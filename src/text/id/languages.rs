//! The names of the languages articles are written in, in Bahasa Indonesia.

/// Language codes with their names, in order of code.
pub static NAMES: &[(&str, &str)] = &[
    ("ar", "bahasa Arab"),
    ("de", "bahasa Jerman"),
    ("en", "bahasa Inggris"),
    ("es", "bahasa Spanyol"),
    ("fil", "bahasa Filipina"),
    ("fr", "bahasa Prancis"),
    ("hi", "bahasa Hindi"),
    ("id", "bahasa Indonesia"),
    ("it", "bahasa Italia"),
    ("ja", "bahasa Jepang"),
    ("jv", "bahasa Jawa"),
    ("ko", "bahasa Korea"),
    ("ms", "bahasa Melayu"),
    ("nl", "bahasa Belanda"),
    ("pt", "bahasa Portugis"),
    ("ru", "bahasa Rusia"),
    ("su", "bahasa Sunda"),
    ("th", "bahasa Thai"),
    ("tl", "bahasa Tagalog"),
    ("uk", "bahasa Ukraina"),
    ("vi", "bahasa Vietnam"),
    ("zh", "bahasa Tionghoa"),
];
