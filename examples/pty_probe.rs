//! Times a terminal program as a patient meets it: started in a pseudo-terminal, its
//! screen read back through a terminal emulator (`vt100`), keys sent, bells counted.
//! `scripts/bench.sh` uses it for the start-up, memory and timer figures.
//!
//!   pty_probe [--runs N] [--cols C] [--rows R] STEP... -- COMMAND [ARGS...]
//!   pty_probe --plain [--runs N] -- COMMAND [ARGS...]
//!
//! The steps, in order, for each run:
//!
//!   frame          wait for the first full frame (its last row drawn); prints
//!                  `first_frame_ms`, from just before the process starts
//!   frame:TEXT     the same, the frame being the one that shows TEXT
//!   wait:TEXT      wait until the screen shows TEXT
//!   send:TEXT      type TEXT; key:enter, key:space, key:esc send those keys
//!   sleep:SECONDS  wait
//!   mark           start the stopwatch
//!   bell           wait for the next bell; prints `bell_ms`, the time since `mark`
//!   hwm            prints `hwm_kb`, the program's peak memory so far (VmHWM)
//!   show           prints the screen, to the standard error
//!   cpu:SECONDS    prints `cpu_ms_per_min`, the CPU time the program (all its threads)
//!                  takes over the next SECONDS, per minute, from the scheduler's count
//!
//! The program is then ended (SIGHUP, as closing the window does). With several runs,
//! each figure is printed once, as the median, least and most of the runs.
//!
//! `--plain` runs the command without a terminal (no input, output thrown away) and
//! prints `wall_ms`, from start to exit, and `maxrss_kb`, its peak memory.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// The longest any one wait may take.
const TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, Clone)]
enum Step {
    Frame(Option<String>),
    Wait(String),
    Send(String),
    Sleep(Duration),
    Mark,
    Bell,
    Hwm,
    Show,
    Cpu(Duration),
}

/// Counts the bells, with the moment each was read.
#[derive(Default)]
struct Bells(Vec<Instant>);

impl vt100::Callbacks for Bells {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push(Instant::now());
    }
}

/// What the program has drawn, and when the thing waited for first showed.
struct Screen {
    parser: vt100::Parser<Bells>,
    /// What is waited for now, and when it showed.
    want: Option<Step>,
    met_at: Option<Instant>,
    closed: bool,
}

impl Screen {
    fn text(&self) -> String {
        self.parser.screen().contents().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Whether what is waited for shows now.
    fn met(&self) -> bool {
        match &self.want {
            Some(Step::Frame(None)) => {
                let screen = self.parser.screen();
                let (rows, cols) = screen.size();
                screen
                    .rows(0, cols.get())
                    .nth(usize::from(rows.get()) - 1)
                    .is_some_and(|row| !row.trim().is_empty())
            }
            Some(Step::Frame(Some(text)) | Step::Wait(text)) => self.text().contains(text.as_str()),
            _ => false,
        }
    }
}

fn parse_step(arg: &str) -> Result<Step, String> {
    let (name, value) = arg.split_once(':').map_or((arg, None), |(n, v)| (n, Some(v.to_string())));
    Ok(match (name, value) {
        ("frame", text) => Step::Frame(text),
        ("wait", Some(text)) => Step::Wait(text),
        ("send", Some(text)) => Step::Send(text),
        ("key", Some(key)) => Step::Send(
            match key.as_str() {
                "enter" => "\r",
                "space" => " ",
                "esc" => "\x1b",
                _ => return Err(format!("unknown key {key}")),
            }
            .to_string(),
        ),
        ("sleep", Some(seconds)) => Step::Sleep(Duration::from_secs_f64(
            seconds.parse().map_err(|_| format!("not seconds: {seconds}"))?,
        )),
        ("mark", None) => Step::Mark,
        ("bell", None) => Step::Bell,
        ("hwm", None) => Step::Hwm,
        ("show", None) => Step::Show,
        ("cpu", Some(seconds)) => Step::Cpu(Duration::from_secs_f64(
            seconds.parse().map_err(|_| format!("not seconds: {seconds}"))?,
        )),
        _ => return Err(format!("unknown step {arg}")),
    })
}

/// The peak resident memory of process `pid`, in kB.
fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The CPU time process `pid` and all its threads have had, from the scheduler.
fn cpu_time(pid: u32) -> Option<Duration> {
    let mut total = 0;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let schedstat = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        total += schedstat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(Duration::from_nanos(total))
}

/// One run of `command` without a terminal: how long it took and its peak memory.
fn run_plain(command: &[String]) -> Result<Vec<(&'static str, f64)>, String> {
    use std::process::{Command, Stdio};
    let started = Instant::now();
    let child = Command::new(&command[0])
        .args(&command[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{} did not start: {e}", command[0]))?;
    let (mut status, mut usage) = (0, std::mem::MaybeUninit::<libc::rusage>::zeroed());
    // SAFETY: the child is ours and not waited for elsewhere; both pointers are valid.
    let waited = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, usage.as_mut_ptr()) };
    let took = started.elapsed();
    if waited < 0 {
        return Err(format!("could not wait for {}: {}", command[0], std::io::Error::last_os_error()));
    }
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        return Err(format!("{} failed (wait status {status})", command.join(" ")));
    }
    // SAFETY: wait4 succeeded, so it filled in the usage.
    let usage = unsafe { usage.assume_init() };
    Ok(vec![("wall_ms", took.as_secs_f64() * 1e3), ("maxrss_kb", usage.ru_maxrss as f64)])
}

