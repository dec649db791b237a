//! Faults a patient's laptop will meet, through the real binary: a full disk, a
//! read-only data folder, a journal from a newer rehabit, a torn or garbage line, a
//! programme file changed mid-session, the clock put back or another time zone,
//! SIGTERM, SIGHUP and a closed terminal, and no network at all.
//!
//! Each fault must be told to the patient in plain words, and must never cost what was
//! already recorded. Commands run to the end with their output captured; the TUI runs
//! in a pseudo-terminal (the harness in `common/`, shared with `tests/pty.rs`). Tools
//! that are not everywhere (libfaketime, strace, setpriv) are used where installed
//! (`.ci/run` installs them); without them a test says so and does what it can.

#![cfg(unix)]

mod common;

use std::ffi::OsStr;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{
    Home, PAIN_QUESTION, Tui, WAIT, assert_terminal_restored, do_squats, events, fields, send_signal,
    start_session,
};
use serde_json::{Value, json};

/// The Today screen of `tests/faults/drill.toml`.
const DRILL_TODAY: &[&str] = &["Fault drill", "Drill", "Chair squat"];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/faults").join(name)
}

fn drill_home() -> Home {
    Home::with_program(&fixture("drill.toml"))
}

/// A command's output as text.
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Ran {
    fn of(output: Output) -> Ran {
        Ran {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Fails unless it succeeded.
    fn ok(self, what: &str) -> Ran {
        assert_eq!(self.code, Some(0), "{what} failed:\n{}\n{}", self.stdout, self.stderr);
        self.calm(what)
    }

    /// Fails unless it failed with exit code 1, calmly.
    fn refused(self, what: &str) -> Ran {
        assert_eq!(self.code, Some(1), "{what} did not refuse:\n{}\n{}", self.stdout, self.stderr);
        self.calm(what)
    }

    /// Fails on a panic or on words meant for programmers.
    fn calm(self, what: &str) -> Ran {
        let all = format!("{}\n{}", self.stdout, self.stderr);
        for word in ["panicked", "something went wrong inside rehabit", "os error", "RUST_BACKTRACE"] {
            assert!(!all.contains(word), "{what} printed {word:?}:\n{all}");
        }
        self
    }
}

fn run(command: &mut Command) -> Ran {
    Ran::of(command.stdin(Stdio::null()).output().expect("rehabit runs"))
}

/// `rehabit ARGS` in `home`.
fn rehabit(home: &Home, args: &[&str]) -> Ran {
    run(home.command().args(args))
}

/// `rehabit ARGS` in `home`, started by `prefix`: a program and its arguments, such as
/// `setpriv ... --`, which runs the rest.
fn behind(home: &Home, prefix: &[&str], args: &[&str]) -> Command {
    let rehabit = home.command();
    let mut command = Command::new(prefix[0]);
    command
        .args(&prefix[1..])
        .arg(rehabit.get_program())
        .args(args)
        .envs(rehabit.get_envs().filter_map(|(key, value)| Some((key, value?))));
    command
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|e| panic!("{} can't be read: {e}", path.display()))
}

/// Does the drill session from the Today screen to the Today screen again.
fn do_drill(tui: &mut Tui, before: &str, after: &str) {
    tui.wait_for_all(DRILL_TODAY, WAIT);
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press(before);
    tui.press("\r");
    tui.wait_for_all(&["Chair squat", "Do your reps"], WAIT);
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press(after);
    tui.press("\r");
    tui.wait_for("Anything you want to remember");
    tui.press("\r");
    tui.wait_for("Session finished");
    tui.press("\r");
    tui.wait_for_all(&["Drill · done today", "✓ Chair squat"], WAIT);
}

/// The events a whole drill session records.
const DRILL_EVENTS: &[&str] = &["started", "pain", "set_done", "exercise_done", "ended", "pain"];

fn quit(tui: &mut Tui) {
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "rehabit ended with {status}; the screen shows:\n{}", tui.screen());
    assert_terminal_restored(tui);
}

// A full disk -------------------------------------------------------------------------

/// Points the journal at /dev/full, keeping the real one beside it; gives it back when
/// dropped.
struct FullDisk {
    journal: PathBuf,
    real: PathBuf,
}

impl FullDisk {
    fn fill(home: &Home) -> FullDisk {
        let journal = home.journal();
        let real = home.data().join("journal.real");
        fs::rename(&journal, &real).expect("move the journal aside");
        std::os::unix::fs::symlink("/dev/full", &journal).expect("point the journal at a full disk");
        FullDisk { journal, real }
    }
}

