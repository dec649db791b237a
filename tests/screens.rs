//! Every screen as the patient sees it, at 80 x 24 and without colour, reached by
//! driving the app with key presses and hand-made times (never the real clock).

use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rehabit::journal::{AskedBecause, Entry, Event, PainMoment, ProgramRef, SafetyAnswer, SafetyLevel};
use rehabit::safety::QUESTIONS;
use rehabit::session::{Key, Now, Phase, Stage};
use rehabit::tui::Reminders;
use rehabit::tui::app::{Action, App, Press, Screen};
use rehabit::tui::safety::Step;

/// A small programme with one exercise of each kind, for exact control of the session
/// screens: sets with rests, holds, one side then the other, and a walk.
const ROUTINE: &str = r#"
[program]
title = "Back basics"

[[session]]
name = "Morning routine"
when = "every day"
exercises = ["sit-to-stand", "bridge", "split-squat", "walk"]

[[exercise]]
id = "sit-to-stand"
name = "Sit to stand"
kind = "strength"
sets = 3
reps = 10
rest_between_sets = "45s"
steps = [
  "Sit on the front half of a firm chair, feet flat and hip-width apart.",
  "Lean forward a little and stand up without using your hands.",
  "Sit back down slowly, as if the chair were further away than it is.",
]
cues = ["Nose over toes", "Slow on the way down"]

[[exercise]]
id = "bridge"
name = "Bridge hold"
kind = "stabilisation"
reps = 3
hold = "10s"
rest = "5s"
steps = [
  "Lie on your back with your knees bent and your feet flat on the floor.",
  "Squeeze your buttocks and lift your hips until your body makes a straight line from shoulders to knees.",
  "Hold, then lower slowly.",
]
cues = ["Keep breathing"]

[[exercise]]
id = "split-squat"
name = "Split squat"
kind = "strength"
reps = 8
sides = "left-then-right"
steps = [
  "Stand with one foot a long step in front of the other, holding a worktop if you like.",
  "Bend both knees to lower straight down, then push back up.",
  "Do all the repetitions on one side, then change legs.",
]
cues = ["Front knee over the middle of the foot"]

[[exercise]]
id = "walk"
name = "Brisk walk"
kind = "walking"
duration = "10m"
steps = [
  "Start at an easy pace to warm up, then pick up to a brisk, steady pace.",
  "Slow down again for the last couple of minutes.",
]
cues = ["You can talk, but you'd rather not sing"]
"#;

/// Wednesday 11 March 2026, 9 in the morning.
const WEDNESDAY: &str = "2026-03-11T09:00:00+01:00";
/// The evening before.
const TUESDAY: &str = "2026-03-10T18:00:00+01:00";
/// The Monday of that week.
const MONDAY: &str = "2026-03-09T18:00:00+01:00";

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a valid test date")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a valid test date")
}

fn bundled(name: &str) -> String {
    rehabit::bundled::find(name).expect("a bundled programme").source.to_string()
}

/// The patient at the keyboard: the app, and a hand-made clock that only moves when
/// told to.
struct Patient {
    app: App,
    /// The programme as written, before it is shown in the patient's language.
    written: rehabit::program::Program,
    /// The wall clock when the monotonic clock read `ORIGIN`.
    wall: DateTime<FixedOffset>,
    mono: Duration,
}

/// The monotonic clock's reading at the start: not zero, like a real one.
const ORIGIN: Duration = Duration::from_secs(5_000);

impl Patient {
    fn new(source: &str, start: NaiveDate, wall: &str) -> Patient {
        let checked = rehabit::program::check(source);
        let program = checked.program.unwrap_or_else(|| panic!("a valid programme: {:?}", checked.problems));
        // As rehabit loads it: in the patient's language where the author gave one.
        let written = program.clone();
        let program = program.in_language(rehabit::i18n::language());
        let wall = at(wall);
        let now = Now { mono: ORIGIN, wall };
        let app = App {
            program_ref: ProgramRef::new(&program.about.title, "0123abcd"),
            program,
            start,
            is_default: false,
            entries: Vec::new(),
            screen: Screen::Today,
            selected: 0,
            help: false,
            notice: None,
            banner: None,
            reminders: Reminders::off(),
            morning_skipped: None,
            now,
            instance: 7,
            colour: false,
            history: Default::default(),
        };
        Patient { app, written, wall, mono: ORIGIN }
    }

    /// The routine above, on Wednesday, started that Monday.
    fn routine() -> Patient {
        Patient::new(ROUTINE, date("2026-03-09"), WEDNESDAY)
    }

    fn now(&self) -> Now {
        let since = TimeDelta::from_std(self.mono - ORIGIN).expect("a short test");
        Now { mono: self.mono, wall: self.wall + since }
    }

    /// Lets time pass, as the loop would, ticking the app.
    fn wait(&mut self, seconds: f64) {
        self.mono += Duration::from_secs_f64(seconds);
        self.app.tick(self.now());
    }

