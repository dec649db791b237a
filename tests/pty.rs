//! rehabit as a patient meets it: the real binary in a real pseudo-terminal, driven by
//! keys, its screen read back through a terminal emulator (`vt100`). The programme is
//! `tests/pty/short.toml`, a session of a few seconds.
//!
//! Every wait polls the screen for the text it expects, with a generous deadline: no
//! fixed sleeps, so a busy machine is only slower, never wrong.

#![cfg(unix)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, ExitStatus, MasterPty, PtySize, native_pty_system};
use serde_json::{Value, json};
use tempfile::TempDir;

/// The longest any one expected thing may take to show.
const WAIT: Duration = Duration::from_secs(10);
/// The whole hold exercise: two 3-second get-readies and two 1-second holds.
const HOLDS_WAIT: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(25);

const ENTER_ALTERNATE: &[u8] = b"\x1b[?1049h";
const LEAVE_ALTERNATE: &[u8] = b"\x1b[?1049l";

/// The Today screen: the programme's title shows there alone, with the session's exercises.
const TODAY: &[&str] = &["Quick check", "Quick round", "Chair squat", "Short plank"];
/// The pain questions, before and after.
const PAIN_QUESTION: &str = "how much pain do you have right now?";

/// Counts the terminal bells.
#[derive(Default)]
struct Bells(usize);

impl vt100::Callbacks for Bells {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0 += 1;
    }
}

/// What the program wrote, as a screen and as bytes.
struct Output {
    parser: vt100::Parser<Bells>,
    raw: Vec<u8>,
    /// The pty closed: the program and everything it started are gone.
    closed: bool,
}

impl Output {
    /// The screen's text, every run of blanks (line ends included) made one space, so
    /// that a wrapped sentence still matches.
    fn text(&self) -> String {
        self.parser.screen().contents().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn bells(&self) -> usize {
        self.parser.callbacks().0
    }
}

/// A data and a config folder of their own, with the short programme chosen.
struct Home {
    dir: TempDir,
}

impl Home {
    fn new() -> Home {
        let home = Home { dir: TempDir::new().expect("a temporary folder") };
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pty/short.toml");
        let output = home.command().arg("use").arg(&fixture).output().expect("rehabit use runs");
        assert!(output.status.success(), "rehabit use failed: {}", String::from_utf8_lossy(&output.stderr));
        home
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_rehabit"));
        command.env("REHABIT_DATA_DIR", self.data()).env("REHABIT_CONFIG_DIR", self.config());
        command
    }

    fn journal(&self) -> PathBuf {
        self.data().join("journal.jsonl")
    }

    /// The journal's entries; every line must be whole JSON.
    fn entries(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(self.journal()).expect("the journal exists");
        assert!(text.is_empty() || text.ends_with('\n'), "the journal ends with a torn line:\n{text}");
        text.lines()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line:?}")))
            .collect()
    }
}

/// rehabit running in a pseudo-terminal.
struct Tui {
    master: Box<dyn MasterPty + Send>,
    /// Kept open: dropping it sends end-of-file, which rehabit reads as Ctrl-D.
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Arc<Mutex<Output>>,
    reader: Option<JoinHandle<()>>,
}

