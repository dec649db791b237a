//! The session's stages around the exercises: the pain questions, leaving, skipping
//! with a reason, the note and the summary.

use std::time::Duration;

use super::steps::{Item, Step};
use super::timer::Timer;
use super::{Context, Effect, Key, Now};
use crate::journal::{Ending, Entry, Event, FORMAT_VERSION, HurtAdvice, PainMoment};
use crate::program::PainBands;

/// Where the patient is in the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// "Pain right now, 0 to 10", before starting.
    PainBefore,
    /// Doing the exercises.
    Working,
    PainAfter,
    Note,
    Summary,
    /// The session is closed; the shell goes back to the Today screen.
    Over,
}

/// A question asked on top of the current stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    None,
    /// "Leave the session?"
    ConfirmLeave,
    /// Typing why an exercise is skipped.
    SkipReason,
    /// "This hurts": the exercise stopped, typing the pain now, 0 to 10.
    HurtScore,
    /// The stop rule's advice for the pain just given.
    Advice(HurtAdvice),
}

/// What happens on the current step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Not started: waiting for Space (or the patient counts on their own).
    Waiting,
    /// The 3-2-1 before a hold.
    GetReady,
    Holding,
    /// The pause between two holds.
    Relaxing,
    /// A rest, a timed exercise or an activity running.
    Running,
}

/// What became of an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Pending,
    Done,
    Skipped,
}

/// One sitting of a session, from the first pain question to the summary.
#[derive(Debug, Clone)]
pub struct SessionRun {
    pub(super) context: Context,
    pub(super) items: Vec<Item>,
    pub(super) steps: Vec<Step>,
    pub(super) stage: Stage,
    pub(super) prompt: Prompt,
    /// What the patient is typing: a pain score, a note or a reason.
    pub(super) text: String,
    pub(super) at: usize,
    pub(super) phase: Phase,
    pub(super) timer: Timer,
    /// Reps (or holds) done in the current step.
    pub(super) count: u32,
    pub(super) target_reached: bool,
    /// Whether the timer was running when a question paused it.
    pub(super) resume_after_prompt: bool,
    pub(super) step_done: Vec<bool>,
    pub(super) outcomes: Vec<Outcome>,
    pub(super) pain_before: Option<u8>,
    pub(super) pain_after: Option<u8>,
    pub(super) began: Duration,
    pub(super) worked: Option<Duration>,
    pub(super) ending: Option<Ending>,
    /// The programme's pain bands, for the stop rule.
    pub(super) bands: PainBands,
    /// The last "this hurts": the pain given and the advice.
    pub(super) hurt: Option<(u8, HurtAdvice)>,
}

const MAX_TEXT: usize = 500;

/// Adds a typed digit to a pain score being typed, 0 to 10: "1" then "0" is 10, and a
/// digit that would go past 10 starts the score again.
pub fn type_pain_digit(typed: &mut String, digit: char) {
    let longer = format!("{typed}{digit}");
    *typed = if longer.parse::<u8>().is_ok_and(|n| n <= 10) { longer } else { digit.into() };
    *typed = typed.trim_start_matches('0').to_string();
    if typed.is_empty() {
        *typed = "0".into();
    }
}

impl SessionRun {
    /// Opens a session at `now`, with the exercises and steps of the day (see
    /// [`super::lay_out`]). The first effect records the start.
    pub fn start(
        context: Context,
        items: Vec<Item>,
        steps: Vec<Step>,
        now: Now,
    ) -> (SessionRun, Vec<Effect>) {
        let planned = items.iter().map(|item| item.asked.clone()).collect();
        let mut run = SessionRun {
            context,
            outcomes: vec![Outcome::Pending; items.len()],
            step_done: vec![false; steps.len()],
            items,
            steps,
            stage: Stage::PainBefore,
            prompt: Prompt::None,
            text: String::new(),
            at: 0,
            phase: Phase::Waiting,
            timer: Timer::new(Duration::ZERO),
            count: 0,
            target_reached: false,
            resume_after_prompt: false,
            pain_before: None,
            pain_after: None,
            began: now.mono,
            worked: None,
            ending: None,
            bands: PainBands::default(),
            hurt: None,
        };
        run.enter_step(0, now.mono);
        let started = run.entry(now, Event::Started { planned });
        (run, vec![started])
    }

    /// The patient pressed `key` at `now`.
    pub fn handle(&mut self, key: Key, now: Now) -> Vec<Effect> {
        let mut effects = self.tick(now);
        match (self.stage, self.prompt) {
            (Stage::Over, _) => {}
            (_, Prompt::ConfirmLeave) => self.confirm_leave(key, now, &mut effects),
            (_, Prompt::HurtScore) => self.hurt_key(key, now, &mut effects),
            (_, Prompt::Advice(advice)) => self.advice_key(advice, key, now, &mut effects),
            (_, Prompt::SkipReason) => match self.type_text(key) {
                Some(Some(reason)) => {
                    self.prompt = Prompt::None;
                    self.skip_exercise(reason, now, &mut effects);
                }
                Some(None) => self.dismiss(now.mono),
                None => {}
            },
            (Stage::PainBefore | Stage::PainAfter, _) => self.pain_key(key, now, &mut effects),
            (Stage::Working, _) => self.work_key(key, now, &mut effects),
            (Stage::Note, _) => {
                if let Some(note) = self.type_text(key) {
                    if let Some(text) = note.filter(|text| !text.is_empty()) {
                        effects.push(self.entry(now, Event::Note { text }));
                    }
                    self.stage = Stage::Summary;
                }
            }
            (Stage::Summary, _) => {
                if matches!(key, Key::Enter | Key::Esc | Key::Char('q' | 'n' | ' ')) {
                    self.stage = Stage::Over;
                }
            }
        }
        effects
    }

