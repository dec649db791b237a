//! Whatever is in the journal file, reading it never panics and gives a straight answer:
//! every line it cannot read is reported at the byte where that line starts, the
//! readable lines around it are read all the same, a line from a newer rehabit refuses
//! the whole journal (`NewerVersion`), and opening the journal to write sets a cut-off
//! last line aside and changes nothing else.
//!
//! The inputs range from arbitrary bytes to journals rehabit wrote, damaged: cut off,
//! bytes flipped, newlines and NULs inserted, numbers made huge, values of the wrong
//! type, unknown events, lines of a newer format, lines longer than a read, clocks put
//! back. Every case is checked against a simple model of the file
//! (`tests/properties/mod.rs`, shared with the fuzz target `fuzz/fuzz_targets/journal.rs`).
//!
//! `PROPTEST_CASES` overrides the number of cases per property (64 by default, fewer
//! for the long lines).

mod properties;

use chrono::{DateTime, FixedOffset, TimeDelta};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use rehabit::journal::{
    Asked, CLOCK_SLACK, DoseRecord, Ending, Entry, Event, FORMAT_VERSION, JournalError, PainMoment,
    ProgramRef, Side, read_all, read_since,
};
use tempfile::TempDir;

use properties::check_journal;

fn config(default_cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default_cases);
    ProptestConfig::with_cases(cases)
}

fn base_time() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-30T01:58:00+01:00").expect("a valid date")
}

/// Time zones a patient's laptop may be set to, in seconds east of UTC.
const OFFSETS: &[i32] = &[0, 3600, 7200, -5 * 3600, 14 * 3600, -12 * 3600, 5 * 3600 + 1800];

fn asked(n: u32) -> Asked {
    Asked {
        exercise: ["squat", "bridge", "bird-dog"][n as usize % 3].into(),
        position: n as usize % 4,
        level: (n % 3) as u8 + 1,
        dose: DoseRecord {
            sets: n % 4 + 1,
            reps: n.is_multiple_of(2).then_some(n % 15 + 1),
            hold_s: n.is_multiple_of(3).then_some(u64::from(n % 30)),
            duration_s: n.is_multiple_of(5).then_some(600),
            sides: n.is_multiple_of(4).then(|| "each".into()),
        },
    }
}

/// One of every kind of event, chosen by `kind`, varied by `n`.
fn event(kind: u8, n: u32, note: &str) -> Event {
    match kind % 11 {
        0 => Event::Started { planned: vec![asked(n), asked(n + 1)].into() },
        1 => Event::Pain { moment: PainMoment::Before, score: (n % 11) as u8 },
        2 => Event::SetDone { asked: asked(n), set: n % 3 + 1, side: Some(Side::Left), reps: Some(n % 20) },
        3 => Event::ExerciseDone { asked: asked(n), sets_done: n % 4, seconds: Some(u64::from(n)) },
        4 => Event::Skipped { asked: asked(n), reason: Some("knee hurt \"a bit\"\nthen better".into()) },
        5 => Event::Note { text: format!("légère douleur ✓ {n} {note}") },
        6 => Event::Pain { moment: PainMoment::NextMorning, score: (n % 11) as u8 },
        7 => Event::Ended { ending: Ending::Left, done: n as usize % 5, skipped: 1 },
        8 => Event::Logged {
            activity: "walk".into(),
            seconds: u64::from(n) * 60,
            pain_before: Some(2),
            pain_after: Some(3),
            note: None,
        },
        9 => Event::MarkedDone { planned: vec![asked(n)].into() },
        _ => Event::Cancelled { cancels: format!("log-{n}").into(), reason: None },
    }
}

fn entry(at: DateTime<FixedOffset>, kind: u8, n: u32, note: &str) -> Entry {
    Entry {
        v: FORMAT_VERSION,
        at,
        day: at.date_naive(),
        program: ProgramRef { title: "Knee, weeks 1-6".into(), hash: "5f0c9a".into() }.into(),
        session: "Morning".into(),
        run: format!("r{}", n / 4).into(),
        event: event(kind, n, note),
    }
}

/// Entries as a run of days would leave them: minutes to hours apart, in several time
/// zones, now and then recorded after the clock was put back (by less than
/// [`CLOCK_SLACK`]).
#[derive(Debug, Clone)]
struct Step {
    /// Minutes since the entry before; negative when the clock was put back.
    minutes: i64,
    kind: u8,
    offset: Index,
}

fn step_strategy() -> impl Strategy<Value = Step> {
    let minutes = prop_oneof![6 => 0i64..90, 2 => 90i64..3000, 1 => -(CLOCK_SLACK.num_minutes() - 1)..0];
    (minutes, any::<u8>(), any::<Index>()).prop_map(|(minutes, kind, offset)| Step { minutes, kind, offset })
}

