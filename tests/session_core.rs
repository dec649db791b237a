//! The session state machine driven through whole sessions with hand-made times: the
//! journal entries it asks to record (kind, set, side, reps, seconds, reason, the dose as
//! asked, the `Ended` counts), the bell, and the state it shows (stage, phase, count,
//! progress, remaining time, next deadline).
//!
//! Times are milliseconds from the start of each test, on a monotonic origin of 1000 s
//! (any origin must do) and a wall clock that moves in step from 2026-11-23 08:00 +01:00.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use rehabit::journal::{DoseRecord, Ending, Entry, Event, PainMoment, ProgramRef, Side};
use rehabit::program::{Program, check, content_hash};
use rehabit::session::{Context, Effect, Key, Now, Outcome, Phase, Prompt, SessionRun, Stage, lay_out};

const PROGRAM: &str = r#"
[program]
title = "Session core"

[[session]]
name = "Reps"
when = "every day"
exercises = ["bridge", "squat"]

[[session]]
name = "Single"
when = "every day"
exercises = ["squat"]

[[session]]
name = "Holds"
when = "every day"
exercises = ["brace", "squat"]

[[session]]
name = "Held sets"
when = "every day"
exercises = ["plank", "squat"]

[[session]]
name = "Timed sets"
when = "every day"
exercises = ["breathe", "squat"]

[[session]]
name = "Stretch"
when = "every day"
exercises = ["stretch", "squat"]

[[session]]
name = "Sides"
when = "every day"
exercises = ["clam"]

[[session]]
name = "Walk"
when = "every day"
exercises = ["walk"]

