//! `rehabit remind install` and `uninstall`: reminders run by the system's own
//! scheduler, a systemd user timer on Linux and a LaunchAgent on macOS, every minute.
//! The files' text comes from [`crate::remind::schedule`]; this writes them, asks the
//! scheduler to load them, and says plainly what to run when it can't.

use std::path::{Path, PathBuf};
use std::process::Command;

#[cfg(not(unix))]
use crate::cli::Outcome;
use crate::remind::schedule::Job;

/// The variables that move rehabit's files, passed on to the scheduler's runs.
const PASSED_ON: [&str; 2] = ["REHABIT_DATA_DIR", "REHABIT_CONFIG_DIR"];

/// rehabit itself, and where it keeps its files if told.
fn job() -> Result<Job, String> {
    let exe = std::env::current_exe().map_err(|e| format!("can't tell where rehabit itself is: {e}"))?;
    let mut environment = Vec::new();
    for name in PASSED_ON {
        if let Some(value) = std::env::var_os(name).filter(|v| !v.is_empty()) {
            let path = std::path::absolute(&value).unwrap_or_else(|_| PathBuf::from(&value));
            environment.push((name.to_string(), path));
        }
    }
    Ok(Job { exe, environment })
}

/// A command's outcome: `Ok` with its output, or `Err` with why, in its own words.
fn run(program: &str, args: &[&str]) -> Result<String, String> {
    match Command::new(program).args(args).output() {
        Ok(output) if output.status.success() => {
            Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
        }
        Ok(output) => {
            let said = String::from_utf8_lossy(&output.stderr).trim().to_string();
            let stdout = String::from_utf8_lossy(&output.stdout).trim().to_string();
            Err(if said.is_empty() { stdout } else { said })
        }
        Err(error) => Err(format!("{program} could not be run: {error}")),
    }
}

