//! Safety as a patient meets it: the real binary in a real pseudo-terminal. On the first
//! start, what rehabit is and is not, then the red-flag questions; a "yes" that needs a
//! doctor blocks every session (Enter on Today shows the message, not the session), and
//! the journal says so, until the patient confirms a clinician has cleared them. Also
//! "this hurts" mid-session, and `rehabit safety` on the command line.

#![cfg(unix)]

mod common;

use std::io::Write;
use std::process::{Output, Stdio};
use std::time::Duration;

use common::{
    Home, PAIN_QUESTION, TODAY, Tui, WAIT, assert_terminal_restored, events, fields, short_programme,
    start_session,
};
use serde_json::{Value, json};

const STATEMENT: &str = "What rehabit is, and what it is not";
const STOP: &str = "Please stop: do not exercise today";
const CONTACT: &str = "Contact your doctor or health centre today.";
const BLOCKED: &str = "Please don't exercise today: a safety answer needs a doctor first.";

/// A home with the short programme chosen, and nothing answered yet.
fn fresh_home() -> Home {
    let home = Home::empty();
    let output = home.command().arg("use").arg(short_programme()).output().expect("rehabit use runs");
    assert!(output.status.success(), "rehabit use failed: {}", String::from_utf8_lossy(&output.stderr));
    home
}

