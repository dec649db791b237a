//! The History screen as the patient sees it, at 80 x 24 and without colour, from a
//! journal written by hand: six weeks of sessions done, partly done and missed, walks
//! done and logged, pain scores and notes.

use std::time::Duration;

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rehabit::journal::{Asked, DoseRecord, Ending, Entry, Event, FORMAT_VERSION, PainMoment, ProgramRef};
use rehabit::plan::dose_in_week;
use rehabit::program::Program;
use rehabit::session::{Key, Now};
use rehabit::tui::Reminders;
use rehabit::tui::app::{App, Press, Screen};

/// Mobility on set days and walks three times a week: a calendar with rest days and
/// a weekly quota.
const PROGRAMME: &str = r#"
[program]
title = "Back basics"

[[session]]
name = "Mobility"
when = ["monday", "wednesday", "friday"]
exercises = ["cat-camel", "bridge"]

[[session]]
name = "Walk"
when = "3 times a week"
exercises = ["walk"]

[[exercise]]
id = "cat-camel"
name = "Cat and camel"
kind = "mobility"
reps = 10
steps = ["On hands and knees, round your back up, then let it sag gently."]
cues = ["Move slowly"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "stabilisation"
reps = 8
steps = ["Lie on your back, knees bent, and lift your hips."]
cues = ["Squeeze your buttocks"]

[[exercise]]
id = "walk"
name = "Brisk walk"
kind = "walking"
duration = "20m"
steps = ["Walk at a brisk, steady pace."]
cues = ["You can talk, but you'd rather not sing"]
"#;

/// Friday 10 April 2026, 9 in the morning: the sixth week of a programme started on
/// Monday 2 March.
const TODAY: &str = "2026-04-10T09:00:00+01:00";
const START: &str = "2026-03-02";

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a valid test date")
}

fn at(day: NaiveDate, hour: u32) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(3600).expect("a valid offset");
    day.and_hms_opt(hour, 0, 0).expect("a valid time").and_local_timezone(offset).unwrap()
}

fn program() -> Program {
    let checked = rehabit::program::check(PROGRAMME);
    checked.program.unwrap_or_else(|| panic!("a valid programme: {:?}", checked.problems))
}

/// One sitting, as the journal records it.
struct Sitting<'a> {
    day: &'a str,
    session: &'a str,
    pain: Option<(u8, u8)>,
    /// The position of an exercise skipped, and why.
    skipped: Option<(usize, &'a str)>,
    note: Option<&'a str>,
    minutes: u64,
}

impl<'a> Sitting<'a> {
    fn of(session: &'a str, day: &'a str) -> Sitting<'a> {
        Sitting { day, session, pain: None, skipped: None, note: None, minutes: 0 }
    }
}

/// A journal written by hand.
struct Journal {
    program: Program,
    entries: Vec<Entry>,
    runs: u32,
}

impl Journal {
    fn new() -> Journal {
        Journal { program: program(), entries: Vec::new(), runs: 0 }
    }

    fn push(&mut self, day: NaiveDate, hour: u32, session: &str, run: &str, event: Event) {
        self.entries.push(Entry {
            v: FORMAT_VERSION,
            at: at(day, hour),
            day,
            program: ProgramRef { title: "Back basics".into(), hash: "0123abcd".into() }.into(),
            session: session.into(),
            run: run.into(),
            event,
        });
    }

    fn planned(&self, session: &str) -> Vec<Asked> {
        let session = self.program.sessions.iter().find(|s| s.name == session).expect("a session");
        session
            .exercises
            .iter()
            .enumerate()
            .map(|(position, id)| {
                let exercise = self.program.exercise(id).expect("an exercise");
                let (level, dose) = dose_in_week(exercise, 0);
                Asked { exercise: id.into(), position, level, dose: DoseRecord::from(&dose) }
            })
            .collect()
    }

    fn next_run(&mut self) -> String {
        self.runs += 1;
        format!("run-{}", self.runs)
    }

    /// A sitting done with rehabit open: every exercise done but the one skipped.
    fn sitting(&mut self, sitting: Sitting) -> String {
        let day = date(sitting.day);
        let run = self.next_run();
        let planned = self.planned(sitting.session);
        let push = |journal: &mut Journal, event| journal.push(day, 18, sitting.session, &run, event);
        push(self, Event::Started { planned: planned.clone().into() });
        if let Some((before, _)) = sitting.pain {
            push(self, Event::Pain { moment: PainMoment::Before, score: before });
        }
        for asked in &planned {
            match sitting.skipped {
                Some((position, reason)) if position == asked.position => {
                    push(self, Event::Skipped { asked: asked.clone(), reason: Some(reason.into()) });
                }
                _ => {
                    let seconds = (sitting.minutes > 0).then_some(sitting.minutes * 60);
                    push(self, Event::ExerciseDone { asked: asked.clone(), sets_done: 1, seconds });
                }
            }
        }
        if let Some((_, after)) = sitting.pain {
            push(self, Event::Pain { moment: PainMoment::After, score: after });
        }
        if let Some(text) = sitting.note {
            push(self, Event::Note { text: text.into() });
        }
        let skipped = usize::from(sitting.skipped.is_some());
        push(self, Event::Ended { ending: Ending::Finished, done: planned.len() - skipped, skipped });
        run
    }

