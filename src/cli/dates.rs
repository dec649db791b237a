//! Days and lengths of time as the patient types them: `today`, `yesterday`, a
//! weekday or `YYYY-MM-DD`; `30m`, `1h 10m` or `45 min`, and the same words in every
//! language rehabit speaks (`igår`, `i går`, `gisteren`, `måndag`, `1 timme 10 minuter`).
//! Pure: today's date comes in, so the shell is the only one to read the clock.

mod words;

use std::time::Duration;

use chrono::{Datelike, Days, NaiveDate};
use fluent_bundle::FluentValue;

use words::{DayWord, day_word, in_english_units};

/// The longest activity rehabit believes was logged on purpose.
const LONGEST: Duration = Duration::from_secs(12 * 3600);

/// The day `text` names, counted back from `today`, for recording something done.
///
/// A weekday is the most recent such day up to today: on a Wednesday, "wednesday" is
/// today and "monday" two days ago. Future days are refused (only what was done can
/// be recorded), and so are days before `started`, the day the programme began.
pub fn parse_day(text: &str, today: NaiveDate, started: Option<NaiveDate>) -> Result<NaiveDate, String> {
    let typed = text.trim();
    let day = match day_word(typed) {
        Some(DayWord::Today) => today,
        Some(DayWord::Yesterday) => back(today, 1)?,
        Some(DayWord::Tomorrow) => return Err(t!("cli-day-tomorrow")),
        Some(DayWord::Weekday(weekday)) => {
            let days_back = (today.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
            back(today, u64::from(days_back))?
        }
        None if typed.is_empty() => return Err(t!("cli-day-none")),
        None => NaiveDate::parse_from_str(typed, "%Y-%m-%d")
            .map_err(|_| t!("cli-day-unknown", text = typed.to_string()))?,
    };
    if day > today {
        return Err(t!("cli-day-future", day = full_date(day)));
    }
    if let Some(started) = started.filter(|started| day < *started) {
        return Err(t!("cli-day-before-start", day = full_date(day), started = full_date(started)));
    }
    Ok(day)
}

fn back(today: NaiveDate, days: u64) -> Result<NaiveDate, String> {
    today.checked_sub_days(Days::new(days)).ok_or_else(|| t!("cli-day-too-far-back"))
}

/// The day with its weekday and year: "Monday 23 November 2026".
pub fn full_date(day: NaiveDate) -> String {
    crate::i18n::date(day, "cli-date-weekday-day-month-year")
}

/// The day in words, as close to how people say it as it can be: "today",
/// "yesterday", "Monday 23 November", or with the year when it is not this year's.
pub fn describe(day: NaiveDate, today: NaiveDate) -> String {
    if day == today {
        t!("cli-day-today")
    } else if today.pred_opt() == Some(day) {
        t!("cli-day-yesterday")
    } else if day.year() == today.year() {
        crate::i18n::date(day, "date-weekday-day-month")
    } else {
        full_date(day)
    }
}

/// A length of time as typed: `30m`, `1h 10m`, `45 min`, `1.5h`, `1 timme 10 minuter`.
pub fn parse_length(text: &str) -> Result<Duration, String> {
    let typed = text.trim();
    if !typed.is_empty() && typed.chars().all(|c| c.is_ascii_digit()) && typed.chars().any(|c| c != '0') {
        // The number chooses the plural ("1 minuut", "30 minuten"); one too long for a
        // number is shown as typed.
        let minutes = typed.parse::<u64>().map_or_else(|_| FluentValue::from(typed), FluentValue::from);
        return Err(t!("cli-length-needs-unit", typed = typed.to_string(), minutes = minutes));
    }
    let length = humantime::parse_duration(&in_english_units(typed))
        .map_err(|_| t!("cli-length-unknown", typed = typed.to_string()))?;
    if length < Duration::from_secs(60) {
        return Err(t!("cli-length-too-short", typed = typed.to_string()));
    }
    if length > LONGEST {
        return Err(t!("cli-length-too-long", typed = typed.to_string()));
    }
    Ok(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    // 2026-11-25 is a Wednesday.
    const TODAY: &str = "2026-11-25";

    #[test]
    fn words_and_dates_name_days_up_to_today() {
        let cases = [
            ("today", "2026-11-25"),
            ("Today", "2026-11-25"),
            (" yesterday ", "2026-11-24"),
            ("wednesday", "2026-11-25"),
            ("tuesday", "2026-11-24"),
            ("monday", "2026-11-23"),
            ("Mon", "2026-11-23"),
            ("thursday", "2026-11-19"),
            ("thurs", "2026-11-19"),
            ("sun", "2026-11-22"),
            ("saturday", "2026-11-21"),
            ("2026-11-01", "2026-11-01"),
            ("2025-12-31", "2025-12-31"),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_day(text, date(TODAY), None), Ok(date(expected)), "{text}");
        }
    }

    #[test]
    fn a_weekday_crosses_a_year_end() {
        // 2027-01-01 is a Friday.
        assert_eq!(parse_day("wednesday", date("2027-01-01"), None), Ok(date("2026-12-30")));
        assert_eq!(parse_day("friday", date("2027-01-01"), None), Ok(date("2027-01-01")));
        assert_eq!(parse_day("yesterday", date("2027-01-01"), None), Ok(date("2026-12-31")));
    }

    #[test]
    fn future_days_are_refused_plainly() {
        for text in ["tomorrow", "2026-11-26", "2027-01-01"] {
            let error = parse_day(text, date(TODAY), None).unwrap_err();
            assert!(error.contains("you can only record what you have already done"), "{text}: {error}");
        }
    }

    #[test]
    fn days_before_the_programme_started_are_refused() {
        let started = Some(date("2026-11-24"));
        assert_eq!(parse_day("yesterday", date(TODAY), started), Ok(date("2026-11-24")));
        let error = parse_day("monday", date(TODAY), started).unwrap_err();
        assert_eq!(
            error,
            "Monday 23 November 2026 is before you started your programme, on Tuesday 24 November 2026: \
             choose a day from then on"
        );
    }

    #[test]
    fn anything_else_says_what_is_understood() {
        for text in ["", "last week", "2026-13-01", "25/11/2026", "mo", "fortnight"] {
            let error = parse_day(text, date(TODAY), None).unwrap_err();
            assert!(error.contains("YYYY-MM-DD"), "{text}: {error}");
        }
    }

    #[test]
    fn days_are_described_as_people_say_them() {
        let today = date(TODAY);
        assert_eq!(describe(today, today), "today");
        assert_eq!(describe(date("2026-11-24"), today), "yesterday");
        assert_eq!(describe(date("2026-11-23"), today), "Monday 23 November");
        assert_eq!(describe(date("2025-11-23"), today), "Sunday 23 November 2025");
    }

    #[test]
    fn lengths_are_read_as_people_write_them() {
        let cases = [
            ("30m", 1800),
            ("32 min", 1920),
            ("45 min", 2700),
            ("1h 10m", 4200),
            ("1 hour and 10 minutes", 4200),
            ("1.5h", 5400),
            ("90M", 5400),
            ("12h", 43_200),
        ];
        for (text, seconds) in cases {
            assert_eq!(parse_length(text).map(|d| d.as_secs()), Ok(seconds), "{text}");
        }
    }

    #[test]
    fn lengths_that_are_probably_mistakes_are_refused_plainly() {
        let cases = [
            ("0", "less than a minute"),
            ("0m", "less than a minute"),
            ("30s", "less than a minute"),
            ("13h", "more than 12 hours"),
            ("2 days", "more than 12 hours"),
            ("30", "needs a unit: write 30m for 30 minutes"),
            ("half an hour", "not a length of time"),
            ("", "not a length of time"),
        ];
        for (text, expected) in cases {
            let error = parse_length(text).unwrap_err();
            assert!(error.contains(expected), "{text}: {error}");
        }
    }

    #[test]
    fn swedish_days_and_lengths_read_and_refuse_in_swedish() {
        let _speaking = crate::i18n::use_language_here(crate::i18n::Lang::Sv);
        let today = date(TODAY);
        assert_eq!(parse_day("igår", today, None), Ok(date("2026-11-24")));
        assert_eq!(parse_day("i går", today, None), Ok(date("2026-11-24")));
        assert_eq!(parse_day("måndag", today, None), Ok(date("2026-11-23")));
        assert_eq!(parse_day("yesterday", today, None), Ok(date("2026-11-24")), "English works everywhere");
        assert_eq!(describe(date("2026-11-24"), today), "i går");
        assert_eq!(describe(date("2026-11-23"), today), "måndag 23 november");
        assert_eq!(describe(date("2025-11-23"), today), "söndag 23 november 2025");
        assert_eq!(
            parse_day("monday", today, Some(date("2026-11-24"))).unwrap_err(),
            "måndag 23 november 2026 är innan du började ditt program (tisdag 24 november 2026): \
             välj en dag från och med då"
        );
        assert_eq!(parse_length("1 timme och 10 minuter").map(|d| d.as_secs()), Ok(4200));
        assert_eq!(parse_length("1,5 t").map(|d| d.as_secs()), Ok(5400));
        // The number chooses the plural.
        assert_eq!(
            parse_length("1").unwrap_err(),
            "”1” behöver en enhet: skriv 1m för 1 minut, eller till exempel 1t 10m"
        );
        assert_eq!(
            parse_length("30").unwrap_err(),
            "”30” behöver en enhet: skriv 30m för 30 minuter, eller till exempel 1t 10m"
        );
        let long = "123456789012345678901234567890";
        assert!(parse_length(long).unwrap_err().contains(&format!("för {long} minuter")), "shown as typed");
    }
}
