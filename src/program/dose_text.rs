//! A dose in a few plain words, such as "2 × 8 reps, alternating sides, hold 5 s", and
//! how often a session happens, in the patient's language (`locales/*/session.ftl`).

use std::time::Duration;

use chrono::{Datelike, NaiveDate};

use super::{Dose, Schedule, Sides, Weekday};
use crate::i18n;

/// A length of time as a patient reads it: "45 s", "2 min", "1 min 30 s", "1 h 30 min".
pub fn short_duration(duration: Duration) -> String {
    let total = duration.as_secs();
    let (hours, minutes, seconds) = (total / 3600, total % 3600 / 60, total % 60);
    let mut words = Vec::new();
    if hours > 0 {
        words.push(t!("session-duration-hours", count = hours));
    }
    if minutes > 0 {
        words.push(t!("session-duration-minutes", count = minutes));
    }
    if seconds > 0 || words.is_empty() {
        words.push(t!("session-duration-seconds", count = seconds));
    }
    words.join(" ")
}

/// How often, in words: "once", "twice", "3 times".
pub fn how_often(times: u8) -> String {
    t!("session-times", count = times)
}

/// `text` with its first letter in capitals, for a sentence that starts with a value
/// (Dutch capitalises "ij" as one letter: "IJs").
pub fn capitalise(text: &str) -> String {
    if i18n::language() == i18n::Lang::Nl
        && let Some(rest) = text.strip_prefix("ij")
    {
        return format!("IJ{rest}");
    }
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

impl Dose {
    /// The dose in a few words, for lists and plans.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        let volume = match (self.sets, self.reps) {
            (1, Some(reps)) => Some(t!("session-dose-reps", reps = reps)),
            (sets, Some(reps)) => Some(t!("session-dose-sets-reps", sets = sets, reps = reps)),
            (1, None) => None,
            (sets, None) => Some(t!("session-dose-sets", sets = sets)),
        };
        parts.extend(volume);
        match self.sides {
            Sides::None => {}
            Sides::Alternating => parts.push(t!("session-dose-alternating")),
            Sides::LeftThenRight => parts.push(t!("session-dose-each-side")),
        }
        if let Some(hold) = self.hold {
            parts.push(t!("session-dose-hold", duration = short_duration(hold)));
        }
        if let Some(duration) = self.duration {
            parts.push(short_duration(duration));
        }
        if let Some(rest) = self.rest {
            parts.push(t!("session-dose-rest", duration = short_duration(rest)));
        }
        if let (Some(rest), true) = (self.rest_between_sets, self.sets > 1) {
            parts.push(t!("session-dose-between-sets", duration = short_duration(rest)));
        }
        parts.join(", ")
    }
}

impl Schedule {
    /// When the session happens: "every day", "3 times a week", "every Monday and Thursday".
    pub fn in_words(&self) -> String {
        match self {
            Schedule::EveryDay => t!("session-every-day"),
            Schedule::Weekdays(days) if days.len() == Weekday::ALL.len() => t!("session-every-day"),
            Schedule::Weekdays(days) => {
                t!("session-every-weekdays", days = Weekday::list_in_words(days.iter().copied()))
            }
            Schedule::TimesAWeek(times) => t!("session-times-a-week", count = *times),
        }
    }
}

impl Weekday {
    /// The day's name in the patient's language: "Monday", "måndag", "maandag".
    pub fn in_words(self) -> String {
        i18n::date(self.a_day(), "session-weekday-name")
    }

    /// The day's short name: "Mon", "mån", "ma".
    pub fn short_in_words(self) -> String {
        i18n::date(self.a_day(), "session-weekday-short")
    }

