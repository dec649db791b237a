//! The decisions on a set of answers and on a pain score. Pure.

use super::questions::{QUESTIONS, Question, Urgency};
use crate::journal::{HurtAdvice, SafetyAnswer, SafetyLevel};
use crate::program::PainBands;

/// What a set of red-flag answers calls for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafetyOutcome {
    /// No "yes": nothing stops exercise.
    Clear,
    /// Only "yes" answers that need a physiotherapist or doctor soon, not urgently:
    /// `which` they are. Sessions may go on.
    SeeSoon { which: Vec<&'static Question> },
    /// At least one "yes" that needs a doctor now: `which` (the urgent ones). No
    /// session starts until a clinician has cleared the patient.
    ContactNow { which: Vec<&'static Question> },
}

impl SafetyOutcome {
    /// The outcome as the journal keeps it.
    pub fn level(&self) -> SafetyLevel {
        match self {
            SafetyOutcome::Clear => SafetyLevel::Clear,
            SafetyOutcome::SeeSoon { .. } => SafetyLevel::SeeSoon,
            SafetyOutcome::ContactNow { .. } => SafetyLevel::ContactNow,
        }
    }
}

/// What `answers` call for: any urgent "yes" means contact a doctor now, whatever the
/// other answers; otherwise any "yes" means see someone soon. Answers to questions this
/// rehabit does not know are left out.
pub fn assess(answers: &[SafetyAnswer]) -> SafetyOutcome {
    let yes = |urgency: Urgency| -> Vec<&'static Question> {
        QUESTIONS
            .iter()
            .filter(|q| q.urgency == urgency && answers.iter().any(|a| a.yes && a.question == q.id))
            .collect()
    };
    let urgent = yes(Urgency::ContactNow);
    if !urgent.is_empty() {
        return SafetyOutcome::ContactNow { which: urgent };
    }
    let soon = yes(Urgency::SeeSoon);
    if soon.is_empty() { SafetyOutcome::Clear } else { SafetyOutcome::SeeSoon { which: soon } }
}

/// The lowest pain score that is far outside the programme's bands and brings the
/// red-flag questions back: 3 above the top of the acceptable band, and never more
/// than 9 (so 9 and 10 always count). With the default bands (acceptable up to 5), 8.
pub fn far_out_from(bands: PainBands) -> u8 {
    bands.acceptable_up_to.saturating_add(3).min(9)
}

/// Whether `score` is far outside the programme's bands (see [`far_out_from`]).
pub fn is_far_out(bands: PainBands, score: u8) -> bool {
    score >= far_out_from(bands)
}

/// The stop rule: an exercise hurts, and the patient rates the pain now, 0 to 10. The
/// pain-monitoring model's advice, with the programme's bands:
///
/// - within the safe band: go on gently (or skip this exercise);
/// - within the acceptable band: skip this exercise, or do a lighter version;
/// - above it: stop for today.
pub fn stop_rule(bands: PainBands, score: u8) -> HurtAdvice {
    if score <= bands.safe_up_to {
        HurtAdvice::GoOnGently
    } else if score <= bands.acceptable_up_to {
        HurtAdvice::SkipOrLighter
    } else {
        HurtAdvice::StopForToday
    }
}
