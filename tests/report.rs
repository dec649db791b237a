//! `rehabit report` through the real binary, every format read back with an independent
//! parser (serde_json, the csv crate's reader, an HTML5 parser, an XML parser for the
//! charts, and a small Markdown table reader) and checked against the journal that
//! produced it. Plus the pure core, with hand-made dates.

use std::fs;
use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::{Value, json};
use tempfile::TempDir;

const PROGRAMME: &str = r#"[program]
title = "Back on track: core & walks"
author = "Physio <Åsa> & \"Co\""
phase = "subacute"
goals = ["Walk 20 minutes three times a week", "Bird dog without pain"]

[[session]]
name = "Core"
when = ["monday", "thursday"]
exercises = ["bird-dog", "side-plank", "cat-camel"]

[[session]]
name = "Walk"
when = "3 times a week"
exercises = ["walk"]

[[exercise]]
id = "bird-dog"
name = "Bird dog"
kind = "stabilisation"
cues = ["Keep your back still"]
sets = 2
reps = 8

[[exercise]]
id = "side-plank"
name = "Side plank on knees"
kind = "stabilisation"
cues = ["Straight line from head to knees"]
sets = 2
reps = 3
hold = "10s"
sides = "left-then-right"

[[exercise]]
id = "cat-camel"
name = "Cat and camel"
kind = "mobility"
cues = ["Slow, like a wave"]
reps = 10

[[exercise]]
id = "walk"
name = "Brisk walk"
kind = "walking"
cues = ["You can talk, but you'd rather not sing"]
duration = "20m"
"#;

const NOTE: &str = "Felt <b>good</b> & strong | no pain";
const REASON: &str = "Sharp pain; \"stopped\"\nwill try Thursday";
const NORDIC: &str = "Lovely walk; sunny, kändes bra: æøå";
const OLD_HASH: &str = "0123456789abcdef";

/// The journal as JSON lines, written the way the journal format says.
struct Journal {
    hash: String,
    lines: Vec<String>,
}

impl Journal {
    fn add_as(&mut self, hash: &str, day: &str, time: &str, session: &str, run: &str, event: Value) {
        let mut entry = json!({
            "v": 1,
            "at": format!("{day}T{time}:00+01:00"),
            "day": day,
            "program": { "title": "Back on track: core & walks", "hash": hash },
            "session": session,
            "run": run,
        });
        entry.as_object_mut().unwrap().extend(event.as_object().unwrap().clone());
        self.lines.push(entry.to_string());
    }

    fn add(&mut self, day: &str, time: &str, session: &str, run: &str, event: Value) {
        let hash = self.hash.clone();
        self.add_as(&hash, day, time, session, run, event);
    }

    /// A Core session with rehabit open: every exercise done in full, unless `left`.
    fn core(&mut self, day: &str, run: &str, pain: (u8, u8), note: Option<&str>) {
        self.add(day, "08:00", "Core", run, json!({ "event": "started", "planned": core_planned() }));
        self.add(day, "08:01", "Core", run, pain_event("before", pain.0));
        for set in 1..=2 {
            self.add(day, "08:02", "Core", run, set_done(&asked("bird-dog", 0), set, None, 8));
        }
        self.add(day, "08:03", "Core", run, exercise_done(&asked("bird-dog", 0), 2));
        for set in 1..=2 {
            for side in ["left", "right"] {
                self.add(day, "08:04", "Core", run, set_done(&asked("side-plank", 1), set, Some(side), 3));
            }
        }
        self.add(day, "08:05", "Core", run, exercise_done(&asked("side-plank", 1), 2));
        self.add(day, "08:06", "Core", run, set_done(&asked("cat-camel", 2), 1, None, 10));
        self.add(day, "08:06", "Core", run, exercise_done(&asked("cat-camel", 2), 1));
        self.add(day, "08:07", "Core", run, ended("finished", 3, 0));
        self.add(day, "08:08", "Core", run, pain_event("after", pain.1));
        if let Some(text) = note {
            self.add(day, "08:09", "Core", run, json!({ "event": "note", "text": text }));
        }
    }

    fn live_walk(&mut self, day: &str, run: &str, seconds: u64, pain: Option<(u8, u8)>) {
        let walk = asked("walk", 0);
        self.add(day, "17:00", "Walk", run, json!({ "event": "started", "planned": [walk.clone()] }));
        if let Some((before, _)) = pain {
            self.add(day, "17:00", "Walk", run, pain_event("before", before));
        }
        let mut done = exercise_done(&walk, 1);
        done["seconds"] = json!(seconds);
        self.add(day, "17:30", "Walk", run, done);
        self.add(day, "17:30", "Walk", run, ended("finished", 1, 0));
        if let Some((_, after)) = pain {
            self.add(day, "17:31", "Walk", run, pain_event("after", after));
        }
    }

