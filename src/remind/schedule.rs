//! What `rehabit remind install` gives the system's scheduler: a systemd user service
//! and timer on Linux, a LaunchAgent on macOS. Pure text, so it is tested everywhere;
//! the shell writes the files and asks the scheduler to load them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The systemd service that runs `rehabit remind --due` once.
pub const SERVICE_NAME: &str = "rehabit-remind.service";
/// The systemd timer that starts the service every minute.
pub const TIMER_NAME: &str = "rehabit-remind.timer";
/// The LaunchAgent's label, and its file name before `.plist`.
pub const LAUNCH_AGENT_LABEL: &str = "rehabit.remind";

/// What the scheduler runs: rehabit itself, and the directories it was told to use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The rehabit program, as an absolute path.
    pub exe: PathBuf,
    /// Environment variables to pass on, such as `REHABIT_DATA_DIR`, with absolute paths.
    pub environment: Vec<(String, PathBuf)>,
}

/// A path that cannot be written into a unit file or a plist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", t!("remind-unwritable-path", path = .0.display().to_string()))]
pub struct UnwritablePath(pub PathBuf);

/// The systemd service and timer, as the text of `rehabit-remind.service` and
/// `rehabit-remind.timer`.
pub fn systemd_units(job: &Job) -> Result<(String, String), UnwritablePath> {
    let mut service = String::from(
        "# Written by `rehabit remind install`; `rehabit remind uninstall` removes it.\n\
         [Unit]\n\
         Description=rehabit: send the exercise reminders that are due now\n\
         \n\
         [Service]\n\
         Type=oneshot\n",
    );
    let _ = writeln!(service, "ExecStart={} remind --due", systemd_quoted(&text(&job.exe)?, true));
    for (name, value) in &job.environment {
        let setting = format!("{name}={}", text(value)?);
        let _ = writeln!(service, "Environment={}", systemd_quoted(&setting, false));
    }
    // The run waits a few minutes at most for a click on "Snooze" or "Mark done";
    // this only stops a run that hangs for a reason nobody foresaw.
    service.push_str("TimeoutStartSec=10min\n");
    let timer = format!(
        "# Written by `rehabit remind install`; `rehabit remind uninstall` removes it.\n\
         [Unit]\n\
         Description=rehabit: check for exercise reminders every minute\n\
         \n\
         [Timer]\n\
         OnCalendar=*-*-* *:*:00\n\
         AccuracySec=1s\n\
         Persistent=false\n\
         Unit={SERVICE_NAME}\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n"
    );
    Ok((service, timer))
}

/// `value` in double quotes, escaped for a unit file: backslashes and quotes, `%`
/// (specifiers) and, on command lines, `$` (variables).
fn systemd_quoted(value: &str, command_line: bool) -> String {
    let mut quoted = String::from("\"");
    for c in value.chars() {
        match c {
            '\\' => quoted.push_str("\\\\"),
            '"' => quoted.push_str("\\\""),
            '%' => quoted.push_str("%%"),
            '$' if command_line => quoted.push_str("$$"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The LaunchAgent: run `rehabit remind --due` every 60 seconds.
pub fn launch_agent(job: &Job) -> Result<String, UnwritablePath> {
    let mut plist = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
         <!-- Written by `rehabit remind install`; `rehabit remind uninstall` removes it. -->\n\
         <plist version=\"1.0\">\n<dict>\n",
    );
    let _ = writeln!(plist, "  <key>Label</key>\n  <string>{LAUNCH_AGENT_LABEL}</string>");
    plist.push_str("  <key>ProgramArguments</key>\n  <array>\n");
    for argument in [xml_escaped(&text(&job.exe)?), "remind".into(), "--due".into()] {
        let _ = writeln!(plist, "    <string>{argument}</string>");
    }
    plist.push_str("  </array>\n");
    if !job.environment.is_empty() {
        plist.push_str("  <key>EnvironmentVariables</key>\n  <dict>\n");
        for (name, value) in &job.environment {
            let _ = writeln!(plist, "    <key>{}</key>", xml_escaped(name));
            let _ = writeln!(plist, "    <string>{}</string>", xml_escaped(&text(value)?));
        }
        plist.push_str("  </dict>\n");
    }
    plist.push_str("  <key>StartInterval</key>\n  <integer>60</integer>\n");
    plist.push_str("  <key>RunAtLoad</key>\n  <true/>\n</dict>\n</plist>\n");
    Ok(plist)
}

fn xml_escaped(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A path as text, when it can be written on one line.
fn text(path: &Path) -> Result<String, UnwritablePath> {
    match path.to_str() {
        Some(text) if !text.contains(['\n', '\r']) => Ok(text.to_string()),
        _ => Err(UnwritablePath(path.to_path_buf())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job() -> Job {
        Job {
            exe: "/opt/my apps/rehabit".into(),
            environment: vec![("REHABIT_DATA_DIR".into(), "/home/ann/100% \"data\" & more".into())],
        }
    }

    #[test]
    fn the_service_runs_rehabit_once_with_its_directories() {
        let (service, timer) = systemd_units(&job()).unwrap();
        assert!(service.contains("Type=oneshot\n"), "{service}");
        assert!(service.contains("ExecStart=\"/opt/my apps/rehabit\" remind --due\n"), "{service}");
        assert!(service.contains("Environment=\"REHABIT_DATA_DIR=/home/ann/100%% \\\"data\\\" & more\"\n"));
        assert!(timer.contains("OnCalendar=*-*-* *:*:00\n"), "{timer}");
        assert!(timer.contains("Persistent=false\n"), "{timer}");
        assert!(timer.contains("WantedBy=timers.target\n"), "{timer}");
    }

    #[test]
    fn dollars_are_kept_on_the_command_line() {
        let job = Job { exe: "/home/$USER/bin/rehabit".into(), environment: Vec::new() };
        let (service, _) = systemd_units(&job).unwrap();
        assert!(service.contains("ExecStart=\"/home/$$USER/bin/rehabit\" remind --due\n"), "{service}");
        assert!(!service.contains("Environment="));
    }

    #[test]
    fn a_path_with_a_line_break_is_refused_plainly() {
        let job = Job { exe: "/tmp/odd\nname/rehabit".into(), environment: Vec::new() };
        let error = systemd_units(&job).unwrap_err();
        assert!(error.to_string().contains("contains a line break"), "{error}");
        assert!(launch_agent(&job).is_err());
    }

    #[test]
    fn the_launch_agent_is_a_plist_that_runs_every_minute() {
        let plist = launch_agent(&job()).unwrap();
        let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
        let document = roxmltree::Document::parse_with_options(&plist, options).unwrap();
        let strings: Vec<&str> =
            document.descendants().filter(|n| n.has_tag_name("string")).filter_map(|n| n.text()).collect();
        assert_eq!(
            strings,
            ["rehabit.remind", "/opt/my apps/rehabit", "remind", "--due", "/home/ann/100% \"data\" & more"]
        );
        let keys: Vec<&str> =
            document.descendants().filter(|n| n.has_tag_name("key")).filter_map(|n| n.text()).collect();
        assert_eq!(
            keys,
            [
                "Label",
                "ProgramArguments",
                "EnvironmentVariables",
                "REHABIT_DATA_DIR",
                "StartInterval",
                "RunAtLoad"
            ]
        );
        assert!(plist.contains("<key>StartInterval</key>\n  <integer>60</integer>"), "{plist}");
    }
}
