//! The streamed report checked against the report as it was built before: from every
//! entry at once. The reference build below is kept as it was, on purpose.

use chrono::{Days, TimeDelta};

use super::*;
use crate::journal::{
    Asked, AskedBecause, DoseRecord, Ending, FORMAT_VERSION, HurtAdvice, ProgramRef, SafetyAnswer,
    SafetyLevel, Side,
};

/// The report as it was built before it was gathered a line at a time: from every
/// entry at once, through [`progress::History`]. The gathered one must be the same.
mod reference {
    use std::collections::{BTreeMap, BTreeSet};

    // What turns weeks into rows, rows into the summary and walks, and scores into an
    // average is shared: the reference differs in how the journal is read, not there.
    use super::super::pain::average;
    use super::super::runs::walks;
    use super::super::weeks::{summary, week_row};

    use chrono::NaiveDate;

    use crate::journal::{Asked, DoseRecord, Entry, Event, SafetyLevel};
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
                let of_week: Vec<&&&Run> =
                    counted.iter().filter(|r| monday_of(r.day) == week.monday).collect();
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
        let mut order: Vec<String> = program.exercises.iter().map(|e| e.id.clone()).collect();
        let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
        let tried =
            |run: &&&Run| run.counts() && (run.status() > RunStatus::Nothing || !run.skipped.is_empty());
        for run in runs.iter().filter(tried) {
            for asked in &run.planned {
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
                    id,
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
            let sets: Vec<_> = run.sets.iter().filter(|set| set.asked.position == asked.position).collect();
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
}

fn asked(exercise: &str, position: usize, level: u8, sets: u32, sides: Option<&str>) -> Asked {
    let dose = DoseRecord {
        sets,
        reps: (position % 3 != 2).then_some(6 + level as u32),
        hold_s: (position % 2 == 1).then_some(5),
        duration_s: (position % 3 == 2).then_some(600),
        sides: sides.map(str::to_string),
    };
    Asked { exercise: exercise.to_string(), position, level, dose }
}

/// Journals of every kind of entry, shuffled a little: runs whose entries are
/// interleaved, sets done again, exercises skipped then done, runs taken back before
/// and after they started (and runs that never were), morning answers given twice,
/// red flags and all-clears, two versions of the programme, days out of order.
fn journal(next: &mut impl FnMut() -> u64, start: NaiveDate) -> Vec<Entry> {
    let exercises = ["cat-camel", "belly-brace", "bird-dog", "dead-bug", "bridge", "side-plank", "gone"];
    let sessions = ["Core stability", "Easy walk", "", "Elsewhere"];
    let mut entries: Vec<Entry> = Vec::new();
    let mut open: Vec<(String, String, NaiveDate)> = Vec::new();
    let mut runs: Vec<String> = Vec::new();
    let base = start.and_hms_opt(8, 0, 0).unwrap().and_utc().fixed_offset();
    let count = next() % 300;
    for n in 0..count {
        let at = base + TimeDelta::minutes((n * 40) as i64) + TimeDelta::seconds((next() % 50) as i64);
        let mut day = at.date_naive();
        if next().is_multiple_of(40) {
            day = day - Days::new(next() % 9);
        }
        let version =
            if next().is_multiple_of(10) { ("Core stability", "v0") } else { ("Core stability", "h1") };
        let planned: Vec<Asked> = (0..1 + next() % 6)
            .map(|p| {
                let id = exercises[((p + next() % 2) % exercises.len() as u64) as usize];
                let sides = ["left-then-right", "alternating"].get((next() % 4) as usize).copied();
                asked(id, p as usize, 1 + (n / 60) as u8, 1 + (next() % 3) as u32, sides)
            })
            .collect();
        let pick = |next: &mut dyn FnMut() -> u64| planned[(next() % planned.len() as u64) as usize].clone();
        let (run, session, run_day) = match (next() % 5, open.len()) {
            (0, _) | (_, 0) => {
                let run = format!("r{n}");
                let session = sessions[(next() % sessions.len() as u64) as usize].to_string();
                open.push((run.clone(), session.clone(), day));
                runs.push(run.clone());
                (run, session, day)
            }
            _ => open[(next() % open.len() as u64) as usize].clone(),
        };
        let event = match next() % 24 {
            0..3 => Event::Started { planned: planned.clone() },
            3 => Event::MarkedDone { planned: planned.clone() },
            4..6 => Event::Pain { moment: PainMoment::Before, score: (next() % 8) as u8 },
            6..8 => Event::Pain { moment: PainMoment::After, score: (next() % 11) as u8 },
            8..10 => Event::Pain { moment: PainMoment::NextMorning, score: (next() % 11) as u8 },
            10..13 => {
                let asked = pick(next);
                let side = [Some(Side::Left), Some(Side::Right), None][(next() % 3) as usize];
                let reps = (!next().is_multiple_of(4)).then(|| (next() % 12) as u32);
                Event::SetDone { asked, set: 1 + (next() % 3) as u32, side, reps }
            }
            13..15 => {
                let seconds = (next().is_multiple_of(3)).then(|| next() % 2000);
                Event::ExerciseDone { asked: pick(next), sets_done: 1, seconds }
            }
            15 => Event::Skipped {
                asked: pick(next),
                reason: (next().is_multiple_of(2)).then(|| "sore".into()),
            },
            16 => Event::Note { text: format!("note {n}") },
            17 => Event::Ended {
                ending: if next().is_multiple_of(2) { Ending::Finished } else { Ending::Left },
                done: 1,
                skipped: 0,
            },
            18 => Event::Logged {
                activity: ["walk", "cycling"][(next() % 2) as usize].into(),
                seconds: 60 * (next() % 70),
                pain_before: (!next().is_multiple_of(3)).then(|| (next() % 6) as u8),
                pain_after: (!next().is_multiple_of(3)).then(|| (next() % 9) as u8),
                note: (next().is_multiple_of(2)).then(|| "river".into()),
            },
            19 => {
                let cancels = match (next() % 4, runs.len()) {
                    (0, _) | (_, 0) => format!("r{}", n + next() % 20),
                    _ => runs[(next() % runs.len() as u64) as usize].clone(),
                };
                Event::Cancelled { cancels, reason: (next().is_multiple_of(2)).then(|| "mistake".into()) }
            }
            20 => {
                let unknown =
                    (next().is_multiple_of(4)).then(|| SafetyAnswer { question: "old".into(), yes: true });
                let answers: Vec<SafetyAnswer> = crate::safety::QUESTIONS
                    .iter()
                    .map(|q| SafetyAnswer { question: q.id.into(), yes: next().is_multiple_of(5) })
                    .chain(unknown)
                    .collect();
                let outcome = [SafetyLevel::Clear, SafetyLevel::SeeSoon, SafetyLevel::ContactNow]
                    [(next() % 3) as usize];
                Event::SafetyAnswered { because: AskedBecause::OnDemand, answers, outcome }
            }
            21 => Event::SafetyCleared { note: None },
            22 => Event::Hurt { asked: pick(next), score: 4, advice: HurtAdvice::GoOnGently },
            _ => {
                open.retain(|(r, _, _)| *r != run);
                Event::Ended { ending: Ending::Finished, done: 2, skipped: 1 }
            }
        };
        let day = if next().is_multiple_of(3) { day } else { run_day };
        entries.push(Entry {
            v: FORMAT_VERSION,
            at,
            day,
            program: ProgramRef { title: version.0.into(), hash: version.1.into() },
            session,
            run,
            event,
        });
    }
    entries
}

#[test]
fn gathered_a_line_at_a_time_the_report_is_the_one_built_from_every_entry() {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut runs = 0;
    let mut counted = 0;
    for name in ["core-stability", "walking-plan", "morning-mobility"] {
        let program = crate::program::check(crate::bundled::find(name).unwrap().source).program.unwrap();
        for round in 0..150 {
            let start = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap() + Days::new(next() % 7);
            let entries = journal(&mut next, start);
            let end = entries.iter().map(|e| e.day).max().unwrap_or(start);
            let day = |next: &mut dyn FnMut() -> u64| start - Days::new(10) + Days::new(next() % 40 * 3);
            let mut periods = vec![(start, start, end, end), (start, start, end, end + Days::new(5))];
            for _ in 0..3 {
                let (a, b, today) = (day(&mut next), day(&mut next), day(&mut next));
                let start = if next().is_multiple_of(2) { start } else { day(&mut next) };
                periods.push((start, a.min(b), a.max(b), today));
            }
            for (start, from, to, today) in periods {
                let hash = if next().is_multiple_of(2) { "h1" } else { "h2" };
                let expected = reference::build(&program, hash, start, from, to, today, &entries);
                let gathered = build(&program, hash, start, from, to, today, &entries);
                assert_eq!(gathered, expected, "{name}, round {round}, {start} {from} {to} {today}");
                runs += expected.runs.len();
                counted += expected.runs.iter().filter(|r| r.assessment.is_some()).count();
            }
        }
    }
    assert!(runs > 10_000 && counted > 2_000, "{runs} runs, {counted} judged");
}
