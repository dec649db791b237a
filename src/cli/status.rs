//! `rehabit status`: where today and this week stand, in a few lines or as JSON.
//!
//! It reads the same recent part of the journal as the Today screen (so both agree),
//! and looks back at most [`LOOK_BACK_WEEKS`] weeks for the run of weeks on target.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::Outcome;
use super::dates::describe;
use super::patient::{current, recent};
use crate::clock::Clock;
use crate::paths::Dirs;
use crate::plan::monday_of;
use crate::program::Program;
use crate::progress::{Assessment, History, Verdict, weeks, weeks_on_target};
use crate::today::{Due, Quota, today};

/// How many complete weeks back the run of weeks on target is counted: beyond that,
/// it shows as "12+ weeks".
const LOOK_BACK_WEEKS: u64 = 12;

/// What `rehabit status --json` prints: version 1 of this shape.
///
/// Within a version, fields keep their names and meanings; new fields may be added.
/// Dates are `YYYY-MM-DD`, in the patient's time zone.
#[derive(Debug, Serialize)]
pub struct Status {
    /// The version of this shape: 1.
    pub version: u32,
    /// Today.
    pub date: NaiveDate,
    pub program: ProgramStatus,
    /// The programme week today falls in, from 1.
    pub week: u32,
    /// The programme week whose doses apply today, from 1: lower than `week` when the
    /// pain-monitoring model has held the load back.
    pub load_week: u32,
    /// Every session of the programme, in its order.
    pub sessions: Vec<SessionStatus>,
    pub weeks_on_target: WeeksOnTarget,
    /// Yesterday's sessions had pain scores and the next-morning check is not answered yet.
    pub morning_check_due: bool,
    /// Next-morning pain has gone up week over week: time to talk to the physiotherapist.
    pub morning_pain_rising: bool,
    /// The model's latest verdict on a session, or null if it has judged none yet.
    pub last_verdict: Option<LastVerdict>,
    /// Lines of the (recent) journal that could not be read; they are left untouched.
    pub unreadable_lines: usize,
    /// A safety answer needs a doctor first: no session should start until the patient
    /// records that a clinician has cleared them (`rehabit safety --clear`).
    pub safety_blocked: bool,
}

/// The programme followed.
#[derive(Debug, Serialize)]
pub struct ProgramStatus {
    pub title: String,
    /// A hash of the programme file's content, as the journal records it.
    pub hash: String,
    /// False when no programme was chosen and the bundled gentle start is shown.
    pub chosen: bool,
    /// The day the patient started it, or null if none was chosen.
    pub started: Option<NaiveDate>,
}

/// One session, as of today.
#[derive(Debug, Serialize)]
pub struct SessionStatus {
    pub name: String,
    pub due: DueStatus,
    /// Done to the end today (or logged, or marked done, for today).
    pub done_today: bool,
    /// This week's quota, for sessions done a number of times a week; else null.
    pub quota: Option<QuotaStatus>,
}

/// When a session is due, as of today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueStatus {
    /// On today's date (every day, or one of its weekdays).
    Today,
    /// A weekly quota not met yet: any day this week will do.
    ThisWeek,
    /// The weekly quota is met.
    QuotaMet,
    /// Set days, and today is not one of them.
    NotToday,
}

/// How far this week's quota is.
#[derive(Debug, Serialize)]
pub struct QuotaStatus {
    /// Days this week the session was done.
    pub days_done: u32,
    /// Days this week it is asked for.
    pub days_target: u32,
    /// Minutes of walking or other timed activity done for it this week.
    pub minutes_done: u32,
    /// Minutes asked for this week, or null when the session has no timed activity.
    pub minutes_target: Option<u32>,
}

/// The run of weeks in a row with everything planned done and the minutes reached,
/// counted back from the last complete week, plus this week once it is on target.
#[derive(Debug, Serialize)]
pub struct WeeksOnTarget {
    pub weeks: u32,
    /// The run reaches as far back as status looks (12 weeks): it is at least `weeks`.
    pub or_more: bool,
}

/// The pain-monitoring model's verdict on the latest session it could judge.
#[derive(Debug, Serialize)]
pub struct LastVerdict {
    /// The day of the session judged.
    pub day: NaiveDate,
    /// The session's name ("" for an activity logged toward no session).
    pub session: String,
    /// "progress", "hold" or "reduce".
    pub verdict: Verdict,
    /// Why: "safe" or "acceptable" (pain after the session within that band),
    /// "too_much" (pain after above the acceptable band), "not_settled" (next-morning
    /// pain above the pain before), "high_next_morning" (next-morning pain above the
    /// acceptable band, with no score before).
    pub reason: String,
    /// No next-morning answer yet: the verdict may still change.
    pub provisional: bool,
    /// The verdict in plain words, for the patient.
    pub explanation: String,
}

