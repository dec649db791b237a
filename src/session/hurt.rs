//! "This hurts": during an exercise, one key stops it and asks the pain now, 0 to 10;
//! the stop rule gives the pain-monitoring model's advice (go on gently, skip it or do a
//! lighter version, or stop for today), and the patient acts on it.

use super::run::{Prompt, SessionRun, Stage};
use super::steps::steps_for;
use super::{Effect, Key, Now, type_pain_digit};
use crate::journal::{DoseRecord, Ending, Event, HurtAdvice, PainMoment};
use crate::safety::stop_rule;

impl SessionRun {
    /// Typing the pain now: Enter gives the advice (and records it), Esc goes back to
    /// the exercise without recording anything.
    pub(super) fn hurt_key(&mut self, key: Key, now: Now, effects: &mut Vec<Effect>) {
        match key {
            Key::Char(digit @ '0'..='9') => type_pain_digit(&mut self.text, digit),
            Key::Backspace => {
                self.text.pop();
            }
            Key::Esc => {
                self.text.clear();
                self.dismiss(now.mono);
            }
            Key::Char('q') => {
                self.text.clear();
                self.prompt = Prompt::ConfirmLeave;
            }
            Key::Enter => {
                let Ok(score) = self.text.parse::<u8>() else { return };
                let Some(step) = self.step() else { return };
                self.text.clear();
                let advice = stop_rule(self.bands, score);
                let asked = self.items[step.item].asked.clone();
                effects.push(self.entry(now, Event::Hurt { asked, score, advice }));
                self.hurt = Some((score, advice));
                // After pain, the patient starts again when ready: the timer stays still.
                self.resume_after_prompt = false;
                self.prompt = Prompt::Advice(advice);
            }
            _ => {}
        }
    }

    /// Acting on the advice. Going on is only offered within the safe band; stopping is
    /// always possible.
    pub(super) fn advice_key(&mut self, advice: HurtAdvice, key: Key, now: Now, effects: &mut Vec<Effect>) {
        match (advice, key) {
            (HurtAdvice::StopForToday, Key::Enter | Key::Esc | Key::Char('q' | ' ')) => {
                self.stop_for_today(now, effects)
            }
            (HurtAdvice::StopForToday, _) => {}
            (_, Key::Char('s')) => {
                self.prompt = Prompt::None;
                // The journal keeps this reason in English whatever the language, as it
                // always has: the journal's content does not depend on the language.
                let reason = self.hurt.map(|(score, _)| format!("it hurt (pain {score} of 10)"));
                self.skip_exercise(reason.unwrap_or_default(), now, effects);
            }
            (HurtAdvice::GoOnGently, Key::Enter | Key::Esc | Key::Char(' ' | 'g')) => self.dismiss(now.mono),
            (HurtAdvice::SkipOrLighter, Key::Char('l')) if self.has_lighter() => self.use_lighter(now),
            (_, Key::Char('q')) => self.prompt = Prompt::ConfirmLeave,
            _ => {}
        }
    }

    /// Whether the exercise in hand has a lighter version (a lower level) to offer.
    pub fn has_lighter(&self) -> bool {
        self.step().is_some_and(|step| !self.items[step.item].easier.is_empty())
    }

    /// The lighter version on offer, if any: its level and name.
    pub fn lighter(&self) -> Option<(u8, &str)> {
        let step = self.step()?;
        self.items[step.item].easier.first().map(|(level, version)| (*level, version.name.as_str()))
    }

    /// The exercise in hand swapped for its next lower level, with that level's dose as
    /// written, started again from its first set. Sets already recorded stay in the
    /// journal; the lower level shows in what is recorded next.
    fn use_lighter(&mut self, now: Now) {
        let Some(step) = self.step() else { return };
        let index = step.item;
        let item = &mut self.items[index];
        let (level, version) = item.easier.remove(0);
        item.dose = version.dose.clone();
        item.version = version;
        item.asked.level = level;
        item.asked.dose = DoseRecord::from(&item.dose);
        let fresh = steps_for(index, item.kind, &item.dose);
        let first = self.steps.iter().position(|s| s.item == index).unwrap_or(self.at);
        let end = self.steps.iter().rposition(|s| s.item == index).map_or(first, |last| last + 1);
        let count = fresh.len();
        self.steps.splice(first..end, fresh);
        self.step_done.splice(first..end, vec![false; count]);
        self.prompt = Prompt::None;
        self.enter_step(first, now.mono);
    }

    /// Above the acceptable band: the session ends here. The pain just given is the pain
    /// after the session, so the pain-monitoring model lightens the next sessions; the
    /// note and the summary follow.
    fn stop_for_today(&mut self, now: Now, effects: &mut Vec<Effect>) {
        self.prompt = Prompt::None;
        let score = self.hurt.map(|(score, _)| score);
        self.end(Ending::Left, now, effects);
        if let Some(score) = score {
            effects.push(self.entry(now, Event::Pain { moment: PainMoment::After, score }));
        }
        self.pain_after = score;
        self.stage = Stage::Note;
    }
}