    /// Moves the clock to another moment (another day), as if rehabit was opened again.
    fn later(&mut self, wall: &str) {
        self.mono += Duration::from_secs(3_600);
        self.wall = at(wall) - TimeDelta::from_std(self.mono - ORIGIN).expect("a short test");
        self.app.tick(self.now());
    }

    fn press(&mut self, press: Press) {
        self.mono += Duration::from_millis(300);
        self.app.handle(press, self.now());
    }

    fn key(&mut self, key: Key) {
        self.press(Press::Key(key));
    }

    fn enter(&mut self) {
        self.key(Key::Enter);
    }

    fn char(&mut self, c: char) {
        self.key(Key::Char(c));
    }

    fn type_text(&mut self, text: &str) {
        text.chars().for_each(|c| self.char(c));
    }

    fn stage(&self) -> Option<Stage> {
        self.app.session().map(|run| run.stage())
    }

    fn exercise(&self) -> Option<String> {
        let run = self.app.session()?;
        run.step().map(|step| run.items()[step.item].version.name.clone())
    }

    /// Starts the chosen session and answers the first pain question with `pain`.
    fn start(&mut self, pain: Option<&str>) {
        assert!(matches!(self.app.screen, Screen::Today));
        self.enter();
        assert_eq!(self.stage(), Some(Stage::PainBefore));
        self.type_text(pain.unwrap_or(""));
        self.enter();
        assert_eq!(self.stage(), Some(Stage::Working));
    }

    /// The exercise's id now, whatever language its name is shown in.
    fn exercise_id(&self) -> Option<String> {
        let run = self.app.session()?;
        run.step().map(|step| run.items()[step.item].asked.exercise.to_string())
    }

    /// Marks steps done (rests ended early) until the exercise is `name` (as written in
    /// English).
    fn go_to(&mut self, name: &str) {
        let written = self.written.exercises.iter().find(|e| e.levels.iter().any(|(_, v)| v.name == name));
        let id = written.map(|e| e.id.clone());
        for _ in 0..50 {
            if self.exercise().as_deref() == Some(name) || (id.is_some() && self.exercise_id() == id) {
                return;
            }
            self.enter();
        }
        panic!("never reached {name}");
    }

    /// Goes through the rest of the session with Enter, giving `after` as the pain
    /// after it, back to Today.
    fn finish_with_pain(&mut self, after: &str) {
        for _ in 0..200 {
            match self.stage() {
                None => return,
                Some(Stage::PainAfter) => {
                    self.type_text(after);
                    self.enter();
                }
                Some(Stage::Note) => self.key(Key::Esc),
                Some(_) => self.enter(),
            }
        }
        panic!("the session never ended");
    }

    /// Answers the morning pain check that rehabit asks on opening.
    fn answer_morning(&mut self, score: &str) {
        assert!(matches!(self.app.screen, Screen::Morning(_)), "the morning check is asked");
        self.type_text(score);
        self.enter();
        assert!(matches!(self.app.screen, Screen::Today));
    }

    /// Goes through the whole of the chosen session with Enter, back to Today.
    fn finish_session(&mut self) {
        self.enter();
        for _ in 0..200 {
            match self.stage() {
                None => return,
                Some(Stage::Note) => self.key(Key::Esc),
                Some(_) => self.enter(),
            }
        }
        panic!("the session never ended");
    }
}

/// The app drawn on a test terminal.
fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| frame.render_widget(app, frame.area())).expect("drawing never fails");
    terminal
}

/// The text of one row of the screen.
fn row(terminal: &Terminal<TestBackend>, y: u16) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect()
}

fn footer(terminal: &Terminal<TestBackend>) -> String {
    row(terminal, terminal.backend().buffer().area.height - 1)
}

// The Today screen.

fn today_fresh() -> App {
    let mut patient = Patient::new(&bundled("acute-gentle-start"), date("2026-03-11"), WEDNESDAY);
    patient.app.is_default = true;
    patient.app
}

fn today_journal_notice() -> App {
    let mut patient = Patient::routine();
    patient.app.notice = Some(
        "2 entries not saved to the journal yet: the disk is full. They are kept and saved as soon as \
         possible; carry on."
            .to_string(),
    );
    patient.app
}

/// Core stability: the weekly session finished on Monday; today, on Wednesday, the
/// warm-up done, the second exercise skipped, then left.
fn today_partly_done() -> App {
    let mut patient = Patient::new(&bundled("core-stability"), date("2026-02-23"), MONDAY);
    patient.finish_session();
    patient.later(WEDNESDAY);
    patient.start(Some("2"));
    patient.enter();
    patient.char('s');
    patient.type_text("too sore today");
    patient.enter();
    patient.char('q');
    patient.char('y');
    assert_eq!(patient.stage(), Some(Stage::Summary));
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Today));
    patient.app
}

