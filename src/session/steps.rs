//! A session laid out as the steps the patient goes through: each set, each side, the
//! holds and the rests, with the day's dose. Pure.

use std::time::Duration;

use crate::journal::{Asked, DoseRecord, Side};
use crate::plan::dose_in_week;
use crate::program::{Dose, Kind, Program, Session, Sides, Version};

/// The get-ready count before a hold.
pub const GET_READY: Duration = Duration::from_secs(3);

/// One exercise of the session, as asked that day.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub asked: Asked,
    pub kind: Kind,
    /// What the patient reads, at the day's level.
    pub version: Version,
    /// The day's dose, progression applied.
    pub dose: Dose,
    /// The exercise's lower levels, the nearest first, each with its dose as written:
    /// the lighter versions offered when it hurts.
    pub easier: Vec<(u8, Version)>,
}

/// What one step asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// Count repetitions.
    Reps { target: u32 },
    /// `reps` holds of `hold` each, a get-ready before each and `relax` between them.
    Holds { hold: Duration, reps: u32, relax: Option<Duration> },
    /// An exercise done for a set time, counted down.
    Timed { length: Duration },
    /// A walk or other activity, counted up against its target.
    Activity { target: Duration },
    /// A rest between sets, counted down.
    Rest { length: Duration },
}

/// One step of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Which item (exercise) of the session, from 0.
    pub item: usize,
    /// Which set, from 1.
    pub set: u32,
    pub sets: u32,
    pub side: Option<Side>,
    pub work: Work,
}

impl Step {
    pub fn is_rest(&self) -> bool {
        matches!(self.work, Work::Rest { .. })
    }
}

/// A walk with no duration written still gets a target to count against.
const DEFAULT_ACTIVITY: Duration = Duration::from_secs(10 * 60);

/// The exercises of `session` in programme week `week`, and the steps to do them.
pub fn lay_out(program: &Program, session: &Session, week: u32) -> (Vec<Item>, Vec<Step>) {
    let mut items = Vec::new();
    let mut steps = Vec::new();
    for (position, id) in session.exercises.iter().enumerate() {
        let Some(exercise) = program.exercise(id) else { continue };
        let (level, dose) = dose_in_week(exercise, week);
        let item = items.len();
        steps.extend(steps_for(item, exercise.kind, &dose));
        let version = exercise.at_level(level).clone();
        let mut easier: Vec<(u8, Version)> =
            exercise.levels.iter().filter(|(at, v)| *at < level && *v != version).cloned().collect();
        easier.reverse();
        items.push(Item {
            asked: Asked { exercise: id.into(), position, level, dose: DoseRecord::from(&dose) },
            kind: exercise.kind,
            version,
            dose,
            easier,
        });
    }
    (items, steps)
}

pub(super) fn steps_for(item: usize, kind: Kind, dose: &Dose) -> Vec<Step> {
    if kind.is_timed() {
        let target = dose.duration.unwrap_or(DEFAULT_ACTIVITY);
        return vec![Step { item, set: 1, sets: 1, side: None, work: Work::Activity { target } }];
    }
    let work = match (dose.hold, dose.duration) {
        (Some(hold), _) => Work::Holds { hold, reps: dose.reps.unwrap_or(1).max(1), relax: dose.rest },
        (None, Some(length)) => Work::Timed { length },
        (None, None) => Work::Reps { target: dose.reps.unwrap_or(1) },
    };
    let sides: &[Option<Side>] = match dose.sides {
        Sides::LeftThenRight => &[Some(Side::Left), Some(Side::Right)],
        Sides::None | Sides::Alternating => &[None],
    };
    let sets = dose.sets.max(1);
    let mut steps = Vec::new();
    for set in 1..=sets {
        for &side in sides {
            steps.push(Step { item, set, sets, side, work });
        }
        match dose.rest_between_sets {
            Some(length) if set < sets && !length.is_zero() => {
                steps.push(Step { item, set, sets, side: None, work: Work::Rest { length } })
            }
            _ => {}
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::check;

    const PROGRAM: &str = r#"
[program]
title = "Steps"

[[session]]
name = "Test"
when = "every day"
exercises = ["bridge", "bird-dog", "walk", "clam"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
sets = 2
reps = 10
rest_between_sets = "30s"
cues = ["Slowly"]

[[exercise]]
id = "bird-dog"
name = "Bird dog"
kind = "stabilisation"
sets = 1
reps = 3
hold = "5s"
rest = "2s"
sides = "alternating"
cues = ["Slowly"]

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
duration = "20m"
cues = ["Easy pace"]

[[exercise]]
id = "clam"
name = "Clam"
kind = "strength"
sets = 2
reps = 8
sides = "left-then-right"
cues = ["Slowly"]
"#;

    #[test]
    fn sets_sides_holds_and_rests_become_steps() {
        let program = check(PROGRAM).program.expect("valid");
        let (items, steps) = lay_out(&program, &program.sessions[0], 0);
        assert_eq!(items.len(), 4);
        let works: Vec<(usize, u32, Option<Side>, Work)> =
            steps.iter().map(|s| (s.item, s.set, s.side, s.work)).collect();
        let secs = Duration::from_secs;
        assert_eq!(
            works,
            vec![
                (0, 1, None, Work::Reps { target: 10 }),
                (0, 1, None, Work::Rest { length: secs(30) }),
                (0, 2, None, Work::Reps { target: 10 }),
                (1, 1, None, Work::Holds { hold: secs(5), reps: 3, relax: Some(secs(2)) }),
                (2, 1, None, Work::Activity { target: secs(1200) }),
                (3, 1, Some(Side::Left), Work::Reps { target: 8 }),
                (3, 1, Some(Side::Right), Work::Reps { target: 8 }),
                (3, 2, Some(Side::Left), Work::Reps { target: 8 }),
                (3, 2, Some(Side::Right), Work::Reps { target: 8 }),
            ]
        );
        assert_eq!(items[2].asked.dose.duration_s, Some(1200));
        assert_eq!(items[3].asked.position, 3);
    }
}