pub fn run(json: bool) -> Outcome {
    // The JSON is for other tools: the same whatever language the patient reads, with
    // the programme's texts as they are in English.
    let _english = json.then(|| crate::i18n::use_language_here(crate::i18n::Lang::En));
    let current = current()?;
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let now = Clock::start().now().wall;
    let date = now.date_naive();
    let recent = recent(&dirs, current.started, now)?;
    let history = History::from_entries(&recent.entries);
    let program = &current.program;
    let start = current.started.unwrap_or(date);
    let today = today(program, start, date, &history);

    let last_verdict = last_verdict(program, &history, date);
    let status = Status {
        version: 1,
        date,
        program: ProgramStatus {
            title: program.about.title.clone(),
            hash: current.hash.clone(),
            chosen: !current.is_default,
            started: current.started,
        },
        week: today.week + 1,
        load_week: today.load.week + 1,
        sessions: today
            .sessions
            .iter()
            .map(|s| SessionStatus {
                // The name the journal knows it by, the same in every language.
                name: s.key.clone(),
                due: due_status(s.due),
                done_today: s.done_today,
                quota: s.quota.map(quota_status),
            })
            .collect(),
        weeks_on_target: weeks_on_target_now(program, start, &history, date),
        morning_check_due: today.morning_check_due,
        morning_pain_rising: today.morning_pain_rising,
        last_verdict,
        unreadable_lines: recent.unreadable.len(),
        safety_blocked: crate::safety::gate(&recent.entries).is_blocked(),
    };
    if json {
        let text = serde_json::to_string_pretty(&status)
            .map_err(|e| t!("cli-status-not-written", error = e.to_string()))?;
        say!("{text}");
    } else {
        print_text(&status, &today.sessions);
        if recent.torn_tail {
            say!("{}", t!("cli-status-torn-tail"));
        }
    }
    Ok(())
}

fn print_text(status: &Status, sessions: &[crate::today::SessionToday]) {
    let date = crate::i18n::date(status.date, "date-weekday-day-month");
    say!(
        "{}",
        t!("cli-title-week-date", title = status.program.title.as_str(), week = status.week, date = date)
    );
    if status.safety_blocked {
        say!("{}", t!("cli-safety-blocked"));
    }
    // The names as the patient reads them; the status itself keeps the journal's.
    let due_today: Vec<String> = sessions
        .iter()
        .zip(&status.sessions)
        .filter(|(_, s)| s.due == DueStatus::Today)
        .map(|(shown, s)| {
            t!("cli-status-session", session = shown.name.as_str(), done = yes_no(s.done_today))
        })
        .collect();
    if !due_today.is_empty() {
        say!("{}", t!("cli-status-today", sessions = due_today.join(", ")));
    }
    for (session, shown) in sessions.iter().zip(&status.sessions) {
        if let Some(quota) = session.quota {
            let (name, quota, done) = (session.name.as_str(), quota.to_string(), yes_no(shown.done_today));
            say!("{}", t!("cli-status-quota", session = name, quota = quota, done = done));
        }
    }
    let streak = &status.weeks_on_target;
    say!("{}", t!("cli-status-on-target", weeks = streak.weeks, more = yes_no(streak.or_more)));
    if status.morning_check_due {
        say!("{}", t!("cli-status-morning-check"));
    }
    if let Some(verdict) = &status.last_verdict {
        let when = describe(verdict.day, status.date);
        let explanation = verdict.explanation.as_str();
        let line = if verdict.session.is_empty() {
            t!("cli-status-verdict", when = when, explanation = explanation)
        } else {
            let session = verdict.session.as_str();
            t!("cli-status-verdict-session", session = session, when = when, explanation = explanation)
        };
        say!("{line}");
    }
    if status.morning_pain_rising {
        say!("{}", t!("cli-status-pain-rising"));
    }
    if !status.program.chosen {
        say!("{}", t!("cli-no-programme-chosen"));
    }
    if status.unreadable_lines > 0 {
        say!("{}", t!("cli-status-unreadable", count = status.unreadable_lines));
    }
}

/// A yes-or-no choice as the texts select on it.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// The run of weeks on target, looking back [`LOOK_BACK_WEEKS`] complete weeks at most.
fn weeks_on_target_now(
    program: &Program,
    start: NaiveDate,
    history: &History,
    date: NaiveDate,
) -> WeeksOnTarget {
    let from = monday_of(date) - Days::new(7 * LOOK_BACK_WEEKS);
    let looked_at = weeks(program, start, from, date, history, date);
    let run = weeks_on_target(&looked_at);
    let complete = looked_at.iter().filter(|week| week.complete).count() as u32;
    // Weeks before `from` were not looked at: a run reaching back to it may go on.
    let cut_short = monday_of(start) < from;
    WeeksOnTarget { weeks: run, or_more: cut_short && run >= complete }
}

/// The model's verdict on the latest session it could judge, up to `date`.
fn last_verdict(program: &Program, history: &History, date: NaiveDate) -> Option<LastVerdict> {
    let (run, assessment) = history
        .counted()
        .filter(|run| run.day <= date)
        .filter_map(|run| Some((run, history.assess(program, run)?)))
        .last()?;
    Some(LastVerdict {
        day: run.day,
        session: run.session.to_string(),
        verdict: assessment.verdict,
        reason: reason_name(&assessment),
        provisional: assessment.provisional,
        explanation: assessment.explain(),
    })
}

fn due_status(due: Due) -> DueStatus {
    match due {
        Due::Today => DueStatus::Today,
        Due::ThisWeek => DueStatus::ThisWeek,
        Due::QuotaMet => DueStatus::QuotaMet,
        Due::NotToday => DueStatus::NotToday,
    }
}

fn quota_status(quota: Quota) -> QuotaStatus {
    QuotaStatus {
        days_done: quota.days_done,
        days_target: u32::from(quota.times),
        minutes_done: quota.minutes_done,
        minutes_target: quota.minutes_target,
    }
}

/// The reason's name as the core serialises it ("safe", "too_much"...), so a reason
/// added to the model shows here without a change.
fn reason_name(assessment: &Assessment) -> String {
    serde_json::to_value(assessment.reason)
        .ok()
        .and_then(|value| value.get("reason")?.as_str().map(str::to_string))
        .unwrap_or_default()
}