impl Tui {
    /// Starts `rehabit` with no arguments in a `cols` x `rows` terminal.
    fn start(home: &Home, cols: u16, rows: u16) -> Tui {
        let size = PtySize { rows, cols, pixel_width: 0, pixel_height: 0 };
        let pair = native_pty_system().openpty(size).expect("a pseudo-terminal");
        let mut command = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_rehabit"));
        command.cwd(home.dir.path());
        command.env("REHABIT_DATA_DIR", home.data());
        command.env("REHABIT_CONFIG_DIR", home.config());
        command.env("TERM", "xterm-256color");
        command.env("NO_COLOR", "1");
        command.env("RUST_BACKTRACE", "0");
        let child = pair.slave.spawn_command(command).expect("rehabit starts");
        // Only the child may hold the terminal's other end, so that reading ends with it.
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = pair.master.take_writer().expect("a writer");
        let parser = vt100::Parser::new_with_callbacks(non_zero(rows), non_zero(cols), 0, Bells::default());
        let output = Arc::new(Mutex::new(Output { parser, raw: Vec::new(), closed: false }));
        let shared = Arc::clone(&output);
        let reader = thread::spawn(move || {
            let mut buf = [0; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut output = shared.lock().unwrap_or_else(|e| e.into_inner());
                        output.parser.process(&buf[..n]);
                        output.raw.extend_from_slice(&buf[..n]);
                    }
                }
            }
            shared.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        });
        Tui { master: pair.master, writer, child, output, reader: Some(reader) }
    }

    fn output(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's process id")
    }

    /// Waits until `done` holds for the output, or fails with what the screen shows.
    fn wait_until(&self, what: &str, timeout: Duration, done: impl Fn(&Output) -> bool) {
        let start = Instant::now();
        loop {
            {
                let output = self.output();
                if done(&output) {
                    return;
                }
                if start.elapsed() > timeout || output.closed {
                    let closed = if output.closed { " (the terminal closed)" } else { "" };
                    panic!(
                        "waited {:?} for {what}{closed}; the screen shows:\n{}",
                        start.elapsed(),
                        output.parser.screen().contents()
                    );
                }
            }
            thread::sleep(POLL);
        }
    }

    /// Waits until the screen shows every one of `texts` at once.
    fn wait_for_all(&self, texts: &[&str], timeout: Duration) {
        self.wait_until(&format!("{texts:?}"), timeout, |output| {
            let screen = output.text();
            texts.iter().all(|text| screen.contains(text))
        });
    }

    fn wait_for(&self, text: &str) {
        self.wait_for_all(&[text], WAIT);
    }

    fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("keys reach the terminal");
        self.writer.flush().expect("keys reach the terminal");
    }

    fn resize(&self, cols: u16, rows: u16) {
        // The emulator first, so that the redraw that follows is read at the new size.
        self.output().parser.set_size(non_zero(rows), non_zero(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resized");
    }

    /// Whether the terminal is in canonical mode with echo, as a shell leaves it.
    fn is_cooked(&self) -> bool {
        let termios = self.master.get_termios().expect("the terminal's settings");
        let flags = format!("{:?}", termios.local_flags);
        let has = |flag: &str| flags.split(|c: char| !c.is_ascii_alphanumeric()).any(|f| f == flag);
        has("ICANON") && has("ECHO")
    }

    /// Waits for the program to end and for all its output; returns how it ended.
    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("the child can be waited for") {
                break status;
            }
            assert!(start.elapsed() < WAIT, "rehabit did not end; the screen shows:\n{}", self.screen());
            thread::sleep(POLL);
        };
        self.wait_until("the terminal to close", WAIT, |output| output.closed);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread ends");
        }
        status
    }

    fn screen(&self) -> String {
        self.output().parser.screen().contents()
    }

    fn raw(&self) -> Vec<u8> {
        self.output().raw.clone()
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave rehabit running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn non_zero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal has rows and columns")
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|window| window == needle)
}

/// Sends `signal` to `pid` with kill(1), as a user or a service manager would.
fn send_signal(signal: &str, pid: u32) {
    let status = Command::new("kill").args([signal, &pid.to_string()]).status().expect("kill runs");
    assert!(status.success(), "kill {signal} {pid} failed");
}

/// Checks that the terminal was given back: the alternate screen entered, then left
/// after the last frame; nothing drawn after that; raw mode off; no panic.
fn assert_terminal_restored(tui: &Tui) {
    let raw = tui.raw();
    let entered = find_last(&raw, ENTER_ALTERNATE).expect("the alternate screen was entered");
    let left = find_last(&raw, LEAVE_ALTERNATE).expect("the alternate screen was left");
    assert!(left > entered, "the alternate screen was entered again after leaving it");
    let after = String::from_utf8_lossy(&raw[left + LEAVE_ALTERNATE.len()..]).into_owned();
    let text: String = strip_escapes(&after);
    assert!(text.trim().is_empty(), "something was drawn after leaving the alternate screen: {after:?}");
    let all = String::from_utf8_lossy(&raw);
    assert!(!all.contains("panicked"), "rehabit panicked:\n{all}");
    assert!(tui.is_cooked(), "the terminal was left in raw mode");
    let output = tui.output();
    assert!(!output.parser.screen().alternate_screen(), "the main screen shows again");
    assert!(!output.parser.screen().hide_cursor(), "the cursor was left hidden");
}

/// `text` without its escape sequences (CSI and two-byte ones), for checking that only
/// terminal settings, not characters, follow a point in the output.
fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        if chars.next() == Some('[') {
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
    }
    out
}

