//! The pain-monitoring model: how a session's load was, judged by pain during and
//! after it and the next morning, with the bands the programme's author set. Pure.
//!
//! - Pain after the session above the acceptable band: too much, **reduce**.
//! - Pain the next morning above the usual level (the pain before the session): it
//!   has not settled, **reduce**. Without a score before the session, only morning
//!   pain above the acceptable band counts.
//! - Pain within the acceptable band (above safe): the load was right, **hold**.
//! - Pain within the safe band: the load was easy, **progress**.
//!
//! Until the next-morning answer comes, the verdict is provisional.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::plan::monday_of;
use crate::program::PainBands;

/// What the model advises for the next session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Progress,
    Hold,
    Reduce,
}

/// Why the model decided as it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Reason {
    /// Pain after the session went above the acceptable band.
    TooMuch { after: u8, acceptable_up_to: u8 },
    /// The next morning, pain was above its usual level: the pain before the session,
    /// or, without a score before it, the top of the acceptable band.
    NotSettled { morning: u8, usual: u8 },
    /// Pain after was within the acceptable band.
    Acceptable { after: u8, safe_up_to: u8, acceptable_up_to: u8 },
    /// Pain after was within the safe band.
    Safe { after: u8, safe_up_to: u8 },
}

/// The model's judgement of one session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    #[serde(flatten)]
    pub reason: Reason,
    /// No next-morning answer yet: the verdict may still change.
    pub provisional: bool,
    /// Whether the verdict changes the doses (`pain_guides_progression`); when it
    /// does not, the advice is for the patient and their physiotherapist to weigh.
    #[serde(skip)]
    pub guides_doses: bool,
}

/// Judges a session from the pain before and after it and the next morning.
/// Without a score after the session there is nothing to judge, unless the next
/// morning shows pain has not settled.
pub fn assess(
    bands: PainBands,
    before: Option<u8>,
    after: Option<u8>,
    morning: Option<u8>,
) -> Option<Assessment> {
    let not_settled = match (morning, before) {
        (Some(morning), Some(usual)) if morning > usual => Some(Reason::NotSettled { morning, usual }),
        // Without a usual level, only pain beyond the acceptable band counts as unsettled.
        (Some(morning), None) if morning > bands.acceptable_up_to => {
            Some(Reason::NotSettled { morning, usual: bands.acceptable_up_to })
        }
        _ => None,
    };
    let provisional = morning.is_none();
    let (verdict, reason) = match (after, not_settled) {
        (Some(after), _) if after > bands.acceptable_up_to => {
            (Verdict::Reduce, Reason::TooMuch { after, acceptable_up_to: bands.acceptable_up_to })
        }
        (_, Some(reason)) => (Verdict::Reduce, reason),
        (Some(after), None) if after > bands.safe_up_to => (
            Verdict::Hold,
            Reason::Acceptable {
                after,
                safe_up_to: bands.safe_up_to,
                acceptable_up_to: bands.acceptable_up_to,
            },
        ),
        (Some(after), None) => (Verdict::Progress, Reason::Safe { after, safe_up_to: bands.safe_up_to }),
        (None, None) => return None,
    };
    // Too much pain during the session needs no morning answer to be sure.
    let provisional = provisional && !matches!(reason, Reason::TooMuch { .. });
    Some(Assessment { verdict, reason, provisional, guides_doses: bands.guides_progression })
}

impl Assessment {
    /// The verdict and its reason in plain words, for the patient.
    pub fn explain(&self) -> String {
        let lighter = if self.guides_doses {
            "The next sessions will be a little lighter."
        } else {
            "Take it easier next time, and tell your physiotherapist."
        };
        let build_up =
            if self.guides_doses { "You can build up as planned." } else { "Carry on as planned." };
        let advice = match self.reason {
            Reason::TooMuch { after, acceptable_up_to } => format!(
                "Pain reached {after} after the session, above {acceptable_up_to}: that was too much. {lighter}"
            ),
            Reason::NotSettled { morning, usual } => format!(
                "Pain was {morning} the next morning, above your usual {usual}: it had not settled. {lighter}"
            ),
            Reason::Acceptable { after, .. } => {
                format!("Pain was {after} after the session: acceptable. Keep the same dose for now.")
            }
            Reason::Safe { after, .. } => {
                format!("Pain was {after} after the session: well within the safe zone. {build_up}")
            }
        };
        if self.provisional {
            format!("{advice} (This can change with how you feel tomorrow morning.)")
        } else {
            advice
        }
    }
}

/// Whether next-morning pain has risen week over week: the average of each of the
/// last three weeks higher than the one before, or up by 2 or more from the week
/// before to the last. Then the patient should talk to their physiotherapist.
///
/// The three weeks end with the week of `today`, or with the week before while this
/// week has no answer yet: a morning answer is filed under the day of the sessions it
/// is about, so on a Monday this week has none, and the advice must not vanish then.
pub fn morning_pain_rising(morning: &BTreeMap<NaiveDate, u8>, today: NaiveDate) -> bool {
    let average = |monday: NaiveDate| {
        let scores: Vec<f64> =
            morning.range(monday..monday + chrono::Days::new(7)).map(|(_, s)| f64::from(*s)).collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    };
    let this_week = monday_of(today);
    let last = if average(this_week).is_some() { this_week } else { this_week - chrono::Days::new(7) };
    let weeks: Vec<Option<f64>> =
        (0..3).rev().map(|back| average(last - chrono::Days::new(7 * back))).collect();
    match weeks[..] {
        [Some(a), Some(b), Some(c)] if a < b && b < c => true,
        [_, Some(b), Some(c)] if c - b >= 2.0 => true,
        _ => false,
    }
}