fn entries_of(steps: &[Step], note: &str) -> Vec<Entry> {
    let mut at = base_time();
    steps
        .iter()
        .zip(0u32..)
        .map(|(step, n)| {
            at += TimeDelta::minutes(step.minutes);
            let zone = FixedOffset::east_opt(OFFSETS[step.offset.index(OFFSETS.len())]).expect("an offset");
            entry(at.with_timezone(&zone), step.kind, n, note)
        })
        .collect()
}

fn lines_of(entries: &[Entry]) -> Vec<u8> {
    entries.iter().flat_map(|entry| (entry.to_line() + "\n").into_bytes()).collect()
}

/// A moment to read since: one entry's time, moved a little.
fn since_of(entries: &[Entry], pick: Index, shift_minutes: i64) -> DateTime<FixedOffset> {
    let at = match entries {
        [] => base_time(),
        _ => entries[pick.index(entries.len())].at,
    };
    at + TimeDelta::minutes(shift_minutes)
}

/// Bytes to put where they don't belong.
const INSERTED: &[u8] = b"\n\n\0\0{}[]\",: \r\t\\x9-e.\xff\xc3";

/// Replacements of the first `from` on a line: huge numbers, wrong types, unknown
/// events, missing fields, broken structure.
const REPLACEMENTS: &[(&str, &str)] = &[
    ("\"v\":1", "\"v\":2"),
    ("\"v\":1", "\"v\":4294967296"),
    ("\"v\":1", "\"v\":18446744073709551616"),
    ("\"v\":1", "\"v\":99999999999999999999999999999999"),
    ("\"v\":1", "\"v\":-1"),
    ("\"v\":1", "\"v\":0"),
    ("\"v\":1", "\"v\":1.5"),
    ("\"v\":1", "\"v\":1e400"),
    ("\"v\":1", "\"v\":\"2\""),
    ("\"v\":1", "\"v\":null"),
    ("\"v\":1", "\"v\":2,\"v\":1"),
    ("\"v\":1,", ""),
    ("\"at\":\"", "\"at\":\"9"),
    ("\"at\":\"2", "\"at\":\"+002"),
    ("\"at\":\"", "\"at\":12,\"x\":\""),
    ("\"day\":\"", "\"day\":\"1"),
    ("\"score\":", "\"score\":1000"),
    ("\"score\":", "\"score\":-"),
    ("\"score\":", "\"score\":\"3\",\"y\":"),
    ("\"reps\":", "\"reps\":99999999999999999999"),
    ("\"seconds\":", "\"seconds\":1e400"),
    ("\"sets\":", "\"sets\":-"),
    ("\"event\":\"", "\"event\":\"un"),
    ("\"event\":\"", "\"event\":\"pain\",\"event\":\""),
    ("\"event\":", "\"event\":7,\"z\":"),
    ("\"program\":{", "\"program\":[{"),
    ("\"planned\":[", "\"planned\":{"),
    ("\"title\":\"", "\"title\":\"\\ud800"),
    ("\"title\":\"", "\"title\":\"\\u00"),
    ("{", "["),
    ("{", "{\"extra\":[[[[[[[[[[[[]]]]]]]]]]]],"),
    ("}", ""),
    (",", ",,"),
    (":", ""),
    ("\"", "'"),
];

/// How many [`garbage_lines`] there are.
const GARBAGE_LINES: usize = 24;

/// Whole lines to put between others.
fn garbage_lines() -> Vec<Vec<u8>> {
    let mut lines: Vec<Vec<u8>> = [
        "this is not json",
        "",
        "   ",
        "\r",
        "\t \u{b}",
        "{}",
        "[]",
        "null",
        "17",
        "\"v\"",
        "{\"v\":1}",
        "{\"v\":2}",
        "{\"v\":3,\"at\":\"whenever\"}",
        "{\"v\":\"2\"}",
        "{\"v\":4294967296}",
        "{\"v\":1,\"event\":\"dance\"}",
        "\0\0\0\0",
        "{\"v\":1",
        "\u{feff}{\"v\":1}",
        "légère ✓ 🦴",
    ]
    .iter()
    .map(|line| line.as_bytes().to_vec())
    .collect();
    lines.push(b"\xff\xfe\xc3(".to_vec());
    lines.push("[".repeat(10_000).into_bytes());
    lines.push("{\"a\":".repeat(3_000).into_bytes());
    lines.push("x".repeat(70_000).into_bytes());
    lines
}

/// A way to damage a journal.
#[derive(Debug, Clone)]
enum Damage {
    /// The file ends here: a write cut off.
    Truncate(Index),
    /// A byte changed (xor with a non-zero mask).
    Flip(Index, u8),
    /// One of [`INSERTED`].
    Insert(Index, usize),
    Delete(Index),
    /// On a line, the first occurrence of one of [`REPLACEMENTS`].
    Replace(Index, usize),
    /// One of [`garbage_lines`] before a line.
    Garbage(Index, usize),
    /// A line written twice.
    Duplicate(Index),
}

