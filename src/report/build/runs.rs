//! A run's row in the report: begun from its first entry, kept up to date by the
//! entries after it, and finished at the end from what was kept beside it.

use chrono::NaiveDate;

use super::Gathered;
use super::plans::Plans;
use crate::journal::{Asked, Ending, Entry, Event, PainMoment};
use crate::plan::week_index;
use crate::program::Program;
use crate::progress::{Attended, RunStatus, SetRecord, assess};
use crate::report::exercises::{Worked, exercise_name};
use crate::report::{RunRow, SkippedExercise, Source, Status, WalkRow};

/// What a run's row is worked out from at the end, beyond what the row holds: the rest
/// of [`progress::Run`] but for what the report never reads (when it started, the
/// programme's title, what each set asked beyond its place).
#[derive(Default)]
pub(super) struct Sitting {
    /// In [`Gathered::plans`].
    pub(super) planned: u32,
    pub(super) done: Vec<usize>,
    pub(super) sets: Vec<SetRecord>,
    /// Where each exercise of the row's `skipped` stood in the session, and its level.
    skipped: Vec<(usize, u8)>,
    /// The seconds of each timed activity done, by position (the last record wins).
    timed: Vec<(usize, u64)>,
}

/// A run's row as [`progress::Run`] begins, from its first entry.
pub(super) fn new_row(entry: &Entry) -> RunRow {
    let (source, activity) = match &entry.event {
        Event::Logged { activity, .. } => (Source::Logged, Some(activity.clone())),
        Event::MarkedDone { .. } => (Source::Marked, None),
        _ => (Source::Live, None),
    };
    RunRow {
        id: entry.run.to_string(),
        day: entry.day,
        week: 0,
        session: entry.session.to_string(),
        source,
        activity,
        status: Status::Nothing,
        ending: None,
        pain_before: None,
        pain_after: None,
        pain_next_morning: None,
        assessment: None,
        explanation: None,
        seconds: 0,
        minutes: 0,
        exercises_asked: 0,
        exercises_done: 0,
        skipped: Vec::new(),
        notes: Vec::new(),
        cancelled: false,
        cancel_reason: None,
        program_hash: entry.program.hash.to_string(),
    }
}

/// What [`progress::Run`] makes of `event`, step for step, in a run's row and beside it.
pub(super) fn apply(row: &mut RunRow, sitting: &mut Sitting, event: &Event, plans: &mut Plans) {
    match event {
        Event::Started { planned } | Event::MarkedDone { planned } => {
            sitting.planned = plans.of(planned);
            if matches!(event, Event::MarkedDone { .. }) {
                sitting.done = planned.iter().map(|a| a.position).collect();
                row.ending = Some(Ending::Finished);
            }
        }
        Event::Pain { moment: PainMoment::Before, score } => row.pain_before = Some(*score),
        Event::Pain { moment: PainMoment::After, score } => row.pain_after = Some(*score),
        Event::Pain { moment: PainMoment::NextMorning, .. }
        | Event::Cancelled { .. }
        | Event::SafetyAnswered { .. }
        | Event::SafetyCleared { .. }
        | Event::Hurt { .. } => {}
        Event::SetDone { asked, set, side, reps } => SetRecord::record(
            &mut sitting.sets,
            SetRecord { position: asked.position, set: *set, side: *side, reps: *reps },
        ),
        Event::ExerciseDone { asked, seconds, .. } => {
            unskip(row, sitting, asked.position);
            if !sitting.done.contains(&asked.position) {
                sitting.done.push(asked.position);
            }
            row.seconds += seconds.unwrap_or(0);
            if let Some(seconds) = seconds {
                sitting.timed.retain(|(position, _)| *position != asked.position);
                sitting.timed.push((asked.position, *seconds));
            }
        }
        Event::Skipped { asked, reason } => {
            sitting.done.retain(|p| *p != asked.position);
            unskip(row, sitting, asked.position);
            let name = String::new(); // Filled in at the end, from the programme.
            row.skipped.push(SkippedExercise {
                exercise: asked.exercise.to_string(),
                name,
                reason: reason.clone(),
            });
            sitting.skipped.push((asked.position, asked.level));
        }
        Event::Note { text } => row.notes.push(text.clone()),
        Event::Ended { ending, .. } => row.ending = Some(*ending),
        Event::Logged { seconds, pain_before, pain_after, note, .. } => {
            row.seconds = *seconds;
            row.pain_before = *pain_before;
            row.pain_after = *pain_after;
            row.notes.extend(note.clone());
            row.ending = Some(Ending::Finished);
        }
    }
}