    fn logged(&mut self, day: &str, run: &str, minutes: u64, pain: Option<(u8, u8)>, note: Option<&str>) {
        let mut event = json!({ "event": "logged", "activity": "walk", "seconds": minutes * 60 });
        if let Some((before, after)) = pain {
            event["pain_before"] = json!(before);
            event["pain_after"] = json!(after);
        }
        if let Some(note) = note {
            event["note"] = json!(note);
        }
        self.add(day, "20:00", "Walk", run, event);
    }

    fn morning(&mut self, about: &str, next_day: &str, score: u8) {
        let hash = self.hash.clone();
        self.add_as(&hash, about, "07:00", "", &format!("pain-{about}"), pain_event("next_morning", score));
        // The entry is recorded the next morning.
        let last = self.lines.last_mut().unwrap();
        *last = last.replace(&format!("\"at\":\"{about}T07:00"), &format!("\"at\":\"{next_day}T07:00"));
    }
}

fn dose(exercise: &str) -> Value {
    match exercise {
        "bird-dog" => json!({ "sets": 2, "reps": 8 }),
        "side-plank" => json!({ "sets": 2, "reps": 3, "hold_s": 10, "sides": "left-then-right" }),
        "cat-camel" => json!({ "sets": 1, "reps": 10 }),
        _ => json!({ "sets": 1, "duration_s": 1200 }),
    }
}

fn asked(exercise: &str, position: usize) -> Value {
    json!({ "exercise": exercise, "position": position, "level": 1, "dose": dose(exercise) })
}

fn core_planned() -> Value {
    json!([asked("bird-dog", 0), asked("side-plank", 1), asked("cat-camel", 2)])
}

fn with(asked: &Value, event: Value) -> Value {
    let mut merged = asked.clone();
    merged.as_object_mut().unwrap().extend(event.as_object().unwrap().clone());
    merged
}

fn set_done(asked: &Value, set: u32, side: Option<&str>, reps: u32) -> Value {
    let mut event = with(asked, json!({ "event": "set_done", "set": set, "reps": reps }));
    if let Some(side) = side {
        event["side"] = json!(side);
    }
    event
}

fn exercise_done(asked: &Value, sets_done: u32) -> Value {
    with(asked, json!({ "event": "exercise_done", "sets_done": sets_done }))
}

fn pain_event(moment: &str, score: u8) -> Value {
    json!({ "event": "pain", "moment": moment, "score": score })
}

fn ended(ending: &str, done: u32, skipped: u32) -> Value {
    json!({ "event": "ended", "ending": ending, "done": done, "skipped": skipped })
}

/// Three weeks across a year end, Monday 2025-12-22 to Sunday 2026-01-11.
///
/// | week | Core (Mon, Thu)                         | Walk (3 a week)              | minutes |
/// |------|-----------------------------------------|------------------------------|---------|
/// | 1    | 22 done (old version), 25 missed        | 23 live 21 min, 27 logged 30 | 51      |
/// | 2    | 29 left early (skip + reduce), 1 marked | 31 logged 25, 2 cancelled, 3 | 45      |
/// | 3    | 5 done, 8 done                          | 6 live 20, 7 logged 30, 10   | 75      |
fn journal(hash: &str) -> Journal {
    let mut j = Journal { hash: hash.to_string(), lines: Vec::new() };
    // Week 1: the first session under an older version of the programme file.
    let current = std::mem::replace(&mut j.hash, OLD_HASH.to_string());
    j.core("2025-12-22", "r1", (2, 3), Some(NOTE));
    j.hash = current;
    j.morning("2025-12-22", "2025-12-23", 2);
    j.live_walk("2025-12-23", "r2", 1260, Some((1, 1)));
    j.logged("2025-12-27", "r3", 30, Some((1, 2)), Some(NORDIC));
    // Week 2, across the year end: a session left early, with an exercise skipped.
    j.add("2025-12-29", "08:00", "Core", "r4", json!({ "event": "started", "planned": core_planned() }));
    j.add("2025-12-29", "08:01", "Core", "r4", pain_event("before", 3));
    for set in 1..=2 {
        j.add("2025-12-29", "08:02", "Core", "r4", set_done(&asked("bird-dog", 0), set, None, 8));
    }
    j.add("2025-12-29", "08:03", "Core", "r4", exercise_done(&asked("bird-dog", 0), 2));
    let skip = with(&asked("side-plank", 1), json!({ "event": "skipped", "reason": REASON }));
    j.add("2025-12-29", "08:04", "Core", "r4", skip);
    j.add("2025-12-29", "08:05", "Core", "r4", set_done(&asked("cat-camel", 2), 1, None, 6));
    j.add("2025-12-29", "08:06", "Core", "r4", ended("left", 1, 1));
    j.add("2025-12-29", "08:07", "Core", "r4", pain_event("after", 6));
    j.morning("2025-12-29", "2025-12-30", 4);
    j.logged("2025-12-31", "r6", 25, None, None);
    j.add("2026-01-01", "19:00", "Core", "r5", json!({ "event": "marked_done", "planned": core_planned() }));
    j.logged("2026-01-02", "r7", 40, None, None);
    j.add(
        "2026-01-02",
        "20:05",
        "Walk",
        "undo-1",
        json!({ "event": "cancelled", "cancels": "r7", "reason": "Logged twice" }),
    );
    j.logged("2026-01-03", "r8", 20, Some((2, 2)), None);
    // Week 3: everything done.
    j.core("2026-01-05", "r9", (2, 2), Some("Better today"));
    j.morning("2026-01-05", "2026-01-06", 1);
    j.live_walk("2026-01-06", "r11", 1200, None);
    j.logged("2026-01-07", "r12", 30, None, None);
    j.core("2026-01-08", "r10", (1, 1), None);
    j.morning("2026-01-08", "2026-01-09", 1);
    j.logged("2026-01-10", "r13", 25, None, None);
    j
}

