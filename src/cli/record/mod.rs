//! Recording what was done away from the keyboard: walks, whole sessions, the
//! morning pain check, and taking back a mistake.
//!
//! Every command reads the recent journal first, so a journal from a newer rehabit is
//! refused before anything is written, then appends exactly one entry. Nothing is ever
//! rewritten: a mistake is taken back by a later entry.

mod log_activity;
mod mark_done;
mod morning_pain;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::dates::parse_day;
use super::patient::{Current, current, recent};
use crate::clock::Clock;
use crate::journal::{Entry, Event, FORMAT_VERSION, Journal, ProgramRef};
use crate::paths::Dirs;
use crate::program::{Program, capitalise};
use crate::progress::History;
use crate::today::today;
pub(super) use log_activity::activity_kind;
pub use log_activity::log;
pub use mark_done::mark_done;
pub use morning_pain::morning_pain;

/// What every recording command starts from: the programme, the recent journal, now.
pub(super) struct Context {
    current: Current,
    pub(super) dirs: Dirs,
    now: DateTime<FixedOffset>,
    pub(super) today: NaiveDate,
    /// The programme's first day: the day chosen, or today for the bundled default.
    start: NaiveDate,
    pub(super) entries: Vec<Entry>,
}

impl Context {
    pub(super) fn load() -> Result<Context, String> {
        let current = current()?;
        let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
        let now = Clock::start().now().wall;
        let today = now.date_naive();
        // Read before writing: a journal from a newer rehabit is refused untouched.
        let entries = recent(&dirs, current.started, now)?.entries;
        Ok(Context { start: current.started.unwrap_or(today), current, dirs, now, today, entries })
    }

    pub(super) fn program(&self) -> &Program {
        &self.current.program
    }

    pub(super) fn day(&self, text: &str) -> Result<NaiveDate, String> {
        parse_day(text, self.today, self.current.started)
    }

    /// A new run id: what it is, the moment, and the process, so it is unique.
    pub(super) fn new_id(&self, what: &str) -> String {
        format!("{what}-{}-{}", self.now.format("%Y%m%dT%H%M%S"), std::process::id())
    }

    pub(super) fn entry(&self, day: NaiveDate, session: &str, run: &str, event: Event) -> Entry {
        Entry {
            v: FORMAT_VERSION,
            at: self.now,
            day,
            program: ProgramRef::new(&self.program().about.title, &self.current.hash),
            session: session.into(),
            run: run.into(),
            event,
        }
    }

    /// Appends `entry` to the journal and to what this command knows of it.
    pub(super) fn save(&mut self, entry: Entry) -> Result<History, String> {
        save(&self.dirs, &entry)?;
        self.entries.push(entry);
        Ok(History::from_entries(&self.entries))
    }

    /// Where the week stands for `session` (after what was just recorded), in a line.
    fn week_line(&self, history: &History, session: &str) -> Option<String> {
        let today = today(self.program(), self.start, self.today, history);
        let found = today.sessions.iter().find(|s| s.key == session)?;
        if let Some(quota) = found.quota {
            return Some(format!("{}.", capitalise(&quota.to_string())));
        }
        let monday = crate::plan::monday_of(self.today);
        let seconds: u64 = history
            .counted()
            .filter(|run| run.session == session && run.day >= monday && run.day <= self.today)
            .map(|run| run.seconds)
            .sum();
        (seconds >= 60).then(|| t!("cli-week-so-far", minutes = seconds / 60, session = found.name.as_str()))
    }
}

/// Appends one entry, whole or not at all, and says plainly why if it can't.
pub(super) fn save(dirs: &Dirs, entry: &Entry) -> Result<(), String> {
    let path = dirs.journal_file();
    let (mut journal, set_aside) =
        Journal::open(&path).map_err(|e| t!("cli-save-not-opened", problem = e.to_string()))?;
    if let Some(set_aside) = set_aside {
        eprintln!("rehabit: {set_aside}");
    }
    if let Err(failed) = journal.append(entry) {
        journal.abandon_pending();
        return Err(t!(
            "cli-save-failed",
            path = path.display().to_string(),
            reason = failed.reason.to_string()
        ));
    }
    if let Some(set_aside) = journal.take_set_aside() {
        eprintln!("rehabit: {set_aside}");
    }
    Ok(())
}