    /// Days by name, the last joined with "and": "Monday, Wednesday and Friday".
    pub fn list_in_words(days: impl IntoIterator<Item = Weekday>) -> String {
        let names: Vec<String> = days.into_iter().map(Weekday::in_words).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                t!("session-list-and", first = rest.join(", "), last = last.as_str())
            }
            _ => names.concat(),
        }
    }

    /// Days by short name, with commas: "Mon, Thu".
    pub fn short_list(days: impl IntoIterator<Item = Weekday>) -> String {
        days.into_iter().map(Weekday::short_in_words).collect::<Vec<_>>().join(", ")
    }

    /// A date that falls on this weekday, to have chrono write its name.
    fn a_day(self) -> NaiveDate {
        // 1 January 2024 was a Monday.
        let monday = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
        let day = monday + chrono::Days::new(u64::from(self.to_chrono().num_days_from_monday()));
        debug_assert_eq!(day.weekday(), self.to_chrono());
        day
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, use_language_here};

    #[test]
    fn durations_read_the_way_people_say_them() {
        let cases = [(45, "45 s"), (120, "2 min"), (90, "1 min 30 s"), (5400, "1 h 30 min"), (0, "0 s")];
        for (seconds, expected) in cases {
            assert_eq!(short_duration(Duration::from_secs(seconds)), expected);
        }
    }

    fn dose(sets: u32, reps: Option<u32>) -> Dose {
        let (hold, rest, rest_between_sets, duration, intensity) = (None, None, None, None, None);
        Dose { sets, reps, hold, rest, rest_between_sets, sides: Sides::None, duration, intensity }
    }

    #[test]
    fn a_dose_counts_its_reps_and_sets_in_each_language() {
        let mut bird_dog = dose(2, Some(6));
        bird_dog.sides = Sides::Alternating;
        bird_dog.hold = Some(Duration::from_secs(5));
        bird_dog.rest_between_sets = Some(Duration::from_secs(90));
        let cases = [
            (Lang::En, "1 rep", "2 × 6 reps, alternating sides, hold 5 s, 1 min 30 s between sets"),
            (
                Lang::Sv,
                "1 repetition",
                "2 × 6 rep., sidorna växelvis, håll kvar 5 s, vila 1 min 30 s mellan set",
            ),
            (
                Lang::Nb,
                "1 repetisjon",
                "2 × 6 rep., annenhver side, hold i 5 s, pause 1 min 30 s mellom sett",
            ),
            (
                Lang::Da,
                "1 gentagelse",
                "2 × 6 gent., skiftevis side, hold i 5 s, pause 1 min 30 s mellem sæt",
            ),
            (
                Lang::Nl,
                "1 herhaling",
                "2 × 6 herh., kanten afwisselen, 5 s vasthouden, 1 min 30 s tussen sets",
            ),
        ];
        for (lang, one, two_sets) in cases {
            let _speaking = use_language_here(lang);
            assert_eq!(dose(1, Some(1)).summary(), one, "{lang}");
            assert_eq!(bird_dog.summary(), two_sets, "{lang}");
        }
    }

    #[test]
    fn how_often_and_which_days_in_other_languages() {
        let days = || [Weekday::Monday, Weekday::Thursday].into_iter().collect();
        let cases = [
            (Lang::En, "twice", "once a week", "3 times a week", "every Monday and Thursday", "Mon, Thu"),
            (
                Lang::Sv,
                "två gånger",
                "en gång i veckan",
                "3 gånger i veckan",
                "varje måndag och torsdag",
                "mån, tor",
            ),
            (
                Lang::Nb,
                "to ganger",
                "én gang i uken",
                "3 ganger i uken",
                "hver mandag og torsdag",
                "ma., to.",
            ),
            (
                Lang::Nl,
                "twee keer",
                "één keer per week",
                "3 keer per week",
                "elke maandag en donderdag",
                "ma, do",
            ),
        ];
        for (lang, twice, once_a_week, three_a_week, weekdays, short) in cases {
            let _speaking = use_language_here(lang);
            assert_eq!(how_often(2), twice);
            assert_eq!(Schedule::TimesAWeek(1).in_words(), once_a_week);
            assert_eq!(Schedule::TimesAWeek(3).in_words(), three_a_week);
            assert_eq!(Schedule::Weekdays(days()).in_words(), weekdays);
            assert_eq!(Weekday::short_list([Weekday::Monday, Weekday::Thursday]), short);
        }
    }

    #[test]
    fn dutch_capitalises_ij_as_one_letter() {
        let _speaking = use_language_here(Lang::Nl);
        assert_eq!(capitalise("ijsbaan"), "IJsbaan");
        assert_eq!(capitalise("één keer"), "Één keer");
    }
}