/// A patient following the test programme since 2025-12-22, with the journal above.
struct Patient {
    home: TempDir,
}

impl Patient {
    fn new() -> Patient {
        let home = TempDir::new().unwrap();
        let file = home.path().join("back-on-track.toml");
        fs::write(&file, PROGRAMME).unwrap();
        let patient = Patient { home };
        patient.rehabit().args(["use", file.to_str().unwrap(), "--start", "2025-12-22"]).assert().success();
        let hash = rehabit::program::content_hash(PROGRAMME);
        let data = patient.home.path().join("data");
        fs::create_dir_all(&data).unwrap();
        let mut text = journal(&hash).lines.join("\n");
        text.push('\n');
        fs::write(data.join("journal.jsonl"), text).unwrap();
        patient
    }

    fn rehabit(&self) -> Command {
        let mut command = Command::cargo_bin("rehabit").expect("binary builds");
        command
            .env("REHABIT_DATA_DIR", self.home.path().join("data"))
            .env("REHABIT_CONFIG_DIR", self.home.path().join("config"))
            .env("NO_COLOR", "1")
            .env("LC_ALL", "C.UTF-8")
            .current_dir(self.home.path());
        command
    }

    /// The report for the three weeks, in `format`.
    fn report(&self, format: &str) -> Vec<u8> {
        let args = ["report", "--from", "2025-12-22", "--to", "2026-01-11", "--format", format];
        self.rehabit().args(args).assert().success().get_output().stdout.clone()
    }

    fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }
}

/// Per week: planned, done, partly, missed, walking minutes, target, on target.
const WEEKS: [(u32, u32, u32, u32, u32, u32, bool); 3] =
    [(5, 3, 0, 2, 51, 60, false), (5, 3, 1, 1, 45, 60, false), (5, 5, 0, 0, 75, 60, true)];

