//! Gathering the report from the journal's entries. Pure.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::exercises::{exercise_name, tally};
use super::{
    PainDay, PainTrend, PainWeek, Period, ProgramInfo, RedFlagAnswer, Report, RunRow, SkippedExercise,
    Source, Status, Summary, VersionSeen, WalkRow, WeekRow,
};
use crate::journal::{Entry, Event, SafetyLevel};
use crate::plan::{monday_of, week_index};
use crate::program::Program;
use crate::progress::{self, History, Run, RunStatus, WeekAdherence, morning_pain_rising};

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
    let history = History::from_entries(entries);
    let runs: Vec<&Run> = history.runs.iter().filter(|run| run.day >= from && run.day <= to).collect();
    let adherence = progress::weeks(program, start, from, to, &history, today);
    let weeks: Vec<WeekRow> = adherence.iter().map(week_row).collect();
    let rows: Vec<RunRow> = runs.iter().map(|run| run_row(program, start, &history, run)).collect();
    let walks =
        rows.iter().filter(|row| row.seconds > 0 || row.source == Source::Logged).map(walk_row).collect();
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

fn week_row(week: &WeekAdherence) -> WeekRow {
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

fn summary(weeks: &[WeekRow], runs: &[RunRow]) -> Summary {
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

fn run_row(program: &Program, start: NaiveDate, history: &History, run: &Run) -> RunRow {
    let assessment = if run.counts() { history.assess(program, run) } else { None };
    let (source, activity) = match &run.source {
        progress::Source::Live => (Source::Live, None),
        progress::Source::Logged { activity } => (Source::Logged, Some(activity.clone())),
        progress::Source::Marked => (Source::Marked, None),
    };
    RunRow {
        id: run.id.clone(),
        day: run.day,
        week: week_index(start, run.day) + 1,
        session: run.session.clone(),
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
                exercise: asked.exercise.clone(),
                name: exercise_name(program, &asked.exercise, asked.level),
                reason: reason.clone(),
            })
            .collect(),
        notes: run.notes.clone(),
        cancelled: run.cancelled.is_some(),
        cancel_reason: run.cancelled.clone().flatten(),
        program_hash: run.program.hash.clone(),
    }
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
                question: question.map_or_else(|| answer.question.clone(), |q| q.text.to_string()),
                question_id: answer.question.clone(),
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
                title: program.title.clone(),
                hash: program.hash.clone(),
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

/// The average of `scores` to one decimal, if there are any.
fn average(scores: Vec<u8>) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let mean = scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64;
    Some((mean * 10.0).round() / 10.0)
}