/// The walking plan: one walk of 12 minutes on Monday, nothing yet today.
fn today_walks_this_week() -> App {
    let mut patient = Patient::new(&bundled("walking-plan"), date("2026-03-02"), MONDAY);
    patient.start(None);
    patient.char(' ');
    patient.wait(12.0 * 60.0);
    patient.finish_session();
    patient.later(WEDNESDAY);
    patient.app
}

/// Every session of the gentle start done today.
fn today_all_done() -> App {
    let mut patient = Patient::new(&bundled("acute-gentle-start"), date("2026-03-09"), WEDNESDAY);
    for _ in 0..patient.app.program.sessions.len() {
        patient.finish_session();
    }
    assert_eq!(patient.app.today().next_up(), None);
    patient.app
}

/// The routine, left halfway: back on Today with what was done.
fn today_after_leaving() -> App {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.go_to("Bridge hold");
    patient.char('q');
    patient.char('y');
    assert_eq!(patient.stage(), Some(Stage::Summary));
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Today));
    patient.app
}

fn help_on_today() -> App {
    let mut patient = Patient::routine();
    patient.char('?');
    assert!(patient.app.help);
    patient.app
}

// The morning pain check, and what the pain-monitoring model says on Today.

/// The routine done on Tuesday evening, pain 3 before and 4 after; rehabit opened
/// again on Wednesday morning.
fn after_a_session_yesterday() -> Patient {
    let mut patient = Patient::new(ROUTINE, date("2026-03-09"), TUESDAY);
    patient.start(Some("3"));
    patient.finish_with_pain("4");
    patient.later(WEDNESDAY);
    patient
}

fn morning_check() -> App {
    let mut patient = after_a_session_yesterday();
    assert!(matches!(patient.app.screen, Screen::Morning(_)));
    patient.char('3');
    patient.app
}

/// Pain 4 after, and back to the usual 3 the next morning: the load was right.
fn today_verdict_hold() -> App {
    let mut patient = after_a_session_yesterday();
    patient.answer_morning("3");
    patient.app
}

/// The walking plan, a walk with pain 4 after it in the second week: the model holds
/// the walks at 10 minutes while the plan has moved on to 12.
fn today_held_back() -> App {
    let mut patient = Patient::new(&bundled("walking-plan"), date("2026-02-23"), "2026-03-03T10:00:00+01:00");
    patient.start(Some("2"));
    patient.char(' ');
    patient.wait(10.0 * 60.0);
    patient.finish_with_pain("4");
    patient.later(WEDNESDAY);
    assert!(patient.app.today().load.is_behind_plan());
    patient.app
}

/// Three weeks of the routine on Tuesdays, and each Wednesday morning more pain than
/// the week before: 2, 3, then 5.
fn today_morning_pain_rising() -> App {
    let mut patient = Patient::new(ROUTINE, date("2026-02-23"), "2026-02-24T18:00:00+01:00");
    for (tuesday, wednesday, morning) in [
        ("2026-02-24T18:00:00+01:00", "2026-02-25T09:00:00+01:00", "2"),
        ("2026-03-03T18:00:00+01:00", "2026-03-04T09:00:00+01:00", "3"),
        (TUESDAY, WEDNESDAY, "5"),
    ] {
        patient.later(tuesday);
        patient.start(Some("2"));
        patient.finish_with_pain("3");
        patient.later(wednesday);
        patient.answer_morning(morning);
    }
    assert!(patient.app.today().morning_pain_rising);
    patient.app
}

// The session screens, all on the routine above.

fn pain_before_typed() -> App {
    let mut patient = Patient::routine();
    patient.enter();
    patient.char('4');
    patient.app
}

/// The first exercise, set 2 of 3, once the rest after set 1 ran out by itself.
fn reps_set_2_after_rest() -> App {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.enter();
    patient.wait(46.0);
    let step = patient.app.session().and_then(|run| run.step()).expect("a step");
    assert_eq!((step.set, step.is_rest()), (2, false));
    patient.app
}

/// The rest after set 2, 12 seconds in.
fn rest_counting_down() -> App {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.enter();
    patient.enter();
    patient.enter();
    patient.wait(12.2);
    let step = patient.app.session().and_then(|run| run.step()).expect("a step");
    assert!(step.is_rest());
    patient.app
}

fn at_bridge() -> Patient {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.go_to("Bridge hold");
    patient
}

fn hold_waiting() -> App {
    at_bridge().app
}

fn hold_get_ready() -> App {
    let mut patient = at_bridge();
    patient.char(' ');
    patient.wait(1.2);
    assert_eq!(patient.app.session().map(|run| run.phase()), Some(Phase::GetReady));
    patient.app
}

/// The second hold, 3 seconds in.
fn hold_holding() -> App {
    let mut patient = at_bridge();
    patient.char(' ');
    patient.wait(2.7 + 10.0 + 5.0 + 3.0 + 3.0);
    assert_eq!(patient.app.session().map(|run| run.phase()), Some(Phase::Holding));
    patient.app
}

