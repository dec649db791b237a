//! The patient's language: English, Swedish, Norwegian Bokmål, Danish or Dutch.
//!
//! Every text the patient reads lives in `locales/<code>/<area>.ftl` (Fluent), compiled
//! into the binary. The shell chooses the language once at start-up ([`choose`], then
//! [`set_language`]); text functions read it with [`t!`](crate::t). A text a language
//! lacks is shown in English.

mod choose;
mod texts;

pub use choose::{LanguageChoice, LanguageError, choose, from_environment};
pub use texts::{
    LanguageGuard, date, english_sources, format, language, set_language, sources, use_language_here,
};

/// A language rehabit speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Sv,
    Nb,
    Da,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Sv, Lang::Nb, Lang::Da, Lang::Nl];

    /// The code used in `--lang`, `config.toml` and programme files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Nb => "nb",
            Lang::Da => "da",
            Lang::Nl => "nl",
        }
    }

    /// The language's name in itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "svenska",
            Lang::Nb => "norsk bokmål",
            Lang::Da => "dansk",
            Lang::Nl => "Nederlands",
        }
    }

    /// Reads a language tag or locale name: `sv`, `sv-SE`, `sv_SE.UTF-8`, `nl_BE@euro`.
    /// `no` (Norwegian) means Bokmål, and so does Nynorsk, which its readers read well.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let language = tag.split(['_', '-', '.', '@']).next()?.trim().to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "sv" => Some(Lang::Sv),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "da" => Some(Lang::Da),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    fn chrono_locale(self) -> chrono::Locale {
        match self {
            Lang::En => chrono::Locale::en_GB,
            Lang::Sv => chrono::Locale::sv_SE,
            Lang::Nb => chrono::Locale::nb_NO,
            Lang::Da => chrono::Locale::da_DK,
            Lang::Nl => chrono::Locale::nl_NL,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The text for `key` in the current language, with Fluent arguments:
/// `t!("today-week", week = 3)`. Numbers choose the plural form.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::format($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::format($key, Some(&args))
    }};
}
