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
    /// The verdict and its reason in plain words, for the patient, in their language.
    pub fn explain(&self) -> String {
        let (reason, next) = match self.reason {
            Reason::TooMuch { after, acceptable_up_to } => {
                (t!("history-model-too-much", after = after, limit = acceptable_up_to), self.lighter())
            }
            Reason::NotSettled { morning, usual } => {
                (t!("history-model-not-settled", morning = morning, usual = usual), self.lighter())
            }
            Reason::Acceptable { after, .. } => (t!("history-model-acceptable", after = after), None),
            Reason::Safe { after, .. } => {
                let next = if self.guides_doses {
                    t!("history-model-build-up")
                } else {
                    t!("history-model-carry-on")
                };
                (t!("history-model-safe", after = after), Some(next))
            }
        };
        let provisional = self.provisional.then(|| t!("history-model-may-change"));
        [Some(reason), next, provisional].into_iter().flatten().collect::<Vec<_>>().join(" ")
    }

    /// What follows too much pain: lighter doses, or (when the doses do not follow pain)
    /// taking it easier and telling the physiotherapist.
    fn lighter(&self) -> Option<String> {
        Some(if self.guides_doses { t!("history-model-lighter") } else { t!("history-model-take-it-easier") })
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

#[cfg(test)]
mod tests {
    use super::assess;
    use crate::i18n::{Lang, use_language_here};
    use crate::program::PainBands;

    const BANDS: PainBands = PainBands { safe_up_to: 2, acceptable_up_to: 5, guides_progression: true };

    #[test]
    fn the_advice_reads_in_swedish_and_dutch_with_its_numbers() {
        let too_much = assess(BANDS, Some(2), Some(7), None).expect("judged");
        let not_settled = assess(BANDS, Some(2), Some(3), Some(4)).expect("judged");
        let provisional = assess(BANDS, Some(1), Some(2), None).expect("judged");
        let _swedish = use_language_here(Lang::Sv);
        assert_eq!(
            too_much.explain(),
            "Smärtan nådde 7 efter passet, över 5: det var för mycket. De närmaste passen blir lite lättare."
        );
        assert_eq!(
            not_settled.explain(),
            "Smärtan var 4 nästa morgon, över din vanliga 2: den hade inte lagt sig. \
             De närmaste passen blir lite lättare."
        );
        let _dutch = use_language_here(Lang::Nl);
        assert_eq!(
            provisional.explain(),
            "De pijn was 2 na de sessie: ruim binnen de veilige zone. Je kunt opbouwen zoals gepland. \
             (Dit kan nog veranderen, afhankelijk van hoe je je morgenochtend voelt.)"
        );
    }
}
