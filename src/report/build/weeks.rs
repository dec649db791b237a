//! The weeks' adherence rows, and the summary added up from them.

use chrono::NaiveDate;

use super::Gathered;
use crate::program::Program;
use crate::progress::{self, Verdict, WeekAdherence, assess};
use crate::report::{RunRow, Summary, WeekRow};

impl Gathered {
    /// The model's verdict on each run that counts, as [`progress::History::verdicts`].
    fn verdicts(&self, program: &Program) -> Vec<(NaiveDate, Verdict)> {
        let judged = self.rows.iter().filter(|row| !row.cancelled).filter_map(|row| {
            let morning = self.morning.get(&row.day).copied();
            Some((row.day, assess(program.pain, row.pain_before, row.pain_after, morning)?.verdict))
        });
        judged.collect()
    }

    pub(super) fn weeks(
        &self,
        program: &Program,
        start: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Vec<WeekRow> {
        let verdicts = self.verdicts(program);
        let adherence = progress::weeks_of(program, start, from, to, &self.rows, &verdicts, today);
        adherence.iter().map(week_row).collect()
    }
}

pub(super) fn week_row(week: &WeekAdherence) -> WeekRow {
    WeekRow {
        week: week.week,
        monday: week.monday,
        sunday: week.monday + chrono::Days::new(6),
        planned: week.planned,
        done: week.done,
        partly: week.partly,
        missed: week.missed,
        walking_minutes: week.walking_minutes,
        walking_target: week.walking_target,
        on_target: week.on_target(),
        complete: week.complete,
        days: week.days,
    }
}

pub(super) fn summary(weeks: &[WeekRow], runs: &[RunRow]) -> Summary {
    let sum = |figure: fn(&WeekRow) -> u32| weeks.iter().map(figure).sum();
    let targets: Vec<u32> = weeks.iter().filter_map(|w| w.walking_target).collect();
    Summary {
        planned: sum(|w| w.planned),
        done: sum(|w| w.done),
        partly: sum(|w| w.partly),
        missed: sum(|w| w.missed),
        walking_minutes: sum(|w| w.walking_minutes),
        walking_target: (!targets.is_empty()).then(|| targets.iter().sum()),
        weeks: weeks.len() as u32,
        weeks_on_target: weeks.iter().filter(|w| w.on_target).count() as u32,
        runs: runs.iter().filter(|r| !r.cancelled).count() as u32,
        cancelled: runs.iter().filter(|r| r.cancelled).count() as u32,
    }
}
