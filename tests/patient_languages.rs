//! The patient's commands in another language, through the real binary: `--lang sv` and
//! the system's language (`LANG=sv_SE.UTF-8`) both give Swedish, with Swedish words for
//! days, Swedish plurals, and the same JSON as in English.

use std::path::Path;

use assert_cmd::Command;
use chrono::{Days, Local};
use tempfile::TempDir;

/// The binary with its files in `home`, in English unless a test says otherwise.
fn rehabit(home: &Path) -> Command {
    let mut command = Command::cargo_bin("rehabit").expect("binary builds");
    command
        .env("REHABIT_DATA_DIR", home.join("data"))
        .env("REHABIT_CONFIG_DIR", home.join("config"))
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

fn swedish(home: &Path) -> Command {
    let mut command = rehabit(home);
    command.args(["--lang", "sv"]);
    command
}

/// A patient following the walking plan for three weeks.
fn walking() -> TempDir {
    let home = TempDir::new().unwrap();
    let start = Local::now().date_naive() - Days::new(21);
    rehabit(home.path()).args(["use", "walking-plan", "--start", &start.to_string()]).assert().success();
    home
}

fn output(command: &mut Command) -> (String, String) {
    let output = command.output().expect("rehabit runs");
    (String::from_utf8(output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap())
}

/// The first line of `text`, with the run id in it (`log-20261122T101500-4242`) made `ID`.
fn first_line_without_id(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let words: Vec<String> = line
        .split(' ')
        .map(|word| {
            let id_end = word.find(')').unwrap_or(word.len());
            let is_id = ["log-", "done-", "pain-", "undo-"].iter().any(|p| word.starts_with(p));
            if is_id { format!("ID{}", &word[id_end..]) } else { word.to_string() }
        })
        .collect();
    words.join(" ")
}

#[test]
fn a_walk_logged_with_swedish_words_is_told_in_swedish() {
    let home = walking();
    let (said, _) = output(swedish(home.path()).args(["log", "promenad", "32 min", "--date", "igår"]));
    assert_eq!(first_line_without_id(&said), "Loggat: en promenad på 32 min i går (id ID).");

    let (said, _) = output(swedish(home.path()).args(["done", "Walk", "--date", "i går"]));
    assert_eq!(first_line_without_id(&said), "Markerat ”Promenad” som klart i går (1 övning; id ID).");
    assert!(said.contains("Det var redan registrerat för den dagen, så det räknas en gång.\n"), "{said}");

    let (said, _) = output(swedish(home.path()).arg("undo"));
    assert_eq!(
        first_line_without_id(&said),
        "Tog tillbaka ”Promenad”, markerat som klart, från i går (id ID)."
    );
    assert!(
        said.ends_with(
            "\nDet finns kvar i din dagbok, markerat som tillbakataget, och räknas inte längre.\n"
        )
    );
}

#[test]
fn mistakes_are_explained_in_swedish_with_plurals() {
    let home = walking();
    for (length, expected) in [
        ("1", "rehabit: ”1” behöver en enhet: skriv 1m för 1 minut, eller till exempel 1t 10m\n"),
        ("30", "rehabit: ”30” behöver en enhet: skriv 30m för 30 minuter, eller till exempel 1t 10m\n"),
    ] {
        let (said, told) = output(swedish(home.path()).args(["log", "promenad", length]));
        assert_eq!((said.as_str(), told.as_str()), ("", expected));
    }
    let (_, told) = output(swedish(home.path()).args(["log", "promenad", "30m", "--date", "i morgon"]));
    assert_eq!(told, "rehabit: i morgon har inte hänt än: du kan bara registrera det du redan har gjort\n");
    let (_, told) = output(swedish(home.path()).args(["done", "Yoga"]));
    assert!(told.starts_with("rehabit: ditt program har inget pass som heter ”Yoga”; "), "{told}");
}

#[test]
fn the_systems_language_is_spoken_and_json_stays_the_same() {
    let home = walking();
    rehabit(home.path())
        .args(["log", "walk", "20m", "--pain-before", "2", "--pain-after", "3"])
        .assert()
        .success();
    let mut in_swedish = rehabit(home.path());
    in_swedish.env("LANG", "sv_SE.UTF-8").arg("status");
    let (said, _) = output(&mut in_swedish);
    assert!(said.contains("\nEnligt plan: 0 veckor i rad.\n"), "{said}");
    assert!(said.contains("\nSenaste bedömningen (Walk, i dag): "), "{said}");

    let (english, _) = output(rehabit(home.path()).args(["status", "--json"]));
    let (json, _) = output(swedish(home.path()).args(["status", "--json"]));
    assert!(english.contains("\"explanation\": \"Pain was 3 after the session"), "{english}");
    assert_eq!(json, english, "JSON is for other tools: the same in every language");
}

/// The report for people follows the language; its CSV and JSON, for spreadsheets and
/// other tools, are the same in every language, even for a translated programme.
#[test]
fn the_report_speaks_swedish_but_its_csv_and_json_do_not_change() {
    let home = walking();
    output(rehabit(home.path()).args(["log", "walk", "25m", "--date", "yesterday"]));
    for format in ["json", "csv"] {
        let (english, _) = output(rehabit(home.path()).args(["report", "--format", format]));
        let (in_swedish, _) = output(swedish(home.path()).args(["report", "--format", format]));
        assert_eq!(in_swedish, english, "{format}");
        assert!(format == "csv" || english.contains("Steady walking"), "{format}: {english}");
    }
    let (markdown, _) = output(swedish(home.path()).arg("report"));
    assert!(markdown.starts_with("# Träningsrapport: Steg för steg"), "{markdown}");
}
