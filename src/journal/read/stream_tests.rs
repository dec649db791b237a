use std::path::Path;

use chrono::{DateTime, FixedOffset, TimeDelta};

use super::backward::read;
use super::{Recent, Streamed, stream_all, stream_since};
use crate::journal::{Entry, Event, FORMAT_VERSION, PainMoment, ProgramRef};

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