fn damage_strategy() -> impl Strategy<Value = Damage> {
    let index = any::<Index>;
    prop_oneof![
        1 => index().prop_map(Damage::Truncate),
        2 => (index(), 1u8..=255).prop_map(|(at, mask)| Damage::Flip(at, mask)),
        2 => (index(), 0..INSERTED.len()).prop_map(|(at, byte)| Damage::Insert(at, byte)),
        1 => index().prop_map(Damage::Delete),
        4 => (index(), 0..REPLACEMENTS.len()).prop_map(|(line, pick)| Damage::Replace(line, pick)),
        2 => (index(), 0..GARBAGE_LINES).prop_map(|(line, pick)| Damage::Garbage(line, pick)),
        1 => index().prop_map(Damage::Duplicate),
    ]
}

/// The file split after each newline (the last piece may have none).
fn split_lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes.split_inclusive(|&byte| byte == b'\n').map(<[u8]>::to_vec).collect()
}

fn damage(mut bytes: Vec<u8>, damages: &[Damage]) -> Vec<u8> {
    let garbage = garbage_lines();
    for damage in damages {
        if bytes.is_empty() {
            bytes.extend_from_slice(b"{\"v\":1\n");
        }
        let len = bytes.len();
        match damage {
            Damage::Truncate(at) => bytes.truncate(at.index(len)),
            Damage::Flip(at, mask) => bytes[at.index(len)] ^= mask,
            Damage::Insert(at, byte) => bytes.insert(at.index(len + 1), INSERTED[*byte]),
            Damage::Delete(at) => {
                bytes.remove(at.index(len));
            }
            Damage::Replace(line, pick) => {
                let mut lines = split_lines(&bytes);
                let at = line.index(lines.len());
                let (from, to) = REPLACEMENTS[*pick];
                // Invalid UTF-8 stays as it was: only whole characters are replaced.
                if let Ok(text) = std::str::from_utf8(&lines[at]) {
                    lines[at] = text.replacen(from, to, 1).into_bytes();
                }
                bytes = lines.concat();
            }
            Damage::Garbage(line, pick) => {
                let mut lines = split_lines(&bytes);
                let mut garbage_line = garbage[*pick].clone();
                garbage_line.push(b'\n');
                lines.insert(line.index(lines.len()), garbage_line);
                bytes = lines.concat();
            }
            Damage::Duplicate(line) => {
                let mut lines = split_lines(&bytes);
                let at = line.index(lines.len());
                let mut copy = lines[at].clone();
                if copy.last() != Some(&b'\n') {
                    copy.push(b'\n');
                }
                lines.insert(at, copy);
                bytes = lines.concat();
            }
        }
    }
    bytes
}

fn journal_in(dir: &TempDir) -> std::path::PathBuf {
    dir.path().join("journal.jsonl")
}

