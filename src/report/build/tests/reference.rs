//! The report as it was built before it was gathered a line at a time: from every
//! entry at once, through [`progress::History`]. The gathered one must be the same.

use std::collections::{BTreeMap, BTreeSet};

// What turns weeks into rows, rows into the summary and walks, and scores into an
// average is shared: the reference differs in how the journal is read, not there.
use super::super::pain::average;
use super::super::runs::walks;
use super::super::weeks::{summary, week_row};

use chrono::NaiveDate;

use crate::journal::{Asked, DoseRecord, Entry, Event, Name, SafetyLevel};
use crate::plan::{monday_of, week_index};
use crate::program::Program;
use crate::progress::{self, History, Run, RunStatus, morning_pain_rising};
use crate::report::exercises::exercise_name;
use crate::report::{
    ExerciseRow, PainDay, PainTrend, PainWeek, Period, ProgramInfo, RedFlagAnswer, Report, RunRow,
    SkippedExercise, Source, Status, VersionSeen, WeekRow,
};

pub(super) fn build(
    program: &Program,
    program_hash: &str,
    start: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    entries: &[Entry],
) -> Report {
    let history = History::from_entries(entries);
    let runs: Vec<&Run> = history.runs.iter().filter(|run| run.day >= from && run.day <= to).collect();
    let adherence = progress::weeks(program, start, from, to, &history, today);
    let weeks: Vec<WeekRow> = adherence.iter().map(week_row).collect();
    let rows: Vec<RunRow> = runs.iter().map(|run| run_row(program, start, &history, run)).collect();
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
            versions: versions(entries, from, to, program_hash),
        },
        period: Period { from, to, today, days: u32::try_from((to - from).num_days() + 1).unwrap_or(0) },
        summary: summary(&weeks, &rows),
        exercises: tally(program, &runs, entries),
        pain: pain(&history, &runs, &weeks, from, to, today),
        weeks,
        runs: rows,
        walks,
        red_flags: red_flags(entries, from, to),
    }
}

fn run_row(program: &Program, start: NaiveDate, history: &History, run: &Run) -> RunRow {
    let assessment = if run.counts() { history.assess(program, run) } else { None };
    let (source, activity) = match &run.source {
        progress::Source::Live => (Source::Live, None),
        progress::Source::Logged { activity } => (Source::Logged, Some(activity.clone())),
        progress::Source::Marked => (Source::Marked, None),
    };
    RunRow {
        id: run.id.to_string(),
        day: run.day,
        week: week_index(start, run.day) + 1,
        session: run.session.to_string(),
        source,
        activity,
        status: match run.status() {
            RunStatus::Done => Status::Done,
            RunStatus::Partly => Status::Partly,
            RunStatus::Nothing => Status::Nothing,
        },
        ending: run.ending,
        pain_before: run.pain_before,
        pain_after: run.pain_after,
        pain_next_morning: history.morning.get(&run.day).copied(),
        assessment,
        explanation: assessment.map(|a| a.explain()),
        seconds: run.seconds,
        minutes: u32::try_from(run.seconds / 60).unwrap_or(u32::MAX),
        exercises_asked: run.planned.len() as u32,
        exercises_done: run.done.len() as u32,
        skipped: run
            .skipped
            .iter()
            .map(|(asked, reason)| SkippedExercise {
                exercise: asked.exercise.to_string(),
                name: exercise_name(program, &asked.exercise, asked.level),
                reason: reason.clone(),
            })
            .collect(),
        notes: run.notes.clone(),
        cancelled: run.cancelled.is_some(),
        cancel_reason: run.cancelled.clone().flatten(),
        program_hash: run.program.hash.to_string(),
    }
}

/// The red-flag answers given in the period, with the day a clinician's all-clear came
/// for those that called for a doctor (the first clearance after them, in or after the
/// period).
fn red_flags(entries: &[Entry], from: NaiveDate, to: NaiveDate) -> Vec<RedFlagAnswer> {
    let mut rows = Vec::new();
    for (index, entry) in entries.iter().enumerate().filter(|(_, e)| e.day >= from && e.day <= to) {
        let Event::SafetyAnswered { because, answers, outcome } = &entry.event else { continue };
        let cleared = (*outcome == SafetyLevel::ContactNow)
            .then(|| {
                entries[index + 1..]
                    .iter()
                    .find(|e| matches!(e.event, Event::SafetyCleared { .. }))
                    .map(|e| e.day)
            })
            .flatten();
        rows.extend(answers.iter().map(|answer| {
            let question = crate::safety::question(&answer.question);
            RedFlagAnswer {
                day: entry.day,
                at: entry.at,
                question: question
                    .map_or_else(|| answer.question.clone(), |q| q.text.to_string().into())
                    .to_string(),
                question_id: answer.question.to_string(),
                answer: answer.yes,
                urgency: question.map(|q| q.urgency),
                asked_because: *because,
                outcome: *outcome,
                cleared,
            }
        }));
    }
    rows
}

