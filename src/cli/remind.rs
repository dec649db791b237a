//! `rehabit remind`: reminders sent now (`--due`, what the system's scheduler runs every
//! minute), by a daemon (`--daemon`), set up with the scheduler (`install`,
//! `uninstall`), shown (`status`) and tried (`test`).
//!
//! A run reads the programme, the settings, the journal and the sent log afresh, asks
//! the core what is due, records it as sent before it notifies (so a crash never
//! reminds twice), and exits 0 whether or not the desktop showed it: without a
//! notification service it rings the terminal bell and writes a line on stderr.

mod daemon;
mod install;
mod sent_log;
mod status;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime};

use self::sent_log::SentLog;
use super::patient::{Current, current, read_days_from, recent};
use super::{Outcome, RemindAction};
use crate::journal::{Asked, DoseRecord, Entry, Event, FORMAT_VERSION, Journal, ProgramRef};
use crate::notify::{self, Action, Answer, Delivery, Notice, Shown};
use crate::paths::Dirs;
use crate::plan::{dose_in_week, monday_of};
use crate::progress::History;
use crate::remind::{Reminder, ReminderSettings, Sent, due_now, next_reminder, reminders_of_day};
use crate::settings::Settings;
use crate::today::today;

/// How long the desktop gets to accept a notification.
const DELIVERY_WAIT: Duration = Duration::from_secs(3);
/// How long a run waits at most for "Snooze" or "Mark done"; never past the next reminder.
const ANSWER_WAIT: Duration = Duration::from_secs(3 * 60);

pub fn run(action: Option<RemindAction>, due: bool, daemon: bool) -> Outcome {
    match (action, due, daemon) {
        (Some(_), true, _) | (Some(_), _, true) => Err(t!("remind-flags-alone")),
        (Some(RemindAction::Install), ..) => {
            install::install()?;
            status::note_if_off();
            Ok(())
        }
        (Some(RemindAction::Uninstall), ..) => install::uninstall(),
        (Some(RemindAction::Test), ..) => status::test(),
        (Some(RemindAction::Status), ..) | (None, false, false) => status::status(),
        (None, true, _) => due_once(),
        (None, false, true) => daemon::run(),
    }
}

/// How much of the journal to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// This week and yesterday: enough to tell what is due, and cheap every minute.
    ThisWeek,
    /// Back to the programme's start (a year at most), for the doses the pain model
    /// allows, which the reminders' text and "Mark done" use.
    Full,
}

/// Everything a day's reminders are worked out from, read afresh.
struct Day {
    dirs: Dirs,
    current: Current,
    settings: ReminderSettings,
    /// Problems with the settings, in plain words.
    problems: Vec<String>,
    now: DateTime<Local>,
    history: History,
    reminders: Vec<Reminder>,
}

impl Day {
    fn load(now: DateTime<Local>, reading: Reading) -> Result<Day, String> {
        let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
        let settings = Settings::load(&dirs.settings_file()).map_err(|e| e.to_string())?;
        let (settings, mut problems) = settings.reminders();
        let current = current()?;
        problems.extend(settings.unknown_sessions(&current.program));
        let entries = match reading {
            Reading::Full => recent(&dirs, current.started, now.fixed_offset())?.entries,
            Reading::ThisWeek => {
                let date = now.date_naive();
                let from = monday_of(date).min(date.pred_opt().unwrap_or(date));
                read_days_from(&dirs.journal_file(), from)?.entries
            }
        };
        let history = History::from_entries(&entries);
        let mut day = Day { dirs, current, settings, problems, now, history, reminders: Vec::new() };
        day.reminders = day.reminders_on(now.date_naive());
        Ok(day)
    }

    fn reminders_on(&self, date: NaiveDate) -> Vec<Reminder> {
        let start = self.current.started.unwrap_or(self.now.date_naive());
        let today = today(&self.current.program, start, date, &self.history);
        reminders_of_day(&self.current.program, &today, &self.settings)
    }

    fn wall(&self) -> NaiveDateTime {
        self.now.naive_local()
    }

    fn say_problems(&self) {
        for problem in &self.problems {
            let file = self.dirs.settings_file().display().to_string();
            eprintln!("rehabit: {}", t!("remind-problem-in", file = file, problem = problem.as_str()));
        }
    }
}

/// The sent log's place in the data directory.
fn sent_log_path(dirs: &Dirs) -> PathBuf {
    dirs.data.join("reminders.jsonl")
}

/// What was sent today, without creating the log when there is none.
fn sent_today(dirs: &Dirs, date: NaiveDate) -> Result<Vec<Sent>, String> {
    let path = sent_log_path(dirs);
    if !path.exists() {
        return Ok(Vec::new());
    }
    SentLog::open(&path)?.on(date)
}

/// Whether anything is due now, and when the next reminder after it is: what the
/// daemon needs on every wake. Reads only this week's journal.
struct Check {
    due: bool,
    next: Option<NaiveDateTime>,
    /// Problems with the settings, in plain words.
    problems: Vec<String>,
}

fn check(now: DateTime<Local>) -> Result<Check, String> {
    let day = Day::load(now, Reading::ThisWeek)?;
    let sent = sent_today(&day.dirs, now.date_naive())?;
    let due = !due_now(&day.reminders, &day.settings, day.wall(), &sent).is_empty();
    let next = next_reminder(&day.reminders, &day.settings, day.wall(), &sent).map(|r| r.at);
    Ok(Check { due, next, problems: day.problems })
}

