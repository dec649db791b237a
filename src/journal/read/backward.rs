//! Reading the journal backwards from its end ([`read_since`], [`read_all`]), so that only
//! the recent part is read.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

use super::lines::LinesBackward;
use super::{Unreadable, open_shared, parse, shown, stop_at};
use crate::journal::{Entry, JournalError, ProgramRef, failed};

/// The recent part of the journal, and anything wrong found in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recent {
    /// The entries read, oldest first.
    pub entries: Vec<Entry>,
    /// Lines that are not entries, oldest first. They are left in the file untouched.
    pub unreadable: Vec<Unreadable>,
    /// The last line was cut off (no newline at its end): a write was interrupted, or
    /// is in progress elsewhere. It is not read as an entry.
    pub torn_tail: bool,
    /// How many bytes of the file were read.
    pub bytes_read: u64,
}

/// The entries recorded at or after `since`, read from the end of the journal at `path`.
///
/// Reading stops at the first entry more than [`CLOCK_SLACK`] older than `since`. Older
/// entries before that are passed over, not stopped at: after the clock was put back
/// (by less than a day), entries recorded earlier still come back. A missing file is an
/// empty journal: the patient has not started yet.
pub fn read_since(path: &Path, since: DateTime<FixedOffset>) -> Result<Recent, JournalError> {
    read(path, Some(since))
}

/// Every entry of the journal at `path`.
pub fn read_all(path: &Path) -> Result<Recent, JournalError> {
    read(path, None)
}

pub(super) fn read(path: &Path, since: Option<DateTime<FixedOffset>>) -> Result<Recent, JournalError> {
    match open_shared(path)? {
        // The lock goes when the file is closed, on every path out of here.
        Some((file, len)) => scan(&file, len, path, since),
        None => Ok(Recent::default()),
    }
}

fn scan(
    file: &File,
    len: u64,
    path: &Path,
    since: Option<DateTime<FixedOffset>>,
) -> Result<Recent, JournalError> {
    let stop = stop_at(since);
    let mut lines = LinesBackward::new(file, len);
    let mut recent = Recent {
        torn_tail: !lines.take_tail().map_err(failed("read the journal", path))?.is_empty(),
        ..Recent::default()
    };
    let mut programs = SharedProgram::default();
    while let Some((offset, line)) = lines.prev_line().map_err(failed("read the journal", path))? {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse(line)? {
            Some(entry) if stop.is_some_and(|stop| entry.at < stop) => break,
            // Older than asked, but entries before it may have been stamped after it.
            Some(entry) if since.is_some_and(|since| entry.at < since) => {}
            Some(mut entry) => {
                programs.share(&mut entry);
                recent.entries.push(entry);
            }
            None => recent.unreadable.push(Unreadable { offset, text: shown(line) }),
        }
    }
    recent.bytes_read = lines.bytes_read();
    recent.entries.reverse();
    recent.unreadable.reverse();
    Ok(recent)
}

/// The programme entries were made under, held once for the run of entries that share
/// it (a year of them, as a rule) rather than once for each.
#[derive(Default)]
struct SharedProgram(Option<Arc<ProgramRef>>);

impl SharedProgram {
    fn share(&mut self, entry: &mut Entry) {
        match &self.0 {
            Some(last) if **last == *entry.program => entry.program = Arc::clone(last),
            _ => self.0 = Some(Arc::clone(&entry.program)),
        }
    }
}
