//! The exercises themselves: counting reps, timing holds and rests, moving on, going
//! back and skipping.

use std::time::Duration;

use super::run::{Outcome, Phase, Prompt, SessionRun, Stage};
use super::steps::{GET_READY, Step, Work};
use super::timer::Timer;
use super::{Effect, Key, Now};
use crate::journal::{Ending, Event};

const MINUTE: Duration = Duration::from_secs(60);
const MAX_COUNT: u32 = 999;

impl SessionRun {
    pub(super) fn work_key(&mut self, key: Key, now: Now, effects: &mut Vec<Effect>) {
        let Some(step) = self.step() else { return };
        match key {
            Key::Char(' ') => self.start_or_pause(step, now.mono),
            Key::Enter | Key::Char('n') => self.mark_done(step, now, effects),
            Key::Char('s') if step.is_rest() => self.next_step(now.mono),
            Key::Char('s') => self.ask(Prompt::SkipReason, now.mono),
            Key::Char('b') => self.go_back(now.mono),
            Key::Char('p') => self.ask(Prompt::HurtScore, now.mono),
            Key::Char(sign @ ('+' | '=' | '-')) => self.correct(step, sign != '-', now.mono),
            Key::Char('q') | Key::Esc => self.ask(Prompt::ConfirmLeave, now.mono),
            _ => {}
        }
    }

    /// Asks `prompt`, with the timer held still while the patient answers.
    pub(super) fn ask(&mut self, prompt: Prompt, now: Duration) {
        self.resume_after_prompt = self.timer.is_running();
        self.timer.pause(now);
        self.prompt = prompt;
    }

    /// Back from a question without acting on it: the timer goes on if it was running.
    pub(super) fn dismiss(&mut self, now: Duration) {
        self.prompt = Prompt::None;
        if std::mem::take(&mut self.resume_after_prompt) {
            self.timer.resume(now);
        }
    }

    /// The step the patient is on, while working.
    pub fn step(&self) -> Option<Step> {
        (self.stage == Stage::Working).then(|| self.steps.get(self.at).copied()).flatten()
    }

    /// The step after the current one that is not a rest.
    pub fn next_exercise_step(&self) -> Option<Step> {
        self.steps.iter().skip(self.at + 1).find(|step| !step.is_rest()).copied()
    }

    /// Steps done and in all, rests not counted.
    pub fn progress(&self) -> (usize, usize) {
        let counted = |(_, step): &(usize, &Step)| !step.is_rest();
        let total = self.steps.iter().enumerate().filter(counted).count();
        let done = self.steps.iter().enumerate().filter(counted).filter(|(i, _)| self.step_done[*i]).count();
        let skipped: usize = self
            .steps
            .iter()
            .enumerate()
            .filter(counted)
            .filter(|(i, step)| !self.step_done[*i] && self.outcomes[step.item] == Outcome::Skipped)
            .count();
        (done + skipped, total)
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }
    pub fn timer(&self) -> &Timer {
        &self.timer
    }
    /// Reps (or holds) counted in this step.
    pub fn count(&self) -> u32 {
        self.count
    }
    pub fn is_paused(&self) -> bool {
        self.phase != Phase::Waiting && !self.timer.is_running()
    }
    /// Whether a walk has reached its target.
    pub fn target_reached(&self) -> bool {
        self.target_reached
    }

    /// When the screen next changes by itself: the next whole second of a running
    /// timer. `None` while nothing moves.
    pub fn next_deadline(&self, now: Duration) -> Option<Duration> {
        if self.stage != Stage::Working || self.prompt != Prompt::None {
            return None;
        }
        let counting_down = !matches!(self.step().map(|s| s.work), Some(Work::Activity { .. }));
        self.timer.next_tick(now, counting_down)
    }

    /// Moves timers on to `now`: holds, rests and get-readies that ended hand over to
    /// what follows, from the moment they ended, so no time is lost or gained.
    pub fn tick(&mut self, now: Now) -> Vec<Effect> {
        let mut effects = Vec::new();
        let mut bell = false;
        while let (Some(step), true) = (self.step(), self.timer.is_over(now.mono)) {
            let ended = self.timer.ends_at().unwrap_or(now.mono);
            match (self.phase, step.work) {
                (Phase::GetReady, Work::Holds { hold, .. }) => self.run(Phase::Holding, hold, ended),
                (Phase::Holding, Work::Holds { reps, relax, .. }) => {
                    bell = true;
                    self.count = (self.count + 1).min(MAX_COUNT);
                    match relax {
                        _ if self.count >= reps => {
                            self.complete(step, Some(self.count), now, ended, &mut effects)
                        }
                        Some(relax) if !relax.is_zero() => self.run(Phase::Relaxing, relax, ended),
                        _ => self.run(Phase::GetReady, GET_READY, ended),
                    }
                }
                (Phase::Relaxing, _) => self.run(Phase::GetReady, GET_READY, ended),
                (Phase::Running, Work::Rest { .. }) => {
                    bell = true;
                    self.next_step(ended);
                }
                (Phase::Running, Work::Timed { .. }) => {
                    bell = true;
                    self.complete(step, None, now, ended, &mut effects);
                }
                (Phase::Running, Work::Activity { .. }) if !self.target_reached => {
                    bell = true;
                    self.target_reached = true;
                }
                _ => break,
            }
        }
        if bell {
            effects.push(Effect::Bell);
        }
        effects
    }

