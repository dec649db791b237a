//! `rehabit calendar` through the real binary, its file read back by an independent
//! iCalendar parser (the `icalendar` crate's): as many events as the plan has sessions,
//! ids that stay the same, alarms, folding, escaping, time zones and a private file.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use assert_cmd::Command;
use chrono::{Datelike, Days, NaiveDate, Utc};
use icalendar::parser::{Component, read_calendar, unfold};
use tempfile::TempDir;

/// The binary with its files in `home`, on UTC unless a test says otherwise.
fn rehabit(home: &Path) -> Command {
    let mut command = Command::cargo_bin("rehabit").expect("binary builds");
    command
        .env("REHABIT_DATA_DIR", home.join("data"))
        .env("REHABIT_CONFIG_DIR", home.join("config"))
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8")
        .env("TZ", "UTC");
    command
}

fn stdout(command: &mut Command) -> String {
    let output = command.assert().success();
    String::from_utf8(output.get_output().stdout.clone()).expect("UTF-8")
}

/// The Monday of this week, by the clock the binary reads (UTC).
fn this_monday() -> NaiveDate {
    let today = Utc::now().date_naive();
    today - Days::new(u64::from(today.weekday().num_days_from_monday()))
}

/// Follows `programme` from two weeks before this one, so every day of this week counts.
fn follow(home: &Path, programme: &str) -> NaiveDate {
    let start = this_monday() - Days::new(14);
    rehabit(home).args(["use", programme, "--start", &start.to_string()]).assert().success();
    start
}

/// A property's value, unescaped by the parser.
fn prop(component: &Component<'_>, name: &str) -> Option<String> {
    component.find_prop(name).map(|p| p.val.as_str().to_string())
}

/// A parameter of a property.
fn param(component: &Component<'_>, name: &str, key: &str) -> Option<String> {
    let property = component.find_prop(name)?;
    property.params.iter().find(|p| p.key == key).and_then(|p| p.val.as_ref()).map(|v| v.as_str().to_string())
}

fn date(value: &str) -> NaiveDate {
    NaiveDate::parse_from_str(value, "%Y%m%d").unwrap_or_else(|e| panic!("{value}: {e}"))
}

fn is_all_day(event: &Component<'_>) -> bool {
    param(event, "DTSTART", "VALUE").as_deref() == Some("DATE")
}

