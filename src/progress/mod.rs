//! Progress: the journal read back as runs, the pain-monitoring model and the load it
//! allows, and adherence. Pure: the callers pass the entries and the dates.

mod adherence;
mod load;
mod pain;
mod runs;

pub use adherence::{
    Attended, DayStatus, WeekAdherence, day_status, timed_minutes, weeks, weeks_of, weeks_on_target,
};
pub use load::{Load, load_on};
pub use pain::{Assessment, Reason, Verdict, assess, morning_pain_rising};
pub use runs::{Run, RunStatus, SetRecord, Source, morning_pain, runs};

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::journal::Entry;
use crate::program::Program;

/// The journal read back for one programme: runs, morning pain and the model's
/// verdicts, ready for the screens, the status line and the report.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// Every run, cancelled ones included (they show in the history, marked).
    pub runs: Vec<Run>,
    pub morning: BTreeMap<NaiveDate, u8>,
}

impl History {
    pub fn from_entries(entries: &[Entry]) -> History {
        History { runs: runs(entries), morning: morning_pain(entries) }
    }

    /// The runs that count (not cancelled).
    pub fn counted(&self) -> impl Iterator<Item = &Run> {
        self.runs.iter().filter(|run| run.counts())
    }

    /// The model's judgement of a run.
    pub fn assess(&self, program: &Program, run: &Run) -> Option<Assessment> {
        let morning = self.morning.get(&run.day).copied();
        assess(program.pain, run.pain_before, run.pain_after, morning)
    }

    /// The day and verdict of every counted run the model could judge.
    pub fn verdicts(&self, program: &Program) -> Vec<(NaiveDate, Verdict)> {
        self.counted().filter_map(|run| Some((run.day, self.assess(program, run)?.verdict))).collect()
    }

    /// The load that applies on `date`.
    pub fn load_on(&self, program: &Program, start: NaiveDate, date: NaiveDate) -> Load {
        load_on(program, start, date, &self.verdicts(program))
    }

    /// Whether the morning pain check about `yesterday` is still to be answered: a
    /// session with pain scores was done that day and no morning answer came yet.
    pub fn morning_check_due(&self, yesterday: NaiveDate) -> bool {
        !self.morning.contains_key(&yesterday)
            && self.counted().any(|run| run.day == yesterday && run.pain_after.is_some())
    }
}