/// Runs rehabit with `args`, typing `input` on its standard input.
fn run_with_input(home: &Home, args: &[&str], input: &str) -> Output {
    let mut child = home
        .command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rehabit runs");
    // rehabit may end without reading it all (nothing to ask): a closed pipe is fine.
    let _ = child.stdin.take().expect("stdin").write_all(input.as_bytes());
    let output = child.wait_with_output().expect("rehabit ends");
    assert!(output.status.success(), "rehabit {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The answers of a `safety_answered` entry that were yes.
fn yes_to(entry: &Value) -> Vec<&str> {
    let answers = entry["answers"].as_array().expect("answers");
    answers.iter().filter(|a| a["yes"] == true).map(|a| a["question"].as_str().expect("an id")).collect()
}

#[test]
fn a_yes_to_an_urgent_question_blocks_the_session_until_a_clinician_has_cleared_it() {
    let home = fresh_home();
    let mut tui = Tui::start(&home, 80, 24);
    tui.wait_for_all(&[STATEMENT, "does not diagnose", "records stay on this computer"], WAIT);
    tui.press("\r");
    tui.wait_for("Question 1 of 7");
    // No to the first, yes to the second (bladder or bowel), no to the rest.
    tui.press("n");
    tui.wait_for("Question 2 of 7");
    tui.press("y");
    tui.wait_for("Question 3 of 7");
    tui.press("nnnnn");
    tui.wait_for_all(&[STOP, "trouble controlling bladder or bowel", CONTACT], WAIT);
    tui.press("\r");
    tui.wait_for_all(&["Quick round", BLOCKED], WAIT);

    // Enter on Today does not start the session: the message shows again.
    tui.press("\r");
    tui.wait_for_all(&[STOP, CONTACT], WAIT);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!tui.output().text().contains(PAIN_QUESTION), "no session started");
    tui.press("\r");
    tui.wait_for(BLOCKED);
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "rehabit ended with {status}");
    assert_terminal_restored(&tui);

    // The journal holds the answers, and no session.
    let entries = home.entries();
    assert_eq!(events(&entries), ["safety_answered"], "{entries:#?}");
    let answered = &entries[0];
    assert_eq!(
        fields(answered, &["because", "outcome", "session"]),
        json!(["first_start", "contact_now", ""])
    );
    assert_eq!(answered["answers"].as_array().map(Vec::len), Some(7));
    assert_eq!(yes_to(answered), ["bladder-bowel"]);

    // Opened again: still blocked, and not asked again.
    let mut tui = Tui::start(&home, 80, 24);
    tui.wait_for_all(&["Quick round", BLOCKED], WAIT);
    tui.press("\r");
    tui.wait_for(STOP);
    tui.press("q");
    assert!(tui.wait_exit().success());
    assert_eq!(home.entries().len(), 1, "looking adds nothing to the journal");

    // `today` and `status` say so too, and the status JSON carries it for other tools.
    let run = |args: &[&str]| stdout(&home.command().args(args).output().expect("rehabit runs"));
    let blocked_line = "A safety answer needs a doctor first, so please don't exercise today.";
    assert!(run(&["today"]).contains(blocked_line), "{}", run(&["today"]));
    assert!(run(&["status"]).contains(blocked_line), "{}", run(&["status"]));
    assert!(
        run(&["status", "--json"]).contains("\"safety_blocked\": true"),
        "{}",
        run(&["status", "--json"])
    );

    // The command line tells it too; a clearance needs a deliberate yes.
    let refused = run_with_input(&home, &["safety", "--clear"], "\n");
    assert!(stdout(&refused).contains("trouble controlling bladder or bowel"), "{}", stdout(&refused));
    assert!(stdout(&refused).contains("Nothing was recorded."), "{}", stdout(&refused));
    let again = home.command().args(["safety", "--answers", "no,no,no,no,no,no,no"]).output().expect("runs");
    let again = stdout(&again);
    assert!(again.contains("Nothing you answered stops you exercising."), "{again}");
    assert!(again.contains("you answered yes to: · trouble controlling bladder or bowel"), "{again}");
    assert!(again.contains("Sessions wait until you confirm"), "a later no does not lift it: {again}");
    let cleared = run_with_input(&home, &["safety", "--clear", "--note", "GP, 12 March"], "y\n");
    assert!(stdout(&cleared).contains("Recorded. Sessions can start again."), "{}", stdout(&cleared));
    assert!(!run(&["today"]).contains(blocked_line), "cleared: {}", run(&["today"]));
    assert!(
        run(&["status", "--json"]).contains("\"safety_blocked\": false"),
        "{}",
        run(&["status", "--json"])
    );
    let entries = home.entries();
    assert_eq!(events(&entries), ["safety_answered", "safety_answered", "safety_cleared"]);
    assert_eq!(entries[2]["note"], "GP, 12 March");

    // Cleared: the session starts.
    let mut tui = Tui::start(&home, 80, 24);
    tui.wait_for_all(TODAY, WAIT);
    assert!(!tui.output().text().contains(BLOCKED));
    start_session(&mut tui, "2");
    tui.press("q");
    tui.wait_for("Leave this session?");
    tui.press("y");
    tui.wait_for_all(TODAY, WAIT);
    tui.press("q");
    assert!(tui.wait_exit().success());
    assert_eq!(events(&home.entries())[3..5], ["started", "pain"]);

    // And the physiotherapist's report has it all.
    let report = home.command().args(["report", "--format", "json"]).output().expect("rehabit report runs");
    let report: Value = serde_json::from_slice(&report.stdout).expect("JSON");
    let flags = report["red_flags"].as_array().expect("red flags");
    let yes: Vec<&Value> = flags.iter().filter(|f| f["answer"] == true).collect();
    assert_eq!(yes.len(), 1);
    assert_eq!(fields(yes[0], &["question_id", "outcome"]), json!(["bladder-bowel", "contact_now"]));
    assert!(yes[0]["cleared"].is_string(), "{:?}", yes[0]);
}

#[test]
fn it_hurts_mid_session_gives_the_advice_and_records_it() {
    let home = Home::new();
    let mut tui = Tui::start(&home, 80, 24);
    start_session(&mut tui, "2");
    tui.press("p");
    tui.wait_for("How much pain do you have right now, 0 to 10?");
    tui.press("7\r");
    tui.wait_for_all(&["Pain 7 of 10: too much for today", "Please stop here for today and rest."], WAIT);
    tui.press("\r");
    tui.wait_for("Anything you want to remember, or tell your physiotherapist?");
    tui.press("\x1b");
    tui.wait_for_all(&["You stopped for today because of pain.", "2 before, 7 after"], WAIT);
    tui.press("\r");
    tui.wait_for_all(TODAY, WAIT);
    tui.press("q");
    assert!(tui.wait_exit().success());

    let entries = home.entries();
    assert_eq!(events(&entries), ["started", "pain", "hurt", "ended", "pain"], "{entries:#?}");
    assert_eq!(fields(&entries[2], &["exercise", "score", "advice"]), json!(["squat", 7, "stop_for_today"]));
    assert_eq!(fields(&entries[3], &["ending"]), json!(["left"]));
    assert_eq!(fields(&entries[4], &["moment", "score"]), json!(["after", 7]));
}

