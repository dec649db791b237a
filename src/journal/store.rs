//! Appending to the journal, one whole line at a time, safely next to other rehabits.
//!
//! Every line is written under an exclusive lock on the file, with one write, then synced
//! to the disk before it counts as saved. A line cut off by a crash (the file does not
//! end with a newline) is copied to a file beside the journal, then removed from it, so
//! the next line starts clean and nothing is thrown away.

use std::collections::VecDeque;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::read::torn_tail;
use super::{Entry, JournalError, failed, plain_reason};
use crate::paths::ensure_private_dir;

/// How often a flush opens the journal again when the file keeps being replaced.
const MAX_REOPEN: usize = 3;

/// The journal, open for appending.
///
/// Entries wait in memory until they are on the disk: when a write fails they stay, in
/// order, for the next [`Journal::flush`]. Dropping the journal tries one last flush.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    /// The open file, or `None` when it must be opened again (after a failure).
    file: Option<File>,
    /// Lines not on the disk yet, newline included, oldest first.
    pending: VecDeque<String>,
    /// Torn lines found while flushing, not yet reported.
    set_aside: Option<SetAside>,
}

/// A cut-off last line that was moved out of the journal into the file `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// How many bytes were moved.
    pub bytes: usize,
    /// The file they were added to, one fragment per line.
    pub to: PathBuf,
}

impl fmt::Display for SetAside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "The journal's last line was cut off, probably by a crash or a power cut. Its {} bytes \
             were moved to {} and the journal carries on after it.",
            self.bytes,
            self.to.display()
        )
    }
}

/// Entries could not be saved yet. They are kept, and [`Journal::flush`] tries again.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} not saved to the journal yet: {reason}", entries(*.pending))]
pub struct WriteFailed {
    /// How many entries are waiting.
    pub pending: usize,
    /// Why, in plain words: "the disk is full", say.
    pub reason: String,
}

fn entries(count: usize) -> String {
    if count == 1 { "1 entry".to_string() } else { format!("{count} entries") }
}

impl Journal {
    /// Opens the journal at `path`, creating it (and its folder) readable by the user alone.
    ///
    /// If the last line was cut off, it is set aside and reported: tell the patient.
    pub fn open(path: &Path) -> Result<(Journal, Option<SetAside>), JournalError> {
        if let Some(dir) = parent(path) {
            ensure_private_dir(dir).map_err(failed("set up the folder for the journal", dir))?;
        }
        let file = open_file(path).map_err(failed("open the journal", path))?;
        file.lock().map_err(failed("lock the journal", path))?;
        let set_aside = repair_torn_tail(&file, path)
            .map_err(failed("set aside the cut-off last line of the journal", path))?;
        file.unlock().map_err(failed("unlock the journal", path))?;
        let journal =
            Journal { path: path.to_path_buf(), file: Some(file), pending: VecDeque::new(), set_aside: None };
        Ok((journal, set_aside))
    }

    /// A journal that could not be opened yet (a read-only folder, say): entries wait
    /// in memory and every [`Journal::flush`] tries to open it again.
    pub fn unopened(path: &Path) -> Journal {
        Journal { path: path.to_path_buf(), file: None, pending: VecDeque::new(), set_aside: None }
    }

    /// The entries still waiting, as the lines they will be, oldest first.
    pub fn pending_lines(&self) -> impl Iterator<Item = &str> {
        self.pending.iter().map(|line| line.trim_end())
    }

    /// Where the journal is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds `entry` at the end of the journal, after any entries still waiting.
    ///
    /// If writing fails the entry is kept with the others, for [`Journal::flush`]. (An
    /// entry that cannot be turned into JSON is refused instead; the types rule that out.)
    pub fn append(&mut self, entry: &Entry) -> Result<(), WriteFailed> {
        match serde_json::to_string(entry) {
            Ok(mut line) => {
                line.push('\n');
                self.pending.push_back(line);
                self.flush()
            }
            Err(error) => Err(WriteFailed {
                pending: self.pending.len(),
                reason: format!("the entry could not be turned into text ({error})"),
            }),
        }
    }

    /// Writes the waiting entries, in order, stopping at the first that fails.
    pub fn flush(&mut self) -> Result<(), WriteFailed> {
        let Journal { path, file, pending, set_aside } = self;
        while let Some(line) = pending.front() {
            if let Err(error) = write_line(path, file, set_aside, line) {
                return Err(WriteFailed { pending: pending.len(), reason: plain_reason(&error) });
            }
            pending.pop_front();
        }
        Ok(())
    }

    /// Forgets the entries still waiting, for a caller that has told the patient they
    /// were not recorded (so they must not appear later after all).
    pub fn abandon_pending(&mut self) {
        self.pending.clear();
    }

    /// How many entries are waiting to be written.
    pub fn pending_count(&self) -> usize {
        self.pending.len()
    }

