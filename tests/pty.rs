//! rehabit as a patient meets it: the real binary in a real pseudo-terminal, driven by
//! keys, its screen read back through a terminal emulator (`vt100`). The programme is
//! `tests/pty/short.toml`, a session of a few seconds. The harness is in `common/`.
//!
//! Every wait polls the screen for the text it expects, with a generous deadline: no
//! fixed sleeps, so a busy machine is only slower, never wrong.

#![cfg(unix)]

mod common;

use std::time::Duration;

use common::{
    HOLDS_WAIT, Home, PAIN_QUESTION, TODAY, Tui, WAIT, assert_terminal_restored, do_squats, events, fields,
    send_signal, start_session,
};
use serde_json::json;

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
