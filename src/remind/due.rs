//! Which reminders are due, worked out from the programme, the day as the journal
//! tells it, the settings and what was already sent. Pure: the time is an argument,
//! so quiet hours, snoozes, a daylight saving change and a laptop that slept through
//! a reminder are all tested with hand-made times.
//!
//! Times are the patient's local wall-clock times ([`NaiveDateTime`]), because that is
//! what reminders are set in. A day where 02:00 to 03:00 does not exist sends a 02:30
//! reminder at 03:00, late but within [`LATE_WINDOW`]; a day where 01:30 happens twice
//! sends it once, because a reminder's key is sent only once.

use std::time::Duration;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use serde::{Deserialize, Serialize};

use super::settings::ReminderSettings;
use crate::program::{Program, capitalise};
use crate::today::{Due, Today};

/// A reminder that comes later than planned (the computer was asleep or off) is
/// still sent within this long; after that it would only confuse.
pub const LATE_WINDOW: Duration = Duration::from_secs(3 * 60 * 60);

/// How long "snooze" puts a reminder off.
pub const SNOOZE: Duration = Duration::from_secs(15 * 60);

/// What a reminder is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A session due today, by name.
    Session(String),
    /// Weekly quotas that fall behind unless done today.
    QuotaBehind(Vec<String>),
    /// The next-morning pain check.
    MorningCheck,
}

impl Subject {
    /// The session that "Mark done" records, when the reminder is about exactly one.
    pub fn session(&self) -> Option<&str> {
        match self {
            Subject::Session(name) => Some(name),
            Subject::QuotaBehind(names) if names.len() == 1 => Some(&names[0]),
            _ => None,
        }
    }
}

/// One reminder to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Unique to this reminder on this day: sent once, never twice.
    pub key: String,
    pub subject: Subject,
    /// When it is due, in local time.
    pub at: NaiveDateTime,
    pub title: String,
    pub body: String,
    /// Brought back by the patient's snooze: asked for, so the daily cap does not hold
    /// it back and it does not count toward the cap.
    pub snoozed: bool,
}

/// A line of the sent log: a reminder that was sent at `at`, or, with `snoozed_until`,
/// the patient's snooze of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    pub key: String,
    pub at: NaiveDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<NaiveDateTime>,
}

impl Sent {
    /// `reminder` was sent at `now`.
    pub fn reminded(reminder: &Reminder, now: NaiveDateTime) -> Sent {
        Sent { key: reminder.key.clone(), at: now, snoozed_until: None }
    }

    /// The patient snoozed `reminder` at `now`: it comes back [`SNOOZE`] later.
    pub fn snoozed(reminder: &Reminder, now: NaiveDateTime) -> Sent {
        Sent { key: reminder.key.clone(), at: now, snoozed_until: Some(now + snooze()) }
    }
}

fn snooze() -> TimeDelta {
    TimeDelta::from_std(SNOOZE).unwrap_or_default()
}

/// Every reminder of `today`, at the time it is due (moved past quiet hours).
///
/// A time in the quiet hours moves to the end of that day's quiet hours; when they run
/// past midnight and the time is late in the evening, that is the same day's morning,
/// since tomorrow the session is tomorrow's.
pub fn reminders_of_day(program: &Program, today: &Today, settings: &ReminderSettings) -> Vec<Reminder> {
    if !settings.enabled {
        return Vec::new();
    }
    let date = today.date;
    let mut reminders = Vec::new();
    for session in &today.sessions {
        if session.done_today || !matches!(session.due, Due::Today | Due::ThisWeek) {
            continue;
        }
        let programmed = program.sessions.get(session.index).map(|s| s.remind_at.clone()).unwrap_or_default();
        let times = settings.times_for_session(&session.name, &session.key).map(<[NaiveTime]>::to_vec);
        let times = times.unwrap_or(programmed);
        let body = match (session.due, session.quota) {
            (Due::ThisWeek, Some(quota)) => format!("{}.", capitalise(&quota.to_string())),
            _ => t!("remind-on-plan", session = session.name.as_str()),
        };
        for time in times {
            reminders.push(Reminder {
                key: format!("{date} session {} {}", session.key, time.format("%H:%M")),
                subject: Subject::Session(session.key.clone()),
                at: at(settings, date, time),
                title: t!("remind-time-for", session = session.name.as_str()),
                body: body.clone(),
                snoozed: false,
            });
        }
    }
    // Days left in the week, today included: a quota that needs all of them is behind.
    let days_left = 7 - date.weekday().num_days_from_monday();
    let behind: Vec<String> = today
        .sessions
        .iter()
        .filter(|s| !s.done_today && s.due == Due::ThisWeek)
        .filter_map(|s| {
            let q = s.quota?;
            (u32::from(q.times).saturating_sub(q.days_done) >= days_left).then(|| s.name.clone())
        })
        .collect();
    if !behind.is_empty() {
        reminders.push(Reminder {
            key: format!("{date} nudge"),
            title: t!("remind-nudge-title"),
            body: t!("remind-nudge-body", sessions = behind.join(", ")),
            subject: Subject::QuotaBehind(behind),
            at: at(settings, date, settings.evening_nudge),
            snoozed: false,
        });
    }
    if today.morning_check_due {
        reminders.push(Reminder {
            key: format!("{date} morning-check"),
            subject: Subject::MorningCheck,
            at: at(settings, date, settings.morning_check),
            title: t!("remind-morning-title"),
            body: t!("remind-morning-body"),
            snoozed: false,
        });
    }
    reminders.sort_by_key(|r| r.at);
    reminders
}