#[test]
fn json_report_holds_the_journals_figures() {
    let patient = Patient::new();
    let report: Value = serde_json::from_slice(&patient.report("json")).expect("valid JSON");
    assert_eq!(report["format_version"], 1);
    assert_eq!(report["program"]["title"], "Back on track: core & walks");
    assert_eq!(report["program"]["start"], "2025-12-22");
    assert_eq!(report["period"]["days"], 21);
    let weeks = report["weeks"].as_array().unwrap();
    let mondays: Vec<&str> = weeks.iter().map(|w| w["monday"].as_str().unwrap()).collect();
    assert_eq!(mondays, ["2025-12-22", "2025-12-29", "2026-01-05"]);
    for (week, expected) in weeks.iter().zip(WEEKS) {
        let figures = (
            week["planned"].as_u64().unwrap() as u32,
            week["done"].as_u64().unwrap() as u32,
            week["partly"].as_u64().unwrap() as u32,
            week["missed"].as_u64().unwrap() as u32,
            week["walking_minutes"].as_u64().unwrap() as u32,
            week["walking_target"].as_u64().unwrap() as u32,
            week["on_target"].as_bool().unwrap(),
        );
        assert_eq!(figures, expected, "week {}", week["week"]);
    }
    let summary = &report["summary"];
    assert_eq!((summary["planned"].as_u64(), summary["done"].as_u64()), (Some(15), Some(11)));
    assert_eq!(
        (summary["walking_minutes"].as_u64(), summary["walking_target"].as_u64()),
        (Some(171), Some(180))
    );
    assert_eq!((summary["runs"].as_u64(), summary["cancelled"].as_u64()), (Some(12), Some(1)));

    let runs = report["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 13, "every run, the cancelled one too");
    let run = |id: &str| runs.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("run {id}"));
    let verdict = |id: &str| run(id)["assessment"]["verdict"].as_str().map(str::to_string);
    assert_eq!(verdict("r1").as_deref(), Some("hold"), "pain after 3: acceptable; settled by the morning");
    assert_eq!(run("r1")["assessment"]["provisional"], false);
    assert_eq!(verdict("r2").as_deref(), Some("progress"));
    assert_eq!(run("r2")["assessment"]["provisional"], true, "no morning answer for the 23rd");
    assert_eq!(verdict("r4").as_deref(), Some("reduce"));
    assert_eq!(run("r4")["assessment"]["reason"], "too_much");
    assert_eq!((run("r4")["status"].as_str(), run("r4")["ending"].as_str()), (Some("partly"), Some("left")));
    assert_eq!(run("r4")["pain_next_morning"], 4);
    assert_eq!(run("r4")["skipped"][0]["reason"], REASON);
    assert_eq!(verdict("r5"), None, "marked done without pain scores: nothing to judge");
    assert_eq!(run("r5")["source"], "marked");
    assert_eq!(run("r1")["notes"][0], NOTE);
    assert_eq!(run("r1")["program_hash"], OLD_HASH);
    assert_eq!(
        (run("r7")["cancelled"].as_bool(), run("r7")["cancel_reason"].as_str()),
        (Some(true), Some("Logged twice"))
    );
    assert_eq!(run("r7")["assessment"], Value::Null);

    let walks = report["walks"].as_array().unwrap();
    let minutes: Vec<u64> = walks.iter().map(|w| w["minutes"].as_u64().unwrap()).collect();
    assert_eq!(minutes, [21, 30, 25, 40, 20, 20, 30, 25]);
    assert_eq!(walks.iter().filter(|w| w["cancelled"] == true).count(), 1);
    assert_eq!(walks[1]["notes"][0], NORDIC);

    let exercise =
        |id: &str| report["exercises"].as_array().unwrap().iter().find(|e| e["id"] == id).unwrap().clone();
    let side_plank = exercise("side-plank");
    assert_eq!(
        (side_plank["times_asked"].as_u64(), side_plank["times_skipped"].as_u64()),
        (Some(5), Some(1))
    );
    assert_eq!((side_plank["reps_done"].as_u64(), side_plank["reps_asked"].as_u64()), (Some(48), Some(60)));
    let cat_camel = exercise("cat-camel");
    assert_eq!((cat_camel["reps_done"].as_u64(), cat_camel["reps_asked"].as_u64()), (Some(46), Some(50)));
    assert_eq!(cat_camel["times_done"], 4, "left during it on the 29th");
    let walk = exercise("walk");
    assert_eq!((walk["seconds_done"].as_u64(), walk["seconds_asked"].as_u64()), (Some(2460), Some(2400)));

    let versions = report["program"]["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(
        (versions[0]["hash"].as_str(), versions[0]["current"].as_bool()),
        (Some(OLD_HASH), Some(false))
    );
    assert_eq!(versions[1]["current"], true);

    let pain_weeks = report["pain"]["weeks"].as_array().unwrap();
    assert_eq!(pain_weeks[0]["before"], 1.3, "(2 + 1 + 1) / 3");
    assert_eq!(pain_weeks[1]["morning"], 4.0);
    assert_eq!(report["pain"]["morning_rising"], false);
    assert_eq!(report["red_flags"], json!([]));
}

/// Splits a CSV text at its record ends, checking every one is CRLF (a newline inside
/// quotes is part of a field).
fn record_ends_are_crlf(text: &str) -> usize {
    let (mut quoted, mut records, mut previous) = (false, 0, '\0');
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => {
                assert_eq!(previous, '\r', "a record ends with a bare LF");
                records += 1;
            }
            _ => {}
        }
        previous = c;
    }
    records
}

#[test]
fn csv_report_is_one_row_per_run_for_excel() {
    let patient = Patient::new();
    let bytes = patient.report("csv");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 with a byte order mark");
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    assert_eq!(record_ends_are_crlf(text), 14, "a header and 13 runs, each ending in CRLF");
    assert!(
        text.contains("\"Side plank on knees: Sharp pain; \"\"stopped\"\"\nwill try Thursday\""),
        "{text}"
    );

    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        headers,
        [
            "date",
            "week",
            "session",
            "source",
            "status",
            "pain_before",
            "pain_after",
            "pain_next_morning",
            "verdict",
            "minutes",
            "exercises_done",
            "exercises_skipped",
            "skipped_reasons",
            "notes",
            "cancelled",
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 13, "one row per run");
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let left_early = rows.iter().find(|r| &r[0] == "2025-12-29").unwrap();
    assert_eq!(&left_early[column("skipped_reasons")], format!("Side plank on knees: {REASON}"));
    assert_eq!(&left_early[column("verdict")], "reduce");
    assert_eq!(&left_early[column("status")], "partly");
    assert_eq!((&left_early[column("pain_before")], &left_early[column("pain_next_morning")]), ("3", "4"));
    assert_eq!(&left_early[column("week")], "2");
    assert!(rows.iter().any(|r| &r[column("notes")] == NOTE));
    assert!(rows.iter().any(|r| &r[column("notes")] == NORDIC), "æøåä round-trip");
    let cancelled: Vec<&csv::StringRecord> =
        rows.iter().filter(|r| &r[column("cancelled")] == "yes").collect();
    assert_eq!(cancelled.len(), 1);
    assert_eq!((&cancelled[0][0], &cancelled[0][column("source")]), ("2026-01-02", "logged"));
    let minutes: u32 = rows
        .iter()
        .filter(|r| &r[column("cancelled")] == "no")
        .map(|r| r[column("minutes")].parse::<u32>().unwrap())
        .sum();
    assert_eq!(minutes, 171);
    for row in &rows {
        assert!(chrono::NaiveDate::parse_from_str(&row[0], "%Y-%m-%d").is_ok(), "ISO date: {}", &row[0]);
        for name in ["week", "pain_before", "pain_after", "pain_next_morning", "minutes", "exercises_done"] {
            let field = &row[column(name)];
            assert!(field.is_empty() || field.parse::<u32>().is_ok(), "{name} is a whole number: {field}");
        }
    }
}