impl Drop for FullDisk {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.journal);
        let _ = fs::rename(&self.real, &self.journal);
    }
}

#[test]
fn a_full_disk_refuses_a_log_plainly_and_keeps_what_was_recorded() {
    let home = drill_home();
    rehabit(&home, &["log", "walk", "20m"]).ok("the first log");
    rehabit(&home, &["done", "Drill"]).ok("marking the drill done");
    let before = read(&home.journal());

    {
        let _full = FullDisk::fill(&home);
        let ran =
            rehabit(&home, &["log", "walk", "35m", "--note", "by the river"]).refused("log on a full disk");
        assert!(ran.stderr.contains("the disk is full"), "{}", ran.stderr);
        assert!(ran.stderr.contains("Nothing was recorded"), "{}", ran.stderr);
        assert!(ran.stdout.is_empty(), "nothing claims it was logged: {}", ran.stdout);
        // Reading still works: the disk being full only stops writing.
        let status = rehabit(&home, &["status"]).ok("status on a full disk");
        assert!(!status.stdout.contains("could not be read"), "{}", status.stdout);
    }
    assert_eq!(read(&home.journal()), before, "the journal is as it was");

    // Space is freed: the same command works, after what was there.
    rehabit(&home, &["log", "walk", "35m"]).ok("log once space is free");
    let entries = home.entries();
    assert_eq!(events(&entries), ["logged", "marked_done", "logged"]);
    assert!(read(&home.journal()).starts_with(&before));
}

/// A shell script that runs its arguments with a file size limit of `$0` bytes.
const LIMITED: &str = "trap '' XFSZ; exec prlimit --fsize=\"$0\" -- \"$@\"";

/// Whether prlimit (util-linux) can set a file size limit here.
fn prlimit_works() -> bool {
    let probe = Command::new("prlimit").args(["--fsize=1000000", "true"]).status();
    probe.is_ok_and(|status| status.success())
}

/// Runs `args` with a file size limit of `limit` bytes (and SIGXFSZ ignored, so that a
/// write past it fails instead of killing rehabit): a disk that fills up in the middle
/// of a line. `None` where prlimit is missing.
fn with_size_limit(home: &Home, limit: u64, args: &[&str]) -> Option<Ran> {
    let limit = limit.to_string();
    prlimit_works().then(|| run(&mut behind(home, &["sh", "-c", LIMITED, &limit], args)))
}

#[test]
fn a_disk_filling_up_mid_line_leaves_no_half_line() {
    let home = drill_home();
    rehabit(&home, &["log", "walk", "20m"]).ok("the first log");
    let before = read(&home.journal());
    // Room for a few more bytes, not for a whole line: the write stops part way.
    let limit = before.len() as u64 + 17;
    let Some(ran) = with_size_limit(&home, limit, &["log", "walk", "35m"]) else {
        eprintln!("skipped: prlimit (util-linux) is not installed");
        return;
    };
    let ran = ran.refused("log with the disk filling up");
    assert!(ran.stderr.contains("Nothing was recorded"), "{}", ran.stderr);
    assert!(ran.stderr.contains("larger than"), "the reason in plain words: {}", ran.stderr);
    assert_eq!(read(&home.journal()), before, "the part written was taken back");
    assert!(!home.set_aside().exists(), "nothing needed setting aside");
    rehabit(&home, &["log", "walk", "35m"]).ok("log once space is free");
    assert_eq!(events(&home.entries()), ["logged", "logged"]);
}

#[test]
fn a_disk_filling_up_mid_session_keeps_the_journal_whole_and_prints_what_waits() {
    let home = drill_home();
    rehabit(&home, &["log", "walk", "20m"]).ok("the first log");
    let before = read(&home.journal());
    if !prlimit_works() {
        eprintln!("skipped: prlimit (util-linux) is not installed");
        return;
    }
    // Room for the session's first entries, not for all of them: a write stops part way.
    let limit = (before.len() + 600).to_string();
    let prefix: Vec<&OsStr> = ["sh", "-c", LIMITED, &limit].into_iter().map(OsStr::new).collect();
    // Large enough for the entries printed at the end.
    let mut tui = Tui::spawn(home.pty_command(&prefix), 200, 60);
    tui.wait_for_all(DRILL_TODAY, WAIT);
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press("3\r");
    tui.wait_for_all(&["Chair squat", "Do your reps"], WAIT);
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press("2\r");
    tui.wait_for("Anything you want to remember");
    tui.press("walked to the shop and back");
    tui.wait_for("walked to the shop and back");
    tui.press("\r");
    tui.wait_for_all(&["Session finished", "not saved to the journal yet"], WAIT);
    tui.press("\r");
    tui.wait_for_all(DRILL_TODAY, WAIT);
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "rehabit ended with {status}");
    assert_terminal_restored_with_text(&tui);
    // What could not be saved is printed for the patient to keep, whole.
    let screen = tui.output().text();
    assert!(screen.contains("They are printed below: keep them"), "{screen}");
    assert!(screen.contains("walked to the shop"), "the note is printed: {screen}");

    let text = String::from_utf8(read(&home.journal())).expect("the journal is text");
    assert!(text.as_bytes().starts_with(&before), "what was recorded before is still there");
    assert!(text.ends_with('\n'), "no half line at the end:\n{text}");
    let entries = home.entries();
    assert_eq!(events(&entries)[0], "logged");
    assert!(entries.len() > 1 && !events(&entries).contains(&"note"), "{entries:#?}");
}

