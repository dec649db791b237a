//! Safety first: the red-flag questions, what their answers call for, when sessions may
//! start, when to ask again, and the stop rule when an exercise hurts. Pure: the journal's
//! entries, the programme's pain bands and the day are arguments.
//!
//! rehabit never diagnoses. Every text here says what to do, never what it might be.
//!
//! - [`QUESTIONS`]: each red flag in plain words, with its [`Urgency`].
//! - [`assess`]: a set of answers to a [`SafetyOutcome`]: clear, see someone soon, or
//!   contact a doctor now.
//! - [`gate`]: whether sessions may start, from the journal. A "yes" that calls for a
//!   doctor blocks every session, that day and after, until the patient confirms that a
//!   clinician has cleared them; the clearance is journalled and covers every answer
//!   before it.
//! - [`first_start_due`] and [`reask_due`]: the questions are asked the first time a
//!   programme is started, on demand, and again after a pain score far above the
//!   programme's bands ([`far_out_from`]).
//! - [`stop_rule`]: "this hurts" during an exercise, judged with the pain-monitoring
//!   model's bands.

mod decide;
mod gate;
mod questions;

pub use decide::{SafetyOutcome, assess, far_out_from, is_far_out, stop_rule};
pub use gate::{Gate, first_start_due, gate, latest_outcome, reask_due};
pub use questions::{QUESTIONS, Question, Urgency, question};

/// What rehabit is and is not, in a few short paragraphs: shown before the first safety
/// questions, and in the README.
pub const STATEMENT: [&str; 4] = [
    "rehabit is a coach for the exercise programme your physiotherapist gave you. It shows \
     what to do each day, times it, and keeps a record you can show them.",
    "It does not diagnose anything, and it does not replace your physiotherapist or your \
     doctor. If something worries you, ask them.",
    "Your records stay on this computer. rehabit makes no network connections.",
    "First, a few questions about your back, to check that exercising at home is right for \
     you now.",
];

/// Where to turn when an answer calls for a doctor now: generic, so it holds in every
/// country rehabit is used in.
pub const CONTACT_NOW: &str = "Contact your doctor or health centre today. If it is severe or came on \
                               suddenly, call the emergency number.";

/// The advice when an answer calls for a physiotherapist or doctor, but not urgently.
pub const SEE_SOON: &str = "Please book an appointment with your physiotherapist or doctor in the coming \
                            days, so they can look at it with you. It is not urgent, and you can go on \
                            with your exercises in the meantime.";