#[test]
fn html_report_is_one_self_contained_printable_page() {
    let patient = Patient::new();
    let html = String::from_utf8(patient.report("html")).unwrap();
    let document = scraper::Html::parse_document(&html);
    assert!(document.errors.is_empty(), "parses without an error: {:?}", document.errors);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    // Self-contained: nothing loaded from elsewhere.
    assert_eq!(document.select(&select("script, link, img, iframe, object, embed")).count(), 0);
    assert_eq!(document.select(&select("[src], [href]")).count(), 0);
    let style: String = document.select(&select("style")).flat_map(|s| s.text()).collect();
    assert!(!style.contains("url(") && !style.contains("@import"), "no fonts or images fetched");
    for css in ["@page", "size: A4", "@media print", "break-inside: avoid"] {
        assert!(style.contains(css), "print CSS has {css}");
    }
    // The note is text, not markup.
    assert_eq!(document.select(&select("b")).count(), 0, "the note's <b> stays text");
    let cells: Vec<String> = document.select(&select("td")).map(|td| td.text().collect()).collect();
    assert!(cells.iter().any(|c| c == NOTE), "the note as written");
    assert!(cells.iter().any(|c| c == &format!("Side plank on knees: {REASON}")));
    assert!(html.contains("Felt &lt;b&gt;good&lt;/b&gt; &amp; strong | no pain"));
    let h1: String = document.select(&select("h1")).flat_map(|h| h.text()).collect();
    assert_eq!(h1, "Exercise report: Back on track: core & walks");
    // The weekly table, with its figures.
    let table = document.select(&select("table")).next().unwrap();
    let rows: Vec<Vec<String>> = table
        .select(&select("tbody tr"))
        .map(|tr| tr.select(&select("td")).map(|td| td.text().collect()).collect())
        .collect();
    assert_eq!(rows.len(), 3);
    for (row, (planned, done, partly, missed, walked, ..)) in rows.iter().zip(WEEKS) {
        let figures: Vec<u32> = row[3..8].iter().map(|c| c.parse().unwrap()).collect();
        assert_eq!(figures, [planned, done, partly, missed, walked]);
    }
    let sessions = document.select(&select("table")).nth(2).unwrap();
    assert_eq!(sessions.select(&select("tbody tr")).count(), 13);
    assert_eq!(sessions.select(&select("tr.cancelled")).count(), 1);
    // Three charts, each well-formed SVG with text labels.
    let ids: Vec<&str> = document.select(&select("svg")).filter_map(|s| s.value().attr("id")).collect();
    assert_eq!(ids, ["chart-sessions", "chart-walking", "chart-pain"]);
    let charts: Vec<&str> =
        html.split("<svg").skip(1).map(|rest| rest.split("</svg>").next().unwrap()).collect();
    let values = |svg: &str| -> Vec<String> {
        let xml = format!("<svg{svg}</svg>");
        let chart = roxmltree::Document::parse(&xml).expect("well-formed SVG");
        assert!(chart.descendants().filter(|n| n.has_tag_name("text")).count() >= 5, "labelled");
        chart
            .descendants()
            .filter(|n| n.attribute("class") == Some("value"))
            .map(|n| n.text().unwrap().to_string())
            .collect()
    };
    assert_eq!(values(charts[0]), ["5", "3", "5", "3", "5", "5"], "planned and done, week by week");
    assert_eq!(values(charts[1]), ["51", "45", "75"], "minutes walked");
    let pain_xml = format!("<svg{}</svg>", charts[2]);
    let pain = roxmltree::Document::parse(&pain_xml).unwrap();
    let lines: Vec<&str> = pain
        .descendants()
        .filter(|n| n.has_tag_name("polyline"))
        .filter_map(|n| n.attribute("class"))
        .collect();
    assert_eq!(lines, ["before", "after", "morning"]);
    let morning =
        pain.descendants().find(|n| n.attribute("class") == Some("morning") && n.has_tag_name("polyline"));
    assert_eq!(morning.unwrap().attribute("points").unwrap().split(' ').count(), 4, "four mornings answered");
}

