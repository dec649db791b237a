//! Reading the journal back from its end, so only the recent part is read.
//!
//! Entries are appended in time order, so reading backwards can stop at the first entry
//! older than the date asked for: start-up costs the same after five years as after a
//! week. Nothing here writes; a shared lock keeps a writer from changing the file while
//! it is read.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Deserialize;

use super::{Entry, FORMAT_VERSION, JournalError, ProgramRef, failed};

/// How much of the file is read at a time, from the end.
const CHUNK: u64 = 64 * 1024;
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
    recent.bytes_read = lines.chunks.bytes_read;
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

/// The bytes after the last newline of the first `len` bytes of `file`: a line cut off
/// mid-write, or nothing if the file ends with a newline.
pub(super) fn torn_tail(file: &File, len: u64) -> io::Result<Vec<u8>> {
    LinesBackward::new(file, len).take_tail()
}

/// A file's chunks, from the end to the start.
struct Backward<'a> {
    file: &'a File,
    /// Where the last chunk read starts.
    pos: u64,
    bytes_read: u64,
}

impl Backward<'_> {
    /// The chunk before the last one read, or `None` at the start of the file.
    fn prev_chunk(&mut self) -> io::Result<Option<Vec<u8>>> {
        if self.pos == 0 {
            return Ok(None);
        }
        let size = CHUNK.min(self.pos);
        self.pos -= size;
        let mut chunk = vec![0; usize::try_from(size).map_err(io::Error::other)?];
        let mut file = self.file;
        file.seek(SeekFrom::Start(self.pos))?;
        file.read_exact(&mut chunk)?;
        self.bytes_read += size;
        Ok(Some(chunk))
    }
}

/// A file's lines, from the last to the first, each handed out where it was read, not
/// copied.
struct LinesBackward<'a> {
    chunks: Backward<'a>,
    /// The bytes read, from `chunks.pos`.
    buffer: Vec<u8>,
    /// Where the bytes handed out start. Once the tail is taken, the bytes before are
    /// none (at the start of the file) or end with a newline.
    end: usize,
}

impl<'a> LinesBackward<'a> {
    /// The lines of the first `len` bytes of `file`.
    fn new(file: &'a File, len: u64) -> Self {
        LinesBackward { chunks: Backward { file, pos: len, bytes_read: 0 }, buffer: Vec::new(), end: 0 }
    }

    /// The bytes after the last newline. Must come before [`Self::prev_line`].
    fn take_tail(&mut self) -> io::Result<Vec<u8>> {
        loop {
            if let Some(newline) = last_newline(&self.buffer[..self.end]) {
                let tail = self.buffer[newline + 1..self.end].to_vec();
                self.end = newline + 1;
                return Ok(tail);
            }
            if !self.pull()? {
                let tail = self.buffer[..self.end].to_vec();
                self.end = 0;
                return Ok(tail);
            }
        }
    }

    /// The line before the last one handed out, without its newline, and its offset.
    fn prev_line(&mut self) -> io::Result<Option<(u64, &[u8])>> {
        if self.end == 0 {
            return Ok(None);
        }
        let (offset, line) = loop {
            // The bytes not handed out end with the newline of the line wanted.
            let last = self.end - 1;
            if let Some(newline) = last_newline(&self.buffer[..last]) {
                self.end = newline + 1;
                break (self.chunks.pos + newline as u64 + 1, newline + 1..last);
            }
            if !self.pull()? {
                self.end = 0;
                break (0, 0..last);
            }
        };
        Ok(Some((offset, &self.buffer[line])))
    }

    /// Puts the previous chunk in front of the bytes not handed out yet; `false` at the
    /// start of the file.
    fn pull(&mut self) -> io::Result<bool> {
        let Some(mut chunk) = self.chunks.prev_chunk()? else {
            return Ok(false);
        };
        chunk.extend_from_slice(&self.buffer[..self.end]);
        self.end = chunk.len();
        self.buffer = chunk;
        Ok(true)
    }
}

/// A file's lines, from the first to the last, each handed out where it was read, not
/// copied: a chunk is read at a time, so a line takes no more memory than itself.
struct LinesForward<'a> {
    file: &'a File,
    /// How much of the file to read, and how much is read.
    len: u64,
    pos: u64,
    /// The bytes read and not handed out yet, from `buffer[start..]`; `buffer[0]` is at
    /// `offset` in the file.
    buffer: Vec<u8>,
    start: usize,
    offset: u64,
    /// How far from `start` the bytes are known to hold no newline.
    scanned: usize,
}

