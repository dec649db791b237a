//! Reminders through a real D-Bus session bus, as a desktop would carry them.
//!
//! Each test starts its own bus (`dbus-daemon`) in a temporary directory and, on it, a
//! notification server written here with zbus that records every notification and can
//! answer with "Snooze", "Mark done" or a close, or never answer at all. Then the real
//! rehabit binary runs with `DBUS_SESSION_BUS_ADDRESS` pointing at that bus and its
//! files in temporary directories.
//!
//! The bus daemon must be installed (`apt-get install dbus-daemon`; `.ci/run` does it):
//! without it these tests fail and say so, rather than pass without testing anything.
//! The generated systemd units are checked with `systemd-analyze verify` where it is
//! installed.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{Local, NaiveDateTime, TimeDelta, Timelike};
use tempfile::TempDir;
use zbus::OwnedVariant;

const PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";
const SERVER_NAME: &str = "rehabit-test-server";
/// How long any rehabit run may take here; each should take well under it.
const BOUND: Duration = Duration::from_secs(10);

const BUS_CONFIG: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=SOCKET</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

/// A private session bus, stopped when dropped.
struct Bus {
    daemon: Child,
    address: String,
    _dir: TempDir,
}

impl Bus {
    fn start() -> Bus {
        let dir = tempfile::tempdir().unwrap();
        // A session bus of its own, that starts no services from this machine.
        let config = dir.path().join("bus.conf");
        std::fs::write(&config, BUS_CONFIG.replace("SOCKET", &dir.path().join("bus").display().to_string()))
            .unwrap();
        let mut daemon = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "these tests need dbus-daemon, which could not be started ({error}); install it with \
                     `apt-get install dbus-daemon` (.ci/run does)"
                )
            });
        // It prints its address once it listens.
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap()).read_line(&mut address).unwrap();
        assert!(address.starts_with("unix:"), "dbus-daemon printed {address:?}");
        Bus { daemon, address: address.trim().to_string(), _dir: dir }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// One notification as the server received it.
#[derive(Debug, Clone, PartialEq)]
struct Received {
    id: u32,
    app: String,
    summary: String,
    body: String,
    actions: Vec<String>,
}

/// The notification server's half that the test keeps.
#[derive(Clone)]
struct Server {
    received: Arc<Mutex<Vec<Received>>>,
    next_id: Arc<AtomicU32>,
    actions: bool,
    /// Never answer `Notify`.
    hangs: bool,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    async fn get_capabilities(&self) -> Vec<String> {
        let mut capabilities = vec!["body".to_string()];
        if self.actions {
            capabilities.push("actions".into());
        }
        capabilities
    }

    async fn get_server_information(&self) -> (String, String, String, String) {
        (SERVER_NAME.into(), "rehabit's tests".into(), "1.0".into(), "1.2".into())
    }

    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        self.received.lock().unwrap().push(Received { id, app: app_name, summary, body, actions });
        if self.hangs {
            std::future::pending::<()>().await;
        }
        id
    }

    async fn close_notification(&self, _id: u32) {}
}

/// What the server does once a notification came: the patient's part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Patient {
    /// Presses a button: "snooze" or "done".
    Presses(&'static str),
    /// Closes the notification.
    Closes,
    /// Does nothing.
    Ignores,
}

/// A notification server on `bus`, serving until the bus stops.
struct Desktop {
    server: Server,
    connection: zbus::Connection,
}

impl Desktop {
    fn start(bus: &Bus, actions: bool, hangs: bool) -> Desktop {
        let server =
            Server { received: Arc::default(), next_id: Arc::new(AtomicU32::new(1)), actions, hangs };
        let connection = zbus::block_on(
            zbus::connection::Builder::address(bus.address.as_str())
                .name(INTERFACE)
                .serve_at(PATH, server.clone())
                .build(),
        )
        .expect("the test notification server could not start on the bus");
        Desktop { server, connection }
    }

    fn received(&self) -> Vec<Received> {
        self.server.received.lock().unwrap().clone()
    }

