//! Progress core: the pain-monitoring model's decisions and their words, the weekly
//! trend of morning pain, the load it allows, the journal read back as runs, and
//! adherence on calendars with edge cases (a year end, a daylight saving change, a
//! leap day, a patient who travels across time zones, a programme started mid-week).
//!
//! Everything is built by hand: the dates, the journal entries (with the `at` stamps a
//! patient's clock would give) and small programmes in TOML.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use rehabit::journal::{Asked, DoseRecord, Ending, Entry, Event, PainMoment, ProgramRef};
use rehabit::plan::dose_in_week;
use rehabit::program::{PainBands, Program, check};
use rehabit::progress::{
    Assessment, DayStatus, History, Load, Reason, RunStatus, Source, Verdict, WeekAdherence, assess,
    day_status, load_on, morning_pain_rising, runs, weeks, weeks_on_target,
};

// ---------------------------------------------------------------------------
// Helpers

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|_| panic!("a date: {text}"))
}

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|_| panic!("a time: {text}"))
}

fn programme(source: &str) -> Program {
    let checked = check(source);
    let problems = format!("{:?}", checked.problems);
    checked.program.unwrap_or_else(|| panic!("the test programme is valid: {problems}"))
}

/// Core on Monday, Wednesday and Friday; a 20-minute walk three times a week.
const WEEK: &str = r#"
[program]
title = "Progress core"

[[session]]
name = "Core"
when = ["monday", "wednesday", "friday"]
exercises = ["bridge", "bird-dog"]

