//! The TUI's state: which screen shows, the session in progress and the journal's
//! entries. Pure like the core: keys and the time come in, effects go out.

use std::sync::{Arc, Mutex, PoisonError};

use chrono::NaiveDate;

use super::morning::{Answer, MorningCheck};
use super::reminders::Reminders;
use super::safety::SafetyCheck;
use crate::journal::{Entry, Event, PainMoment, ProgramRef};
use crate::plan::week_index;
use crate::program::Program;
use crate::progress::History;
use crate::session::{self, Context, Effect, Key, Now, SessionRun, Stage, lay_out};
use crate::today::{Today, today};

/// How far back the History screen goes: the coach reads a year of the journal.
const HISTORY_WEEKS: u32 = 52;

/// A key as the TUI reads it: the session's keys and a few of the screen's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Press {
    Key(Key),
    Up,
    Down,
    Left,
    Right,
    /// Ctrl-C: leave at once (what was done is already saved).
    Interrupt,
}

/// What the loop must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Record(Box<Entry>),
    Bell,
    Quit,
}

/// Which screen shows.
#[derive(Debug, Clone)]
pub enum Screen {
    Today,
    Session(Box<SessionRun>),
    /// The next-morning pain check, before the Today screen.
    Morning(MorningCheck),
    /// The red-flag safety questions, or the message that sessions must wait.
    Safety(Box<SafetyCheck>),
    /// The weeks so far, `week_offset` weeks back from this one.
    History {
        week_offset: u32,
    },
}

/// Everything the screens show.
#[derive(Debug, Clone)]
pub struct App {
    pub program: Program,
    pub program_ref: Arc<ProgramRef>,
    /// The day the programme started.
    pub start: NaiveDate,
    /// Whether the programme is the bundled one offered because none was chosen.
    pub is_default: bool,
    /// The journal's entries since the programme started (at most a year back), and
    /// every one recorded since.
    pub entries: Vec<Entry>,
    pub screen: Screen,
    /// The session picked on the Today screen.
    pub selected: usize,
    pub help: bool,
    /// A calm message about the journal, shown until it is resolved.
    pub notice: Option<String>,
    /// A reminder that came while rehabit was open, shown until the next key.
    pub banner: Option<String>,
    pub reminders: Reminders,
    /// The day whose morning pain check was put off: not asked again in this run.
    pub morning_skipped: Option<NaiveDate>,
    pub now: Now,
    /// Makes run ids unique between processes started in the same second.
    pub instance: u32,
    pub colour: bool,
    /// The [`History`] and the [`Today`] worked out from `entries`, kept until they
    /// change: build an App with `HistoryCache::default()`.
    pub history: HistoryCache,
}

/// The [`History`] of the entries it was last asked about, and the [`Today`] worked out
/// from it, so that each is worked out once per change (an entry recorded, the day
/// turning) rather than several times for every frame and key: with a year of the
/// journal, that was most of the time start-up spent after reading it. Entries are only
/// ever added to `App::entries`; their number and the last one tell whether they changed.
#[derive(Debug, Default)]
pub struct HistoryCache(Mutex<Option<Kept>>);

/// A [`History`], and the entries it was worked out from: how many, and the last one.
#[derive(Debug, Clone)]
struct Kept {
    count: usize,
    last: Option<Entry>,
    history: Arc<History>,
    /// The Today worked out from it, and what else it was worked out from.
    today: Option<(TodayFrom, Today)>,
}

/// What a [`Today`] depends on besides the history.
#[derive(Debug, Clone)]
struct TodayFrom {
    program: Program,
    start: NaiveDate,
    date: NaiveDate,
}

impl HistoryCache {
    /// Works the history out again if `entries` changed since.
    fn refresh(kept: &mut Option<Kept>, entries: &[Entry]) {
        let current = |kept: &Kept| kept.count == entries.len() && kept.last.as_ref() == entries.last();
        if !kept.as_ref().is_some_and(current) {
            let history = Arc::new(History::from_entries(entries));
            *kept = Some(Kept { count: entries.len(), last: entries.last().cloned(), history, today: None });
        }
    }

    fn history(&self, entries: &[Entry]) -> Arc<History> {
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        Self::refresh(&mut kept, entries);
        match &*kept {
            Some(kept) => Arc::clone(&kept.history),
            None => Arc::new(History::from_entries(entries)),
        }
    }

