//! Writing a report out as it is made, in the format asked for: a report of years of
//! journal is never held whole in memory before it is written.

use std::fmt;
use std::io::{self, Write};

use super::{Report, csv, html, markdown};

/// The ways the report can be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    Json,
}

impl Format {
    /// The format a file name's extension asks for, if it names one.
    pub fn from_extension(path: &std::path::Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Where the Markdown and HTML writers put their text as they make it.
pub type Out<'a> = dyn fmt::Write + 'a;

/// The report written in `format` to `to`, part by part. Give `to` a buffer
/// ([`io::BufWriter`]): the text comes in many small pieces.
pub fn write(report: &Report, format: Format, mut to: impl Write) -> io::Result<()> {
    match format {
        Format::Markdown | Format::Html => {
            let mut text = Text { to, failed: None };
            match format {
                Format::Markdown => markdown::render(report, &mut text),
                _ => html::render(report, &mut text),
            }
            text.failed.map_or(Ok(()), Err)
        }
        Format::Csv => csv::write(report, to).map_err(io::Error::from),
        Format::Json => {
            serde_json::to_writer_pretty(&mut to, report)?;
            to.write_all(b"\n")
        }
    }
}

/// The report written in `format`, as text in memory.
pub fn render(report: &Report, format: Format) -> Result<String, String> {
    let mut bytes = Vec::new();
    write(report, format, &mut bytes).map_err(|e| format!("could not write the report: {e}"))?;
    // Every part of the report is a Rust string, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// An [`io::Write`] taking text: the first error is kept, and everything after it is
/// dropped (the writers go on to the end; what went wrong is told once).
struct Text<W> {
    to: W,
    failed: Option<io::Error>,
}

impl<W: Write> fmt::Write for Text<W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if self.failed.is_some() {
            return Err(fmt::Error);
        }
        self.to.write_all(text.as_bytes()).map_err(|error| {
            self.failed = Some(error);
            fmt::Error
        })
    }
}
