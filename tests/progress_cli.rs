//! Recording by hand and reading progress back, through the real binary: `log`,
//! `done`, `pain`, `undo` and `status`, with the files in a temporary directory.
//!
//! Dates are counted from the real today, as the patient's would be.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::{Datelike, Days, Local, NaiveDate, TimeZone, Weekday};
use predicates::prelude::*;
use serde_json::{Value, json};
use tempfile::TempDir;

/// The binary with its data and config in `home`.
fn rehabit(home: &Path) -> Command {
    let mut command = Command::cargo_bin("rehabit").expect("binary builds");
    command
        .env("REHABIT_DATA_DIR", home.join("data"))
        .env("REHABIT_CONFIG_DIR", home.join("config"))
        .env("NO_COLOR", "1")
        // English, whatever the tester's own language (the C locale means English).
        .env("LC_ALL", "C.UTF-8");
    command
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn days_ago(days: u64) -> NaiveDate {
    today() - Days::new(days)
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// A patient following `program`, started on `start`.
fn following(program: &str, start: NaiveDate) -> TempDir {
    let home = TempDir::new().unwrap();
    rehabit(home.path()).args(["use", program, "--start", &start.to_string()]).assert().success();
    home
}

fn journal(home: &Path) -> PathBuf {
    home.join("data").join("journal.jsonl")
}

/// Every line of the journal, as JSON.
fn lines(home: &Path) -> Vec<Value> {
    match fs::read_to_string(journal(home)) {
        Ok(text) => text.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect(),
        Err(_) => Vec::new(),
    }
}

fn status(home: &Path) -> Value {
    let output = rehabit(home).args(["status", "--json"]).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&output).expect("status --json prints JSON")
}

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

/// A day of this week before today when there is one (yesterday), else today: what
/// is logged on it counts toward this week's quota.
fn earlier_this_week() -> (&'static str, NaiveDate) {
    if today().weekday() == Weekday::Mon { ("today", today()) } else { ("yesterday", days_ago(1)) }
}

/// Writes entries straight into the journal, as earlier rehabit runs would have.
fn write_entries(home: &Path, entries: &[Value]) {
    fs::create_dir_all(home.join("data")).unwrap();
    let text: String = entries.iter().map(|entry| format!("{entry}\n")).collect();
    fs::write(journal(home), text).unwrap();
}

/// A journal entry for `day`, recorded at noon that day.
fn entry(day: NaiveDate, session: &str, run: &str, event: Value) -> Value {
    let noon = Local.from_local_datetime(&day.and_hms_opt(12, 0, 0).unwrap()).earliest().unwrap();
    let mut entry = json!({
        "v": 1,
        "at": noon.fixed_offset().to_rfc3339(),
        "day": day.to_string(),
        "program": { "title": "Steady walking", "hash": "0" },
        "session": session,
        "run": run,
    });
    entry.as_object_mut().unwrap().extend(event.as_object().unwrap().clone());
    entry
}

#[test]
fn a_walk_logged_for_yesterday_is_journaled_and_counts_toward_the_weekly_quota() {
    let home = following("walking-plan", days_ago(21));
    let before = status(home.path());
    assert_eq!(before["sessions"][0]["quota"]["days_done"], 0);
    assert_eq!(before["sessions"][0]["quota"]["minutes_done"], 0);

    let (word, day) = earlier_this_week();
    let assert = rehabit(home.path()).args(["log", "walk", "32m", "--date", word]).assert().success();
    let printed = stdout(&assert);
    assert!(printed.starts_with(&format!("Logged a 32 min walk for {word} (id log-")), "{printed}");
    assert!(printed.contains("This week: 1 of 3 days, 32 of "), "{printed}");

    let lines = lines(home.path());
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert_eq!(line["v"], 1);
    assert_eq!(line["event"], "logged");
    assert_eq!(line["activity"], "walk");
    assert_eq!(line["day"], day.to_string());
    assert_eq!(line["seconds"], 1920);
    assert_eq!(line["session"], "Walk");
    assert!(line["run"].as_str().unwrap().starts_with("log-"));
    assert!(printed.contains(line["run"].as_str().unwrap()), "the id shown is the run's");
    assert_eq!(line["program"]["title"], before["program"]["title"]);
    assert_eq!(line["program"]["hash"], before["program"]["hash"]);

    let after = status(home.path());
    let quota = &after["sessions"][0]["quota"];
    assert_eq!(quota["days_done"], 1);
    assert_eq!(quota["days_target"], 3);
    assert_eq!(quota["minutes_done"], 32);
}

#[test]
fn durations_people_write_are_understood() {
    let home = following("walking-plan", days_ago(21));
    for (typed, seconds) in [("45 min", 2700), ("1h 10m", 4200), ("90 minutes", 5400)] {
        rehabit(home.path()).args(["log", "cycling", typed]).assert().success();
        assert_eq!(lines(home.path()).last().unwrap()["seconds"], seconds, "{typed}");
    }
}

#[test]
fn future_days_and_days_before_the_start_are_refused_and_nothing_is_written() {
    let home = following("walking-plan", days_ago(10));
    let in_three_days = (today() + Days::new(3)).to_string();
    let cases = [
        ("tomorrow", "tomorrow hasn't happened yet: you can only record what you have already done"),
        (in_three_days.as_str(), "is in the future: you can only record what you have already done"),
        ("next week", "is not a day rehabit understands: use today, yesterday, a weekday"),
    ];
    for (date, message) in cases {
        rehabit(home.path())
            .args(["log", "walk", "30m", "--date", date])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(message));
    }
    let before_start = days_ago(11).to_string();
    rehabit(home.path())
        .args(["done", "Walk", "--date", &before_start])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is before you started your programme"));
    assert!(lines(home.path()).is_empty());
}

