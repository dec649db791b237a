//! What today looks like: the sessions due, what is already done, and where this
//! week's quotas stand, worked out from the programme and the journal. Pure.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};

use crate::journal::{Ending, Entry, Event};
use crate::plan::{dose_in_week, is_due_on, monday_of, quota_in_week, week_index};
use crate::program::{Program, Schedule, Session};
use crate::session::Outcome;

/// Today's sessions, in the programme's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Today {
    pub date: NaiveDate,
    /// Programme week, from 0.
    pub week: u32,
    pub sessions: Vec<SessionToday>,
}

/// When a session is due, as of today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// On today's date (every day, or one of its weekdays).
    Today,
    /// A weekly quota that is not met yet: any day will do.
    ThisWeek,
    /// The weekly quota is met.
    QuotaMet,
    /// Set days, and today is not one of them.
    NotToday,
}

/// One session on the Today screen.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionToday {
    /// Its place in the programme's sessions.
    pub index: usize,
    pub name: String,
    pub due: Due,
    pub at_clinic: bool,
    /// Whether it was done to the end today.
    pub done_today: bool,
    pub exercises: Vec<ExerciseToday>,
    /// This week's quota, for sessions done a number of times a week.
    pub quota: Option<Quota>,
}

/// An exercise on today's checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseToday {
    pub name: String,
    /// Today's dose, in words.
    pub dose: String,
    pub outcome: Outcome,
}

/// How far this week's quota is: "3 of 5 days, 95 of 150 minutes".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub days_done: u32,
    pub times: u8,
    pub minutes_done: u32,
    /// Minutes asked for the week, when the session has timed activities.
    pub minutes_target: Option<u32>,
}

impl std::fmt::Display for Quota {
    /// "this week: 3 of 5 days, 95 of 150 minutes".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let days = if self.times == 1 { "day" } else { "days" };
        write!(f, "this week: {} of {} {days}", self.days_done, self.times)?;
        if let Some(target) = self.minutes_target {
            write!(f, ", {} of {target} minutes", self.minutes_done)?;
        }
        Ok(())
    }
}

impl Today {
    /// The session to offer first: the first one due and not yet done.
    pub fn next_up(&self) -> Option<usize> {
        self.sessions.iter().position(|s| !s.done_today && matches!(s.due, Due::Today | Due::ThisWeek))
    }
}

/// Today, for a programme started on `start`, from the journal's `entries` of this
/// week (older ones are ignored).
pub fn today(program: &Program, start: NaiveDate, date: NaiveDate, entries: &[Entry]) -> Today {
    let week = week_index(start, date);
    let monday = monday_of(date);
    let this_week: Vec<&Entry> =
        entries.iter().filter(|e| e.day >= monday && e.day < monday + Days::new(7)).collect();
    let sessions = program
        .sessions
        .iter()
        .enumerate()
        .map(|(index, session)| {
            let mine: Vec<&Entry> = this_week.iter().copied().filter(|e| e.session == session.name).collect();
            let finished_days: BTreeSet<NaiveDate> = mine
                .iter()
                .filter(|e| matches!(e.event, Event::Ended { ending: Ending::Finished, .. }))
                .map(|e| e.day)
                .collect();
            let done_today = finished_days.contains(&date);
            let quota = quota_in_week(session, week).map(|times| Quota {
                days_done: finished_days.len() as u32,
                times,
                minutes_done: minutes_in(&mine),
                minutes_target: minutes_asked(program, session, week).map(|m| m * u32::from(times)),
            });
            let due = match (&session.schedule, quota) {
                (Schedule::TimesAWeek(_), Some(q)) if q.days_done >= u32::from(q.times) => Due::QuotaMet,
                (Schedule::TimesAWeek(_), _) => Due::ThisWeek,
                _ if is_due_on(session, date) => Due::Today,
                _ => Due::NotToday,
            };
            let todays: Vec<&Entry> = mine.iter().copied().filter(|e| e.day == date).collect();
            SessionToday {
                index,
                name: session.name.clone(),
                due,
                at_clinic: session.at_clinic,
                done_today,
                exercises: checklist(program, session, week, &todays),
                quota,
            }
        })
        .collect();
    Today { date, week, sessions }
}

fn checklist(program: &Program, session: &Session, week: u32, todays: &[&Entry]) -> Vec<ExerciseToday> {
    session
        .exercises
        .iter()
        .enumerate()
        .filter_map(|(position, id)| {
            let exercise = program.exercise(id)?;
            let (level, dose) = dose_in_week(exercise, week);
            let outcome = todays
                .iter()
                .rev()
                .find_map(|e| match &e.event {
                    Event::ExerciseDone { asked, .. } if asked.position == position => Some(Outcome::Done),
                    Event::Skipped { asked, .. } if asked.position == position => Some(Outcome::Skipped),
                    _ => None,
                })
                .unwrap_or(Outcome::Pending);
            Some(ExerciseToday { name: exercise.at_level(level).name.clone(), dose: dose.summary(), outcome })
        })
        .collect()
}

/// Minutes of timed activity recorded in `entries`.
fn minutes_in(entries: &[&Entry]) -> u32 {
    let seconds: u64 = entries
        .iter()
        .filter_map(|e| match e.event {
            Event::ExerciseDone { seconds, .. } => seconds,
            _ => None,
        })
        .sum();
    (seconds / 60) as u32
}

/// Minutes of timed activity one session asks for in `week`, if it has any.
fn minutes_asked(program: &Program, session: &Session, week: u32) -> Option<u32> {
    let timed: Vec<u32> = session
        .exercises
        .iter()
        .filter_map(|id| program.exercise(id))
        .filter(|e| e.kind.is_timed())
        .map(|e| dose_in_week(e, week).1.duration.map_or(0, |d| (d.as_secs() / 60) as u32))
        .collect();
    (!timed.is_empty()).then(|| timed.iter().sum())
}