#[test]
fn the_safety_command_asks_line_by_line_or_takes_the_answers_at_once() {
    let home = fresh_home();
    // Line by line, with a wrong answer asked again and a step back.
    let asked = run_with_input(&home, &["safety"], "n\nmaybe\nb\nn\nn\nn\nn\nn\nn\ny\n");
    let text = stdout(&asked);
    assert!(text.contains("Please answer y for yes or n for no."), "{text}");
    assert!(text.contains("Please book an appointment"), "{text}");
    assert!(text.contains("you can go on with your exercises"), "{text}");
    let entries = home.entries();
    assert_eq!(fields(&entries[0], &["because", "outcome"]), json!(["on_demand", "see_soon"]));
    assert_eq!(yes_to(&entries[0]), ["not-easing"]);

    // At once; a non-urgent yes does not block, so there is nothing to clear.
    let clear = home.command().args(["safety", "--answers", "n,n,n,n,no,NO,yes"]).output().expect("runs");
    assert!(clear.status.success());
    let nothing = run_with_input(&home, &["safety", "--clear"], "y\n");
    assert!(stdout(&nothing).contains("Nothing to clear"), "{}", stdout(&nothing));

    // Too few answers, or not yes or no: refused, nothing recorded.
    for bad in ["no,no", "no,no,no,no,no,no,perhaps"] {
        let refused = home.command().args(["safety", "--answers", bad]).output().expect("runs");
        assert!(!refused.status.success(), "--answers {bad} is refused");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(stderr.contains("Nothing was recorded."), "{stderr}");
    }
    // Input that ends before the last question records nothing either.
    let mut cut = home.command();
    let cut = cut.arg("safety").stdin(Stdio::null()).output().expect("runs");
    assert!(!cut.status.success());
    assert_eq!(home.entries().len(), 2);

    // The help lists every question.
    let help = home.command().args(["safety", "--help"]).output().expect("runs");
    let help = String::from_utf8_lossy(&help.stdout);
    for number in 1..=7 {
        assert!(help.contains(&format!("  {number}. ")), "question {number} in the help:\n{help}");
    }
}

/// A Swedish patient: `language = "sv"` in config.toml wins over a Dutch system locale,
/// every screen speaks Swedish, "j" (ja) answers yes, and a yes still blocks the session.
#[test]
fn in_swedish_a_ja_to_an_urgent_question_blocks_the_session_too() {
    let home = fresh_home();
    let settings = home.config().join("config.toml");
    let chosen = std::fs::read_to_string(&settings).expect("rehabit use wrote the settings");
    std::fs::write(&settings, format!("language = \"sv\"\n{chosen}")).expect("settings written");
    let mut command = home.pty_command(&[]);
    command.env("LC_ALL", "nl_NL.UTF-8");
    let mut tui = Tui::spawn(command, 80, 24);
    tui.wait_for_all(&["Vad rehabit är – och inte är", "Den ställer inga diagnoser"], WAIT);
    tui.press("\r");
    tui.wait_for("Fråga 1 av 7");
    tui.press("n");
    tui.wait_for("Fråga 2 av 7");
    tui.press("j");
    tui.wait_for("Fråga 3 av 7");
    tui.press("nnnnn");
    tui.wait_for_all(&["Stopp: träna inte i dag", "ring 1177"], WAIT);
    tui.press("\r");
    tui.wait_for("Träna inte i dag: ett säkerhetssvar behöver en läkare först.");
    tui.press("\r");
    tui.wait_for("Stopp: träna inte i dag");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!tui.output().text().contains("hur ont har du just nu"), "no session started");
    tui.press("q");
    tui.press("q");
    assert!(tui.wait_exit().success());
    // The journal is the same in every language: ids, not words.
    let entries = home.entries();
    assert_eq!(events(&entries), ["safety_answered"], "{entries:#?}");
    assert_eq!(yes_to(&entries[0]), ["bladder-bowel"]);
    assert_eq!(entries[0]["outcome"], "contact_now");
}
