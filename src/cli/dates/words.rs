//! The words a patient may type for a day or a length of time, in every language
//! rehabit speaks, whichever language it shows: a Swede whose computer speaks English
//! can still type `igår`. The words live with the texts (`cli-words-…` in
//! `locales/<lang>/cli.ftl`), so a new language brings its own.

use chrono::Weekday;

use crate::i18n::{Lang, use_language_here};

/// A day named in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayWord {
    Today,
    Yesterday,
    Tomorrow,
    Weekday(Weekday),
}

const WEEK: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

/// The day `typed` names in words, in any language: "today", "i går", "gisteren", a
/// weekday's name or its first three letters or more ("mon", "tors", "woensd").
pub fn day_word(typed: &str) -> Option<DayWord> {
    let word = squeezed(typed);
    if word.is_empty() {
        return None;
    }
    let is = |words: Vec<String>| words.contains(&word);
    if is(in_every_language(|| t!("cli-words-today"))) {
        return Some(DayWord::Today);
    }
    if is(in_every_language(|| t!("cli-words-yesterday"))) {
        return Some(DayWord::Yesterday);
    }
    if is(in_every_language(|| t!("cli-words-tomorrow"))) {
        return Some(DayWord::Tomorrow);
    }
    if word.chars().count() < 3 {
        return None;
    }
    Lang::ALL.into_iter().find_map(|lang| {
        let names = in_language(lang, || t!("cli-words-weekdays"));
        let position = names.iter().position(|name| name.starts_with(&word))?;
        (names.len() == WEEK.len()).then(|| DayWord::Weekday(WEEK[position]))
    })
}

/// `typed` with the words for hours and minutes of every language made the ones
/// `humantime` reads ("1 timme och 10 minuter" is "1h 10min"), a decimal comma made a
/// point ("1,5 t" is "1.5h"), and lower case ("M" would be months; nobody walks for months).
pub fn in_english_units(typed: &str) -> String {
    let hours = in_every_language(|| t!("cli-words-hours"));
    let minutes = in_every_language(|| t!("cli-words-minutes"));
    let and = in_every_language(|| t!("cli-words-and"));
    let lower: Vec<char> = typed.to_lowercase().chars().collect();
    let mut out = String::new();
    let mut at = 0;
    while at < lower.len() {
        let c = lower[at];
        let digit = |i: usize| lower.get(i).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            // "1.5" and "1,5" are one and a half; "1, 5" and "1h, 10m" are lists.
            let mut number = String::new();
            while at < lower.len() && (digit(at) || (matches!(lower[at], '.' | ',') && digit(at + 1))) {
                number.push(if lower[at] == ',' { '.' } else { lower[at] });
                at += 1;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&number);
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while at < lower.len() && lower[at].is_alphabetic() {
                word.push(lower[at]);
                at += 1;
            }
            if and.contains(&word) {
                continue;
            }
            if out.ends_with(char::is_alphabetic) {
                out.push(' ');
            }
            out.push_str(if hours.contains(&word) {
                "h"
            } else if minutes.contains(&word) {
                "min"
            } else {
                &word
            });
        } else {
            at += 1;
        }
    }
    out
}

/// The comma-separated words of a text in every language, in lower case and without
/// spaces or a final full stop ("I går" and "igår" are the same, and so are "man." and "man").
fn in_every_language(text: impl Fn() -> String) -> Vec<String> {
    Lang::ALL.into_iter().flat_map(|lang| in_language(lang, &text)).collect()
}

fn in_language(lang: Lang, text: impl Fn() -> String) -> Vec<String> {
    let _speaking = use_language_here(lang);
    text().split(',').map(squeezed).filter(|word| !word.is_empty()).collect()
}

fn squeezed(word: &str) -> String {
    let word: String = word.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect();
    word.trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_seven_weekdays_in_order() {
        for lang in Lang::ALL {
            let names = in_language(lang, || t!("cli-words-weekdays"));
            assert_eq!(names.len(), 7, "{lang}: {names:?}");
        }
    }

    #[test]
    fn days_are_understood_in_every_language() {
        let cases = [
            ("today", DayWord::Today),
            ("Now", DayWord::Today),
            ("idag", DayWord::Today),
            ("i dag", DayWord::Today),
            ("vandaag", DayWord::Today),
            ("yesterday", DayWord::Yesterday),
            ("igår", DayWord::Yesterday),
            ("I  går", DayWord::Yesterday),
            ("gisteren", DayWord::Yesterday),
            ("i morgon", DayWord::Tomorrow),
            ("morgen", DayWord::Tomorrow),
            ("måndag", DayWord::Weekday(Weekday::Mon)),
            ("mån", DayWord::Weekday(Weekday::Mon)),
            ("mandag", DayWord::Weekday(Weekday::Mon)),
            ("maandag", DayWord::Weekday(Weekday::Mon)),
            ("tis", DayWord::Weekday(Weekday::Tue)),
            ("tirsdag", DayWord::Weekday(Weekday::Tue)),
            ("Dinsdag", DayWord::Weekday(Weekday::Tue)),
            ("onsdag", DayWord::Weekday(Weekday::Wed)),
            ("woensdag", DayWord::Weekday(Weekday::Wed)),
            ("tors", DayWord::Weekday(Weekday::Thu)),
            ("donderdag", DayWord::Weekday(Weekday::Thu)),
            ("fre", DayWord::Weekday(Weekday::Fri)),
            ("vrijdag", DayWord::Weekday(Weekday::Fri)),
            ("lördag", DayWord::Weekday(Weekday::Sat)),
            ("lørdag", DayWord::Weekday(Weekday::Sat)),
            ("zaterdag", DayWord::Weekday(Weekday::Sat)),
            ("søn.", DayWord::Weekday(Weekday::Sun)),
            ("söndag", DayWord::Weekday(Weekday::Sun)),
            ("zondag", DayWord::Weekday(Weekday::Sun)),
        ];
        for (typed, expected) in cases {
            assert_eq!(day_word(typed), Some(expected), "{typed}");
        }
        for typed in ["", "mo", "må", "zo", "fortnight", "2026-11-25", "igårkväll"] {
            assert_eq!(day_word(typed), None, "{typed}");
        }
    }

    #[test]
    fn units_are_read_in_every_language() {
        let cases = [
            ("30m", "30min"),
            ("1h 10m", "1h 10min"),
            ("1 hour and 10 minutes", "1h 10min"),
            ("1 timme och 10 minuter", "1h 10min"),
            ("1t 10m", "1h 10min"),
            ("1,5 timmar", "1.5h"),
            ("1.5h", "1.5h"),
            ("ca. 30 min", "ca 30min"),
            ("45 minutter", "45min"),
            ("1 uur en 10 minuten", "1h 10min"),
            ("90M", "90min"),
            ("2 days", "2days"),
            ("1h, 10m", "1h 10min"),
            ("half an hour", "half an h"),
        ];
        for (typed, expected) in cases {
            assert_eq!(in_english_units(typed), expected, "{typed}");
        }
    }
}