fn hold_paused() -> App {
    let mut patient = at_bridge();
    patient.char(' ');
    patient.wait(2.7 + 10.0 + 5.0 + 3.0 + 3.0);
    patient.char(' ');
    patient.wait(20.0);
    assert!(patient.app.session().is_some_and(|run| run.is_paused()));
    patient.app
}

fn hold_relaxing() -> App {
    let mut patient = at_bridge();
    patient.char(' ');
    patient.wait(2.7 + 10.0 + 2.0);
    assert_eq!(patient.app.session().map(|run| run.phase()), Some(Phase::Relaxing));
    patient.app
}

fn left_side() -> App {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.go_to("Split squat");
    patient.app
}

fn right_side() -> App {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.go_to("Split squat");
    patient.enter();
    patient.app
}

fn at_walk() -> Patient {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.go_to("Brisk walk");
    patient
}

fn walk_waiting() -> App {
    at_walk().app
}

fn walk_running() -> App {
    let mut patient = at_walk();
    patient.char(' ');
    patient.wait(3.0 * 60.0 + 25.0);
    patient.app
}

fn walk_target_reached() -> App {
    let mut patient = at_walk();
    patient.char(' ');
    patient.wait(10.0 * 60.0 + 40.0);
    assert!(patient.app.session().is_some_and(|run| run.target_reached()));
    patient.app
}

fn skip_reason() -> App {
    let mut patient = at_bridge();
    patient.char('s');
    patient.type_text("my knee hurt when I lifted");
    patient.app
}

fn confirm_leave() -> App {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.char('q');
    patient.app
}

/// The whole routine: sets done, the bridge skipped with a reason, the walk for 11
/// minutes, and on to the pain question after.
fn to_the_end() -> Patient {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.enter();
    patient.wait(50.0);
    patient.enter();
    patient.wait(50.0);
    patient.enter();
    patient.char('s');
    patient.type_text("knee hurt");
    patient.enter();
    patient.enter();
    patient.wait(40.0);
    patient.enter();
    patient.char(' ');
    patient.wait(11.0 * 60.0);
    patient.enter();
    assert_eq!(patient.stage(), Some(Stage::PainAfter));
    patient
}

fn pain_after_typed() -> App {
    let mut patient = to_the_end();
    patient.char('2');
    patient.app
}

fn note_typed() -> App {
    let mut patient = to_the_end();
    patient.char('2');
    patient.enter();
    patient.type_text("Walked to the park and back. Back a bit stiff in the morning, fine after.");
    patient.app
}

fn summary_finished() -> App {
    let mut patient = to_the_end();
    patient.char('2');
    patient.enter();
    patient.type_text("Felt good");
    patient.enter();
    assert_eq!(patient.stage(), Some(Stage::Summary));
    patient.app
}

/// Left halfway: the summary says what was kept.
fn summary_left_early() -> App {
    let mut patient = Patient::routine();
    patient.start(Some("3"));
    patient.go_to("Bridge hold");
    patient.char('q');
    patient.char('y');
    assert_eq!(patient.stage(), Some(Stage::Summary));
    patient.app
}

fn help_in_session() -> App {
    let mut patient = at_bridge();
    patient.char('?');
    patient.app
}

// Safety: what rehabit is and is not, the red-flag questions, the stop message, and
// "this hurts" in a session.

impl Patient {
    /// rehabit opening on this programme: the safety questions when they are due.
    fn open(&mut self) {
        self.app.ask_safety_at_open();
    }

    /// The answers to the safety questions in hand, `y` or `n` each.
    fn answer_safety(&mut self, answers: &str) {
        assert!(matches!(self.app.screen, Screen::Safety(_)), "the safety questions are asked");
        self.type_text(answers);
    }

    /// The safety step showing.
    fn safety_step(&self) -> Option<Step> {
        match &self.app.screen {
            Screen::Safety(check) => Some(check.step.clone()),
            _ => None,
        }
    }

    /// Answers given, as if on the day before: the first start is behind.
    fn answered_yesterday(mut self) -> Patient {
        let answers = QUESTIONS.iter().map(|q| SafetyAnswer { question: q.id.into(), yes: false }).collect();
        let event =
            Event::SafetyAnswered { because: AskedBecause::FirstStart, answers, outcome: SafetyLevel::Clear };
        let wall = self.wall - TimeDelta::days(1);
        let entry = Entry {
            v: rehabit::journal::FORMAT_VERSION,
            at: wall,
            day: wall.date_naive(),
            program: self.app.program_ref.clone(),
            session: Default::default(),
            run: "safety-yesterday".into(),
            event,
        };
        self.app.entries.push(entry);
        self
    }
}

fn safety_first_run() -> App {
    let mut patient = Patient::routine();
    patient.open();
    assert_eq!(patient.safety_step(), Some(Step::Statement));
    patient.app
}