/// Takes the exercise at `position` off the ones skipped.
fn unskip(row: &mut RunRow, sitting: &mut Sitting, position: usize) {
    let mut index = 0;
    while index < sitting.skipped.len() {
        if sitting.skipped[index].0 == position {
            sitting.skipped.remove(index);
            row.skipped.remove(index);
        } else {
            index += 1;
        }
    }
}

/// As [`progress::Run::status`].
pub(super) fn status(row: &RunRow, sitting: &Sitting, planned: &[Asked]) -> RunStatus {
    let everything = !planned.is_empty() && planned.iter().all(|a| sitting.done.contains(&a.position));
    if row.source != Source::Live || everything {
        RunStatus::Done
    } else if !sitting.done.is_empty() || !sitting.sets.is_empty() || row.seconds > 0 {
        RunStatus::Partly
    } else {
        RunStatus::Nothing
    }
}

fn run_status(status: Status) -> RunStatus {
    match status {
        Status::Done => RunStatus::Done,
        Status::Partly => RunStatus::Partly,
        Status::Nothing => RunStatus::Nothing,
    }
}

/// What adherence counts of a run.
impl Attended for RunRow {
    fn day(&self) -> NaiveDate {
        self.day
    }

    fn session(&self) -> &str {
        &self.session
    }

    fn counts(&self) -> bool {
        !self.cancelled
    }

    fn status(&self) -> RunStatus {
        run_status(self.status)
    }

    fn seconds(&self) -> u64 {
        self.seconds
    }
}

impl Gathered {
    /// What the exercise tally needs of a run, if it counts and something of it was
    /// done or skipped.
    pub(super) fn worked<'a>(&'a self, row: &'a RunRow, sitting: &'a Sitting) -> Option<Worked<'a>> {
        let tried = row.status != Status::Nothing || !sitting.skipped.is_empty();
        (!row.cancelled && tried).then_some(Worked {
            planned: self.plans.get(sitting.planned),
            done: &sitting.done,
            skipped: &sitting.skipped,
            sets: &sitting.sets,
            timed: &sitting.timed,
        })
    }

    /// Fills in what is worked out of a run at the end.
    pub(super) fn finish(&self, program: &Program, start: NaiveDate, row: &mut RunRow, sitting: Sitting) {
        let morning = self.morning.get(&row.day).copied();
        let assessment = match row.cancelled {
            false => assess(program.pain, row.pain_before, row.pain_after, morning),
            true => None,
        };
        row.week = week_index(start, row.day) + 1;
        row.pain_next_morning = morning;
        row.assessment = assessment;
        // As long as it is: the report keeps one for every run.
        row.explanation = assessment.map(|a| a.explain().into_boxed_str().into_string());
        row.minutes = u32::try_from(row.seconds / 60).unwrap_or(u32::MAX);
        row.exercises_asked = self.plans.get(sitting.planned).len() as u32;
        row.exercises_done = sitting.done.len() as u32;
        for (skipped, (_, level)) in row.skipped.iter_mut().zip(sitting.skipped) {
            skipped.name = exercise_name(program, &skipped.exercise, level);
        }
    }
}

/// The walks and other timed activities among `rows`: logged, or done with rehabit.
pub(super) fn walks(rows: &[RunRow]) -> Vec<WalkRow> {
    rows.iter().filter(|row| row.seconds > 0 || row.source == Source::Logged).map(walk_row).collect()
}

fn walk_row(run: &RunRow) -> WalkRow {
    WalkRow {
        run: run.id.clone(),
        day: run.day,
        activity: run.activity.clone().unwrap_or_else(|| run.session.clone()),
        source: run.source,
        seconds: run.seconds,
        minutes: run.minutes,
        pain_before: run.pain_before,
        pain_after: run.pain_after,
        notes: run.notes.clone(),
        cancelled: run.cancelled,
    }
}
