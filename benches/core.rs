//! The core's costs (issue 7): loading and checking the bundled programmes (budget 2 ms
//! each), reading the last week and the last year of a five-year journal, and an empty
//! one, working out the Today and History screens from a year of entries, the report
//! over five years (gathered while the journal is read, as `rehabit report` does, and
//! built from entries in memory), and drawing the Today, session and History screens.
//!
//!   cargo bench                 (about a minute and a half)
//!   cargo bench -- report       (only the benchmarks whose name holds "report")
//!
//! The journal is generated (`benches/support/journal.rs`): five years of the bundled
//! core-stability programme, about 1,800 sittings and 20,000 entries, ending today.
//! The whole-process figures (start-up, memory, CPU, the timer) are `scripts/bench.sh`'s.

#[path = "support/journal.rs"]
mod journal;

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, Local, NaiveDate};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rehabit::journal::{Entry, ProgramRef, Streamed, read_since, stream_all};
use rehabit::program::{Program, check, content_hash};
use rehabit::progress::{self, History};
use rehabit::report::Gathered;
use rehabit::session::{Key, Now};
use rehabit::tui::Reminders;
use rehabit::tui::app::{App, Press, Screen};

/// The programme the journal follows.
const PROGRAMME: &str = "core-stability";

/// A programme, its hash, and five years of its journal ending today.
struct Fixture {
    program: Program,
    hash: String,
    start: NaiveDate,
    today: NaiveDate,
    entries: Vec<Entry>,
}

impl Fixture {
    fn new() -> Fixture {
        let source = rehabit::bundled::find(PROGRAMME).expect("a bundled programme").source;
        let program = check(source).program.expect("a valid programme");
        let hash = content_hash(source);
        let today = Local::now().date_naive();
        let start = journal::years_before(today, 5);
        let entries = journal::generate(&program, &hash, start, today, 7).entries;
        Fixture { program, hash, start, today, entries }
    }

    /// The entries of the last year: what the Today screen and `rehabit status` read.
    fn last_year(&self) -> &[Entry] {
        let from = self.today - Days::new(366);
        let first = self.entries.partition_point(|e| e.day < from);
        &self.entries[first..]
    }

    /// The app on the Today screen at 9 in the morning, with a year of the journal.
    fn app(&self) -> App {
        let wall = self.today.and_hms_opt(9, 0, 0).expect("a time").and_local_timezone(Local).unwrap();
        App {
            program: self.program.clone(),
            program_ref: ProgramRef::new(&self.program.about.title, &self.hash),
            start: self.start,
            is_default: false,
            entries: self.last_year().to_vec(),
            screen: Screen::Today,
            selected: 0,
            help: false,
            notice: None,
            banner: None,
            reminders: Reminders::off(),
            // Answered: the morning check would otherwise cover the Today screen.
            morning_skipped: self.today.pred_opt(),
            now: Now { mono: Duration::from_secs(1), wall: wall.fixed_offset() },
            instance: 7,
            colour: true,
            history: Default::default(),
        }
    }
}

/// Loading and checking each bundled programme (budget: 2 ms each).
fn programmes(c: &mut Criterion) {
    let mut group = c.benchmark_group("load and check a programme (budget 2 ms)");
    for bundled in rehabit::bundled::ALL {
        group.bench_with_input(BenchmarkId::from_parameter(bundled.name), bundled.source, |b, source| {
            b.iter(|| {
                let checked = check(black_box(source));
                (checked.program.is_some(), content_hash(source))
            })
        });
    }
    group.finish();
}

/// Reading the journal back from its end: a week, and the year the Today screen and
/// `rehabit status` read, out of five years; and a journal not started yet.
fn reading(c: &mut Criterion, fixture: &Fixture) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("journal.jsonl");
    journal::write(&path, &fixture.entries).expect("the journal written");
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").expect("an empty journal");
    let since = |days: u64| rehabit::clock::local_midnight(fixture.today - Days::new(days));
    let mut group = c.benchmark_group("read_since");
    group.bench_function("a week of five years", |b| b.iter(|| read_since(&path, black_box(since(7)))));
    group.bench_function("a year of five years", |b| b.iter(|| read_since(&path, black_box(since(366)))));
    group.bench_function("an empty journal", |b| b.iter(|| read_since(&empty, black_box(since(366)))));
    group.finish();
}