fn safety_question() -> App {
    let mut patient = Patient::routine();
    patient.open();
    patient.enter();
    patient.answer_safety("nny");
    patient.key(Key::Esc);
    assert_eq!(patient.safety_step(), Some(Step::Question(2)), "back to the question answered yes");
    patient.app
}

/// Asked from the Today screen, yes to the bladder and bowel question.
fn safety_contact_now() -> App {
    let mut patient = Patient::routine();
    patient.char('s');
    patient.answer_safety("nynnnnn");
    assert!(matches!(patient.safety_step(), Some(Step::Stop { .. })));
    patient.app
}

fn safety_see_soon() -> App {
    let mut patient = Patient::routine();
    patient.char('s');
    patient.answer_safety("nnnnnny");
    assert!(matches!(patient.safety_step(), Some(Step::Answered(_))));
    patient.app
}

/// Back on Today after that: a reminder to book, for a week.
fn today_see_soon() -> App {
    let mut patient = Patient::routine();
    patient.char('s');
    patient.answer_safety("nnnnnny");
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Today));
    patient.app
}

fn blocked() -> Patient {
    let mut patient = Patient::routine();
    patient.char('s');
    patient.answer_safety("nnnnynn");
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Today));
    patient
}

fn today_blocked() -> App {
    blocked().app
}

fn safety_confirm_clear() -> App {
    let mut patient = blocked();
    patient.enter();
    patient.char('c');
    assert!(matches!(patient.safety_step(), Some(Step::ConfirmClear { .. })));
    patient.app
}

fn hurt_question() -> App {
    let mut patient = at_bridge();
    patient.char('p');
    patient.char('6');
    patient.app
}

fn hurt_go_on_gently() -> App {
    let mut patient = at_bridge();
    patient.char('p');
    patient.char('2');
    patient.enter();
    patient.app
}

fn hurt_skip_it() -> App {
    let mut patient = at_bridge();
    patient.char('p');
    patient.char('4');
    patient.enter();
    patient.app
}

/// Core stability in week 5: the bird dog is at level 2, and level 1 is lighter.
fn hurt_lighter_version() -> App {
    let mut patient = Patient::new(&bundled("core-stability"), date("2026-02-09"), WEDNESDAY);
    patient.start(Some("2"));
    patient.go_to("Bird dog, opposite arm and leg");
    patient.char('p');
    patient.char('5');
    patient.enter();
    patient.app
}

fn hurt_stop_for_today() -> App {
    let mut patient = at_bridge();
    patient.char('p');
    patient.char('7');
    patient.enter();
    patient.app
}

fn summary_stopped_for_pain() -> App {
    let mut patient = at_bridge();
    patient.char('p');
    patient.char('7');
    patient.enter();
    patient.enter();
    patient.key(Key::Esc);
    assert_eq!(patient.stage(), Some(Stage::Summary));
    patient.app
}

macro_rules! screens {
    ($($name:ident),+ $(,)?) => {
        /// Every screen, by name.
        const SCREENS: &[(&str, fn() -> App)] = &[$((stringify!($name), $name)),+];

        mod at_80x24 {
            $(
                #[test]
                fn $name() {
                    let terminal = super::draw(&super::$name(), 80, 24);
                    insta::assert_snapshot!(stringify!($name), terminal.backend());
                }
            )+
        }
    };
}

screens![
    today_fresh,
    today_journal_notice,
    today_partly_done,
    today_walks_this_week,
    today_all_done,
    today_after_leaving,
    help_on_today,
    morning_check,
    today_verdict_hold,
    today_held_back,
    today_morning_pain_rising,
    pain_before_typed,
    reps_set_2_after_rest,
    rest_counting_down,
    hold_waiting,
    hold_get_ready,
    hold_holding,
    hold_relaxing,
    hold_paused,
    left_side,
    right_side,
    walk_waiting,
    walk_running,
    walk_target_reached,
    skip_reason,
    confirm_leave,
    pain_after_typed,
    note_typed,
    summary_finished,
    summary_left_early,
    help_in_session,
    safety_first_run,
    safety_question,
    safety_contact_now,
    safety_see_soon,
    today_see_soon,
    today_blocked,
    safety_confirm_clear,
    hurt_question,
    hurt_go_on_gently,
    hurt_skip_it,
    hurt_lighter_version,
    hurt_stop_for_today,
    summary_stopped_for_pain,
];

#[test]
fn a_window_too_small_says_so() {
    let terminal = draw(&today_fresh(), 50, 15);
    insta::assert_snapshot!("too_small", terminal.backend());
}

#[test]
fn every_screen_draws_at_100x30_with_a_footer() {
    for (name, build) in SCREENS {
        let terminal = draw(&build(), 100, 30);
        assert!(!footer(&terminal).trim().is_empty(), "{name} has no footer at 100 x 30");
    }
}