    fn today(&self, entries: &[Entry], program: &Program, start: NaiveDate, date: NaiveDate) -> Today {
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        Self::refresh(&mut kept, entries);
        let Some(kept) = kept.as_mut() else {
            return today(program, start, date, &History::from_entries(entries));
        };
        match &kept.today {
            Some((from, known)) if from.program == *program && from.start == start && from.date == date => {
                known.clone()
            }
            _ => {
                let today = today(program, start, date, &kept.history);
                kept.today = Some((TodayFrom { program: program.clone(), start, date }, today.clone()));
                today
            }
        }
    }
}

impl Clone for HistoryCache {
    fn clone(&self) -> Self {
        HistoryCache(Mutex::new(self.0.lock().unwrap_or_else(PoisonError::into_inner).clone()))
    }
}

impl App {
    pub fn today(&self) -> Today {
        self.history.today(&self.entries, &self.program, self.start, self.now.wall.date_naive())
    }

    /// The runs and morning pain of the entries, worked out once for each entry added.
    pub fn history(&self) -> Arc<History> {
        self.history.history(&self.entries)
    }

    /// The session run in progress, if any.
    pub fn session(&self) -> Option<&SessionRun> {
        match &self.screen {
            Screen::Session(run) => Some(run),
            _ => None,
        }
    }

    /// Whether keys are going into typed text (a note, a reason) rather than commands.
    pub fn is_typing(&self) -> bool {
        self.session()
            .is_some_and(|run| run.stage() == Stage::Note || run.prompt() == session::Prompt::SkipReason)
    }

    /// Moves the session's timers on to `now`. On the Today screen, asks the morning
    /// pain check when it is due (rehabit just opened, or the day turned).
    pub fn tick(&mut self, now: Now) -> Vec<Action> {
        self.now = now;
        let mut actions = match &mut self.screen {
            Screen::Session(run) => {
                let effects = run.tick(now);
                self.carry_out(effects)
            }
            Screen::Today => {
                self.ask_morning_check();
                Vec::new()
            }
            Screen::Morning(_) | Screen::History { .. } | Screen::Safety(_) => Vec::new(),
        };
        actions.extend(self.check_reminders());
        actions
    }

    pub(super) fn ask_morning_check(&mut self) {
        let Some(yesterday) = self.now.wall.date_naive().pred_opt() else { return };
        if self.morning_skipped != Some(yesterday) && self.history().morning_check_due(yesterday) {
            self.screen = Screen::Morning(MorningCheck::new(yesterday));
        }
    }

    /// How many weeks back the History screen can go: to the programme's first week.
    pub fn earliest_week_offset(&self) -> u32 {
        let today = self.now.wall.date_naive();
        if self.start > today { 0 } else { week_index(self.start, today).min(HISTORY_WEEKS) }
    }

    /// When the screen next changes by itself: a session's timer, or midnight, when
    /// the Today screen turns to the next day.
    pub fn next_deadline(&self) -> Option<std::time::Duration> {
        let screen = match self.session() {
            Some(run) => run.next_deadline(self.now.mono),
            None => {
                let midnight = self.now.wall.date_naive().succ_opt()?.and_hms_opt(0, 0, 1)?;
                let until = (midnight - self.now.wall.naive_local()).to_std().ok()?;
                Some(self.now.mono + until)
            }
        };
        [screen, self.next_reminder_deadline()].into_iter().flatten().min()
    }

