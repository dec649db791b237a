//! The pain trend of the period: by week, by day, and whether morning pain is rising.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::Gathered;
use crate::plan::monday_of;
use crate::progress::morning_pain_rising;
use crate::report::{PainDay, PainTrend, PainWeek, RunRow, WeekRow};

impl Gathered {
    pub(super) fn pain(
        &self,
        weeks: &[WeekRow],
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> PainTrend {
        let counted: Vec<&RunRow> =
            self.rows.iter().filter(|row| (from..=to).contains(&row.day) && !row.cancelled).collect();
        let morning: BTreeMap<NaiveDate, u8> =
            self.morning.range(from..=to.max(from)).map(|(day, score)| (*day, *score)).collect();
        let weeks = weeks
            .iter()
            .map(|week| {
                let of_week: Vec<&&RunRow> =
                    counted.iter().filter(|r| monday_of(r.day) == week.monday).collect();
                let scores =
                    |pick: fn(&RunRow) -> Option<u8>| of_week.iter().filter_map(|r| pick(r)).collect();
                let mornings = morning.range(week.monday..=week.sunday).map(|(_, s)| *s).collect();
                PainWeek {
                    week: week.week,
                    monday: week.monday,
                    before: average(scores(|r| r.pain_before)),
                    after: average(scores(|r| r.pain_after)),
                    morning: average(mornings),
                }
            })
            .collect();
        let mut days: BTreeMap<NaiveDate, PainDay> = BTreeMap::new();
        let blank = |day| PainDay { day, before: None, after: None, morning: None };
        for run in &counted {
            let day = days.entry(run.day).or_insert_with(|| blank(run.day));
            day.before = day.before.max(run.pain_before);
            day.after = day.after.max(run.pain_after);
        }
        for (date, score) in &morning {
            days.entry(*date).or_insert_with(|| blank(*date)).morning = Some(*score);
        }
        let mornings_so_far = self.morning.range(..=to).map(|(d, s)| (*d, *s)).collect();
        PainTrend {
            weeks,
            days: days.into_values().collect(),
            morning_rising: morning_pain_rising(&mornings_so_far, to.min(today)),
        }
    }
}

/// The average of `scores` to one decimal, if there are any.
pub(super) fn average(scores: Vec<u8>) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let mean = scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64;
    Some((mean * 10.0).round() / 10.0)
}