/// Like [`assert_terminal_restored`], but text may follow the last frame: rehabit's
/// closing words.
fn assert_terminal_restored_with_text(tui: &Tui) {
    let all = String::from_utf8_lossy(&tui.raw()).into_owned();
    assert!(!all.contains("panicked"), "rehabit panicked:\n{all}");
    assert!(tui.is_cooked(), "the terminal was left in raw mode");
    let output = tui.output();
    assert!(!output.parser.screen().alternate_screen(), "the main screen shows again");
    assert!(!output.parser.screen().hide_cursor(), "the cursor was left hidden");
}

#[test]
fn sigterm_while_entries_wait_for_a_full_disk_prints_them() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    start_session(&mut tui, "4");
    let full = FullDisk::fill(&home);
    tui.press("\r");
    tui.wait_for("the disk is full");
    send_signal("-TERM", tui.pid());
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15, "{status}");
    assert_terminal_restored_with_text(&tui);
    let screen = tui.output().text();
    assert!(screen.contains("not saved to the journal yet"), "the patient is told: {screen}");
    assert!(screen.contains("\"event\":\"set_done\""), "the waiting entry is printed: {screen}");
    drop(full);
    assert_eq!(events(&home.entries()), ["started", "pain"], "what was saved is kept");
}

// A read-only data folder ----------------------------------------------------------------

/// How rehabit can be kept from writing to its data folder here.
enum ReadOnly {
    /// As root, run rehabit as `nobody`, with the files left root's.
    AsNobody,
    /// As a normal user, take away the write permissions.
    Permissions,
}

fn read_only_method() -> Option<ReadOnly> {
    if !is_root() {
        return Some(ReadOnly::Permissions);
    }
    let works = Command::new("setpriv")
        .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", "true"])
        .status()
        .is_ok_and(|status| status.success());
    works.then_some(ReadOnly::AsNobody)
}

const AS_NOBODY: &[&str] = &["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"];

/// Makes the home readable, and its data folder not writable, by whoever runs rehabit.
fn make_read_only(home: &Home, method: &ReadOnly) {
    let set = |path: &Path, mode: u32| {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("permissions set")
    };
    match method {
        ReadOnly::AsNobody => {
            // Root's files, readable by everyone: nobody can read them, not write them.
            for dir in [home.dir.path(), &home.data(), &home.config(), &home.config().join("programs")] {
                set(dir, 0o755);
            }
            for file in
                [home.journal(), home.config().join("config.toml"), home.config().join("programs/drill.toml")]
            {
                set(&file, 0o644);
            }
        }
        ReadOnly::Permissions => {
            set(&home.journal(), 0o400);
            set(&home.data(), 0o500);
        }
    }
}

fn read_only_command(home: &Home, method: &ReadOnly, args: &[&str]) -> Ran {
    match method {
        ReadOnly::AsNobody => run(&mut behind(home, AS_NOBODY, args)),
        ReadOnly::Permissions => rehabit(home, args),
    }
}

