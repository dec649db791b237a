//! The next-morning pain check: asked when rehabit opens (or the day turns) while
//! yesterday's sessions still wait for it. Pure: keys in, an answer out.

use chrono::NaiveDate;

use crate::journal::{Entry, Event, FORMAT_VERSION, Name, PainMoment, ProgramRef};
use crate::session::{Key, Now, type_pain_digit};

/// The question, and what has been typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MorningCheck {
    /// The day of the sessions it is about: yesterday.
    pub about: NaiveDate,
    pub typed: String,
}

/// What a key did to the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Still asking.
    Asking,
    Given(u8),
    /// Not now: asked again the next time rehabit opens.
    Skipped,
    Quit,
}

impl MorningCheck {
    pub fn new(about: NaiveDate) -> MorningCheck {
        MorningCheck { about, typed: String::new() }
    }

    /// Typing works as in the session's pain questions: "1" then "0" is 10, a digit
    /// that would go past 10 starts again, and Enter with nothing typed skips.
    pub fn key(&mut self, key: Key) -> Answer {
        match key {
            Key::Char(digit @ '0'..='9') => {
                type_pain_digit(&mut self.typed, digit);
                Answer::Asking
            }
            Key::Backspace => {
                self.typed.pop();
                Answer::Asking
            }
            Key::Enter => self.typed.parse().map_or(Answer::Skipped, Answer::Given),
            Key::Esc | Key::Char('s') => Answer::Skipped,
            Key::Char('q') => Answer::Quit,
            _ => Answer::Asking,
        }
    }

    /// The journal entry for `score`: a run of its own, about yesterday's sessions.
    pub fn entry(&self, score: u8, program: &ProgramRef, now: Now, instance: u32) -> Entry {
        Entry {
            v: FORMAT_VERSION,
            at: now.wall,
            day: self.about,
            program: program.clone().into(),
            session: Name::default(),
            run: compact_str::format_compact!("morning-{}-{instance}", now.wall.format("%Y%m%d")),
            event: Event::Pain { moment: PainMoment::NextMorning, score },
        }
    }
}