#[test]
fn every_screen_draws_at_the_smallest_size_with_a_footer() {
    for (name, build) in SCREENS {
        let terminal = draw(&build(), 60, 18);
        assert!(!footer(&terminal).trim().is_empty(), "{name} has no footer at 60 x 18");
    }
}

#[test]
fn the_footer_shows_the_keys_that_work_now() {
    let mut patient = at_bridge();
    let shown = |patient: &Patient| footer(&draw(&patient.app, 80, 24));
    assert!(shown(&patient).contains("start timer"), "{}", shown(&patient));

    patient.char(' ');
    patient.wait(4.0);
    assert!(shown(&patient).contains("pause"), "{}", shown(&patient));
    assert!(!shown(&patient).contains("resume"), "{}", shown(&patient));

    patient.char(' ');
    assert!(shown(&patient).contains("resume"), "{}", shown(&patient));
    assert!(!shown(&patient).contains("pause"), "{}", shown(&patient));

    patient.char('s');
    assert!(shown(&patient).contains("skip it"), "{}", shown(&patient));
    patient.key(Key::Esc);
    patient.char('q');
    assert!(shown(&patient).contains("leave") && shown(&patient).contains("stay"), "{}", shown(&patient));
    patient.char('n');
    patient.char('?');
    assert!(shown(&patient).contains("close help"), "{}", shown(&patient));
    patient.char('x');
    assert!(shown(&patient).contains("resume"), "{}", shown(&patient));
}

#[test]
fn the_morning_check_records_the_answer_about_yesterday() {
    let mut patient = after_a_session_yesterday();
    let Screen::Morning(check) = &patient.app.screen else { panic!("the morning check is asked") };
    assert_eq!(check.about, date("2026-03-10"));
    patient.char('1');
    patient.char('0');
    let now = patient.now();
    let actions = patient.app.handle(Press::Key(Key::Enter), now);
    let [Action::Record(entry)] = &actions[..] else { panic!("one entry is recorded: {actions:?}") };
    assert_eq!(entry.event, Event::Pain { moment: PainMoment::NextMorning, score: 10 });
    assert_eq!((entry.day, entry.session.as_str()), (date("2026-03-10"), ""));
    assert_eq!(entry.run, "morning-20260311-7");
    assert!(matches!(patient.app.screen, Screen::Today));
    assert!(!patient.app.today().morning_check_due);
}

#[test]
fn skipping_the_morning_check_hides_it_until_rehabit_opens_again() {
    let mut patient = after_a_session_yesterday();
    patient.char('4');
    patient.key(Key::Backspace);
    patient.char('s');
    assert!(matches!(patient.app.screen, Screen::Today));
    patient.wait(600.0);
    assert!(matches!(patient.app.screen, Screen::Today), "not asked again in this run");
    assert!(patient.app.today().morning_check_due, "still due, for the next time rehabit opens");
    patient.app.morning_skipped = None;
    patient.wait(1.0);
    assert!(matches!(patient.app.screen, Screen::Morning(_)), "asked again on opening");
}

#[test]
fn no_morning_check_without_pain_scores_yesterday() {
    let mut patient = Patient::new(ROUTINE, date("2026-03-09"), TUESDAY);
    patient.start(None);
    patient.finish_session();
    patient.later(WEDNESDAY);
    assert!(matches!(patient.app.screen, Screen::Today));
}

/// While rehabit is open, another session's reminder time brings a banner and the
/// bell, once; the next key puts the banner away.
#[test]
fn a_reminder_while_open_shows_a_banner_once() {
    // The gentle start reminds about its walk at 12:30.
    let mut patient =
        Patient::new(&bundled("acute-gentle-start"), date("2026-03-09"), "2026-03-11T12:00:00+01:00");
    patient.app.reminders = Reminders::new(rehabit::remind::ReminderSettings::default());
    patient.app.start_reminders();
    assert!(patient.app.banner.is_none(), "nothing to say at 12:00");
    let deadline = patient.app.next_deadline().expect("the loop wakes for the reminder");
    assert_eq!(deadline, ORIGIN + Duration::from_secs(30 * 60), "it wakes exactly at 12:30");

    patient.mono = deadline;
    let actions = patient.app.tick(patient.now());
    assert_eq!(actions, [Action::Bell]);
    let banner = patient.app.banner.clone().expect("a banner at 12:30");
    assert!(banner.contains("Short walk"), "{banner}");
    let screen = format!("{:?}", draw(&patient.app, 80, 24).backend());
    assert!(screen.contains("Time for Short walk"), "{screen}");

    // Seen: the next key puts it away, and it does not come back.
    patient.key(Key::Char('h'));
    assert!(patient.app.banner.is_none());
    patient.wait(60.0);
    assert!(patient.app.banner.is_none());
}

// Safety, as the patient goes through it.

