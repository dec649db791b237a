//! The Fluent texts compiled into the binary, the current language, and formatting.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// The areas the texts are split into, one file each per language. A key belongs to
/// the area its name starts with (`today-title` to today.ftl); any other key, to
/// common.ftl. Each area is read only when one of its texts is first shown, so
/// `rehabit status` never parses the texts of the report or the guided session.
macro_rules! areas {
    ($($area:literal),+) => {
        /// The areas, in a fixed order; common comes first.
        pub const AREAS: &[&str] = &[$($area),+];

        /// The Fluent source of `lang` for the area at `index` in [`AREAS`].
        fn source(lang: Lang, index: usize) -> &'static str {
            let texts: &[&'static str] = match lang {
                Lang::En => &[$(include_str!(concat!("../../locales/en/", $area, ".ftl"))),+],
                Lang::Sv => &[$(include_str!(concat!("../../locales/sv/", $area, ".ftl"))),+],
                Lang::Nb => &[$(include_str!(concat!("../../locales/nb/", $area, ".ftl"))),+],
                Lang::Da => &[$(include_str!(concat!("../../locales/da/", $area, ".ftl"))),+],
                Lang::Nl => &[$(include_str!(concat!("../../locales/nl/", $area, ".ftl"))),+],
            };
            texts[index]
        }
    };
}
areas!("common", "today", "session", "safety", "history", "cli", "remind", "report", "plan");

/// Each language's Fluent sources as `(area, text)`, in the order of [`AREAS`].
pub fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    AREAS.iter().enumerate().map(|(index, area)| (*area, source(lang, index))).collect()
}

/// The English sources, which every other language is checked against.
pub fn english_sources() -> Vec<(&'static str, &'static str)> {
    sources(Lang::En)
}

/// The index in [`AREAS`] of the area `id` belongs to.
fn area_of(id: &str) -> usize {
    let prefix = id.split_once('-').map_or(id, |(prefix, _)| prefix);
    AREAS.iter().position(|area| *area == prefix).unwrap_or(0)
}

type Bundle = FluentBundle<FluentResource>;

const AREA_COUNT: usize = 9;
const _: () = assert!(AREAS.len() == AREA_COUNT);

static BUNDLES: [[OnceLock<Bundle>; AREA_COUNT]; 5] = [const { [const { OnceLock::new() }; AREA_COUNT] }; 5];

/// The texts of `lang` for one area, parsed the first time they are asked for.
fn bundle(lang: Lang, area: usize) -> &'static Bundle {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index][area].get_or_init(|| {
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Unicode isolation marks are for bidirectional text; a terminal would show them.
        bundle.set_use_isolating(false);
        // The tests parse every file; a file that fails here still gives its good messages.
        let text = source(lang, area).to_string();
        let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
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
    let area = area_of(key);
    if let Some(text) = format_in(bundle(lang, area), key, args) {
        return text;
    }
    if lang != Lang::En
        && let Some(text) = format_in(bundle(Lang::En, area), key, args)
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
