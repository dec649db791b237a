//! The load the pain-monitoring model allows: which programme week's doses apply,
//! when progression only goes on while pain allows it. Pure.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::pain::Verdict;
use crate::plan::{dose_in_week, week_index};
use crate::program::Program;

/// Which week's doses apply on a day, and how that came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Load {
    /// The programme week whose doses apply (from 0).
    pub week: u32,
    /// The week of the calendar since the start (from 0): where the plan alone would be.
    pub calendar_week: u32,
}

impl Load {
    /// Whether the model has held the dose back from the plan.
    pub fn is_behind_plan(&self) -> bool {
        self.week < self.calendar_week
    }
}

/// The doses that apply on `date`, given the model's `verdicts` on the days of earlier
/// sessions.
///
/// Each week that passed without a verdict to hold or reduce moves the load on a
/// week, as the plan does. A week with a verdict to hold keeps it where it was. A
/// verdict to reduce steps the load back at once to the last week with lighter doses
/// (a level or a volume step down), once for each day with such a verdict. With
/// `pain_guides_progression = false`, the plan's week applies, whatever the pain.
pub fn load_on(
    program: &Program,
    start: NaiveDate,
    date: NaiveDate,
    verdicts: &[(NaiveDate, Verdict)],
) -> Load {
    let calendar_week = week_index(start, date);
    if !program.pain.guides_progression {
        return Load { week: calendar_week, calendar_week };
    }
    let in_week = |week: u32| {
        verdicts
            .iter()
            .filter(move |(day, _)| *day >= start && *day <= date && week_index(start, *day) == week)
    };
    let mut week = 0;
    for calendar in 0..=calendar_week {
        if calendar > 0 && in_week(calendar - 1).all(|(_, verdict)| *verdict == Verdict::Progress) {
            week += 1;
        }
        // One step back for each day with a verdict to reduce: the sessions of one day
        // share its next-morning answer, and must not each step back for it.
        let reducing: BTreeSet<NaiveDate> = in_week(calendar)
            .filter(|(_, verdict)| *verdict == Verdict::Reduce)
            .map(|(day, _)| *day)
            .collect();
        for _ in reducing {
            week = lighter_week(program, week);
        }
    }
    Load { week: week.min(calendar_week), calendar_week }
}

/// The last week before `week` whose doses differ from it, or week 0.
fn lighter_week(program: &Program, week: u32) -> u32 {
    let doses = |w: u32| program.exercises.iter().map(|e| dose_in_week(e, w)).collect::<Vec<_>>();
    let now = doses(week);
    (0..week).rev().find(|w| doses(*w) != now).unwrap_or(0)
}
