//! Reminders while rehabit is open: when another session's reminder time comes, a
//! banner (and the bell) says so. Pure, like the rest of the App: the time is given.
//! The desktop notification is `rehabit remind`'s job; this is for a patient who is
//! looking at rehabit already.

use chrono::{NaiveDate, NaiveDateTime};

use super::app::{Action, App};
use crate::remind::{Reminder, ReminderSettings, Subject, reminders_of_day};

/// What the open app knows of reminders.
#[derive(Debug, Clone, Default)]
pub struct Reminders {
    pub settings: ReminderSettings,
    /// Keys of the reminders already shown (or past when rehabit opened).
    reminded: Vec<String>,
    next: Option<NaiveDateTime>,
    /// The day the above are about.
    day: Option<NaiveDate>,
}

impl Reminders {
    pub fn new(settings: ReminderSettings) -> Reminders {
        Reminders { settings, ..Reminders::default() }
    }

    /// No reminders in the app (for tests of other things).
    pub fn off() -> Reminders {
        Reminders::new(ReminderSettings { enabled: false, ..ReminderSettings::default() })
    }
}

impl App {
    /// Today's session reminders, as the programme and the patient's settings say.
    fn session_reminders(&self) -> Vec<Reminder> {
        reminders_of_day(&self.program, &self.today(), &self.reminders.settings)
            .into_iter()
            .filter(|r| matches!(r.subject, Subject::Session(_)))
            .collect()
    }

    /// Takes note of the reminders whose time has passed without a banner: the Today
    /// screen shows what is due when rehabit opens.
    pub fn start_reminders(&mut self) {
        let now = self.now.wall.naive_local();
        let all = self.session_reminders();
        let state = &mut self.reminders;
        state.day = Some(now.date());
        state.reminded = all.iter().filter(|r| r.at <= now).map(|r| r.key.clone()).collect();
        state.next = next_after(&all, &state.reminded, now);
    }

    /// When the time of the next reminder has come: shows it, rings the bell.
    pub(super) fn check_reminders(&mut self) -> Vec<Action> {
        let now = self.now.wall.naive_local();
        if !self.reminders.settings.enabled {
            return Vec::new();
        }
        if self.reminders.day != Some(now.date()) {
            // A new day (or the first look): what is already past is not news.
            self.start_reminders();
            return Vec::new();
        }
        if self.reminders.next.is_none_or(|at| at > now) {
            return Vec::new();
        }
        let all = self.session_reminders();
        let state = &mut self.reminders;
        let due: Vec<&Reminder> =
            all.iter().filter(|r| r.at <= now && !state.reminded.contains(&r.key)).collect();
        state.reminded.extend(due.iter().map(|r| r.key.clone()));
        state.next = next_after(&all, &state.reminded, now);
        let Some(last) = due.last() else { return Vec::new() };
        self.banner =
            Some(t!("today-reminder-banner", title = last.title.as_str(), body = last.body.as_str()));
        vec![Action::Bell]
    }

    /// The next reminder time, on the monotonic clock, for the loop's deadline.
    pub(super) fn next_reminder_deadline(&self) -> Option<std::time::Duration> {
        let until = (self.reminders.next? - self.now.wall.naive_local()).to_std().unwrap_or_default();
        Some(self.now.mono + until)
    }
}

fn next_after(all: &[Reminder], reminded: &[String], now: NaiveDateTime) -> Option<NaiveDateTime> {
    all.iter().filter(|r| r.at > now && !reminded.contains(&r.key)).map(|r| r.at).min()
}
