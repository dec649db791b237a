//! `rehabit` in a terminal: opens the journal and hands over to the TUI.

use std::io::IsTerminal;

use super::Outcome;
use super::patient::{current, recent, show_today};
use crate::clock::Clock;
use crate::journal::{Journal, ProgramRef};
use crate::paths::Dirs;
use crate::settings::Settings;
use crate::tui::{self, Reminders, app::App, app::Screen, style};

/// Opens the Today screen, or prints today's list when there is no terminal to draw on.
pub fn run() -> Outcome {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return show_today();
    }
    let current = current()?;
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let path = dirs.journal_file();
    let clock = Clock::start();
    let now = clock.now();
    let date = now.wall.date_naive();
    // Since the programme started, but at most a year: the pain model's load and the
    // History screen need no more, and start-up stays quick.
    let recent = recent(&dirs, current.started, now.wall)?;
    // Reminder settings that can't be read fall back to the defaults here;
    // `rehabit remind status` explains what is wrong with them.
    let (reminder_settings, _) =
        Settings::load(&dirs.settings_file()).map_err(|e| e.to_string())?.reminders();
    let mut notices = Vec::new();
    if !recent.unreadable.is_empty() {
        notices.push(t!("common-journal-unreadable", count = recent.unreadable.len()));
    }
    let journal = match Journal::open(&path) {
        Ok((journal, set_aside)) => {
            notices.extend(set_aside.map(|s| s.to_string()));
            journal
        }
        Err(error) => {
            notices.push(t!("today-journal-not-opened", error = error.to_string()));
            Journal::unopened(&path)
        }
    };
    let app = App {
        program_ref: ProgramRef::new(&current.program.about.title, &current.hash),
        start: current.started.unwrap_or(date),
        is_default: current.is_default,
        program: current.program,
        entries: recent.entries,
        screen: Screen::Today,
        selected: 0,
        help: false,
        notice: (!notices.is_empty()).then(|| notices.join(" ")),
        banner: None,
        reminders: Reminders::new(reminder_settings),
        morning_skipped: None,
        now,
        instance: std::process::id(),
        colour: style::colour_wanted(),
        history: Default::default(),
    };
    let mut app = app;
    app.selected = app.today().next_up().unwrap_or(0);
    app.start_reminders();
    // The first start of a programme asks the red-flag questions, after a word on what
    // rehabit is and is not; a pain score far outside the bands asks them again.
    app.ask_safety_at_open();
    tui::run(app, journal, clock).map_err(|e| t!("today-screen-unusable", error = e.to_string()))
}
