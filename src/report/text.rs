//! The words and figures the Markdown, HTML and CSV reports share.
//!
//! The CSV keeps fixed English identifiers ([`date`], [`source`], [`status`],
//! [`verdict`], [`yes_no`]) so spreadsheets and scripts keep working; everything else
//! here is for people and follows the patient's language (`locales/*/report.ftl`).

mod columns;
mod red_flags;
mod summary;

pub use columns::{cancelled_columns, exercise_columns, session_columns, walk_columns, week_columns};
pub use red_flags::{RedFlagRow, red_flag_columns, red_flag_rows, red_flags_key, red_flags_none};
pub use summary::{facts, morning_line};

use chrono::NaiveDate;

use super::{ExerciseRow, RunRow, SkippedExercise, Source, Status};
use crate::journal::DoseRecord;
use crate::progress::{Assessment, DayStatus, Reason, Verdict};

/// The date as the CSV writes it, in every language: "2026-12-28".
pub fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The date for people, in the language's way: "2026-12-28", "28.12.2026".
pub fn day(day: NaiveDate) -> String {
    crate::i18n::date(day, "report-date")
}

/// "2026-12-28 to 2027-01-03"
pub fn days_between(from: NaiveDate, to: NaiveDate) -> String {
    t!("report-date-range", from = self::day(from), to = self::day(to))
}

/// "Mon 2026-12-28"
pub fn day_and_date(day: NaiveDate) -> String {
    crate::i18n::date(day, "report-weekday-date")
}

/// The source as the CSV writes it.
pub fn source(source: Source) -> &'static str {
    match source {
        Source::Live => "live",
        Source::Logged => "logged",
        Source::Marked => "marked",
    }
}

/// How the run came to be, for people.
pub fn source_label(source: Source) -> String {
    match source {
        Source::Live => t!("report-source-live"),
        Source::Logged => t!("report-source-logged"),
        Source::Marked => t!("report-source-marked"),
    }
}

/// The status as the CSV writes it.
pub fn status(status: Status) -> &'static str {
    match status {
        Status::Done => "done",
        Status::Partly => "partly",
        Status::Nothing => "nothing",
    }
}

/// The run's status for people: "cancelled" when it was taken back.
pub fn run_status(run: &RunRow) -> String {
    match (run.cancelled, run.status) {
        (true, _) => t!("report-status-cancelled"),
        (false, Status::Done) => t!("report-status-done"),
        (false, Status::Partly) => t!("report-status-partly"),
        (false, Status::Nothing) => t!("report-status-nothing"),
    }
}

/// The verdict as the CSV writes it.
pub fn verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Progress => "progress",
        Verdict::Hold => "hold",
        Verdict::Reduce => "reduce",
    }
}

/// The verdict for people.
fn verdict_label(verdict: Verdict) -> String {
    match verdict {
        Verdict::Progress => t!("report-verdict-progress"),
        Verdict::Hold => t!("report-verdict-hold"),
        Verdict::Reduce => t!("report-verdict-reduce"),
    }
}

/// Why the model decided so, in a few words for the physiotherapist.
pub fn reason(assessment: &Assessment) -> String {
    let reason = match assessment.reason {
        Reason::TooMuch { after, acceptable_up_to } => {
            t!("report-reason-too-much", after = after, acceptable = acceptable_up_to)
        }
        Reason::NotSettled { morning, usual } => {
            t!("report-reason-not-settled", morning = morning, usual = usual)
        }
        Reason::Acceptable { after, .. } => t!("report-reason-acceptable", after = after),
        Reason::Safe { after, .. } => t!("report-reason-safe", after = after),
    };
    if assessment.provisional { t!("report-reason-provisional", reason = reason) } else { reason }
}

/// "hold: pain after 3, acceptable", or "" without a verdict.
pub fn verdict_and_reason(run: &RunRow) -> String {
    run.assessment
        .as_ref()
        .map(|a| t!("report-verdict-reason", verdict = verdict_label(a.verdict), reason = reason(a)))
        .unwrap_or_default()
}

