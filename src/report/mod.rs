//! The report for the physiotherapist: what the programme asked over a period and
//! what the patient did, felt and wrote. Pure: no files, no clock. The period and
//! today are arguments, and the journal's entries are passed in.
//!
//! [`build`] gathers a [`Report`]; [`write`] writes it as Markdown, one
//! self-contained HTML page, CSV for a spreadsheet, or JSON for other tools.
//! `docs/report.md` describes the JSON fields and the CSV columns.

mod build;
mod csv;
mod exercises;
mod html;
mod markdown;
mod svg;
mod text;
mod write;

pub use build::{Gathered, build};
pub use write::{Format, Out, render, write};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::journal::{AskedBecause, DoseRecord, Ending, SafetyLevel};
use crate::program::{PainBands, Phase};
use crate::progress::{Assessment, DayStatus};
use crate::safety::Urgency;

/// The version of the report's JSON: raised when a field changes meaning or goes.
pub const FORMAT_VERSION: u32 = 1;

/// What the programme asked over a period and what was done. Serialised, it is the
/// JSON format.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Always [`FORMAT_VERSION`].
    pub format_version: u32,
    pub program: ProgramInfo,
    pub period: Period,
    pub summary: Summary,
    /// Every week (Monday to Sunday) that holds a day of the period, oldest first.
    pub weeks: Vec<WeekRow>,
    /// Each exercise asked in the sessions done in the period.
    pub exercises: Vec<ExerciseRow>,
    /// Every run in the period (a sitting, a walk logged, a session marked done),
    /// cancelled ones included and marked, in the order they started.
    pub runs: Vec<RunRow>,
    pub pain: PainTrend,
    /// Walks and other timed activities: logged afterwards or done with rehabit.
    pub walks: Vec<WalkRow>,
    /// The patient's answers to the red-flag safety questions given in the period: one
    /// per question each time they were answered, in the order given.
    pub red_flags: Vec<RedFlagAnswer>,
}

/// The programme the report is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramInfo {
    pub title: String,
    pub author: Option<String>,
    pub phase: Option<Phase>,
    pub goals: Vec<String>,
    /// How many weeks the programme runs, if its author said.
    pub weeks: Option<u32>,
    /// The day the patient started it.
    pub start: NaiveDate,
    /// The content hash of the programme file as it is now.
    pub hash: String,
    pub pain_bands: PainBands,
    /// The versions of the programme the journal shows in the period, first seen first.
    pub versions: Vec<VersionSeen>,
}

/// One version of a programme (a title and a content hash) met in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionSeen {
    pub title: String,
    pub hash: String,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// How many journal entries were made under it in the period.
    pub entries: u32,
    /// Whether it is the programme file as it is now.
    pub current: bool,
}

/// The days the report covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The day the report was made: days after it are not counted as missed.
    pub today: NaiveDate,
    pub days: u32,
}

/// The period in a few figures, added up over [`Report::weeks`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub planned: u32,
    pub done: u32,
    pub partly: u32,
    pub missed: u32,
    pub walking_minutes: u32,
    /// The walking minutes asked, when the programme asks for any.
    pub walking_target: Option<u32>,
    pub weeks: u32,
    pub weeks_on_target: u32,
    /// Runs in the period that count, and runs cancelled.
    pub runs: u32,
    pub cancelled: u32,
}

/// One week's adherence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekRow {
    /// The programme week, from 1.
    pub week: u32,
    pub monday: NaiveDate,
    pub sunday: NaiveDate,
    /// Sessions planned, done, partly done and missed (see the README's "Adherence").
    pub planned: u32,
    pub done: u32,
    pub partly: u32,
    pub missed: u32,
    /// Whole minutes of walking and other timed activity.
    pub walking_minutes: u32,
    pub walking_target: Option<u32>,
    /// Everything planned done and the walking target reached.
    pub on_target: bool,
    /// Whether the week was over when the report was made.
    pub complete: bool,
    /// How each day went, Monday to Sunday.
    pub days: [DayStatus; 7],
}