[[session]]
name = "Walk"
when = "3 times a week"
exercises = ["walk"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
reps = 10
cues = ["Slowly"]

[[exercise]]
id = "bird-dog"
name = "Bird dog"
kind = "stabilisation"
reps = 6
cues = ["Still back"]

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
duration = "20m"
cues = ["Easy pace"]
"#;

/// A session every day.
const DAILY: &str = r#"
[program]
title = "Daily"

[[session]]
name = "Stretch"
when = "every day"
exercises = ["knee-hug"]

[[exercise]]
id = "knee-hug"
name = "Knee hug"
kind = "stretch"
reps = 5
cues = ["Gently"]
"#;

/// Walks only: three a week, growing to four from the third week; 20 minutes, then
/// 5 more each week up to 30.
const WALKS: &str = r#"
[program]
title = "Walks"

[[session]]
name = "Walk"
when = "3 times a week"
exercises = ["walk"]
progression = [{ every_weeks = 2, add_times = 1, max_times = 4 }]

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
duration = "20m"
cues = ["Easy pace"]
progression = [{ every_weeks = 1, add_duration = "5m", max_duration = "30m" }]
"#;

/// Volume steps: 8 reps in weeks 1-2, 10 in weeks 3-4, 12 from week 5 (weeks from 1).
fn volume(pain: &str) -> Program {
    programme(&format!(
        r#"
[program]
title = "Volume"
{pain}
[[session]]
name = "Core"
when = "every day"
exercises = ["bridge"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
reps = 8
cues = ["Slowly"]
progression = [{{ every_weeks = 2, add_reps = 2, max_reps = 12 }}]
"#
    ))
}

/// A level step: level 1 (8 reps) in weeks 1-3, level 2 (6 reps) from week 4.
const LEVEL: &str = r#"
[program]
title = "Level"

[[session]]
name = "Core"
when = "every day"
exercises = ["dog"]

[[exercise]]
id = "dog"
name = "Bird dog, arm only"
kind = "stabilisation"
reps = 8
cues = ["Still back"]
progression = [{ after_weeks = 3, move_to_level = 2 }]

[[exercise.levels]]
level = 2
name = "Bird dog, arm and leg"
reps = 6
"#;

fn program_ref() -> ProgramRef {
    ProgramRef { title: "Progress core".into(), hash: "0123abcd".into() }
}

fn asked(exercise: &str, position: usize) -> Asked {
    Asked {
        exercise: exercise.into(),
        position,
        level: 1,
        dose: DoseRecord { sets: 1, reps: Some(10), ..DoseRecord::default() },
    }
}

fn entry(at: &str, day: &str, session: &str, run: &str, event: Event) -> Entry {
    Entry {
        v: 1,
        at: time(at),
        day: date(day),
        program: program_ref().into(),
        session: session.into(),
        run: run.into(),
        event,
    }
}

/// The lines of one sitting on `day`, a minute apart from 09:00 (+01:00).
fn sitting(day: &str, session: &str, run: &str, events: Vec<Event>) -> Vec<Entry> {
    let start = time(&format!("{day}T09:00:00+01:00"));
    events
        .into_iter()
        .enumerate()
        .map(|(i, event)| {
            let at = start + chrono::TimeDelta::minutes(i as i64);
            Entry { at, ..entry("2000-01-01T00:00:00Z", day, session, run, event) }
        })
        .collect()
}

fn started(exercises: &[&str]) -> Event {
    Event::Started { planned: exercises.iter().enumerate().map(|(i, e)| asked(e, i)).collect() }
}

fn marked(exercises: &[&str]) -> Event {
    Event::MarkedDone { planned: exercises.iter().enumerate().map(|(i, e)| asked(e, i)).collect() }
}

fn done(exercise: &str, position: usize) -> Event {
    Event::ExerciseDone { asked: asked(exercise, position), sets_done: 1, seconds: None }
}

fn walked(seconds: u64) -> Event {
    Event::ExerciseDone { asked: asked("walk", 0), sets_done: 1, seconds: Some(seconds) }
}

fn set(exercise: &str, position: usize, set: u32, reps: u32) -> Event {
    Event::SetDone { asked: asked(exercise, position), set, side: None, reps: Some(reps) }
}

fn skipped(exercise: &str, position: usize, reason: Option<&str>) -> Event {
    Event::Skipped { asked: asked(exercise, position), reason: reason.map(String::from) }
}

fn ended(ending: Ending) -> Event {
    Event::Ended { ending, done: 0, skipped: 0 }
}

fn pain(moment: PainMoment, score: u8) -> Event {
    Event::Pain { moment, score }
}

fn logged(minutes: u64, before: Option<u8>, after: Option<u8>) -> Event {
    Event::Logged {
        activity: "walk".into(),
        seconds: minutes * 60,
        pain_before: before,
        pain_after: after,
        note: None,
    }
}

/// Core done in full on `day`.
fn core_done(day: &str, run: &str) -> Vec<Entry> {
    sitting(
        day,
        "Core",
        run,
        vec![
            started(&["bridge", "bird-dog"]),
            done("bridge", 0),
            done("bird-dog", 1),
            ended(Ending::Finished),
        ],
    )
}

/// Core on `day` with the bird dog skipped.
fn core_partly(day: &str, run: &str) -> Vec<Entry> {
    sitting(
        day,
        "Core",
        run,
        vec![
            started(&["bridge", "bird-dog"]),
            done("bridge", 0),
            skipped("bird-dog", 1, Some("sore")),
            ended(Ending::Finished),
        ],
    )
}

/// A walk of `minutes` logged afterwards for `day`.
fn walk_logged(day: &str, run: &str, minutes: u64) -> Vec<Entry> {
    sitting(day, "Walk", run, vec![logged(minutes, None, None)])
}

/// A next-morning pain answer about the sessions of `day`.
fn morning_answer(day: &str, score: u8) -> Entry {
    let next = date(day) + Days::new(1);
    entry(
        &format!("{next}T07:30:00+01:00"),
        day,
        "",
        &format!("pain-{day}"),
        pain(PainMoment::NextMorning, score),
    )
}

fn cancel(day: &str, run: &str, reason: &str) -> Entry {
    let event = Event::Cancelled { cancels: run.into(), reason: Some(reason.into()) };
    entry(&format!("{day}T20:00:00+01:00"), day, "Walk", &format!("undo-{run}"), event)
}

fn bands(safe_up_to: u8, acceptable_up_to: u8) -> PainBands {
    PainBands { safe_up_to, acceptable_up_to, guides_progression: true }
}

// ---------------------------------------------------------------------------
// The pain-monitoring model

#[test]
fn the_model_decides_by_the_bands_and_the_next_morning() {
    use Reason::*;
    use Verdict::*;
    let d = bands(2, 5);
    let safe = |after| Safe { after, safe_up_to: 2 };
    let acceptable = |after| Acceptable { after, safe_up_to: 2, acceptable_up_to: 5 };
    let too_much = |after| TooMuch { after, acceptable_up_to: 5 };
    // (before, after, next morning) → (verdict, reason, provisional)
    type Case = (Option<u8>, Option<u8>, Option<u8>, Option<(Verdict, Reason, bool)>);
    let cases: [Case; 24] = [
        // The bands, before the morning answer: provisional, except too much.
        (Some(1), Some(0), None, Some((Progress, safe(0), true))),
        (Some(1), Some(2), None, Some((Progress, safe(2), true))),
        (Some(1), Some(3), None, Some((Hold, acceptable(3), true))),
        (Some(1), Some(5), None, Some((Hold, acceptable(5), true))),
        (Some(1), Some(6), None, Some((Reduce, too_much(6), false))),
        (Some(1), Some(10), None, Some((Reduce, too_much(10), false))),
        // The next morning settled (equal to or below the pain before): the band stands.
        (Some(1), Some(2), Some(1), Some((Progress, safe(2), false))),
        (Some(3), Some(1), Some(0), Some((Progress, safe(1), false))),
        (Some(2), Some(4), Some(2), Some((Hold, acceptable(4), false))),
        (Some(4), Some(5), Some(3), Some((Hold, acceptable(5), false))),
        // Not settled: above the pain before, whatever the band after.
        (Some(1), Some(1), Some(2), Some((Reduce, NotSettled { morning: 2, usual: 1 }, false))),
        (Some(2), Some(4), Some(3), Some((Reduce, NotSettled { morning: 3, usual: 2 }, false))),
        (Some(0), Some(0), Some(1), Some((Reduce, NotSettled { morning: 1, usual: 0 }, false))),
        // Too much after wins over a settled morning: it needs no morning to be sure.
        (Some(1), Some(7), Some(0), Some((Reduce, too_much(7), false))),
        (Some(1), Some(7), Some(4), Some((Reduce, too_much(7), false))),
        // No pain before: only a morning above the acceptable band counts.
        (None, Some(1), Some(5), Some((Progress, safe(1), false))),
        (None, Some(4), Some(5), Some((Hold, acceptable(4), false))),
        (None, Some(1), Some(6), Some((Reduce, NotSettled { morning: 6, usual: 5 }, false))),
        (None, Some(3), None, Some((Hold, acceptable(3), true))),
        // No pain after: only an unsettled morning gives a verdict.
        (Some(2), None, Some(4), Some((Reduce, NotSettled { morning: 4, usual: 2 }, false))),
        (None, None, Some(7), Some((Reduce, NotSettled { morning: 7, usual: 5 }, false))),
        (Some(2), None, Some(2), None),
        (Some(3), None, None, None),
        (None, None, None, None),
    ];
    for (before, after, morning, expected) in cases {
        let expected = expected.map(|(verdict, reason, provisional)| Assessment {
            verdict,
            reason,
            provisional,
            guides_doses: true,
        });
        assert_eq!(
            assess(d, before, after, morning),
            expected,
            "before {before:?}, after {after:?}, morning {morning:?}"
        );
    }
}

#[test]
fn the_programmes_author_sets_the_bands() {
    // 0-3 safe and 4-5 acceptable, as some versions of the model publish it.
    let source = format!("{WEEK}\n[pain]\nsafe_up_to = 3\nacceptable_up_to = 5\n");
    let program = programme(&source);
    assert_eq!(program.pain, bands(3, 5));
    assert_eq!(programme(WEEK).pain, bands(2, 5), "the defaults");
    let cases = [
        // (after, verdict with 0-3/4-5, verdict with the defaults 0-2/3-5)
        (0, Verdict::Progress, Verdict::Progress),
        (2, Verdict::Progress, Verdict::Progress),
        (3, Verdict::Progress, Verdict::Hold),
        (4, Verdict::Hold, Verdict::Hold),
        (5, Verdict::Hold, Verdict::Hold),
        (6, Verdict::Reduce, Verdict::Reduce),
    ];
    for (after, custom, default) in cases {
        let judge = |b| assess(b, Some(1), Some(after), Some(1)).map(|a| a.verdict);
        assert_eq!(judge(program.pain), Some(custom), "after {after}, bands 0-3/4-5");
        assert_eq!(judge(bands(2, 5)), Some(default), "after {after}, bands 0-2/3-5");
    }
    // A stricter author: safe up to 1, acceptable up to 3.
    let strict = bands(1, 3);
    assert_eq!(assess(strict, Some(1), Some(4), None).map(|a| a.verdict), Some(Verdict::Reduce));
    assert_eq!(assess(strict, Some(1), Some(2), None).map(|a| a.verdict), Some(Verdict::Hold));
    let high = assess(strict, None, Some(1), Some(4)).unwrap();
    assert_eq!(high.reason, Reason::NotSettled { morning: 4, usual: 3 });

    // Through the history, the programme's bands apply to the runs.
    let mut journal = sitting(
        "2026-11-23",
        "Core",
        "r1",
        vec![
            pain(PainMoment::Before, 1),
            started(&["bridge", "bird-dog"]),
            done("bridge", 0),
            done("bird-dog", 1),
            pain(PainMoment::After, 3),
        ],
    );
    journal.push(morning_answer("2026-11-23", 1));
    let history = History::from_entries(&journal);
    let run = &history.runs[0];
    assert_eq!(history.assess(&program, run).map(|a| a.verdict), Some(Verdict::Progress));
    assert_eq!(history.assess(&programme(WEEK), run).map(|a| a.verdict), Some(Verdict::Hold));
}

#[test]
fn the_explanations_give_the_numbers_and_say_what_happens_next() {
    let d = bands(2, 5);
    // (before, after, morning, words it must hold, words it must not hold)
    type Case = (Option<u8>, Option<u8>, Option<u8>, &'static [&'static str], &'static [&'static str]);
    let cases: [Case; 7] = [
        (Some(1), Some(1), Some(1), &["1", "safe", "build up"], &["tomorrow", "lighter"]),
        (Some(1), Some(2), None, &["2", "safe", "build up", "tomorrow morning"], &["lighter"]),
        (Some(1), Some(4), Some(1), &["4", "acceptable", "same dose"], &["tomorrow", "lighter"]),
        (Some(1), Some(4), None, &["4", "same dose", "tomorrow morning"], &["lighter"]),
        (Some(1), Some(7), None, &["7", "5", "too much", "lighter"], &["tomorrow", "same dose"]),
        (Some(2), Some(3), Some(4), &["4", "2", "usual", "not settled", "lighter"], &["tomorrow"]),
        // Without a pain score before, the top of the acceptable band stands in for the
        // usual level (the text still calls it "your usual": see the report).
        (None, Some(1), Some(6), &["6", "5", "next morning", "lighter"], &["tomorrow"]),
    ];
    for (before, after, morning, holds, lacks) in cases {
        let text = assess(d, before, after, morning).unwrap().explain();
        for words in holds {
            assert!(text.contains(words), "{text:?} should say {words:?}");
        }
        for words in lacks {
            assert!(!text.contains(words), "{text:?} should not say {words:?}");
        }
        for jargon in ["Verdict", "Reduce", "Hold", "Progress", "provisional", "band"] {
            assert!(!text.contains(jargon), "{text:?} is plain words, without {jargon:?}");
        }
    }
}

