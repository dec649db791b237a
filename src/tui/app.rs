//! The TUI's state: which screen shows, the session in progress and this week's
//! journal entries. Pure like the core: keys and the time come in, effects go out.

use chrono::NaiveDate;

use crate::journal::{Entry, ProgramRef};
use crate::program::Program;
use crate::progress::History;
use crate::session::{self, Context, Effect, Key, Now, SessionRun, Stage, lay_out};
use crate::today::{Today, today};

/// A key as the TUI reads it: the session's keys and a few of the screen's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Press {
    Key(Key),
    Up,
    Down,
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
}

/// Everything the screens show.
#[derive(Debug, Clone)]
pub struct App {
    pub program: Program,
    pub program_ref: ProgramRef,
    /// The day the programme started.
    pub start: NaiveDate,
    /// Whether the programme is the bundled one offered because none was chosen.
    pub is_default: bool,
    /// This week's journal entries, and every one recorded since.
    pub entries: Vec<Entry>,
    pub screen: Screen,
    /// The session picked on the Today screen.
    pub selected: usize,
    pub help: bool,
    /// A calm message about the journal, shown until it is resolved.
    pub notice: Option<String>,
    pub now: Now,
    /// Makes run ids unique between processes started in the same second.
    pub instance: u32,
    pub colour: bool,
}

impl App {
    pub fn today(&self) -> Today {
        today(&self.program, self.start, self.now.wall.date_naive(), &History::from_entries(&self.entries))
    }

    /// The session run in progress, if any.
    pub fn session(&self) -> Option<&SessionRun> {
        match &self.screen {
            Screen::Session(run) => Some(run),
            Screen::Today => None,
        }
    }

    /// Whether keys are going into typed text (a note, a reason) rather than commands.
    pub fn is_typing(&self) -> bool {
        self.session()
            .is_some_and(|run| run.stage() == Stage::Note || run.prompt() == session::Prompt::SkipReason)
    }

    /// Moves the session's timers on to `now`.
    pub fn tick(&mut self, now: Now) -> Vec<Action> {
        self.now = now;
        match &mut self.screen {
            Screen::Session(run) => {
                let effects = run.tick(now);
                self.carry_out(effects)
            }
            Screen::Today => Vec::new(),
        }
    }

    /// When the screen next changes by itself: a session's timer, or midnight, when
    /// the Today screen turns to the next day.
    pub fn next_deadline(&self) -> Option<std::time::Duration> {
        match self.session() {
            Some(run) => run.next_deadline(self.now.mono),
            None => {
                let midnight = self.now.wall.date_naive().succ_opt()?.and_hms_opt(0, 0, 1)?;
                let until = (midnight - self.now.wall.naive_local()).to_std().ok()?;
                Some(self.now.mono + until)
            }
        }
    }

    pub fn handle(&mut self, press: Press, now: Now) -> Vec<Action> {
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
                actions.extend(self.carry_out(effects));
                if over {
                    self.screen = Screen::Today;
                    self.selected = self.today().next_up().unwrap_or(self.selected);
                }
            }
            (Screen::Session(_), _) => {}
            (Screen::Today, press) => actions.extend(self.today_key(press, now)),
        }
        actions
    }

    fn today_key(&mut self, press: Press, now: Now) -> Vec<Action> {
        let count = self.program.sessions.len();
        match press {
            Press::Up => self.selected = self.selected.checked_sub(1).unwrap_or(count.saturating_sub(1)),
            Press::Down => self.selected = (self.selected + 1) % count.max(1),
            Press::Key(Key::Enter | Key::Char(' ' | 'n')) if self.selected < count => {
                return self.start_session(self.selected, now);
            }
            Press::Key(Key::Char('q') | Key::Esc) | Press::Interrupt => return vec![Action::Quit],
            _ => {}
        }
        Vec::new()
    }

    fn start_session(&mut self, index: usize, now: Now) -> Vec<Action> {
        let day = now.wall.date_naive();
        let session = &self.program.sessions[index];
        // The doses the pain-monitoring model allows today.
        let load = History::from_entries(&self.entries).load_on(&self.program, self.start, day);
        let (items, steps) = lay_out(&self.program, session, load.week);
        let context = Context {
            program: self.program_ref.clone(),
            session: session.name.clone(),
            run: format!("{}-{}", now.wall.format("%Y%m%dT%H%M%S"), self.instance),
            day,
        };
        let (run, effects) = SessionRun::start(context, items, steps, now);
        self.screen = Screen::Session(Box::new(run));
        self.carry_out(effects)
    }

    /// Keeps recorded entries for the Today screen and hands the effects to the loop.
    fn carry_out(&mut self, effects: Vec<Effect>) -> Vec<Action> {
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
