//! The harness shared by the tests that drive the real binary in a real pseudo-terminal
//! (`tests/pty.rs`, `tests/faults.rs`): rehabit started as a patient meets it, driven by
//! keys, its screen read back through a terminal emulator (`vt100`).
//!
//! Every wait polls the screen for the text it expects, with a generous deadline: no
//! fixed sleeps, so a busy machine is only slower, never wrong.

// Each test file uses its own part of the harness.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd, BorrowedFd};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use serde_json::Value;
use tempfile::TempDir;

/// The longest any one expected thing may take to show.
pub const WAIT: Duration = Duration::from_secs(10);
/// The whole hold exercise: two 3-second get-readies and two 1-second holds.
pub const HOLDS_WAIT: Duration = Duration::from_secs(20);
pub const POLL: Duration = Duration::from_millis(25);

pub const ENTER_ALTERNATE: &[u8] = b"\x1b[?1049h";
pub const LEAVE_ALTERNATE: &[u8] = b"\x1b[?1049l";

/// The Today screen: the programme's title shows there alone, with the session's exercises.
pub const TODAY: &[&str] = &["Quick check", "Quick round", "Chair squat", "Short plank"];
/// The pain questions, before and after.
pub const PAIN_QUESTION: &str = "how much pain do you have right now?";

/// The short programme of `tests/pty/short.toml`.
pub fn short_programme() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pty/short.toml")
}

/// Counts the terminal bells.
#[derive(Default)]
pub struct Bells(usize);

impl vt100::Callbacks for Bells {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0 += 1;
    }
}

/// What the program wrote, as a screen and as bytes.
pub struct Output {
    pub parser: vt100::Parser<Bells>,
    pub raw: Vec<u8>,
    /// The pty closed: the program and everything it started are gone.
    pub closed: bool,
}

impl Output {
    /// The screen's text, every run of blanks (line ends included) made one space, so
    /// that a wrapped sentence still matches.
    pub fn text(&self) -> String {
        self.parser.screen().contents().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    pub fn bells(&self) -> usize {
        self.parser.callbacks().0
    }
}

/// "no" to every red-flag safety question, as `rehabit safety --answers` takes them
/// (counted from its help), or `None` if this rehabit asks none.
pub fn safety_all_no() -> Option<String> {
    static ANSWERS: OnceLock<Option<String>> = OnceLock::new();
    ANSWERS
        .get_or_init(|| {
            let output = Command::new(env!("CARGO_BIN_EXE_rehabit"))
                .env("LC_ALL", ENGLISH)
                .args(["safety", "--help"])
                .output()
                .ok()?;
            let help = String::from_utf8_lossy(&output.stdout);
            let is_question = |line: &&str| {
                line.starts_with("  ")
                    && line.trim_start().split_once(". ").is_some_and(|(n, _)| n.parse::<u32>().is_ok())
            };
            let count = help.lines().filter(is_question).count();
            (output.status.success() && count > 0).then(|| vec!["no"; count].join(","))
        })
        .clone()
}

/// The locale the tests run rehabit in, whatever the tester's own: the C locale means
/// English. A test of another language sets `LC_ALL`, `--lang` or `language` itself.
pub const ENGLISH: &str = "C.UTF-8";

/// A data and a config folder of their own.
pub struct Home {
    pub dir: TempDir,
    /// Lines the setup wrote to the journal (the safety answers): not the test's.
    setup_lines: usize,
}

impl Home {
    /// A home with the short programme chosen and the safety questions answered.
    pub fn new() -> Home {
        Home::with_program(&short_programme())
    }

    /// A home where nothing was chosen yet: rehabit offers its gentle default. The
    /// safety questions are not answered yet either (see [`Home::answer_safety`]).
    pub fn empty() -> Home {
        Home { dir: TempDir::new().expect("a temporary folder"), setup_lines: 0 }
    }

    /// A home following the programme file `program` (copied into the config folder),
    /// with the safety questions answered, so the TUI opens on the Today screen.
    pub fn with_program(program: &Path) -> Home {
        let mut home = Home::empty();
        let output = home.command().arg("use").arg(program).output().expect("rehabit use runs");
        assert!(output.status.success(), "rehabit use failed: {}", String::from_utf8_lossy(&output.stderr));
        home.answer_safety(home.command());
        home
    }

