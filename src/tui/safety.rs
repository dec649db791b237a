//! The red-flag questions as a screen: what rehabit is and is not (before the first
//! questions), one question at a time with a way back, and what the answers call for.
//! When they call for a doctor, the stop message, and the deliberate confirmation that a
//! clinician has cleared the patient. Pure: keys in, a reply out; the App records.

use chrono::NaiveDate;

use super::app::{Action, App, Press, Screen};
use crate::journal::{AskedBecause, Entry, Event, FORMAT_VERSION, Name, ProgramRef, SafetyAnswer};
use crate::safety::{
    Gate, QUESTIONS, Question, SafetyOutcome, Urgency, assess, first_start_due, gate, reask_due,
};
use crate::session::{Key, Now, SessionRun, Stage};

/// Where the patient is in the safety screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// What rehabit is and is not, before the first questions.
    Statement,
    /// The question at this place in [`QUESTIONS`].
    Question(usize),
    /// What the answers call for: clear, or see someone soon. (A doctor now is [`Step::Stop`].)
    Answered(SafetyOutcome),
    /// Stop: contact a doctor now, no session until a clinician has cleared the patient.
    /// `since` is the day of the answer, `which` the questions answered "yes".
    Stop { since: NaiveDate, which: Vec<&'static Question> },
    /// "Has a clinician cleared you?": waiting for a deliberate `y`.
    ConfirmClear { since: NaiveDate, which: Vec<&'static Question> },
    /// The clearance is recorded: sessions may start again.
    Cleared,
}

/// The safety screens' state.
#[derive(Debug, Clone)]
pub struct SafetyCheck {
    pub because: AskedBecause,
    /// The pain score that brought the questions back, for [`AskedBecause::HighPain`].
    pub pain: Option<u8>,
    pub step: Step,
    /// One per question: `None` until answered.
    pub answers: Vec<Option<bool>>,
    /// A session held while the questions are asked (a pain score far out before it
    /// began): it goes on if the answers allow.
    pub resume: Option<Box<SessionRun>>,
}

/// What a key did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Still on the safety screens.
    Asking,
    /// Every question is answered: record them. The check now shows the outcome.
    Answered {
        answers: Vec<SafetyAnswer>,
        outcome: SafetyOutcome,
    },
    /// The patient confirmed a clinician has cleared them: record it.
    Cleared,
    /// Back to the Today screen (or the session held).
    Close,
    Quit,
}

impl SafetyCheck {
    fn new(because: AskedBecause, step: Step) -> SafetyCheck {
        SafetyCheck { because, pain: None, step, answers: vec![None; QUESTIONS.len()], resume: None }
    }

    /// The first start of a programme: the statement, then the questions.
    pub fn first_start() -> SafetyCheck {
        SafetyCheck::new(AskedBecause::FirstStart, Step::Statement)
    }

    /// Asked for from the Today screen.
    pub fn on_demand() -> SafetyCheck {
        SafetyCheck::new(AskedBecause::OnDemand, Step::Question(0))
    }

    /// Asked again after a pain score of `score`, far outside the programme's bands.
    pub fn high_pain(score: u8, resume: Option<Box<SessionRun>>) -> SafetyCheck {
        SafetyCheck {
            pain: Some(score),
            resume,
            ..SafetyCheck::new(AskedBecause::HighPain, Step::Question(0))
        }
    }

    /// The stop message for a block the journal holds.
    pub fn blocked(since: NaiveDate, which: Vec<&'static Question>) -> SafetyCheck {
        SafetyCheck::new(AskedBecause::OnDemand, Step::Stop { since, which })
    }

    /// Whether the patient may leave the questions without answering: only when they
    /// asked for them. Otherwise Esc at the first question goes back to the statement,
    /// and `q` quits rehabit.
    fn optional(&self) -> bool {
        self.because == AskedBecause::OnDemand
    }

