//! The journal reader, fed any file: it never panics, reads exactly what a simple model
//! of the file says, and opening the journal sets aside only a cut-off last line. See
//! `fuzz/README.md`.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use tempfile::TempDir;

#[path = "../../tests/properties/mod.rs"]
mod properties;

/// One folder for the whole run: each input is written over the last.
static DIR: LazyLock<TempDir> = LazyLock::new(|| TempDir::new().expect("a temporary folder"));

fuzz_target!(|data: &[u8]| properties::check_journal_input(DIR.path(), data));