#[test]
fn a_read_only_data_folder_is_told_plainly_and_loses_nothing() {
    let Some(method) = read_only_method() else {
        eprintln!("skipped: running as root, and setpriv can't run rehabit as nobody here");
        return;
    };
    let home = drill_home();
    rehabit(&home, &["log", "walk", "20m"]).ok("the first log");
    let before = read(&home.journal());
    make_read_only(&home, &method);

    let ran = read_only_command(&home, &method, &["log", "walk", "35m"]).refused("log, read-only");
    assert!(ran.stderr.contains("permission denied"), "{}", ran.stderr);
    assert!(ran.stderr.contains("read-only"), "{}", ran.stderr);
    assert!(ran.stderr.contains("Nothing was recorded"), "{}", ran.stderr);
    // Reading needs no writing.
    let status = read_only_command(&home, &method, &["status", "--json"]).ok("status, read-only");
    let status: Value = serde_json::from_str(&status.stdout).expect("status as JSON");
    assert_eq!(status["unreadable_lines"], 0);

    // The TUI tells the patient, lets them do the session, and prints what it could
    // not save when they quit.
    let prefix: Vec<&OsStr> = match method {
        ReadOnly::AsNobody => AS_NOBODY.iter().map(OsStr::new).collect(),
        ReadOnly::Permissions => Vec::new(),
    };
    let mut tui = Tui::spawn(home.pty_command(&prefix), 100, 30);
    tui.wait_for_all(&["permission denied", "What you do is kept and saved as soon as possible"], WAIT);
    do_drill(&mut tui, "3", "2");
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "rehabit ended with {status}");
    assert_terminal_restored_with_text(&tui);
    let screen = tui.output().text();
    assert!(screen.contains("entries not saved to the journal yet"), "{screen}");
    assert!(screen.contains("\"event\":\"set_done\""), "the entries are printed: {screen}");

    assert_eq!(read(&home.journal()), before, "the journal is as it was");
    assert!(!home.set_aside().exists());
}

// A journal from a newer rehabit -----------------------------------------------------------

#[test]
fn a_journal_from_a_newer_version_is_refused_by_every_command_and_left_alone() {
    let home = drill_home();
    rehabit(&home, &["log", "walk", "20m"]).ok("the first log");
    // A newer rehabit recorded something this one does not know, at the end.
    let text = String::from_utf8(read(&home.journal())).unwrap();
    let last = text.lines().last().expect("the walk's line");
    let newer = last.replacen("\"v\":1", "\"v\":2", 1).replace("\"logged\"", "\"meditated\"");
    fs::write(home.journal(), format!("{text}{newer}\n")).unwrap();
    let before = read(&home.journal());

    let commands: &[&[&str]] = &[
        &["today"],
        &["status"],
        &["status", "--json"],
        &["report"],
        &["report", "--from", "2020-01-01", "--format", "csv"],
        &["log", "walk", "35m"],
        &["done", "Drill"],
        &["pain", "3"],
        &["undo"],
        &["remind", "--due"],
        &["remind", "status"],
    ];
    for args in commands {
        let what = format!("rehabit {}", args.join(" "));
        let ran = rehabit(&home, args).refused(&what);
        assert!(ran.stderr.contains("newer version of rehabit"), "{what}: {}", ran.stderr);
        assert!(ran.stderr.contains("Please update rehabit. Nothing was changed."), "{what}: {}", ran.stderr);
        assert_eq!(read(&home.journal()), before, "{what} changed the journal");
    }

    let mut tui = Tui::start(&home, 80, 24);
    tui.wait_for_all(&["newer version of rehabit", "Please update rehabit"], WAIT);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status}");
    assert!(tui.is_cooked(), "the terminal is left as it was");
    assert!(!String::from_utf8_lossy(&tui.raw()).contains("panicked"));
    assert_eq!(read(&home.journal()), before, "the TUI changed the journal");
    assert!(!home.set_aside().exists());
}

// A torn line and a garbage line -----------------------------------------------------------

#[test]
fn a_torn_last_line_and_a_garbage_line_are_told_and_nothing_else_is_lost() {
    let home = drill_home();
    rehabit(&home, &["done", "Drill"]).ok("marking the drill done");
    rehabit(&home, &["log", "walk", "20m", "--note", "sunny"]).ok("a log");
    // Garbage between the two lines (a disk error, an editor), and half a line at the
    // end (the power went in the middle of a write).
    let text = String::from_utf8(read(&home.journal())).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let [setup @ .., done, walk] = lines.as_slice() else { panic!("two lines and the setup's: {text}") };
    let setup: String = setup.iter().map(|line| format!("{line}\n")).collect();
    let fragment = &walk[..60];
    let garbage = "\u{0}\u{0}\u{0}@@ not a journal line @@";
    fs::write(home.journal(), format!("{setup}{done}\n{garbage}\n{walk}\n{fragment}")).unwrap();

    let status = rehabit(&home, &["status"]).ok("status");
    assert!(status.stdout.contains("Today: Drill (done)."), "{}", status.stdout);
    assert!(status.stdout.contains("1 line(s) of the journal could not be read"), "{}", status.stdout);
    assert!(status.stdout.contains("last line was cut off"), "{}", status.stdout);
    let json = rehabit(&home, &["status", "--json"]).ok("status --json");
    let json: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["unreadable_lines"], 1);
    assert!(!home.set_aside().exists(), "status only reads");

    let mut tui = Tui::start(&home, 120, 30);
    tui.wait_for_all(&["Fault drill", "Drill · done today"], WAIT);
    tui.wait_for_all(&["1 line(s) of the journal could not be read", "last line was cut off"], WAIT);
    quit(&mut tui);

    assert_eq!(read(&home.set_aside()), format!("{fragment}\n").as_bytes(), "the fragment is set aside");
    let kept = String::from_utf8(read(&home.journal())).unwrap();
    assert_eq!(kept, format!("{setup}{done}\n{garbage}\n{walk}\n"), "nothing else is changed");
    // Set aside once: the next start has nothing more to say of it.
    let status = rehabit(&home, &["status"]).ok("status after");
    assert!(!status.stdout.contains("cut off"), "{}", status.stdout);
}