#[test]
fn a_bad_duration_is_refused_with_a_clear_message() {
    let home = following("walking-plan", days_ago(21));
    let cases = [
        ("30", "\"30\" needs a unit: write 30m for 30 minutes"),
        ("0m", "is less than a minute"),
        ("13h", "\"13h\" is more than 12 hours"),
        ("a while", "\"a while\" is not a length of time rehabit understands: write it like 30m"),
    ];
    for (duration, message) in cases {
        rehabit(home.path())
            .args(["log", "walk", duration])
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::starts_with("rehabit: ").and(predicate::str::contains(message)));
    }
    assert!(lines(home.path()).is_empty());
}

#[test]
fn a_session_name_with_a_typo_gets_a_did_you_mean_and_the_right_name_is_marked_done() {
    let home = following("acute-gentle-start", days_ago(21));
    rehabit(home.path()).args(["done", "Mornig loosen-up"]).assert().code(1).stderr(
        predicate::str::contains(
            "your programme has no session called \"Mornig loosen-up\"; did you mean \"Morning loosen-up\"?",
        ),
    );
    assert!(lines(home.path()).is_empty());

    let assert = rehabit(home.path()).args(["done", "morning LOOSEN-up"]).assert().success();
    let printed = stdout(&assert);
    assert!(
        printed.starts_with("Marked \"Morning loosen-up\" done for today (5 exercises; id done-"),
        "{printed}"
    );
    let lines = lines(home.path());
    let line = &lines[0];
    assert_eq!(line["event"], "marked_done");
    assert_eq!(line["session"], "Morning loosen-up");
    assert_eq!(line["day"], today().to_string());
    let planned = line["planned"].as_array().unwrap();
    let exercises: Vec<&str> = planned.iter().map(|a| a["exercise"].as_str().unwrap()).collect();
    assert_eq!(exercises, ["relaxed-breathing", "pelvic-tilt", "knee-rocking", "cat-camel", "resting-pose"]);
    for (position, asked) in planned.iter().enumerate() {
        assert_eq!(asked["position"], position);
        assert!(asked["dose"]["sets"].as_u64().unwrap() >= 1, "{asked}");
    }
    assert_eq!(status(home.path())["sessions"][0]["done_today"], true);
}

