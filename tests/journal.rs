//! The journal on a real file system: round trips, cut-off lines, unreadable lines,
//! newer formats, reading only the recent part, two writers at once, failed writes.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta};
use rehabit::journal::{
    Asked, DoseRecord, Ending, Entry, Event, FORMAT_VERSION, Journal, JournalError, PainMoment, ProgramRef,
    Side, read_all, read_since,
};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a valid test date")
}

fn entry(when: DateTime<FixedOffset>, run: &str, event: Event) -> Entry {
    Entry {
        v: FORMAT_VERSION,
        at: when,
        day: when.date_naive(),
        program: ProgramRef { title: "Knee, weeks 1-6".into(), hash: "5f0c9a".into() }.into(),
        session: "Morning".into(),
        run: run.into(),
        event,
    }
}

fn note(when: DateTime<FixedOffset>, run: &str, text: &str) -> Entry {
    entry(when, run, Event::Note { text: text.into() })
}

fn asked() -> Asked {
    Asked {
        exercise: "squat".into(),
        position: 1,
        level: 2,
        dose: DoseRecord {
            sets: 3,
            reps: Some(10),
            hold_s: Some(5),
            duration_s: None,
            sides: Some("each".into()),
        },
    }
}

/// One entry of every kind of event, a minute apart.
fn every_event() -> Vec<Entry> {
    let events = vec![
        Event::Started { planned: vec![asked()].into() },
        Event::Pain { moment: PainMoment::Before, score: 3 },
        Event::SetDone { asked: asked(), set: 1, side: Some(Side::Left), reps: Some(10) },
        Event::SetDone { asked: asked(), set: 2, side: None, reps: None },
        Event::ExerciseDone { asked: asked(), sets_done: 3, seconds: Some(600) },
        Event::Skipped { asked: asked(), reason: Some("knee hurt \"a bit\"\nthen better".into()) },
        Event::Note { text: "légère douleur ✓".into() },
        Event::Pain { moment: PainMoment::After, score: 2 },
        Event::Ended { ending: Ending::Left, done: 1, skipped: 1 },
    ];
    let start = at("2025-03-30T01:58:00+01:00");
    events
        .into_iter()
        .zip(0..)
        .map(|(event, minute)| entry(start + TimeDelta::minutes(minute), "r1", event))
        .collect()
}

fn journal_path(dir: &Path) -> PathBuf {
    dir.join("journal.jsonl")
}

fn write_lines(path: &Path, entries: &[Entry]) {
    let text: String = entries.iter().map(|entry| entry.to_line() + "\n").collect();
    fs::write(path, text).expect("write a test journal");
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn every_event_comes_back_equal_from_a_private_file() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("data").join("rehabit");
    let path = journal_path(&dir);
    let (mut journal, set_aside) = Journal::open(&path).unwrap();
    assert_eq!(set_aside, None);
    let entries = every_event();
    for entry in &entries {
        journal.append(entry).unwrap();
    }
    assert_eq!(journal.pending_count(), 0);

    let all = read_all(&path).unwrap();
    assert_eq!(all.entries, entries);
    assert!(all.unreadable.is_empty() && !all.torn_tail);
    let recent = read_since(&path, entries[4].at).unwrap();
    assert_eq!(recent.entries, entries[4..]);
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir), 0o700);
}

#[test]
fn a_missing_journal_is_empty() {
    let temp = tempfile::tempdir().unwrap();
    let recent = read_all(&journal_path(temp.path())).unwrap();
    assert!(recent.entries.is_empty() && recent.unreadable.is_empty() && !recent.torn_tail);
}

