//! The journal read back as runs: each sitting of a session (or walk logged, or
//! session marked done) with what was asked, done, skipped and felt. Pure.
//!
//! Entries are grouped by their run id. A later record of the same set supersedes an
//! earlier one (the patient went back and did it again); a cancelled run stays in the
//! history but no longer counts.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::journal::{Asked, Ending, Entry, Event, Name, PainMoment, Planned, ProgramRef, Side};

/// How a run came to be in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Done with rehabit open.
    Live,
    /// A walk or other activity logged afterwards.
    Logged { activity: String },
    /// A whole session marked done afterwards.
    Marked,
}

/// One set as last recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetRecord {
    /// The exercise's place in the session, as in [`Asked::position`].
    pub position: usize,
    pub set: u32,
    pub side: Option<Side>,
    pub reps: Option<u32>,
}

impl SetRecord {
    /// Adds `done` to `sets`, in place of an earlier record of the same set and side.
    pub fn record(sets: &mut Vec<SetRecord>, done: SetRecord) {
        sets.retain(|s| !(s.position == done.position && s.set == done.set && s.side == done.side));
        sets.push(done);
    }
}

/// How much of a run was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RunStatus {
    /// Started, nothing done.
    Nothing,
    /// Some done: left early, or some exercises skipped.
    Partly,
    /// Everything asked was done (or it was logged or marked done).
    Done,
}

/// One sitting, as the journal tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub id: Name,
    pub session: Name,
    pub day: NaiveDate,
    pub started: DateTime<FixedOffset>,
    pub program: Arc<ProgramRef>,
    pub source: Source,
    pub planned: Planned,
    pub ending: Option<Ending>,
    /// Positions in the session of the exercises done.
    pub done: Vec<usize>,
    /// Exercises skipped, with the patient's reason.
    pub skipped: Vec<(Asked, Option<String>)>,
    pub sets: Vec<SetRecord>,
    /// Seconds of timed activity (walks), done or logged.
    pub seconds: u64,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub notes: Vec<String>,
    /// Why it was cancelled, if it was: it no longer counts.
    pub cancelled: Option<Option<String>>,
}

impl Run {
    fn new(entry: &Entry, source: Source) -> Run {
        Run {
            id: entry.run.clone(),
            session: entry.session.clone(),
            day: entry.day,
            started: entry.at,
            program: entry.program.clone(),
            source,
            planned: Vec::new().into(),
            ending: None,
            done: Vec::new(),
            skipped: Vec::new(),
            sets: Vec::new(),
            seconds: 0,
            pain_before: None,
            pain_after: None,
            notes: Vec::new(),
            cancelled: None,
        }
    }

    pub fn counts(&self) -> bool {
        self.cancelled.is_none()
    }

    pub fn status(&self) -> RunStatus {
        let everything =
            !self.planned.is_empty() && self.planned.iter().all(|a| self.done.contains(&a.position));
        match self.source {
            Source::Logged { .. } | Source::Marked => RunStatus::Done,
            Source::Live if everything => RunStatus::Done,
            Source::Live if !self.done.is_empty() || !self.sets.is_empty() || self.seconds > 0 => {
                RunStatus::Partly
            }
            Source::Live => RunStatus::Nothing,
        }
    }

    fn apply(&mut self, event: &Event) {
        match event {
            Event::Started { planned } | Event::MarkedDone { planned } => {
                self.planned = planned.clone();
                if matches!(event, Event::MarkedDone { .. }) {
                    self.done = planned.iter().map(|a| a.position).collect();
                    self.ending = Some(Ending::Finished);
                }
            }
            Event::Pain { moment: PainMoment::Before, score } => self.pain_before = Some(*score),
            Event::Pain { moment: PainMoment::After, score } => self.pain_after = Some(*score),
            // The safety answers have runs of their own, left out of the runs; a "this
            // hurts" within a run is told by the pain and skip entries that follow it.
            Event::Pain { moment: PainMoment::NextMorning, .. }
            | Event::Cancelled { .. }
            | Event::SafetyAnswered { .. }
            | Event::SafetyCleared { .. }
            | Event::Hurt { .. } => {}
            Event::SetDone { asked, set, side, reps } => SetRecord::record(
                &mut self.sets,
                SetRecord { position: asked.position, set: *set, side: *side, reps: *reps },
            ),
            Event::ExerciseDone { asked, seconds, .. } => {
                self.skipped.retain(|(s, _)| s.position != asked.position);
                if !self.done.contains(&asked.position) {
                    self.done.push(asked.position);
                }
                self.seconds += seconds.unwrap_or(0);
            }
            Event::Skipped { asked, reason } => {
                self.done.retain(|p| *p != asked.position);
                self.skipped.retain(|(s, _)| s.position != asked.position);
                self.skipped.push((asked.clone(), reason.clone()));
            }
            Event::Note { text } => self.notes.push(text.clone()),
            Event::Ended { ending, .. } => self.ending = Some(*ending),
            Event::Logged { seconds, pain_before, pain_after, note, .. } => {
                self.seconds = *seconds;
                self.pain_before = *pain_before;
                self.pain_after = *pain_after;
                self.notes.extend(note.clone());
                self.ending = Some(Ending::Finished);
            }
        }
    }
}

/// The runs in `entries`, in the order they started.
pub fn runs(entries: &[Entry]) -> Vec<Run> {
    // The runs in the order they started, and where each id is among them: found by the
    // id borrowed from its entries, so no id is copied for every entry.
    let mut runs: Vec<Run> = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut cancels: Vec<(&str, &Option<String>)> = Vec::new();
    for entry in entries {
        match &entry.event {
            Event::Cancelled { cancels: id, reason } => {
                cancels.push((id, reason));
                continue;
            }
            Event::Pain { moment: PainMoment::NextMorning, .. }
            | Event::SafetyAnswered { .. }
            | Event::SafetyCleared { .. } => continue,
            _ => {}
        }
        let index = *by_id.entry(entry.run.as_str()).or_insert_with(|| {
            let source = match &entry.event {
                Event::Logged { activity, .. } => Source::Logged { activity: activity.clone() },
                Event::MarkedDone { .. } => Source::Marked,
                _ => Source::Live,
            };
            runs.push(Run::new(entry, source));
            runs.len() - 1
        });
        runs[index].apply(&entry.event);
    }
    for (id, reason) in cancels {
        if let Some(&index) = by_id.get(id) {
            runs[index].cancelled = Some(reason.clone());
        }
    }
    runs
}

/// The next-morning pain scores, by the day they are about (the latest answer wins).
pub fn morning_pain(entries: &[Entry]) -> BTreeMap<NaiveDate, u8> {
    entries
        .iter()
        .filter_map(|e| match e.event {
            Event::Pain { moment: PainMoment::NextMorning, score } => Some((e.day, score)),
            _ => None,
        })
        .collect()
}
