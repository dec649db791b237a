//! The report as CSV: one row per run, for a spreadsheet.
//!
//! Written for Excel as much as for other programs: UTF-8 with a byte order mark (so
//! Excel reads æ, ø, å, ä and ö), CRLF line endings, quoting as RFC 4180 has it, and a
//! semicolon between fields, because Excel in the Nordic countries and the Netherlands
//! expects `;` (the comma is the decimal separator there). No field holds a decimal
//! number: minutes and pain are whole numbers, dates are YYYY-MM-DD.

use csv::{Terminator, WriterBuilder};

use super::text;
use super::{Report, RunRow};

/// The byte order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// The columns, in order. `docs/report.md` describes each.
pub const COLUMNS: [&str; 15] = [
    "date",
    "week",
    "session",
    "source",
    "status",
    "pain_before",
    "pain_after",
    "pain_next_morning",
    "verdict",
    "minutes",
    "exercises_done",
    "exercises_skipped",
    "skipped_reasons",
    "notes",
    "cancelled",
];

/// The report's runs as CSV, written to `to`.
pub fn write(report: &Report, mut to: impl std::io::Write) -> Result<(), csv::Error> {
    to.write_all(BOM.as_bytes())?;
    let mut writer = WriterBuilder::new().delimiter(b';').terminator(Terminator::CRLF).from_writer(to);
    writer.write_record(COLUMNS)?;
    for run in &report.runs {
        writer.write_record(row(run))?;
    }
    writer.flush()?;
    Ok(())
}

fn row(run: &RunRow) -> [String; 15] {
    let score = |pain: Option<u8>| pain.map(|p| p.to_string()).unwrap_or_default();
    [
        text::date(run.day),
        run.week.to_string(),
        run.activity.clone().unwrap_or_else(|| run.session.clone()),
        text::source(run.source).to_string(),
        text::status(run.status).to_string(),
        score(run.pain_before),
        score(run.pain_after),
        score(run.pain_next_morning),
        run.assessment.map(|a| text::verdict(a.verdict).to_string()).unwrap_or_default(),
        run.minutes.to_string(),
        run.exercises_done.to_string(),
        run.skipped.len().to_string(),
        text::skipped_list(run),
        text::notes(&run.notes),
        text::yes_no(run.cancelled).to_string(),
    ]
}
