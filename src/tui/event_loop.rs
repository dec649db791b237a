//! The one loop: draw when something changed, then sleep until the next key or the
//! next moment the screen must change (a countdown's next second, a retry of the
//! journal). Nothing pending: it blocks, costing no CPU.

use std::io::{self, Write};
use std::time::Duration;

use crossterm::event::{self, Event};

use super::app::{Action, App};
use super::keys::press_of;
use super::terminal;
use crate::clock::Clock;
use crate::journal::{Journal, WriteFailed};

/// How long to wait before trying again to save entries the journal refused.
const RETRY_AFTER: Duration = Duration::from_secs(5);

/// Runs the app until the patient quits.
pub fn run(mut app: App, mut journal: Journal, clock: Clock) -> io::Result<()> {
    let mut terminal = terminal::enter()?;
    let outcome = drive(&mut app, &mut journal, &clock, &mut terminal);
    terminal::leave();
    keep_unsaved(&mut journal);
    outcome
}

/// Entries the journal still refuses at the end are printed, so they are never lost
/// silently: the patient (or their physio) can keep them.
fn keep_unsaved(journal: &mut Journal) {
    let report = terminal::with_last_words(|words| {
        *words = None;
        journal.flush().err().map(|failed| unsaved_report(journal, &failed))
    });
    if let Some(report) = report {
        // Not eprintln!, which panics when the terminal has gone (a hang-up).
        let _ = writeln!(io::stderr(), "{report}");
    }
}

/// Writes to the journal with `write`, keeping the words a signal would leave up to date:
/// the entries still waiting, if any.
fn save(
    journal: &mut Journal,
    write: impl FnOnce(&mut Journal) -> Result<(), WriteFailed>,
) -> Result<(), WriteFailed> {
    terminal::with_last_words(|words| {
        let written = write(journal);
        *words = written.as_ref().err().map(|failed| unsaved_report(journal, failed));
        written
    })
}

/// What went wrong, then the entries not saved, one per line, as the journal holds them.
fn unsaved_report(journal: &Journal, failed: &WriteFailed) -> String {
    let mut report =
        t!("today-unsaved-report", reason = failed.to_string(), path = journal.path().display().to_string());
    for line in journal.pending_lines() {
        report.push('\n');
        report.push_str(line);
    }
    report
}

fn drive(
    app: &mut App,
    journal: &mut Journal,
    clock: &Clock,
    terminal: &mut ratatui::DefaultTerminal,
) -> io::Result<()> {
    let mut retry_at: Option<Duration> = None;
    app.tick(clock.now());
    loop {
        {
            let _screen = terminal::hold_screen();
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        }
        let deadline = [app.next_deadline(), retry_at].into_iter().flatten().min();
        let key_waiting = match deadline {
            Some(at) => event::poll(at.saturating_sub(clock.now().mono))?,
            None => true,
        };
        let mut actions = Vec::new();
        if key_waiting {
            let event = event::read()?;
            let now = clock.now();
            match event {
                Event::Key(key) => match press_of(key) {
                    Some(press) => actions = app.handle(press, now),
                    None => continue,
                },
                Event::Resize(..) => {
                    app.tick(now);
                }
                _ => continue,
            }
        } else {
            actions = app.tick(clock.now());
        }
        let mut quit = false;
        // The bell first: it says a timer has ended, now. The entries recorded with it
        // wait for the disk (each is synced), which can take longer than that allows.
        for _ in actions.iter().filter(|action| **action == Action::Bell) {
            let _screen = terminal::hold_screen();
            terminal::bell();
        }
        for action in actions {
            match action {
                Action::Record(entry) => {
                    if let Err(failed) = save(journal, |journal| journal.append(&entry)) {
                        app.notice = Some(unsaved_notice(&failed.to_string()));
                        retry_at = Some(clock.now().mono + RETRY_AFTER);
                    }
                }
                Action::Bell => {}
                Action::Quit => quit = true,
            }
        }
        if retry_at.is_some_and(|at| clock.now().mono >= at) {
            match save(journal, Journal::flush) {
                Ok(()) => {
                    app.notice = None;
                    retry_at = None;
                }
                Err(failed) => {
                    app.notice = Some(unsaved_notice(&failed.to_string()));
                    retry_at = Some(clock.now().mono + RETRY_AFTER);
                }
            }
        }
        if let Some(set_aside) = journal.take_set_aside() {
            app.notice = Some(set_aside.to_string());
        }
        if quit {
            return Ok(());
        }
    }
}

fn unsaved_notice(reason: &str) -> String {
    t!("today-unsaved-notice", reason = reason)
}
