//! Adherence, defined once: what counts as planned, done, partly done and missed.
//! Pure. The README's "Adherence" section says the same in words.
//!
//! - **Planned**: a session on set days is planned on each of those days from the
//!   programme's start; a session done N times a week is planned N times that week
//!   (on N different days: in a first week that starts late, no more than the days
//!   left in it).
//! - **Done**: a sitting in which every exercise asked was done, a session marked done
//!   afterwards, or a walk logged for it. Doing a session more often than planned
//!   does not make up for another.
//! - **Partly done**: started and some of it done, but left early or with exercises
//!   skipped.
//! - **Missed**: planned, on a day that is over (or in a week that is over, for a
//!   weekly quota), and neither done nor partly done.
//! - **Rest day**: nothing planned that day and nothing done. A session done on a
//!   free day makes it done (or partly done, if it was left early).

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::History;
use super::load::{LighterWeeks, load_with};
use super::pain::Verdict;
use super::runs::{Run, RunStatus};
use crate::plan::{dose_in_week, is_due_on, monday_of, quota_in_week, week_index};
use crate::program::{Program, Schedule, Session};

/// How a day went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayStatus {
    /// Everything planned was done (or a session was done in full on a free day).
    Done,
    /// Some of it done: a session left early or with exercises skipped, or a
    /// planned session not done while another was.
    Partly,
    Missed,
    /// Nothing planned, nothing done.
    Rest,
    /// Today, with something planned and nothing done yet.
    Open,
    /// Before the programme started, or after today.
    Outside,
}

/// One week's adherence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekAdherence {
    pub monday: NaiveDate,
    /// The programme week, from 1.
    pub week: u32,
    pub planned: u32,
    pub done: u32,
    pub partly: u32,
    pub missed: u32,
    pub walking_minutes: u32,
    /// Minutes of walking (or other timed activity) the week asks for, if any.
    pub walking_target: Option<u32>,
    /// Monday to Sunday.
    pub days: [DayStatus; 7],
    /// Whether the week is over.
    pub complete: bool,
}

impl WeekAdherence {
    /// Everything planned done, and the walking minutes reached.
    pub fn on_target(&self) -> bool {
        self.planned > 0
            && self.done >= self.planned
            && self.walking_target.is_none_or(|target| self.walking_minutes >= target)
    }
}

/// What adherence counts of a run: a [`Run`] tells it, and so does the report's own
/// smaller record of one, kept while the journal is read a line at a time.
pub trait Attended {
    fn day(&self) -> NaiveDate;
    /// The session's name.
    fn session(&self) -> &str;
    /// Not cancelled.
    fn counts(&self) -> bool;
    fn status(&self) -> RunStatus;
    /// Seconds of timed activity.
    fn seconds(&self) -> u64;
}

impl Attended for Run {
    fn day(&self) -> NaiveDate {
        self.day
    }

    fn session(&self) -> &str {
        &self.session
    }

    fn counts(&self) -> bool {
        Run::counts(self)
    }

    fn status(&self) -> RunStatus {
        Run::status(self)
    }

    fn seconds(&self) -> u64 {
        self.seconds
    }
}

/// How `day` went, from the runs of that day.
pub fn day_status<R: Attended>(
    program: &Program,
    start: NaiveDate,
    day: NaiveDate,
    today: NaiveDate,
    runs: &[&R],
) -> DayStatus {
    if day < start || day > today {
        return DayStatus::Outside;
    }
    let of_day: Vec<&&R> = runs.iter().filter(|r| r.day() == day && r.counts()).collect();
    let best = |session: &Session| {
        of_day
            .iter()
            .filter(|r| r.session() == session.key)
            .map(|r| r.status())
            .max()
            .unwrap_or(RunStatus::Nothing)
    };
    let due: Vec<RunStatus> = program.sessions.iter().filter(|s| is_due_on(s, day)).map(best).collect();
    let most = of_day.iter().map(|r| r.status()).max().unwrap_or(RunStatus::Nothing);
    let anything = most > RunStatus::Nothing;
    if due.is_empty() {
        return match most {
            RunStatus::Done => DayStatus::Done,
            RunStatus::Partly => DayStatus::Partly,
            RunStatus::Nothing => DayStatus::Rest,
        };
    }
    if due.iter().all(|s| *s == RunStatus::Done) {
        DayStatus::Done
    } else if anything {
        DayStatus::Partly
    } else if day == today {
        DayStatus::Open
    } else {
        DayStatus::Missed
    }
}

/// Adherence week by week, for the weeks holding `from` to `to`. The walking target
/// of each week follows the doses the pain-monitoring model allowed that week, as
/// the Today screen does.
pub fn weeks(
    program: &Program,
    start: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    history: &History,
    today: NaiveDate,
) -> Vec<WeekAdherence> {
    weeks_of(program, start, from, to, &history.runs, &history.verdicts(program), today)
}

