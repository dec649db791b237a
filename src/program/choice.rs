//! Named choices in a programme file (an exercise's kind, the phase, sides, weekdays),
//! read with a "did you mean" for near misses.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(&word, candidate), candidate))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// "did you mean `x`?" when one candidate is close, else the list of every candidate.
pub fn did_you_mean(word: &str, candidates: &[&str]) -> String {
    match closest(word, candidates.iter().copied()) {
        Some(near) => format!("did you mean \"{near}\"?"),
        None => format!("use one of: {}", quoted_list(candidates)),
    }
}

/// `"a", "b" or "c"`
pub fn quoted_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|item| format!("\"{item}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// Declares an enum of named choices: its names as written in files (with accepted
/// aliases), reading from TOML with a did-you-mean, and its JSON Schema.
macro_rules! named_choice {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $($(#[$vmeta:meta])* $variant:ident = $text:literal $(| $alias:literal)*,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The names as the format writes them.
            pub const NAMES: &'static [&'static str] = &[$($text),+];
            /// The names and the aliases the format also accepts.
            pub const ACCEPTED: &'static [&'static str] = &[$($text, $($alias,)*)+];

            /// The name as the format writes it.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// Reads a name or an alias, ignoring case and surrounding spaces.
            pub fn from_name(text: &str) -> Option<Self> {
                match text.trim().to_lowercase().as_str() {
                    $($text $(| $alias)* => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl<'de> toml_spanner::FromToml<'de> for $name {
            fn from_toml(
                ctx: &mut toml_spanner::Context<'de>,
                item: &toml_spanner::Item<'de>,
            ) -> Result<Self, toml_spanner::Failed> {
                let Some(text) = item.as_str() else {
                    let found = item.type_str();
                    let fix = format!("use one of: {}", $crate::program::choice::quoted_list(Self::NAMES));
                    return Err($crate::program::values::reject(ctx, item, &format!("expected {}, found {found}", $what), &fix));
                };
                Self::from_name(text).ok_or_else(|| {
                    let fix = $crate::program::choice::did_you_mean(text, Self::NAMES);
                    $crate::program::values::reject(ctx, item, &format!("\"{text}\" is not {}", $what), &fix)
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": Self::ACCEPTED })
            }
        }
    };
}

pub(crate) use named_choice;
