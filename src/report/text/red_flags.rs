//! The red-flag answers of the period, as rows of a table for people.

use crate::journal::{AskedBecause, SafetyLevel};
use crate::report::Report;

/// The line shown when the safety questions were not answered in the period.
pub fn red_flags_none() -> String {
    t!("report-red-flags-none")
}

/// What a row of the red-flags table means.
pub fn red_flags_key() -> String {
    t!("report-red-flags-key")
}

/// The columns of the red-flags table, in the Markdown and HTML reports.
pub fn red_flag_columns() -> [String; 5] {
    [
        t!("report-col-date"),
        t!("report-col-asked-because"),
        t!("report-col-answered-yes"),
        t!("report-col-outcome"),
        t!("report-col-cleared"),
    ]
}

/// One sitting of red-flag answers: the cells of its row, and whether any answer was yes.
pub struct RedFlagRow {
    pub cells: [String; 5],
    pub any_yes: bool,
}

/// Each sitting of red-flag answers, as a row of the red-flags table.
pub fn red_flag_rows(report: &Report) -> Vec<RedFlagRow> {
    let mut rows: Vec<RedFlagRow> = Vec::new();
    let mut last = None;
    for answer in &report.red_flags {
        if last != Some(answer.at) {
            last = Some(answer.at);
            let cleared = match (answer.outcome, answer.cleared) {
                (SafetyLevel::ContactNow, Some(day)) => super::day(day),
                (SafetyLevel::ContactNow, None) => t!("report-not-yet"),
                _ => "–".into(),
            };
            let because = match answer.asked_because {
                AskedBecause::FirstStart => t!("report-asked-first-start"),
                AskedBecause::OnDemand => t!("report-asked-on-demand"),
                AskedBecause::HighPain => t!("report-asked-high-pain"),
            };
            let cells =
                [super::day(answer.day), because, String::new(), safety_outcome(answer.outcome), cleared];
            rows.push(RedFlagRow { cells, any_yes: false });
        }
        if let (true, Some(row)) = (answer.answer, rows.last_mut()) {
            let short =
                crate::safety::question(&answer.question_id).map_or(answer.question.as_str(), |q| q.short);
            if row.any_yes {
                row.cells[2].push_str("; ");
            }
            row.cells[2].push_str(short);
            row.any_yes = true;
        }
    }
    for row in rows.iter_mut().filter(|row| !row.any_yes) {
        row.cells[2] = t!("report-answered-none");
    }
    rows
}

/// What the answers of a sitting called for, for people.
pub fn safety_outcome(level: SafetyLevel) -> String {
    match level {
        SafetyLevel::Clear => t!("report-outcome-clear"),
        SafetyLevel::SeeSoon => t!("report-outcome-see-soon"),
        SafetyLevel::ContactNow => t!("report-outcome-contact-now"),
    }
}