/// [`weeks`], from the runs and the pain-monitoring model's `verdicts` on them (see
/// [`History::verdicts`]).
pub fn weeks_of<R: Attended>(
    program: &Program,
    start: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    runs: &[R],
    verdicts: &[(NaiveDate, Verdict)],
    today: NaiveDate,
) -> Vec<WeekAdherence> {
    let mut lighter = LighterWeeks::default();
    let mut weeks = Vec::new();
    let mut monday = monday_of(from.max(start));
    while monday <= to {
        let last_day = (monday + Days::new(6)).min(today).max(start);
        let load_week = load_with(program, start, last_day, verdicts, &mut lighter).week;
        weeks.push(week(program, start, monday, runs, today, load_week));
        monday = monday + Days::new(7);
    }
    weeks
}

fn week<R: Attended>(
    program: &Program,
    start: NaiveDate,
    monday: NaiveDate,
    runs: &[R],
    today: NaiveDate,
    load_week: u32,
) -> WeekAdherence {
    let sunday = monday + Days::new(6);
    let index = week_index(start, monday.max(start));
    // What was done before the programme started does not count for it.
    let counted: Vec<&R> =
        runs.iter().filter(|r| r.counts() && r.day() >= monday.max(start) && r.day() <= sunday).collect();
    let days: Vec<NaiveDate> = (0..7).map(|d| monday + Days::new(d)).collect();
    let mut adherence = WeekAdherence {
        monday,
        week: index + 1,
        planned: 0,
        done: 0,
        partly: 0,
        missed: 0,
        walking_minutes: (counted.iter().map(|r| r.seconds()).sum::<u64>() / 60) as u32,
        walking_target: None,
        days: [DayStatus::Outside; 7],
        complete: sunday < today,
    };
    for (slot, day) in adherence.days.iter_mut().zip(&days) {
        *slot = day_status(program, start, *day, today, &counted);
    }
    let mut target = None;
    for session in &program.sessions {
        let mine: Vec<&&R> = counted.iter().filter(|r| r.session() == session.key).collect();
        let best_on = |day: NaiveDate| mine.iter().filter(|r| r.day() == day).map(|r| r.status()).max();
        let (planned, done, partly, missed) = match session.schedule {
            Schedule::TimesAWeek(_) => {
                // One sitting a day counts, so a first week that starts late asks no
                // more than the days left in it.
                let days_left = days.iter().filter(|d| **d >= start).count() as u32;
                let times = u32::from(quota_in_week(session, index).unwrap_or(0)).min(days_left);
                let statuses: Vec<RunStatus> = days.iter().filter_map(|d| best_on(*d)).collect();
                let done = statuses.iter().filter(|s| **s == RunStatus::Done).count() as u32;
                let partly = statuses.iter().filter(|s| **s == RunStatus::Partly).count() as u32;
                let (done, partly) = (done.min(times), partly.min(times - done.min(times)));
                let missed = if adherence.complete { times - done - partly } else { 0 };
                (times, done, partly, missed)
            }
            Schedule::EveryDay | Schedule::Weekdays(_) => {
                let due: Vec<NaiveDate> =
                    days.iter().copied().filter(|d| *d >= start && is_due_on(session, *d)).collect();
                let mut counts = (due.len() as u32, 0, 0, 0);
                for day in &due {
                    match best_on(*day) {
                        Some(RunStatus::Done) => counts.1 += 1,
                        Some(RunStatus::Partly) => counts.2 += 1,
                        _ if *day < today => counts.3 += 1,
                        _ => {}
                    }
                }
                counts
            }
        };
        adherence.planned += planned;
        adherence.done += done;
        adherence.partly += partly;
        adherence.missed += missed;
        if let Some(minutes) = timed_minutes(program, session, load_week) {
            *target.get_or_insert(0) += minutes * planned;
        }
    }
    adherence.walking_target = target;
    adherence
}

/// Minutes of timed activity one sitting of `session` asks for in `week`, if any.
pub fn timed_minutes(program: &Program, session: &Session, week: u32) -> Option<u32> {
    let timed: Vec<u32> = session
        .exercises
        .iter()
        .filter_map(|id| program.exercise(id))
        .filter(|e| e.kind.is_timed())
        .map(|e| dose_in_week(e, week).1.duration.map_or(0, |d| (d.as_secs() / 60) as u32))
        .collect();
    (!timed.is_empty()).then(|| timed.iter().sum())
}

/// How many weeks in a row were on target, counting back from the last complete
/// week, plus the current week once it is on target. Weeks not over yet (the current
/// one, and any after it) never break the run.
pub fn weeks_on_target(weeks: &[WeekAdherence]) -> u32 {
    let mut run = 0;
    for week in weeks.iter().rev() {
        let current = !week.complete;
        match (current, week.on_target()) {
            (true, true) | (false, true) => run += 1,
            (true, false) => {}
            (false, false) => break,
        }
    }
    run
}