// The programme changes while a session runs ------------------------------------------------

#[test]
fn a_programme_changed_mid_session_leaves_the_session_alone() {
    let home = drill_home();
    let chosen = home.config().join("programs/drill.toml");
    assert!(chosen.exists(), "rehabit keeps its own copy of the programme");

    let mut tui = Tui::start(&home, 80, 24);
    tui.wait_for_all(DRILL_TODAY, WAIT);
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press("3\r");
    tui.wait_for_all(&["Chair squat", "Do your reps"], WAIT);
    // The physio's new file lands half-saved, with a syntax error.
    fs::copy(fixture("drill-broken.toml"), &chosen).unwrap();
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press("2\r");
    tui.wait_for("Anything you want to remember");
    tui.press("\r");
    tui.wait_for("Session finished");
    tui.press("\r");
    tui.wait_for_all(&["Fault drill", "Drill · done today", "✓ Chair squat"], WAIT);
    quit(&mut tui);
    let entries = home.entries();
    assert_eq!(events(&entries), DRILL_EVENTS, "{entries:#?}");
    let before = read(&home.journal());

    // The next start says plainly what is wrong with the file, and where.
    let mut tui = Tui::start(&home, 100, 30);
    tui.wait_for_all(&["drill.toml", "has problems", "close the text with the same quote mark"], WAIT);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status}");
    let ran = rehabit(&home, &["status"]).refused("status with a broken programme");
    assert!(ran.stderr.contains("6:21"), "the place of the error: {}", ran.stderr);

    // A valid new version is used from then on; the journal was never touched.
    fs::copy(fixture("drill-renamed.toml"), &chosen).unwrap();
    let today = rehabit(&home, &["today"]).ok("today with the new programme");
    assert!(today.stdout.starts_with("Fault drill, revised · week 1"), "{}", today.stdout);
    assert!(today.stdout.contains("Bridge: 5 reps"), "{}", today.stdout);
    assert_eq!(read(&home.journal()), before);
}

// The clock and the time zone -----------------------------------------------------------------

/// libfaketime, if installed: rehabit's wall clock set from a file it reads on every
/// call, its monotonic clock left alone (as a real clock change leaves it).
struct FakeTime {
    library: PathBuf,
    file: PathBuf,
}

/// Where Debian (and most others) put libfaketime.
fn libfaketime() -> Option<PathBuf> {
    let multiarch =
        fs::read_dir("/usr/lib").into_iter().flatten().flatten().map(|dir| dir.path().join("faketime"));
    let dirs = multiarch.chain(["/usr/lib/faketime", "/usr/local/lib/faketime"].map(PathBuf::from));
    dirs.map(|dir| dir.join("libfaketime.so.1")).find(|library| library.exists())
}

impl FakeTime {
    fn new(home: &Home, spec: &str) -> Option<FakeTime> {
        let Some(library) = libfaketime() else {
            eprintln!("skipped: libfaketime is not installed (apt-get install faketime)");
            return None;
        };
        let time = FakeTime { library, file: home.dir.path().join("faketime.rc") };
        time.set(spec);
        Some(time)
    }

    /// `+0`, `-1h`, `@2026-03-08 00:30:00`: see libfaketime's README.
    fn set(&self, spec: &str) {
        let temporary = self.file.with_extension("new");
        fs::write(&temporary, format!("{spec}\n")).unwrap();
        fs::rename(&temporary, &self.file).unwrap();
    }

    fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("LD_PRELOAD", self.library.display().to_string()),
            ("FAKETIME_TIMESTAMP_FILE", self.file.display().to_string()),
            ("FAKETIME_NO_CACHE", "1".to_string()),
            ("FAKETIME_DONT_FAKE_MONOTONIC", "1".to_string()),
            ("NO_FAKE_STAT", "1".to_string()),
        ]
    }

    /// rehabit in `home`, on this clock, in the time zone `tz`.
    fn rehabit(&self, home: &Home, tz: &str) -> Command {
        let mut command = home.command();
        command.envs(self.env()).env("TZ", tz);
        command
    }

    fn command(&self, home: &Home, tz: &str, args: &[&str]) -> Ran {
        run(self.rehabit(home, tz).args(args))
    }

    fn tui(&self, home: &Home, tz: &str) -> Tui {
        let mut command = home.pty_command(&[]);
        for (key, value) in self.env() {
            command.env(key, value);
        }
        command.env("TZ", tz);
        Tui::spawn(command, 100, 30)
    }
}

fn at(entry: &Value) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(entry["at"].as_str().expect("an entry's time")).expect("a time")
}

#[test]
fn the_clock_put_back_an_hour_mid_session_changes_nothing_that_counts() {
    let home = Home::with_program(&fixture("rest.toml"));
    let Some(time) = FakeTime::new(&home, "+0") else { return };
    let mut tui = time.tui(&home, "UTC");
    tui.wait_for_all(&["Rest drill", "Drill", "Chair squat"], WAIT);
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press("3\r");
    tui.wait_for_all(&["Chair squat", "Set 1 of 2"], WAIT);
    // The time server corrects the clock: an hour back.
    time.set("-1h");
    let bells = tui.output().bells();
    let rest_started = Instant::now();
    tui.press("\r");
    // The 1-second rest is timed by the monotonic clock: it ends after about a second,
    // not an hour and a second.
    tui.wait_for("Rest after set 1 of 2");
    tui.wait_until("the rest to end with a bell", WAIT, |output| output.bells() > bells);
    let rest = rest_started.elapsed();
    assert!(rest >= Duration::from_millis(900) && rest < Duration::from_secs(6), "the rest took {rest:?}");
    tui.wait_until("set 2", WAIT, |output| {
        let text = output.text();
        text.contains("Set 2 of 2") && !text.contains("Rest after")
    });
    assert_eq!(tui.output().bells(), bells + 1, "the rest ended with one bell");
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press("2\r");
    tui.wait_for("Anything you want to remember");
    tui.press("\r");
    tui.wait_for("Session finished");
    tui.press("\r");
    tui.wait_for_all(&["Drill · done today", "✓ Chair squat"], WAIT);
    quit(&mut tui);

    let entries = home.entries();
    assert_eq!(
        events(&entries),
        ["started", "pain", "set_done", "set_done", "exercise_done", "ended", "pain"]
    );
    let (first, second) = (at(&entries[1]), at(&entries[2]));
    let back = (first - second).num_minutes();
    assert!((55..=61).contains(&back), "the entries after went back an hour: {first} then {second}");
    let days: Vec<&Value> = entries.iter().map(|entry| &entry["day"]).collect();
    assert!(days.iter().all(|day| *day == days[0]), "one day for the whole session: {days:?}");

    // Started again, on the clock as it is now: the session counts, whole.
    let mut tui = time.tui(&home, "UTC");
    tui.wait_for_all(&["Drill · done today", "✓ Chair squat"], WAIT);
    quit(&mut tui);
    let status = time.command(&home, "UTC", &["status", "--json"]).ok("status");
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(status["sessions"][0]["done_today"], true, "{status:#}");
}

#[test]
fn the_clock_put_back_across_midnight_hides_nothing_the_next_day() {
    let mut home = Home::empty();
    let Some(time) = FakeTime::new(&home, "@2026-03-08 00:10:00") else { return };
    home.answer_safety(time.rehabit(&home, "UTC"));
    // Just after midnight on Sunday, a walk with pain scores...
    let args = ["log", "walk", "20m", "--pain-before", "2", "--pain-after", "3"];
    time.command(&home, "UTC", &args).ok("the walk");
    // ...then the clock is put back an hour, to Saturday, and a second walk is logged.
    time.set("@2026-03-07 23:15:00");
    time.command(&home, "UTC", &["log", "walk", "10m"]).ok("the second walk");
    let entries = home.entries();
    assert_eq!(fields(&entries[0], &["day"]), json!(["2026-03-08"]));
    assert_eq!(fields(&entries[1], &["day"]), json!(["2026-03-07"]));

    // Monday morning: Sunday's walk had pain scores, so the morning check is due.
    time.set("@2026-03-09 08:00:00");
    let status = time.command(&home, "UTC", &["status", "--json"]).ok("status");
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(status["date"], "2026-03-09");
    assert_eq!(status["morning_check_due"], true, "Sunday's walk is seen: {status:#}");
    let mut tui = time.tui(&home, "UTC");
    tui.wait_for("How is your back pain this morning, 0 to 10?");
    tui.press("s");
    tui.wait_for("Short walk");
    quit(&mut tui);
}

