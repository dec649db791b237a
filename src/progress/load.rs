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
    load_with(program, start, date, verdicts, &mut LighterWeeks::default())
}

/// The lighter week below each week of a programme, worked out once (it takes every
/// exercise's dose, week by week): a patient held back comes back to the same weeks again
/// and again, and the weekly figures ask for the load of every week.
#[derive(Debug, Default)]
pub(super) struct LighterWeeks(Vec<Option<u32>>);

impl LighterWeeks {
    fn below(&mut self, program: &Program, week: u32) -> u32 {
        let index = week as usize;
        if self.0.len() <= index {
            self.0.resize(index + 1, None);
        }
        *self.0[index].get_or_insert_with(|| lighter_week(program, week))
    }
}

/// [`load_on`], with the lighter weeks of `program` known so far.
pub(super) fn load_with(
    program: &Program,
    start: NaiveDate,
    date: NaiveDate,
    verdicts: &[(NaiveDate, Verdict)],
    lighter: &mut LighterWeeks,
) -> Load {
    let calendar_week = week_index(start, date);
    if !program.pain.guides_progression {
        return Load { week: calendar_week, calendar_week };
    }
    // The verdicts sorted into the weeks they fall in, once (not once per week: after
    // years of use that was most of `rehabit status`'s time): whether each week's
    // verdicts were all to progress, and the days with a verdict to reduce. One step
    // back for each such day: the sessions of one day share its next-morning answer,
    // and must not each step back for it.
    let weeks = calendar_week as usize + 1;
    let mut all_progress = vec![true; weeks];
    let mut reducing: Vec<BTreeSet<NaiveDate>> = vec![BTreeSet::new(); weeks];
    for (day, verdict) in verdicts.iter().filter(|(day, _)| *day >= start && *day <= date) {
        let week = week_index(start, *day) as usize;
        all_progress[week] &= *verdict == Verdict::Progress;
        if *verdict == Verdict::Reduce {
            reducing[week].insert(*day);
        }
    }
    let mut week = 0;
    for calendar in 0..weeks {
        if calendar > 0 && all_progress[calendar - 1] {
            week += 1;
        }
        for _ in &reducing[calendar] {
            week = lighter.below(program, week);
        }
    }
    Load { week: week.min(calendar_week), calendar_week }
}

/// The last week before `week` whose doses differ from it, or week 0.
fn lighter_week(program: &Program, week: u32) -> u32 {
    let now: Vec<_> = program.exercises.iter().map(|e| dose_in_week(e, week)).collect();
    // The first exercise whose dose differs settles it: the others need not be worked out.
    let differs = |w: u32| program.exercises.iter().zip(&now).any(|(e, dose)| dose_in_week(e, w) != *dose);
    (0..week).rev().find(|w| differs(*w)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use chrono::Days;

    use super::*;

    /// The load as first written: every week looked through every verdict. The quicker
    /// version must give the same for any verdicts.
    fn load_by_weeks(
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

    #[test]
    fn gives_the_load_every_week_looking_through_every_verdict_gave() {
        let source = crate::bundled::find("core-stability").expect("bundled").source;
        let program = crate::program::check(source).program.expect("valid");
        let start = NaiveDate::from_ymd_opt(2025, 3, 5).expect("a date");
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut lighter = LighterWeeks::default();
        let mut furthest = 0;
        for round in 0..200 {
            let count = next() % 120;
            // From many holds and reductions to hardly any.
            let spread = 10 + (round % 5) * 40;
            let verdicts: Vec<(NaiveDate, Verdict)> = (0..count)
                .map(|_| {
                    let day = start + Days::new(next() % 300) - Days::new(10);
                    let verdict = match next() % spread {
                        6..8 => Verdict::Hold,
                        8..10 => Verdict::Reduce,
                        _ => Verdict::Progress,
                    };
                    (day, verdict)
                })
                .collect();
            let date = start + Days::new(next() % 320) - Days::new(5);
            let expected = load_by_weeks(&program, start, date, &verdicts);
            furthest = furthest.max(expected.week);
            assert_eq!(load_on(&program, start, date, &verdicts), expected, "round {round}");
            // Sharing what is known of the lighter weeks changes nothing.
            assert_eq!(load_with(&program, start, date, &verdicts, &mut lighter), expected, "round {round}");
        }
        assert!(furthest > 12, "the loads went as far as week {furthest}");
    }
}