impl<'a> LinesForward<'a> {
    /// The lines of the first `len` bytes of `file`.
    fn new(file: &'a File, len: u64) -> Self {
        LinesForward { file, len, pos: 0, buffer: Vec::new(), start: 0, offset: 0, scanned: 0 }
    }

    /// The next line, without its newline, and where it starts; `None` once only the
    /// bytes after the last newline are left ([`Self::rest`]).
    fn next_line(&mut self) -> io::Result<Option<(u64, &[u8])>> {
        loop {
            let from = self.start + self.scanned;
            if let Some(newline) = first_newline(&self.buffer[from..]) {
                let (start, end) = (self.start, from + newline);
                self.start = end + 1;
                self.scanned = 0;
                return Ok(Some((self.offset + start as u64, &self.buffer[start..end])));
            }
            self.scanned = self.buffer.len() - self.start;
            if !self.pull()? {
                return Ok(None);
            }
        }
    }

    /// The bytes after the last newline: a line cut off mid-write, or nothing if the file
    /// ends with a newline. Once [`Self::next_line`] has given `None`.
    fn rest(&self) -> &[u8] {
        &self.buffer[self.start..]
    }

    /// Reads the next chunk after the bytes not handed out yet; `false` at the end.
    fn pull(&mut self) -> io::Result<bool> {
        if self.pos >= self.len {
            return Ok(false);
        }
        self.buffer.drain(..self.start);
        self.offset += self.start as u64;
        self.start = 0;
        let size = usize::try_from(CHUNK.min(self.len - self.pos)).map_err(io::Error::other)?;
        let kept = self.buffer.len();
        self.buffer.resize(kept + size, 0);
        let mut file = self.file;
        file.seek(SeekFrom::Start(self.pos))?;
        file.read_exact(&mut self.buffer[kept..])?;
        self.pos += size as u64;
        Ok(true)
    }
}

/// Where the first newline in `bytes` is, eight bytes at a time as [`last_newline`].
fn first_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut start = 0;
    while let Some(word) = bytes.get(start..start + 8) {
        let word = u64::from_ne_bytes(word.try_into().unwrap_or_default()) ^ (ONES * u64::from(b'\n'));
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            break;
        }
        start += 8;
    }
    bytes[start..].iter().position(|&byte| byte == b'\n').map(|at| start + at)
}

/// Where the last newline in `bytes` is. Eight bytes at a time, as the journal's lines
/// are long: byte by byte, this search was a tenth of reading a year of the journal.
fn last_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut end = bytes.len();
    while let Some(word) = end.checked_sub(8).and_then(|start| bytes.get(start..end)) {
        let word = u64::from_ne_bytes(word.try_into().unwrap_or_default()) ^ (ONES * u64::from(b'\n'));
        // Some byte of the word is a newline (a zero byte after the xor).
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            break;
        }
        end -= 8;
    }
    bytes[..end].iter().rposition(|&byte| byte == b'\n')
}

#[cfg(test)]
mod newline_tests {
    use super::last_newline;

    #[test]
    fn finds_the_last_newline_as_a_byte_search_does() {
        let mut bytes = Vec::new();
        for length in 0..40 {
            for newline in 0..=length {
                bytes.clear();
                bytes.extend((0..length).map(|i| if i == newline { b'\n' } else { b'a' + (i % 26) as u8 }));
                if length > 0 && newline % 3 == 0 {
                    bytes[newline / 2] = b'\n';
                }
                assert_eq!(last_newline(&bytes), bytes.iter().rposition(|&b| b == b'\n'), "{bytes:?}");
            }
        }
        let high: Vec<u8> = (0..=255).chain(0..=255).collect();
        assert_eq!(last_newline(&high), high.iter().rposition(|&b| b == b'\n'));
        assert_eq!(last_newline(&high[..10]), None);
    }
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

    #[test]
    fn finds_the_first_newline_as_a_byte_search_does() {
        let mut bytes = Vec::new();
        for length in 0..40 {
            for newline in 0..=length {
                bytes.clear();
                bytes.extend((0..length).map(|i| if i == newline { b'\n' } else { b'a' + (i % 26) as u8 }));
                if length > 0 && newline % 3 == 0 {
                    bytes[(newline + length - 1) / 2] = b'\n';
                }
                assert_eq!(first_newline(&bytes), bytes.iter().position(|&b| b == b'\n'), "{bytes:?}");
            }
        }
        let high: Vec<u8> = (0..=255).rev().chain(0..=255).collect();
        assert_eq!(first_newline(&high), high.iter().position(|&b| b == b'\n'));
        assert_eq!(first_newline(&high[..10]), None);
    }
}