#[test]
fn a_cut_off_last_line_is_reported_then_set_aside() {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let entries = every_event();
    write_lines(&path, &entries[..3]);
    let fragment = &entries[3].to_line()[..57];
    fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(fragment.as_bytes()).unwrap();

    let recent = read_all(&path).unwrap();
    assert!(recent.torn_tail);
    assert_eq!(recent.entries, entries[..3]);
    assert!(recent.unreadable.is_empty());

    let (mut journal, set_aside) = Journal::open(&path).unwrap();
    let aside = temp.path().join("journal.set-aside.txt");
    let set_aside = set_aside.expect("the fragment is set aside");
    assert_eq!((set_aside.bytes, &set_aside.to), (fragment.len(), &aside));
    assert!(set_aside.to_string().contains("cut off"), "{set_aside}");
    assert_eq!(fs::read_to_string(&aside).unwrap(), format!("{fragment}\n"));
    assert_eq!(mode(&aside), 0o600);

    // Another rehabit dies mid-write while this one has the journal open.
    let second = &entries[4].to_line()[..30];
    fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(second.as_bytes()).unwrap();
    journal.append(&entries[5]).unwrap();
    assert_eq!(journal.take_set_aside().map(|found| found.bytes), Some(second.len()));
    assert_eq!(fs::read_to_string(&aside).unwrap(), format!("{fragment}\n{second}\n"));

    let text = fs::read_to_string(&path).unwrap();
    assert!(text.ends_with('\n'));
    for line in text.lines() {
        serde_json::from_str::<Entry>(line).unwrap_or_else(|error| panic!("{error}: {line}"));
    }
    let recent = read_all(&path).unwrap();
    assert!(!recent.torn_tail && recent.unreadable.is_empty());
    assert_eq!(recent.entries, [&entries[..3], &entries[5..6]].concat());
}

#[test]
fn a_journal_without_any_newline_is_all_torn() {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let fragment = "{\"v\":1,\"at\"";
    fs::write(&path, fragment).unwrap();
    let recent = read_all(&path).unwrap();
    assert!(recent.torn_tail && recent.entries.is_empty() && recent.unreadable.is_empty());
    let (_journal, set_aside) = Journal::open(&path).unwrap();
    assert_eq!(set_aside.map(|found| found.bytes), Some(fragment.len()));
    assert_eq!(fs::read(&path).unwrap(), b"");
}

#[test]
fn lines_longer_than_a_read_are_whole() {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let when = at("2025-01-01T10:00:00+00:00");
    let entries =
        [note(when, "r", "short"), note(when, "r", &"long ".repeat(40_000)), note(when, "r", "end")];
    write_lines(&path, &entries);
    let fragment = "{".repeat(100_000);
    fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(fragment.as_bytes()).unwrap();

    let recent = read_all(&path).unwrap();
    assert_eq!(recent.entries, entries);
    assert!(recent.torn_tail && recent.unreadable.is_empty());
    let (_journal, set_aside) = Journal::open(&path).unwrap();
    assert_eq!(set_aside.map(|found| found.bytes), Some(fragment.len()));
    let after = read_all(&path).unwrap();
    assert_eq!((after.entries, after.torn_tail), (recent.entries, false));
}

#[test]
fn unreadable_lines_are_reported_and_the_rest_read() {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let entries = every_event();
    let long_garbage = "x".repeat(5000);
    let unknown_event = entries[1].to_line().replace("\"pain\"", "\"dance\"");
    let lines = [
        entries[0].to_line(),
        "this is not json".to_string(),
        entries[1].to_line(),
        unknown_event.clone(),
        String::new(),
        long_garbage,
        entries[2].to_line(),
    ];
    fs::write(&path, lines.join("\n") + "\n").unwrap();

    let recent = read_since(&path, entries[0].at).unwrap();
    assert_eq!(recent.entries, entries[..3]);
    assert!(!recent.torn_tail);
    let offset = |index: usize| lines[..index].iter().map(|line| line.len() as u64 + 1).sum::<u64>();
    let found: Vec<(u64, &str)> =
        recent.unreadable.iter().map(|line| (line.offset, line.text.as_str())).collect();
    let shown = format!("{}…", "x".repeat(200));
    assert_eq!(
        found,
        [(offset(1), "this is not json"), (offset(3), unknown_event.as_str()), (offset(5), shown.as_str())]
    );
}

