//! Reading the journal back from its end, so only the recent part is read.
//!
//! Entries are appended in time order, so reading backwards can stop at the first entry
//! older than the date asked for: start-up costs the same after five years as after a
//! week. Nothing here writes; a shared lock keeps a writer from changing the file while
//! it is read.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use super::{Entry, FORMAT_VERSION, JournalError, failed};

/// How much of the file is read at a time, from the end.
const CHUNK: u64 = 64 * 1024;
/// How much of an unreadable line is kept to show the patient.
const SHOWN_CHARS: usize = 200;

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
/// Reading stops at the first entry older than `since`, so an entry recorded out of
/// time order (after the clock was put back) can be missed. A missing file is an empty
/// journal: the patient has not started yet.
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
    let mut lines = LinesBackward::new(file, len);
    let mut recent = Recent {
        torn_tail: !lines.take_tail().map_err(failed("read the journal", path))?.is_empty(),
        ..Recent::default()
    };
    while let Some((offset, line)) = lines.prev_line().map_err(failed("read the journal", path))? {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse(&line)? {
            Some(entry) if since.is_some_and(|since| entry.at < since) => break,
            Some(entry) => recent.entries.push(entry),
            None => recent.unreadable.push(Unreadable { offset, text: shown(&line) }),
        }
    }
    recent.bytes_read = lines.chunks.bytes_read;
    recent.entries.reverse();
    recent.unreadable.reverse();
    Ok(recent)
}

/// The entry on `line`, `None` if it is not one, or an error if a newer rehabit wrote it.
fn parse(line: &[u8]) -> Result<Option<Entry>, JournalError> {
    /// Just the format version, read before the rest so a newer format is never guessed at.
    #[derive(Deserialize)]
    struct Version {
        v: u32,
    }
    if let Ok(Version { v }) = serde_json::from_slice::<Version>(line)
        && v > FORMAT_VERSION
    {
        return Err(JournalError::NewerVersion { found: v, supported: FORMAT_VERSION });
    }
    Ok(serde_json::from_slice(line).ok())
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

/// A file's lines, from the last to the first.
struct LinesBackward<'a> {
    chunks: Backward<'a>,
    /// The bytes not handed out yet, from `chunks.pos`. Once the tail is taken, this is
    /// empty (at the start of the file) or ends with a newline.
    buffer: Vec<u8>,
}

impl<'a> LinesBackward<'a> {
    /// The lines of the first `len` bytes of `file`.
    fn new(file: &'a File, len: u64) -> Self {
        LinesBackward { chunks: Backward { file, pos: len, bytes_read: 0 }, buffer: Vec::new() }
    }

    /// The bytes after the last newline. Must come before [`Self::prev_line`].
    fn take_tail(&mut self) -> io::Result<Vec<u8>> {
        loop {
            if let Some(newline) = self.buffer.iter().rposition(|&byte| byte == b'\n') {
                return Ok(self.buffer.split_off(newline + 1));
            }
            if !self.pull()? {
                return Ok(std::mem::take(&mut self.buffer));
            }
        }
    }

    /// The line before the last one handed out, without its newline, and its offset.
    fn prev_line(&mut self) -> io::Result<Option<(u64, Vec<u8>)>> {
        if self.buffer.is_empty() {
            return Ok(None);
        }
        loop {
            // The buffer ends with the newline of the line wanted.
            let end = self.buffer.len() - 1;
            if let Some(newline) = self.buffer[..end].iter().rposition(|&byte| byte == b'\n') {
                let mut line = self.buffer.split_off(newline + 1);
                line.pop();
                return Ok(Some((self.chunks.pos + newline as u64 + 1, line)));
            }
            if !self.pull()? {
                let mut line = std::mem::take(&mut self.buffer);
                line.pop();
                return Ok(Some((0, line)));
            }
        }
    }

    /// Puts the previous chunk in front of the buffer; `false` at the start of the file.
    fn pull(&mut self) -> io::Result<bool> {
        let Some(mut chunk) = self.chunks.prev_chunk()? else {
            return Ok(false);
        };
        chunk.append(&mut self.buffer);
        self.buffer = chunk;
        Ok(true)
    }
}
