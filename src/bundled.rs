//! The programmes that ship inside the binary.

/// A programme that ships with rehabit.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// The name to give `rehabit use`, the file name without `.toml`.
    pub name: &'static str,
    pub source: &'static str,
}

macro_rules! bundled {
    ($($name:literal),+ $(,)?) => {
        &[$(Bundled { name: $name, source: include_str!(concat!("../programs/", $name, ".toml")) }),+]
    };
}

/// Every bundled programme, gentlest first.
pub const ALL: &[Bundled] = bundled![
    "acute-gentle-start",
    "morning-mobility",
    "core-stability",
    "walking-plan",
    "strength-prevention",
];

/// The programme a patient gets before choosing one: the gentlest.
pub const DEFAULT: &str = "acute-gentle-start";

pub fn find(name: &str) -> Option<Bundled> {
    ALL.iter().copied().find(|bundled| bundled.name == name)
}
