//! What the journal's safety entries mean for today: whether sessions may start, and
//! whether the questions are due. Pure: entries in the order they were recorded.

use chrono::NaiveDate;

use super::decide::{SafetyOutcome, assess, is_far_out};
use super::questions::Question;
use crate::journal::{Entry, Event, SafetyLevel};
use crate::program::PainBands;

/// Whether a session may start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    Open,
    /// An answer called for a doctor on `since`, and no clinician has cleared the
    /// patient since: `which` questions were answered "yes" (every one since then).
    Blocked {
        since: NaiveDate,
        which: Vec<&'static Question>,
    },
}

impl Gate {
    pub fn is_blocked(&self) -> bool {
        matches!(self, Gate::Blocked { .. })
    }
}

/// Whether sessions may start, from the journal's `entries`: an answer that called for a
/// doctor now blocks them, from the day it was given, until the patient confirms that a
/// clinician has cleared them. The clearance covers every answer before it, and later
/// answers that all come back clear do not lift a block: only a clearance does.
pub fn gate(entries: &[Entry]) -> Gate {
    let mut blocked: Option<(NaiveDate, Vec<&'static Question>)> = None;
    for entry in entries {
        match &entry.event {
            // The outcome as the patient was told it, even if a later rehabit would judge
            // the same answers otherwise.
            Event::SafetyAnswered { answers, outcome: SafetyLevel::ContactNow, .. } => {
                let (_, all) = blocked.get_or_insert_with(|| (entry.day, Vec::new()));
                if let SafetyOutcome::ContactNow { which } = assess(answers) {
                    for question in which {
                        if !all.contains(&question) {
                            all.push(question);
                        }
                    }
                }
            }
            Event::SafetyCleared { .. } => blocked = None,
            _ => {}
        }
    }
    match blocked {
        Some((since, which)) => Gate::Blocked { since, which },
        None => Gate::Open,
    }
}

/// The most recent answers: the day they were given and what they call for.
pub fn latest_outcome(entries: &[Entry]) -> Option<(NaiveDate, SafetyOutcome)> {
    entries.iter().rev().find_map(|entry| match &entry.event {
        Event::SafetyAnswered { answers, .. } => Some((entry.day, assess(answers))),
        _ => None,
    })
}

/// Whether the questions are due because the programme called `title` is started for the
/// first time: `entries` hold no answers given under it.
pub fn first_start_due(entries: &[Entry], title: &str) -> bool {
    !entries.iter().any(|e| e.program.title == title && matches!(e.event, Event::SafetyAnswered { .. }))
}

/// The pain score that brings the questions back, if one does: a score far outside the
/// programme's bands ([`super::far_out_from`]) recorded after the latest answers, when those
/// answers were not given `today` (at most once a day, so a patient whose pain stays high
/// is not asked before every session). The highest such score. Without any answers yet,
/// `None`: the first start asks them anyway.
pub fn reask_due(entries: &[Entry], bands: PainBands, today: NaiveDate) -> Option<u8> {
    let last = entries.iter().rposition(|e| matches!(e.event, Event::SafetyAnswered { .. }))?;
    if entries[last].day == today {
        return None;
    }
    entries[last + 1..].iter().flat_map(pain_scores).filter(|score| is_far_out(bands, *score)).max()
}

/// Every pain score an entry holds.
fn pain_scores(entry: &Entry) -> Vec<u8> {
    match &entry.event {
        Event::Pain { score, .. } | Event::Hurt { score, .. } => vec![*score],
        Event::Logged { pain_before, pain_after, .. } => {
            pain_before.iter().chain(pain_after).copied().collect()
        }
        _ => Vec::new(),
    }
}