/// What the screens and `rehabit status` work out from a year of entries.
fn screens_figures(c: &mut Criterion, fixture: &Fixture) {
    let year = fixture.last_year();
    let (program, start, today) = (&fixture.program, fixture.start, fixture.today);
    let history = History::from_entries(year);
    let mut group = c.benchmark_group("from a year of entries");
    group.bench_function("History::from_entries", |b| b.iter(|| History::from_entries(black_box(year))));
    group.bench_function("today (History given)", |b| {
        b.iter(|| rehabit::today::today(program, start, today, black_box(&history)))
    });
    group.bench_function("Today from the entries", |b| {
        b.iter(|| rehabit::today::today(program, start, today, &History::from_entries(black_box(year))))
    });
    // The History screen at 80 x 24: six weeks.
    group.bench_function("History screen weeks from the entries", |b| {
        let from = today - Days::new(7 * 5);
        b.iter(|| {
            let history = History::from_entries(black_box(year));
            progress::weeks(program, start, from, today, &history, today)
        })
    });
    group.finish();
}

/// The report over five years: gathered while the journal file is read, as `rehabit
/// report` does, and built from the entries in memory; written as Markdown and HTML.
fn report(c: &mut Criterion, fixture: &Fixture) {
    let (program, hash, start, today) = (&fixture.program, &fixture.hash, fixture.start, fixture.today);
    let entries = &fixture.entries;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("journal.jsonl");
    journal::write(&path, entries).expect("the journal written");
    let mut group = c.benchmark_group("report over five years (budget 100 ms whole process)");
    group.sample_size(20);
    group.bench_function("read the journal and gather", |b| {
        b.iter(|| {
            let mut gathered = Gathered::default();
            stream_all(black_box(&path), |streamed| match streamed {
                Streamed::Entry(entry) => gathered.add(entry),
                Streamed::StartOver => gathered = Gathered::default(),
            })
            .expect("the journal read");
            gathered.report(program, hash, start, start, today, today)
        })
    });
    group.bench_function("build from the entries", |b| {
        b.iter(|| rehabit::report::build(program, hash, start, start, today, today, black_box(entries)))
    });
    let built = rehabit::report::build(program, hash, start, start, today, today, entries);
    for format in [rehabit::report::Format::Markdown, rehabit::report::Format::Html] {
        group.bench_function(format!("render {format:?}"), |b| {
            b.iter(|| rehabit::report::render(black_box(&built), format))
        });
    }
    group.finish();
}

/// Drawing a frame at 80 x 24 on a test terminal, as the loop does after each change.
fn drawing(c: &mut Criterion, fixture: &Fixture) {
    let mut group = c.benchmark_group("draw a frame at 80x24, a year of entries");
    let today = fixture.app();
    let mut session = fixture.app();
    let now = |app: &App| Now { mono: app.now.mono + Duration::from_millis(300), ..app.now };
    for press in [Press::Key(Key::Enter), Press::Key(Key::Char('2')), Press::Key(Key::Enter)] {
        let at = now(&session);
        session.handle(press, at);
    }
    assert!(matches!(session.screen, Screen::Session(_)), "the session started");
    let mut history = fixture.app();
    history.screen = Screen::History { week_offset: 0 };
    for (name, app) in [("Today", &today), ("session", &session), ("History", &history)] {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
        group.bench_function(name, |b| {
            b.iter(|| {
                // A fresh buffer each time: the whole screen is drawn, not a difference.
                terminal.clear().expect("cleared");
                terminal.draw(|frame| frame.render_widget(black_box(app), frame.area())).map(|_| ())
            })
        });
    }
    group.finish();
}

fn all(c: &mut Criterion) {
    let fixture = Fixture::new();
    programmes(c);
    reading(c, &fixture);
    screens_figures(c, &fixture);
    report(c, &fixture);
    drawing(c, &fixture);
}

criterion_group! {
    name = benches;
    // Short runs: the figures are milliseconds and steady; the whole lot stays quick.
    config = Criterion::default().warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    targets = all
}
criterion_main!(benches);