#[test]
fn the_morning_pain_answer_prints_the_models_verdict() {
    let home = following("acute-gentle-start", days_ago(21));
    rehabit(home.path())
        .args(["log", "walk", "20m", "--date", "yesterday", "--pain-before", "2", "--pain-after", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Pain was 3 after the session: acceptable."));
    let before = status(home.path());
    assert_eq!(before["morning_check_due"], true);
    assert_eq!(before["last_verdict"]["verdict"], "hold");
    assert_eq!(before["last_verdict"]["provisional"], true);

    let assert = rehabit(home.path()).args(["pain", "4"]).assert().success();
    let printed = stdout(&assert);
    assert!(
        printed.starts_with("Noted: pain 4 this morning, about yesterday's sessions (id pain-"),
        "{printed}"
    );
    assert!(
        printed.contains(
            "The 20 min walk logged: Pain was 4 the next morning, above your usual 2: it had not settled."
        ),
        "{printed}"
    );
    let last = lines(home.path()).pop().unwrap();
    assert_eq!(last["event"], "pain");
    assert_eq!(last["moment"], "next_morning");
    assert_eq!(last["score"], 4);
    assert_eq!(last["day"], days_ago(1).to_string());
    assert_eq!(last["session"], "");

    let after = status(home.path());
    assert_eq!(after["morning_check_due"], false);
    let verdict = &after["last_verdict"];
    assert_eq!(verdict["verdict"], "reduce");
    assert_eq!(verdict["reason"], "not_settled");
    assert_eq!(verdict["provisional"], false);
    assert_eq!(verdict["day"], days_ago(1).to_string());
    assert_eq!(verdict["session"], "Short walk");
}

#[test]
fn rising_morning_pain_brings_the_advice_to_talk_to_the_physiotherapist() {
    let home = following("acute-gentle-start", days_ago(21));
    let this_monday = monday_of(today());
    let morning = |score: u8| json!({ "event": "pain", "moment": "next_morning", "score": score });
    write_entries(
        home.path(),
        &[
            entry(this_monday - Days::new(14), "", "pain-1", morning(2)),
            entry(this_monday - Days::new(7), "", "pain-2", morning(3)),
        ],
    );
    assert_eq!(status(home.path())["morning_pain_rising"], false);
    rehabit(home.path())
        .args(["pain", "6", "--about", "today"])
        .assert()
        .success()
        .stdout(predicate::str::contains("talking over with your physiotherapist"));
    assert_eq!(status(home.path())["morning_pain_rising"], true);
    rehabit(home.path())
        .arg("status")
        .assert()
        .success()
        .stdout(predicate::str::contains("please talk to your physiotherapist"));
}

#[test]
fn a_pain_score_outside_0_to_10_is_refused_before_anything_is_read() {
    let home = following("acute-gentle-start", days_ago(21));
    rehabit(home.path()).args(["pain", "11"]).assert().code(2).stderr(predicate::str::contains("0..=10"));
    assert!(lines(home.path()).is_empty());
}

#[test]
fn pain_about_a_day_with_nothing_recorded_says_so() {
    let home = following("acute-gentle-start", days_ago(21));
    rehabit(home.path())
        .args(["pain", "2", "--about", &days_ago(3).to_string()])
        .assert()
        .success()
        .stdout(predicate::str::contains("so there is no session to judge"));
    assert_eq!(lines(home.path())[0]["day"], days_ago(3).to_string());
}

#[test]
fn undo_takes_back_a_logged_walk_which_then_no_longer_counts() {
    let home = following("walking-plan", days_ago(21));
    let (word, day) = earlier_this_week();
    rehabit(home.path()).args(["log", "walk", "30m", "--date", word]).assert().success();
    rehabit(home.path()).args(["log", "walk", "25m", "--date", "today"]).assert().success();
    assert_eq!(status(home.path())["sessions"][0]["quota"]["minutes_done"], 55);
    let first = lines(home.path())[0]["run"].as_str().unwrap().to_string();
    let second = lines(home.path())[1]["run"].as_str().unwrap().to_string();
    assert_ne!(first, second, "every log gets its own id");

    // Without an id: the latest.
    rehabit(home.path()).arg("undo").assert().success().stdout(predicate::str::contains(format!(
        "Took back the 25 min walk logged for today (id {second})"
    )));
    let quota = status(home.path())["sessions"][0]["quota"].clone();
    assert_eq!((quota["days_done"].as_u64(), quota["minutes_done"].as_u64()), (Some(1), Some(30)));

    rehabit(home.path()).args(["undo", &first, "--reason", "logged twice"]).assert().success();
    let quota = status(home.path())["sessions"][0]["quota"].clone();
    assert_eq!((quota["days_done"].as_u64(), quota["minutes_done"].as_u64()), (Some(0), Some(0)));

    // Never rewritten: both logs are still there, followed by what took them back.
    let lines = lines(home.path());
    let events: Vec<&str> = lines.iter().map(|l| l["event"].as_str().unwrap()).collect();
    assert_eq!(events, ["logged", "logged", "cancelled", "cancelled"]);
    assert_eq!(lines[2]["cancels"], second);
    assert_eq!(lines[3]["cancels"], first);
    assert_eq!(lines[3]["reason"], "logged twice");
    assert_eq!(lines[3]["day"], day.to_string());

    rehabit(home.path())
        .args(["undo", &first])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("was already taken back; nothing was changed"));
    rehabit(home.path())
        .arg("undo")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("there is nothing logged or marked done to take back"));
    rehabit(home.path())
        .args(["undo", "log-nonsense"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("there is nothing with the id \"log-nonsense\" in your journal"));
}

#[test]
fn undo_refuses_a_session_followed_in_rehabit() {
    let home = following("walking-plan", days_ago(21));
    let started = json!({ "event": "started", "planned": [] });
    write_entries(home.path(), &[entry(days_ago(1), "Walk", "20990101T120000-1", started)]);
    rehabit(home.path()).args(["undo", "20990101T120000-1"]).assert().code(1).stderr(
        predicate::str::contains(
            "is a session you followed with rehabit open (yesterday), not one logged or marked done afterwards",
        ),
    );
    assert_eq!(lines(home.path()).len(), 1);
}

#[test]
fn status_text_is_a_few_short_lines() {
    let home = following("walking-plan", days_ago(21));
    let (word, _) = earlier_this_week();
    rehabit(home.path()).args(["log", "walk", "20m", "--date", word, "--pain-after", "1"]).assert().success();
    let assert = rehabit(home.path()).arg("status").assert().success();
    let printed = stdout(&assert);
    let text: Vec<&str> = printed.lines().collect();
    assert!(
        text[0].starts_with("Steady walking: building up to 30 minutes, five times a week · week "),
        "{printed}"
    );
    assert!(text[1].starts_with("Walk, this week: 1 of 3 days, 20 of "), "{printed}");
    assert!(text.contains(&"On target: 0 weeks in a row."), "{printed}");
    assert!(printed.contains("Latest verdict (Walk, "), "{printed}");
    assert!(printed.contains("well within the safe zone"), "{printed}");
    assert!(text.len() <= 6, "{printed}");
}

#[test]
fn status_json_has_its_documented_shape() {
    let home = following("acute-gentle-start", days_ago(21));
    let shown = status(home.path());
    let keys = |value: &Value| {
        let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(
        keys(&shown),
        [
            "date",
            "last_verdict",
            "load_week",
            "morning_check_due",
            "morning_pain_rising",
            "program",
            "safety_blocked",
            "sessions",
            "unreadable_lines",
            "version",
            "week",
            "weeks_on_target",
        ]
    );
    assert_eq!(shown["version"], 1);
    assert_eq!(shown["date"], today().to_string());
    assert_eq!(keys(&shown["program"]), ["chosen", "hash", "started", "title"]);
    assert_eq!(shown["program"]["chosen"], true);
    assert_eq!(shown["program"]["started"], days_ago(21).to_string());
    assert!(shown["week"].as_u64().unwrap() >= 3);
    let names: Vec<&str> =
        shown["sessions"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Morning loosen-up", "Short walk", "Evening wind-down"]);
    for session in shown["sessions"].as_array().unwrap() {
        assert_eq!(keys(session), ["done_today", "due", "name", "quota"]);
        assert_eq!(session["due"], "today");
        assert_eq!(session["quota"], Value::Null, "every-day sessions have no quota");
    }
    assert_eq!(shown["weeks_on_target"], json!({ "weeks": 0, "or_more": false }));
    assert_eq!(shown["last_verdict"], Value::Null);
    assert_eq!(shown["morning_check_due"], false);

    let walking = following("walking-plan", days_ago(21));
    let walking = status(walking.path());
    let quota = &walking["sessions"][0];
    assert_eq!(quota["due"], "this_week");
    assert_eq!(keys(&quota["quota"]), ["days_done", "days_target", "minutes_done", "minutes_target"]);
}

#[test]
fn weeks_on_target_are_counted_and_shown_as_12_plus_beyond_what_status_reads() {
    let daily_walks = |from: NaiveDate, to: NaiveDate| -> Vec<Value> {
        from.iter_days()
            .take_while(|day| *day <= to)
            .enumerate()
            .map(|(i, day)| {
                let walk = json!({ "event": "logged", "activity": "walk", "seconds": 3600 });
                entry(day, "Walk", &format!("log-{i}"), walk)
            })
            .collect()
    };
    let last_sunday = monday_of(today()) - Days::new(1);

    // Three whole weeks of walks, nothing yet this week.
    let start = monday_of(today()) - Days::new(21);
    let home = following("walking-plan", start);
    write_entries(home.path(), &daily_walks(start, last_sunday));
    assert_eq!(status(home.path())["weeks_on_target"], json!({ "weeks": 3, "or_more": false }));
    rehabit(home.path())
        .arg("status")
        .assert()
        .success()
        .stdout(predicate::str::contains("On target: 3 weeks in a row."));

    // Sixteen: more than status looks back.
    let start = monday_of(today()) - Days::new(7 * 16);
    let home = following("walking-plan", start);
    write_entries(home.path(), &daily_walks(start, last_sunday));
    assert_eq!(status(home.path())["weeks_on_target"], json!({ "weeks": 12, "or_more": true }));
    rehabit(home.path())
        .arg("status")
        .assert()
        .success()
        .stdout(predicate::str::contains("On target: 12+ weeks in a row."));
}

#[test]
fn a_journal_from_a_newer_rehabit_is_refused_and_left_untouched() {
    let home = following("walking-plan", days_ago(21));
    let newer = format!(
        "{{\"v\":99,\"at\":\"{}\",\"day\":\"{}\",\"something\":\"new\"}}\n",
        Local::now().fixed_offset().to_rfc3339(),
        today()
    );
    fs::create_dir_all(home.path().join("data")).unwrap();
    fs::write(journal(home.path()), &newer).unwrap();
    let message = "this journal was written by a newer version of rehabit (journal format 99";
    let commands: [&[&str]; 5] =
        [&["log", "walk", "30m"], &["done", "Walk"], &["pain", "3"], &["undo"], &["status", "--json"]];
    for args in commands {
        rehabit(home.path())
            .args(args)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains(message).and(predicate::str::contains("Please update rehabit")));
    }
    assert_eq!(fs::read_to_string(journal(home.path())).unwrap(), newer);
}

#[cfg(unix)]
#[test]
fn a_failed_write_is_told_plainly_and_nothing_is_recorded() {
    if !Path::new("/dev/full").exists() {
        eprintln!("skipped: no /dev/full here");
        return;
    }
    let home = following("walking-plan", days_ago(21));
    fs::create_dir_all(home.path().join("data")).unwrap();
    std::os::unix::fs::symlink("/dev/full", journal(home.path())).unwrap();
    for args in [&["log", "walk", "30m"][..], &["done", "walk"], &["pain", "2"]] {
        rehabit(home.path()).args(args).assert().code(1).stdout("").stderr(
            predicate::str::contains("could not save to the journal").and(predicate::str::contains(
                "the disk is full. Nothing was recorded; run the same command again once that is fixed.",
            )),
        );
    }
}
