//! Writes a realistic journal for measuring rehabit: years of daily use of a programme,
//! ending today, with the real entry types (see `benches/support/journal.rs`).
//!
//!   cargo run --release --example make_journal -- OUT [PROGRAMME] [YEARS]
//!
//! PROGRAMME is a bundled programme's name (default `core-stability`:
//! with five years, about 1,800 sittings and 20,000 entries), YEARS how far
//! back the journal starts (default 5; 0 writes an empty journal). It prints the start
//! day to give `rehabit use PROGRAMME --start`, and what it wrote.

#[path = "../benches/support/journal.rs"]
mod journal;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: make_journal OUT [PROGRAMME] [YEARS]");
        return ExitCode::from(2);
    };
    let name = args.next().unwrap_or_else(|| "core-stability".to_string());
    let years: u32 = match args.next().map(|y| y.parse()) {
        None => 5,
        Some(Ok(years)) => years,
        Some(Err(_)) => {
            eprintln!("make_journal: YEARS must be a whole number");
            return ExitCode::from(2);
        }
    };
    let Some(bundled) = rehabit::bundled::find(&name) else {
        eprintln!("make_journal: no bundled programme called {name}");
        return ExitCode::from(2);
    };
    let program = rehabit::program::check(bundled.source).program.expect("bundled programmes are valid");
    let hash = rehabit::program::content_hash(bundled.source);
    let end = rehabit::clock::today();
    let start = journal::years_before(end, years);
    let generated = if years == 0 {
        journal::Generated { entries: Vec::new(), runs: 0 }
    } else {
        journal::generate(&program, &hash, start, end, 7)
    };
    if let Err(error) = journal::write(&out, &generated.entries) {
        eprintln!("make_journal: could not write {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!(
        "start={start} runs={} entries={} bytes={bytes} program={name}",
        generated.runs,
        generated.entries.len()
    );
    ExitCode::SUCCESS
}