    pub fn handle(&mut self, press: Press, now: Now) -> Vec<Action> {
        // A reminder's banner has been seen once a key is pressed.
        self.banner = None;
        let mut actions = self.tick(now);
        if self.help {
            self.help = false;
            if press != Press::Interrupt {
                return actions;
            }
        }
        if press == Press::Key(Key::Char('?')) && !self.is_typing() {
            self.help = true;
            return actions;
        }
        let earliest = self.earliest_week_offset();
        match (&mut self.screen, press) {
            (Screen::Session(run), Press::Interrupt) => {
                let mut effects = run.handle(Key::Char('q'), now);
                if run.stage() != Stage::Over {
                    effects.extend(run.handle(Key::Char('y'), now));
                }
                actions.extend(self.carry_out(effects));
                actions.push(Action::Quit);
            }
            (Screen::Session(run), Press::Key(key)) => {
                let effects = run.handle(key, now);
                let over = run.stage() == Stage::Over;
                let pain_before = effects.iter().any(|effect| {
                    matches!(effect, Effect::Record(entry)
                        if matches!(entry.event, Event::Pain { moment: PainMoment::Before, .. }))
                });
                actions.extend(self.carry_out(effects));
                if over {
                    self.screen = Screen::Today;
                    self.selected = self.today().next_up().unwrap_or(self.selected);
                    self.ask_safety_again();
                } else if pain_before {
                    self.hold_session_for_safety();
                }
            }
            (Screen::Session(_), _) => {}
            (Screen::Today, press) => actions.extend(self.today_key(press, now)),
            (Screen::Morning(_), press) => actions.extend(self.morning_key(press, now)),
            (Screen::Safety(_), press) => actions.extend(self.safety_key(press, now)),
            (Screen::History { week_offset }, press) => match press {
                Press::Left => *week_offset = (*week_offset + 1).min(earliest),
                Press::Right => *week_offset = week_offset.saturating_sub(1),
                Press::Key(Key::Esc | Key::Char('q' | 'h')) => self.screen = Screen::Today,
                Press::Interrupt => actions.push(Action::Quit),
                _ => {}
            },
        }
        actions
    }

    fn morning_key(&mut self, press: Press, now: Now) -> Vec<Action> {
        let Screen::Morning(check) = &mut self.screen else { return Vec::new() };
        let answer = match press {
            Press::Key(key) => check.key(key),
            Press::Interrupt => Answer::Quit,
            _ => Answer::Asking,
        };
        match answer {
            Answer::Asking => Vec::new(),
            Answer::Quit => vec![Action::Quit],
            Answer::Skipped => {
                self.morning_skipped = Some(check.about);
                self.screen = Screen::Today;
                Vec::new()
            }
            Answer::Given(score) => {
                let entry = check.entry(score, &self.program_ref, now, self.instance);
                self.screen = Screen::Today;
                self.entries.push(entry.clone());
                self.ask_safety_again();
                vec![Action::Record(Box::new(entry))]
            }
        }
    }

    fn today_key(&mut self, press: Press, now: Now) -> Vec<Action> {
        let count = self.program.sessions.len();
        match press {
            Press::Up => self.selected = self.selected.checked_sub(1).unwrap_or(count.saturating_sub(1)),
            Press::Down => self.selected = (self.selected + 1) % count.max(1),
            Press::Key(Key::Enter | Key::Char(' ' | 'n')) if self.selected < count => {
                // A red-flag answer that needs a doctor: the message, not the session.
                if let Some(stop) = self.blocked_message() {
                    self.screen = Screen::Safety(Box::new(stop));
                    return Vec::new();
                }
                return self.start_session(self.selected, now);
            }
            Press::Key(Key::Char('s')) => self.screen = Screen::Safety(Box::new(SafetyCheck::on_demand())),
            Press::Key(Key::Char('h')) => self.screen = Screen::History { week_offset: 0 },
            Press::Key(Key::Char('q') | Key::Esc) | Press::Interrupt => return vec![Action::Quit],
            _ => {}
        }
        Vec::new()
    }

    fn start_session(&mut self, index: usize, now: Now) -> Vec<Action> {
        let day = now.wall.date_naive();
        let session = &self.program.sessions[index];
        // The doses the pain-monitoring model allows today.
        let load = self.history().load_on(&self.program, self.start, day);
        let (items, steps) = lay_out(&self.program, session, load.week);
        let context = Context {
            program: self.program_ref.clone(),
            session: session.key.clone(),
            run: format!("{}-{}", now.wall.format("%Y%m%dT%H%M%S"), self.instance),
            day,
        };
        let (mut run, effects) = SessionRun::start(context, items, steps, now);
        run.set_pain_bands(self.program.pain);
        self.screen = Screen::Session(Box::new(run));
        self.carry_out(effects)
    }

    /// Keeps recorded entries for the Today screen and hands the effects to the loop.
    pub(super) fn carry_out(&mut self, effects: Vec<Effect>) -> Vec<Action> {
        effects
            .into_iter()
            .map(|effect| match effect {
                Effect::Record(entry) => {
                    self.entries.push((*entry).clone());
                    Action::Record(entry)
                }
                Effect::Bell => Action::Bell,
            })
            .collect()
    }
}