    /// A walk logged afterwards.
    fn walk_logged(&mut self, day: &str, minutes: u64) -> String {
        let run = self.next_run();
        let event = Event::Logged {
            activity: "walk".into(),
            seconds: minutes * 60,
            pain_before: None,
            pain_after: None,
            note: None,
        };
        self.push(date(day), 20, "Walk", &run, event);
        run
    }

    fn marked_done(&mut self, session: &str, day: &str) {
        let run = self.next_run();
        let planned = self.planned(session);
        self.push(date(day), 20, session, &run, Event::MarkedDone { planned: planned.into() });
    }

    /// The next morning's pain, about the sessions of `day`.
    fn morning(&mut self, day: &str, score: u8) {
        let about = date(day);
        let run = format!("morning-{}", about + Days::new(1));
        self.entries.push(Entry {
            v: FORMAT_VERSION,
            at: at(about + Days::new(1), 8),
            day: about,
            program: ProgramRef { title: "Back basics".into(), hash: "0123abcd".into() }.into(),
            session: Default::default(),
            run: run.into(),
            event: Event::Pain { moment: PainMoment::NextMorning, score },
        });
    }

    fn cancel(&mut self, run: &str, day: &str) {
        let cancelling = self.next_run();
        self.push(date(day), 21, "Walk", &cancelling, Event::Cancelled { cancels: run.into(), reason: None });
    }
}

/// Six weeks: all done; partly and a day missed; too much pain once; a session
/// marked done and a missed one; all done; and this week so far, Friday still to do.
fn six_weeks() -> Vec<Entry> {
    let mut j = Journal::new();
    let pain = |before, after| Some((before, after));
    // Week 1.
    j.sitting(Sitting { pain: pain(3, 3), ..Sitting::of("Mobility", "2026-03-02") });
    j.walk_logged("2026-03-03", 20);
    j.sitting(Sitting { pain: pain(3, 4), ..Sitting::of("Mobility", "2026-03-04") });
    j.sitting(Sitting { minutes: 25, ..Sitting::of("Walk", "2026-03-05") });
    j.sitting(Sitting { pain: pain(3, 3), ..Sitting::of("Mobility", "2026-03-06") });
    j.walk_logged("2026-03-07", 20);
    // Week 2.
    j.sitting(Sitting { pain: pain(3, 4), ..Sitting::of("Mobility", "2026-03-09") });
    j.sitting(Sitting {
        pain: pain(4, 5),
        skipped: Some((1, "knee sore")),
        ..Sitting::of("Mobility", "2026-03-11")
    });
    j.walk_logged("2026-03-15", 15);
    // Week 3.
    j.sitting(Sitting { pain: pain(3, 6), ..Sitting::of("Mobility", "2026-03-16") });
    j.morning("2026-03-16", 4);
    j.walk_logged("2026-03-17", 20);
    j.sitting(Sitting { pain: pain(3, 4), ..Sitting::of("Mobility", "2026-03-18") });
    j.sitting(Sitting {
        pain: pain(2, 3),
        note: Some("Felt easier"),
        ..Sitting::of("Mobility", "2026-03-20")
    });
    j.walk_logged("2026-03-21", 30);
    // Week 4.
    j.marked_done("Mobility", "2026-03-23");
    j.walk_logged("2026-03-24", 20);
    j.walk_logged("2026-03-26", 20);
    j.sitting(Sitting { pain: pain(2, 3), ..Sitting::of("Mobility", "2026-03-27") });
    j.walk_logged("2026-03-28", 35);
    // Week 5.
    j.sitting(Sitting { pain: pain(2, 2), ..Sitting::of("Mobility", "2026-03-30") });
    j.walk_logged("2026-03-31", 20);
    j.sitting(Sitting { pain: pain(2, 3), ..Sitting::of("Mobility", "2026-04-01") });
    j.walk_logged("2026-04-02", 25);
    j.sitting(Sitting { pain: pain(2, 2), ..Sitting::of("Mobility", "2026-04-03") });
    j.walk_logged("2026-04-04", 20);
    // Week 6, up to this Friday morning.
    j.sitting(Sitting { pain: pain(2, 3), ..Sitting::of("Mobility", "2026-04-06") });
    j.morning("2026-04-06", 2);
    j.walk_logged("2026-04-07", 20);
    let mistake = j.walk_logged("2026-04-07", 45);
    j.cancel(&mistake, "2026-04-07");
    j.sitting(Sitting {
        pain: pain(2, 4),
        note: Some("Back a bit stiff after sitting all day"),
        ..Sitting::of("Mobility", "2026-04-08")
    });
    j.morning("2026-04-08", 3);
    j.entries
}

