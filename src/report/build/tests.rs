//! The streamed report checked against the report as it was built before: from every
//! entry at once. The reference build (`reference.rs`) is kept as it was, on purpose.

use chrono::{Days, TimeDelta};

use super::*;
use crate::journal::{
    Asked, AskedBecause, DoseRecord, Ending, FORMAT_VERSION, HurtAdvice, ProgramRef, SafetyAnswer,
    SafetyLevel, Side,
};

/// The report as it was built before: kept as it was, on purpose.
mod reference;

fn asked(exercise: &str, position: usize, level: u8, sets: u32, sides: Option<&str>) -> Asked {
    let dose = DoseRecord {
        sets,
        reps: (position % 3 != 2).then_some(6 + level as u32),
        hold_s: (position % 2 == 1).then_some(5),
        duration_s: (position % 3 == 2).then_some(600),
        sides: sides.map(Into::into),
    };
    Asked { exercise: exercise.into(), position, level, dose }
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
            0..3 => Event::Started { planned: planned.clone().into() },
            3 => Event::MarkedDone { planned: planned.clone().into() },
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
                Event::Cancelled {
                    cancels: cancels.into(),
                    reason: (next().is_multiple_of(2)).then(|| "mistake".into()),
                }
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
            program: ProgramRef::new(version.0, version.1),
            session: session.into(),
            run: run.into(),
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
