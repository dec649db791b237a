//! The journal on disk: one JSON [`Entry`] per line, only ever appended to.
//!
//! [`Journal`] appends: each line is written whole under an exclusive file lock and
//! synced before it counts as saved, so two rehabit processes never mix their lines
//! and a power cut loses at most the line being written. A line cut off that way is
//! moved to a file beside the journal ([`SetAside`]), never deleted. A write that fails
//! (a full disk, say) keeps the entry in memory for a later [`Journal::flush`].
//!
//! [`read_since`] reads the file backwards from the end and stops at the first entry
//! well older than asked (by [`CLOCK_SLACK`], for a clock put back), so start-up stays
//! quick after years of use. Lines it cannot read are reported ([`Unreadable`]), and
//! entries from a newer rehabit make it refuse ([`JournalError::NewerVersion`]) rather
//! than guess.

use std::io;
use std::path::{Path, PathBuf};

pub mod entry;
mod fast;
mod read;
mod store;

pub use entry::*;
pub use read::{
    CLOCK_SLACK, Recent, Streamed, Streaming, Unreadable, read_all, read_since, stream_all, stream_since,
};
pub use store::{Journal, SetAside, WriteFailed};

/// Why the journal could not be opened or read, in words for the patient.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The file system refused: `action` says what rehabit was doing.
    #[error("could not {action} {}: {}", .path.display(), plain_reason(.source))]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// An entry was written by a newer rehabit, in a format this one does not know.
    #[error(
        "this journal was written by a newer version of rehabit (journal format {found}; this \
         version reads up to format {supported}). Please update rehabit. Nothing was changed."
    )]
    NewerVersion { found: u32, supported: u32 },
}

/// Builds the [`JournalError::Io`] for `action` on `path`, for use with `map_err`.
fn failed(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> JournalError {
    move |source| JournalError::Io { action, path: path.to_path_buf(), source }
}

/// What went wrong with a file, in everyday words where the cause is a common one.
fn plain_reason(error: &io::Error) -> String {
    use io::ErrorKind;
    let plain = match error.kind() {
        ErrorKind::StorageFull => "the disk is full",
        ErrorKind::QuotaExceeded => "the disk space allowed to you is used up",
        ErrorKind::FileTooLarge => "the journal has grown larger than this system lets a file be",
        ErrorKind::ReadOnlyFilesystem => "the disk holding the journal is read-only",
        ErrorKind::PermissionDenied => {
            "permission denied: the journal or its folder is read-only, or belongs to someone else"
        }
        ErrorKind::IsADirectory => "there is a folder where the journal file should be",
        ErrorKind::NotADirectory => "part of the journal's path is a file where a folder should be",
        ErrorKind::NotFound => "the journal or its folder is missing",
        _ => {
            // The system's own words, without the "(os error 28)" meant for programmers.
            let text = error.to_string();
            return match text.rfind(" (os error ") {
                Some(cut) if text.ends_with(')') => text[..cut].to_string(),
                _ => text,
            };
        }
    };
    plain.to_string()
}