/// The events of the entries recorded so far, by name.
fn recorded(app: &App) -> Vec<String> {
    app.entries
        .iter()
        .map(|e| serde_json::to_value(e).expect("JSON")["event"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn the_first_start_shows_the_statement_then_the_questions_and_records_the_answers() {
    let mut patient = Patient::routine();
    patient.open();
    assert_eq!(patient.safety_step(), Some(Step::Statement));
    patient.enter();
    assert_eq!(patient.safety_step(), Some(Step::Question(0)));
    patient.key(Key::Esc);
    assert_eq!(patient.safety_step(), Some(Step::Statement), "Esc goes back to the statement");
    patient.enter();
    patient.answer_safety("nnnnnn");
    let now = patient.now();
    let actions = patient.app.handle(Press::Key(Key::Char('n')), now);
    let [Action::Record(entry)] = &actions[..] else { panic!("one entry is recorded: {actions:?}") };
    let Event::SafetyAnswered { because, answers, outcome } = &entry.event else { panic!("{entry:?}") };
    assert_eq!((*because, *outcome, answers.len()), (AskedBecause::FirstStart, SafetyLevel::Clear, 7));
    assert!(answers.iter().all(|a| !a.yes));
    assert_eq!((entry.day, entry.session.as_str()), (date("2026-03-11"), ""));
    assert!(matches!(patient.safety_step(), Some(Step::Answered(_))));
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Today));

    // Opened again: answered already, straight to Today.
    patient.open();
    assert!(matches!(patient.app.screen, Screen::Today));
}

#[test]
fn a_yes_to_an_urgent_question_blocks_the_session_until_a_clinician_has_cleared_it() {
    let mut patient = blocked();
    assert_eq!(recorded(&patient.app), ["safety_answered"]);
    patient.enter();
    assert!(matches!(patient.safety_step(), Some(Step::Stop { .. })), "Enter shows the message");
    assert!(patient.app.session().is_none(), "and starts no session");
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Today));
    patient.char('n');
    assert!(matches!(patient.safety_step(), Some(Step::Stop { .. })), "n (start) does not start it either");

    // Confirming takes a deliberate y after the statement.
    patient.char('c');
    patient.enter();
    patient.char(' ');
    assert!(
        matches!(patient.safety_step(), Some(Step::ConfirmClear { .. })),
        "Enter and Space don't confirm"
    );
    patient.char('n');
    assert!(matches!(patient.safety_step(), Some(Step::Stop { .. })));
    patient.char('c');
    let now = patient.now();
    let actions = patient.app.handle(Press::Key(Key::Char('y')), now);
    let [Action::Record(entry)] = &actions[..] else { panic!("one entry is recorded: {actions:?}") };
    assert_eq!(entry.event, Event::SafetyCleared { note: None });
    assert_eq!(patient.safety_step(), Some(Step::Cleared));
    patient.enter();
    assert!(!patient.app.safety_gate().is_blocked());
    patient.enter();
    assert_eq!(patient.stage(), Some(Stage::PainBefore), "sessions start again");
}

#[test]
fn the_safety_questions_on_demand_can_be_put_off() {
    let mut patient = Patient::routine();
    patient.char('s');
    assert_eq!(patient.safety_step(), Some(Step::Question(0)));
    patient.key(Key::Esc);
    assert!(matches!(patient.app.screen, Screen::Today));
    patient.char('s');
    patient.answer_safety("nn");
    patient.char('q');
    assert!(matches!(patient.app.screen, Screen::Today));
    assert!(patient.app.entries.is_empty(), "nothing recorded until every question is answered");
}

#[test]
fn a_far_out_pain_before_a_session_asks_again_and_the_session_waits() {
    let mut patient = Patient::routine().answered_yesterday();
    patient.enter();
    patient.type_text("9");
    patient.enter();
    let Screen::Safety(check) = &patient.app.screen else { panic!("the questions, before exercising") };
    assert_eq!((check.because, check.pain, check.resume.is_some()), (AskedBecause::HighPain, Some(9), true));
    let screen = format!("{:?}", draw(&patient.app, 80, 24).backend());
    assert!(screen.contains("Your pain was 9 of 10"), "{screen}");
    patient.answer_safety("nnnnnnn");
    patient.enter();
    assert_eq!(patient.stage(), Some(Stage::Working), "back to the session");
    assert_eq!(patient.exercise().as_deref(), Some("Sit to stand"));
    assert_eq!(recorded(&patient.app), ["safety_answered", "started", "pain", "safety_answered"]);
}

#[test]
fn a_yes_after_a_far_out_pain_ends_the_session_that_waited() {
    let mut patient = Patient::routine().answered_yesterday();
    patient.enter();
    patient.type_text("10");
    patient.enter();
    patient.answer_safety("ynnnnnn");
    assert!(matches!(patient.safety_step(), Some(Step::Stop { .. })));
    assert_eq!(recorded(&patient.app), ["safety_answered", "started", "pain", "safety_answered", "ended"]);
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Today));
    assert!(patient.app.safety_gate().is_blocked());
}