    /// The patient pressed `key` on `today`.
    pub fn key(&mut self, key: Key, today: NaiveDate) -> Reply {
        match self.step.clone() {
            Step::Statement => match key {
                Key::Enter | Key::Char(' ') => self.step = Step::Question(0),
                Key::Char('q') | Key::Esc => return Reply::Quit,
                _ => {}
            },
            Step::Question(at) => return self.question_key(at, key, today),
            Step::Answered(_) | Step::Cleared => {
                if matches!(key, Key::Enter | Key::Esc | Key::Char(' ' | 'q')) {
                    return Reply::Close;
                }
            }
            Step::Stop { since, which } => match key {
                Key::Char('c' | 'C') => self.step = Step::ConfirmClear { since, which },
                Key::Enter | Key::Esc => return Reply::Close,
                Key::Char('q') => return Reply::Quit,
                _ => {}
            },
            Step::ConfirmClear { since, which } => match key {
                key if means_yes(key) => {
                    self.step = Step::Cleared;
                    return Reply::Cleared;
                }
                Key::Char('n' | 'N') | Key::Esc | Key::Backspace => self.step = Step::Stop { since, which },
                _ => {}
            },
        }
        Reply::Asking
    }

    fn question_key(&mut self, at: usize, key: Key, today: NaiveDate) -> Reply {
        let answer = match key {
            key if means_yes(key) => Some(true),
            Key::Char('n' | 'N') => Some(false),
            // Enter keeps an answer given before going back.
            Key::Enter => self.answers[at],
            Key::Esc | Key::Backspace | Key::Char('b') => {
                match (at, self.because) {
                    (0, AskedBecause::FirstStart) => self.step = Step::Statement,
                    (0, _) if self.optional() => return Reply::Close,
                    (0, _) => {}
                    (at, _) => self.step = Step::Question(at - 1),
                }
                return Reply::Asking;
            }
            Key::Char('q') if self.optional() => return Reply::Close,
            Key::Char('q') => return Reply::Quit,
            _ => None,
        };
        let Some(yes) = answer else { return Reply::Asking };
        self.answers[at] = Some(yes);
        if at + 1 < QUESTIONS.len() {
            self.step = Step::Question(at + 1);
            return Reply::Asking;
        }
        let answers: Vec<SafetyAnswer> = QUESTIONS
            .iter()
            .zip(&self.answers)
            .map(|(q, yes)| SafetyAnswer { question: q.id.into(), yes: yes.unwrap_or(false) })
            .collect();
        let outcome = assess(&answers);
        self.step = match &outcome {
            SafetyOutcome::ContactNow { which } => Step::Stop { since: today, which: which.clone() },
            other => Step::Answered(other.clone()),
        };
        Reply::Answered { answers, outcome }
    }

    /// Whether the answers just given include a yes that calls for a doctor now.
    pub fn urgent_yes_given(&self) -> bool {
        QUESTIONS
            .iter()
            .zip(&self.answers)
            .any(|(q, yes)| q.urgency == Urgency::ContactNow && *yes == Some(true))
    }

    /// The journal entry for `event`: a run of its own.
    pub fn entry(program: &ProgramRef, now: Now, instance: u32, event: Event) -> Entry {
        Entry {
            v: FORMAT_VERSION,
            at: now.wall,
            day: now.wall.date_naive(),
            program: program.clone().into(),
            session: Name::default(),
            run: compact_str::format_compact!("safety-{}-{instance}", now.wall.format("%Y%m%dT%H%M%S")),
            event,
        }
    }
}

/// `y` in every language; `j` too where yes is "ja" (sv, nb, da, nl). No is `n` in all.
fn means_yes(key: Key) -> bool {
    matches!(key, Key::Char('y' | 'Y'))
        || matches!(key, Key::Char('j' | 'J')) && crate::i18n::language() != crate::i18n::Lang::En
}

impl App {
    /// When rehabit opens: the statement and the questions the first time this
    /// programme is started, or the questions again after a pain score far outside its
    /// bands.
    pub fn ask_safety_at_open(&mut self) {
        if first_start_due(&self.entries, &self.program_ref.title) {
            self.screen = Screen::Safety(Box::new(SafetyCheck::first_start()));
        } else {
            self.ask_safety_again();
        }
    }

