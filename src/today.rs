//! What today looks like: the sessions due, what is already done, and where this
//! week's quotas stand, worked out from the programme and the journal. Pure.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::journal::Ending;
use crate::plan::{dose_in_week, is_due_on, monday_of, quota_in_week, week_index};
use crate::program::{Program, Schedule, Session};
use crate::progress::{Assessment, History, Load, Run, RunStatus, morning_pain_rising, timed_minutes};
use crate::session::Outcome;

/// Today's sessions, in the programme's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Today {
    pub date: NaiveDate,
    /// Programme week, from 0.
    pub week: u32,
    /// Whose week's doses apply, after the pain-monitoring model.
    pub load: Load,
    pub sessions: Vec<SessionToday>,
    /// The model's judgement of the latest session it could judge, and its day.
    pub last_assessment: Option<(NaiveDate, Assessment)>,
    /// Yesterday's sessions wait for the next-morning pain check.
    pub morning_check_due: bool,
    /// Morning pain has risen week over week: time to talk to the physiotherapist.
    pub morning_pain_rising: bool,
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
    /// The name the patient reads.
    pub name: String,
    /// The name the journal knows it by (see [`Session::key`]).
    pub key: String,
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
    /// Starts with a small letter in every language: callers capitalise it for a sentence.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self.minutes_target {
            None => t!("today-quota", done = self.days_done, times = self.times),
            Some(target) => t!(
                "today-quota-minutes",
                done = self.days_done,
                times = self.times,
                minutes = self.minutes_done,
                target = target
            ),
        };
        f.write_str(&text)
    }
}

impl Today {
    /// The session to offer first: the first one due and not yet done.
    pub fn next_up(&self) -> Option<usize> {
        self.sessions.iter().position(|s| !s.done_today && matches!(s.due, Due::Today | Due::ThisWeek))
    }
}

/// Today as `rehabit today` prints it, one line after another: the programme, its week
/// and the date, then each session due (or done) today with its checklist.
pub fn text_lines(today: &Today, title: &str, is_default: bool) -> Vec<String> {
    let week = t!("today-week", week = today.week + 1);
    let date = crate::i18n::date(today.date, "date-weekday-day-month-year");
    let mut lines = vec![format!("{title} · {week} · {date}")];
    if is_default {
        lines.push(t!("today-text-no-programme-chosen"));
    }
    for session in &today.sessions {
        let when = match (session.done_today, session.due, session.quota) {
            (true, _, _) => t!("today-text-done-today"),
            (_, Due::NotToday, _) => continue,
            (_, _, Some(quota)) => quota.to_string(),
            (_, _, None) => t!("today-status-due"),
        };
        lines.push(String::new());
        lines.push(format!("{} ({when})", session.name));
        for exercise in &session.exercises {
            let mark = match exercise.outcome {
                Outcome::Done => "x",
                Outcome::Skipped => "-",
                Outcome::Pending => " ",
            };
            lines.push(format!("  [{mark}] {}: {}", exercise.name, exercise.dose));
        }
    }
    lines
}

/// Today, for a programme started on `start`, from the journal's history (at least
/// this week and yesterday; the further back it goes, the better the pain model's
/// load follows what happened).
pub fn today(program: &Program, start: NaiveDate, date: NaiveDate, history: &History) -> Today {
    let week = week_index(start, date);
    let load = history.load_on(program, start, date);
    let monday = monday_of(date);
    let this_week: Vec<&Run> =
        history.counted().filter(|r| r.day >= monday.max(start) && r.day <= date).collect();
    let sessions = program
        .sessions
        .iter()
        .enumerate()
        .map(|(index, session)| {
            let mine: Vec<&Run> = this_week.iter().copied().filter(|r| r.session == session.key).collect();
            // Done, as adherence counts it: everything asked was done (or logged).
            let done_days: BTreeSet<NaiveDate> =
                mine.iter().filter(|r| r.status() == RunStatus::Done).map(|r| r.day).collect();
            // Finished (perhaps with exercises skipped): not offered again today.
            let done_today = mine.iter().any(|r| {
                r.day == date && (r.ending == Some(Ending::Finished) || r.status() == RunStatus::Done)
            });
            // One sitting a day counts, so a first week that starts late asks no more
            // than the days left in it.
            let days_left = 7 - (monday.max(start) - monday).num_days() as u8;
            let quota = quota_in_week(session, week).map(|times| times.min(days_left)).map(|times| Quota {
                days_done: done_days.len() as u32,
                times,
                minutes_done: (mine.iter().map(|r| r.seconds).sum::<u64>() / 60) as u32,
                minutes_target: timed_minutes(program, session, load.week).map(|m| m * u32::from(times)),
            });
            let due = match (&session.schedule, quota) {
                (Schedule::TimesAWeek(_), Some(q)) if q.days_done >= u32::from(q.times) => Due::QuotaMet,
                (Schedule::TimesAWeek(_), _) => Due::ThisWeek,
                _ if is_due_on(session, date) => Due::Today,
                _ => Due::NotToday,
            };
            let todays: Vec<&Run> = mine.iter().copied().filter(|r| r.day == date).collect();
            SessionToday {
                index,
                name: session.name.clone(),
                key: session.key.clone(),
                due,
                at_clinic: session.at_clinic,
                done_today,
                exercises: checklist(program, session, load.week, &todays),
                quota,
            }
        })
        .collect();
    let last = history
        .counted()
        .filter(|r| r.day <= date)
        .filter_map(|r| Some((r.day, history.assess(program, r)?)))
        .last();
    let yesterday = date.pred_opt().unwrap_or(date);
    Today {
        date,
        week,
        load,
        sessions,
        last_assessment: last,
        morning_check_due: history.morning_check_due(yesterday),
        morning_pain_rising: morning_pain_rising(&history.morning, date),
    }
}

fn checklist(program: &Program, session: &Session, week: u32, todays: &[&Run]) -> Vec<ExerciseToday> {
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
                .find_map(|r| {
                    if r.done.contains(&position) {
                        Some(Outcome::Done)
                    } else if r.skipped.iter().any(|(a, _)| a.position == position) {
                        Some(Outcome::Skipped)
                    } else {
                        None
                    }
                })
                .unwrap_or(Outcome::Pending);
            Some(ExerciseToday { name: exercise.at_level(level).name.clone(), dose: dose.summary(), outcome })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, use_language_here};

    fn quota(days_done: u32, times: u8, minutes: Option<(u32, u32)>) -> String {
        let (minutes_done, minutes_target) = minutes.map_or((0, None), |(done, target)| (done, Some(target)));
        Quota { days_done, times, minutes_done, minutes_target }.to_string()
    }

    #[test]
    fn the_weeks_quota_counts_days_and_minutes_in_the_patients_language() {
        assert_eq!(quota(1, 3, Some((12, 30))), "this week: 1 of 3 days, 12 of 30 minutes");
        assert_eq!(quota(0, 1, None), "this week: 0 of 1 day");
        {
            let _swedish = use_language_here(Lang::Sv);
            assert_eq!(quota(1, 3, Some((12, 30))), "i veckan: 1 av 3 dagar, 12 av 30 minuter");
            assert_eq!(quota(1, 1, Some((1, 1))), "i veckan: 1 av 1 dag, 1 av 1 minut");
        }
        let _dutch = use_language_here(Lang::Nl);
        assert_eq!(quota(2, 5, None), "deze week: 2 van 5 dagen");
        let _danish = use_language_here(Lang::Da);
        assert_eq!(quota(0, 1, Some((0, 20))), "denne uge: 0 af 1 dag, 0 af 20 minutter");
    }
}
