//! The red-flag answers, kept as they come, with the all-clear that followed them.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::Gathered;
use crate::journal::{AskedBecause, Entry, SafetyAnswer, SafetyLevel};
use crate::report::RedFlagAnswer;

/// One sitting's answers to the red-flag questions.
pub(super) struct RedFlags {
    day: NaiveDate,
    at: DateTime<FixedOffset>,
    because: AskedBecause,
    answers: Vec<SafetyAnswer>,
    outcome: SafetyLevel,
    /// For answers that called for a doctor now: the day of the first all-clear after them.
    cleared: Option<NaiveDate>,
}

impl Gathered {
    /// Keeps the red-flag answers given in `entry`.
    pub(super) fn answered(
        &mut self,
        entry: &Entry,
        because: AskedBecause,
        answers: &[SafetyAnswer],
        outcome: SafetyLevel,
    ) {
        if outcome == SafetyLevel::ContactNow {
            self.not_cleared.push(self.red_flags.len());
        }
        self.red_flags.push(RedFlags {
            day: entry.day,
            at: entry.at,
            because,
            answers: answers.to_vec(),
            outcome,
            cleared: None,
        });
    }

    /// A clinician's all-clear on `day`, for every answer that called for a doctor since
    /// the last one.
    pub(super) fn cleared(&mut self, day: NaiveDate) {
        for index in self.not_cleared.drain(..) {
            self.red_flags[index].cleared = Some(day);
        }
    }

    /// The red-flag answers given in the period, with the day a clinician's all-clear
    /// came for those that called for a doctor (the first clearance after them, in or
    /// after the period).
    pub(super) fn red_flags(&self, from: NaiveDate, to: NaiveDate) -> Vec<RedFlagAnswer> {
        let mut rows = Vec::new();
        for given in self.red_flags.iter().filter(|given| given.day >= from && given.day <= to) {
            rows.extend(given.answers.iter().map(|answer| {
                let question = crate::safety::question(&answer.question);
                RedFlagAnswer {
                    day: given.day,
                    at: given.at,
                    question: question.map_or_else(|| answer.question.to_string(), |q| q.text.to_string()),
                    question_id: answer.question.to_string(),
                    answer: answer.yes,
                    urgency: question.map(|q| q.urgency),
                    asked_because: given.because,
                    outcome: given.outcome,
                    cleared: given.cleared,
                }
            }));
        }
        rows
    }
}