[[session]]
name = "Mixed"
when = "every day"
exercises = ["bridge", "clam", "walk"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
sets = 2
reps = 10
rest_between_sets = "30s"
cues = ["Slowly"]
progression = [ { every_weeks = 2, add_reps = 2, max_reps = 12 } ]

[[exercise]]
id = "squat"
name = "Sit to stand"
kind = "strength"
reps = 8
cues = ["Slowly"]

[[exercise]]
id = "brace"
name = "Belly brace"
kind = "stabilisation"
reps = 3
hold = "5s"
rest = "2s"
cues = ["Gently"]

[[exercise]]
id = "plank"
name = "Side plank"
kind = "stabilisation"
sets = 2
reps = 2
hold = "10s"
rest_between_sets = "30s"
cues = ["Hips forward"]

[[exercise]]
id = "breathe"
name = "Breathing"
kind = "relaxation"
sets = 2
duration = "1m"
rest_between_sets = "30s"
cues = ["Slowly"]

[[exercise]]
id = "stretch"
name = "Knee to chest"
kind = "stretch"
duration = "5s"
cues = ["Gently"]

[[exercise]]
id = "clam"
name = "Clamshell"
kind = "strength"
sets = 2
reps = 8
sides = "left-then-right"
rest_between_sets = "20s"
cues = ["Slowly"]

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
duration = "30m"
cues = ["Easy pace"]
"#;

const ORIGIN: Duration = Duration::from_secs(1_000);
const RUN_ID: &str = "run-2026-11-23-0800";

fn program() -> Program {
    let checked = check(PROGRAM);
    let problems = format!("{:?}", checked.problems);
    checked.program.unwrap_or_else(|| panic!("the test programme is valid: {problems}"))
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn program_ref() -> std::sync::Arc<ProgramRef> {
    ProgramRef::new("Session core", &content_hash(PROGRAM))
}

fn mono(ms: u64) -> Duration {
    ORIGIN + Duration::from_millis(ms)
}

fn wall(ms: u64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-23T08:00:00+01:00").unwrap() + TimeDelta::milliseconds(ms as i64)
}

fn at(ms: u64) -> Now {
    Now { mono: mono(ms), wall: wall(ms) }
}

fn ms_of(mono: Duration) -> u64 {
    (mono - ORIGIN).as_millis() as u64
}

/// Keys as text: `⏎` Enter, `⌫` Backspace, `⎋` Esc, anything else that character.
fn key(c: char) -> Key {
    match c {
        '⏎' => Key::Enter,
        '⌫' => Key::Backspace,
        '⎋' => Key::Esc,
        c => Key::Char(c),
    }
}

/// One effect in a line: what the tests compare.
fn describe(effect: &Effect) -> String {
    let Effect::Record(entry) = effect else { return "bell".into() };
    match &entry.event {
        Event::Started { planned } => {
            let ids: Vec<&str> = planned.iter().map(|asked| asked.exercise.as_str()).collect();
            format!("started {}", ids.join(","))
        }
        Event::Pain { moment, score } => {
            format!("pain {} {score}", if *moment == PainMoment::Before { "before" } else { "after" })
        }
        Event::SetDone { asked, set, side, reps } => {
            let side = match side {
                Some(Side::Left) => " left",
                Some(Side::Right) => " right",
                None => "",
            };
            let reps = reps.map_or(String::new(), |reps| format!(" reps {reps}"));
            format!("set {} {set}{side}{reps}", asked.exercise)
        }
        Event::ExerciseDone { asked, sets_done, seconds } => {
            let seconds = seconds.map_or(String::new(), |s| format!(" {s}s"));
            format!("done {} {sets_done} sets{seconds}", asked.exercise)
        }
        Event::Skipped { asked, reason: Some(reason) } => format!("skip {}: {reason}", asked.exercise),
        Event::Skipped { asked, reason: None } => format!("skip {}", asked.exercise),
        Event::Note { text } => format!("note: {text}"),
        Event::Ended { ending, done, skipped } => {
            let ending = if *ending == Ending::Finished { "finished" } else { "left" };
            format!("ended {ending} {done} done {skipped} skipped")
        }
        other => format!("not from a session: {other:?}"),
    }
}

/// A session run with everything it asked for so far.
struct Sim {
    run: SessionRun,
    session: String,
    effects: Vec<Effect>,
    log: Vec<String>,
}

impl Sim {
    fn open(session: &str) -> Sim {
        Sim::open_in_week(session, 0)
    }

    fn open_in_week(session: &str, week: u32) -> Sim {
        let program = program();
        let found = program.sessions.iter().find(|s| s.name == session).expect("a session of the programme");
        let (items, steps) = lay_out(&program, found, week);
        let context =
            Context { program: program_ref(), session: session.into(), run: RUN_ID.into(), day: day() };
        let (run, effects) = SessionRun::start(context, items, steps, at(0));
        let mut sim = Sim { run, session: session.into(), effects: Vec::new(), log: Vec::new() };
        sim.take(effects, 0);
        sim
    }

    /// Keeps `effects`, checking every entry's stamp and dose as it comes.
    fn take(&mut self, effects: Vec<Effect>, ms: u64) -> Vec<String> {
        let lines: Vec<String> = effects.iter().map(describe).collect();
        for effect in &effects {
            if let Effect::Record(entry) = effect {
                self.check_stamp(entry, ms);
            }
        }
        self.effects.extend(effects);
        self.log.extend(lines.iter().cloned());
        lines
    }

    fn check_stamp(&self, entry: &Entry, ms: u64) {
        assert_eq!(entry.v, 1, "{entry:?}");
        assert_eq!(entry.run, RUN_ID);
        assert_eq!(entry.session, self.session);
        assert_eq!(entry.day, day());
        assert_eq!(entry.program, program_ref());
        assert_eq!(entry.at, wall(ms), "recorded at the moment it happened");
        // The dose recorded is the one asked of that exercise today.
        let asked = match &entry.event {
            Event::SetDone { asked, .. }
            | Event::ExerciseDone { asked, .. }
            | Event::Skipped { asked, .. } => asked,
            _ => return,
        };
        assert_eq!(asked, &self.run.items()[asked.position].asked);
    }

    fn keys(&mut self, ms: u64, keys: &str) -> Vec<String> {
        let mut lines = Vec::new();
        for c in keys.chars() {
            let effects = self.run.handle(key(c), at(ms));
            lines.extend(self.take(effects, ms));
        }
        lines
    }

    fn tick(&mut self, ms: u64) -> Vec<String> {
        let effects = self.run.tick(at(ms));
        self.take(effects, ms)
    }

    fn remaining(&self, ms: u64) -> u64 {
        self.run.timer().remaining(mono(ms)).as_millis() as u64
    }

    fn deadline(&self, ms: u64) -> Option<u64> {
        self.run.next_deadline(mono(ms)).map(ms_of)
    }

    /// Where the patient is: "bridge 2", "clam 1 left", "rest after bridge 1", or the stage.
    fn place(&self) -> String {
        let Some(step) = self.run.step() else { return format!("{:?}", self.run.stage()) };
        let id = &self.run.items()[step.item].asked.exercise;
        let side = match step.side {
            Some(Side::Left) => " left",
            Some(Side::Right) => " right",
            None => "",
        };
        if step.is_rest() {
            format!("rest after {id} {}", step.set)
        } else {
            format!("{id} {}{side}", step.set)
        }
    }

    fn entries(&self) -> Vec<&Entry> {
        self.effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Record(entry) => Some(&**entry),
                Effect::Bell => None,
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// A whole session of reps

#[test]
fn a_session_of_reps_with_rests_between_sets_runs_from_pain_to_summary() {
    let mut sim = Sim::open("Reps");
    assert_eq!(sim.run.stage(), Stage::PainBefore);
    assert_eq!(sim.deadline(0), None, "nothing moves while the pain question is up");

    sim.keys(1_000, "3⏎");
    assert_eq!(sim.run.stage(), Stage::Working);
    assert_eq!(sim.place(), "bridge 1");
    assert_eq!((sim.run.phase(), sim.run.count()), (Phase::Waiting, 10));
    assert_eq!(sim.run.progress(), (0, 3));
    assert_eq!(sim.deadline(1_000), None, "a reps set waits for the patient");

    // One rep fewer than asked, then done: the rest starts by itself.
    sim.keys(15_000, "-");
    assert_eq!(sim.run.count(), 9);
    assert_eq!(sim.keys(20_000, "⏎"), ["set bridge 1 reps 9"]);
    assert_eq!(sim.place(), "rest after bridge 1");
    assert_eq!(sim.run.phase(), Phase::Running);
    assert_eq!(sim.remaining(20_000), 30_000);
    assert_eq!(sim.deadline(20_000), Some(21_000));
    assert_eq!(sim.run.progress(), (1, 3), "rests are not counted");

    // The rest ends exactly 30 s later, with the bell, on the next set.
    assert!(sim.tick(35_000).is_empty());
    assert_eq!(sim.remaining(35_000), 15_000);
    assert!(sim.tick(49_999).is_empty());
    assert_eq!(sim.place(), "rest after bridge 1");
    assert_eq!(sim.tick(50_000), ["bell"]);
    assert_eq!(sim.place(), "bridge 2");
    assert_eq!((sim.run.phase(), sim.run.count()), (Phase::Waiting, 10), "a fresh count for the new set");
    assert_eq!(sim.deadline(50_000), None);

    assert_eq!(sim.keys(70_000, "n"), ["set bridge 2 reps 10", "done bridge 2 sets"]);
    assert_eq!(sim.place(), "squat 1", "no rest after the last set");
    assert_eq!(sim.run.progress(), (2, 3));
    assert_eq!(sim.run.outcomes(), [Outcome::Done, Outcome::Pending]);

    // The last exercise done ends the exercises, before the pain question after.
    assert_eq!(
        sim.keys(90_000, "⏎"),
        ["set squat 1 reps 8", "done squat 1 sets", "ended finished 2 done 0 skipped"]
    );
    assert_eq!(sim.run.stage(), Stage::PainAfter);
    assert_eq!(sim.run.progress(), (3, 3));
    assert_eq!(sim.run.ending(), Some(Ending::Finished));
    assert_eq!(sim.run.worked(), Some(Duration::from_secs(89)), "from the first exercise to the last");

    assert_eq!(sim.keys(95_000, "2⏎"), ["pain after 2"]);
    assert_eq!(sim.run.stage(), Stage::Note);
    sim.keys(100_000, "felt god");
    sim.keys(100_000, "⌫⌫ood ");
    assert_eq!(sim.run.typed(), "felt good ");
    assert_eq!(sim.keys(101_000, "⏎"), ["note: felt good"]);
    assert_eq!(sim.run.stage(), Stage::Summary);
    assert_eq!(sim.run.pain(), (Some(3), Some(2)));
    assert!(sim.keys(102_000, "⏎").is_empty());
    assert_eq!(sim.run.stage(), Stage::Over);

    assert_eq!(
        sim.log,
        [
            "started bridge,squat",
            "pain before 3",
            "set bridge 1 reps 9",
            "bell",
            "set bridge 2 reps 10",
            "done bridge 2 sets",
            "set squat 1 reps 8",
            "done squat 1 sets",
            "ended finished 2 done 0 skipped",
            "pain after 2",
            "note: felt good",
        ]
    );
    // Over is over: keys do nothing more.
    assert!(sim.keys(103_000, "⏎q y").is_empty());
    assert_eq!(sim.run.stage(), Stage::Over);
}

#[test]
fn an_empty_note_records_nothing() {
    for keys in ["⏎", "   ⏎", "typed then put aside⎋"] {
        let mut sim = Sim::open("Single");
        sim.keys(0, "⏎⏎⏎");
        assert_eq!(sim.run.stage(), Stage::Note, "{keys:?}");
        assert!(sim.keys(1_000, keys).is_empty(), "{keys:?}");
        assert_eq!(sim.run.stage(), Stage::Summary, "{keys:?}");
        assert!(!sim.log.iter().any(|line| line.starts_with("note")), "{keys:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Holds

#[test]
fn holds_run_get_ready_hold_and_relax_and_complete_the_set_themselves() {
    let mut sim = Sim::open("Holds");
    sim.keys(0, "⏎");
    assert_eq!((sim.place(), sim.run.phase(), sim.run.count()), ("brace 1".into(), Phase::Waiting, 0));
    assert_eq!(sim.deadline(0), None);
    assert!(sim.keys(0, " ").is_empty());

    // Space at 0: get ready 0-3, hold 3-8, relax 8-10, get ready 10-13, hold 13-18,
    // relax 18-20, get ready 20-23, hold 23-28, then the set is done.
    struct Row {
        ms: u64,
        phase: Phase,
        count: u32,
        remaining: u64,
        deadline: Option<u64>,
        effects: &'static [&'static str],
    }
    let rows = [
        Row {
            ms: 0,
            phase: Phase::GetReady,
            count: 0,
            remaining: 3_000,
            deadline: Some(1_000),
            effects: &[],
        },
        Row {
            ms: 1_000,
            phase: Phase::GetReady,
            count: 0,
            remaining: 2_000,
            deadline: Some(2_000),
            effects: &[],
        },
        Row {
            ms: 2_999,
            phase: Phase::GetReady,
            count: 0,
            remaining: 1,
            deadline: Some(3_000),
            effects: &[],
        },
        Row {
            ms: 3_000,
            phase: Phase::Holding,
            count: 0,
            remaining: 5_000,
            deadline: Some(4_000),
            effects: &[],
        },
        Row { ms: 7_999, phase: Phase::Holding, count: 0, remaining: 1, deadline: Some(8_000), effects: &[] },
        Row {
            ms: 8_000,
            phase: Phase::Relaxing,
            count: 1,
            remaining: 2_000,
            deadline: Some(9_000),
            effects: &["bell"],
        },
        Row {
            ms: 10_000,
            phase: Phase::GetReady,
            count: 1,
            remaining: 3_000,
            deadline: Some(11_000),
            effects: &[],
        },
        Row {
            ms: 13_500,
            phase: Phase::Holding,
            count: 1,
            remaining: 4_500,
            deadline: Some(14_000),
            effects: &[],
        },
        Row {
            ms: 18_000,
            phase: Phase::Relaxing,
            count: 2,
            remaining: 2_000,
            deadline: Some(19_000),
            effects: &["bell"],
        },
        Row {
            ms: 20_000,
            phase: Phase::GetReady,
            count: 2,
            remaining: 3_000,
            deadline: Some(21_000),
            effects: &[],
        },
        Row {
            ms: 23_000,
            phase: Phase::Holding,
            count: 2,
            remaining: 5_000,
            deadline: Some(24_000),
            effects: &[],
        },
        Row {
            ms: 27_999,
            phase: Phase::Holding,
            count: 2,
            remaining: 1,
            deadline: Some(28_000),
            effects: &[],
        },
    ];
    for row in rows {
        assert_eq!(sim.tick(row.ms), row.effects, "at {} ms", row.ms);
        assert_eq!(sim.place(), "brace 1", "at {} ms", row.ms);
        assert_eq!((sim.run.phase(), sim.run.count()), (row.phase, row.count), "at {} ms", row.ms);
        assert_eq!(sim.remaining(row.ms), row.remaining, "at {} ms", row.ms);
        assert_eq!(sim.deadline(row.ms), row.deadline, "at {} ms", row.ms);
        assert!(!sim.run.is_paused());
    }

    // The third hold ends the set: recorded with the holds done, the bell, next exercise.
    assert_eq!(sim.tick(28_000), ["set brace 1 reps 3", "done brace 1 sets", "bell"]);
    assert_eq!((sim.place(), sim.run.phase(), sim.run.count()), ("squat 1".into(), Phase::Waiting, 8));
    assert_eq!(sim.deadline(28_000), None);
    assert_eq!(sim.run.progress(), (1, 2));
}

#[test]
fn enter_on_holds_records_the_holds_done_or_all_of_them_when_counted_alone() {
    // (keys at 0 ms after the pain question, tick at, keys at 30 s, reps recorded)
    let cases: [(&str, u64, &str, u32); 5] = [
        ("", 0, "⏎", 3),        // never started: the patient counted on their own
        (" ", 9_000, "⏎", 1),   // one hold done, in the relax
        (" ", 5_000, "⏎", 3),   // done in the first hold: none counted, so done on their own
        (" ", 19_000, "+⏎", 3), // two holds done, one more counted by hand
        ("+", 0, "⏎", 1),       // counted by hand without the timer
    ];
    for (before, tick, done, reps) in cases {
        let mut sim = Sim::open("Holds");
        sim.keys(0, "⏎");
        sim.keys(0, before);
        sim.tick(tick);
        let lines = sim.keys(tick + 500, done);
        assert_eq!(
            lines,
            [format!("set brace 1 reps {reps}"), "done brace 1 sets".into()],
            "{before:?} {tick}"
        );
        assert_eq!(sim.place(), "squat 1");
    }
}

#[test]
fn after_a_long_sleep_one_tick_carries_through_every_phase_from_when_it_ended() {
    struct Row {
        session: &'static str,
        /// The single tick after Space at 0.
        woke: u64,
        place: &'static str,
        phase: Phase,
        count: u32,
        remaining: u64,
        effects: &'static [&'static str],
    }
    let rows = [
        // Holds of 5 s with 2 s relax: the second hold began at 13 s.
        Row {
            session: "Holds",
            woke: 15_500,
            place: "brace 1",
            phase: Phase::Holding,
            count: 1,
            remaining: 2_500,
            effects: &["bell"],
        },
        // The third get-ready began at 20 s.
        Row {
            session: "Holds",
            woke: 21_000,
            place: "brace 1",
            phase: Phase::GetReady,
            count: 2,
            remaining: 2_000,
            effects: &["bell"],
        },
        Row {
            session: "Holds",
            woke: 100_000,
            place: "squat 1",
            phase: Phase::Waiting,
            count: 8,
            remaining: 0,
            effects: &["set brace 1 reps 3", "done brace 1 sets", "bell"],
        },
        // Two holds of 10 s (get ready 0-3, hold 3-13, get ready 13-16, hold 16-26): the
        // rest between sets began at 26 s, when the set ended, not when the laptop woke.
        Row {
            session: "Held sets",
            woke: 40_000,
            place: "rest after plank 1",
            phase: Phase::Running,
            count: 0,
            remaining: 16_000,
            effects: &["set plank 1 reps 2", "bell"],
        },
        Row {
            session: "Held sets",
            woke: 100_000,
            place: "plank 2",
            phase: Phase::Waiting,
            count: 0,
            remaining: 10_000,
            effects: &["set plank 1 reps 2", "bell"],
        },
        // A timed minute (0-60), then its rest (60-90).
        Row {
            session: "Timed sets",
            woke: 75_000,
            place: "rest after breathe 1",
            phase: Phase::Running,
            count: 0,
            remaining: 15_000,
            effects: &["set breathe 1", "bell"],
        },
        Row {
            session: "Timed sets",
            woke: 200_000,
            place: "breathe 2",
            phase: Phase::Waiting,
            count: 0,
            remaining: 60_000,
            effects: &["set breathe 1", "bell"],
        },
    ];
    for row in rows {
        let what = format!("{} woken at {} ms", row.session, row.woke);
        let mut sim = Sim::open(row.session);
        sim.keys(0, "⏎ ");
        assert_eq!(sim.tick(row.woke), row.effects, "{what}");
        assert_eq!(sim.place(), row.place, "{what}");
        assert_eq!((sim.run.phase(), sim.run.count()), (row.phase, row.count), "{what}");
        assert_eq!(sim.remaining(row.woke), row.remaining, "{what}");
        // A second tick at the same moment changes nothing.
        assert!(sim.tick(row.woke).is_empty(), "{what}");
        assert_eq!(sim.remaining(row.woke), row.remaining, "{what}");
    }
}

// ---------------------------------------------------------------------------------------
// Sides

#[test]
fn left_then_right_records_each_side_of_each_set() {
    let mut sim = Sim::open("Sides");
    sim.keys(0, "⎋");
    assert_eq!(sim.run.progress(), (0, 4));
    assert_eq!(sim.place(), "clam 1 left");
    assert_eq!(sim.keys(10_000, "⏎"), ["set clam 1 left reps 8"]);
    assert_eq!(sim.place(), "clam 1 right", "no rest between the sides");
    assert_eq!(sim.run.phase(), Phase::Waiting);
    sim.keys(15_000, "-");
    assert_eq!(sim.keys(20_000, "⏎"), ["set clam 1 right reps 7"]);
    assert_eq!(sim.place(), "rest after clam 1");
    assert_eq!(sim.remaining(20_000), 20_000);
    assert_eq!(sim.tick(40_000), ["bell"]);
    assert_eq!(sim.place(), "clam 2 left");
    assert_eq!(sim.run.count(), 8);
    assert_eq!(sim.keys(50_000, "⏎"), ["set clam 2 left reps 8"]);
    assert_eq!(sim.run.progress(), (3, 4));
    assert_eq!(
        sim.keys(60_000, "⏎"),
        ["set clam 2 right reps 8", "done clam 2 sets", "ended finished 1 done 0 skipped"]
    );

    let sides: Vec<(u32, Option<Side>, Option<u32>)> = sim
        .entries()
        .iter()
        .filter_map(|entry| match &entry.event {
            Event::SetDone { set, side, reps, .. } => Some((*set, *side, *reps)),
            _ => None,
        })
        .collect();
    assert_eq!(
        sides,
        [
            (1, Some(Side::Left), Some(8)),
            (1, Some(Side::Right), Some(7)),
            (2, Some(Side::Left), Some(8)),
            (2, Some(Side::Right), Some(8)),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Pausing and deadlines

#[test]
fn a_paused_timer_ends_exactly_the_time_left_after_resuming() {
    // A timed stretch of 5 s started at 0: the screen changes on each whole second left.
    let mut sim = Sim::open("Stretch");
    sim.keys(0, "⏎");
    assert_eq!(sim.deadline(0), None, "waiting for Space");
    sim.keys(0, " ");
    assert_eq!((sim.run.phase(), sim.remaining(0)), (Phase::Running, 5_000));
    assert_eq!(sim.deadline(0), Some(1_000));
    assert_eq!(sim.deadline(400), Some(1_000));
    sim.tick(1_000);
    assert_eq!(sim.deadline(1_000), Some(2_000));

    sim.keys(1_400, " ");
    assert!(sim.run.is_paused());
    assert_eq!(sim.run.phase(), Phase::Running);
    assert_eq!(sim.deadline(1_400), None, "nothing moves while paused");
    assert!(sim.tick(9_000).is_empty());
    assert_eq!(sim.remaining(9_000), 3_600);

    sim.keys(10_000, " ");
    assert!(!sim.run.is_paused());
    let mut now = 10_000;
    let mut deadlines = Vec::new();
    while sim.place() == "stretch 1" {
        now = sim.deadline(now).expect("a running timer has a deadline");
        deadlines.push(now);
        let effects = sim.tick(now);
        if now < 13_600 {
            assert!(effects.is_empty(), "at {now}");
        } else {
            assert_eq!(effects, ["set stretch 1", "done stretch 1 sets", "bell"]);
        }
    }
    assert_eq!(deadlines, [10_600, 11_600, 12_600, 13_600]);
    assert_eq!(sim.place(), "squat 1");
}

#[test]
fn a_hold_paused_midway_ends_the_time_left_after_resuming() {
    let mut sim = Sim::open("Holds");
    sim.keys(0, "⏎ ");
    sim.tick(3_000);
    assert_eq!(sim.run.phase(), Phase::Holding);
    // Space at 4.4 s: 1.4 s into the 5 s hold.
    sim.keys(4_400, " ");
    assert!(sim.run.is_paused());
    assert_eq!(sim.deadline(4_400), None);
    assert!(sim.tick(9_000).is_empty());
    assert_eq!((sim.run.phase(), sim.remaining(9_000)), (Phase::Holding, 3_600));

    sim.keys(10_000, " ");
    assert_eq!(sim.deadline(10_000), Some(10_600));
    assert_eq!(sim.deadline(10_600), Some(11_600));
    assert!(sim.tick(13_599).is_empty());
    assert_eq!((sim.run.phase(), sim.remaining(13_599)), (Phase::Holding, 1));
    assert_eq!(sim.tick(13_600), ["bell"]);
    assert_eq!((sim.run.phase(), sim.run.count(), sim.remaining(13_600)), (Phase::Relaxing, 1, 2_000));

    // Pausing the get-ready works the same way.
    sim.tick(15_600);
    assert_eq!(sim.run.phase(), Phase::GetReady);
    sim.keys(16_000, " ");
    assert_eq!(sim.deadline(16_000), None);
    sim.keys(30_000, " ");
    assert_eq!(sim.remaining(30_000), 2_600);
    sim.tick(32_600);
    assert_eq!((sim.run.phase(), sim.remaining(32_600)), (Phase::Holding, 5_000));
}

#[test]
fn nothing_waits_on_a_deadline_while_nothing_moves() {
    // (session, keys at 0, what is on screen)
    let cases = [
        ("Reps", "", "the pain question"),
        ("Reps", "⏎", "a reps set"),
        ("Holds", "⏎", "holds not started"),
        ("Walk", "⏎", "a walk not started"),
        ("Walk", "⏎  ", "a walk paused"),
        ("Holds", "⏎ s", "the skip question"),
        ("Reps", "⏎⏎q", "the leave question on a rest"),
        ("Single", "⏎⏎", "the pain question after"),
    ];
    for (session, keys, what) in cases {
        let mut sim = Sim::open(session);
        sim.keys(0, keys);
        assert_eq!(sim.deadline(0), None, "{what}");
        assert_eq!(sim.deadline(123_456), None, "{what}");
    }
}

// ---------------------------------------------------------------------------------------
// Walks

#[test]
fn a_thirty_minute_walk_ticked_at_every_deadline_reaches_its_target_on_time() {
    let mut sim = Sim::open("Walk");
    sim.keys(0, "⏎");
    assert_eq!(sim.run.progress(), (0, 1));
    let start = 100_250;
    sim.keys(start, " ");
    assert_eq!(sim.run.phase(), Phase::Running);

    let mut now = start;
    let mut ticks = 0;
    let mut bells = Vec::new();
    while !sim.run.target_reached() {
        let next = sim.deadline(now).expect("a running walk has a deadline");
        assert!(next > now && next - now <= 1_000, "{now} -> {next}");
        now = next;
        ticks += 1;
        if sim.tick(now) == ["bell"] {
            bells.push(now);
        }
        assert!(ticks <= 1_800, "the target must be reached after 30 minutes");
    }
    assert_eq!(now, start + 30 * 60 * 1_000);
    assert_eq!(ticks, 1_800, "once a second");
    assert_eq!(bells, [now]);
    assert_eq!(sim.run.timer().elapsed(mono(now)), Duration::from_secs(1_800));

    // The walk counts on past its target, without ringing again.
    for _ in 0..5 {
        now = sim.deadline(now).unwrap();
        assert!(sim.tick(now).is_empty());
    }
    assert_eq!(sim.place(), "walk 1");
    assert_eq!(sim.keys(now, "⏎"), ["done walk 1 sets 1805s", "ended finished 1 done 0 skipped"]);
    assert_eq!(sim.run.stage(), Stage::PainAfter);
}

/// Keys pressed, each at its time in milliseconds.
type Presses = &'static [(u64, &'static str)];

#[test]
fn a_walk_records_the_seconds_walked() {
    // (keys at their times, what is recorded)
    let cases: [(Presses, &[&str]); 6] = [
        (&[(0, " "), (754_600, "⏎")], &["done walk 1 sets 754s"]),
        (&[(0, " "), (100_000, "+"), (200_000, "⏎")], &["done walk 1 sets 260s"]),
        (&[(0, " "), (30_000, "-"), (90_000, "⏎")], &["done walk 1 sets 60s"]),
        (&[(0, " "), (300_000, " "), (1_000_000, " "), (1_100_000, "⏎")], &["done walk 1 sets 400s"]),
        (&[(50_000, "⏎")], &["done walk 1 sets 1800s"]),
        (&[(0, " "), (2_000_000, "⏎")], &["bell", "done walk 1 sets 2000s"]),
    ];
    for (keys, recorded) in cases {
        let mut sim = Sim::open("Walk");
        sim.keys(0, "⏎");
        let mut lines = Vec::new();
        for (ms, keys) in keys {
            lines.extend(sim.keys(*ms, keys));
        }
        let mut expected: Vec<String> = recorded.iter().map(|line| line.to_string()).collect();
        expected.push("ended finished 1 done 0 skipped".into());
        assert_eq!(lines, expected, "{keys:?}");
        assert_eq!(sim.run.outcomes(), [Outcome::Done]);
    }
}

// ---------------------------------------------------------------------------------------
// Skipping and going back

#[test]
fn skipping_an_exercise_asks_why() {
    // (keys after `s`, what is recorded)
    let cases = [
        ("knee hurts⏎", Some("skip bridge: knee hurts")),
        ("kneex⌫⏎", Some("skip bridge: knee")),
        ("  no time  ⏎", Some("skip bridge: no time")),
        ("⏎", Some("skip bridge")),
        ("   ⏎", Some("skip bridge")),
        ("abc⎋", None),
    ];
    for (keys, recorded) in cases {
        let mut sim = Sim::open("Reps");
        sim.keys(0, "⏎");
        assert!(sim.keys(1_000, "s").is_empty());
        assert_eq!(sim.run.prompt(), Prompt::SkipReason, "{keys:?}");
        // Typed text is the reason, not commands: `q`, `b`, `n` and space are letters here.
        let lines = sim.keys(2_000, keys);
        assert_eq!(sim.run.prompt(), Prompt::None, "{keys:?}");
        assert_eq!(sim.run.typed(), "", "{keys:?}");
        match recorded {
            Some(line) => {
                assert_eq!(lines, [line], "{keys:?}");
                assert_eq!(sim.place(), "squat 1", "{keys:?}");
                assert_eq!(sim.run.outcomes(), [Outcome::Skipped, Outcome::Pending]);
                assert_eq!(sim.run.progress(), (2, 3), "both sets of the skipped exercise count");
                assert_eq!(
                    sim.keys(3_000, "⏎"),
                    ["set squat 1 reps 8", "done squat 1 sets", "ended finished 1 done 1 skipped"]
                );
            }
            None => {
                assert!(lines.is_empty(), "{keys:?}");
                assert_eq!((sim.place(), sim.run.count()), ("bridge 1".into(), 10), "{keys:?}");
                assert_eq!(sim.run.outcomes(), [Outcome::Pending, Outcome::Pending]);
                assert_eq!(sim.run.progress(), (0, 3));
            }
        }
    }
}

#[test]
fn a_reason_may_hold_command_letters() {
    let mut sim = Sim::open("Reps");
    sim.keys(0, "⏎");
    assert_eq!(sim.keys(1_000, "sq b n +⏎"), ["skip bridge: q b n +"]);
    assert_eq!(sim.run.stage(), Stage::Working);
}

#[test]
fn skipping_a_rest_goes_to_the_next_set_and_a_later_skip_keeps_the_sets_done() {
    let mut sim = Sim::open("Reps");
    sim.keys(0, "⏎");
    assert_eq!(sim.keys(10_000, "⏎"), ["set bridge 1 reps 10"]);
    assert_eq!(sim.place(), "rest after bridge 1");
    assert!(sim.keys(15_000, "s").is_empty(), "a rest is skipped at once: no question, no bell");
    assert_eq!(sim.run.prompt(), Prompt::None);
    assert_eq!((sim.place(), sim.run.phase()), ("bridge 2".into(), Phase::Waiting));
    assert_eq!(sim.run.progress(), (1, 3));
    // The skipped rest does not ring later either.
    assert!(sim.tick(60_000).is_empty());

    assert_eq!(sim.keys(61_000, "s⏎"), ["skip bridge"]);
    assert_eq!(sim.run.progress(), (2, 3));
    assert_eq!(sim.run.outcomes(), [Outcome::Skipped, Outcome::Pending]);
    assert_eq!(sim.keys(62_000, "s⏎"), ["skip squat", "ended finished 0 done 2 skipped"]);
    assert_eq!(sim.run.stage(), Stage::PainAfter);
    assert_eq!(
        sim.log,
        [
            "started bridge,squat",
            "set bridge 1 reps 10",
            "skip bridge",
            "skip squat",
            "ended finished 0 done 2 skipped"
        ]
    );
}

#[test]
fn enter_on_a_rest_ends_it() {
    let mut sim = Sim::open("Reps");
    sim.keys(0, "⏎⏎");
    assert_eq!(sim.place(), "rest after bridge 1");
    assert!(sim.keys(5_000, "n").is_empty());
    assert_eq!(sim.place(), "bridge 2");
}

#[test]
fn cancelling_a_skip_leaves_the_hold_where_it_was() {
    let mut sim = Sim::open("Holds");
    sim.keys(0, "⏎ ");
    sim.tick(4_000);
    assert_eq!((sim.run.phase(), sim.remaining(4_000)), (Phase::Holding, 4_000));
    sim.keys(5_000, "s");
    assert_eq!(sim.run.prompt(), Prompt::SkipReason);
    assert_eq!(sim.deadline(5_000), None);
    // The hold does not run on while the patient types, and goes on when they don't skip.
    assert!(sim.keys(20_000, "x⎋").is_empty());
    assert_eq!(sim.run.prompt(), Prompt::None);
    assert_eq!(
        (sim.place(), sim.run.phase(), sim.remaining(20_000)),
        ("brace 1".into(), Phase::Holding, 3_000)
    );
    assert!(!sim.run.is_paused());
    assert!(sim.tick(22_999).is_empty());
    assert_eq!(sim.tick(23_000), ["bell"]);
    assert_eq!((sim.run.phase(), sim.run.count()), (Phase::Relaxing, 1));
}

#[test]
fn going_back_redoes_a_set_and_the_new_record_supersedes() {
    let mut sim = Sim::open("Reps");
    sim.keys(0, "⏎");
    // On the first step, back starts it afresh.
    sim.keys(1_000, "++");
    assert_eq!(sim.run.count(), 12);
    assert!(sim.keys(2_000, "b").is_empty());
    assert_eq!((sim.place(), sim.run.count()), ("bridge 1".into(), 10));

    assert_eq!(sim.keys(10_000, "⏎"), ["set bridge 1 reps 10"]);
    assert_eq!(sim.run.progress(), (1, 3));
    // Back from the rest: to the set before it, not done any more.
    assert!(sim.keys(12_000, "b").is_empty());
    assert_eq!((sim.place(), sim.run.phase(), sim.run.count()), ("bridge 1".into(), Phase::Waiting, 10));
    assert_eq!(sim.run.progress(), (0, 3));
    assert_eq!(sim.deadline(12_000), None, "the rest is gone");
    assert!(sim.tick(45_000).is_empty(), "and does not ring");

    sim.keys(13_000, "+");
    assert_eq!(sim.keys(50_000, "⏎"), ["set bridge 1 reps 11"]);
    assert_eq!(sim.place(), "rest after bridge 1");
    assert_eq!(sim.remaining(50_000), 30_000, "a fresh rest");
    assert_eq!(sim.run.progress(), (1, 3));
    assert_eq!(sim.tick(80_000), ["bell"]);
    assert_eq!(sim.keys(90_000, "⏎"), ["set bridge 2 reps 10", "done bridge 2 sets"]);
    assert_eq!(sim.run.outcomes(), [Outcome::Done, Outcome::Pending]);

    // Back from the next exercise: the last set again, the exercise no longer done.
    assert!(sim.keys(91_000, "b").is_empty());
    assert_eq!(sim.place(), "bridge 2");
    assert_eq!(sim.run.outcomes(), [Outcome::Pending, Outcome::Pending]);
    assert_eq!(sim.run.progress(), (1, 3));
    sim.keys(92_000, "-");
    assert_eq!(sim.keys(93_000, "⏎"), ["set bridge 2 reps 9", "done bridge 2 sets"]);
    assert_eq!(
        sim.keys(94_000, "⏎"),
        ["set squat 1 reps 8", "done squat 1 sets", "ended finished 2 done 0 skipped"]
    );

    // The journal keeps every record; the last one of each set is what stands.
    let mut last: Vec<(u32, Option<u32>)> = Vec::new();
    for entry in sim.entries() {
        if let Event::SetDone { asked, set, reps, .. } = &entry.event
            && asked.exercise == "bridge"
        {
            last.retain(|(s, _)| s != set);
            last.push((*set, *reps));
        }
    }
    last.sort();
    assert_eq!(last, [(1, Some(11)), (2, Some(9))]);
    assert_eq!(sim.log.iter().filter(|line| line.starts_with("set bridge")).count(), 4);
}

#[test]
fn going_back_during_a_hold_starts_it_afresh() {
    let mut sim = Sim::open("Holds");
    sim.keys(0, "⏎ ");
    sim.tick(9_000);
    assert_eq!((sim.run.phase(), sim.run.count()), (Phase::Relaxing, 1));
    assert!(sim.keys(9_500, "b").is_empty());
    assert_eq!((sim.place(), sim.run.phase(), sim.run.count()), ("brace 1".into(), Phase::Waiting, 0));
    assert_eq!(sim.deadline(9_500), None);
    assert!(sim.tick(60_000).is_empty());
}

// ---------------------------------------------------------------------------------------
// Leaving

#[test]
fn answering_no_to_leaving_stays() {
    for answer in ["n", "N", "⎋"] {
        let mut sim = Sim::open("Reps");
        sim.keys(0, "⏎");
        sim.keys(1_000, "+");
        for ask in ["q", "⎋"] {
            assert!(sim.keys(2_000, ask).is_empty());
            assert_eq!(sim.run.prompt(), Prompt::ConfirmLeave, "{ask:?}");
            // Other keys do nothing while asked.
            assert!(sim.keys(2_500, "+b s1").is_empty());
            assert!(sim.keys(3_000, answer).is_empty(), "{answer:?}");
            assert_eq!(sim.run.prompt(), Prompt::None, "{answer:?}");
        }
        assert_eq!((sim.run.stage(), sim.place(), sim.run.count()), (Stage::Working, "bridge 1".into(), 11));
        assert_eq!(sim.run.ending(), None);
        assert_eq!(sim.log, ["started bridge,squat"]);
    }
}

#[test]
fn leaving_records_the_end_with_what_was_done_and_skipped() {
    for answer in ["y", "Y", "⏎", "q"] {
        let mut sim = Sim::open("Mixed");
        assert_eq!(sim.run.progress(), (0, 7));
        sim.keys(0, "4⏎");
        sim.keys(10_000, "⏎");
        sim.tick(40_000);
        sim.keys(50_000, "⏎");
        sim.keys(60_000, "sno time⏎");
        assert_eq!(sim.place(), "walk 1");
        sim.keys(70_000, " ");
        assert!(sim.keys(100_000, "q").is_empty());
        assert_eq!(sim.keys(101_000, answer), ["ended left 1 done 1 skipped"], "{answer:?}");
        // The summary shows what was kept; Enter closes it.
        assert_eq!(sim.run.stage(), Stage::Summary);
        assert!(sim.keys(102_000, "⏎").is_empty());
        assert_eq!(sim.run.stage(), Stage::Over);
        assert_eq!(sim.run.ending(), Some(Ending::Left));
        assert_eq!(sim.run.worked(), Some(Duration::from_secs(101)));
        assert_eq!(sim.run.outcomes(), [Outcome::Done, Outcome::Skipped, Outcome::Pending]);
        assert_eq!(
            sim.log,
            [
                "started bridge,clam,walk",
                "pain before 4",
                "set bridge 1 reps 10",
                "bell",
                "set bridge 2 reps 10",
                "done bridge 2 sets",
                "skip clam: no time",
                "ended left 1 done 1 skipped",
            ],
            "{answer:?}"
        );
        // Nothing more after leaving: no walk recorded, no second end.
        assert!(sim.keys(200_000, "⏎ nq y").is_empty());
        assert!(sim.tick(3_000_000).is_empty());
    }
}

#[test]
fn leaving_from_the_pain_question() {
    let mut sim = Sim::open("Reps");
    sim.keys(0, "5q");
    assert_eq!(sim.run.prompt(), Prompt::ConfirmLeave);
    assert_eq!(sim.keys(1_000, "y"), ["ended left 0 done 0 skipped"]);
    assert_eq!(sim.run.stage(), Stage::Over);
    assert_eq!(sim.run.pain(), (None, None));
    assert_eq!(sim.log, ["started bridge,squat", "ended left 0 done 0 skipped"]);

    // Staying keeps what was typed.
    let mut sim = Sim::open("Reps");
    sim.keys(0, "5qn");
    assert_eq!((sim.run.stage(), sim.run.typed()), (Stage::PainBefore, "5"));
    assert_eq!(sim.keys(1_000, "⏎"), ["pain before 5"]);
}

// ---------------------------------------------------------------------------------------
// Pain

#[test]
fn pain_scores_are_typed_as_digits() {
    // (keys, shown before the last key, last key, score recorded)
    let cases: [(&str, &str, char, Option<u8>); 13] = [
        ("10", "10", '⏎', Some(10)),
        ("73", "3", '⏎', Some(3)),
        ("100", "0", '⏎', Some(0)),
        ("0", "0", '⏎', Some(0)),
        ("05", "5", '⏎', Some(5)),
        ("99", "9", '⏎', Some(9)),
        ("10⌫", "1", '⏎', Some(1)),
        ("5⌫2", "2", '⏎', Some(2)),
        ("x7", "7", '⏎', Some(7)),
        ("⌫", "", '⏎', None),
        ("", "", '⏎', None),
        ("4", "4", '⎋', None),
        ("4", "4", 's', None),
    ];
    for moment in [PainMoment::Before, PainMoment::After] {
        for (keys, shown, last, score) in cases {
            let what = format!("{moment:?} {keys:?} then {last:?}");
            let mut sim = Sim::open("Single");
            if moment == PainMoment::After {
                sim.keys(0, "⏎⏎");
                assert_eq!(sim.run.stage(), Stage::PainAfter);
            }
            let before = sim.log.len();
            sim.keys(1_000, keys);
            assert_eq!(sim.run.typed(), shown, "{what}");
            sim.keys(1_000, &last.to_string());
            assert_eq!(sim.run.typed(), "", "{what}");
            let next = if moment == PainMoment::Before { Stage::Working } else { Stage::Note };
            assert_eq!(sim.run.stage(), next, "{what}");
            let (given_before, given_after) = sim.run.pain();
            let given = if moment == PainMoment::Before { given_before } else { given_after };
            assert_eq!(given, score, "{what}");
            let recorded: Vec<(PainMoment, u8)> = sim
                .entries()
                .iter()
                .filter_map(|entry| match entry.event {
                    Event::Pain { moment, score } => Some((moment, score)),
                    _ => None,
                })
                .collect();
            assert_eq!(
                recorded,
                score.map(|score| (moment, score)).into_iter().collect::<Vec<_>>(),
                "{what}"
            );
            assert_eq!(sim.log.len() - before, usize::from(score.is_some()), "{what}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// What every entry carries

#[test]
fn every_entry_is_stamped_with_the_run_and_the_dose_asked_that_week() {
    // Week 2: the bridge has stepped up from 10 to 12 reps.
    let mut sim = Sim::open_in_week("Mixed", 2);
    let planned = match &sim.entries()[0].event {
        Event::Started { planned } => planned.clone(),
        other => panic!("starts with Started, not {other:?}"),
    };
    assert_eq!(planned.len(), 3);
    let doses: Vec<(&str, usize, u8, &DoseRecord)> = planned
        .iter()
        .map(|asked| (asked.exercise.as_str(), asked.position, asked.level, &asked.dose))
        .collect();
    let dose = |sets, reps, duration_s, sides: Option<&str>| DoseRecord {
        sets,
        reps,
        hold_s: None,
        duration_s,
        sides: sides.map(Into::into),
    };
    assert_eq!(
        doses,
        [
            ("bridge", 0, 1, &dose(2, Some(12), None, None)),
            ("clam", 1, 1, &dose(2, Some(8), None, Some("left-then-right"))),
            ("walk", 2, 1, &dose(1, None, Some(1_800), None)),
        ]
    );
    sim.keys(1_000, "1⏎");
    assert_eq!(sim.run.count(), 12, "the day's reps to count down from");
    sim.keys(2_000, "⏎"); // set 1
    sim.keys(3_000, "⏎"); // ends the rest: nothing recorded
    sim.keys(4_000, "⏎"); // set 2, the bridge done
    sim.keys(5_000, "⏎⏎"); // clam set 1, both sides
    sim.keys(6_000, "⏎"); // ends the rest
    sim.keys(7_000, "⏎"); // clam set 2 left
    sim.keys(8_000, "s⏎"); // and skipped
    sim.keys(9_000, " ");
    sim.keys(69_000, "⏎");
    sim.keys(70_000, "0⏎");
    sim.keys(71_000, "ok⏎⏎");
    assert_eq!(sim.run.stage(), Stage::Over);
    assert_eq!(
        sim.log,
        [
            "started bridge,clam,walk",
            "pain before 1",
            "set bridge 1 reps 12",
            "set bridge 2 reps 12",
            "done bridge 2 sets",
            "set clam 1 left reps 8",
            "set clam 1 right reps 8",
            "set clam 2 left reps 8",
            "skip clam",
            "done walk 1 sets 60s",
            "ended finished 2 done 1 skipped",
            "pain after 0",
            "note: ok",
        ]
    );

    let entries = sim.entries();
    assert_eq!(entries.len(), 13);
    for entry in &entries {
        assert_eq!(entry.v, 1);
        assert_eq!(entry.run, RUN_ID);
        assert_eq!(entry.session, "Mixed");
        assert_eq!(entry.day, day());
        assert_eq!(entry.program, ProgramRef::new("Session core", &content_hash(PROGRAM)));
        let line = entry.to_line();
        assert!(line.starts_with(r#"{"v":1,"#), "{line}");
        assert!(line.contains(&format!(r#""run":"{RUN_ID}""#)), "{line}");
        if let Event::SetDone { asked, .. }
        | Event::ExerciseDone { asked, .. }
        | Event::Skipped { asked, .. } = &entry.event
        {
            assert_eq!(asked, &planned[asked.position], "recorded with the dose asked");
        }
    }
    // Each entry carries the wall time of the moment it was made.
    let times: Vec<DateTime<FixedOffset>> = entries.iter().map(|entry| entry.at).collect();
    let expected: Vec<DateTime<FixedOffset>> =
        [0, 1_000, 2_000, 4_000, 4_000, 5_000, 5_000, 7_000, 8_000, 69_000, 69_000, 70_000, 71_000]
            .into_iter()
            .map(wall)
            .collect();
    assert_eq!(times, expected);
    assert_eq!(sim.run.context().run, RUN_ID);
}

#[test]
fn a_hold_stands_still_while_leaving_is_asked_and_goes_on_after_no() {
    let mut sim = Sim::open("Holds");
    sim.keys(0, "⏎ ");
    sim.tick(4_000);
    assert_eq!((sim.run.phase(), sim.remaining(4_000)), (Phase::Holding, 4_000));
    sim.keys(5_000, "q");
    assert_eq!(sim.run.prompt(), Prompt::ConfirmLeave);
    assert!(sim.run.is_paused());
    // Nothing rings behind the question, however long the patient takes.
    assert!(sim.tick(60_000).is_empty());
    sim.keys(60_000, "n");
    assert_eq!((sim.run.phase(), sim.remaining(60_000)), (Phase::Holding, 3_000));
    assert!(!sim.run.is_paused());
    assert_eq!(sim.tick(63_000), ["bell"]);
}