#[test]
fn a_session_in_one_time_zone_keeps_its_day_in_another() {
    if !Path::new("/usr/share/zoneinfo/Etc/GMT-1").exists() {
        eprintln!("skipped: the time zone database is not installed (apt-get install tzdata)");
        return;
    }
    let mut home = Home::empty();
    let Some(time) = FakeTime::new(&home, "@2026-03-08 00:30:00") else { return };
    // The patient starts the programme just after midnight on Sunday, an hour east of
    // UTC, and does the drill...
    let program = fixture("drill.toml");
    let program = program.to_str().unwrap();
    time.command(&home, "Etc/GMT-1", &["use", program, "--start", "2026-03-08"]).ok("use");
    home.answer_safety(time.rehabit(&home, "Etc/GMT-1"));
    let mut tui = time.tui(&home, "Etc/GMT-1");
    do_drill(&mut tui, "3", "4");
    quit(&mut tui);
    let entries = home.entries();
    assert!(entries.iter().all(|entry| entry["day"] == "2026-03-08"), "{entries:#?}");
    assert!(entries.iter().all(|entry| entry["at"].as_str().unwrap().ends_with("+01:00")));

    // ...then flies west. On Monday morning, five hours behind UTC, Sunday's session is
    // still Sunday's: it counts, and the morning check asks about it.
    time.set("@2026-03-09 09:00:00");
    let status = time.command(&home, "Etc/GMT+5", &["status", "--json"]).ok("status");
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(status["date"], "2026-03-09");
    assert_eq!(status["morning_check_due"], true, "Sunday's session is seen: {status:#}");
    let mut tui = time.tui(&home, "Etc/GMT+5");
    tui.wait_for("How is your back pain this morning, 0 to 10?");
    tui.press("2\r");
    tui.wait_for_all(DRILL_TODAY, WAIT);
    quit(&mut tui);
    let entries = home.entries();
    let last = entries.last().unwrap();
    assert_eq!(
        fields(last, &["event", "moment", "score", "day"]),
        json!(["pain", "next_morning", 2, "2026-03-08"])
    );
}

// Signals and a closed terminal ---------------------------------------------------------------

/// Starts a session, does the squats, and starts the plank's first hold: then `end`
/// ends rehabit. Everything done is in the journal, whole, and nothing after it.
fn ended_mid_session(end: impl FnOnce(&mut Tui)) -> (Home, Tui) {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    start_session(&mut tui, "4");
    do_squats(&mut tui);
    tui.press(" ");
    tui.wait_for("Get ready");
    end(&mut tui);
    let entries = home.entries();
    assert_eq!(
        events(&entries),
        ["started", "pain", "set_done", "set_done", "exercise_done"],
        "every step done is in the journal: {entries:#?}"
    );
    assert!(!home.set_aside().exists(), "no torn line was left");
    (home, tui)
}

#[test]
fn sigterm_mid_session_restores_the_terminal_and_keeps_every_step() {
    ended_mid_session(|tui| {
        send_signal("-TERM", tui.pid());
        let status = tui.wait_exit();
        assert_eq!((status.signal(), status.exit_code()), (None, 128 + 15), "{status}");
        assert_terminal_restored(tui);
    });
}

#[test]
fn sighup_mid_session_restores_the_terminal_and_keeps_every_step() {
    ended_mid_session(|tui| {
        send_signal("-HUP", tui.pid());
        let status = tui.wait_exit();
        assert_eq!((status.signal(), status.exit_code()), (None, 128 + 1), "{status}");
        assert_terminal_restored(tui);
    });
}

#[test]
fn a_closed_terminal_mid_session_ends_rehabit_and_keeps_every_step() {
    let (home, mut tui) = ended_mid_session(|tui| {
        tui.close_terminal();
        let status = tui.wait_exit_only();
        // Ended by its own hand on the hang-up (128 + SIGHUP), not by a crash or abort.
        assert_eq!((status.signal(), status.exit_code()), (None, 128 + 1), "{status}");
    });
    // Nothing more was recorded after the hang-up, and a new start is clean.
    drop(tui);
    tui = Tui::start(&home, 80, 24);
    tui.wait_for_all(&["Quick check", "1 of 2 done", "✓ Chair squat", "○ Short plank"], WAIT);
    quit(&mut tui);
}