/// The app on the Today screen, on `today`, with `entries` read from the journal.
fn app(start: &str, today: &str, entries: Vec<Entry>) -> App {
    let program = program();
    App {
        program_ref: ProgramRef::new(&program.about.title, "0123abcd"),
        program,
        start: date(start),
        is_default: false,
        entries,
        screen: Screen::Today,
        selected: 0,
        help: false,
        notice: None,
        banner: None,
        reminders: Reminders::off(),
        morning_skipped: None,
        now: now(today),
        instance: 7,
        colour: false,
        history: Default::default(),
    }
}

fn now(wall: &str) -> Now {
    Now {
        mono: Duration::from_secs(5_000),
        wall: DateTime::parse_from_rfc3339(wall).expect("a valid test date"),
    }
}

fn press(app: &mut App, press: Press) {
    let now = app.now;
    app.handle(press, now);
}

fn history(start: &str, entries: Vec<Entry>) -> App {
    let mut app = app(start, TODAY, entries);
    app.tick(now(TODAY));
    assert!(matches!(app.screen, Screen::Today), "no morning check is due");
    press(&mut app, Press::Key(Key::Char('h')));
    assert!(matches!(app.screen, Screen::History { week_offset: 0 }));
    app
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| frame.render_widget(app, frame.area())).expect("drawing never fails");
    terminal
}

fn footer(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let y = buffer.area.height - 1;
    (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect()
}

fn week_offset(app: &App) -> u32 {
    match app.screen {
        Screen::History { week_offset } => week_offset,
        _ => panic!("not on the History screen"),
    }
}

#[test]
fn history_six_weeks() {
    let app = history(START, six_weeks());
    insta::assert_snapshot!("history_six_weeks", draw(&app, 80, 24).backend());
}

#[test]
fn history_a_week_back() {
    let mut app = history(START, six_weeks());
    press(&mut app, Press::Left);
    insta::assert_snapshot!("history_a_week_back", draw(&app, 80, 24).backend());
}

#[test]
fn history_with_nothing_recorded() {
    let app = history("2026-04-10", Vec::new());
    insta::assert_snapshot!("history_with_nothing_recorded", draw(&app, 80, 24).backend());
}

#[test]
fn history_larger_window() {
    let app = history(START, six_weeks());
    insta::assert_snapshot!("history_larger_window", draw(&app, 120, 40).backend());
}

#[test]
fn history_draws_at_the_smallest_size_with_a_footer() {
    for entries in [six_weeks(), Vec::new()] {
        let terminal = draw(&history(START, entries), 60, 18);
        assert!(footer(&terminal).contains("earlier week"), "{}", footer(&terminal));
    }
}

#[test]
fn left_and_right_move_through_the_weeks_within_the_programme() {
    let mut app = history(START, six_weeks());
    press(&mut app, Press::Right);
    assert_eq!(week_offset(&app), 0, "no week after this one");
    press(&mut app, Press::Left);
    press(&mut app, Press::Left);
    assert_eq!(week_offset(&app), 2);
    assert!(draw(&app, 80, 24).backend().to_string().contains("Week 4 · 23 to 29 March"));
    press(&mut app, Press::Right);
    assert_eq!(week_offset(&app), 1);
    for _ in 0..10 {
        press(&mut app, Press::Left);
    }
    assert_eq!(week_offset(&app), 5, "no further back than the programme's first week");
    assert!(draw(&app, 80, 24).backend().to_string().contains("Week 1 · 2 to 8 March"));
}

#[test]
fn the_footer_shows_the_history_keys_and_esc_goes_back() {
    let mut app = history(START, six_weeks());
    let shown = footer(&draw(&app, 80, 24));
    for hint in ["←", "earlier week", "→", "later week", "Esc", "back"] {
        assert!(shown.contains(hint), "{hint} missing from: {shown}");
    }
    press(&mut app, Press::Key(Key::Esc));
    assert!(matches!(app.screen, Screen::Today));
    assert!(footer(&draw(&app, 80, 24)).contains("history"));
    press(&mut app, Press::Key(Key::Char('h')));
    press(&mut app, Press::Left);
    press(&mut app, Press::Key(Key::Char('h')));
    assert!(matches!(app.screen, Screen::Today), "h goes back too");
    press(&mut app, Press::Key(Key::Char('h')));
    assert_eq!(week_offset(&app), 0, "opens on this week again");
}