/// `rehabit remind --due`: sends what is due now, once.
fn due_once() -> Outcome {
    let now = Local::now();
    let quick = Day::load(now, Reading::ThisWeek)?;
    quick.say_problems();
    if !quick.settings.enabled {
        return Ok(());
    }
    let mut log = SentLog::open(&sent_log_path(&quick.dirs))?;
    let sent = log.on(now.date_naive())?;
    if due_now(&quick.reminders, &quick.settings, quick.wall(), &sent).is_empty() {
        return Ok(());
    }
    let day = Day::load(now, Reading::Full)?;
    let due = due_now(&day.reminders, &day.settings, day.wall(), &sent);
    let records: Vec<Sent> = due.iter().map(|r| Sent::reminded(r, day.wall())).collect();
    // Recorded before it is sent: a crash from here on never reminds twice.
    log.append(&records)?;
    let all_sent = [sent, records].concat();
    let next = next_reminder(&day.reminders, &day.settings, day.wall(), &all_sent).map(|r| r.at);
    drop(log);

    let sending: Vec<_> = due.iter().map(|r| notify::start(&notice(r))).collect();
    let delivered_by = Instant::now() + DELIVERY_WAIT;
    let mut waiting: Vec<(Reminder, Shown)> = Vec::new();
    for (reminder, sending) in due.into_iter().zip(sending) {
        match sending.delivery_by(delivered_by) {
            Delivery::Delivered(shown) => {
                let (title, server) = (reminder.title.as_str(), shown.server.as_str());
                say!("{}", t!("remind-reminded", title = title, server = server));
                if !shown.actions.is_empty() {
                    waiting.push((reminder, shown));
                }
            }
            Delivery::NotDelivered { reason } => fall_back(&reminder, &reason),
        }
    }
    if waiting.is_empty() {
        return Ok(());
    }
    let until_next = next.and_then(|at| (at - day.wall()).to_std().ok()).unwrap_or(ANSWER_WAIT);
    let answered_by = Instant::now() + ANSWER_WAIT.min(until_next);
    for (reminder, mut shown) in waiting {
        match shown.answer_by(answered_by) {
            Answer::Chose(Action::Snooze) => snooze(&day.dirs, &reminder)?,
            Answer::Chose(Action::Done) => mark_done(&reminder)?,
            Answer::Opened | Answer::Closed | Answer::Nothing => {}
        }
    }
    Ok(())
}

/// The notification for `reminder`: "Mark done" only where it is about one session.
fn notice(reminder: &Reminder) -> Notice {
    let mut actions = vec![Action::Snooze];
    if reminder.subject.session().is_some() {
        actions.push(Action::Done);
    }
    Notice { title: reminder.title.clone(), body: reminder.body.clone(), actions }
}

/// No desktop notification: the terminal bell, where there is a terminal (in a log a
/// bell character would only garble the line), and the reminder on stderr.
fn fall_back(reminder: &Reminder, reason: &str) {
    let mut stderr = std::io::stderr().lock();
    if stderr.is_terminal() {
        let _ = write!(stderr, "\x07");
    }
    let (title, body) = (reminder.title.as_str(), reminder.body.as_str());
    let _ =
        writeln!(stderr, "rehabit: {}", t!("remind-fallback", title = title, body = body, reason = reason));
}

fn snooze(dirs: &Dirs, reminder: &Reminder) -> Outcome {
    let now = Local::now().naive_local();
    let record = Sent::snoozed(reminder, now);
    let back = record.snoozed_until.unwrap_or(now);
    SentLog::open(&sent_log_path(dirs))?.append(&[record])?;
    let (title, time) = (reminder.title.as_str(), back.format("%H:%M").to_string());
    say!("{}", t!("remind-snoozed", title = title, time = time));
    Ok(())
}

/// "Mark done" on a session's reminder: the session is recorded done, as `rehabit done`
/// would, with the doses the pain model allows that day.
fn mark_done(reminder: &Reminder) -> Outcome {
    let Some(name) = reminder.subject.session() else { return Ok(()) };
    let now = Local::now();
    let day = Day::load(now, Reading::Full)?;
    let date = reminder.at.date();
    let program = &day.current.program;
    let Some(session) = program.sessions.iter().find(|s| s.is_called(name)) else { return Ok(()) };
    let start = day.current.started.unwrap_or(date);
    // Done meanwhile (in rehabit itself, say): once is enough.
    if today(program, start, date, &day.history).sessions.iter().any(|s| s.key == session.key && s.done_today)
    {
        say!("{}", t!("remind-already-done", session = session.name.as_str()));
        return Ok(());
    }
    let week = day.history.load_on(program, start, date).week;
    let planned: Vec<Asked> = session
        .exercises
        .iter()
        .enumerate()
        .filter_map(|(position, id)| {
            let (level, dose) = dose_in_week(program.exercise(id)?, week);
            Some(Asked { exercise: id.into(), position, level, dose: DoseRecord::from(&dose) })
        })
        .collect();
    let at = now.fixed_offset();
    let entry = Entry {
        v: FORMAT_VERSION,
        at,
        day: date,
        program: ProgramRef::new(&program.about.title, &day.current.hash),
        session: session.key.as_str().into(),
        run: compact_str::format_compact!("done-{}-{}", at.format("%Y%m%dT%H%M%S"), std::process::id()),
        event: Event::MarkedDone { planned: planned.into() },
    };
    let path = day.dirs.journal_file();
    let (mut journal, _) =
        Journal::open(&path).map_err(|e| t!("remind-mark-done-not-opened", problem = e.to_string()))?;
    if let Err(failed) = journal.append(&entry) {
        journal.abandon_pending();
        return Err(t!(
            "remind-mark-done-failed",
            path = path.display().to_string(),
            reason = failed.reason.to_string(),
            session = session.name.as_str()
        ));
    }
    say!("{}", t!("remind-marked-done", session = session.name.as_str()));
    Ok(())
}