fn since_strategy() -> impl Strategy<Value = (Index, i64)> {
    (any::<Index>(), prop_oneof![3 => Just(0i64), 2 => -3000i64..3000])
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..3000), minutes in -5000i64..5000) {
        let dir = TempDir::new().unwrap();
        check_journal(&journal_in(&dir), &bytes, base_time() + TimeDelta::minutes(minutes));
    }

    #[test]
    fn lines_of_json_punctuation_never_panic(text in "[\\[\\]{}\":,0-9.eE+\\-a-z\\\\ \\n\\r\\t]{0,600}") {
        let dir = TempDir::new().unwrap();
        check_journal(&journal_in(&dir), text.as_bytes(), base_time());
    }

    #[test]
    fn a_journal_rehabit_wrote_reads_back_whole(
        steps in prop::collection::vec(step_strategy(), 0..30),
        (pick, shift) in since_strategy(),
    ) {
        let entries = entries_of(&steps, "");
        let dir = TempDir::new().unwrap();
        let path = journal_in(&dir);
        check_journal(&path, &lines_of(&entries), since_of(&entries, pick, shift));
        prop_assert_eq!(read_all(&path).unwrap().entries, entries);
    }

    #[test]
    fn damaged_journals_never_panic_and_lose_only_damaged_lines(
        steps in prop::collection::vec(step_strategy(), 1..25),
        damages in prop::collection::vec(damage_strategy(), 1..6),
        (pick, shift) in since_strategy(),
    ) {
        let entries = entries_of(&steps, "");
        let bytes = damage(lines_of(&entries), &damages);
        let dir = TempDir::new().unwrap();
        check_journal(&journal_in(&dir), &bytes, since_of(&entries, pick, shift));
    }

    /// A newer rehabit's line among the recent entries refuses the whole journal, which
    /// is left exactly as it was.
    #[test]
    fn a_newer_line_among_recent_entries_is_refused(
        steps in prop::collection::vec(step_strategy(), 1..20),
        at in any::<Index>(),
        version in (FORMAT_VERSION + 1)..=u32::MAX,
        extra in prop::sample::select(vec!["", ",\"mood\":\"calm\"", ",\"event\":\"teleported\""]),
    ) {
        let entries = entries_of(&steps, "");
        let mut lines: Vec<String> = entries.iter().map(Entry::to_line).collect();
        let at = at.index(lines.len());
        let newer = lines[at].replacen("\"v\":1", &format!("\"v\":{version}"), 1).replacen('}', &format!("{extra}}}"), 1);
        lines[at] = newer;
        let bytes = (lines.join("\n") + "\n").into_bytes();
        let dir = TempDir::new().unwrap();
        let path = journal_in(&dir);
        std::fs::write(&path, &bytes).unwrap();
        let expected = |result: Result<_, JournalError>| match result {
            Err(JournalError::NewerVersion { found, supported }) => (found, supported) == (version, FORMAT_VERSION),
            _ => false,
        };
        prop_assert!(expected(read_all(&path)));
        // Reading since the earliest entry reaches every line.
        let earliest = entries.iter().map(|entry| entry.at).min().unwrap();
        prop_assert!(expected(read_since(&path, earliest)));
        prop_assert_eq!(&std::fs::read(&path).unwrap(), &bytes);
        check_journal(&path, &bytes, earliest);
    }

    /// After the clock was put back (by less than a day), every entry recorded since a
    /// moment is still found, whatever came after it in the file.
    #[test]
    fn entries_recorded_after_the_clock_was_put_back_are_found(
        steps in prop::collection::vec((1i64..600, any::<u8>(), any::<Index>()), 2..30),
        back_at in any::<Index>(),
        back_by in 1i64..CLOCK_SLACK.num_minutes(),
        pick in any::<Index>(),
    ) {
        let back_at = back_at.index(steps.len());
        let steps: Vec<Step> = steps
            .into_iter()
            .enumerate()
            .map(|(i, (minutes, kind, offset))| Step { minutes: if i == back_at { -back_by } else { minutes }, kind, offset })
            .collect();
        let entries = entries_of(&steps, "");
        let since = since_of(&entries, pick, 0);
        let dir = TempDir::new().unwrap();
        let path = journal_in(&dir);
        std::fs::write(&path, lines_of(&entries)).unwrap();
        let wanted: Vec<Entry> = entries.iter().filter(|entry| entry.at >= since).cloned().collect();
        prop_assert_eq!(read_since(&path, since).unwrap().entries, wanted);
    }
}

proptest! {
    // Files of a few hundred kilobytes: fewer cases.
    #![proptest_config(config(12))]

    /// Lines longer than a read (64 KiB), damaged: the lines around are still read.
    #[test]
    fn long_lines_across_reads_never_panic(
        steps in prop::collection::vec(step_strategy(), 1..8),
        long in 20_000usize..90_000,
        damages in prop::collection::vec(damage_strategy(), 0..4),
        (pick, shift) in since_strategy(),
    ) {
        let note = "~".repeat(long);
        let entries = entries_of(&steps, &note);
        let bytes = damage(lines_of(&entries), &damages);
        let dir = TempDir::new().unwrap();
        check_journal(&journal_in(&dir), &bytes, since_of(&entries, pick, shift));
    }
}

/// An index, for the checks below that need one but not a particular one.
fn some_index() -> Index {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    any::<Index>().new_tree(&mut runner).expect("an index").current()
}

#[test]
fn every_damage_changes_the_journal() {
    let step = |minutes, kind| Step { minutes, kind, offset: some_index() };
    let entries = entries_of(&(0..11).map(|kind| step(5, kind)).collect::<Vec<_>>(), "");
    let bytes = lines_of(&entries);
    let i = some_index();
    let mut damages = vec![Damage::Truncate(i), Damage::Flip(i, 1), Damage::Delete(i), Damage::Duplicate(i)];
    damages.extend((0..INSERTED.len()).map(|pick| Damage::Insert(i, pick)));
    damages.extend((0..GARBAGE_LINES).map(|pick| Damage::Garbage(i, pick)));
    for done in damages {
        assert_ne!(damage(bytes.clone(), std::slice::from_ref(&done)), bytes, "{done:?}");
    }
    assert_eq!(garbage_lines().len(), GARBAGE_LINES);
    // Every replacement finds something to replace in some kind of entry.
    let text = String::from_utf8(bytes).unwrap();
    for (from, _) in REPLACEMENTS {
        assert!(text.contains(from), "nothing to replace {from:?} in");
    }
}