/// One run of the steps; the figures it gave, by name.
fn run(steps: &[Step], command: &[String], cols: u16, rows: u16) -> Result<Vec<(&'static str, f64)>, String> {
    let size = PtySize { rows, cols, pixel_width: 0, pixel_height: 0 };
    let pair = native_pty_system().openpty(size).map_err(|e| format!("no pseudo-terminal: {e}"))?;
    // A path relative to here, made whole: the terminal's program is looked up alone.
    let program = match std::path::Path::new(&command[0]) {
        path if path.components().count() > 1 => {
            path.canonicalize().map_err(|e| format!("{}: {e}", command[0]))?
        }
        _ => command[0].clone().into(),
    };
    let mut builder = CommandBuilder::new(program);
    builder.args(&command[1..]);
    builder.cwd(std::env::current_dir().map_err(|e| e.to_string())?);
    for (key, value) in std::env::vars_os() {
        builder.env(key, value);
    }
    if std::env::var_os("TERM").is_none() {
        builder.env("TERM", "xterm-256color");
    }
    let non_zero = |n: u16| NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN);
    let parser = vt100::Parser::new_with_callbacks(non_zero(rows), non_zero(cols), 0, Bells::default());
    // The screen, and word from the reader each time it changed: waits need no polling,
    // which would take the processor from the programs measured.
    let shared =
        Arc::new((Mutex::new(Screen { parser, want: None, met_at: None, closed: false }), Condvar::new()));
    let mut reader = pair.master.try_clone_reader().map_err(|e| e.to_string())?;
    let mut writer = pair.master.take_writer().map_err(|e| e.to_string())?;
    let reading = {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let (screen, changed) = &*shared;
            let mut buffer = [0; 64 * 1024];
            loop {
                let read = reader.read(&mut buffer);
                let at = Instant::now();
                let mut screen = screen.lock().unwrap_or_else(|e| e.into_inner());
                match read {
                    Ok(0) | Err(_) => screen.closed = true,
                    Ok(n) => screen.parser.process(&buffer[..n]),
                }
                if screen.met_at.is_none() && screen.met() {
                    screen.met_at = Some(at);
                }
                changed.notify_all();
                if screen.closed {
                    return;
                }
            }
        })
    };
    let started = Instant::now();
    let mut child =
        pair.slave.spawn_command(builder).map_err(|e| format!("{} did not start: {e}", command[0]))?;
    drop(pair.slave);
    let pid = child.process_id().unwrap_or(0);
    let (screen, changed) = &*shared;
    let lock = || screen.lock().unwrap_or_else(|e| e.into_inner());
    let wait_until = |what: &str, done: &dyn Fn(&Screen) -> Option<Instant>| -> Result<Instant, String> {
        let waiting = Instant::now();
        let mut screen = lock();
        loop {
            if let Some(at) = done(&screen) {
                return Ok(at);
            }
            let left = TIMEOUT.saturating_sub(waiting.elapsed());
            if screen.closed || left.is_zero() {
                return Err(format!(
                    "waited for {what}; the screen shows:\n{}",
                    screen.parser.screen().contents()
                ));
            }
            screen = changed.wait_timeout(screen, left).unwrap_or_else(|e| e.into_inner()).0;
        }
    };
    let mut figures = Vec::new();
    let mut mark = started;
    let mut outcome = Ok(());
    for step in steps {
        let done = match step {
            Step::Frame(_) | Step::Wait(_) => {
                {
                    let mut screen = lock();
                    screen.want = Some(step.clone());
                    screen.met_at = if screen.met() { Some(Instant::now()) } else { None };
                }
                wait_until(&format!("{step:?}"), &|screen| screen.met_at).map(|at| {
                    if let Step::Frame(_) = step {
                        figures.push(("first_frame_ms", (at - started).as_secs_f64() * 1e3));
                    }
                })
            }
            Step::Send(keys) => {
                writer.write_all(keys.as_bytes()).and_then(|()| writer.flush()).map_err(|e| e.to_string())
            }
            Step::Sleep(length) => {
                thread::sleep(*length);
                Ok(())
            }
            Step::Mark => {
                mark = Instant::now();
                Ok(())
            }
            Step::Bell => {
                let before = lock().parser.callbacks().0.len();
                wait_until("a bell", &|screen| screen.parser.callbacks().0.get(before).copied())
                    .map(|at| figures.push(("bell_ms", (at - mark).as_secs_f64() * 1e3)))
            }
            Step::Show => {
                eprintln!("{}", lock().parser.screen().contents());
                Ok(())
            }
            Step::Cpu(length) => {
                let before = cpu_time(pid);
                thread::sleep(*length);
                match (before, cpu_time(pid)) {
                    (Some(before), Some(after)) => {
                        let per_minute = (after - before).as_secs_f64() * 1e3 * 60.0 / length.as_secs_f64();
                        figures.push(("cpu_ms_per_min", per_minute));
                        Ok(())
                    }
                    _ => Err(format!("no CPU time for process {pid}")),
                }
            }
            Step::Hwm => match vm_hwm(pid) {
                Some(kb) => {
                    figures.push(("hwm_kb", kb as f64));
                    Ok(())
                }
                None => Err(format!("no VmHWM for process {pid}")),
            },
        };
        if let Err(error) = done {
            outcome = Err(error);
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    drop(writer);
    drop(pair.master);
    let _ = reading.join();
    outcome.map(|()| figures)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(split) = args.iter().position(|a| a == "--") else {
        eprintln!("usage: pty_probe [--runs N] [--cols C] [--rows R] STEP... -- COMMAND [ARGS...]");
        return ExitCode::from(2);
    };
    let (options, command) = (&args[..split], &args[split + 1..]);
    if command.is_empty() {
        eprintln!("pty_probe: no command to run");
        return ExitCode::from(2);
    }
    let (mut runs, mut cols, mut rows, mut steps, mut plain) = (1, 80, 24, Vec::new(), false);
    let mut options = options.iter();
    while let Some(option) = options.next() {
        let mut number = |name: &str| -> Option<u16> {
            let value = options.next().and_then(|v| v.parse().ok());
            if value.is_none() {
                eprintln!("pty_probe: {name} needs a number");
            }
            value
        };
        let parsed = match option.as_str() {
            "--runs" => number("--runs").map(|n| runs = n),
            "--cols" => number("--cols").map(|n| cols = n),
            "--rows" => number("--rows").map(|n| rows = n),
            "--plain" => {
                plain = true;
                Some(())
            }
            step => match parse_step(step) {
                Ok(step) => {
                    steps.push(step);
                    Some(())
                }
                Err(error) => {
                    eprintln!("pty_probe: {error}");
                    None
                }
            },
        };
        if parsed.is_none() {
            return ExitCode::from(2);
        }
    }
    let mut all: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for _ in 0..runs.max(1) {
        let figures = if plain { run_plain(command) } else { run(&steps, command, cols, rows) };
        match figures {
            Ok(figures) => {
                figures.into_iter().for_each(|(name, value)| all.entry(name).or_default().push(value))
            }
            Err(error) => {
                eprintln!("pty_probe: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    for (name, mut values) in all {
        values.sort_by(f64::total_cmp);
        let median = values[values.len() / 2];
        let median =
            if values.len() % 2 == 0 { (median + values[values.len() / 2 - 1]) / 2.0 } else { median };
        println!(
            "{name} median={median:.2} min={:.2} max={:.2} runs={}",
            values[0],
            values[values.len() - 1],
            values.len()
        );
    }
    ExitCode::SUCCESS
}
