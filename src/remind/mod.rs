//! Reminders: which are due and when, from the programme, the journal, the settings
//! and what was already sent, and what the system's scheduler is given to run them.
//! Pure; the notifier (`crate::notify`) and the scheduler set-up are shells.

mod due;
pub mod schedule;
mod settings;

pub use due::{
    LATE_WINDOW, Reminder, SNOOZE, Sent, Subject, due_now, next_due, next_reminder, reminders_of_day,
};
pub use settings::{ReminderSettings, parse_time};