    /// Answers "no" to every red-flag safety question with `command` (rehabit with this
    /// home's files, run as the test needs), so that the TUI does not ask them first.
    /// [`Home::entries`] leaves out the journal lines this adds.
    pub fn answer_safety(&mut self, mut command: Command) {
        let Some(answers) = safety_all_no() else { return };
        let output = command.args(["safety", "--answers", &answers]).output().expect("rehabit safety runs");
        assert!(
            output.status.success(),
            "rehabit safety failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let journal = std::fs::read_to_string(self.journal()).expect("the journal exists");
        self.setup_lines = journal.lines().count();
    }

    /// How many lines of the journal the setup wrote (the safety answers).
    pub fn setup_lines(&self) -> usize {
        self.setup_lines
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The binary, with its files in this home.
    pub fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_rehabit"));
        command
            .env("REHABIT_DATA_DIR", self.data())
            .env("REHABIT_CONFIG_DIR", self.config())
            .env("NO_COLOR", "1")
            .env("RUST_BACKTRACE", "0")
            .env("LC_ALL", ENGLISH);
        command
    }

    /// The binary as the pseudo-terminal starts it, behind `prefix` (a program and its
    /// arguments, such as `setpriv ...`) if it is not empty.
    pub fn pty_command(&self, prefix: &[&OsStr]) -> CommandBuilder {
        let rehabit = OsStr::new(env!("CARGO_BIN_EXE_rehabit"));
        let mut command = match prefix.split_first() {
            Some((program, args)) => {
                let mut command = CommandBuilder::new(program);
                command.args(args);
                command.arg(rehabit);
                command
            }
            None => CommandBuilder::new(rehabit),
        };
        command.cwd(self.dir.path());
        command.env("REHABIT_DATA_DIR", self.data());
        command.env("REHABIT_CONFIG_DIR", self.config());
        command.env("TERM", "xterm-256color");
        command.env("NO_COLOR", "1");
        command.env("RUST_BACKTRACE", "0");
        command.env("LC_ALL", ENGLISH);
        command
    }

    pub fn journal(&self) -> PathBuf {
        self.data().join("journal.jsonl")
    }

    pub fn set_aside(&self) -> PathBuf {
        self.data().join("journal.set-aside.txt")
    }

    /// The journal's entries, after those the setup wrote; every line must be whole JSON.
    pub fn entries(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(self.journal()).expect("the journal exists");
        assert!(text.is_empty() || text.ends_with('\n'), "the journal ends with a torn line:\n{text}");
        text.lines()
            .skip(self.setup_lines)
            .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line:?}")))
            .collect()
    }
}

/// rehabit running in a pseudo-terminal.
pub struct Tui {
    /// `None` once the terminal is closed.
    master: Option<Box<dyn MasterPty + Send>>,
    /// A plain descriptor of the terminal, not portable-pty's writer: dropping that one
    /// types Enter and Ctrl-D (end-of-file, were the terminal cooked) just before the
    /// hang-up, and a rehabit quick to read them quit as if the patient had pressed them.
    writer: Option<File>,
    child: Box<dyn Child + Send + Sync>,
    output: Arc<Mutex<Output>>,
    /// Tells the reader thread to let go of the terminal.
    stop: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
}

impl Tui {
    /// Starts `rehabit` with no arguments in a `cols` x `rows` terminal.
    pub fn start(home: &Home, cols: u16, rows: u16) -> Tui {
        Tui::spawn(home.pty_command(&[]), cols, rows)
    }

    /// Starts `command` in a `cols` x `rows` terminal.
    pub fn spawn(command: CommandBuilder, cols: u16, rows: u16) -> Tui {
        let size = PtySize { rows, cols, pixel_width: 0, pixel_height: 0 };
        let pair = native_pty_system().openpty(size).expect("a pseudo-terminal");
        let child = pair.slave.spawn_command(command).expect("rehabit starts");
        // Only the child may hold the terminal's other end, so that reading ends with it.
        drop(pair.slave);
        // A reader and a writer of our own: the reader thread closes the reader when told
        // to, so that the test can close the terminal for good (see `close_terminal`).
        let fd = pair.master.as_raw_fd().expect("the terminal's file descriptor");
        // SAFETY: `fd` belongs to `pair.master`, which is alive for these calls.
        let own = || unsafe { BorrowedFd::borrow_raw(fd) }.try_clone_to_owned().map(File::from);
        let reader = own().expect("a reader");
        let writer = own().expect("a writer");
        let parser = vt100::Parser::new_with_callbacks(non_zero(rows), non_zero(cols), 0, Bells::default());
        let output = Arc::new(Mutex::new(Output { parser, raw: Vec::new(), closed: false }));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let (output, stop) = (Arc::clone(&output), Arc::clone(&stop));
            thread::spawn(move || read_until_closed(reader, &output, &stop))
        };
        Tui { master: Some(pair.master), writer: Some(writer), child, output, stop, reader: Some(reader) }
    }

    pub fn output(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's process id")
    }

    fn master(&self) -> &dyn MasterPty {
        self.master.as_deref().expect("the terminal is open")
    }

