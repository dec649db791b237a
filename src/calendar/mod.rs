//! The programme in the patient's own calendar: the sessions of the coming weeks as an
//! iCalendar (RFC 5545) text that phone and desktop calendars import. Pure: the caller
//! passes today, the time it is and the time zone; nothing here reads the clock or files.
//!
//! - A session on set days is one event per day it is due: at its first `remind_at` time,
//!   with an alarm at each of its times, or all day when it has none.
//! - A weekly quota ("3 times a week") is one all-day event spanning its week, since the
//!   patient picks the days.
//! - Event ids are made of the programme, the session and the date, so importing the file
//!   again updates the events instead of adding copies. `SEQUENCE` stays 0: an update is
//!   told apart by its newer `DTSTAMP` (RFC 5546, 2.1.5), and the events carry no other
//!   history to count.
//! - Times are in the patient's time zone (`TZID` with a `VTIMEZONE` that holds the zone's
//!   offsets over the weeks the file covers) when its IANA name is known, else floating
//!   local times (RFC 5545, 3.3.5, form 1), shown at the same clock time in any zone.

use std::time::Duration;

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, Utc};

use crate::plan::{ExerciseWeek, SessionWeek, monday_of, plan};
use crate::program::{Program, Session, short_duration};
use crate::session::{Work, lay_out, steps::GET_READY};

/// The shortest a timed event is made, for sessions of exercises (not for walks).
const SHORTEST: Duration = Duration::from_secs(10 * 60);
/// An estimate of one repetition done slowly and with control.
const PER_REP: Duration = Duration::from_secs(5);
/// Getting into position for an exercise and reading its cues.
const PER_EXERCISE: Duration = Duration::from_secs(30);
/// The longest a content line may be, in octets, without its line break.
const LINE_OCTETS: usize = 75;

/// What the calendar is made from.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub program: &'a Program,
    /// The day the patient started the programme: it sets the weeks' doses.
    pub start: NaiveDate,
    /// The calendar begins on the Monday of the week that holds `today`.
    pub today: NaiveDate,
    pub weeks: u32,
    /// When the file is made, for `DTSTAMP`.
    pub now: DateTime<Utc>,
    /// The patient's time zone, or `None` for floating local times.
    pub zone: Option<&'a Zone>,
}

/// The days the calendar covers: from the Monday of the week holding `today`, up to (not
/// including) the Monday after the last week.
pub fn span(today: NaiveDate, weeks: u32) -> (NaiveDate, NaiveDate) {
    let first = monday_of(today);
    (first, first + Days::new(u64::from(weeks) * 7))
}

/// One event of the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
    pub when: When,
    /// When to alarm, counted from the start; only for timed events.
    pub alarms: Vec<Duration>,
}

/// When an event takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// At a local time, for a while.
    Timed { start: NaiveDateTime, length: Duration },
    /// Whole days, from `from` up to (not including) `until`.
    AllDay { from: NaiveDate, until: NaiveDate },
}

/// The events of the weeks the request covers, in order of date.
pub fn events(request: &Request<'_>) -> Vec<Event> {
    let program = request.program;
    let (first, end) = span(request.today, request.weeks);
    // The plan counts weeks from the start; keep those that fall in the calendar.
    let weeks_to_end = (end - monday_of(request.start)).num_days().max(0) / 7;
    let programme = slug(&program.about.title);
    let session_slugs = unique_slugs(program);
    let mut events = Vec::new();
    for week in plan(program, request.start, u32::try_from(weeks_to_end).unwrap_or(0)) {
        if week.from < first {
            continue;
        }
        let mut this_week = Vec::new();
        let sessions = week.sessions.iter().zip(&program.sessions).zip(&session_slugs);
        for ((planned, session), session_slug) in sessions {
            let index = week.week - 1;
            let (length, exact) = length(program, session, index);
            let exercises = exercise_lines(&planned.exercises);
            let about = t!("remind-calendar-week", week = week.week, title = program.about.title.as_str());
            let location = planned.at_clinic.then(|| t!("remind-calendar-at-clinic"));
            if let Some(times) = planned.times {
                if times == 0 {
                    continue;
                }
                let from = week.from.max(request.start);
                let summary = t!(
                    "remind-calendar-weekly",
                    session = planned.name.as_str(),
                    times = times,
                    length = short_duration(length),
                    exact = if exact { "yes" } else { "no" }
                );
                let pick = match session.remind_at.iter().min() {
                    Some(time) => {
                        t!(
                            "remind-calendar-any-days-reminded",
                            days = times,
                            time = time.format("%H:%M").to_string()
                        )
                    }
                    None => t!("remind-calendar-any-days", days = times),
                };
                this_week.push((
                    (from, None, 0),
                    Event {
                        uid: format!(
                            "week-{}-{session_slug}@{programme}.rehabit",
                            week.from.format("%Y-%m-%d")
                        ),
                        summary,
                        description: description(&[about.as_str(), pick.as_str()], &exercises, planned),
                        location,
                        when: When::AllDay { from, until: week.from + Days::new(7) },
                        alarms: Vec::new(),
                    },
                ));
                continue;
            }
            let mut times = session.remind_at.clone();
            times.sort_unstable();
            times.dedup();
            for &day in &planned.days {
                let (when, alarms) = match times.first() {
                    Some(&first_time) => (
                        When::Timed { start: day.and_time(first_time), length },
                        times.iter().map(|&t| (t - first_time).to_std().unwrap_or_default()).collect(),
                    ),
                    None => (When::AllDay { from: day, until: day + Days::new(1) }, Vec::new()),
                };
                this_week.push((
                    (day, times.first().copied(), 1),
                    Event {
                        uid: format!("{}-{session_slug}@{programme}.rehabit", day.format("%Y-%m-%d")),
                        summary: planned.name.clone(),
                        description: description(&[about.as_str()], &exercises, planned),
                        location: location.clone(),
                        when,
                        alarms,
                    },
                ));
            }
        }
        // By day; on a day, the all-day ones first, then by time (a stable sort keeps the
        // programme's order of sessions).
        this_week.sort_by_key(|(key, _)| *key);
        events.extend(this_week.into_iter().map(|(_, event)| event));
    }
    events
}