/// The rows of the Markdown table under `heading`, each as its cells.
fn markdown_table(markdown: &str, heading: &str) -> Vec<Vec<String>> {
    let section = markdown.split(&format!("\n## {heading}\n")).nth(1).expect("the section exists");
    let section = section.split("\n## ").next().unwrap();
    let lines: Vec<&str> = section.lines().filter(|l| l.starts_with('|')).collect();
    let cells = |line: &str| -> Vec<String> {
        // Split at the pipes that are not escaped.
        let (mut cells, mut cell, mut escaped) = (Vec::new(), String::new(), false);
        for c in line.trim().trim_start_matches('|').chars() {
            match c {
                '|' if !escaped => cells.push(std::mem::take(&mut cell).trim().to_string()),
                '\\' if !escaped => escaped = true,
                _ => {
                    cell.push(c);
                    escaped = false;
                }
            }
        }
        cells
    };
    let head = cells(lines[0]);
    assert!(lines[1].chars().all(|c| "|-: ".contains(c)), "a separator line follows the header");
    let rows: Vec<Vec<String>> = lines[2..].iter().map(|l| cells(l)).collect();
    for row in &rows {
        assert_eq!(row.len(), head.len(), "{row:?}");
    }
    rows
}

#[test]
fn markdown_report_has_tables_with_the_figures() {
    let patient = Patient::new();
    let markdown = String::from_utf8(patient.report("md")).unwrap();
    assert!(markdown.starts_with("# Exercise report: Back on track: core \\& walks\n"));
    let weeks = markdown_table(&markdown, "Week by week");
    assert_eq!(weeks.len(), 3);
    for (row, (planned, done, partly, missed, walked, target, _)) in weeks.iter().zip(WEEKS) {
        let figures: Vec<u32> = row[3..9].iter().map(|c| c.parse().unwrap()).collect();
        assert_eq!(figures, [planned, done, partly, missed, walked, target]);
    }
    let sessions = markdown_table(&markdown, "Sessions");
    assert_eq!(sessions.len(), 13);
    assert!(sessions.iter().any(|row| row.iter().any(|cell| cell == NOTE)), "escaped, the note reads back");
    let left_early = sessions.iter().find(|row| row[0] == "Mon 2025-12-29").unwrap();
    assert_eq!(left_early[10], "Side plank on knees: Sharp pain; \"stopped\" / will try Thursday");
    assert!(left_early[8].starts_with("reduce"));
    assert_eq!(markdown_table(&markdown, "Walks and other activities").len(), 8);
    assert_eq!(markdown_table(&markdown, "Cancelled").len(), 1);
    assert_eq!(markdown_table(&markdown, "Pain").len(), 3);
    assert!(markdown.contains("## Red flags"));
    assert!(!markdown.contains("<b>"), "no raw HTML from a note");
}