/// One exercise: what was asked of it in the sessions done, and what was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseRow {
    pub id: String,
    /// Its name at the last level asked.
    pub name: String,
    pub times_asked: u32,
    pub times_done: u32,
    pub times_skipped: u32,
    pub sets_asked: u32,
    pub sets_done: u32,
    /// Repetitions (or holds), counting each side: present when the dose has reps.
    pub reps_asked: Option<u32>,
    pub reps_done: Option<u32>,
    /// Seconds of timed work (a walk, a timed exercise): present when the dose has a duration.
    pub seconds_asked: Option<u64>,
    pub seconds_done: Option<u64>,
    /// The level and dose asked the last time.
    pub last_level: u8,
    pub last_dose: DoseRecord,
}

/// How a run came to be in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Done with rehabit open.
    Live,
    /// A walk or other activity logged afterwards.
    Logged,
    /// A whole session marked done afterwards.
    Marked,
}

/// How much of a run was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Everything asked was done (or it was logged or marked done).
    Done,
    /// Left early, or some exercises skipped.
    Partly,
    /// Started, nothing done.
    Nothing,
}

/// One run: a sitting of a session, a walk logged, or a session marked done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunRow {
    /// The run id the journal gives it.
    pub id: String,
    pub day: NaiveDate,
    /// The programme week, from 1.
    pub week: u32,
    pub session: String,
    pub source: Source,
    /// What was done, for an activity logged afterwards ("walk", "cycling").
    pub activity: Option<String>,
    pub status: Status,
    /// How a session done with rehabit ended, if it did.
    pub ending: Option<Ending>,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    /// The next-morning pain for the run's day.
    pub pain_next_morning: Option<u8>,
    /// The pain-monitoring model's verdict and its reason; none for a cancelled run
    /// or one without pain scores.
    pub assessment: Option<Assessment>,
    /// The verdict in the words the patient was shown.
    pub explanation: Option<String>,
    /// Seconds of walking or other timed activity, and the same in whole minutes.
    pub seconds: u64,
    pub minutes: u32,
    pub exercises_asked: u32,
    pub exercises_done: u32,
    pub skipped: Vec<SkippedExercise>,
    pub notes: Vec<String>,
    /// Taken back: it stays in the history and no longer counts.
    pub cancelled: bool,
    pub cancel_reason: Option<String>,
    /// The content hash of the programme it was done under.
    pub program_hash: String,
}

/// An exercise skipped in a run, with the patient's reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedExercise {
    pub exercise: String,
    pub name: String,
    pub reason: Option<String>,
}

/// How pain went over the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainTrend {
    /// Weekly averages, one per week of [`Report::weeks`].
    pub weeks: Vec<PainWeek>,
    /// Each day of the period with a score: the highest score given that day.
    pub days: Vec<PainDay>,
    /// Next-morning pain has risen over the last weeks up to the end of the period:
    /// worth talking about.
    pub morning_rising: bool,
}

/// One week's average pain scores (0 to 10, to one decimal), from the runs that count.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainWeek {
    pub week: u32,
    pub monday: NaiveDate,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub morning: Option<f64>,
}

/// One day's pain scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PainDay {
    pub day: NaiveDate,
    pub before: Option<u8>,
    pub after: Option<u8>,
    pub morning: Option<u8>,
}

/// A walk or other timed activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WalkRow {
    /// The run id.
    pub run: String,
    pub day: NaiveDate,
    /// The activity logged, or the session's name for one done with rehabit.
    pub activity: String,
    pub source: Source,
    pub seconds: u64,
    pub minutes: u32,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub notes: Vec<String>,
    pub cancelled: bool,
}

/// An answer to a red-flag safety question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedFlagAnswer {
    pub day: NaiveDate,
    /// When the answers were given: every answer of one sitting shares it.
    pub at: DateTime<FixedOffset>,
    /// The question as the patient read it.
    pub question: String,
    /// The question's id, which never changes.
    pub question_id: String,
    /// Whether the patient answered yes.
    pub answer: bool,
    /// What a yes to it calls for; `None` for a question this rehabit does not know.
    pub urgency: Option<Urgency>,
    /// Why the questions were asked.
    pub asked_because: AskedBecause,
    /// What the answers of that sitting called for.
    pub outcome: SafetyLevel,
    /// For answers that called for a doctor now: the day the patient confirmed that a
    /// clinician had cleared them, if they have.
    pub cleared: Option<NaiveDate>,
}
