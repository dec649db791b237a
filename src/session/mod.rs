//! A session as the patient does it: a pure state machine driven by keys and by the
//! time the caller passes in. It never reads the clock; it says when it next needs
//! attention ([`SessionRun::next_deadline`]) and returns [`Effect`]s (journal entries,
//! the bell) for the shell to carry out.

mod hurt;
mod run;
pub mod steps;
pub mod timer;
mod work;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::journal::{Entry, ProgramRef};
pub use run::{Outcome, Phase, Prompt, SessionRun, Stage, type_pain_digit};
pub use steps::{Item, Step, Work, lay_out};
pub use timer::{Timer, seconds_left};

/// A moment, as the shell read it: a monotonic reading for timers (from any fixed
/// origin) and the wall clock for the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub mono: Duration,
    pub wall: DateTime<FixedOffset>,
}

/// A key the patient pressed. Space is `Char(' ')`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Enter,
    Backspace,
    Esc,
}

/// What the shell must do for the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Append this entry to the journal now.
    Record(Box<Entry>),
    /// Ring the terminal bell: a hold or a rest has ended.
    Bell,
}

/// Which session this run is, for every entry it records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub program: Arc<ProgramRef>,
    pub session: String,
    /// Unique to this run, chosen by the shell.
    pub run: String,
    /// The day the session counts for.
    pub day: NaiveDate,
}
