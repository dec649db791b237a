//! `rehabit remind --daemon`, for systems without a scheduler: sleeps until the next
//! reminder, waking at least once a minute to notice a suspend, a clock change, and
//! changes to the programme, the settings and the journal, which it reads afresh on
//! every wake. It costs nothing while it waits: the thread blocks on a channel that
//! only a signal or the timeout wakes.
//!
//! When something is due it runs `rehabit remind --due` as a child, so that a
//! notification service that hangs, or a patient who never answers a notification,
//! only ever holds up a short-lived process, never the daemon. SIGTERM or Ctrl-C
//! ends the daemon and such a child; SIGHUP makes it read everything again at once.

use std::process::{Child, Command};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use chrono::Local;

use super::check;
use crate::cli::Outcome;

/// The longest the daemon sleeps.
const MINUTE: Duration = Duration::from_secs(60);
/// How often it looks in while a child waits for the patient's answer, so that the
/// next reminder, which the child's wait never passes, goes out on time.
const WHILE_CHILD_RUNS: Duration = Duration::from_secs(5);

/// Why the daemon woke before its time.
enum Wake {
    /// SIGTERM or Ctrl-C: stop.
    Stop,
    /// SIGHUP: read everything again now.
    Reload,
}

pub fn run() -> Outcome {
    let exe = std::env::current_exe().map_err(|e| t!("remind-no-exe", error = e.to_string()))?;
    let wakes = signals()?;
    say!("{}", t!("remind-daemon-watching"));
    let mut child: Option<Child> = None;
    let mut last_problem: Option<String> = None;
    let mut last_settings: Vec<String> = Vec::new();
    loop {
        if let Some(running) = &mut child
            && !matches!(running.try_wait(), Ok(None))
        {
            child = None;
        }
        let now = Local::now();
        let mut wait = MINUTE;
        match check(now) {
            Ok(check) => {
                last_problem = None;
                // Settings problems are told when they appear, not every minute.
                for problem in check.problems.iter().filter(|p| !last_settings.contains(p)) {
                    eprintln!(
                        "rehabit: {}",
                        t!("remind-problem-in", file = "config.toml", problem = problem.as_str())
                    );
                }
                last_settings = check.problems;
                if check.due && child.is_none() {
                    match Command::new(&exe).args(["remind", "--due"]).spawn() {
                        Ok(spawned) => child = Some(spawned),
                        Err(error) => {
                            eprintln!("rehabit: {}", t!("remind-daemon-not-run", error = error.to_string()))
                        }
                    }
                }
                let until_next = check.next.and_then(|at| (at - now.naive_local()).to_std().ok());
                wait = until_next.map_or(MINUTE, |until| until.min(MINUTE));
            }
            // Told once, not every minute; the next wake tries again.
            Err(problem) => {
                if last_problem.as_ref() != Some(&problem) {
                    eprintln!("rehabit: {}", t!("remind-daemon-trying-again", problem = problem.as_str()));
                }
                last_problem = Some(problem);
            }
        }
        if child.is_some() {
            wait = wait.min(WHILE_CHILD_RUNS);
        }
        // A reminder due within the second is woken for a moment after it, not before.
        let wait = wait.max(Duration::from_millis(200));
        match wakes.recv_timeout(wait) {
            Ok(Wake::Stop) => {
                // A run still waiting for an answer to its notification ends with the
                // daemon; what it sent is recorded already.
                if let Some(mut running) = child {
                    let _ = running.kill();
                    let _ = running.wait();
                }
                say!("{}", t!("remind-daemon-stopped"));
                return Ok(());
            }
            Ok(Wake::Reload) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(wait),
        }
    }
}

/// The signals that wake the daemon, as a channel.
#[cfg(unix)]
fn signals() -> Result<Receiver<Wake>, String> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;

    let no_signals = |e: std::io::Error| t!("remind-daemon-no-signals", error = e.to_string());
    let mut signals = Signals::new([SIGTERM, SIGINT, SIGHUP]).map_err(no_signals)?;
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let wake = if signal == SIGHUP { Wake::Reload } else { Wake::Stop };
                if sender.send(wake).is_err() {
                    return;
                }
            }
        })
        .map_err(no_signals)?;
    Ok(receiver)
}

/// Elsewhere Ctrl-C ends the process as usual; the channel only times out.
#[cfg(not(unix))]
fn signals() -> Result<Receiver<Wake>, String> {
    let (sender, receiver) = mpsc::channel();
    std::mem::forget(sender);
    Ok(receiver)
}
