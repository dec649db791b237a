//! The sent log, `reminders.jsonl` in the data directory: one line per reminder sent
//! and per snooze, only ever appended to, readable by the user alone.
//!
//! A run holds an exclusive lock on the file from reading it to recording what it is
//! about to send, so two runs at the same minute (the timer and a hand-typed
//! `rehabit remind --due`) never send the same reminder twice. Only today's part is read,
//! from the end of the file.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::paths::ensure_private_dir;
use crate::remind::Sent;

/// How much of the file is read at first, from its end; a day's lines fit many times.
const TAIL: u64 = 16 * 1024;

/// The sent log, open and locked until dropped.
pub struct SentLog {
    path: PathBuf,
    file: File,
}

impl SentLog {
    /// Opens the log at `path` (creating it and its folder, private to the user) and
    /// waits for the lock.
    pub fn open(path: &Path) -> Result<SentLog, String> {
        let shown = || path.display().to_string();
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            ensure_private_dir(dir)
                .map_err(|e| t!("remind-log-no-folder", path = shown(), error = e.to_string()))?;
        }
        let mut options = OpenOptions::new();
        options.read(true).append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options
            .open(path)
            .map_err(|e| t!("remind-log-not-opened", path = shown(), error = e.to_string()))?;
        file.lock().map_err(|e| t!("remind-log-not-locked", path = shown(), error = e.to_string()))?;
        Ok(SentLog { path: path.to_path_buf(), file })
    }

    /// What was sent and snoozed on `date`, in the order recorded. Lines that are not
    /// records (cut off by a crash, say) are passed over.
    pub fn on(&mut self, date: NaiveDate) -> Result<Vec<Sent>, String> {
        self.read_on(date).map_err(|e| {
            t!("remind-log-not-read", path = self.path.display().to_string(), error = e.to_string())
        })
    }

    fn read_on(&mut self, date: NaiveDate) -> io::Result<Vec<Sent>> {
        let len = self.file.metadata()?.len();
        let mut size = TAIL;
        loop {
            let start = len.saturating_sub(size);
            let mut bytes = Vec::new();
            self.file.seek(SeekFrom::Start(start))?;
            (&self.file).take(len - start).read_to_end(&mut bytes)?;
            let text = String::from_utf8_lossy(&bytes);
            // The first line may be cut by where the read started.
            let whole =
                if start == 0 { &text[..] } else { text.split_once('\n').map_or("", |(_, rest)| rest) };
            let records: Vec<Sent> =
                whole.lines().filter_map(|line| serde_json::from_str(line).ok()).collect();
            let reaches_back = records.first().is_some_and(|first| first.at.date() < date);
            if start == 0 || reaches_back {
                return Ok(records.into_iter().filter(|r| r.at.date() == date).collect());
            }
            size = size.saturating_mul(4);
        }
    }

    /// Appends `records` in one write, synced before it counts as recorded.
    pub fn append(&mut self, records: &[Sent]) -> Result<(), String> {
        self.write(records).map_err(|e| {
            t!("remind-log-not-written", path = self.path.display().to_string(), error = e.to_string())
        })
    }

    fn write(&mut self, records: &[Sent]) -> io::Result<()> {
        let mut text = String::new();
        // A line cut off by a crash is ended, so that the next record starts clean.
        if !self.ends_cleanly()? {
            text.push('\n');
        }
        for record in records {
            text.push_str(&serde_json::to_string(record).map_err(io::Error::other)?);
            text.push('\n');
        }
        self.file.write_all(text.as_bytes())?;
        self.file.sync_all()
    }

    fn ends_cleanly(&mut self) -> io::Result<bool> {
        let len = self.file.metadata()?.len();
        if len == 0 {
            return Ok(true);
        }
        let mut last = [0u8];
        self.file.seek(SeekFrom::Start(len - 1))?;
        self.file.read_exact(&mut last)?;
        Ok(last[0] == b'\n')
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDateTime;

    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn sent(key: &str, when: &str) -> Sent {
        Sent { key: key.into(), at: at(when), snoozed_until: None }
    }

    #[test]
    fn reads_back_only_the_day_asked_from_a_long_log() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("reminders.jsonl");
        let mut log = SentLog::open(&path).unwrap();
        let old: Vec<Sent> = (0..2000).map(|i| sent(&format!("old {i}"), "2026-01-05 10:00")).collect();
        log.append(&old).unwrap();
        log.append(&[sent("a", "2026-03-01 10:00"), sent("b", "2026-03-02 10:00")]).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(log.on(today).unwrap(), [sent("b", "2026-03-02 10:00")]);
        let first = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(log.on(first).unwrap().len(), 2000);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{mode:o}");
        }
    }

    #[test]
    fn a_line_cut_off_by_a_crash_does_not_swallow_the_next_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reminders.jsonl");
        std::fs::write(&path, "{\"key\":\"torn\",\"at\":\"2026-03-02T09").unwrap();
        let mut log = SentLog::open(&path).unwrap();
        log.append(&[sent("b", "2026-03-02 10:00")]).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(log.on(today).unwrap(), [sent("b", "2026-03-02 10:00")]);
    }
}