    /// Waits until `done` holds for the output, or fails with what the screen shows.
    pub fn wait_until(&self, what: &str, timeout: Duration, done: impl Fn(&Output) -> bool) {
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
    pub fn wait_for_all(&self, texts: &[&str], timeout: Duration) {
        self.wait_until(&format!("{texts:?}"), timeout, |output| {
            let screen = output.text();
            texts.iter().all(|text| screen.contains(text))
        });
    }

    pub fn wait_for(&self, text: &str) {
        self.wait_for_all(&[text], WAIT);
    }

    pub fn press(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(keys.as_bytes()).expect("keys reach the terminal");
        writer.flush().expect("keys reach the terminal");
    }

    pub fn resize(&self, cols: u16, rows: u16) {
        // The emulator first, so that the redraw that follows is read at the new size.
        self.output().parser.set_size(non_zero(rows), non_zero(cols));
        self.master().resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resized");
    }

    /// Whether the terminal is in canonical mode with echo, as a shell leaves it.
    pub fn is_cooked(&self) -> bool {
        let termios = self.master().get_termios().expect("the terminal's settings");
        let flags = format!("{:?}", termios.local_flags);
        let has = |flag: &str| flags.split(|c: char| !c.is_ascii_alphanumeric()).any(|f| f == flag);
        has("ICANON") && has("ECHO")
    }

    /// Closes the terminal, as closing its window does: the program's side hangs up,
    /// with no last keys typed.
    pub fn close_terminal(&mut self) {
        self.stop_reading();
        self.writer = None;
        self.master = None;
    }

    fn stop_reading(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread ends");
        }
    }

    /// Waits for the program to end; returns how it ended.
    pub fn wait_exit_only(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the child can be waited for") {
                return status;
            }
            assert!(start.elapsed() < WAIT, "rehabit did not end; the screen shows:\n{}", self.screen());
            thread::sleep(POLL);
        }
    }

    /// Waits for the program to end and for all its output; returns how it ended.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let status = self.wait_exit_only();
        self.wait_until("the terminal to close", WAIT, |output| output.closed);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread ends");
        }
        status
    }

    pub fn screen(&self) -> String {
        self.output().parser.screen().contents()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.output().raw.clone()
    }
}

/// Feeds what the program writes to the emulator until the terminal closes or `stop` is
/// set; then closes its own reader.
fn read_until_closed(mut reader: File, output: &Mutex<Output>, stop: &AtomicBool) {
    let mut buf = [0; 8192];
    while !stop.load(Ordering::SeqCst) {
        let mut poll = libc::pollfd { fd: reader.as_raw_fd(), events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd, for a descriptor this thread owns.
        let ready = unsafe { libc::poll(&mut poll, 1, 50) };
        if ready == 0
            || (ready < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted)
        {
            continue;
        }
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let mut output = output.lock().unwrap_or_else(|e| e.into_inner());
                output.parser.process(&buf[..n]);
                output.raw.extend_from_slice(&buf[..n]);
            }
        }
    }
    output.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave rehabit running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        self.stop_reading();
    }
}

pub fn non_zero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal has rows and columns")
}

pub fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|window| window == needle)
}

/// Sends `signal` to `pid` with kill(1), as a user or a service manager would.
pub fn send_signal(signal: &str, pid: u32) {
    let status = Command::new("kill").args([signal, &pid.to_string()]).status().expect("kill runs");
    assert!(status.success(), "kill {signal} {pid} failed");
}

/// Checks that the terminal was given back: the alternate screen entered, then left
/// after the last frame; nothing drawn after that; raw mode off; no panic.
pub fn assert_terminal_restored(tui: &Tui) {
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
pub fn strip_escapes(text: &str) -> String {
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
pub fn fields(entry: &Value, names: &[&str]) -> Value {
    let field = |name: &str| match name {
        "title" => entry["program"]["title"].clone(),
        _ => entry[name].clone(),
    };
    Value::Array(names.iter().map(|name| field(name)).collect())
}

pub fn events(entries: &[Value]) -> Vec<&str> {
    entries.iter().map(|entry| entry["event"].as_str().expect("every entry has an event")).collect()
}

/// Starts the session from the Today screen and answers the first pain question.
pub fn start_session(tui: &mut Tui, pain: &str) {
    tui.wait_for_all(TODAY, WAIT);
    assert!(!tui.is_cooked(), "the TUI puts the terminal in raw mode");
    tui.press("\r");
    tui.wait_for(PAIN_QUESTION);
    tui.press(pain);
    tui.press("\r");
    tui.wait_for_all(&["Chair squat", "Set 1 of 2"], WAIT);
}

/// Does the first set of squats, waits out the rest and does the second set.
pub fn do_squats(tui: &mut Tui) {
    let bells = tui.output().bells();
    tui.press("\r");
    // The rest starts by itself, ends with a bell and hands over to set 2. (During the
    // rest, set 2 shows only as what comes next, and the plank not at all.)
    tui.wait_for_all(&["Set 2 of 2", "Short plank"], WAIT);
    assert_eq!(tui.output().bells(), bells + 1, "the rest ended with one bell");
    tui.press("\r");
    tui.wait_for_all(&["Short plank", "hold 1 of 2"], WAIT);
}
