//! `rehabit plan`: the programme week by week, as text or JSON.

use std::fmt::Write;

use chrono::NaiveDate;

use super::patient::{current, load};
use super::{Format, Outcome};
use crate::clock::today;
use crate::plan::{WeekPlan, plan};
use crate::program::{Program, how_often};

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
        let _ = writeln!(
            out,
            "\nWeek {} ({} to {})",
            week.week,
            week.from.format("%a %-d %b"),
            week.to.format("%a %-d %b %Y")
        );
        for (index, session) in week.sessions.iter().enumerate() {
            let before = previous.and_then(|p| p.sessions.get(index));
            let when = match session.times {
                Some(times) => format!("{} this week", how_often(times)),
                None if session.days.is_empty() => "not this week".into(),
                None if session.days.len() == 7 => "every day".into(),
                None => {
                    session.days.iter().map(|d| d.format("%a").to_string()).collect::<Vec<_>>().join(", ")
                }
            };
            let clinic = if session.at_clinic { ", at the clinic" } else { "" };
            let changed = before.is_some_and(|b| b.times != session.times);
            let _ = writeln!(out, "  {}{} — {when}{clinic}", mark(changed), session.name);
            for (position, exercise) in session.exercises.iter().enumerate() {
                let changed = before.and_then(|b| b.exercises.get(position)).is_some_and(|b| b != exercise);
                let level =
                    if exercise.level > 1 { format!(" (level {})", exercise.level) } else { String::new() };
                let _ = writeln!(
                    out,
                    "    {}{}{level}: {}",
                    mark(changed),
                    exercise.name,
                    exercise.dose.summary()
                );
            }
        }
        previous = Some(week);
    }
    out.push_str("\n* changed since the week before\n");
    if program.pain.guides_progression {
        out.push_str("Steps up only while pain stays acceptable and settles by the next morning.\n");
    }
    out
}

fn mark(changed: bool) -> &'static str {
    if changed { "* " } else { "" }
}
