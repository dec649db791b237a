//! Properties that hold whatever the input, shared by the property tests
//! (`tests/journal_never_panics.rs`) and the fuzz targets (`fuzz/fuzz_targets/`): each
//! function takes raw input and panics when a property fails, which both proptest and
//! libFuzzer report with the input.
//!
//! The journal's properties are checked against a model: the file split into lines the
//! simple way, each line judged on its own. The reader, which reads backwards in chunks
//! and may stop early, must come to exactly the same answer.

// Each user of this module uses its own part of it.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use rehabit::journal::{
    CLOCK_SLACK, Entry, FORMAT_VERSION, Journal, JournalError, Recent, read_all, read_since,
};
use rehabit::program::{Severity, check};

/// Checks a programme's source: no panic, every problem's places inside the source and
/// on character boundaries, with a message and a fix, and a programme back exactly when
/// there is no error.
pub fn check_programme(source: &str) {
    let checked = check(source);
    for problem in &checked.problems {
        let mut spans = vec![&problem.span];
        if let Some((related, note)) = &problem.related {
            assert!(!note.trim().is_empty(), "a related place without a note: {problem:?}");
            spans.push(related);
        }
        for span in spans {
            assert!(
                span.start <= span.end && span.end <= source.len(),
                "a span outside the source: {problem:?}"
            );
            assert!(
                source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
                "a span not on a character boundary: {problem:?}"
            );
        }
        assert!(!problem.message.trim().is_empty(), "a problem without a message: {problem:?}");
        assert!(!problem.fix.trim().is_empty(), "a problem without a fix: {problem:?}");
    }
    let has_errors = checked.problems.iter().any(|p| p.severity == Severity::Error);
    assert_eq!(checked.program.is_some(), !has_errors, "{:?}", checked.problems);
}

/// Checks a programme given as bytes, as an editor might save them: as text when they
/// are UTF-8, and with the invalid bytes replaced otherwise (as rehabit never reads a
/// file that is not UTF-8 as a programme).
pub fn check_programme_bytes(bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(source) => check_programme(source),
        Err(_) => check_programme(&String::from_utf8_lossy(bytes)),
    }
}

/// One line of the journal as the model judges it, on its own.
#[derive(Debug)]
enum Line {
    /// Only spaces, tabs, carriage returns...: passed over.
    Blank,
    /// Written by a newer rehabit, in format `v`.
    Newer(u32),
    Entry(Box<Entry>),
    Unreadable,
}

/// The journal as the model sees it.
struct Model<'a> {
    bytes: &'a [u8],
    /// Every whole line (with a newline after it): where it starts, its bytes, and what
    /// it is.
    lines: Vec<(u64, &'a [u8], Line)>,
    /// Bytes after the last newline: a line cut off.
    torn_tail: bool,
}

/// What reading should give: entries, unreadable lines' offsets, whether the end is torn.
type Expected = Result<(Vec<Entry>, Vec<u64>, bool), u32>;

impl<'a> Model<'a> {
    fn of(bytes: &'a [u8]) -> Model<'a> {
        let mut lines = Vec::new();
        let mut start = 0;
        for (at, _) in bytes.iter().enumerate().filter(|(_, byte)| **byte == b'\n') {
            let line = &bytes[start..at];
            lines.push((start as u64, line, judge(line)));
            start = at + 1;
        }
        Model { bytes, lines, torn_tail: start < bytes.len() }
    }

    /// What `read_all` (`since` = `None`) or `read_since` should give: lines from the
    /// end, passing over entries older than `since` and stopping at the first more than
    /// [`CLOCK_SLACK`] older; a newer line met on the way refuses the whole.
    fn expected(&self, since: Option<DateTime<FixedOffset>>) -> Expected {
        let stop = since.map(|since| since.checked_sub_signed(CLOCK_SLACK).unwrap_or(since));
        let (mut entries, mut unreadable) = (Vec::new(), Vec::new());
        for (offset, _, line) in self.lines.iter().rev() {
            match line {
                Line::Blank => {}
                Line::Newer(v) => return Err(*v),
                Line::Entry(entry) if stop.is_some_and(|stop| entry.at < stop) => break,
                Line::Entry(entry) if since.is_some_and(|since| entry.at < since) => {}
                Line::Entry(entry) => entries.push((**entry).clone()),
                Line::Unreadable => unreadable.push(*offset),
            }
        }
        entries.reverse();
        unreadable.reverse();
        Ok((entries, unreadable, self.torn_tail))
    }

    /// The whole lines, as the journal keeps them once a torn tail is set aside.
    fn whole_lines(&self) -> &'a [u8] {
        let end = self.lines.last().map_or(0, |(offset, line, _)| *offset as usize + line.len() + 1);
        &self.bytes[..end]
    }
}

