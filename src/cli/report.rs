//! `rehabit report`: what was asked and what was done, for the physiotherapist.
//!
//! The one command that reads the whole journal (or, with `--from`, all of it from the
//! week before that day on), a line at a time: each entry is handed to the report's
//! [`Gathered`] as it is read, and not kept, so five years of journal take the memory of
//! the report, not of the entries. The report itself is built by the pure core in
//! [`crate::report`]; this shell reads the files and the clock and writes the result.

use std::path::Path;

use chrono::{Days, NaiveDate};

use super::{Outcome, ReportFormat, patient};
use crate::clock;
use crate::journal::{Streamed, stream_all, stream_since};
use crate::paths::Dirs;
use crate::plan::monday_of;
use crate::report::{self, Format, Gathered};

pub fn run(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    format: Option<ReportFormat>,
    output: Option<&Path>,
) -> Outcome {
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(format!(
            "the report can't start ({from}) after it ends ({to}); swap --from and --to, or leave one out"
        ));
    }
    // CSV and JSON are for spreadsheets and other tools: the same in every language,
    // with the programme's texts as they are in English.
    let for_tools = matches!(chosen_format(format, output), Format::Csv | Format::Json);
    let _english = for_tools.then(|| crate::i18n::use_language_here(crate::i18n::Lang::En));
    let current = patient::current()?;
    let dirs = Dirs::from_env().map_err(|e| e.to_string())?;
    let today = clock::today();
    let journal = dirs.journal_file();
    let mut gathered = Gathered::default();
    let each = |streamed: Streamed<'_>| match streamed {
        Streamed::Entry(entry) => gathered.add(entry),
        Streamed::StartOver => gathered = Gathered::default(),
    };
    let read = match (from, current.started) {
        // The whole first week counts in the weekly figures, and a day's slack
        // covers entries recorded in another time zone. Without a start day, the
        // first entry of all is the start.
        (Some(from), Some(_)) => {
            stream_since(&journal, crate::clock::local_midnight(monday_of(from) - Days::new(1)), each)
        }
        _ => stream_all(&journal, each),
    }
    .map_err(|e| e.to_string())?;
    match read.unreadable.len() {
        0 => {}
        1 => eprintln!("rehabit: 1 line of the journal could not be read; it is left out of the report."),
        n => {
            eprintln!("rehabit: {n} lines of the journal could not be read; they are left out of the report.")
        }
    }
    let first_entry = gathered.first_day();
    let start = current.started.or(first_entry).unwrap_or(today);
    let from = from.unwrap_or(start);
    let to = match to {
        Some(to) if to > today => {
            eprintln!("rehabit: the report ends today, {today}: nothing after it has happened yet.");
            today
        }
        to => to.unwrap_or(today),
    };
    if from > to {
        return Err(format!(
            "the report would start ({from}) after it ends ({to}); give a --from on or before {to}"
        ));
    }
    let built = gathered.report(&current.program, &current.hash, start, from, to, today);
    let format = chosen_format(format, output);
    match output {
        Some(path) => {
            crate::paths::write_private_with(path, |file| report::write(&built, format, file))
                .map_err(|e| format!("could not write {}: {e}", path.display()))?;
            let kind = match format {
                Format::Markdown => "Markdown",
                Format::Html => "HTML",
                Format::Csv => "CSV",
                Format::Json => "JSON",
            };
            say!("Wrote the report ({kind}) for {from} to {to} to {}.", path.display());
        }
        None => super::write_out_with(|out| report::write(&built, format, out)),
    }
    Ok(())
}

/// The format asked for with `--format`, or else the one the output file's extension
/// names, or else Markdown.
fn chosen_format(format: Option<ReportFormat>, output: Option<&Path>) -> Format {
    match (format, output.and_then(Format::from_extension)) {
        (Some(ReportFormat::Md), _) => Format::Markdown,
        (Some(ReportFormat::Html), _) => Format::Html,
        (Some(ReportFormat::Csv), _) => Format::Csv,
        (Some(ReportFormat::Json), _) => Format::Json,
        (None, Some(from_name)) => from_name,
        (None, None) => Format::Markdown,
    }
}
