//! What the journal holds: one [`Entry`] per line, as JSON. Pure: no files, no clock.
//!
//! The format is versioned (`v`). Readers refuse entries from a newer version rather
//! than guess at them, and never rewrite the journal: a mistake is corrected by a later
//! entry, so the history keeps both.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::program::Dose;

/// A short name the journal repeats on many lines (a programme's title and hash, a
/// session, a run id, an exercise id): kept inline, without an allocation of its own,
/// when it is short, as nearly all are.
pub type Name = compact_str::CompactString;

/// The journal format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// Every exercise asked of a session that day, shared by the entry and the run read
/// back from it.
pub type Planned = Arc<[Asked]>;

/// One thing that happened, with where and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The journal format version.
    pub v: u32,
    /// When it was recorded, in the patient's local time.
    pub at: DateTime<FixedOffset>,
    /// The day it counts for (the local date of the session).
    pub day: NaiveDate,
    /// Which programme, and a hash of its content, so a changed file shows. Shared:
    /// a year of entries made under one programme holds it once.
    pub program: Arc<ProgramRef>,
    /// The session's name in the programme.
    pub session: Name,
    /// One run of a session: every entry of the same sitting shares it.
    pub run: Name,
    #[serde(flatten)]
    pub event: Event,
}

/// The programme an entry was made under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramRef {
    pub title: Name,
    pub hash: Name,
}

impl ProgramRef {
    pub fn new(title: &str, hash: &str) -> Arc<ProgramRef> {
        Arc::new(ProgramRef { title: title.into(), hash: hash.into() })
    }
}

/// Where an exercise stood in its session, and what was asked of it that day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Asked {
    /// The exercise id in the programme.
    pub exercise: Name,
    /// Its place in the session, from 0: one exercise can appear twice.
    pub position: usize,
    pub level: u8,
    /// The dose prescribed that day, progression applied.
    pub dose: DoseRecord,
}

/// A dose as the journal keeps it: whole numbers, seconds for durations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoseRecord {
    pub sets: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_s: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_s: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sides: Option<Name>,
}

impl From<&Dose> for DoseRecord {
    fn from(dose: &Dose) -> Self {
        DoseRecord {
            sets: dose.sets,
            reps: dose.reps,
            hold_s: dose.hold.map(|d| d.as_secs()),
            duration_s: dose.duration.map(|d| d.as_secs()),
            sides: (dose.sides != crate::program::Sides::None)
                .then(|| compact_str::format_compact!("{}", dose.sides)),
        }
    }
}

/// When a pain score was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainMoment {
    Before,
    After,
    /// The morning after: the entry's `day` is the day of the sessions it is about.
    NextMorning,
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// Every exercise was done or skipped.
    Finished,
    /// The patient left before the end.
    Left,
}

/// A side of the body, for exercises done one side at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
}

/// One answer to a red-flag safety question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyAnswer {
    /// The question's id (`rehabit safety --help` lists them).
    pub question: Name,
    pub yes: bool,
}

/// What a set of red-flag answers called for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafetyLevel {
    /// Nothing in the answers stops exercise.
    Clear,
    /// See a physiotherapist or doctor soon; sessions may go on.
    SeeSoon,
    /// Contact a doctor now; no session starts until a clinician has cleared the patient.
    ContactNow,
}

/// Why the red-flag questions were asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskedBecause {
    /// The first time this programme was started.
    FirstStart,
    /// The patient asked for them.
    OnDemand,
    /// A pain score far above the programme's bands.
    HighPain,
}

/// The stop rule's advice when an exercise hurts, from the pain-monitoring model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HurtAdvice {
    /// Within the safe band: go on gently, or skip this exercise.
    GoOnGently,
    /// Within the acceptable band: skip this exercise, or do a lighter version.
    SkipOrLighter,
    /// Above the acceptable band: stop for today.
    StopForToday,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A session began; `planned` is every exercise asked of it today.
    Started {
        planned: Planned,
    },
    Pain {
        moment: PainMoment,
        score: u8,
    },
    /// One set (or one side of a set) was done.
    SetDone {
        #[serde(flatten)]
        asked: Asked,
        set: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        side: Option<Side>,
        reps: Option<u32>,
    },
    /// An exercise is done: `seconds` for timed activities such as a walk.
    ExerciseDone {
        #[serde(flatten)]
        asked: Asked,
        sets_done: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconds: Option<u64>,
    },
    Skipped {
        #[serde(flatten)]
        asked: Asked,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    Note {
        text: String,
    },
    Ended {
        ending: Ending,
        done: usize,
        skipped: usize,
    },
    /// A walk or other activity done away from the keyboard, logged afterwards.
    Logged {
        /// What was done, in the patient's words ("walk", "cycling").
        activity: String,
        seconds: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_before: Option<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_after: Option<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A whole session done away from the computer, marked done afterwards.
    MarkedDone {
        planned: Planned,
    },
    /// An earlier run was a mistake: it no longer counts, and stays in the history.
    Cancelled {
        /// The run id it cancels.
        cancels: Name,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// The red-flag safety questions were answered, all of them, in this order.
    SafetyAnswered {
        because: AskedBecause,
        answers: Vec<SafetyAnswer>,
        outcome: SafetyLevel,
    },
    /// The patient confirmed that a doctor or physiotherapist has cleared them to
    /// exercise, after a red-flag answer that called for a doctor.
    SafetyCleared {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// "This hurts", during an exercise: the pain then, 0 to 10, and the advice given.
    Hurt {
        #[serde(flatten)]
        asked: Asked,
        score: u8,
        advice: HurtAdvice,
    },
}

impl Entry {
    /// The entry as one line of JSON, without the newline.
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
