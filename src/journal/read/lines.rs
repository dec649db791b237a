//! A file's lines, read a chunk at a time from either end, each handed out where it
//! was read rather than copied.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

/// How much of the file is read at a time, from the end or from the start.
const CHUNK: u64 = 64 * 1024;

/// The bytes after the last newline of the first `len` bytes of `file`: a line cut off
/// mid-write, or nothing if the file ends with a newline.
pub(in crate::journal) fn torn_tail(file: &File, len: u64) -> io::Result<Vec<u8>> {
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
pub(super) struct LinesBackward<'a> {
    chunks: Backward<'a>,
    /// The bytes read, from `chunks.pos`.
    buffer: Vec<u8>,
    /// Where the bytes handed out start. Once the tail is taken, the bytes before are
    /// none (at the start of the file) or end with a newline.
    end: usize,
}

impl<'a> LinesBackward<'a> {
    /// The lines of the first `len` bytes of `file`.
    pub(super) fn new(file: &'a File, len: u64) -> Self {
        LinesBackward { chunks: Backward { file, pos: len, bytes_read: 0 }, buffer: Vec::new(), end: 0 }
    }

    /// The bytes after the last newline. Must come before [`Self::prev_line`].
    pub(super) fn take_tail(&mut self) -> io::Result<Vec<u8>> {
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
    pub(super) fn prev_line(&mut self) -> io::Result<Option<(u64, &[u8])>> {
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

    /// How many bytes of the file were read so far.
    pub(super) fn bytes_read(&self) -> u64 {
        self.chunks.bytes_read
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
pub(super) struct LinesForward<'a> {
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
    pub(super) fn new(file: &'a File, len: u64) -> Self {
        LinesForward { file, len, pos: 0, buffer: Vec::new(), start: 0, offset: 0, scanned: 0 }
    }

    /// The next line, without its newline, and where it starts; `None` once only the
    /// bytes after the last newline are left ([`Self::rest`]).
    pub(super) fn next_line(&mut self) -> io::Result<Option<(u64, &[u8])>> {
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
    pub(super) fn rest(&self) -> &[u8] {
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

/// Where the first newline in `bytes` is.
fn first_newline(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'\n', bytes)
}

/// Where the last newline in `bytes` is. Many bytes at a time, as the journal's lines are
/// long: byte by byte, this search was a tenth of reading a year of the journal.
fn last_newline(bytes: &[u8]) -> Option<usize> {
    memchr::memrchr(b'\n', bytes)
}

#[cfg(test)]
mod tests {
    use super::{first_newline, last_newline};

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
