//! `rehabit plan`: the programme week by week, as text or JSON.

use std::fmt::Write;

use chrono::NaiveDate;

use super::patient::{current, load};
use super::{Format, Outcome};
use crate::clock::today;
use crate::plan::{WeekPlan, plan};
use crate::program::Program;

/// How many weeks to show when neither the programme nor the user says.
const DEFAULT_WEEKS: u32 = 8;

pub fn run(spec: Option<&str>, weeks: Option<u32>, from: Option<NaiveDate>, format: Format) -> Outcome {
    let (program, started) = match spec {
        Some(spec) => (load(spec)?, None),
        None => {
            let current = current()?;
            (current.program, current.started)
        }
    };
    let weeks = weeks.or(program.about.weeks).unwrap_or(DEFAULT_WEEKS);
    let from = from.or(started).unwrap_or_else(today);
    let weeks = plan(&program, from, weeks);
    match format {
        Format::Text => put!("{}", as_text(&program, &weeks)),
        Format::Json => {
            let json = serde_json::json!({ "title": program.about.title, "weeks": weeks });
            say!("{}", serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?);
        }
    }
    Ok(())
}

/// The plan as plain text: one block a week; a line for what changed is marked.
pub fn as_text(program: &Program, weeks: &[WeekPlan]) -> String {
    let mut out = format!("{}\n", program.about.title);
    let mut previous: Option<&WeekPlan> = None;
    for week in weeks {
        let from = crate::i18n::date(week.from, "plan-date-from");
        let to = crate::i18n::date(week.to, "plan-date-to");
        let _ = writeln!(out, "\n{}", t!("plan-week", week = week.week, from = from, to = to));
        for (index, session) in week.sessions.iter().enumerate() {
            let before = previous.and_then(|p| p.sessions.get(index));
            let when = match session.times {
                Some(times) => t!("plan-times-this-week", times = times),
                None if session.days.is_empty() => t!("plan-not-this-week"),
                None if session.days.len() == 7 => t!("plan-every-day"),
                None => {
                    let days: Vec<String> =
                        session.days.iter().map(|d| crate::i18n::date(*d, "plan-weekday")).collect();
                    days.join(", ")
                }
            };
            let when = if session.at_clinic { t!("plan-at-clinic", when = when) } else { when };
            let changed = before.is_some_and(|b| b.times != session.times);
            let _ = writeln!(out, "  {}{} — {when}", mark(changed), session.name);
            for (position, exercise) in session.exercises.iter().enumerate() {
                let changed = before.and_then(|b| b.exercises.get(position)).is_some_and(|b| b != exercise);
                let name = if exercise.level > 1 {
                    t!("plan-exercise-level", name = exercise.name.as_str(), level = exercise.level)
                } else {
                    exercise.name.clone()
                };
                let _ = writeln!(out, "    {}{name}: {}", mark(changed), exercise.dose.summary());
            }
        }
        previous = Some(week);
    }
    let _ = writeln!(out, "\n{}", t!("plan-changed-key"));
    if program.pain.guides_progression {
        let _ = writeln!(out, "{}", t!("plan-pain-guides"));
    }
    out
}

fn mark(changed: bool) -> &'static str {
    if changed { "* " } else { "" }
}
