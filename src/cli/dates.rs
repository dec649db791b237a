//! Days and lengths of time as the patient types them: `today`, `yesterday`, a
//! weekday or `YYYY-MM-DD`; `30m`, `1h 10m` or `45 min`. Pure: today's date comes
//! in, so the shell is the only one to read the clock.

use std::time::Duration;

use chrono::{Datelike, Days, NaiveDate};

use crate::program::Weekday;

/// The longest activity rehabit believes was logged on purpose.
const LONGEST: Duration = Duration::from_secs(12 * 3600);

/// What a day can be written as, for messages.
const ACCEPTED: &str = "today, yesterday, a weekday such as monday, or a date as YYYY-MM-DD";

/// The day `text` names, counted back from `today`, for recording something done.
///
/// A weekday is the most recent such day up to today: on a Wednesday, "wednesday" is
/// today and "monday" two days ago. Future days are refused (only what was done can
/// be recorded), and so are days before `started`, the day the programme began.
pub fn parse_day(text: &str, today: NaiveDate, started: Option<NaiveDate>) -> Result<NaiveDate, String> {
    let word = text.trim().to_lowercase();
    let day = match word.as_str() {
        "today" | "now" => today,
        "yesterday" => back(today, 1)?,
        "tomorrow" => {
            return Err("tomorrow hasn't happened yet: you can only record what you have already done".into());
        }
        "" => return Err(format!("no day given: use {ACCEPTED}")),
        _ => match weekday(&word) {
            Some(weekday) => {
                let days_back =
                    (today.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
                back(today, u64::from(days_back))?
            }
            None => NaiveDate::parse_from_str(&word, "%Y-%m-%d").map_err(|_| {
                format!("\"{}\" is not a day rehabit understands: use {ACCEPTED}", text.trim())
            })?,
        },
    };
    if day > today {
        return Err(format!(
            "{} is in the future: you can only record what you have already done",
            day.format("%A %-d %B %Y")
        ));
    }
    if let Some(started) = started.filter(|started| day < *started) {
        return Err(format!(
            "{} is before you started your programme, on {}: choose a day from then on",
            day.format("%A %-d %B %Y"),
            started.format("%A %-d %B %Y")
        ));
    }
    Ok(day)
}

/// A weekday's name, its usual short form ("mon"), or the start of its name ("thurs").
fn weekday(word: &str) -> Option<chrono::Weekday> {
    if let Some(day) = Weekday::from_name(word) {
        return Some(day.to_chrono());
    }
    if word.len() < 3 {
        return None;
    }
    Weekday::ALL.iter().find(|day| day.name().starts_with(word)).map(|day| day.to_chrono())
}

fn back(today: NaiveDate, days: u64) -> Result<NaiveDate, String> {
    today.checked_sub_days(Days::new(days)).ok_or_else(|| "that day is too far back".to_string())
}

/// The day in words, as close to how people say it as it can be: "today",
/// "yesterday", "Monday 23 November", or with the year when it is not this year's.
pub fn describe(day: NaiveDate, today: NaiveDate) -> String {
    if day == today {
        "today".into()
    } else if today.pred_opt() == Some(day) {
        "yesterday".into()
    } else if day.year() == today.year() {
        day.format("%A %-d %B").to_string()
    } else {
        day.format("%A %-d %B %Y").to_string()
    }
}

/// A length of time as typed: `30m`, `1h 10m`, `45 min`, `1.5h`.
pub fn parse_length(text: &str) -> Result<Duration, String> {
    let typed = text.trim();
    if !typed.is_empty() && typed.chars().all(|c| c.is_ascii_digit()) && typed.chars().any(|c| c != '0') {
        return Err(format!(
            "\"{typed}\" needs a unit: write {typed}m for {typed} minutes, or for example 1h 10m"
        ));
    }
    // "M" would be months to humantime; nobody walks for months.
    let words = typed.to_lowercase().replace(" and ", " ").replace(',', " ");
    let length = humantime::parse_duration(&words).map_err(|_| {
        format!(
            "\"{typed}\" is not a length of time rehabit understands: write it like 30m, 1h 10m or \"45 min\""
        )
    })?;
    if length < Duration::from_secs(60) {
        return Err(format!("\"{typed}\" is less than a minute: write it like 30m, 1h 10m or \"45 min\""));
    }
    if length > LONGEST {
        return Err(format!(
            "\"{typed}\" is more than 12 hours, which is probably a typing mistake: write it like 30m or 1h 10m"
        ));
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
}
