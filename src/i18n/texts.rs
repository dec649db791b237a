//! The Fluent texts compiled into the binary, the current language, and formatting.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// The areas the texts are split into, one file each per language.
macro_rules! areas {
    ($($area:literal),+) => {
        /// Each language's Fluent sources as `(file name, text)`, in a fixed order.
        pub fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
            match lang {
                Lang::En => vec![$(($area, include_str!(concat!("../../locales/en/", $area, ".ftl")))),+],
                Lang::Sv => vec![$(($area, include_str!(concat!("../../locales/sv/", $area, ".ftl")))),+],
                Lang::Nb => vec![$(($area, include_str!(concat!("../../locales/nb/", $area, ".ftl")))),+],
                Lang::Da => vec![$(($area, include_str!(concat!("../../locales/da/", $area, ".ftl")))),+],
                Lang::Nl => vec![$(($area, include_str!(concat!("../../locales/nl/", $area, ".ftl")))),+],
            }
        }
    };
}
areas!("common", "today", "session", "safety", "history", "cli", "remind", "report", "plan");

/// The English sources, which every other language is checked against.
pub fn english_sources() -> Vec<(&'static str, &'static str)> {
    sources(Lang::En)
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 5] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn bundle(lang: Lang) -> &'static Bundle {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| {
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Unicode isolation marks are for bidirectional text; a terminal would show them.
        bundle.set_use_isolating(false);
        for (_, text) in sources(lang) {
            // The tests parse every file; a file that fails here still gives its good messages.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        bundle
    })
}

static PROCESS_LANGUAGE: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD_LANGUAGE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language for the whole process (the shell does this once, at start-up).
pub fn set_language(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    PROCESS_LANGUAGE.store(index as u8, Ordering::Relaxed);
}

/// The language texts are shown in now.
pub fn language() -> Lang {
    THREAD_LANGUAGE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[usize::from(PROCESS_LANGUAGE.load(Ordering::Relaxed)) % 5])
}

/// Speaks `lang` on this thread until the guard is dropped (tests draw screens in
/// several languages side by side).
#[must_use]
pub fn use_language_here(lang: Lang) -> LanguageGuard {
    LanguageGuard { before: THREAD_LANGUAGE.with(|cell| cell.replace(Some(lang))) }
}

pub struct LanguageGuard {
    before: Option<Lang>,
}

impl Drop for LanguageGuard {
    fn drop(&mut self) {
        THREAD_LANGUAGE.with(|cell| cell.set(self.before));
    }
}

/// The text for `key` (or `key.attribute`) in the current language, or in English when
/// the language lacks it. Use [`t!`](crate::t) rather than calling this directly.
pub fn format(key: &str, args: Option<&FluentArgs>) -> String {
    let lang = language();
    if let Some(text) = format_in(bundle(lang), key, args) {
        return text;
    }
    if lang != Lang::En
        && let Some(text) = format_in(bundle(Lang::En), key, args)
    {
        return text;
    }
    debug_assert!(false, "no English text for {key}");
    key.to_string()
}

fn format_in(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(match text {
        Cow::Borrowed(text) => text.to_string(),
        Cow::Owned(text) => text,
    })
}

/// `day` written with the pattern the language keeps under `key` (chrono's strftime
/// codes, with weekday and month names in that language), for example
/// `date-weekday-day-month = %A %-d %B`.
pub fn date(day: NaiveDate, key: &str) -> String {
    let pattern = format(key, None);
    day.format_localized(&pattern, language().chrono_locale()).to_string()
}