fn exercise_lines(exercises: &[ExerciseWeek]) -> Vec<String> {
    exercises
        .iter()
        .map(|exercise| {
            let name = exercise.name.as_str();
            let name = if exercise.level > 1 {
                t!("remind-calendar-exercise-level", exercise = name, level = exercise.level)
            } else {
                name.to_string()
            };
            let dose = exercise.dose.summary();
            if dose.is_empty() { format!("- {name}") } else { format!("- {name}: {dose}") }
        })
        .collect()
}

fn description(opening: &[&str], exercises: &[String], planned: &SessionWeek) -> String {
    let mut lines: Vec<String> = opening.iter().map(|line| line.to_string()).collect();
    lines.extend(exercises.iter().cloned());
    if planned.at_clinic {
        lines.push(t!("remind-calendar-at-clinic-with"));
    }
    lines.push(t!("remind-calendar-open-rehabit"));
    lines.join("\n")
}

/// How long a session takes in programme week `week` (from 0), and whether that is
/// exact: a session of walks and other activities takes their time; one of exercises
/// gets an estimate from the dose, rounded up to 5 minutes and at least 10.
pub fn length(program: &Program, session: &Session, week: u32) -> (Duration, bool) {
    let (items, steps) = lay_out(program, session, week);
    let activities_only = !steps.is_empty() && steps.iter().all(|s| matches!(s.work, Work::Activity { .. }));
    let work: Duration = steps
        .iter()
        .map(|step| match step.work {
            Work::Reps { target } => PER_REP * target,
            Work::Holds { hold, reps, relax } => {
                (GET_READY + hold) * reps + relax.unwrap_or_default() * reps.saturating_sub(1)
            }
            Work::Timed { length } | Work::Rest { length } => length,
            Work::Activity { target } => target,
        })
        .sum();
    if activities_only {
        return (work, true);
    }
    let total = work + PER_EXERCISE * u32::try_from(items.len()).unwrap_or(u32::MAX);
    let five_minutes = 5 * 60;
    let rounded = total.as_secs().div_ceil(five_minutes) * five_minutes;
    (Duration::from_secs(rounded).max(SHORTEST), false)
}

/// `text` in lower case with runs of anything but letters and digits made one `-`.
pub fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Each session's slug, made unique within the programme: a name that slugs to the same
/// as an earlier one ("Core & hips", "Core hips"), or to nothing, gets its position.
fn unique_slugs(program: &Program) -> Vec<String> {
    let mut slugs: Vec<String> = Vec::new();
    for (index, session) in program.sessions.iter().enumerate() {
        let base = slug(&session.name);
        let (base, mut made) = match base.is_empty() {
            true => ("session".to_string(), format!("session-{}", index + 1)),
            false => (base.clone(), base),
        };
        let mut number = index + 1;
        while slugs.contains(&made) {
            made = format!("{base}-{number}");
            number += 1;
        }
        slugs.push(made);
    }
    slugs
}

mod ics;

pub use ics::{Observance, Zone, fold, ics, text, utc_offset};

#[cfg(test)]
mod tests;
