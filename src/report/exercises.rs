//! Adherence per exercise: what each run asked of it (the doses in the run's
//! `planned`, progression applied that day) against what was done. Pure.

use std::collections::{BTreeMap, BTreeSet};

use super::ExerciseRow;
use crate::journal::{Asked, DoseRecord, Name};
use crate::program::Program;
use crate::progress::SetRecord;

/// An exercise's name at `level` in `program`, or its id if the programme has no such
/// exercise (any more).
pub fn exercise_name(program: &Program, id: &str, level: u8) -> String {
    program.exercise(id).map_or_else(|| id.to_string(), |exercise| exercise.at_level(level).name.clone())
}

/// What the tally reads of a run that counts and of which something was done or skipped.
pub(super) struct Worked<'a> {
    pub planned: &'a [Asked],
    /// Positions of the exercises done.
    pub done: &'a [usize],
    /// Where each exercise skipped stood in the session, and its level.
    pub skipped: &'a [(usize, u8)],
    pub sets: &'a [SetRecord],
    /// The seconds of each timed activity done, by position.
    pub timed: &'a [(usize, u64)],
}

/// One row per exercise asked in the `runs` that count and where something was done or
/// skipped (in the order they started), in the programme's order, then any the
/// programme no longer has.
pub(super) fn tally<'a>(program: &Program, runs: impl Iterator<Item = Worked<'a>>) -> Vec<ExerciseRow> {
    let mut order: Vec<Name> = program.exercises.iter().map(|e| Name::from(e.id.as_str())).collect();
    let mut tallies: BTreeMap<Name, Tally> = BTreeMap::new();
    for run in runs {
        for asked in run.planned {
            if !order.contains(&asked.exercise) {
                order.push(asked.exercise.clone());
            }
            let seconds = run.timed.iter().find(|(position, _)| *position == asked.position).map(|(_, s)| *s);
            // The exercise's tally, found without copying its id but the first time.
            let tally = match tallies.get_mut(&asked.exercise) {
                Some(tally) => tally,
                None => tallies.entry(asked.exercise.clone()).or_default(),
            };
            tally.add(&run, asked, seconds);
        }
    }
    order
        .into_iter()
        .filter_map(|id| {
            let tally = tallies.remove(&id)?;
            let (last_level, last_dose) = tally.last?;
            Some(ExerciseRow {
                name: exercise_name(program, &id, last_level),
                id: id.to_string(),
                times_asked: tally.times_asked,
                times_done: tally.times_done,
                times_skipped: tally.times_skipped,
                sets_asked: tally.sets_asked,
                sets_done: tally.sets_done,
                reps_asked: tally.reps_asked,
                reps_done: tally.reps_done,
                seconds_asked: tally.seconds_asked,
                seconds_done: tally.seconds_done,
                last_level,
                last_dose,
            })
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    times_asked: u32,
    times_done: u32,
    times_skipped: u32,
    sets_asked: u32,
    sets_done: u32,
    reps_asked: Option<u32>,
    reps_done: Option<u32>,
    seconds_asked: Option<u64>,
    seconds_done: Option<u64>,
    last: Option<(u8, DoseRecord)>,
}

impl Tally {
    /// Adds what `run` asked of the exercise at `asked` and what was done of it;
    /// `activity` is the seconds recorded for it as a timed activity.
    fn add(&mut self, run: &Worked, asked: &Asked, activity: Option<u64>) {
        let dose = &asked.dose;
        let done = run.done.contains(&asked.position);
        let sets: Vec<&SetRecord> = run.sets.iter().filter(|set| set.position == asked.position).collect();
        // Done without a record of each set: marked done afterwards, or a timed activity.
        let whole = done && sets.is_empty();
        let sides = if dose.sides.as_deref() == Some("left-then-right") { 2 } else { 1 };
        self.times_asked += 1;
        self.times_done += u32::from(done);
        self.times_skipped += u32::from(run.skipped.iter().any(|(position, _)| *position == asked.position));
        self.sets_asked += dose.sets;
        let set_numbers: BTreeSet<u32> = sets.iter().map(|set| set.set).collect();
        self.sets_done += if whole { dose.sets } else { set_numbers.len() as u32 };
        if let Some(reps) = dose.reps {
            let reps_asked = dose.sets * reps * sides;
            *self.reps_asked.get_or_insert(0) += reps_asked;
            let reps_done = if whole { reps_asked } else { sets.iter().filter_map(|set| set.reps).sum() };
            *self.reps_done.get_or_insert(0) += reps_done;
        }
        if let Some(seconds) = dose.duration_s {
            let seconds_asked = u64::from(dose.sets) * seconds * u64::from(sides);
            *self.seconds_asked.get_or_insert(0) += seconds_asked;
            let seconds_done = match activity {
                Some(seconds) => seconds,
                None if whole => seconds_asked,
                None => sets.len() as u64 * seconds,
            };
            *self.seconds_done.get_or_insert(0) += seconds_done;
        }
        self.last = Some((asked.level, dose.clone()));
    }
}