/// Some of an entry's fields, as a JSON array; `title` is the programme's.
fn fields(entry: &Value, names: &[&str]) -> Value {
    let field = |name: &str| match name {
        "title" => entry["program"]["title"].clone(),
        _ => entry[name].clone(),
    };
    Value::Array(names.iter().map(|name| field(name)).collect())
}

fn events(entries: &[Value]) -> Vec<&str> {
    entries.iter().map(|entry| entry["event"].as_str().expect("every entry has an event")).collect()
}

/// Starts the session from the Today screen and answers the first pain question.
fn start_session(tui: &mut Tui, pain: &str) {
    tui.wait_for_all(TODAY, WAIT);
    assert!(!tui.is_cooked(), "the TUI puts the terminal in raw mode");
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press(pain);
    tui.press("\r");
    tui.wait_for_all(&["Chair squat", "Set 1 of 2"], WAIT);
}

/// Does the first set of squats, waits out the rest and does the second set.
fn do_squats(tui: &mut Tui) {
    let bells = tui.output().bells();
    tui.press("\r");
    // The rest starts by itself, ends with a bell and hands over to set 2. (During the
    // rest, set 2 shows only as what comes next, and the plank not at all.)
    tui.wait_for_all(&["Set 2 of 2", "Short plank"], WAIT);
    assert_eq!(tui.output().bells(), bells + 1, "the rest ended with one bell");
    tui.press("\r");
    tui.wait_for_all(&["Short plank", "hold 1 of 2"], WAIT);
}

#[test]
fn a_whole_session_followed_to_the_end() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    start_session(&mut tui, "3");
    do_squats(&mut tui);

    let bells = tui.output().bells();
    tui.press(" ");
    tui.wait_for("Get ready");
    tui.wait_for_all(&["Get ready", "hold 2 of 2"], HOLDS_WAIT);
    tui.wait_for_all(&[PAIN_QUESTION], HOLDS_WAIT);
    assert_eq!(tui.output().bells(), bells + 2, "each hold ended with a bell");
    tui.press("2\r");
    tui.wait_for("Anything you want to remember, or tell your physiotherapist?");
    tui.press("felt fine");
    tui.wait_for("felt fine");
    tui.press("\r");
    tui.wait_for_all(&["Session finished", "2 of 2", "3 before, 2 after"], WAIT);
    tui.press("\r");
    tui.wait_for_all(&["Quick check", "Quick round · done today", "✓ Chair squat", "✓ Short plank"], WAIT);
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "rehabit ended with {status}; the screen shows:\n{}", tui.screen());
    assert_terminal_restored(&tui);

    let entries = home.entries();
    assert_eq!(
        events(&entries),
        [
            "started",
            "pain",
            "set_done",
            "set_done",
            "exercise_done",
            "set_done",
            "exercise_done",
            "ended",
            "pain",
            "note"
        ],
        "{entries:#?}"
    );
    let run = &entries[0]["run"];
    for entry in &entries {
        assert_eq!(&entry["run"], run, "one run id for the whole sitting");
        assert_eq!(fields(entry, &["session", "title"]), json!(["Quick round", "Quick check"]));
    }
    assert_eq!(entries[0]["planned"].as_array().map(Vec::len), Some(2));
    let set = ["exercise", "set", "reps"];
    let exercise = ["exercise", "sets_done"];
    let pain = ["moment", "score"];
    assert_eq!(fields(&entries[1], &pain), json!(["before", 3]));
    assert_eq!(fields(&entries[2], &set), json!(["squat", 1, 3]));
    assert_eq!(fields(&entries[3], &set), json!(["squat", 2, 3]));
    assert_eq!(fields(&entries[4], &exercise), json!(["squat", 2]));
    assert_eq!(fields(&entries[5], &set), json!(["plank", 1, 2]), "the holds counted");
    assert_eq!(fields(&entries[6], &exercise), json!(["plank", 1]));
    assert_eq!(fields(&entries[7], &["ending", "done", "skipped"]), json!(["finished", 2, 0]));
    assert_eq!(fields(&entries[8], &pain), json!(["after", 2]));
    assert_eq!(fields(&entries[9], &["text"]), json!(["felt fine"]));

    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(home.journal()).expect("the journal exists").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "the journal is readable by the patient alone");
}