/// The programme versions the entries of the period were made under, first seen first.
fn versions(entries: &[Entry], from: NaiveDate, to: NaiveDate, current: &str) -> Vec<VersionSeen> {
    let mut seen: Vec<VersionSeen> = Vec::new();
    for entry in entries.iter().filter(|e| e.day >= from && e.day <= to) {
        let program = &entry.program;
        match seen.iter_mut().find(|v| v.hash == program.hash && v.title == program.title) {
            Some(version) => {
                version.first_day = version.first_day.min(entry.day);
                version.last_day = version.last_day.max(entry.day);
                version.entries += 1;
            }
            None => seen.push(VersionSeen {
                title: program.title.to_string(),
                hash: program.hash.to_string(),
                first_day: entry.day,
                last_day: entry.day,
                entries: 1,
                current: program.hash == current,
            }),
        }
    }
    seen
}

fn pain(
    history: &History,
    runs: &[&Run],
    weeks: &[WeekRow],
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> PainTrend {
    let counted: Vec<&&Run> = runs.iter().filter(|run| run.counts()).collect();
    let morning: BTreeMap<NaiveDate, u8> =
        history.morning.range(from..=to.max(from)).map(|(day, score)| (*day, *score)).collect();
    let weeks = weeks
        .iter()
        .map(|week| {
            let of_week: Vec<&&&Run> = counted.iter().filter(|r| monday_of(r.day) == week.monday).collect();
            let scores = |pick: fn(&Run) -> Option<u8>| of_week.iter().filter_map(|r| pick(r)).collect();
            let mornings = morning.range(week.monday..=week.sunday).map(|(_, s)| *s).collect();
            PainWeek {
                week: week.week,
                monday: week.monday,
                before: average(scores(|r| r.pain_before)),
                after: average(scores(|r| r.pain_after)),
                morning: average(mornings),
            }
        })
        .collect();
    let mut days: BTreeMap<NaiveDate, PainDay> = BTreeMap::new();
    let blank = |day| PainDay { day, before: None, after: None, morning: None };
    for run in &counted {
        let day = days.entry(run.day).or_insert_with(|| blank(run.day));
        day.before = day.before.max(run.pain_before);
        day.after = day.after.max(run.pain_after);
    }
    for (date, score) in &morning {
        days.entry(*date).or_insert_with(|| blank(*date)).morning = Some(*score);
    }
    let mornings_so_far = history.morning.range(..=to).map(|(d, s)| (*d, *s)).collect();
    PainTrend {
        weeks,
        days: days.into_values().collect(),
        morning_rising: morning_pain_rising(&mornings_so_far, to.min(today)),
    }
}

/// One row per exercise asked in the counted runs of `runs` where something was done
/// or skipped, in the programme's order, then any the programme no longer has.
fn tally(program: &Program, runs: &[&Run], entries: &[Entry]) -> Vec<ExerciseRow> {
    let timed = activity_seconds(entries);
    let mut order: Vec<Name> = program.exercises.iter().map(|e| Name::from(e.id.as_str())).collect();
    let mut tallies: BTreeMap<Name, Tally> = BTreeMap::new();
    let tried = |run: &&&Run| run.counts() && (run.status() > RunStatus::Nothing || !run.skipped.is_empty());
    for run in runs.iter().filter(tried) {
        for asked in run.planned.iter() {
            if !order.contains(&asked.exercise) {
                order.push(asked.exercise.clone());
            }
            let seconds = timed.get(&(run.id.as_str(), asked.position)).copied();
            tallies.entry(asked.exercise.clone()).or_default().add(run, asked, seconds);
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

/// The seconds of each timed activity done, by run and position (the last record wins).
fn activity_seconds(entries: &[Entry]) -> BTreeMap<(&str, usize), u64> {
    entries
        .iter()
        .filter_map(|entry| match &entry.event {
            Event::ExerciseDone { asked, seconds: Some(seconds), .. } => {
                Some(((entry.run.as_str(), asked.position), *seconds))
            }
            _ => None,
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
    fn add(&mut self, run: &Run, asked: &Asked, activity: Option<u64>) {
        let dose = &asked.dose;
        let done = run.done.contains(&asked.position);
        let sets: Vec<_> = run.sets.iter().filter(|set| set.position == asked.position).collect();
        // Done without a record of each set: marked done afterwards, or a timed activity.
        let whole = done && sets.is_empty();
        let sides = if dose.sides.as_deref() == Some("left-then-right") { 2 } else { 1 };
        self.times_asked += 1;
        self.times_done += u32::from(done);
        self.times_skipped += u32::from(run.skipped.iter().any(|(s, _)| s.position == asked.position));
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
