//! Reading the journal back from its end, so only the recent part is read.
//!
//! Entries are appended in time order, so reading backwards can stop at the first entry
//! older than the date asked for: start-up costs the same after five years as after a
//! week. Nothing here writes; a shared lock keeps a writer from changing the file while
//! it is read.

use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Deserialize;

use super::{Entry, FORMAT_VERSION, JournalError, ProgramRef, failed};

mod lines;

pub(super) use lines::torn_tail;
use lines::{LinesBackward, LinesForward};

/// How much of an unreadable line is kept to show the patient.
const SHOWN_CHARS: usize = 200;

/// How far out of time order [`read_since`] expects entries to be: the wall clock may be
/// put back (by a time server, or by hand) while rehabit records, so an entry can be
/// stamped earlier than the one before it. Reading goes on this far before `since`.
pub const CLOCK_SLACK: TimeDelta = TimeDelta::days(1);

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

/// A line of the journal that is not an entry rehabit can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Where the line starts in the file, in bytes.
    pub offset: u64,
    /// The start of the line, up to about 200 characters, with "…" if cut.
    pub text: String,
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

fn read(path: &Path, since: Option<DateTime<FixedOffset>>) -> Result<Recent, JournalError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Recent::default()),
        Err(error) => return Err(failed("open the journal", path)(error)),
    };
    file.lock_shared().map_err(failed("lock the journal", path))?;
    // The lock goes when the file is closed, on every path out of here.
    scan(&file, path, since)
}

fn scan(file: &File, path: &Path, since: Option<DateTime<FixedOffset>>) -> Result<Recent, JournalError> {
    let len = file.metadata().map_err(failed("read the journal", path))?.len();
    let stop = since.map(|since| since.checked_sub_signed(CLOCK_SLACK).unwrap_or(since));
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

/// What [`stream_since`] and [`stream_all`] hand over, in the order of the file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Streamed<'a> {
    /// The next entry, oldest first.
    Entry(&'a Entry),
    /// Forget every entry handed over so far: an entry more than [`CLOCK_SLACK`] older
    /// than asked came after them, and [`read_since`] would have stopped there.
    StartOver,
}

/// What [`stream_since`] and [`stream_all`] found besides the entries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Streaming {
    /// Lines that are not entries (since the last [`Streamed::StartOver`]), oldest first.
    pub unreadable: Vec<Unreadable>,
    /// The last line was cut off, as [`Recent::torn_tail`].
    pub torn_tail: bool,
}