#[test]
fn killed_mid_session_nothing_done_is_lost() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    start_session(&mut tui, "4");
    do_squats(&mut tui);
    // Killed in the middle of a hold's get-ready: no chance to clean up at all.
    tui.press(" ");
    tui.wait_for("Get ready");
    send_signal("-KILL", tui.pid());
    let status = tui.wait_exit();
    assert!(!status.success() && status.signal().is_some(), "killed by a signal: {status}");

    let entries = home.entries();
    assert_eq!(
        events(&entries),
        ["started", "pain", "set_done", "set_done", "exercise_done"],
        "{entries:#?}"
    );
    assert_eq!(fields(&entries[1], &["moment", "score"]), json!(["before", 4]));
    assert_eq!(fields(&entries[2], &["exercise", "set", "reps"]), json!(["squat", 1, 3]));
    assert_eq!(fields(&entries[3], &["exercise", "set", "reps"]), json!(["squat", 2, 3]));
    assert_eq!(fields(&entries[4], &["exercise", "sets_done"]), json!(["squat", 2]));
    assert!(!home.data().join("journal.set-aside.txt").exists(), "nothing was set aside");

    // Started again, rehabit knows what was done.
    let mut again = Tui::start(&home, 80, 24);
    again.wait_for_all(&["Quick check", "1 of 2 done", "✓ Chair squat", "○ Short plank"], WAIT);
    again.press("q");
    let status = again.wait_exit();
    assert!(status.success(), "rehabit ended with {status}");
    assert_eq!(home.entries().len(), entries.len(), "looking adds nothing to the journal");
}

#[test]
fn sigterm_restores_the_terminal() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    tui.wait_for_all(TODAY, WAIT);
    assert!(!tui.is_cooked(), "the TUI puts the terminal in raw mode");
    send_signal("-TERM", tui.pid());
    let status = tui.wait_exit();
    assert_eq!((status.signal(), status.exit_code()), (None, 128 + 15), "{status}");
    assert_terminal_restored(&tui);
}

#[test]
fn a_too_small_window_says_so_and_a_resize_brings_the_full_layout() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 50, 15);
    tui.wait_for_all(&["This window is too small", "50 x 15"], WAIT);
    assert!(!tui.output().text().contains("Chair squat"));

    tui.resize(100, 30);
    tui.wait_for_all(TODAY, WAIT);
    let screen = tui.screen();
    assert!(!screen.contains("too small"), "{screen}");
    let rows: Vec<String> = tui.output().parser.screen().rows(0, 100).collect();
    assert_eq!(rows.len(), 30);
    // The date sits at the right end of the first row, the keys on the last.
    let first = rows[0].trim_end();
    assert!(first.chars().count() > 80, "the header spans 100 columns: {first:?}");
    let last = &rows[29];
    assert!(last.contains("start") && last.contains("quit"), "the keys are on row 30: {last:?}");

    tui.resize(50, 15);
    tui.wait_for_all(&["This window is too small", "50 x 15"], WAIT);
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "rehabit ended with {status}");
    assert_terminal_restored(&tui);
}

#[test]
fn a_full_disk_mid_session_is_told_plainly_and_loses_nothing() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    start_session(&mut tui, "4");
    // The disk fills up: every write to the journal now fails.
    let journal = home.journal();
    let real = home.data().join("journal.real");
    std::fs::rename(&journal, &real).expect("move the journal aside");
    std::os::unix::fs::symlink("/dev/full", &journal).expect("point the journal at a full disk");

    tui.press("\r");
    tui.wait_for("the disk is full");
    // The session goes on: the rest runs and the second set comes (while resting, the
    // plank is not shown yet).
    tui.wait_for_all(&["Set 2 of 2", "Short plank"], WAIT);
    tui.press("\r");
    tui.wait_for_all(&["hold 1 of 2", "the disk is full"], WAIT);

    // Space is freed; within a few seconds rehabit saves what waited, and says no more.
    std::fs::remove_file(&journal).expect("remove the full disk");
    std::fs::rename(&real, &journal).expect("put the journal back");
    tui.wait_until("the notice to go", Duration::from_secs(20), |out| !out.text().contains("disk is full"));
    tui.press("q");
    tui.wait_for("Leave this session?");
    tui.press("y");
    tui.wait_for("Session ended early");
    tui.press("\r");
    tui.wait_for_all(TODAY, WAIT);
    tui.press("q");
    assert!(tui.wait_exit().success());

    let entries = home.entries();
    assert_eq!(
        events(&entries),
        ["started", "pain", "set_done", "set_done", "exercise_done", "ended"],
        "every entry kept, in order, once: {entries:#?}"
    );
}
