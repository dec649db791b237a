//! Gathering the report from the journal's entries, a line at a time. Pure.
//!
//! [`Gathered`] takes the entries in the order of the journal and keeps of each only
//! what the report needs. Each run goes straight into the report's row for it, with
//! beside it what is worked out of it at the end: the exercises asked (each list kept
//! once for all the runs asked the same), done and skipped, and the sets without what
//! each asked. Next-morning pain, red-flag answers and how many entries each programme
//! version has each day are kept as they come. Nothing is counted for the period until
//! the end, since a later entry can still change an earlier run: taken back, its
//! morning answer given again, a clinician's all-clear. Five years of journal are then
//! read in the memory of the report itself, and the report is what [`progress`]'s
//! runs and weeks give (`build`'s tests hold it to the report built from every entry).

mod pain;
mod plans;
mod red_flags;
mod run_ids;
mod runs;
mod versions;
mod weeks;

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::exercises::tally;
use super::{Period, ProgramInfo, Report, RunRow, Status};
use crate::journal::{Entry, Event, PainMoment};
use crate::program::Program;
use crate::progress::RunStatus;
use plans::Plans;
use red_flags::RedFlags;
use run_ids::RunIds;
use runs::{Sitting, apply, new_row, status, walks};
use versions::Version;
use weeks::summary;

/// The report on `program` (whose file hashes to `program_hash`, started on `start`)
/// for the days `from` to `to`, both included, made on `today`, from the journal's
/// `entries`.
///
/// The runs, walks, exercises and pain are those of the period. The weekly figures
/// are for whole weeks (Monday to Sunday) from the programme's start, so they also
/// count the entries given for the days of the first and last weeks outside it.
pub fn build(
    program: &Program,
    program_hash: &str,
    start: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    entries: &[Entry],
) -> Report {
    let mut gathered = Gathered::default();
    for entry in entries {
        gathered.add(entry);
    }
    gathered.report(program, program_hash, start, from, to, today)
}

/// What the report needs of the journal's entries so far, given in the journal's order
/// ([`Gathered::add`]); [`Gathered::report`] makes the report of it, as [`build`] does
/// of the same entries.
#[derive(Default)]
pub struct Gathered {
    /// Every run (as [`progress::runs`] gives them, in the order they started), as its
    /// row in the report: what is worked out at the end is left blank until then.
    rows: Vec<RunRow>,
    /// Beside each row, what is worked out of the run at the end. Each on its own: the
    /// C library gives a list this long a mapping of its own, and handing it back makes
    /// it keep the report's text in the heap, which then grows (by a fifth of a
    /// megabyte over five years, measured); one at a time, they are let go into the
    /// heap, where the report's explanations take their place.
    #[allow(clippy::vec_box)]
    sittings: Vec<Box<Sitting>>,
    by_id: RunIds,
    /// The run the last entry was about.
    last: Option<usize>,
    /// The runs taken back, in the journal's order, and why: the last word counts.
    cancels: Vec<(String, Option<String>)>,
    /// The next-morning pain scores, by the day they are about (the latest answer wins).
    morning: BTreeMap<NaiveDate, u8>,
    plans: Plans,
    versions: Vec<Version>,
    /// The red-flag answers, and those that called for a doctor now with no all-clear
    /// after them yet.
    red_flags: Vec<RedFlags>,
    not_cleared: Vec<usize>,
    /// The earliest day of any entry.
    first_day: Option<NaiveDate>,
    /// How many entries were given.
    count: u64,
}

impl Gathered {
    /// Takes in the journal's next entry.
    pub fn add(&mut self, entry: &Entry) {
        self.first_day = Some(self.first_day.map_or(entry.day, |first| first.min(entry.day)));
        self.count_version(entry);
        self.count += 1;
        match &entry.event {
            Event::Cancelled { cancels, reason } => self.cancels.push((cancels.to_string(), reason.clone())),
            Event::Pain { moment: PainMoment::NextMorning, score } => {
                self.morning.insert(entry.day, *score);
            }
            Event::SafetyAnswered { because, answers, outcome } => {
                self.answered(entry, *because, answers, *outcome);
            }
            Event::SafetyCleared { .. } => self.cleared(entry.day),
            event => {
                let index = match self.by_id.find(&self.rows, &entry.run) {
                    Some(index) => index,
                    None => {
                        self.rows.push(new_row(entry));
                        self.sittings.push(Box::default());
                        self.by_id.insert(&entry.run, self.rows.len() - 1);
                        self.rows.len() - 1
                    }
                };
                // The run before is most likely over: its lists need not grow any more.
                if let Some(last) = self.last.filter(|last| *last != index) {
                    self.sittings[last].done.shrink_to_fit();
                    self.sittings[last].sets.shrink_to_fit();
                }
                self.last = Some(index);
                apply(&mut self.rows[index], &mut self.sittings[index], event, &mut self.plans);
            }
        }
    }

    /// The earliest day of the entries given: the start of the programme, for a
    /// patient who has not said when they started.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.first_day
    }

    /// The report of the entries given, as [`build`] describes it.
    pub fn report(
        mut self,
        program: &Program,
        program_hash: &str,
        start: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Report {
        for (id, reason) in std::mem::take(&mut self.cancels) {
            if let Some(index) = self.by_id.find(&self.rows, &id) {
                self.rows[index].cancelled = true;
                self.rows[index].cancel_reason = reason;
            }
        }
        self.by_id = RunIds::default();
        for (row, sitting) in self.rows.iter_mut().zip(&self.sittings) {
            row.status = match status(row, sitting, self.plans.get(sitting.planned)) {
                RunStatus::Done => Status::Done,
                RunStatus::Partly => Status::Partly,
                RunStatus::Nothing => Status::Nothing,
            };
        }
        let weeks = self.weeks(program, start, from, to, today);
        let in_period = |row: &RunRow| (from..=to).contains(&row.day);
        let worked = self.rows.iter().zip(&self.sittings).filter(|(row, _)| in_period(row));
        let exercises = tally(program, worked.filter_map(|(row, sitting)| self.worked(row, sitting)));
        let pain = self.pain(&weeks, from, to, today);
        let versions = self.versions(from, to, program_hash);
        let red_flags = self.red_flags(from, to);
        // The rows of the period, finished; what they were worked out from let go first.
        let sittings = std::mem::take(&mut self.sittings);
        let mut rows = std::mem::take(&mut self.rows);
        for (row, sitting) in rows.iter_mut().zip(sittings).filter(|(row, _)| in_period(row)) {
            self.finish(program, start, row, *sitting);
        }
        rows.retain(in_period);
        rows.shrink_to_fit();
        let walks = walks(&rows);
        let about = &program.about;
        Report {
            format_version: super::FORMAT_VERSION,
            program: ProgramInfo {
                title: about.title.clone(),
                author: about.author.clone(),
                phase: about.phase,
                goals: about.goals.clone(),
                weeks: about.weeks,
                start,
                hash: program_hash.to_string(),
                pain_bands: program.pain,
                versions,
            },
            period: Period { from, to, today, days: u32::try_from((to - from).num_days() + 1).unwrap_or(0) },
            summary: summary(&weeks, &rows),
            exercises,
            pain,
            weeks,
            runs: rows,
            walks,
            red_flags,
        }
    }
}

#[cfg(test)]
mod tests;
