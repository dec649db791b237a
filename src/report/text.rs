//! The words and figures the Markdown, HTML and CSV reports share.

use chrono::NaiveDate;

use super::{ExerciseRow, Report, RunRow, SkippedExercise, Source, Status};
use crate::journal::{AskedBecause, DoseRecord, SafetyLevel};
use crate::progress::{Assessment, DayStatus, Reason, Verdict};

pub fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// "1 day", "21 days"
pub fn days_count(days: u32) -> String {
    if days == 1 { "1 day".into() } else { format!("{days} days") }
}

/// "Mon 2026-12-28"
pub fn day_and_date(day: NaiveDate) -> String {
    day.format("%a %Y-%m-%d").to_string()
}

pub fn source(source: Source) -> &'static str {
    match source {
        Source::Live => "live",
        Source::Logged => "logged",
        Source::Marked => "marked",
    }
}

pub fn status(status: Status) -> &'static str {
    match status {
        Status::Done => "done",
        Status::Partly => "partly",
        Status::Nothing => "nothing",
    }
}

/// The run's status for people: "cancelled" when it was taken back.
pub fn run_status(run: &RunRow) -> &'static str {
    if run.cancelled { "cancelled" } else { status(run.status) }
}

pub fn verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Progress => "progress",
        Verdict::Hold => "hold",
        Verdict::Reduce => "reduce",
    }
}

/// Why the model decided so, in a few words for the physiotherapist.
pub fn reason(assessment: &Assessment) -> String {
    let reason = match assessment.reason {
        Reason::TooMuch { after, acceptable_up_to } => {
            format!("pain after {after}, above {acceptable_up_to}")
        }
        Reason::NotSettled { morning, usual } => format!("next morning {morning}, above the usual {usual}"),
        Reason::Acceptable { after, .. } => format!("pain after {after}, acceptable"),
        Reason::Safe { after, .. } => format!("pain after {after}, safe"),
    };
    if assessment.provisional { format!("{reason} (provisional: no morning answer yet)") } else { reason }
}

/// "hold: pain after 3, acceptable", or "" without a verdict.
pub fn verdict_and_reason(run: &RunRow) -> String {
    run.assessment.as_ref().map(|a| format!("{}: {}", verdict(a.verdict), reason(a))).unwrap_or_default()
}

/// A pain score, or "–" without one.
pub fn pain(score: Option<u8>) -> String {
    score.map_or_else(|| "–".to_string(), |s| s.to_string())
}

/// An average to one decimal, or "–".
pub fn average(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{v:.1}"))
}

pub fn optional(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_string(), |v| v.to_string())
}

pub fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
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
pub const DAYS_KEY: &str = "Days, Monday to Sunday: ✓ done, ◐ partly done, ✗ missed, · rest day, ○ today, not done yet, \
     – before the start or after today.";

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
        None if dose.sets > 1 => format!("{} sets", dose.sets),
        None => String::new(),
    }];
    parts.extend(dose.hold_s.map(|s| format!("hold {}", duration(s))));
    parts.extend(dose.duration_s.map(duration));
    parts.extend(dose.sides.clone());
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

/// "12 of 14 planned sessions done, 1 partly, 1 missed"
pub fn sessions_line(report: &Report) -> String {
    let s = &report.summary;
    format!("{} of {} planned sessions done, {} partly, {} missed", s.done, s.planned, s.partly, s.missed)
}

/// "95 of 120 minutes", or "95 minutes" without a target.
pub fn walking_line(report: &Report) -> String {
    let s = &report.summary;
    match s.walking_target {
        Some(target) => format!("{} of {target} minutes", s.walking_minutes),
        None => format!("{} minutes", s.walking_minutes),
    }
}

/// "safe up to 2, acceptable up to 5; the dose steps up only while pain allows"
pub fn bands_line(report: &Report) -> String {
    let bands = report.program.pain_bands;
    let progression = if bands.guides_progression {
        "the dose steps up only while pain allows"
    } else {
        "the dose follows the plan whatever the pain"
    };
    format!("safe up to {}, acceptable up to {}; {progression}", bands.safe_up_to, bands.acceptable_up_to)
}

pub fn morning_line(report: &Report) -> &'static str {
    if report.pain.morning_rising {
        "Next-morning pain has been rising over the last weeks: worth talking about."
    } else {
        "Next-morning pain has not been rising."
    }
}

/// The programme's versions in the period, when it changed: "a1b2 (2026-12-01 to …)".
pub fn versions_line(report: &Report) -> Option<String> {
    let versions = &report.program.versions;
    if versions.len() < 2 && versions.iter().all(|v| v.current) {
        return None;
    }
    let each: Vec<String> = versions
        .iter()
        .map(|v| {
            let now = if v.current { ", as now" } else { "" };
            format!("\"{}\" {} ({} to {}{now})", v.title, v.hash, date(v.first_day), date(v.last_day))
        })
        .collect();
    Some(each.join("; "))
}

pub const RED_FLAGS_NONE: &str = "The red-flag safety questions were not answered in this period.";

pub const RED_FLAGS_KEY: &str = "Each row is one time the patient answered every red-flag question; the \
     questions not listed were answered no. A yes that calls for a doctor now stops every session until \
     the patient confirms that a clinician has cleared them.";

/// The columns of the red-flags table, in the Markdown and HTML reports.
pub const RED_FLAG_COLUMNS: [&str; 5] = ["Date", "Asked because", "Answered yes to", "Outcome", "Cleared"];

/// One sitting of red-flag answers, as a row of the red-flags table.
pub fn red_flag_rows(report: &Report) -> Vec<[String; 5]> {
    let mut rows: Vec<[String; 5]> = Vec::new();
    let mut last = None;
    for answer in &report.red_flags {
        if last != Some(answer.at) {
            last = Some(answer.at);
            let cleared = match (answer.outcome, answer.cleared) {
                (SafetyLevel::ContactNow, Some(day)) => date(day),
                (SafetyLevel::ContactNow, None) => "not yet".into(),
                _ => "–".into(),
            };
            let because = match answer.asked_because {
                AskedBecause::FirstStart => "first start of the programme",
                AskedBecause::OnDemand => "asked for by the patient",
                AskedBecause::HighPain => "a high pain score",
            };
            rows.push([
                date(answer.day),
                because.into(),
                String::new(),
                safety_outcome(answer.outcome).into(),
                cleared,
            ]);
        }
        if let (true, Some(row)) = (answer.answer, rows.last_mut()) {
            let short =
                crate::safety::question(&answer.question_id).map_or(answer.question.as_str(), |q| q.short);
            if !row[2].is_empty() {
                row[2].push_str("; ");
            }
            row[2].push_str(short);
        }
    }
    for row in &mut rows {
        if row[2].is_empty() {
            row[2] = "none".into();
        }
    }
    rows
}

pub fn safety_outcome(level: SafetyLevel) -> &'static str {
    match level {
        SafetyLevel::Clear => "clear",
        SafetyLevel::SeeSoon => "see a physiotherapist or doctor soon",
        SafetyLevel::ContactNow => "contact a doctor now",
    }
}

/// The columns of the sessions table, in the Markdown and HTML reports.
pub const SESSION_COLUMNS: [&str; 12] = [
    "Date",
    "Week",
    "Session",
    "How",
    "Status",
    "Pain before",
    "Pain after",
    "Next morning",
    "Verdict",
    "Minutes",
    "Skipped",
    "Notes",
];
