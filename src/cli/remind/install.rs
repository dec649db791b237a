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
    let exe = std::env::current_exe().map_err(|e| t!("remind-no-exe", error = e.to_string()))?;
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
        Err(error) => Err(t!("remind-program-not-run", program = program, error = error.to_string())),
    }
}

fn written(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            t!("cli-could-not-create", path = dir.display().to_string(), error = e.to_string())
        })?;
    }
    std::fs::write(path, text)
        .map_err(|e| t!("cli-could-not-write", path = path.display().to_string(), error = e.to_string()))?;
    say!("{}", t!("remind-wrote", path = path.display().to_string()));
    Ok(())
}

fn removed(path: &Path) -> Result<bool, String> {
    match std::fs::remove_file(path) {
        Ok(()) => {
            say!("{}", t!("remind-removed", path = path.display().to_string()));
            Ok(true)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(error) => {
            Err(t!("remind-not-removed", path = path.display().to_string(), error = error.to_string()))
        }
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
        let base = directories::BaseDirs::new().ok_or_else(|| t!("cli-no-home", variable = "HOME"))?;
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
            Ok(_) => say!("{}", t!("remind-installed-systemd")),
            Err(why) => {
                say!("{}", t!("remind-timer-not-started", why = why));
                say!("{}", t!("remind-once-logged-in"));
                say!("  systemctl --user daemon-reload");
                say!("  systemctl --user enable --now {TIMER_NAME}");
                say!("{}", t!("remind-without-systemd"));
            }
        }
        say!("{}", t!("remind-try-test"));
        Ok(())
    }

    pub fn uninstall() -> Outcome {
        let dir = unit_dir()?;
        let stopped = run("systemctl", &["--user", "disable", "--now", TIMER_NAME]);
        let timer = removed(&dir.join(TIMER_NAME))?;
        let service = removed(&dir.join(SERVICE_NAME))?;
        if !timer && !service {
            say!("{}", t!("remind-nothing-installed-in", path = dir.display().to_string()));
            return Ok(());
        }
        match stopped.and_then(|_| run("systemctl", &["--user", "daemon-reload"])) {
            Ok(_) => say!("{}", t!("remind-uninstalled-systemd")),
            Err(why) => {
                say!("{}", t!("remind-systemd-not-told", why = why));
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
            say!("{}", t!("remind-not-installed"));
            return;
        }
        let state = match run("systemctl", &["--user", "is-active", TIMER_NAME]) {
            Ok(state) => t!("remind-systemd-says", state = state),
            Err(said) if !said.is_empty() && !said.contains(' ') => t!("remind-systemd-says", state = said),
            Err(why) => t!("remind-systemd-not-asked", why = why),
        };
        say!("{}", t!("remind-installed-at", path = timer.display().to_string(), state = state));
        let service = dir.join(SERVICE_NAME);
        if !service.exists() {
            say!("{}", t!("remind-service-missing", path = service.display().to_string()));
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
        let base = directories::BaseDirs::new().ok_or_else(|| t!("cli-no-home", variable = "HOME"))?;
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
            Ok(_) => say!("{}", t!("remind-installed-launchd")),
            Err(why) => say!("{}", t!("remind-launchd-not-loaded", why = why, file = file.as_str())),
        }
        say!("{}", t!("remind-try-test"));
        Ok(())
    }

    pub fn uninstall() -> Outcome {
        let path = plist_path()?;
        let _ = run("launchctl", &["unload", "-w", &path.display().to_string()]);
        if !removed(&path)? {
            say!("{}", t!("remind-nothing-there", path = path.display().to_string()));
        }
        Ok(())
    }

    pub fn describe() {
        let Ok(path) = plist_path() else { return };
        if path.exists() {
            let loaded = run("launchctl", &["list", LAUNCH_AGENT_LABEL]).is_ok();
            let state =
                if loaded { t!("remind-launchd-loaded") } else { t!("remind-launchd-not-loaded-yet") };
            say!("{}", t!("remind-installed-at", path = path.display().to_string(), state = state));
        } else {
            say!("{}", t!("remind-not-installed"));
        }
    }
}

#[cfg(not(unix))]
pub fn install() -> Outcome {
    let _ = (job, run, written, removed);
    Err(t!("remind-no-scheduler"))
}

#[cfg(not(unix))]
pub fn uninstall() -> Outcome {
    say!("{}", t!("remind-nothing-on-this-system"));
    Ok(())
}

#[cfg(not(unix))]
pub fn describe() {
    say!("{}", t!("remind-not-installed-daemon"));
}