/// A pain score, or "–" without one.
pub fn pain(score: Option<u8>) -> String {
    score.map_or_else(|| "–".to_string(), |s| s.to_string())
}

/// An average to one decimal, with the language's decimal sign ("3.5", "3,5"), or "–".
pub fn average(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| decimal(v, 1))
}

/// `value` to `places` decimals, with the decimal sign of the language: "3.5" in
/// English, "3,5" in Swedish, Norwegian, Danish and Dutch. For people only: the CSV
/// and the JSON hold no text of this kind.
pub fn decimal(value: f64, places: usize) -> String {
    let figures = format!("{value:.places$}");
    match figures.split_once('.') {
        Some((whole, tenths)) => format!("{whole}{}{tenths}", t!("report-decimal-point")),
        None => figures,
    }
}

pub fn optional(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_string(), |v| v.to_string())
}

/// Yes or no as the CSV writes it.
pub fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// Yes or no, for people.
pub fn yes_no_label(value: bool) -> String {
    if value { t!("report-yes") } else { t!("report-no") }
}

/// The week's days, Monday to Sunday, as marks: "✓ ✓ ✗ · ◐ · ·".
pub fn days(days: &[DayStatus; 7]) -> String {
    let mark = |status: &DayStatus| match status {
        DayStatus::Done => "✓",
        DayStatus::Partly => "◐",
        DayStatus::Missed => "✗",
        DayStatus::Rest => "·",
        DayStatus::Open => "○",
        DayStatus::Outside => "–",
    };
    days.iter().map(mark).collect::<Vec<_>>().join(" ")
}

/// What the marks of [`days`] mean.
pub fn days_key() -> String {
    t!("report-days-key")
}

/// A length of time in whole minutes and seconds: "12 min", "1 min 30 s", "45 s".
pub fn duration(seconds: u64) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// A dose as the journal keeps it: "3 × 10, hold 5 s, left-then-right".
pub fn dose(dose: &DoseRecord) -> String {
    let mut parts = vec![match dose.reps {
        Some(reps) => format!("{} × {reps}", dose.sets),
        None if dose.sets > 1 => t!("report-dose-sets", sets = dose.sets),
        None => String::new(),
    }];
    parts.extend(dose.hold_s.map(|s| t!("report-dose-hold", time = duration(s))));
    parts.extend(dose.duration_s.map(duration));
    parts.extend(dose.sides.as_deref().map(|sides| match sides {
        "alternating" => t!("report-sides-alternating"),
        "left-then-right" => t!("report-sides-left-then-right"),
        other => other.to_string(),
    }));
    parts.retain(|p| !p.is_empty());
    parts.join(", ")
}

/// "done of asked", or "–" when the dose has no such figure.
pub fn done_of<T: std::fmt::Display>(done: Option<T>, asked: Option<T>) -> String {
    match (done, asked) {
        (Some(done), Some(asked)) => format!("{done} / {asked}"),
        _ => "–".to_string(),
    }
}

/// Seconds done of asked, as durations.
pub fn time_done_of(row: &ExerciseRow) -> String {
    match (row.seconds_done, row.seconds_asked) {
        (Some(done), Some(asked)) => format!("{} / {}", duration(done), duration(asked)),
        _ => "–".to_string(),
    }
}

/// "Cat and camel: too stiff", or the name alone without a reason.
pub fn skipped(skip: &SkippedExercise) -> String {
    match &skip.reason {
        Some(reason) => format!("{}: {reason}", skip.name),
        None => skip.name.clone(),
    }
}

/// Every skipped exercise with its reason, ` | ` between them.
pub fn skipped_list(run: &RunRow) -> String {
    run.skipped.iter().map(skipped).collect::<Vec<_>>().join(" | ")
}

/// The notes, ` | ` between them.
pub fn notes(notes: &[String]) -> String {
    notes.join(" | ")
}