/// [`read_since`], from the start of the file: each entry is handed to `each` as it is
/// read, oldest first, and not kept, so years of journal take no more memory than a
/// chunk of the file. Heeding every [`Streamed::StartOver`], what `each` is handed is
/// [`Recent::entries`], and the lines found unreadable are [`Recent::unreadable`]. A line
/// from a newer rehabit is the same error; what was handed over is then to be thrown away.
pub fn stream_since(
    path: &Path,
    since: DateTime<FixedOffset>,
    each: impl FnMut(Streamed<'_>),
) -> Result<Streaming, JournalError> {
    stream(path, Some(since), each)
}

/// [`read_all`], an entry at a time, as [`stream_since`].
pub fn stream_all(path: &Path, each: impl FnMut(Streamed<'_>)) -> Result<Streaming, JournalError> {
    stream(path, None, each)
}

fn stream(
    path: &Path,
    since: Option<DateTime<FixedOffset>>,
    mut each: impl FnMut(Streamed<'_>),
) -> Result<Streaming, JournalError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Streaming::default()),
        Err(error) => return Err(failed("open the journal", path)(error)),
    };
    file.lock_shared().map_err(failed("lock the journal", path))?;
    let len = file.metadata().map_err(failed("read the journal", path))?.len();
    let stop = since.map(|since| since.checked_sub_signed(CLOCK_SLACK).unwrap_or(since));
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

#[cfg(test)]
mod stream_tests {
    use chrono::TimeDelta;

    use super::*;
    use crate::journal::{Event, PainMoment, ProgramRef};

    fn entry(at: DateTime<FixedOffset>, n: u64, note: usize) -> Entry {
        let event = match n % 3 {
            0 => Event::Pain { moment: PainMoment::Before, score: (n % 11) as u8 },
            1 => Event::Note { text: "é".repeat(note) },
            _ => Event::SafetyCleared { note: None },
        };
        Entry {
            v: FORMAT_VERSION,
            at,
            day: at.date_naive(),
            program: ProgramRef { title: "Knee".into(), hash: "5f0c".into() }.into(),
            session: "Morning".into(),
            run: format!("r{}", n / 3).into(),
            event,
        }
    }

    /// What reading since `since` (or all) gives, as the stream gives it once every
    /// start-over is heeded.
    fn streamed(path: &Path, since: Option<DateTime<FixedOffset>>) -> Result<Recent, String> {
        let mut entries = Vec::new();
        let each = |streamed: Streamed<'_>| match streamed {
            Streamed::Entry(entry) => entries.push(entry.clone()),
            Streamed::StartOver => entries.clear(),
        };
        let found = match since {
            Some(since) => stream_since(path, since, each),
            None => stream_all(path, each),
        }
        .map_err(|e| e.to_string())?;
        Ok(Recent { entries, unreadable: found.unreadable, torn_tail: found.torn_tail, bytes_read: 0 })
    }

    /// Journals of entries with the clock now and then put back (by less than a day, or
    /// by more), among blank lines, lines that are not entries, lines from a newer
    /// rehabit, lines longer than a read, with or without a last line cut off: the stream
    /// gives what reading backwards gives, whatever the moment asked for.
    #[test]
    fn streaming_gives_what_reading_backwards_gives() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        let base = DateTime::parse_from_rfc3339("2026-03-01T08:00:00+01:00").unwrap();
        let mut errors = 0;
        for round in 0..400 {
            let mut at = base;
            let mut times = vec![];
            let mut bytes = Vec::new();
            for n in 0..next() % 40 {
                at += match next() % 10 {
                    0 => -TimeDelta::minutes((next() % 3000) as i64),
                    1..3 => TimeDelta::minutes((next() % 3000) as i64),
                    _ => TimeDelta::minutes((next() % 200) as i64),
                };
                times.push(at);
                let long = if round % 20 == 0 && next() % 8 == 0 { 40_000 } else { (next() % 30) as usize };
                let line = match next() % 30 {
                    0 => "   \t".to_string(),
                    1 => "{\"v\":1,\"at\":\"not a time\"}".to_string(),
                    2 => "garbage".repeat((next() % 3) as usize),
                    3 if round % 4 == 0 => entry(at, n, long).to_line().replacen("\"v\":1", "\"v\":2", 1),
                    4 if round % 4 == 0 => entry(at, n, long).to_line().replacen("\"v\":1", "\"v\":7", 1),
                    _ => entry(at, n, long).to_line(),
                };
                bytes.extend_from_slice(line.as_bytes());
                bytes.push(b'\n');
            }
            match next() % 4 {
                0 => bytes.extend_from_slice(b"{\"v\":1,\"at\""),
                1 => bytes.truncate(bytes.len().saturating_sub((next() % 50) as usize)),
                _ => {}
            }
            std::fs::write(&path, &bytes).unwrap();
            let mut moments = vec![None, Some(base - TimeDelta::days(3))];
            for _ in 0..4 {
                if !times.is_empty() {
                    let pick = times[(next() % times.len() as u64) as usize];
                    moments.push(Some(pick + TimeDelta::minutes((next() % 4000) as i64 - 2000)));
                }
            }
            for since in moments {
                let backwards = read(&path, since).map_err(|e| e.to_string());
                let forwards = streamed(&path, since);
                errors += usize::from(backwards.is_err());
                match (backwards, forwards) {
                    (Ok(backwards), Ok(forwards)) => {
                        assert_eq!(forwards.entries, backwards.entries, "round {round}, since {since:?}");
                        assert_eq!(forwards.unreadable, backwards.unreadable, "round {round}");
                        assert_eq!(forwards.torn_tail, backwards.torn_tail, "round {round}");
                    }
                    (backwards, forwards) => assert_eq!(forwards.err(), backwards.err(), "round {round}"),
                }
            }
        }
        assert!(errors > 20, "{errors} journals refused");
    }
}