    fn run(&mut self, phase: Phase, length: Duration, from: Duration) {
        self.phase = phase;
        self.timer = Timer::started(length, from);
    }

    fn start_or_pause(&mut self, step: Step, now: Duration) {
        match (self.phase, step.work) {
            (Phase::Waiting, Work::Holds { .. }) => self.run(Phase::GetReady, GET_READY, now),
            (Phase::Waiting, Work::Timed { .. } | Work::Activity { .. }) => {
                self.phase = Phase::Running;
                self.timer.resume(now);
            }
            (Phase::Waiting, _) => {}
            _ => self.timer.toggle(now),
        }
    }

    fn mark_done(&mut self, step: Step, now: Now, effects: &mut Vec<Effect>) {
        let reps = match step.work {
            Work::Rest { .. } => return self.next_step(now.mono),
            // Done without counting along with the timer: the holds asked were done.
            Work::Holds { reps, .. } if self.count == 0 => Some(reps),
            Work::Reps { .. } | Work::Holds { .. } => Some(self.count),
            Work::Timed { .. } | Work::Activity { .. } => None,
        };
        self.complete(step, reps, now, now.mono, effects);
    }

    /// Records the step as done and moves on; the last step of an exercise also records
    /// the exercise. What follows (a rest) starts `from` the moment the step ended.
    fn complete(
        &mut self,
        step: Step,
        reps: Option<u32>,
        now: Now,
        from: Duration,
        effects: &mut Vec<Effect>,
    ) {
        self.step_done[self.at] = true;
        let asked = self.items[step.item].asked.clone();
        if let Work::Activity { target } = step.work {
            let seconds = if self.timer.has_started() { self.timer.elapsed(now.mono) } else { target };
            let event = Event::ExerciseDone { asked, sets_done: 1, seconds: Some(seconds.as_secs()) };
            effects.push(self.entry(now, event));
            self.outcomes[step.item] = Outcome::Done;
        } else {
            effects.push(self.entry(now, Event::SetDone { asked, set: step.set, side: step.side, reps }));
            let last_of_item = self.steps[self.at + 1..].iter().all(|later| later.item != step.item);
            if last_of_item {
                let done: Vec<u32> = (0..self.steps.len())
                    .filter(|i| self.step_done[*i] && self.steps[*i].item == step.item)
                    .map(|i| self.steps[i].set)
                    .collect();
                let sets_done = done.iter().collect::<std::collections::BTreeSet<_>>().len() as u32;
                let asked = self.items[step.item].asked.clone();
                effects.push(self.entry(now, Event::ExerciseDone { asked, sets_done, seconds: None }));
                self.outcomes[step.item] = Outcome::Done;
            }
        }
        self.next_step(from);
        if self.at >= self.steps.len() {
            self.end(Ending::Finished, now, effects);
            self.stage = Stage::PainAfter;
        }
    }

    pub(super) fn skip_exercise(&mut self, reason: String, now: Now, effects: &mut Vec<Effect>) {
        let Some(step) = self.step() else { return };
        let asked = self.items[step.item].asked.clone();
        let reason = Some(reason).filter(|r| !r.is_empty());
        effects.push(self.entry(now, Event::Skipped { asked, reason }));
        self.outcomes[step.item] = Outcome::Skipped;
        let next = self.steps.iter().position(|later| later.item > step.item).unwrap_or(self.steps.len());
        self.enter_step(next, now.mono);
        if self.at >= self.steps.len() {
            self.end(Ending::Finished, now, effects);
            self.stage = Stage::PainAfter;
        }
    }

    fn next_step(&mut self, from: Duration) {
        self.enter_step(self.at + 1, from);
    }

    /// Back to the step before, rests passed over; what was recorded stays in the
    /// journal and a new record of the step supersedes it.
    fn go_back(&mut self, now: Duration) {
        let Some(before) = (0..self.at).rev().find(|i| !self.steps[*i].is_rest()) else {
            return self.enter_step(self.at, now);
        };
        for i in before..self.steps.len() {
            self.step_done[i] = false;
        }
        let item = self.steps[before].item;
        for outcome in &mut self.outcomes[item..] {
            *outcome = Outcome::Pending;
        }
        self.enter_step(before, now);
    }

    fn correct(&mut self, step: Step, up: bool, now: Duration) {
        match step.work {
            Work::Activity { .. } => self.timer.adjust(now, MINUTE, up),
            Work::Reps { .. } | Work::Holds { .. } if up => self.count = (self.count + 1).min(MAX_COUNT),
            Work::Reps { .. } | Work::Holds { .. } => self.count = self.count.saturating_sub(1),
            _ => {}
        }
    }

    /// Makes step `index` current, fresh: rests start at once (from `from`), the rest
    /// waits for the patient.
    pub(super) fn enter_step(&mut self, index: usize, from: Duration) {
        self.at = index;
        self.target_reached = false;
        self.phase = Phase::Waiting;
        let Some(step) = self.steps.get(index) else { return };
        (self.count, self.timer) = match step.work {
            Work::Reps { target } => (target, Timer::new(Duration::ZERO)),
            Work::Holds { hold, .. } => (0, Timer::new(hold)),
            Work::Timed { length } => (0, Timer::new(length)),
            Work::Activity { target } => (0, Timer::new(target)),
            Work::Rest { length } => {
                self.phase = Phase::Running;
                (0, Timer::started(length, from))
            }
        };
    }
}