    /// Acts as `patient` on the notifications received, until rehabit exits. The
    /// answer is repeated, since rehabit listens only from just after the notification
    /// was accepted; it takes the first and stops.
    fn answer_until_exit(&self, child: &mut Child, patient: Patient) {
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > BOUND {
                let _ = child.kill();
                panic!("rehabit did not finish within {BOUND:?} (patient: {patient:?})");
            }
            for received in self.received() {
                let sent = match patient {
                    Patient::Presses(action) => self.emit("ActionInvoked", &(received.id, action)),
                    Patient::Closes => self.emit("NotificationClosed", &(received.id, 2u32)),
                    Patient::Ignores => Ok(()),
                };
                sent.expect("the test server could not send its answer");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn emit<B: serde::Serialize + zbus::zvariant::DynamicType>(
        &self,
        signal: &str,
        body: &B,
    ) -> zbus::Result<()> {
        zbus::block_on(self.connection.emit_signal(None::<&str>, PATH, INTERFACE, signal, body))
    }
}

/// rehabit's files: a programme with one session, reminded a minute or two ago.
struct Home {
    dir: TempDir,
    /// When the session's reminder is due.
    due: NaiveDateTime,
}

impl Home {
    fn new() -> Home {
        let now = steady_now();
        let midnight = now.date().and_hms_opt(0, 0, 0).unwrap();
        let due = (now - TimeDelta::minutes(2)).max(midnight).with_second(0).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config).unwrap();
        let program = config.join("reminders.toml");
        std::fs::write(&program, PROGRAM).unwrap();
        let settings = format!(
            "program = {program:?}\nstarted = \"{}\"\n\n[reminders]\nquiet_hours = \"none\"\n\n[reminders.times]\n\
             Exercises = [\"{}\"]\n",
            now.date(),
            due.format("%H:%M"),
        );
        std::fs::write(config.join("config.toml"), settings).unwrap();
        Home { dir, due }
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn rehabit(&self, bus: &str, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_rehabit"));
        command
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", bus)
            .env("LC_ALL", "C.UTF-8")
            .env("REHABIT_DATA_DIR", self.data())
            .env("REHABIT_CONFIG_DIR", self.dir.path().join("config"))
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg"))
            .env("XDG_RUNTIME_DIR", self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    fn sent_log(&self) -> Vec<serde_json::Value> {
        lines(&self.data().join("reminders.jsonl"))
    }

    fn journal(&self) -> Vec<serde_json::Value> {
        lines(&self.data().join("journal.jsonl"))
    }
}

const PROGRAM: &str = r#"
[program]
title = "Reminders over D-Bus"

[[session]]
name = "Exercises"
when = "every day"
exercises = ["bridge"]

[[exercise]]
id = "bridge"
name = "Bridge"
kind = "strength"
sets = 2
reps = 10
cues = ["Slowly"]
"#;

/// Local time, not in the last minute before midnight: a test that straddled midnight
/// would find its reminder belonging to yesterday.
fn steady_now() -> NaiveDateTime {
    let now = Local::now().naive_local();
    if now.hour() == 23 && now.minute() == 59 {
        std::thread::sleep(Duration::from_secs(u64::from(61 - now.second())));
        return Local::now().naive_local();
    }
    now
}

fn lines(path: &Path) -> Vec<serde_json::Value> {
    match std::fs::read_to_string(path) {
        Ok(text) => text.lines().map(|line| serde_json::from_str(line).unwrap()).collect(),
        Err(_) => Vec::new(),
    }
}

/// Runs `command` to the end, within [`BOUND`], answering as `patient` on `desktop`.
fn run(mut command: Command, desktop: Option<&Desktop>, patient: Patient) -> (Output, Duration) {
    let started = Instant::now();
    let mut child = command.spawn().unwrap();
    match desktop {
        Some(desktop) => desktop.answer_until_exit(&mut child, patient),
        None => {
            while child.try_wait().unwrap().is_none() {
                if started.elapsed() > BOUND {
                    let _ = child.kill();
                    panic!("rehabit did not finish within {BOUND:?}");
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
    let output = child.wait_with_output().unwrap();
    (output, started.elapsed())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_reminder_arrives_with_its_buttons_and_a_second_run_reminds_no_more() {
    let bus = Bus::start();
    let desktop = Desktop::start(&bus, true, false);
    let home = Home::new();
    let (output, _) = run(home.rehabit(&bus.address, &["remind", "--due"]), Some(&desktop), Patient::Closes);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        desktop.received(),
        [Received {
            id: 1,
            app: "rehabit".into(),
            summary: "Time for Exercises".into(),
            body: "Exercises is on your plan for today.".into(),
            actions: vec!["snooze".into(), "Snooze 15 min".into(), "done".into(), "Mark done".into()],
        }]
    );
    assert!(text(&output.stdout).contains("Reminded: Time for Exercises (shown by rehabit-test-server)."));
    let log = home.sent_log();
    assert_eq!(log.len(), 1, "{log:?}");
    let key = format!("{} session Exercises {}", home.due.date(), home.due.format("%H:%M"));
    assert_eq!(log[0]["key"], key.as_str());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.data().join("reminders.jsonl")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the sent log is private: {mode:o}");
    }

    let (again, _) = run(home.rehabit(&bus.address, &["remind", "--due"]), Some(&desktop), Patient::Closes);
    assert!(again.status.success(), "{again:?}");
    assert_eq!(desktop.received().len(), 1, "reminded twice");
    assert_eq!(home.sent_log().len(), 1);
    assert_eq!(text(&again.stdout), "");
}

#[test]
fn snooze_comes_back_from_the_desktop_and_is_recorded() {
    let bus = Bus::start();
    let desktop = Desktop::start(&bus, true, false);
    let home = Home::new();
    let (output, _) =
        run(home.rehabit(&bus.address, &["remind", "--due"]), Some(&desktop), Patient::Presses("snooze"));
    assert!(output.status.success(), "{output:?}");
    let log = home.sent_log();
    assert_eq!(log.len(), 2, "{log:?}");
    assert_eq!(log[1]["key"], log[0]["key"]);
    let at = NaiveDateTime::parse_from_str(log[1]["at"].as_str().unwrap(), "%Y-%m-%dT%H:%M:%S%.f").unwrap();
    let until =
        NaiveDateTime::parse_from_str(log[1]["snoozed_until"].as_str().unwrap(), "%Y-%m-%dT%H:%M:%S%.f")
            .unwrap();
    assert_eq!(until - at, TimeDelta::minutes(15));
    assert!(text(&output.stdout).contains("Snoozed: \"Time for Exercises\" comes back at"), "{output:?}");
    assert!(home.journal().is_empty(), "a snooze records nothing in the journal");
}

#[test]
fn mark_done_from_the_desktop_records_the_session_in_the_journal() {
    let bus = Bus::start();
    let desktop = Desktop::start(&bus, true, false);
    let home = Home::new();
    let (output, _) =
        run(home.rehabit(&bus.address, &["remind", "--due"]), Some(&desktop), Patient::Presses("done"));
    assert!(output.status.success(), "{output:?}");
    let journal = home.journal();
    assert_eq!(journal.len(), 1, "{journal:?}");
    assert_eq!(journal[0]["event"], "marked_done");
    assert_eq!(journal[0]["session"], "Exercises");
    assert_eq!(journal[0]["day"], home.due.date().to_string().as_str());
    assert_eq!(journal[0]["planned"][0]["exercise"], "bridge");
    assert_eq!(journal[0]["planned"][0]["dose"]["reps"], 10);
    assert!(text(&output.stdout).contains("Marked \"Exercises\" done for today."), "{output:?}");
    // Done: `rehabit` shows it done.
    let (today, _) = run(home.rehabit(&bus.address, &["today"]), None, Patient::Ignores);
    assert!(text(&today.stdout).contains("Exercises (done today)"), "{today:?}");
}

#[test]
fn without_buttons_rehabit_does_not_wait_for_an_answer() {
    let bus = Bus::start();
    let desktop = Desktop::start(&bus, false, false);
    let home = Home::new();
    let (output, took) =
        run(home.rehabit(&bus.address, &["remind", "--due"]), Some(&desktop), Patient::Ignores);
    assert!(output.status.success(), "{output:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let received = desktop.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].actions, Vec::<String>::new());
}

#[test]
fn a_server_that_never_replies_does_not_hang_rehabit() {
    let bus = Bus::start();
    let desktop = Desktop::start(&bus, true, true);
    let home = Home::new();
    let (output, took) =
        run(home.rehabit(&bus.address, &["remind", "--due"]), Some(&desktop), Patient::Ignores);
    assert!(output.status.success(), "{output:?}");
    assert!(took < Duration::from_secs(6), "took {took:?}");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(
            "rehabit: Time for Exercises. Exercises is on your plan for today. Not shown on the desktop: \
                         the desktop's notification service did not answer within 3 seconds."
        ),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(desktop.received().len(), 1, "it was asked once");
    // Recorded before it was sent: the next run does not try again.
    assert_eq!(home.sent_log().len(), 1);
}

#[test]
fn with_no_bus_at_all_rehabit_falls_back_and_exits_0() {
    let home = Home::new();
    let (output, took) =
        run(home.rehabit("unix:path=/nonexistent/bus", &["remind", "--due"]), None, Patient::Ignores);
    assert!(output.status.success(), "{output:?}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("rehabit: Time for Exercises. Exercises is on your plan for today."),
        "{stderr}"
    );
    assert!(stderr.contains("Not shown on the desktop: there is no desktop message bus"), "{stderr}");
    assert_eq!(home.sent_log().len(), 1);
    // `remind test` says so plainly, and what to do.
    let (test, _) =
        run(home.rehabit("unix:path=/nonexistent/bus", &["remind", "test"]), None, Patient::Ignores);
    assert!(!test.status.success());
    let said = text(&test.stderr);
    assert!(said.contains("the test notification was not shown: there is no desktop message bus"), "{said}");
    assert!(said.contains("log in to a desktop that has a notification service"), "{said}");
}

#[test]
fn a_bus_without_a_notification_service_falls_back_and_says_so() {
    let bus = Bus::start();
    let home = Home::new();
    let (output, took) = run(home.rehabit(&bus.address, &["remind", "--due"]), None, Patient::Ignores);
    assert!(output.status.success(), "{output:?}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    let stderr = text(&output.stderr);
    assert!(
        stderr.ends_with("Not shown on the desktop: no notification service is running on this desktop.\n")
    );
    let (test, _) = run(home.rehabit(&bus.address, &["remind", "test"]), None, Patient::Ignores);
    assert!(!test.status.success());
    let said = text(&test.stderr);
    assert!(said.contains("not shown: no notification service is running on this desktop."), "{said}");
}

#[test]
fn remind_test_reports_the_notification_server_by_name() {
    let bus = Bus::start();
    let desktop = Desktop::start(&bus, true, false);
    let home = Home::new();
    let (output, took) =
        run(home.rehabit(&bus.address, &["remind", "test"]), Some(&desktop), Patient::Ignores);
    assert!(output.status.success(), "{output:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let said = text(&output.stdout);
    assert!(
        said.contains("Your desktop accepted the test notification: it was shown by rehabit-test-server.")
    );
    assert!(said.contains("Snooze (15 minutes) and Mark done"), "{said}");
    assert_eq!(desktop.received()[0].summary, "rehabit: a test reminder");
    // A test sends, but records nothing.
    assert!(home.sent_log().is_empty());
}

#[test]
fn the_daemon_reminds_and_stops_cleanly_on_sigterm() {
    let bus = Bus::start();
    let desktop = Desktop::start(&bus, true, false);
    let home = Home::new();
    let mut daemon = home.rehabit(&bus.address, &["remind", "--daemon"]).spawn().unwrap();
    let started = Instant::now();
    while desktop.received().is_empty() {
        assert!(started.elapsed() < BOUND, "the daemon sent nothing within {BOUND:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    let id = desktop.received()[0].id;
    desktop.emit("NotificationClosed", &(id, 2u32)).unwrap();
    let stopped = Command::new("kill").args(["-TERM", &daemon.id().to_string()]).status().unwrap();
    assert!(stopped.success());
    let signalled = Instant::now();
    while daemon.try_wait().unwrap().is_none() {
        if signalled.elapsed() > Duration::from_secs(3) {
            let _ = daemon.kill();
            panic!("the daemon did not stop within 3 s of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = daemon.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(text(&output.stdout).contains("Stopped watching for reminders."), "{output:?}");
    assert_eq!(desktop.received().len(), 1);
}

/// Where a real systemd checks units: `systemd-analyze verify`.
#[test]
fn installed_units_pass_systemd_analyze_verify() {
    let home = Home::new();
    // No user manager to reach: install writes the files and says what to run.
    let (output, _) =
        run(home.rehabit("unix:path=/nonexistent/bus", &["remind", "install"]), None, Patient::Ignores);
    assert!(output.status.success(), "{output:?}");
    let said = text(&output.stdout);
    let units = home.dir.path().join("xdg/systemd/user");
    let service = units.join("rehabit-remind.service");
    let timer = units.join("rehabit-remind.timer");
    assert!(said.contains(&format!("Wrote {}", service.display())), "{said}");
    assert!(said.contains(&format!("Wrote {}", timer.display())), "{said}");
    assert!(said.contains("systemctl --user enable --now rehabit-remind.timer"), "{said}");
    let written = std::fs::read_to_string(&service).unwrap();
    assert!(
        written.contains(&format!("ExecStart=\"{}\" remind --due", env!("CARGO_BIN_EXE_rehabit"))),
        "{written}"
    );
    assert!(
        written.contains(&format!("Environment=\"REHABIT_DATA_DIR={}\"", home.data().display())),
        "{written}"
    );

    let (status, _) =
        run(home.rehabit("unix:path=/nonexistent/bus", &["remind", "status"]), None, Patient::Ignores);
    let said = text(&status.stdout);
    assert!(said.contains(&format!("Installed: {}", timer.display())), "{said}");
    assert!(said.contains("Reminders are on (no quiet hours, at most 4 a day)."), "{said}");
    let next = format!("Next reminder: tomorrow at {}: Time for Exercises.", home.due.format("%H:%M"));
    assert!(said.contains(&next), "{said}");

    if Command::new("systemd-analyze").arg("--version").output().is_err() {
        println!("note: systemd-analyze is not installed here, so the units were not verified");
    } else {
        let verified = Command::new("systemd-analyze")
            .args(["verify", "--man=no"])
            .arg(&service)
            .arg(&timer)
            .env("SYSTEMD_LOG_LEVEL", "warning")
            .output()
            .unwrap();
        assert!(verified.status.success(), "systemd-analyze verify failed: {verified:?}");
        assert_eq!(text(&verified.stderr), "", "systemd-analyze warned");
    }

    let (removed, _) =
        run(home.rehabit("unix:path=/nonexistent/bus", &["remind", "uninstall"]), None, Patient::Ignores);
    assert!(removed.status.success(), "{removed:?}");
    assert!(!service.exists() && !timer.exists());
    assert!(text(&removed.stdout).contains(&format!("Removed {}", timer.display())), "{removed:?}");
}

#[test]
fn runs_at_the_same_moment_remind_once() {
    let home = Home::new();
    let runs: Vec<Child> = (0..4)
        .map(|_| home.rehabit("unix:path=/nonexistent/bus", &["remind", "--due"]).spawn().unwrap())
        .collect();
    let mut told = 0;
    for run in runs {
        let output = run.wait_with_output().unwrap();
        assert!(output.status.success(), "{output:?}");
        told += text(&output.stderr).lines().count();
    }
    assert_eq!(told, 1, "one run reminded, the others found it sent");
    assert_eq!(home.sent_log().len(), 1);
}
