//! Streaming the journal forwards from its start ([`stream_since`], [`stream_all`]), an
//! entry at a time, to give what reading backwards gives without keeping it all.

use std::path::Path;

use chrono::{DateTime, FixedOffset};

use super::lines::LinesForward;
use super::{Unreadable, open_shared, parse, shown, stop_at};
use crate::journal::{Entry, JournalError, failed};

/// What [`stream_since`] and [`stream_all`] hand over, in the order of the file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Streamed<'a> {
    /// The next entry, oldest first.
    Entry(&'a Entry),
    /// Forget every entry handed over so far: an entry more than [`CLOCK_SLACK`] older
    /// than asked came after them, and [`read_since`] would have stopped there.
    ///
    /// [`read_since`]: super::read_since
    StartOver,
}

/// What [`stream_since`] and [`stream_all`] found besides the entries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Streaming {
    /// Lines that are not entries (since the last [`Streamed::StartOver`]), oldest first.
    pub unreadable: Vec<Unreadable>,
    /// The last line was cut off, as [`Recent::torn_tail`].
    ///
    /// [`Recent::torn_tail`]: super::Recent::torn_tail
    pub torn_tail: bool,
}

/// [`read_since`], from the start of the file: each entry is handed to `each` as it is
/// read, oldest first, and not kept, so years of journal take no more memory than a
/// chunk of the file. Heeding every [`Streamed::StartOver`], what `each` is handed is
/// [`Recent::entries`], and the lines found unreadable are [`Recent::unreadable`]. A line
/// from a newer rehabit is the same error; what was handed over is then to be thrown away.
///
/// [`read_since`]: super::read_since
/// [`Recent::entries`]: super::Recent::entries
/// [`Recent::unreadable`]: super::Recent::unreadable
pub fn stream_since(
    path: &Path,
    since: DateTime<FixedOffset>,
    each: impl FnMut(Streamed<'_>),
) -> Result<Streaming, JournalError> {
    stream(path, Some(since), each)
}

/// [`read_all`], an entry at a time, as [`stream_since`].
///
/// [`read_all`]: super::read_all
pub fn stream_all(path: &Path, each: impl FnMut(Streamed<'_>)) -> Result<Streaming, JournalError> {
    stream(path, None, each)
}

fn stream(
    path: &Path,
    since: Option<DateTime<FixedOffset>>,
    mut each: impl FnMut(Streamed<'_>),
) -> Result<Streaming, JournalError> {
    let Some((file, len)) = open_shared(path)? else {
        return Ok(Streaming::default());
    };
    let stop = stop_at(since);
    let mut found = Streaming::default();
    // Reading backwards, the first line from the end that a newer rehabit wrote is the
    // error: here, the last one since the last entry that would have stopped the reading.
    let mut newer: Option<JournalError> = None;
    let mut lines = LinesForward::new(&file, len);
    while let Some((offset, line)) = lines.next_line().map_err(failed("read the journal", path))? {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse(line) {
            Err(error) => newer = Some(error),
            Ok(Some(entry)) if stop.is_some_and(|stop| entry.at < stop) => {
                found.unreadable.clear();
                newer = None;
                each(Streamed::StartOver);
            }
            Ok(Some(entry)) if since.is_some_and(|since| entry.at < since) => {}
            Ok(Some(entry)) => {
                if newer.is_none() {
                    each(Streamed::Entry(&entry));
                }
            }
            Ok(None) => found.unreadable.push(Unreadable { offset, text: shown(line) }),
        }
    }
    found.torn_tail = !lines.rest().is_empty();
    match newer {
        Some(error) => Err(error),
        None => Ok(found),
    }
}