    fn pain_key(&mut self, key: Key, now: Now, effects: &mut Vec<Effect>) {
        match key {
            Key::Char(digit @ '0'..='9') => type_pain_digit(&mut self.text, digit),
            Key::Backspace => {
                self.text.pop();
            }
            Key::Char('q') if self.stage == Stage::PainBefore => self.prompt = Prompt::ConfirmLeave,
            Key::Enter | Key::Esc | Key::Char('s') => {
                let score = self.text.parse::<u8>().ok().filter(|_| key == Key::Enter);
                self.text.clear();
                let moment =
                    if self.stage == Stage::PainBefore { PainMoment::Before } else { PainMoment::After };
                if let Some(score) = score {
                    effects.push(self.entry(now, Event::Pain { moment, score }));
                }
                match moment {
                    PainMoment::Before => {
                        self.pain_before = score;
                        self.stage = Stage::Working;
                        self.began = now.mono;
                        self.enter_step(0, now.mono);
                    }
                    PainMoment::After | PainMoment::NextMorning => {
                        self.pain_after = score;
                        self.stage = Stage::Note;
                    }
                }
            }
            _ => {}
        }
    }

    /// Edits the typed text; returns `Some(Some(text))` when confirmed with Enter,
    /// `Some(None)` when put aside with Esc.
    fn type_text(&mut self, key: Key) -> Option<Option<String>> {
        match key {
            Key::Char(c) if !c.is_control() && self.text.chars().count() < MAX_TEXT => self.text.push(c),
            Key::Backspace => {
                self.text.pop();
            }
            Key::Enter => return Some(Some(std::mem::take(&mut self.text).trim().to_string())),
            Key::Esc => {
                self.text.clear();
                return Some(None);
            }
            _ => {}
        }
        None
    }

    fn confirm_leave(&mut self, key: Key, now: Now, effects: &mut Vec<Effect>) {
        match key {
            Key::Char('y' | 'Y' | 'q') | Key::Enter => {
                self.prompt = Prompt::None;
                let nothing_done = self.outcomes.iter().all(|o| *o == Outcome::Pending)
                    && self.step_done.iter().all(|done| !done);
                self.end(Ending::Left, now, effects);
                // Leaving before doing anything goes straight back; otherwise the
                // summary shows what was kept.
                self.stage = if nothing_done { Stage::Over } else { Stage::Summary };
            }
            Key::Char('n' | 'N') | Key::Esc => self.dismiss(now.mono),
            _ => {}
        }
    }

    /// Records the end of the exercises, once.
    pub(super) fn end(&mut self, ending: Ending, now: Now, effects: &mut Vec<Effect>) {
        if self.ending.is_some() {
            return;
        }
        self.ending = Some(ending);
        self.worked = Some(now.mono.saturating_sub(self.began));
        let (done, skipped) = (self.count_of(Outcome::Done), self.count_of(Outcome::Skipped));
        effects.push(self.entry(now, Event::Ended { ending, done, skipped }));
    }

    pub(super) fn count_of(&self, outcome: Outcome) -> usize {
        self.outcomes.iter().filter(|o| **o == outcome).count()
    }

    pub(super) fn entry(&self, now: Now, event: Event) -> Effect {
        Effect::Record(Box::new(Entry {
            v: FORMAT_VERSION,
            at: now.wall,
            day: self.context.day,
            program: self.context.program.clone(),
            session: self.context.session.as_str().into(),
            run: self.context.run.as_str().into(),
            event,
        }))
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }
    pub fn prompt(&self) -> Prompt {
        self.prompt
    }
    pub fn context(&self) -> &Context {
        &self.context
    }
    /// What the patient has typed so far in the current question.
    pub fn typed(&self) -> &str {
        &self.text
    }
    pub fn items(&self) -> &[Item] {
        &self.items
    }
    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }
    pub fn pain(&self) -> (Option<u8>, Option<u8>) {
        (self.pain_before, self.pain_after)
    }
    /// How long the exercises took, once they ended.
    pub fn worked(&self) -> Option<Duration> {
        self.worked
    }
    pub fn ending(&self) -> Option<Ending> {
        self.ending
    }
    /// The last time the patient said "this hurts": the pain given and the advice.
    pub fn hurt(&self) -> Option<(u8, HurtAdvice)> {
        self.hurt
    }
    /// The programme's pain bands, for the stop rule ("this hurts"); the defaults
    /// (safe up to 2, acceptable up to 5) until set.
    pub fn set_pain_bands(&mut self, bands: PainBands) {
        self.bands = bands;
    }
    pub fn pain_bands(&self) -> PainBands {
        self.bands
    }
}
