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

/// What rehabit is and is not, in a few short paragraphs, in the patient's language:
/// shown before the first safety questions, and (in English) in the README.
pub fn statement() -> [String; 4] {
    [
        t!("safety-statement-coach"),
        t!("safety-statement-no-diagnosis"),
        t!("safety-statement-records"),
        t!("safety-statement-questions"),
    ]
}

/// Where to turn when an answer calls for a doctor now.
pub fn contact_now() -> String {
    t!("safety-contact-now")
}

/// The advice when an answer calls for a physiotherapist or doctor, but not urgently.
pub fn see_soon() -> String {
    t!("safety-see-soon")
}
