//! Reading the journal back from its end, so only the recent part is read.
//!
//! Entries are appended in time order, so reading backwards can stop at the first entry
//! older than the date asked for: start-up costs the same after five years as after a
//! week. Nothing here writes; a shared lock keeps a writer from changing the file while
//! it is read.
//!
//! [`backward`] reads from the end, [`forward`] streams from the start, and both take the
//! lines from [`lines`] and read each with [`parse`].

use std::fs::File;
use std::io;
use std::path::Path;

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Deserialize;

use super::{Entry, FORMAT_VERSION, JournalError, failed};

mod backward;
mod forward;
mod lines;
#[cfg(test)]
mod stream_tests;

pub use backward::{Recent, read_all, read_since};
pub use forward::{Streamed, Streaming, stream_all, stream_since};
pub(super) use lines::torn_tail;

/// How much of an unreadable line is kept to show the patient.
const SHOWN_CHARS: usize = 200;

/// How far out of time order [`read_since`] expects entries to be: the wall clock may be
/// put back (by a time server, or by hand) while rehabit records, so an entry can be
/// stamped earlier than the one before it. Reading goes on this far before `since`.
pub const CLOCK_SLACK: TimeDelta = TimeDelta::days(1);

/// Where reading for entries since `since` can stop: [`CLOCK_SLACK`] before it.
fn stop_at(since: Option<DateTime<FixedOffset>>) -> Option<DateTime<FixedOffset>> {
    since.map(|since| since.checked_sub_signed(CLOCK_SLACK).unwrap_or(since))
}

/// The journal at `path`, locked for reading, and its length; `None` if there is none yet.
fn open_shared(path: &Path) -> Result<Option<(File, u64)>, JournalError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(failed("open the journal", path)(error)),
    };
    file.lock_shared().map_err(failed("lock the journal", path))?;
    let len = file.metadata().map_err(failed("read the journal", path))?.len();
    Ok(Some((file, len)))
}

/// A line of the journal that is not an entry rehabit can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Where the line starts in the file, in bytes.
    pub offset: u64,
    /// The start of the line, up to [`SHOWN_CHARS`] characters, with "…" if cut.
    pub text: String,
}

/// The entry on `line`, `None` if it is not one, or an error if a newer rehabit wrote it.
fn parse(line: &[u8]) -> Result<Option<Entry>, JournalError> {
    /// Just the format version, read before the rest so a newer format is never guessed at.
    #[derive(Deserialize)]
    struct Version {
        v: u32,
    }
    // The common events in one quick pass (see `fast.rs`); then, for any other line, the
    // version first and the entry after, as serde derives it.
    let (version, entry) = match super::fast::entry(line) {
        Some(entry) => (Some(entry.v), Some(entry)),
        None => (serde_json::from_slice::<Version>(line).ok().map(|Version { v }| v), None),
    };
    if let Some(v) = version
        && v > FORMAT_VERSION
    {
        return Err(JournalError::NewerVersion { found: v, supported: FORMAT_VERSION });
    }
    Ok(entry.or_else(|| serde_json::from_slice(line).ok()))
}

/// The start of an unreadable line, as text.
fn shown(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line);
    let mut chars = text.chars();
    let mut shown: String = chars.by_ref().take(SHOWN_CHARS).collect();
    if chars.next().is_some() {
        shown.push('…');
    }
    shown
}