    /// Cut-off lines that flushing set aside since last asked (another rehabit may have
    /// crashed mid-write), merged into one report.
    pub fn take_set_aside(&mut self) -> Option<SetAside> {
        self.set_aside.take()
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            // Nobody is left to tell, but trying costs nothing and may save the entries.
            let _ = self.flush();
        }
    }
}

/// The folder `path` is in, unless it is the current one.
fn parent(path: &Path) -> Option<&Path> {
    path.parent().filter(|dir| !dir.as_os_str().is_empty())
}

/// Opens (or creates) the journal to read and append, readable by the user alone.
fn open_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Writes `line` at the end of the journal, opening it again if needed.
fn write_line(
    path: &Path,
    slot: &mut Option<File>,
    set_aside: &mut Option<SetAside>,
    line: &str,
) -> io::Result<()> {
    let file = lock_current(path, slot)?;
    match write_locked(file, path, set_aside, line) {
        // Closing the file would also unlock it; the line is saved either way.
        Ok(()) => {
            if file.unlock().is_err() {
                *slot = None;
            }
            Ok(())
        }
        // Start afresh next time; closing the file releases the lock.
        Err(error) => {
            *slot = None;
            Err(error)
        }
    }
}

/// The journal file, locked, and still the one at `path`: if it was deleted or
/// replaced, the file now at `path` is opened instead (and created if need be).
fn lock_current<'a>(path: &Path, slot: &'a mut Option<File>) -> io::Result<&'a File> {
    for _ in 0..MAX_REOPEN {
        let file = match slot.take() {
            Some(file) => file,
            None => {
                if let Some(dir) = parent(path).filter(|dir| !dir.exists()) {
                    ensure_private_dir(dir)?;
                }
                open_file(path)?
            }
        };
        file.lock()?;
        if is_at(&file, path)? {
            return Ok(slot.insert(file));
        }
    }
    Err(io::Error::other("the journal file kept being replaced while rehabit was writing to it"))
}

/// Whether `file` is the file at `path`.
#[cfg(unix)]
fn is_at(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let open = file.metadata()?;
    match fs::metadata(path) {
        Ok(there) => Ok(open.dev() == there.dev() && open.ino() == there.ino()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error),
    }
}

#[cfg(not(unix))]
fn is_at(_file: &File, path: &Path) -> io::Result<bool> {
    Ok(path.is_file())
}

/// Writes and syncs `line` on the locked `file`; if that fails, tries to remove any
/// part of it that got written, so a retry does not leave half a line behind.
fn write_locked(file: &File, path: &Path, set_aside: &mut Option<SetAside>, line: &str) -> io::Result<()> {
    if let Some(found) = repair_torn_tail(file, path)? {
        match set_aside {
            Some(earlier) => earlier.bytes += found.bytes,
            None => *set_aside = Some(found),
        }
    }
    let before = file.metadata()?.len();
    let mut writer = file;
    let written = writer.write_all(line.as_bytes()).and_then(|()| file.sync_data());
    if written.is_err() && file.metadata().is_ok_and(|now| now.is_file() && now.len() > before) {
        // If this fails too, the next write sets the fragment aside.
        let _ = file.set_len(before).and_then(|()| file.sync_data());
    }
    written
}

/// If the locked `file` does not end with a newline, copies the bytes after its last
/// newline to the set-aside file beside `path`, then cuts them from the journal.
fn repair_torn_tail(file: &File, path: &Path) -> io::Result<Option<SetAside>> {
    let metadata = file.metadata()?;
    let len = metadata.len();
    if !metadata.is_file() || len == 0 {
        return Ok(None);
    }
    let mut last = [0];
    let mut reader = file;
    reader.seek(SeekFrom::Start(len - 1))?;
    reader.read_exact(&mut last)?;
    if last == *b"\n" {
        return Ok(None);
    }
    let mut fragment = torn_tail(file, len)?;
    let bytes = fragment.len();
    let to = set_aside_path(path);
    fragment.push(b'\n');
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut out = options.open(&to)?;
    out.write_all(&fragment)?;
    out.sync_all()?;
    sync_dir(&to);
    // Only once the fragment is safe elsewhere.
    file.set_len(len - bytes as u64)?;
    file.sync_all()?;
    Ok(Some(SetAside { bytes, to }))
}

/// `journal.set-aside.txt` beside `journal.jsonl`.
fn set_aside_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|stem| stem.to_string_lossy()).unwrap_or("journal".into());
    path.with_file_name(format!("{stem}.set-aside.txt"))
}

/// Makes a newly created file's name durable; harmless where folders cannot be synced.
fn sync_dir(file: &Path) {
    if let Some(dir) = parent(file)
        && let Ok(dir) = File::open(dir)
    {
        let _ = dir.sync_all();
    }
}