#[test]
fn a_newer_format_is_refused_and_left_alone() {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let entries = every_event();
    let newer = entries[1].to_line().replacen("\"v\":1", "\"v\":2", 1).replace("\"pain\"", "\"mood\"");
    fs::write(&path, format!("{}\n{newer}\n{}\n", entries[0].to_line(), entries[2].to_line())).unwrap();
    let before = fs::read(&path).unwrap();

    let error = read_since(&path, entries[0].at).unwrap_err();
    assert!(matches!(error, JournalError::NewerVersion { found: 2, supported: 1 }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("newer version of rehabit") && message.contains("update"), "{message}");
    assert!(matches!(read_all(&path), Err(JournalError::NewerVersion { .. })));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn reading_the_last_week_of_five_years_reads_only_the_end() {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let start = at("2020-01-01T08:00:00+01:00");
    let step = TimeDelta::days(5 * 365) / 20_000;
    let entries: Vec<Entry> = (0..20_000)
        .map(|index| {
            let event = match index % 3 {
                0 => Event::Pain { moment: PainMoment::Before, score: (index % 11) as u8 },
                1 => Event::SetDone { asked: asked(), set: 1, side: None, reps: Some(index) },
                _ => Event::Note { text: format!("entry {index}") },
            };
            entry(start + step * index as i32, &format!("run-{}", index / 10), event)
        })
        .collect();
    write_lines(&path, &entries);
    let size = fs::metadata(&path).unwrap().len();

    let since = entries[entries.len() - 1].at - TimeDelta::days(7);
    let last_week: Vec<Entry> = entries.iter().filter(|entry| entry.at >= since).cloned().collect();
    assert!((70..=80).contains(&last_week.len()), "{}", last_week.len());
    let recent = read_since(&path, since).unwrap();
    assert_eq!(recent.entries, last_week);
    assert!(
        recent.bytes_read <= 2 * 64 * 1024 && recent.bytes_read * 20 < size,
        "{} of {size}",
        recent.bytes_read
    );

    let all = read_all(&path).unwrap();
    assert_eq!(all.entries.len(), entries.len());
    assert_eq!(all.bytes_read, size);
}

const WRITER_PATH: &str = "REHABIT_TEST_JOURNAL_WRITER_PATH";
const WRITER_NAME: &str = "REHABIT_TEST_JOURNAL_WRITER_NAME";
const WRITER_GO: &str = "REHABIT_TEST_JOURNAL_WRITER_GO";
const PER_WRITER: usize = 2_000;

/// Not a test on its own: run by [`two_processes_appending_never_mix_their_lines`] as a
/// writer, in a child process. Returns at once otherwise.
#[test]
fn journal_writer_child() {
    let (Some(path), Some(name), Some(go)) =
        (std::env::var_os(WRITER_PATH), std::env::var(WRITER_NAME).ok(), std::env::var_os(WRITER_GO))
    else {
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while !Path::new(&go).exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    let (mut journal, _) = Journal::open(Path::new(&path)).unwrap();
    let when = at("2025-06-01T10:00:00+02:00");
    for index in 0..PER_WRITER {
        let padding = if index % 5 == 0 { "~".repeat(3000 + index % 2000) } else { String::new() };
        journal.append(&note(when, &name, &format!("{index} {padding}"))).unwrap();
    }
}

#[test]
fn two_processes_appending_never_mix_their_lines() {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let go = temp.path().join("go");
    let writers: Vec<_> = ["writer-a", "writer-b"]
        .into_iter()
        .map(|name| {
            let child = Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "journal_writer_child", "--nocapture", "--test-threads=1"])
                .env(WRITER_PATH, &path)
                .env(WRITER_NAME, name)
                .env(WRITER_GO, &go)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            (name, child)
        })
        .collect();
    fs::write(&go, "").unwrap();
    for (name, child) in writers {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{name} failed:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 2 * PER_WRITER);
    let mut seen = [Vec::new(), Vec::new()];
    let (mut previous, mut switches) = (None, 0);
    for line in text.lines() {
        let entry: Entry = serde_json::from_str(line).unwrap_or_else(|error| panic!("{error}: {line:.100}"));
        let Event::Note { text } = entry.event else { panic!("not a note: {line:.100}") };
        let index: usize = text.split(' ').next().unwrap().parse().unwrap();
        seen[usize::from(entry.run == "writer-b")].push(index);
        switches += usize::from(previous.is_some_and(|run| run != entry.run));
        previous = Some(entry.run);
    }
    eprintln!("the writers took turns {switches} times");
    let expected: Vec<usize> = (0..PER_WRITER).collect();
    assert_eq!(seen, [expected.clone(), expected]);
    assert!(fs::metadata(temp.path().join("journal.set-aside.txt")).is_err());
}

/// Appends two entries while `break_it` keeps the journal from being written, checks
/// they wait with a reason containing `expected`, then repairs and flushes.
fn failed_writes_wait_for_the_fault_to_go(
    break_it: impl FnOnce(&Path),
    repair: impl FnOnce(&Path),
    expected: &str,
) {
    let temp = tempfile::tempdir().unwrap();
    let path = journal_path(temp.path());
    let entries = every_event();
    let (mut journal, _) = Journal::open(&path).unwrap();
    journal.append(&entries[0]).unwrap();

    break_it(&path);
    let failure = journal.append(&entries[1]).unwrap_err();
    assert_eq!(failure.pending, 1);
    assert!(failure.reason.contains(expected), "{failure}");
    assert!(!failure.reason.contains("os error"), "{failure}");
    let failure = journal.append(&entries[2]).unwrap_err();
    assert_eq!((failure.pending, journal.pending_count()), (2, 2));
    assert!(failure.to_string().starts_with("2 entries not saved"), "{failure}");
    assert!(journal.flush().is_err());

    repair(&path);
    journal.flush().unwrap();
    assert_eq!(journal.pending_count(), 0);
    journal.append(&entries[3]).unwrap();
    let recent = read_all(&path).unwrap();
    assert_eq!(recent.entries, entries[..4]);
    assert!(recent.unreadable.is_empty() && !recent.torn_tail);
}

fn moved(path: &Path) -> PathBuf {
    path.with_file_name("moved-away.jsonl")
}

#[test]
fn a_folder_in_the_journals_place_keeps_entries_waiting() {
    failed_writes_wait_for_the_fault_to_go(
        |path| {
            fs::rename(path, moved(path)).unwrap();
            fs::create_dir(path).unwrap();
        },
        |path| {
            fs::remove_dir(path).unwrap();
            fs::rename(moved(path), path).unwrap();
        },
        "folder",
    );
}

#[test]
fn a_full_disk_keeps_entries_waiting() {
    if !Path::new("/dev/full").exists() {
        eprintln!("skipped: no /dev/full here");
        return;
    }
    failed_writes_wait_for_the_fault_to_go(
        |path| {
            fs::rename(path, moved(path)).unwrap();
            std::os::unix::fs::symlink("/dev/full", path).unwrap();
        },
        |path| {
            fs::remove_file(path).unwrap();
            fs::rename(moved(path), path).unwrap();
        },
        "the disk is full",
    );
}

#[test]
fn a_read_only_folder_keeps_entries_waiting() {
    let root = Command::new("id").arg("-u").output().is_ok_and(|out| out.stdout.trim_ascii() == b"0");
    if root {
        eprintln!("skipped: permissions do not apply to root");
        return;
    }
    let set_mode = |path: &Path, mode: u32| {
        fs::set_permissions(path.parent().unwrap(), fs::Permissions::from_mode(mode)).unwrap()
    };
    failed_writes_wait_for_the_fault_to_go(
        |path| {
            fs::rename(path, moved(path)).unwrap();
            set_mode(path, 0o500);
        },
        |path| {
            set_mode(path, 0o700);
            fs::rename(moved(path), path).unwrap();
        },
        "read-only",
    );
}