    /// On the way back to the Today screen: the questions again, if a pain score far
    /// outside the programme's bands calls for them.
    pub(super) fn ask_safety_again(&mut self) {
        let today = self.now.wall.date_naive();
        if let Some(score) = reask_due(&self.entries, self.program.pain, today) {
            self.screen = Screen::Safety(Box::new(SafetyCheck::high_pain(score, None)));
        }
    }

    /// A pain score far out before the session began: the questions first, with the
    /// session held until they are answered.
    pub(super) fn hold_session_for_safety(&mut self) {
        let today = self.now.wall.date_naive();
        let Some(score) = reask_due(&self.entries, self.program.pain, today) else { return };
        if let Screen::Session(run) = std::mem::replace(&mut self.screen, Screen::Today) {
            self.screen = Screen::Safety(Box::new(SafetyCheck::high_pain(score, Some(run))));
        }
    }

    /// Whether sessions may start, from the journal.
    pub fn safety_gate(&self) -> Gate {
        gate(&self.entries)
    }

    /// The stop message, when sessions must wait for a clinician's all-clear.
    pub(super) fn blocked_message(&self) -> Option<SafetyCheck> {
        match self.safety_gate() {
            Gate::Blocked { since, which } => Some(SafetyCheck::blocked(since, which)),
            Gate::Open => None,
        }
    }

    pub(super) fn safety_key(&mut self, press: Press, now: Now) -> Vec<Action> {
        let Screen::Safety(check) = &mut self.screen else { return Vec::new() };
        let today = now.wall.date_naive();
        let reply = match press {
            Press::Key(key) => check.key(key, today),
            Press::Left | Press::Up => check.key(Key::Backspace, today),
            Press::Interrupt => Reply::Quit,
            Press::Right | Press::Down => Reply::Asking,
        };
        match reply {
            Reply::Asking => Vec::new(),
            Reply::Answered { answers, outcome } => {
                let event =
                    Event::SafetyAnswered { because: check.because, answers, outcome: outcome.level() };
                let mut actions = self.record(event, now);
                // Blocked, by these answers or by earlier ones not cleared yet: the stop
                // message, and a session held for the questions does not go on.
                if let (Gate::Blocked { since, which }, Screen::Safety(check)) =
                    (self.safety_gate(), &mut self.screen)
                {
                    check.step = Step::Stop { since, which };
                    if let Some(run) = check.resume.take() {
                        actions.extend(self.end_held(run, now));
                    }
                }
                actions
            }
            Reply::Cleared => self.record(Event::SafetyCleared { note: None }, now),
            Reply::Close => {
                match check.resume.take() {
                    Some(run) => self.screen = Screen::Session(run),
                    None => {
                        self.screen = Screen::Today;
                        self.ask_morning_check();
                    }
                }
                Vec::new()
            }
            Reply::Quit => {
                let mut actions = match check.resume.take() {
                    Some(run) => self.end_held(run, now),
                    None => Vec::new(),
                };
                actions.push(Action::Quit);
                actions
            }
        }
    }

    /// Records a safety entry, keeping it for the screens.
    fn record(&mut self, event: Event, now: Now) -> Vec<Action> {
        let entry = SafetyCheck::entry(&self.program_ref, now, self.instance, event);
        self.entries.push(entry.clone());
        vec![Action::Record(Box::new(entry))]
    }

    /// Leaves a session held for the questions, as the patient leaving it would.
    fn end_held(&mut self, mut run: Box<SessionRun>, now: Now) -> Vec<Action> {
        let mut effects = run.handle(Key::Char('q'), now);
        if run.stage() != Stage::Over && run.prompt() == crate::session::Prompt::ConfirmLeave {
            effects.extend(run.handle(Key::Char('y'), now));
        }
        self.carry_out(effects)
    }
}
