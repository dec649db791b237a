//! Values written the way people write them: durations ("45s", "1h30m", "30 min"),
//! times of day ("07:30"), dates, the `when` of a session, and named choices such as
//! an exercise's kind. Each reads itself from TOML and says plainly what it expected.

use std::borrow::Cow;
use std::time::Duration;

use chrono::{NaiveDate, NaiveTime};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use toml_spanner::{Context, Error, Failed, FromToml, Item, Value};

use super::Weekday;
use super::located::Located;

/// Records a problem at `item`: a first line saying what is wrong, then the fix.
pub(super) fn reject(ctx: &mut Context<'_>, item: &Item<'_>, problem: &str, fix: &str) -> Failed {
    ctx.push_error(Error::custom(format!("{problem}\n{fix}"), item.span()))
}

/// A length of time such as a hold, a rest or a walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationText(pub Duration);

impl<'de> FromToml<'de> for DurationText {
    fn from_toml(ctx: &mut Context<'de>, item: &Item<'de>) -> Result<Self, Failed> {
        const FIX: &str =
            "write a length of time in quotes, such as \"45s\", \"2m\", \"1h30m\" or \"30 min\"";
        match item.value() {
            Value::String(text) => {
                let text = text.trim();
                if text.starts_with('-') {
                    return Err(reject(ctx, item, "a length of time can't be negative", FIX));
                }
                humantime::parse_duration(text)
                    .map(DurationText)
                    .map_err(|_| reject(ctx, item, &format!("\"{text}\" is not a length of time"), FIX))
            }
            Value::Integer(n) if n.as_i128() < 0 => {
                Err(reject(ctx, item, "a length of time can't be negative", FIX))
            }
            Value::Integer(_) | Value::Float(_) => Err(reject(ctx, item, "this number has no unit", FIX)),
            _ => {
                Err(reject(ctx, item, &format!("expected a length of time, found {}", item.type_str()), FIX))
            }
        }
    }
}

impl JsonSchema for DurationText {
    fn schema_name() -> Cow<'static, str> {
        "Duration".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A length of time, such as \"45s\", \"2m\", \"1h30m\" or \"30 min\".",
            "pattern": r"^\s*\d+\s*[a-zA-Z]+(\s*\d+\s*[a-zA-Z]+)*\s*$",
            "examples": ["45s", "2m", "1h30m", "30 min"]
        })
    }
}

/// A time of day, for reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeText(pub NaiveTime);

impl<'de> FromToml<'de> for TimeText {
    fn from_toml(ctx: &mut Context<'de>, item: &Item<'de>) -> Result<Self, Failed> {
        const FIX: &str = "write a time of day on the 24-hour clock, such as \"07:30\" or \"18:00\"";
        match item.value() {
            Value::String(text) => NaiveTime::parse_from_str(text.trim(), "%H:%M")
                .map(TimeText)
                .map_err(|_| reject(ctx, item, &format!("\"{text}\" is not a time of day"), FIX)),
            Value::DateTime(moment) if moment.date().is_none() => {
                let time = moment
                    .time()
                    .and_then(|t| NaiveTime::from_hms_opt(t.hour.into(), t.minute.into(), t.second.into()));
                time.map(TimeText).ok_or_else(|| reject(ctx, item, "this is not a time of day", FIX))
            }
            _ => Err(reject(ctx, item, &format!("expected a time of day, found {}", item.type_str()), FIX)),
        }
    }
}

impl JsonSchema for TimeText {
    fn schema_name() -> Cow<'static, str> {
        "TimeOfDay".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A time of day on the 24-hour clock, such as \"07:30\".",
            "pattern": r"^([01]?\d|2[0-3]):[0-5]\d$"
        })
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateText(pub NaiveDate);

impl<'de> FromToml<'de> for DateText {
    fn from_toml(ctx: &mut Context<'de>, item: &Item<'de>) -> Result<Self, Failed> {
        const FIX: &str = "write a date as year-month-day, such as 2026-11-01";
        let date = match item.value() {
            Value::String(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok(),
            Value::DateTime(moment) => moment
                .date()
                .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())),
            _ => None,
        };
        date.map(DateText).ok_or_else(|| reject(ctx, item, "this is not a date", FIX))
    }
}

impl JsonSchema for DateText {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Editors pass TOML dates to the schema as strings in this format.
        json_schema!({ "type": "string", "format": "date" })
    }
}

/// When a session happens, as written in the file. `validate` checks the numbers
/// and the weekday names so that each problem points at its own word.
#[derive(Debug, Clone, PartialEq)]
pub enum When {
    EveryDay,
    TimesAWeek(i64),
    Weekdays(Vec<Located<Weekday>>),
}

const WHEN_FIX: &str =
    "write \"every day\", \"3 times a week\", or a list of weekdays such as [\"monday\", \"thursday\"]";

impl When {
    fn parse(text: &str) -> Option<When> {
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        match words.as_slice() {
            ["every", "day"] | ["daily"] => Some(When::EveryDay),
            ["once", "a", "week"] => Some(When::TimesAWeek(1)),
            ["twice", "a", "week"] => Some(When::TimesAWeek(2)),
            [n, "time" | "times", "a" | "per", "week"] => n.parse().ok().map(When::TimesAWeek),
            _ => None,
        }
    }
}

impl<'de> FromToml<'de> for When {
    fn from_toml(ctx: &mut Context<'de>, item: &Item<'de>) -> Result<Self, Failed> {
        match item.value() {
            Value::String(text) => When::parse(text).ok_or_else(|| {
                reject(ctx, item, &format!("rehabit can't read \"{text}\" as a schedule"), WHEN_FIX)
            }),
            Value::Array(_) => Vec::<Located<Weekday>>::from_toml(ctx, item).map(When::Weekdays),
            _ => Err(reject(ctx, item, &format!("expected a schedule, found {}", item.type_str()), WHEN_FIX)),
        }
    }
}

impl JsonSchema for When {
    fn schema_name() -> Cow<'static, str> {
        "When".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "When the session happens: \"every day\", \"3 times a week\", or a list of weekdays.",
            "anyOf": [
                { "type": "string", "pattern": r"^\s*((every\s+day|daily)|(once|twice)\s+a\s+week|[1-7]\s+times?\s+(a|per)\s+week)\s*$" },
                { "type": "array", "minItems": 1, "uniqueItems": true,
                  "items": { "type": "string", "enum": Weekday::ACCEPTED } }
            ]
        })
    }
}