#[test]
fn the_output_file_names_the_format_and_is_private() {
    let patient = Patient::new();
    let assert =
        patient.rehabit().args(["report", "--to", "2026-01-11", "-o", "report.html"]).assert().success();
    let said = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert_eq!(said, "Wrote the report (HTML) for 2025-12-22 to 2026-01-11 to report.html.\n");
    let html = fs::read_to_string(patient.path("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(patient.path("report.html")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let out = patient.path("out");
    fs::create_dir(&out).unwrap();
    let csv = out.join("report.csv");
    patient.rehabit().args(["report", "--to", "2026-01-11", "-o", csv.to_str().unwrap()]).assert().success();
    assert!(fs::read(&csv).unwrap().starts_with(b"\xEF\xBB\xBF"));
    let md = out.join("asked-for.html");
    let args = ["report", "--format", "md", "-o", md.to_str().unwrap()];
    patient.rehabit().args(args).assert().success();
    assert!(fs::read_to_string(&md).unwrap().starts_with("# Exercise report"), "--format wins");
    let leftovers: Vec<_> =
        fs::read_dir(&out).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 2, "no temporary files left: {leftovers:?}");
}

#[test]
fn a_period_from_mid_journal_reads_its_whole_first_week() {
    let patient = Patient::new();
    let args = ["report", "--from", "2025-12-31", "--to", "2026-01-04", "--format", "json"];
    let output = patient.rehabit().args(args).assert().success().get_output().stdout.clone();
    let report: Value = serde_json::from_slice(&output).unwrap();
    let weeks = report["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 1);
    assert_eq!((weeks[0]["week"].as_u64(), weeks[0]["done"].as_u64()), (Some(2), Some(3)));
    assert_eq!(
        weeks[0]["partly"], 1,
        "the session of Monday the 29th, before the period, counts in its week"
    );
    let days: Vec<&str> =
        report["runs"].as_array().unwrap().iter().map(|r| r["day"].as_str().unwrap()).collect();
    assert_eq!(days, ["2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03"]);
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused_plainly() {
    let patient = Patient::new();
    let assert =
        patient.rehabit().args(["report", "--from", "2026-01-10", "--to", "2026-01-01"]).assert().failure();
    let output = assert.get_output();
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("2026-01-10") && stderr.contains("2026-01-01") && stderr.contains("--from"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

mod core {
    use chrono::{DateTime, NaiveDate};
    use rehabit::journal::{
        AskedBecause, Entry, Event, FORMAT_VERSION, PainMoment, ProgramRef, SafetyAnswer, SafetyLevel,
    };
    use rehabit::report::{Format, build, render};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn entry(day: &str, run: &str, event: Event) -> Entry {
        Entry {
            v: FORMAT_VERSION,
            at: DateTime::parse_from_rfc3339(&format!("{day}T18:00:00+01:00")).unwrap(),
            day: date(day),
            program: ProgramRef { title: "Steady walking".into(), hash: "h1".into() }.into(),
            session: "Walk".into(),
            run: run.into(),
            event,
        }
    }

    fn walk(day: &str, run: &str, minutes: u64) -> Entry {
        let event = Event::Logged {
            activity: "walk".into(),
            seconds: minutes * 60,
            pain_before: Some(1),
            pain_after: Some(2),
            note: None,
        };
        entry(day, run, event)
    }

    fn morning(day: &str, score: u8) -> Entry {
        entry(day, &format!("m-{day}"), Event::Pain { moment: PainMoment::NextMorning, score })
    }

    #[test]
    fn build_counts_whole_weeks_and_lists_the_period() {
        let program =
            rehabit::program::check(rehabit::bundled::find("walking-plan").unwrap().source).program.unwrap();
        // Started on a Wednesday; the report covers Wednesday of week 2 to Sunday, made on Thursday.
        let entries = [
            walk("2026-03-05", "a", 12),
            walk("2026-03-10", "b", 11),
            walk("2026-03-11", "c", 13),
            morning("2026-03-11", 1),
        ];
        let report = build(
            &program,
            "h1",
            date("2026-03-04"),
            date("2026-03-11"),
            date("2026-03-15"),
            date("2026-03-12"),
            &entries,
        );
        assert_eq!(report.period.days, 5);
        assert_eq!(report.weeks.len(), 1);
        let week = &report.weeks[0];
        assert_eq!((week.week, week.monday, week.complete), (2, date("2026-03-09"), false));
        assert_eq!(
            (week.planned, week.done, week.missed),
            (3, 2, 0),
            "the walk of Tuesday counts in its week"
        );
        assert_eq!((week.walking_minutes, week.walking_target), (24, Some(30)));
        let runs: Vec<&str> = report.runs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(runs, ["c"], "only the period's runs are listed");
        assert_eq!(report.runs[0].pain_next_morning, Some(1));
        assert_eq!(report.runs[0].week, 2);
        assert_eq!(report.program.versions.len(), 1);
        assert!(report.program.versions[0].current);
        assert!(report.red_flags.is_empty());
        assert!(!report.pain.morning_rising);
        let json = render(&report, Format::Json).unwrap();
        assert!(json.contains("\"format_version\": 1"));
    }

    #[test]
    fn morning_pain_rising_week_on_week_shows() {
        let program =
            rehabit::program::check(rehabit::bundled::find("walking-plan").unwrap().source).program.unwrap();
        let entries = [
            walk("2026-03-02", "a", 10),
            morning("2026-03-02", 1),
            walk("2026-03-09", "b", 10),
            morning("2026-03-09", 2),
            walk("2026-03-16", "c", 10),
            morning("2026-03-16", 3),
        ];
        let report = build(
            &program,
            "h1",
            date("2026-03-02"),
            date("2026-03-02"),
            date("2026-03-22"),
            date("2026-04-01"),
            &entries,
        );
        assert!(report.pain.morning_rising, "1, 2, 3 over three weeks");
        let mornings: Vec<Option<f64>> = report.pain.weeks.iter().map(|w| w.morning).collect();
        assert_eq!(mornings, [Some(1.0), Some(2.0), Some(3.0)]);
        assert!(report.weeks.iter().all(|w| w.complete && w.missed == 2));
        let markdown = render(&report, Format::Markdown).unwrap();
        assert!(markdown.contains("rising"));
    }

    fn safety(day: &str, time: &str, yes: &[&str]) -> Entry {
        let answers: Vec<SafetyAnswer> = rehabit::safety::QUESTIONS
            .iter()
            .map(|q| SafetyAnswer { question: q.id.into(), yes: yes.contains(&q.id) })
            .collect();
        let outcome = rehabit::safety::assess(&answers).level();
        Entry {
            at: DateTime::parse_from_rfc3339(&format!("{day}T{time}:00+01:00")).unwrap(),
            session: Default::default(),
            ..entry(
                day,
                &format!("safety-{day}-{time}"),
                Event::SafetyAnswered { because: AskedBecause::OnDemand, answers, outcome },
            )
        }
    }

    #[test]
    fn red_flag_answers_show_in_every_format_with_the_clearance() {
        let program =
            rehabit::program::check(rehabit::bundled::find("walking-plan").unwrap().source).program.unwrap();
        let cleared = Entry {
            session: Default::default(),
            ..entry("2026-03-12", "safety-c", Event::SafetyCleared { note: Some("Dr Berg".into()) })
        };
        let entries = [
            safety("2026-03-02", "09:00", &[]),
            walk("2026-03-05", "a", 12),
            safety("2026-03-10", "09:00", &["not-easing"]),
            safety("2026-03-11", "08:00", &["bladder-bowel", "accident"]),
            cleared,
            safety("2026-03-13", "08:00", &["numbness"]),
            safety("2026-03-20", "08:00", &["numbness"]),
        ];
        let report = build(
            &program,
            "h1",
            date("2026-03-02"),
            date("2026-03-02"),
            date("2026-03-15"),
            date("2026-03-16"),
            &entries,
        );
        assert_eq!(report.red_flags.len(), 4 * 7, "one per question, four times in the period");
        let yes: Vec<(String, &str, SafetyLevel, Option<NaiveDate>)> = report
            .red_flags
            .iter()
            .filter(|a| a.answer)
            .map(|a| (a.day.to_string(), a.question_id.as_str(), a.outcome, a.cleared))
            .collect();
        assert_eq!(
            yes,
            [
                ("2026-03-10".into(), "not-easing", SafetyLevel::SeeSoon, None),
                ("2026-03-11".into(), "bladder-bowel", SafetyLevel::ContactNow, Some(date("2026-03-12"))),
                ("2026-03-11".into(), "accident", SafetyLevel::ContactNow, Some(date("2026-03-12"))),
                ("2026-03-13".into(), "numbness", SafetyLevel::ContactNow, None),
            ]
        );
        let first = &report.red_flags[0];
        assert_eq!((first.question_id.as_str(), first.answer), ("numbness", false));
        assert!(first.question.starts_with("Do you have numbness"), "{}", first.question);
        assert_eq!(first.urgency, Some(rehabit::safety::Urgency::ContactNow));

        let json: serde_json::Value = serde_json::from_str(&render(&report, Format::Json).unwrap()).unwrap();
        let answer = &json["red_flags"][15];
        assert_eq!(answer["question_id"], "bladder-bowel");
        assert_eq!(answer["answer"], true);
        assert_eq!(answer["outcome"], "contact_now");
        assert_eq!(answer["asked_because"], "on_demand");
        assert_eq!(answer["urgency"], "contact_now");
        assert_eq!(answer["cleared"], "2026-03-12");
        assert_eq!(json["red_flags"][21]["cleared"], serde_json::Value::Null);

        let markdown = render(&report, Format::Markdown).unwrap();
        let section = &markdown[markdown.find("## Red flags").unwrap()..];
        assert!(
            section.contains(
                "| 2026-03-11 | asked for by the patient | trouble controlling bladder or bowel; pain that \
                 started after an accident or a fall | contact a doctor now | 2026-03-12 |"
            ),
            "{section}"
        );
        assert!(section.contains("| 2026-03-13 | asked for by the patient | numbness or tingling in both legs or the saddle area | contact a doctor now | not yet |"), "{section}");
        assert!(
            section.contains("| 2026-03-02 | asked for by the patient | none | clear | – |"),
            "{section}"
        );
        assert!(!section.contains("2026-03-20"), "only the period's answers");

        let html = render(&report, Format::Html).unwrap();
        let page = scraper::Html::parse_document(&html);
        let rows = scraper::Selector::parse("section.keep table tbody tr").unwrap();
        let red: Vec<Vec<String>> = page
            .select(&rows)
            .filter(|tr| tr.text().any(|t| t.contains("doctor") || t.contains("clear")))
            .map(|tr| tr.text().map(str::to_string).collect())
            .collect();
        assert_eq!(red.len(), 4, "{red:?}");
        assert_eq!(red[2].last().map(String::as_str), Some("2026-03-12"));
        assert!(html.contains("<tr class=\"attention\">"), "the yes answers stand out");

        let none = build(
            &program,
            "h1",
            date("2026-03-02"),
            date("2026-03-04"),
            date("2026-03-04"),
            date("2026-03-16"),
            &entries[1..2],
        );
        assert!(none.red_flags.is_empty());
        assert!(render(&none, Format::Markdown).unwrap().contains("were not answered in this period"));
    }
}