fn written(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("could not create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("could not write {}: {e}", path.display()))?;
    say!("Wrote {}", path.display());
    Ok(())
}

fn removed(path: &Path) -> Result<bool, String> {
    match std::fs::remove_file(path) {
        Ok(()) => {
            say!("Removed {}", path.display());
            Ok(true)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(format!("could not remove {}: {error}", path.display())),
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
pub use systemd::{describe, install, uninstall};

#[cfg(all(unix, not(target_os = "macos")))]
mod systemd {
    use std::path::PathBuf;

    use super::{job, removed, run, written};
    use crate::cli::Outcome;
    use crate::remind::schedule::{SERVICE_NAME, TIMER_NAME, systemd_units};

    /// `$XDG_CONFIG_HOME/systemd/user`, by default `~/.config/systemd/user`.
    fn unit_dir() -> Result<PathBuf, String> {
        let base = directories::BaseDirs::new().ok_or("no home directory found; set HOME")?;
        Ok(base.config_dir().join("systemd").join("user"))
    }

    pub fn install() -> Outcome {
        let (service, timer) = systemd_units(&job()?).map_err(|e| e.to_string())?;
        let dir = unit_dir()?;
        written(&dir.join(SERVICE_NAME), &service)?;
        written(&dir.join(TIMER_NAME), &timer)?;
        let started = run("systemctl", &["--user", "daemon-reload"])
            .and_then(|_| run("systemctl", &["--user", "enable", "--now", TIMER_NAME]));
        match started {
            Ok(_) => say!("Reminders are set up: systemd checks every minute whether one is due."),
            Err(why) => {
                say!("The timer could not be started here ({why}).");
                say!("Once you are logged in to your desktop, run:");
                say!("  systemctl --user daemon-reload");
                say!("  systemctl --user enable --now {TIMER_NAME}");
                say!("Without systemd, keep `rehabit remind --daemon` running instead.");
            }
        }
        say!("Try a notification now with: rehabit remind test");
        Ok(())
    }

    pub fn uninstall() -> Outcome {
        let dir = unit_dir()?;
        let stopped = run("systemctl", &["--user", "disable", "--now", TIMER_NAME]);
        let timer = removed(&dir.join(TIMER_NAME))?;
        let service = removed(&dir.join(SERVICE_NAME))?;
        if !timer && !service {
            say!("Nothing to remove: no rehabit reminders are installed in {}.", dir.display());
            return Ok(());
        }
        match stopped.and_then(|_| run("systemctl", &["--user", "daemon-reload"])) {
            Ok(_) => say!("Reminders are no longer run by systemd."),
            Err(why) => {
                say!("systemd could not be told ({why}); if the timer still runs, stop it with:");
                say!("  systemctl --user disable --now {TIMER_NAME}");
            }
        }
        Ok(())
    }

    /// What `status` says about the scheduler.
    pub fn describe() {
        let Ok(dir) = unit_dir() else { return };
        let timer = dir.join(TIMER_NAME);
        if !timer.exists() {
            say!(
                "Not installed: set reminders up with `rehabit remind install`, or run `rehabit remind --daemon`."
            );
            return;
        }
        let state = match run("systemctl", &["--user", "is-active", TIMER_NAME]) {
            Ok(state) => format!("systemd says it is {state}"),
            Err(said) if !said.is_empty() && !said.contains(' ') => format!("systemd says it is {said}"),
            Err(why) => format!("systemd could not be asked whether it runs: {why}"),
        };
        say!("Installed: {} ({state}).", timer.display());
        if !dir.join(SERVICE_NAME).exists() {
            say!("But {} is missing: run `rehabit remind install` again.", dir.join(SERVICE_NAME).display());
        }
    }
}

#[cfg(target_os = "macos")]
pub use launchd::{describe, install, uninstall};

#[cfg(target_os = "macos")]
mod launchd {
    use std::path::PathBuf;

    use super::{job, removed, run, written};
    use crate::cli::Outcome;
    use crate::remind::schedule::{LAUNCH_AGENT_LABEL, launch_agent};

    /// `~/Library/LaunchAgents/rehabit.remind.plist`.
    fn plist_path() -> Result<PathBuf, String> {
        let base = directories::BaseDirs::new().ok_or("no home directory found; set HOME")?;
        Ok(base.home_dir().join("Library/LaunchAgents").join(format!("{LAUNCH_AGENT_LABEL}.plist")))
    }

    pub fn install() -> Outcome {
        let plist = launch_agent(&job()?).map_err(|e| e.to_string())?;
        let path = plist_path()?;
        let file = path.display().to_string();
        // Loading again after an update: unload the old one first; it may not be loaded.
        let _ = run("launchctl", &["unload", &file]);
        written(&path, &plist)?;
        match run("launchctl", &["load", "-w", &file]) {
            Ok(_) => say!("Reminders are set up: launchd checks every minute whether one is due."),
            Err(why) => say!("launchd could not load it ({why}); run: launchctl load -w {file}"),
        }
        say!("Try a notification now with: rehabit remind test");
        Ok(())
    }

    pub fn uninstall() -> Outcome {
        let path = plist_path()?;
        let _ = run("launchctl", &["unload", "-w", &path.display().to_string()]);
        if !removed(&path)? {
            say!("Nothing to remove: {} is not there.", path.display());
        }
        Ok(())
    }

    pub fn describe() {
        let Ok(path) = plist_path() else { return };
        if path.exists() {
            let loaded = run("launchctl", &["list", LAUNCH_AGENT_LABEL]).is_ok();
            let state = if loaded { "loaded" } else { "not loaded: run `rehabit remind install` again" };
            say!("Installed: {} ({state}).", path.display());
        } else {
            say!(
                "Not installed: set reminders up with `rehabit remind install`, or run `rehabit remind --daemon`."
            );
        }
    }
}

#[cfg(not(unix))]
pub fn install() -> Outcome {
    let _ = (job, run, written, removed);
    Err("rehabit can't set reminders up with this system's scheduler yet; keep `rehabit remind --daemon` \
         running instead (for example, start it when you log in)"
        .into())
}

#[cfg(not(unix))]
pub fn uninstall() -> Outcome {
    say!("Nothing to remove: rehabit installs nothing on this system.");
    Ok(())
}

#[cfg(not(unix))]
pub fn describe() {
    say!("Not installed: on this system, keep `rehabit remind --daemon` running for reminders.");
}