#[test]
fn a_closed_terminal_while_entries_wait_for_a_full_disk_ends_rehabit() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    start_session(&mut tui, "4");
    let full = FullDisk::fill(&home);
    tui.press("\r");
    tui.wait_for("the disk is full");
    // Nowhere left to tell the patient: rehabit must still end, not hang or spin.
    tui.close_terminal();
    let status = tui.wait_exit_only();
    assert_eq!((status.signal(), status.exit_code()), (None, 128 + 1), "{status}");
    drop(full);
    assert_eq!(events(&home.entries()), ["started", "pain"], "what was saved is kept, whole");
}

// No network ------------------------------------------------------------------------------------

/// Adds a reminder for the drill a minute ago, so that `remind --due` has one to send.
fn remind_now(home: &Home) {
    let now = chrono::Local::now().naive_local();
    let midnight = now.date().and_hms_opt(0, 0, 0).unwrap();
    let due = (now - chrono::TimeDelta::minutes(1)).max(midnight);
    let settings = home.config().join("config.toml");
    let mut text = fs::read_to_string(&settings).unwrap();
    text.push_str(&format!(
        "\n[reminders]\nquiet_hours = \"none\"\n\n[reminders.times]\nDrill = [\"{}\"]\n",
        due.format("%H:%M")
    ));
    fs::write(settings, text).unwrap();
}

/// The commands that must work with no network at all. The notifications go to a bus
/// that is not there.
const OFFLINE_COMMANDS: &[&[&str]] = &[
    &["today"],
    &["status"],
    &["status", "--json"],
    &["report"],
    &["report", "--format", "html"],
    &["log", "walk", "20m"],
    &["calendar"],
    &["plan"],
    &["remind", "--due"],
    &["remind", "test"],
    &["remind", "status"],
];

fn offline_home() -> Home {
    let home = drill_home();
    rehabit(&home, &["log", "walk", "20m"]).ok("a walk");
    remind_now(&home);
    home
}

fn no_bus(command: &mut Command, home: &Home) {
    command
        .env("DBUS_SESSION_BUS_ADDRESS", format!("unix:path={}", home.dir.path().join("no-bus").display()))
        .env("XDG_RUNTIME_DIR", home.dir.path())
        .env("HOME", home.dir.path());
}

fn strace_works() -> bool {
    Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null", "true"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

#[test]
fn rehabit_opens_no_network_socket() {
    let home = offline_home();
    if strace_works() {
        eprintln!("method: strace -f -e trace=socket,connect");
        let mut unix_sockets = 0;
        for args in OFFLINE_COMMANDS {
            let what = format!("rehabit {}", args.join(" "));
            let trace = home.dir.path().join("trace.txt");
            let trace_arg = trace.display().to_string();
            let strace = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", &trace_arg];
            let mut traced = behind(&home, &strace, args);
            no_bus(&mut traced, &home);
            let ran = run(&mut traced).calm(&what);
            assert!(ran.code == Some(0) || args[0] == "remind", "{what} failed:\n{}", ran.stderr);
            let trace = fs::read_to_string(&trace).expect("strace wrote its trace");
            for line in trace.lines() {
                assert!(!line.contains("AF_INET") && !line.contains("AF_PACKET"), "{what}: {line}");
                if line.contains("socket(") {
                    assert!(line.contains("AF_UNIX"), "{what} opened a socket that is not local: {line}");
                    unix_sockets += 1;
                }
            }
        }
        // The notifications did try their (local) bus: the trace sees sockets at all.
        assert!(unix_sockets > 0, "no socket seen at all: is strace tracing?");
        return;
    }
    let netns = Command::new("unshare").args(["-n", "true"]).status().is_ok_and(|status| status.success());
    if !netns {
        eprintln!("skipped: neither strace nor a network namespace (unshare -n) works here");
        return;
    }
    eprintln!("method: unshare -n (a network namespace with no network at all)");
    for args in OFFLINE_COMMANDS {
        let what = format!("rehabit {}", args.join(" "));
        let mut isolated = behind(&home, &["unshare", "-n"], args);
        no_bus(&mut isolated, &home);
        let ran = run(&mut isolated).calm(&what);
        assert!(ran.code == Some(0) || args[0] == "remind", "{what} failed:\n{}", ran.stderr);
    }
}