#[test]
fn a_far_out_pain_after_a_session_asks_again_on_the_way_back() {
    let mut patient = Patient::routine().answered_yesterday();
    patient.start(Some("3"));
    patient.finish_with_pain("8");
    let Screen::Safety(check) = &patient.app.screen else { panic!("asked again") };
    assert_eq!((check.pain, check.resume.is_some()), (Some(8), false));

    // Just below far out (8 with the default bands): not asked.
    let mut patient = Patient::routine().answered_yesterday();
    patient.start(Some("3"));
    patient.finish_with_pain("7");
    assert!(matches!(patient.app.screen, Screen::Today));
}

#[test]
fn it_hurts_too_much_ends_the_session_and_asks_again() {
    let mut patient = Patient::routine().answered_yesterday();
    patient.start(Some("3"));
    patient.char('p');
    patient.type_text("9");
    patient.enter();
    patient.enter();
    assert_eq!(patient.stage(), Some(Stage::Note));
    patient.key(Key::Esc);
    patient.enter();
    assert!(matches!(patient.app.screen, Screen::Safety(_)), "9 of 10 brings the questions back");
    let events = recorded(&patient.app);
    assert_eq!(events[1..], ["started", "pain", "hurt", "ended", "pain"]);
}

#[test]
fn answering_no_to_everything_later_does_not_lift_a_block() {
    let mut patient = blocked();
    patient.char('s');
    patient.answer_safety("nnnnnnn");
    assert!(matches!(patient.safety_step(), Some(Step::Stop { .. })), "still the stop message");
    let screen = format!("{:?}", draw(&patient.app, 80, 24).backend());
    assert!(screen.contains("Earlier today you answered yes to:"), "{screen}");
    assert!(screen.contains("pain that started after an accident or a fall"), "{screen}");
    assert_eq!(recorded(&patient.app), ["safety_answered", "safety_answered"]);
    patient.enter();
    patient.enter();
    assert!(patient.app.session().is_none());
}

/// The main screens in every language rehabit speaks, at 80 x 24.
macro_rules! in_languages {
    ($($lang:ident: $code:ident),+ ; $screens:tt) => {
        $(in_languages!(@one $lang $code $screens);)+
    };
    (@one $lang:ident $code:ident [$($name:ident),+ $(,)?]) => {
        mod $code {
            $(
                #[test]
                fn $name() {
                    let _speaking = rehabit::i18n::use_language_here(rehabit::i18n::Lang::$lang);
                    let terminal = super::draw(&super::$name(), 80, 24);
                    insta::assert_snapshot!(concat!(stringify!($code), "_", stringify!($name)), terminal.backend());
                }
            )+
        }
    };
}

in_languages![Sv: sv, Nb: nb, Da: da, Nl: nl; [
    today_fresh,
    today_partly_done,
    today_walks_this_week,
    help_on_today,
    morning_check,
    today_verdict_hold,
    pain_before_typed,
    reps_set_2_after_rest,
    hold_holding,
    left_side,
    walk_running,
    skip_reason,
    confirm_leave,
    summary_finished,
    safety_first_run,
    safety_question,
    safety_contact_now,
    today_blocked,
    hurt_question,
    hurt_stop_for_today,
]];

/// Every screen in every language draws with a footer at 80 x 24 and at the smallest size.
#[test]
fn every_screen_in_every_language_draws_at_the_smallest_size() {
    for lang in rehabit::i18n::Lang::ALL {
        let _speaking = rehabit::i18n::use_language_here(lang);
        for (name, build) in SCREENS {
            let app = build();
            for (width, height) in [(80, 24), (60, 18)] {
                let terminal = draw(&app, width, height);
                let footer = footer(&terminal);
                assert!(!footer.trim().is_empty(), "{lang} {name} has no footer at {width} x {height}");
            }
        }
    }
}

/// Letters are measured by the columns they take in a terminal, not counted: with a
/// title holding wide letters the date still ends at the right edge, whole.
#[test]
fn the_today_header_measures_wide_letters_by_their_columns() {
    for title in
        ["Rygg och höft: övningar för vardagen", "Ryggøvelser 🌿 for hverdagen", "背中 のエクササイズ"]
    {
        let source = ROUTINE.replace("title = \"Back basics\"", &format!("title = \"{title}\""));
        let _speaking = rehabit::i18n::use_language_here(rehabit::i18n::Lang::Sv);
        let terminal = draw(&Patient::new(&source, date("2026-03-09"), WEDNESDAY).app, 80, 24);
        let header = row(&terminal, 0);
        assert!(header.trim_end().ends_with(" onsdag 11 mars"), "{title}: {header:?}");
        // A wide letter's second column is a cell of its own in the buffer: leave spaces out.
        let letters = |text: &str| text.replace(' ', "");
        assert!(letters(&header).contains(&letters(title)), "{title} is shown whole: {header:?}");
    }
}