// ---------------------------------------------------------------------------
// The weekly trend of morning pain

#[test]
fn rising_morning_pain_week_over_week_is_flagged() {
    // Weeks from Monday 2 November 2026: W0 2/11, W1 9/11, W2 16/11, W3 23/11.
    let w = |week: u64, day: u64| date("2026-11-02") + Days::new(7 * week + day);
    let thursday_w2 = w(2, 3);
    type Case = (&'static str, Vec<(NaiveDate, u8)>, NaiveDate, bool);
    let cases: [Case; 17] = [
        (
            "three rising averages",
            vec![(w(0, 0), 1), (w(0, 2), 2), (w(1, 1), 2), (w(2, 0), 3)],
            thursday_w2,
            true,
        ),
        ("a jump of 2", vec![(w(1, 0), 1), (w(1, 2), 1), (w(2, 1), 3)], thursday_w2, true),
        ("a jump of 2 in the averages", vec![(w(1, 0), 1), (w(1, 1), 3), (w(2, 0), 4)], thursday_w2, true),
        (
            "a rise of 1.5 in one week only",
            vec![(w(1, 0), 1), (w(1, 1), 4), (w(2, 0), 4)],
            thursday_w2,
            false,
        ),
        ("flat", vec![(w(0, 0), 2), (w(1, 0), 2), (w(2, 0), 2)], thursday_w2, false),
        ("falling", vec![(w(0, 0), 4), (w(1, 0), 3), (w(2, 0), 1)], thursday_w2, false),
        ("level, then up by 1", vec![(w(0, 0), 2), (w(1, 0), 2), (w(2, 0), 3)], thursday_w2, false),
        ("up then down", vec![(w(0, 0), 1), (w(1, 0), 3), (w(2, 0), 2)], thursday_w2, false),
        ("a week without answers", vec![(w(0, 0), 1), (w(2, 0), 2)], thursday_w2, false),
        ("a gap before a jump", vec![(w(0, 0), 1), (w(2, 0), 4)], thursday_w2, false),
        ("one week only", vec![(w(2, 0), 6), (w(2, 2), 8)], thursday_w2, false),
        ("no answers at all", vec![], thursday_w2, false),
        (
            "a rise that is over",
            vec![(w(0, 0), 1), (w(1, 0), 3), (w(2, 0), 5), (w(3, 0), 5), (w(3, 1), 5)],
            w(3, 3),
            false,
        ),
        // On a Monday this week has no answer yet (the morning answer is filed under
        // Sunday): the last three weeks decide.
        ("Monday, three rising weeks before", vec![(w(0, 0), 1), (w(1, 0), 2), (w(2, 0), 3)], w(3, 0), true),
        ("Wednesday, no answer this week yet", vec![(w(1, 0), 1), (w(2, 6), 3)], w(3, 2), true),
        ("a week later, still no answer", vec![(w(0, 0), 1), (w(1, 0), 2), (w(2, 0), 3)], w(4, 2), false),
        (
            "answers after today do not count",
            vec![(w(1, 0), 1), (w(2, 0), 1), (w(3, 0), 5)],
            thursday_w2,
            false,
        ),
    ];
    for (what, scores, today, expected) in cases {
        let morning: BTreeMap<NaiveDate, u8> = scores.into_iter().collect();
        assert_eq!(morning_pain_rising(&morning, today), expected, "{what}");
    }
}

#[test]
fn the_weekly_trend_runs_on_across_a_year_end() {
    // Weeks from Monday 14 December 2026; the third holds New Year (28/12 to 3/1).
    type Case = (Vec<(&'static str, u8)>, &'static str, bool);
    let cases: [Case; 4] = [
        (vec![("2026-12-15", 1), ("2026-12-22", 2), ("2027-01-01", 3)], "2027-01-02", true),
        (vec![("2026-12-22", 2), ("2026-12-29", 3), ("2027-01-02", 5)], "2027-01-03", true),
        (vec![("2026-12-22", 2), ("2026-12-29", 3), ("2027-01-02", 3)], "2027-01-03", false),
        // Monday 4 January 2027: that week has no answer yet; the three before decide.
        (vec![("2026-12-15", 1), ("2026-12-22", 2), ("2027-01-03", 3)], "2027-01-04", true),
    ];
    for (scores, today, expected) in cases {
        let morning: BTreeMap<NaiveDate, u8> = scores.iter().map(|(d, s)| (date(d), *s)).collect();
        assert_eq!(morning_pain_rising(&morning, date(today)), expected, "{scores:?} on {today}");
    }
}

// ---------------------------------------------------------------------------
// The load

const START: &str = "2026-11-02"; // a Monday

/// Day `day` (0 = Monday) of programme week `week` (from 0).
fn on(week: u64, day: u64) -> NaiveDate {
    date(START) + Days::new(7 * week + day)
}

#[test]
fn the_load_follows_the_verdicts_week_by_week() {
    use Verdict::*;
    let program = volume("");
    type Case = (&'static str, Vec<(NaiveDate, Verdict)>, NaiveDate, u32);
    let cases: [Case; 22] = [
        ("no verdicts: the plan", vec![], on(0, 0), 0),
        ("no verdicts, week 4", vec![], on(3, 2), 3),
        ("no verdicts, week 10", vec![], on(9, 6), 9),
        (
            "only progress",
            vec![(on(0, 1), Progress), (on(1, 1), Progress), (on(2, 1), Progress)],
            on(3, 0),
            3,
        ),
        ("a hold keeps its own week", vec![(on(1, 2), Hold)], on(1, 6), 1),
        ("a hold keeps the dose the next week", vec![(on(1, 2), Hold)], on(2, 0), 1),
        ("then it moves on", vec![(on(1, 2), Hold)], on(3, 0), 2),
        (
            "a hold among progress",
            vec![(on(1, 0), Progress), (on(1, 2), Hold), (on(1, 4), Progress)],
            on(2, 3),
            1,
        ),
        ("two holds in a row", vec![(on(1, 2), Hold), (on(2, 2), Hold)], on(3, 0), 1),
        // Week 6 (index 5) asks 12 reps, as week 5; week 4 asks 10: one volume step back.
        ("before the reduce", vec![(on(5, 2), Reduce)], on(5, 1), 5),
        ("a reduce steps back at once", vec![(on(5, 2), Reduce)], on(5, 2), 3),
        ("no step up the week after", vec![(on(5, 2), Reduce)], on(6, 0), 3),
        ("then on again", vec![(on(5, 2), Reduce)], on(7, 0), 4),
        ("a reduce after the date does not count", vec![(on(5, 2), Reduce)], on(4, 6), 4),
        (
            "two sessions reduced the same day: one step",
            vec![(on(5, 2), Reduce), (on(5, 2), Reduce)],
            on(5, 3),
            3,
        ),
        ("two reduces in a week", vec![(on(5, 1), Reduce), (on(5, 3), Reduce)], on(5, 3), 1),
        ("three reduces", vec![(on(5, 1), Reduce), (on(5, 3), Reduce), (on(5, 5), Reduce)], on(5, 6), 0),
        ("reduces in two weeks", vec![(on(5, 1), Reduce), (on(7, 1), Reduce)], on(7, 1), 3),
        ("never below week 0", vec![(on(0, 1), Reduce), (on(0, 2), Reduce)], on(0, 6), 0),
        ("from week 0 after a reduce", vec![(on(0, 1), Reduce)], on(1, 0), 0),
        ("and on from there", vec![(on(0, 1), Reduce)], on(2, 0), 1),
        ("verdicts before the start do not count", vec![(date(START) - Days::new(3), Reduce)], on(1, 0), 1),
    ];
    for (what, verdicts, day, expected) in cases {
        let load = load_on(&program, date(START), day, &verdicts);
        assert_eq!(load.week, expected, "{what}");
        assert_eq!(load.calendar_week, rehabit::plan::week_index(date(START), day), "{what}");
        assert_eq!(load.is_behind_plan(), expected < load.calendar_week, "{what}");
    }
    // The step back from week 6 is a real volume step: 12 reps, then 10.
    let bridge = program.exercise("bridge").unwrap();
    let reps = |week| dose_in_week(bridge, week).1.reps;
    assert_eq!((reps(5), reps(3), reps(1)), (Some(12), Some(10), Some(8)));
}

#[test]
fn a_reduce_after_a_level_change_steps_back_to_the_easier_level() {
    let program = programme(LEVEL);
    let dog = program.exercise("dog").unwrap();
    let reduce = [(on(4, 0), Verdict::Reduce)];
    // (date, load week, level, reps)
    let cases = [
        (on(3, 6), 3, 2, 6),
        (on(4, 0), 2, 1, 8), // back to level 1 at once
        (on(5, 0), 2, 1, 8),
        (on(6, 0), 3, 2, 6), // level 2 again
    ];
    for (day, week, level, reps) in cases {
        let load = load_on(&program, date(START), day, &reduce);
        let (at, dose) = dose_in_week(dog, load.week);
        assert_eq!((load.week, at, dose.reps), (week, level, Some(reps)), "{day}");
    }
    // A second reduce at level 1 goes back to week 0: weeks 1 to 3 ask the same.
    let twice = [(on(4, 0), Verdict::Reduce), (on(4, 2), Verdict::Reduce)];
    assert_eq!(load_on(&program, date(START), on(4, 2), &twice).week, 0);
}

#[test]
fn without_pain_guiding_progression_the_calendar_decides() {
    let program = volume("[pain]\npain_guides_progression = false\n");
    assert!(!program.pain.guides_progression);
    let verdicts = [(on(1, 1), Verdict::Hold), (on(5, 1), Verdict::Reduce), (on(5, 2), Verdict::Reduce)];
    for day in [on(0, 0), on(2, 0), on(5, 3), on(6, 0), on(12, 6)] {
        let load = load_on(&program, date(START), day, &verdicts);
        assert_eq!(load.week, load.calendar_week, "{day}");
        assert!(!load.is_behind_plan());
    }
    // The same verdicts hold the load back when pain guides it.
    assert_eq!(load_on(&volume(""), date(START), on(6, 0), &verdicts).week, 1);
}

#[test]
fn the_load_is_never_ahead_of_the_calendar() {
    let program = volume("");
    let progress_every_day: Vec<(NaiveDate, Verdict)> =
        (0..70).map(|d| (date(START) + Days::new(d), Verdict::Progress)).collect();
    for d in 0..70 {
        let day = date(START) + Days::new(d);
        let load = load_on(&program, date(START), day, &progress_every_day);
        assert_eq!(load, Load { week: (d / 7) as u32, calendar_week: (d / 7) as u32 }, "{day}");
    }
    // Before the start: week 0.
    let load = load_on(&program, date(START), date(START) - Days::new(10), &progress_every_day);
    assert_eq!(load, Load { week: 0, calendar_week: 0 });
}

#[test]
fn one_unsettled_morning_steps_back_once_for_all_that_days_sessions() {
    let program = programme(&format!(
        "{WEEK}\n[[session]]\nname = \"Mobility\"\nwhen = \"every day\"\nexercises = [\"bridge\"]\n"
    ));
    let day = on(5, 2).to_string();
    let mut journal = Vec::new();
    for (session, run) in [("Core", "core"), ("Mobility", "mobility")] {
        journal.extend(sitting(
            &day,
            session,
            run,
            vec![
                pain(PainMoment::Before, 2),
                started(&["bridge"]),
                done("bridge", 0),
                pain(PainMoment::After, 3),
            ],
        ));
    }
    journal.push(morning_answer(&day, 4));
    let history = History::from_entries(&journal);
    let verdicts = history.verdicts(&program);
    assert_eq!(verdicts, [(on(5, 2), Verdict::Reduce), (on(5, 2), Verdict::Reduce)]);
    // WEEK's doses never change, so any step back lands on week 0; use the volume
    // programme's doses to see one step.
    let load = load_on(&volume(""), date(START), on(5, 3), &verdicts);
    assert_eq!(load.week, 3, "one step back (12 → 10 reps), not two (→ 8)");
}

// ---------------------------------------------------------------------------
// Runs

#[test]
fn the_journal_reads_back_as_runs() {
    let mut journal = Vec::new();
    // A set done again supersedes the first record; a skipped exercise done after all counts.
    journal.extend(sitting(
        "2026-11-23",
        "Core",
        "redo",
        vec![
            pain(PainMoment::Before, 2),
            started(&["bridge", "bird-dog"]),
            set("bridge", 0, 1, 8),
            set("bridge", 0, 1, 10),
            done("bridge", 0),
            skipped("bird-dog", 1, Some("tired")),
            done("bird-dog", 1),
            pain(PainMoment::After, 3),
            ended(Ending::Finished),
        ],
    ));
    // Two windows: the lines of two runs interleave.
    let a =
        sitting("2026-11-24", "Core", "window-a", vec![started(&["bridge", "bird-dog"]), done("bridge", 0)]);
    let b = sitting(
        "2026-11-24",
        "Walk",
        "window-b",
        vec![started(&["walk"]), walked(1260), ended(Ending::Finished)],
    );
    journal.extend([a[0].clone(), b[0].clone(), a[1].clone(), b[1].clone(), b[2].clone()]);
    // Done, then skipped: not done.
    journal.extend(sitting(
        "2026-11-25",
        "Core",
        "undone",
        vec![
            started(&["bridge", "bird-dog"]),
            done("bridge", 0),
            done("bird-dog", 1),
            skipped("bird-dog", 1, None),
        ],
    ));
    // Started, nothing done, left.
    journal.extend(sitting(
        "2026-11-25",
        "Core",
        "nothing",
        vec![started(&["bridge", "bird-dog"]), ended(Ending::Left)],
    ));
    // A walk logged afterwards, a session marked done, and a walk logged then taken back.
    journal.extend(sitting("2026-11-26", "Walk", "logged", vec![logged(30, Some(2), Some(3))]));
    journal.extend(sitting("2026-11-27", "Core", "marked", vec![marked(&["bridge", "bird-dog"])]));
    journal.extend(walk_logged("2026-11-27", "mistake", 25));
    journal.push(cancel("2026-11-27", "mistake", "wrong day"));
    journal.push(morning_answer("2026-11-23", 2));
    journal.push(morning_answer("2026-11-23", 1)); // a corrected answer: the latest wins

    let history = History::from_entries(&journal);
    let ids: Vec<&str> = history.runs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["redo", "window-a", "window-b", "undone", "nothing", "logged", "marked", "mistake"]);
    // (id, status, counts, source, ending, done, skipped, seconds)
    type Case = (&'static str, RunStatus, bool, Source, Option<Ending>, Vec<usize>, usize, u64);
    let cases: [Case; 8] = [
        ("redo", RunStatus::Done, true, Source::Live, Some(Ending::Finished), vec![0, 1], 0, 0),
        // Cut short by kill -9: no Ended line.
        ("window-a", RunStatus::Partly, true, Source::Live, None, vec![0], 0, 0),
        ("window-b", RunStatus::Done, true, Source::Live, Some(Ending::Finished), vec![0], 0, 1260),
        ("undone", RunStatus::Partly, true, Source::Live, None, vec![0], 1, 0),
        ("nothing", RunStatus::Nothing, true, Source::Live, Some(Ending::Left), vec![], 0, 0),
        (
            "logged",
            RunStatus::Done,
            true,
            Source::Logged { activity: "walk".into() },
            Some(Ending::Finished),
            vec![],
            0,
            1800,
        ),
        ("marked", RunStatus::Done, true, Source::Marked, Some(Ending::Finished), vec![0, 1], 0, 0),
        (
            "mistake",
            RunStatus::Done,
            false,
            Source::Logged { activity: "walk".into() },
            Some(Ending::Finished),
            vec![],
            0,
            1500,
        ),
    ];
    for (id, status, counts, source, ending, done, skipped, seconds) in cases {
        let run = history.runs.iter().find(|r| r.id == id).unwrap();
        assert_eq!(
            (run.status(), run.counts(), &run.source, run.ending, &run.done, run.skipped.len(), run.seconds),
            (status, counts, &source, ending, &done, skipped, seconds),
            "{id}"
        );
    }
    let redo = &history.runs[0];
    assert_eq!(redo.sets.len(), 1, "the set done again replaces the first record");
    assert_eq!(redo.sets[0].reps, Some(10));
    assert_eq!((redo.pain_before, redo.pain_after), (Some(2), Some(3)));
    assert_eq!(redo.started, time("2026-11-23T09:00:00+01:00"));
    let logged_walk = history.runs.iter().find(|r| r.id == "logged").unwrap();
    assert_eq!((logged_walk.pain_before, logged_walk.pain_after), (Some(2), Some(3)));
    let mistake = history.runs.iter().find(|r| r.id == "mistake").unwrap();
    assert_eq!(mistake.cancelled, Some(Some("wrong day".into())));
    let counted: Vec<&str> = history.counted().map(|r| r.id.as_str()).collect();
    assert!(!counted.contains(&"mistake") && counted.len() == 7, "{counted:?}");
    assert_eq!(history.morning, BTreeMap::from([(date("2026-11-23"), 1)]));
    assert_eq!(runs(&journal), history.runs, "History keeps every run, cancelled ones too");
}

#[test]
fn a_cancelled_run_no_longer_counts_for_the_model() {
    let program = programme(WEEK);
    let mut journal = sitting("2026-11-23", "Walk", "walk", vec![logged(20, Some(1), Some(8))]);
    let history = History::from_entries(&journal);
    assert_eq!(history.verdicts(&program), [(date("2026-11-23"), Verdict::Reduce)]);
    assert!(history.morning_check_due(date("2026-11-23")));
    journal.push(cancel("2026-11-23", "walk", "logged twice"));
    let history = History::from_entries(&journal);
    assert_eq!(history.runs.len(), 1);
    assert_eq!(history.verdicts(&program), []);
    assert!(!history.morning_check_due(date("2026-11-23")));
    assert_eq!(history.load_on(&program, date("2026-11-23"), date("2026-11-30")).week, 1);
}

// ---------------------------------------------------------------------------
// Adherence

/// The days of a week as one letter each: D done, P partly, M missed, R rest,
/// O open (today), - outside.
fn letters(days: &[DayStatus; 7]) -> String {
    days.iter()
        .map(|d| match d {
            DayStatus::Done => 'D',
            DayStatus::Partly => 'P',
            DayStatus::Missed => 'M',
            DayStatus::Rest => 'R',
            DayStatus::Open => 'O',
            DayStatus::Outside => '-',
        })
        .collect()
}

/// (monday, programme week, planned, done, partly, missed, walking minutes, target,
/// days, complete, on target)
type Expected<'a> = (&'a str, u32, u32, u32, u32, u32, u32, Option<u32>, &'a str, bool, bool);

fn assert_week(week: &WeekAdherence, expected: Expected, what: &str) {
    let (monday, number, planned, done, partly, missed, minutes, target, days, complete, on_target) =
        expected;
    assert_eq!(
        (
            week.monday,
            week.week,
            week.planned,
            week.done,
            week.partly,
            week.missed,
            week.walking_minutes,
            week.walking_target,
            letters(&week.days).as_str(),
            week.complete,
            week.on_target()
        ),
        (date(monday), number, planned, done, partly, missed, minutes, target, days, complete, on_target),
        "{what}"
    );
}

#[test]
fn a_week_across_the_year_end_is_one_week() {
    let program = programme(WEEK);
    let mut journal = Vec::new();
    journal.extend(core_done("2026-12-28", "c1"));
    journal.extend(core_done("2026-12-30", "c2"));
    journal.extend(core_done("2027-01-01", "c3"));
    journal.extend(walk_logged("2026-12-31", "w1", 20));
    journal.extend(walk_logged("2027-01-02", "w2", 20));
    journal.extend(walk_logged("2027-01-03", "w3", 20));
    journal.extend(core_done("2027-01-04", "c4"));
    let runs = runs(&journal);
    let start = date("2026-12-21");
    let all = weeks(&program, start, start, date("2027-01-06"), &history_of(&runs), date("2027-01-06"));
    let mondays: Vec<String> = all.iter().map(|w| w.monday.to_string()).collect();
    // ISO week 53 of 2026 runs from Monday 28 December to Sunday 3 January 2027.
    assert_eq!(mondays, ["2026-12-21", "2026-12-28", "2027-01-04"]);
    assert_week(
        &all[0],
        ("2026-12-21", 1, 6, 0, 0, 6, 0, Some(60), "MRMRMRR", true, false),
        "before New Year",
    );
    assert_week(&all[1], ("2026-12-28", 2, 6, 6, 0, 0, 60, Some(60), "DRDDDDD", true, true), "over New Year");
    assert_week(
        &all[2],
        ("2027-01-04", 3, 6, 1, 0, 0, 0, Some(60), "DRO----", false, false),
        "after New Year",
    );
    assert_eq!(weeks_on_target(&all), 1);
}

#[test]
fn the_day_an_entry_carries_decides_across_a_daylight_saving_change() {
    // Clocks go forward at 02:00 on Sunday 29 March 2026 in central Europe.
    let program = programme(WEEK);
    let mut journal = Vec::new();
    journal.extend(core_done("2026-03-23", "c1"));
    journal.extend(walk_logged("2026-03-24", "w1", 20));
    journal.extend(core_done("2026-03-25", "c2"));
    journal.extend(core_done("2026-03-27", "c3"));
    // Saturday's walk, logged after midnight: already Sunday by the clock (and Saturday in UTC).
    journal.push(entry("2026-03-29T00:20:00+01:00", "2026-03-28", "Walk", "w2", logged(20, None, None)));
    // Sunday's walk starts before the change and ends after it: 25 minutes.
    journal.push(entry("2026-03-29T01:50:00+01:00", "2026-03-29", "Walk", "w3", started(&["walk"])));
    journal.push(entry("2026-03-29T03:15:00+02:00", "2026-03-29", "Walk", "w3", walked(1500)));
    journal.push(entry("2026-03-29T03:15:01+02:00", "2026-03-29", "Walk", "w3", ended(Ending::Finished)));
    let runs = runs(&journal);
    let start = date("2026-03-23");
    let week = weeks(&program, start, start, start, &history_of(&runs), date("2026-03-30"));
    assert_eq!(week.len(), 1);
    assert_week(&week[0], ("2026-03-23", 1, 6, 6, 0, 0, 65, Some(60), "DDDRDDD", true, true), "DST week");
    let sunday: Vec<&_> = runs.iter().filter(|r| r.day == date("2026-03-29")).collect();
    assert_eq!(sunday.len(), 1);
    assert_eq!(sunday[0].started, time("2026-03-29T01:50:00+01:00"));
}

#[test]
fn a_leap_day_is_a_day_like_any_other() {
    let program = programme(DAILY);
    let stretch = |day: &str, run: &str| {
        sitting(
            day,
            "Stretch",
            run,
            vec![started(&["knee-hug"]), done("knee-hug", 0), ended(Ending::Finished)],
        )
    };
    let mut journal = Vec::new();
    for (i, day) in ["2028-02-28", "2028-03-01", "2028-03-02", "2028-03-03", "2028-03-04", "2028-03-05"]
        .iter()
        .enumerate()
    {
        journal.extend(stretch(day, &format!("s{i}")));
    }
    let runs = runs(&journal);
    let start = date("2028-02-21");
    let all = weeks(
        &program,
        start,
        date("2028-02-28"),
        date("2028-03-06"),
        &history_of(&runs),
        date("2028-03-06"),
    );
    assert_eq!(all.len(), 2);
    assert_week(&all[0], ("2028-02-28", 2, 7, 6, 0, 1, 0, None, "DMDDDDD", true, false), "leap week");
    let leap =
        day_status(&program, start, date("2028-02-29"), date("2028-03-06"), &runs.iter().collect::<Vec<_>>());
    assert_eq!(leap, DayStatus::Missed);
    // Done on the leap day, it counts for Tuesday.
    journal.extend(stretch("2028-02-29", "leap"));
    let runs = rehabit::progress::runs(&journal);
    let all = weeks(
        &program,
        start,
        date("2028-02-28"),
        date("2028-02-28"),
        &history_of(&runs),
        date("2028-03-06"),
    );
    assert_week(&all[0], ("2028-02-28", 2, 7, 7, 0, 0, 0, None, "DDDDDDD", true, true), "leap day done");
}

#[test]
fn a_traveller_counts_by_the_local_day_each_entry_carries() {
    let program = programme(WEEK);
    let core = |at: &str, day: &str, run: &str| {
        let t = time(at);
        [started(&["bridge", "bird-dog"]), done("bridge", 0), done("bird-dog", 1), ended(Ending::Finished)]
            .into_iter()
            .enumerate()
            .map(|(i, event)| {
                let at = (t + chrono::TimeDelta::minutes(i as i64 * 5)).to_rfc3339();
                entry(&at, day, "Core", run, event)
            })
            .collect::<Vec<_>>()
    };
    let mut journal = Vec::new();
    // Monday in Stockholm in the morning, then a walk in New York that evening.
    journal.extend(core("2026-11-23T08:00:00+01:00", "2026-11-23", "c1"));
    journal.push(entry("2026-11-23T18:00:00-05:00", "2026-11-23", "Walk", "w1", logged(20, None, None)));
    // Wednesday late in New York: already Thursday in Europe. Wednesday counts.
    journal.extend(core("2026-11-25T22:30:00-05:00", "2026-11-25", "c2"));
    journal.push(entry("2026-11-26T07:00:00-05:00", "2026-11-26", "Walk", "w2", logged(20, None, None)));
    journal.extend(core("2026-11-27T09:00:00-05:00", "2026-11-27", "c3"));
    let runs = runs(&journal);
    let start = date("2026-11-23");
    let week = weeks(&program, start, start, start, &history_of(&runs), date("2026-11-30"));
    assert_week(&week[0], ("2026-11-23", 1, 6, 5, 0, 1, 40, Some(60), "DRDDDRR", true, false), "travelling");
    // The run of Wednesday evening, started after midnight in Europe, is Wednesday's.
    let wednesday = runs.iter().find(|r| r.id == "c2").unwrap();
    assert_eq!(wednesday.day, date("2026-11-25"));
    assert_eq!(wednesday.started.naive_utc().date(), date("2026-11-26"));
}

#[test]
fn a_programme_started_mid_week_counts_from_its_start() {
    let program = programme(WEEK);
    // (start, entries, today, expected first week)
    let wednesday = "2026-11-25";
    let saturday = "2026-11-28";
    let cases: [(&str, Vec<Entry>, &str, Expected); 5] = [
        // Core due Wednesday and Friday only; the three walks can still fit.
        (
            wednesday,
            core_done("2026-11-27", "c"),
            "2026-11-30",
            ("2026-11-23", 1, 5, 1, 0, 4, 0, Some(60), "--MRDRR", true, false),
        ),
        (
            wednesday,
            vec![],
            "2026-11-26",
            ("2026-11-23", 1, 5, 0, 0, 1, 0, Some(60), "--MR---", false, false),
        ),
        // Started on a Saturday: no core left, and no more walks than days left.
        (
            saturday,
            walk_logged("2026-11-29", "w", 20),
            "2026-11-30",
            ("2026-11-23", 1, 2, 1, 0, 1, 20, Some(40), "-----RD", true, false),
        ),
        (
            saturday,
            [walk_logged("2026-11-28", "w1", 20), walk_logged("2026-11-29", "w2", 20)].concat(),
            "2026-11-30",
            ("2026-11-23", 1, 2, 2, 0, 0, 40, Some(40), "-----DD", true, true),
        ),
        // Something done before the start does not count.
        (
            saturday,
            [core_done("2026-11-27", "early"), walk_logged("2026-11-27", "w0", 20)].concat(),
            "2026-11-30",
            ("2026-11-23", 1, 2, 0, 0, 2, 0, Some(40), "-----RR", true, false),
        ),
    ];
    for (start, entries, today, expected) in cases {
        let runs = runs(&entries);
        let week = weeks(&program, date(start), date(start), date(start), &history_of(&runs), date(today));
        assert_eq!(week.len(), 1);
        assert_week(&week[0], expected, &format!("started {start}, today {today}"));
    }
}

#[test]
fn a_weekly_quota_counts_days_and_minutes() {
    let program = programme(WALKS);
    let start = "2026-11-23";
    let walk = |day: &str, minutes: u64| walk_logged(day, &format!("w-{day}-{minutes}"), minutes);
    let cases: [(&str, Vec<Entry>, &str, Expected); 9] = [
        (
            "2 of 3, the week not over: nothing missed yet",
            [walk("2026-11-24", 20), walk("2026-11-26", 20)].concat(),
            "2026-11-27",
            ("2026-11-23", 1, 3, 2, 0, 0, 40, Some(60), "RDRDR--", false, false),
        ),
        (
            "2 of 3, the week over: one missed",
            [walk("2026-11-24", 20), walk("2026-11-26", 20)].concat(),
            "2026-11-30",
            ("2026-11-23", 1, 3, 2, 0, 1, 40, Some(60), "RDRDRRR", true, false),
        ),
        (
            "3 of 3",
            [walk("2026-11-24", 20), walk("2026-11-26", 20), walk("2026-11-28", 20)].concat(),
            "2026-11-30",
            ("2026-11-23", 1, 3, 3, 0, 0, 60, Some(60), "RDRDRDR", true, true),
        ),
        (
            "3 of 3 before the week is over",
            [walk("2026-11-23", 20), walk("2026-11-24", 20), walk("2026-11-25", 20)].concat(),
            "2026-11-25",
            ("2026-11-23", 1, 3, 3, 0, 0, 60, Some(60), "DDD----", false, true),
        ),
        (
            "two walks one day count as one day",
            [walk("2026-11-24", 20), walk("2026-11-24", 25), walk("2026-11-26", 20)].concat(),
            "2026-11-30",
            ("2026-11-23", 1, 3, 2, 0, 1, 65, Some(60), "RDRDRRR", true, false),
        ),
        (
            "more days than asked: no more than the quota is done",
            [walk("2026-11-23", 20), walk("2026-11-24", 20), walk("2026-11-25", 20), walk("2026-11-26", 20)]
                .concat(),
            "2026-11-30",
            ("2026-11-23", 1, 3, 3, 0, 0, 80, Some(60), "DDDDRRR", true, true),
        ),
        (
            "three days, too few minutes",
            [walk("2026-11-24", 20), walk("2026-11-26", 20), walk("2026-11-28", 15)].concat(),
            "2026-11-30",
            ("2026-11-23", 1, 3, 3, 0, 0, 55, Some(60), "RDRDRDR", true, false),
        ),
        (
            "the second week asks 25 minutes a walk",
            [walk("2026-11-30", 25), walk("2026-12-02", 25), walk("2026-12-04", 20)].concat(),
            "2026-12-07",
            ("2026-11-30", 2, 3, 3, 0, 0, 70, Some(75), "DRDRDRR", true, false),
        ),
        (
            "the third week asks 4 walks of 30 minutes",
            [walk("2026-12-07", 30), walk("2026-12-08", 30), walk("2026-12-10", 30), walk("2026-12-12", 30)]
                .concat(),
            "2026-12-14",
            ("2026-12-07", 3, 4, 4, 0, 0, 120, Some(120), "DDRDRDR", true, true),
        ),
    ];
    for (what, entries, today, expected) in cases {
        let runs = runs(&entries);
        let monday = date(expected.0);
        let week = weeks(&program, date(start), monday, monday, &history_of(&runs), date(today));
        assert_eq!(week.len(), 1, "{what}");
        assert_week(&week[0], expected, what);
    }
}

#[test]
fn walks_logged_and_taken_back_no_longer_count() {
    let program = programme(WALKS);
    let mut journal = [
        walk_logged("2026-11-24", "w1", 20),
        walk_logged("2026-11-26", "w2", 20),
        walk_logged("2026-11-28", "w3", 20),
    ]
    .concat();
    let start = date("2026-11-23");
    let today = date("2026-11-30");
    let before = weeks(&program, start, start, start, &History::from_entries(&journal), today);
    assert_week(&before[0], ("2026-11-23", 1, 3, 3, 0, 0, 60, Some(60), "RDRDRDR", true, true), "logged");
    journal.push(cancel("2026-11-28", "w3", "it was Friday's walk, logged twice"));
    let after = weeks(&program, start, start, start, &History::from_entries(&journal), today);
    assert_week(&after[0], ("2026-11-23", 1, 3, 2, 0, 1, 40, Some(60), "RDRDRRR", true, false), "taken back");
}

#[test]
fn sessions_on_set_days_are_done_partly_done_missed_or_open() {
    let program = programme(WEEK);
    let start = "2026-11-23";
    let nothing = |day: &str, run: &str| {
        sitting(day, "Core", run, vec![started(&["bridge", "bird-dog"]), ended(Ending::Left)])
    };
    let cases: [(&str, Vec<Entry>, &str, Expected); 8] = [
        (
            "Monday done, Wednesday partly, Friday today and open",
            [core_done("2026-11-23", "a"), core_partly("2026-11-25", "b")].concat(),
            "2026-11-27",
            ("2026-11-23", 1, 6, 1, 1, 0, 0, Some(60), "DRPRO--", false, false),
        ),
        (
            "Friday done today",
            [core_done("2026-11-23", "a"), core_partly("2026-11-25", "b"), core_done("2026-11-27", "c")]
                .concat(),
            "2026-11-27",
            ("2026-11-23", 1, 6, 2, 1, 0, 0, Some(60), "DRPRD--", false, false),
        ),
        (
            "Friday partly today",
            [core_done("2026-11-23", "a"), core_done("2026-11-25", "b"), core_partly("2026-11-27", "c")]
                .concat(),
            "2026-11-27",
            ("2026-11-23", 1, 6, 2, 1, 0, 0, Some(60), "DRDRP--", false, false),
        ),
        (
            "nothing done: past days missed, today open",
            vec![],
            "2026-11-25",
            ("2026-11-23", 1, 6, 0, 0, 1, 0, Some(60), "MRO----", false, false),
        ),
        (
            "started and left with nothing done is missed",
            nothing("2026-11-23", "a"),
            "2026-11-24",
            ("2026-11-23", 1, 6, 0, 0, 1, 0, Some(60), "MR-----", false, false),
        ),
        (
            "the week over: Friday missed, walks missed",
            [core_done("2026-11-23", "a"), core_done("2026-11-25", "b")].concat(),
            "2026-11-30",
            ("2026-11-23", 1, 6, 2, 0, 4, 0, Some(60), "DRDRMRR", true, false),
        ),
        // Done on a free day it doesn't make up for Monday, but the day shows it.
        (
            "Monday's session done on Tuesday",
            core_done("2026-11-24", "a"),
            "2026-11-26",
            ("2026-11-23", 1, 6, 0, 0, 2, 0, Some(60), "MDMR---", false, false),
        ),
        (
            "a free day partly done shows partly",
            core_partly("2026-11-24", "a"),
            "2026-11-24",
            ("2026-11-23", 1, 6, 0, 0, 1, 0, Some(60), "MP-----", false, false),
        ),
    ];
    for (what, entries, today, expected) in cases {
        let runs = runs(&entries);
        let week = weeks(&program, date(start), date(start), date(start), &history_of(&runs), date(today));
        assert_eq!(week.len(), 1, "{what}");
        assert_week(&week[0], expected, what);
    }
}

#[test]
fn weeks_on_target_count_a_streak() {
    let week = |on: bool, complete: bool| WeekAdherence {
        monday: date("2026-11-23"),
        week: 1,
        planned: 3,
        done: if on { 3 } else { 2 },
        partly: 0,
        missed: 0,
        walking_minutes: 0,
        walking_target: None,
        days: [DayStatus::Rest; 7],
        complete,
    };
    let (on, off) = (true, false);
    let (over, current) = (true, false);
    let cases: [(&str, Vec<WeekAdherence>, u32); 9] = [
        ("none", vec![], 0),
        ("three weeks on target", vec![week(on, over), week(on, over), week(on, over)], 3),
        (
            "broken by a week off target",
            vec![week(on, over), week(off, over), week(on, over), week(on, over)],
            2,
        ),
        ("the last complete week off target", vec![week(on, over), week(on, over), week(off, over)], 0),
        (
            "the current week not yet on target does not break it",
            vec![week(on, over), week(on, over), week(off, current)],
            2,
        ),
        (
            "the current week counts once on target",
            vec![week(on, over), week(on, over), week(on, current)],
            3,
        ),
        ("only the current week", vec![week(on, current)], 1),
        ("after a week off, the current one", vec![week(on, over), week(off, over), week(on, current)], 1),
        (
            "weeks still to come do not break it",
            vec![week(on, over), week(on, over), week(off, current), week(off, current)],
            2,
        ),
    ];
    for (what, weeks, expected) in cases {
        assert_eq!(weeks_on_target(&weeks), expected, "{what}");
    }

    // On target: everything planned done and the walking minutes reached.
    let with = |planned, done, minutes, target| WeekAdherence {
        planned,
        done,
        walking_minutes: minutes,
        walking_target: target,
        ..week(on, over)
    };
    let cases = [
        (with(3, 3, 0, None), true),
        (with(3, 4, 0, None), true),
        (with(3, 2, 0, None), false),
        (with(0, 0, 0, None), false),
        (with(0, 2, 0, None), false),
        (with(3, 3, 59, Some(60)), false),
        (with(3, 3, 60, Some(60)), true),
        (with(3, 2, 90, Some(60)), false),
    ];
    for (week, expected) in cases {
        assert_eq!(week.on_target(), expected, "{week:?}");
    }
}

#[test]
fn a_streak_from_the_journal() {
    let program = programme(WALKS);
    let start = date("2026-11-02");
    let mut journal = Vec::new();
    // Weeks 1 and 2 (3 walks each, 20 then 25 minutes), week 3 short of a walk, weeks
    // 4 and 5 in full (4 walks of 30), week 6 (current) 2 walks so far.
    let plan: [(u64, &[u64], u64); 6] = [
        (0, &[0, 2, 4], 20),
        (1, &[0, 2, 4], 25),
        (2, &[0, 2, 4], 30),
        (3, &[0, 1, 2, 3], 30),
        (4, &[0, 1, 3, 5], 30),
        (5, &[0, 2], 30),
    ];
    for (week, days, minutes) in plan {
        for day in days {
            let day = (start + Days::new(7 * week + day)).to_string();
            journal.extend(walk_logged(&day, &format!("w{day}"), minutes));
        }
    }
    let runs = runs(&journal);
    let today = start + Days::new(7 * 5 + 3);
    let all = weeks(&program, start, start, today, &history_of(&runs), today);
    let summary: Vec<(u32, u32, u32, bool)> =
        all.iter().map(|w| (w.week, w.planned, w.done, w.on_target())).collect();
    assert_eq!(
        summary,
        [
            (1, 3, 3, true),
            (2, 3, 3, true),
            (3, 4, 3, false),
            (4, 4, 4, true),
            (5, 4, 4, true),
            (6, 4, 2, false)
        ]
    );
    assert_eq!(weeks_on_target(&all), 2);
    // Two more walks and the current week counts.
    for day in [4, 5] {
        let day = (start + Days::new(7 * 5 + day)).to_string();
        journal.extend(walk_logged(&day, &format!("x{day}"), 30));
    }
    let later = start + Days::new(7 * 5 + 5);
    let all = weeks(&program, start, start, later, &History::from_entries(&journal), later);
    assert_eq!(weeks_on_target(&all), 3);
}

/// The history of `runs` alone, with no morning answers.
fn history_of(runs: &[rehabit::progress::Run]) -> History {
    History { runs: runs.to_vec(), morning: std::collections::BTreeMap::new() }
}

/// When the programme's doses do not follow pain, the advice does not promise that
/// they will change.
#[test]
fn advice_without_pain_guided_doses_promises_no_change_of_dose() {
    let bands = PainBands { safe_up_to: 2, acceptable_up_to: 5, guides_progression: false };
    let too_much = rehabit::progress::assess(bands, Some(2), Some(7), None).expect("judged").explain();
    assert!(!too_much.contains("lighter"), "{too_much}");
    assert!(too_much.contains("physiotherapist"), "{too_much}");
    let safe = rehabit::progress::assess(bands, Some(1), Some(1), Some(1)).expect("judged").explain();
    assert!(!safe.contains("build up"), "{safe}");
    let guided = PainBands { guides_progression: true, ..bands };
    let lighter = rehabit::progress::assess(guided, Some(2), Some(7), None).expect("judged").explain();
    assert!(lighter.contains("lighter"), "{lighter}");
}