fn judge(line: &[u8]) -> Line {
    #[derive(serde::Deserialize)]
    struct Version {
        v: u32,
    }
    if line.iter().all(u8::is_ascii_whitespace) {
        return Line::Blank;
    }
    if let Ok(Version { v }) = serde_json::from_slice::<Version>(line)
        && v > FORMAT_VERSION
    {
        return Line::Newer(v);
    }
    match serde_json::from_slice::<Entry>(line) {
        Ok(entry) => Line::Entry(Box::new(entry)),
        Err(_) => Line::Unreadable,
    }
}

/// Compares what the reader gave with the model, and checks what it says of unreadable
/// lines: each at the start of a line of the file, showing that line's start.
fn assert_read(what: &str, model: &Model<'_>, read: Result<Recent, JournalError>, expected: Expected) {
    let bytes = model.bytes;
    match (read, expected) {
        (Ok(recent), Ok((entries, offsets, torn_tail))) => {
            let found: Vec<u64> = recent.unreadable.iter().map(|line| line.offset).collect();
            assert_eq!(found, offsets, "{what}: unreadable lines at other places");
            for line in &recent.unreadable {
                let offset = usize::try_from(line.offset).expect("an offset in memory");
                assert!(offset < bytes.len(), "{what}: an offset past the end: {line:?}");
                assert!(offset == 0 || bytes[offset - 1] == b'\n', "{what}: not a line's start: {line:?}");
                let text = bytes[offset..].split(|&byte| byte == b'\n').next().unwrap_or_default();
                let text = String::from_utf8_lossy(text);
                let shown = line.text.strip_suffix('…').unwrap_or(&line.text);
                assert!(text.starts_with(shown) && !shown.is_empty(), "{what}: shows other text: {line:?}");
            }
            assert_eq!(recent.torn_tail, torn_tail, "{what}: the torn tail");
            assert!(recent.bytes_read <= bytes.len() as u64, "{what}: read more than the file");
            // Entries last, so that a difference elsewhere shows first and shorter.
            assert_eq!(recent.entries.len(), entries.len(), "{what}: another number of entries");
            assert!(recent.entries == entries, "{what}: other entries");
        }
        (Err(JournalError::NewerVersion { found, supported }), Err(v)) => {
            assert_eq!((found, supported), (v, FORMAT_VERSION), "{what}: the newer version");
        }
        (read, expected) => panic!("{what}: read {read:?}, expected {expected:?}"),
    }
}

/// Writes `bytes` as the journal at `path` and reads it back whole and since `since`:
/// no panic, exactly what the model says. Then opens it for writing, which sets a torn
/// last line aside and loses nothing else.
pub fn check_journal(path: &Path, bytes: &[u8], since: DateTime<FixedOffset>) {
    fs::write(path, bytes).expect("the journal is written");
    let stem = path.file_stem().expect("a journal file name").to_string_lossy();
    let _ = fs::remove_file(path.with_file_name(format!("{stem}.set-aside.txt")));
    let model = Model::of(bytes);
    assert_read("read_all", &model, read_all(path), model.expected(None));
    assert_read("read_since", &model, read_since(path, since), model.expected(Some(since)));

    let (journal, set_aside) = Journal::open(path).expect("the journal opens");
    drop(journal);
    let kept = fs::read(path).expect("the journal is read");
    assert_eq!(kept, model.whole_lines(), "opening the journal changed more than its torn tail");
    let tail = &bytes[kept.len()..];
    match set_aside {
        None => assert!(tail.is_empty(), "a torn tail was dropped, not set aside"),
        Some(set_aside) => {
            assert_eq!(set_aside.bytes, tail.len());
            let aside = fs::read(&set_aside.to).expect("the set-aside file is read");
            assert_eq!(aside, [tail, b"\n"].concat(), "the set-aside file holds the torn tail");
        }
    }
}

/// The journal fuzz target's input: the first two bytes (when there are two) choose the
/// moment to read since, up to 23 days either side of 30 March 2025 (when the seeds
/// were written); all the bytes are the journal, written to `journal.jsonl` in `dir`.
pub fn check_journal_input(dir: &Path, data: &[u8]) {
    let minutes = match data {
        [a, b, ..] => i64::from(i16::from_le_bytes([*a, *b])),
        _ => 0,
    };
    let base = DateTime::parse_from_rfc3339("2025-03-30T00:00:00+01:00").expect("a valid date");
    check_journal(&dir.join("journal.jsonl"), data, base + chrono::TimeDelta::minutes(minutes));
}