/// Checks the lines as written (before any parser sees them): each ends with CRLF, no
/// bare CR or LF, none longer than 75 octets, and a folded line starts with a space.
fn assert_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    for line in ics.split_terminator("\r\n") {
        assert!(!line.contains(['\r', '\n']), "a bare line break in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

/// The calendar's properties and its events, after a check of its lines.
fn parse(ics: &str, check: impl FnOnce(&[Component<'_>], &[Component<'_>])) {
    assert_lines(ics);
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    let events: Vec<Component<'_>> =
        calendar.components.iter().filter(|c| c.name == "VEVENT").cloned().collect();
    let mut header =
        Component { name: "VCALENDAR".into(), properties: calendar.properties.clone(), components: vec![] };
    header.components = calendar.components.iter().filter(|c| c.name != "VEVENT").cloned().collect();
    check(std::slice::from_ref(&header), &events);
}

/// How many events `rehabit plan --format json` implies for `weeks` weeks from this
/// Monday: one a day a session is due, one a week for a weekly quota.
fn planned_events(home: &Path, weeks: u32) -> (usize, usize) {
    let json = stdout(rehabit(home).args([
        "plan",
        "--format",
        "json",
        "--weeks",
        &weeks.to_string(),
        "--from",
        &this_monday().to_string(),
    ]));
    let plan: serde_json::Value = serde_json::from_str(&json).expect("plan is JSON");
    let (mut days, mut quotas) = (0, 0);
    for week in plan["weeks"].as_array().expect("weeks") {
        for session in week["sessions"].as_array().expect("sessions") {
            match session["times"].as_u64() {
                Some(times) if times > 0 => quotas += 1,
                Some(_) => {}
                None => days += session["days"].as_array().expect("days").len(),
            }
        }
    }
    (days, quotas)
}

#[test]
fn every_kind_of_schedule_gives_the_events_the_plan_has() {
    // Every day with times; a weekly quota; set weekdays (with and without a time) and
    // quotas with a preferred time.
    let cases = [
        ("acute-gentle-start", 4, "timed every day"),
        ("walking-plan", 6, "only weekly quotas"),
        ("core-stability", 4, "a quota and set days all day"),
        ("morning-mobility", 3, "every day and set weekdays, timed"),
        ("strength-prevention", 5, "a quota"),
    ];
    for (programme, weeks, what) in cases {
        let home = TempDir::new().unwrap();
        follow(home.path(), programme);
        let ics = stdout(rehabit(home.path()).args(["calendar", "--weeks", &weeks.to_string()]));
        let (days, quotas) = planned_events(home.path(), weeks);
        parse(&ics, |header, events| {
            let calendar = &header[0];
            assert_eq!(prop(calendar, "VERSION").as_deref(), Some("2.0"));
            assert_eq!(prop(calendar, "CALSCALE").as_deref(), Some("GREGORIAN"));
            assert_eq!(prop(calendar, "METHOD").as_deref(), Some("PUBLISH"));
            assert!(prop(calendar, "PRODID").is_some_and(|p| p.contains("rehabit")));
            assert!(prop(calendar, "X-WR-CALNAME").is_some_and(|n| n.starts_with("rehabit: ")));
            assert_eq!(events.len(), days + quotas, "{programme} ({what}): as many events as the plan");
            assert!(!events.is_empty(), "{programme}");

            let uids: BTreeSet<String> = events.iter().filter_map(|e| prop(e, "UID")).collect();
            assert_eq!(uids.len(), events.len(), "{programme}: every event has its own UID");

            let (first, end) = (this_monday(), this_monday() + Days::new(u64::from(weeks) * 7));
            let mut weekly = 0;
            for event in events {
                for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"] {
                    assert!(event.find_prop(required).is_some(), "{programme}: {required} in {event:?}");
                }
                assert!(prop(event, "DTSTAMP").is_some_and(|s| s.ends_with('Z')), "DTSTAMP in UTC");
                let start = prop(event, "DTSTART").unwrap();
                let end_value = prop(event, "DTEND").unwrap();
                let from = date(&start[..8]);
                assert!(from >= first && from < end, "{programme}: {from} is in the weeks asked for");
                if is_all_day(event) {
                    assert_eq!(param(event, "DTEND", "VALUE").as_deref(), Some("DATE"));
                    let until = date(&end_value);
                    let summary = prop(event, "SUMMARY").unwrap();
                    if summary.contains(" this week (") {
                        weekly += 1;
                        assert_eq!(from.weekday(), chrono::Weekday::Mon, "{summary}: from Monday");
                        assert_eq!((until - from).num_days(), 7, "{summary}: to the next Monday");
                    } else {
                        assert_eq!((until - from).num_days(), 1, "{summary}: one day");
                    }
                } else {
                    assert!(start.len() == 15 && !start.ends_with('Z'), "local time: {start}");
                    let alarms: Vec<&Component<'_>> =
                        event.components.iter().filter(|c| c.name == "VALARM").collect();
                    assert!(!alarms.is_empty(), "{programme}: a timed event has an alarm");
                    for alarm in alarms {
                        assert_eq!(prop(alarm, "ACTION").as_deref(), Some("DISPLAY"));
                        assert!(
                            prop(alarm, "TRIGGER")
                                .is_some_and(|t| t.starts_with("PT") || t.starts_with("-PT"))
                        );
                        assert!(prop(alarm, "DESCRIPTION").is_some_and(|d| !d.is_empty()));
                    }
                }
            }
            assert_eq!(weekly, quotas, "{programme}: one all-day event a week for each quota");
            match programme {
                "acute-gentle-start" | "morning-mobility" => {
                    assert!(events.iter().all(|e| !is_all_day(e)), "{programme}: every session has a time")
                }
                "walking-plan" | "strength-prevention" => assert_eq!(weekly, events.len()),
                _ => assert!(events.iter().any(|e| is_all_day(e) && weekly < events.len())),
            }
        });
    }
}

#[test]
fn event_ids_stay_the_same_between_runs_and_longer_ranges() {
    let home = TempDir::new().unwrap();
    follow(home.path(), "core-stability");
    let uids = |weeks: &str| {
        let ics = stdout(rehabit(home.path()).args(["calendar", "--weeks", weeks]));
        let mut uids = Vec::new();
        parse(&ics, |_, events| uids = events.iter().filter_map(|e| prop(e, "UID")).collect());
        uids
    };
    let first = uids("3");
    assert_eq!(uids("3"), first, "the same ids, in the same order");
    let longer = uids("5");
    assert!(longer.len() > first.len());
    assert_eq!(longer[..first.len()], first[..], "more weeks add events and keep the ids of the others");
    assert!(first.iter().all(|uid| uid.ends_with("@core-stability.rehabit")), "{first:?}");
}

const PROGRAMME: &str = r#"
[program]
title = "Back; neck, and more \\ care"

[[session]]
name = "Core, slow; steady"
when = ["monday", "thursday"]
remind_at = ["18:00", "20:30"]
exercises = ["bridge", "bekkenvipp"]

[[session]]
name = "Check-in"
when = ["wednesday"]
at_clinic = true
exercises = ["bridge"]

[[exercise]]
id = "bridge"
name = "Bridge; slow, steady"
kind = "strength"
cues = ["Squeeze"]
sets = 2
reps = 10

[[exercise]]
id = "bekkenvipp"
name = "Bekkenvipp på rygg med knærne bøyd, føttene i gulvet og ryggen avslappet 💪 æøå"
kind = "mobility"
cues = ["Rolig"]
reps = 8
"#;

#[test]
fn text_with_commas_semicolons_and_long_names_round_trips() {
    let home = TempDir::new().unwrap();
    let file = home.path().join("mine.toml");
    fs::write(&file, PROGRAMME).unwrap();
    rehabit(home.path()).args(["use", file.to_str().unwrap(), "--start", "2026-01-05"]).assert().success();
    let ics = stdout(rehabit(home.path()).args(["calendar", "--weeks", "2"]));
    assert!(ics.replace("\r\n ", "").contains("Bridge\\; slow\\, steady"), "escaped as written");
    parse(&ics, |header, events| {
        assert_eq!(
            prop(&header[0], "X-WR-CALNAME").as_deref(),
            Some("rehabit: Back; neck, and more \\ care")
        );
        let core: Vec<&Component<'_>> =
            events.iter().filter(|e| prop(e, "SUMMARY").as_deref() == Some("Core, slow; steady")).collect();
        assert_eq!(core.len(), 4, "Mondays and Thursdays of two weeks");
        let description = prop(core[0], "DESCRIPTION").unwrap();
        assert!(description.contains("\n- Bridge; slow, steady: 2 × 10 reps\n"), "{description:?}");
        assert!(
            description.contains(
                "- Bekkenvipp på rygg med knærne bøyd, føttene i gulvet og ryggen avslappet 💪 æøå: 8 reps"
            ),
            "{description:?}"
        );
        assert!(prop(core[0], "DTSTART").unwrap().ends_with("T180000"));
        let triggers: Vec<String> = core[0]
            .components
            .iter()
            .filter(|c| c.name == "VALARM")
            .filter_map(|a| prop(a, "TRIGGER"))
            .collect();
        assert_eq!(triggers, ["PT0M", "PT150M"], "an alarm at each reminder time");
        let clinic = events.iter().find(|e| prop(e, "SUMMARY").as_deref() == Some("Check-in")).unwrap();
        assert_eq!(prop(clinic, "LOCATION").as_deref(), Some("At the clinic"));
    });
}

#[test]
fn times_carry_the_time_zone_when_its_name_is_known_and_float_when_not() {
    let home = TempDir::new().unwrap();
    follow(home.path(), "acute-gentle-start");
    if Path::new("/usr/share/zoneinfo/Europe/Oslo").is_file() {
        // A year always holds both daylight saving changes.
        let ics = stdout(rehabit(home.path()).env("TZ", "Europe/Oslo").args(["calendar", "--weeks", "52"]));
        parse(&ics, |header, events| {
            assert_eq!(prop(&header[0], "X-WR-TIMEZONE").as_deref(), Some("Europe/Oslo"));
            let zones: Vec<&Component<'_>> =
                header[0].components.iter().filter(|c| c.name == "VTIMEZONE").collect();
            assert_eq!(zones.len(), 1);
            assert_eq!(prop(zones[0], "TZID").as_deref(), Some("Europe/Oslo"));
            let offsets: BTreeSet<(String, String)> = zones[0]
                .components
                .iter()
                .map(|c| (c.name.as_str().to_string(), prop(c, "TZOFFSETTO").unwrap()))
                .collect();
            assert!(offsets.contains(&("STANDARD".into(), "+0100".into())), "{offsets:?}");
            assert!(offsets.contains(&("DAYLIGHT".into(), "+0200".into())), "{offsets:?}");
            for event in events {
                assert_eq!(param(event, "DTSTART", "TZID").as_deref(), Some("Europe/Oslo"));
                assert_eq!(param(event, "DTEND", "TZID").as_deref(), Some("Europe/Oslo"));
            }
            // 08:00 on the clock in winter and in summer alike.
            let mornings: BTreeSet<String> = events
                .iter()
                .filter(|e| prop(e, "SUMMARY").as_deref() == Some("Morning loosen-up"))
                .map(|e| prop(e, "DTSTART").unwrap()[8..].to_string())
                .collect();
            assert_eq!(mornings, BTreeSet::from(["T080000".to_string()]));
        });
    }
    // A POSIX rule has no zone name: clock times that float.
    let ics = stdout(rehabit(home.path()).env("TZ", "CET-1CEST,M3.5.0,M10.5.0/3").args(["calendar"]));
    assert!(!ics.contains("TZID") && !ics.contains("VTIMEZONE"), "{ics}");
    parse(&ics, |_, events| {
        assert_eq!(events.len(), 3 * 7 * 4);
        assert!(
            events.iter().all(|e| prop(e, "DTSTART").is_some_and(|s| s.len() == 15 && !s.ends_with('Z')))
        );
    });
}

#[test]
fn output_goes_to_a_private_file_with_a_word_on_importing_it() {
    let home = TempDir::new().unwrap();
    follow(home.path(), "walking-plan");
    let file = home.path().join("exports").join("rehabit.ics");
    let said = stdout(rehabit(home.path()).args(["calendar", "--weeks", "3", "-o", file.to_str().unwrap()]));
    assert!(said.contains("Wrote 3 events") && said.contains("rehabit.ics"), "{said}");
    assert!(said.contains("phone") && said.contains("Import"), "says how to import it: {said}");
    let ics = fs::read_to_string(&file).expect("the file is written");
    parse(&ics, |_, events| assert_eq!(events.len(), 3));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "readable by the patient alone");
    }
    let leftovers: Vec<_> = fs::read_dir(file.parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn without_a_chosen_programme_the_calendar_starts_today() {
    let home = TempDir::new().unwrap();
    let ics = stdout(rehabit(home.path()).args(["calendar", "--weeks", "1"]));
    let today = Utc::now().date_naive();
    parse(&ics, |_, events| {
        assert!(!events.is_empty());
        let first = events.iter().map(|e| date(&prop(e, "DTSTART").unwrap()[..8])).min().unwrap();
        assert_eq!(first, today, "nothing before the day it starts");
        for event in events {
            assert!(prop(event, "DESCRIPTION").unwrap().starts_with("Week 1 of"));
        }
    });
}