fn at(settings: &ReminderSettings, date: NaiveDate, time: NaiveTime) -> NaiveDateTime {
    date.and_time(settings.after_quiet(time))
}

/// The reminders to send at `now`: due, not yet sent, not too late, not in quiet
/// hours, within the daily cap; snoozed ones come back when their snooze ends.
pub fn due_now(
    all: &[Reminder],
    settings: &ReminderSettings,
    now: NaiveDateTime,
    sent: &[Sent],
) -> Vec<Reminder> {
    if !settings.enabled || settings.is_quiet(now.time()) {
        return Vec::new();
    }
    let late = TimeDelta::from_std(LATE_WINDOW).unwrap_or_default();
    let mut room = room_left(all, settings, now.date(), sent);
    pending(all, sent)
        .into_iter()
        .filter(|r| r.at <= now && now - r.at <= late)
        .filter(|r| {
            let fits = r.snoozed || room > 0;
            if fits && !r.snoozed {
                room -= 1;
            }
            fits
        })
        .collect()
}

/// When the next reminder after `now` is due, if any is left today.
pub fn next_due(
    all: &[Reminder],
    settings: &ReminderSettings,
    now: NaiveDateTime,
    sent: &[Sent],
) -> Option<NaiveDateTime> {
    next_reminder(all, settings, now, sent).map(|r| r.at)
}

/// The next reminder after `now`, if any is left today.
pub fn next_reminder(
    all: &[Reminder],
    settings: &ReminderSettings,
    now: NaiveDateTime,
    sent: &[Sent],
) -> Option<Reminder> {
    if !settings.enabled {
        return None;
    }
    let room = room_left(all, settings, now.date(), sent);
    pending(all, sent)
        .into_iter()
        .filter(|r| r.at > now && (r.snoozed || room > 0) && !settings.is_quiet(r.at.time()))
        .min_by_key(|r| r.at)
}

/// How many more reminders the daily cap allows on `date`.
fn room_left(all: &[Reminder], settings: &ReminderSettings, date: NaiveDate, sent: &[Sent]) -> usize {
    let returns = snooze_returns(all, sent);
    let counted = sent
        .iter()
        .filter(|s| s.at.date() == date && s.snoozed_until.is_none())
        .filter(|s| !returns.iter().any(|r| r.key == s.key))
        .count();
    usize::from(settings.daily_cap).saturating_sub(counted)
}

/// The reminders not sent yet, with snoozed ones back at the end of their snooze.
fn pending(all: &[Reminder], sent: &[Sent]) -> Vec<Reminder> {
    let was_sent = |key: &str| sent.iter().any(|s| s.key == key && s.snoozed_until.is_none());
    let mut pending: Vec<Reminder> = all.iter().filter(|r| !was_sent(&r.key)).cloned().collect();
    pending.extend(snooze_returns(all, sent).into_iter().filter(|r| !was_sent(&r.key)));
    pending.sort_by_key(|r| r.at);
    pending
}

/// Every reminder a snooze brings back, sent or not. A snooze of a reminder that is
/// no longer wanted (its session was done meanwhile) brings nothing back; a snooze of
/// a reminder that came back from a snooze brings it back once more.
fn snooze_returns(all: &[Reminder], sent: &[Sent]) -> Vec<Reminder> {
    let mut known: Vec<Reminder> = all.to_vec();
    let mut returns = Vec::new();
    // The sent log is in time order, so a snooze of a return comes after the return.
    for snooze in sent {
        let Some(until) = snooze.snoozed_until else { continue };
        let Some(original) = known.iter().find(|r| r.key == snooze.key) else { continue };
        let back = Reminder {
            key: format!("{} snoozed {}", original.key, until.format("%H:%M")),
            at: until,
            snoozed: true,
            ..original.clone()
        };
        known.push(back.clone());
        returns.push(back);
    }
    returns
}
