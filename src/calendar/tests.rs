use chrono::{Datelike, NaiveTime, TimeZone};

use super::*;
use crate::program::check;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn programme(rest: &str) -> Program {
    let checked = check(&format!("[program]\ntitle = \"Back; neck, and more\"\n{rest}"));
    checked.program.unwrap_or_else(|| panic!("{:?}", checked.problems))
}

const PROGRAMME: &str = r#"
[[session]]
name = "Morning, slow; steady"
when = "every day"
remind_at = ["08:00", "13:30"]
exercises = ["tilt"]

[[session]]
name = "Clinic"
when = ["thursday"]
at_clinic = true
exercises = ["tilt"]

[[session]]
name = "Walk"
when = "3 times a week"
remind_at = ["10:00"]
exercises = ["walk"]

[[exercise]]
id = "tilt"
name = "Pelvic tilt, lying; slow"
kind = "mobility"
cues = ["Easy"]
reps = 10

[[exercise]]
id = "walk"
name = "Walk"
kind = "walking"
cues = ["Easy pace"]
duration = "20m"
"#;

fn request<'a>(program: &'a Program, start: &str, today: &str, zone: Option<&'a Zone>) -> Request<'a> {
    Request {
        program,
        start: date(start),
        today: date(today),
        weeks: 2,
        now: Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap(),
        zone,
    }
}

#[test]
fn text_escapes_what_would_end_or_split_a_value() {
    assert_eq!(text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(text("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
    assert_eq!(text("bell\u{7}tab\t: colon"), "belltab\t: colon");
    assert_eq!(text("æøå 💪"), "æøå 💪");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    assert_eq!(fold("SUMMARY:short"), "SUMMARY:short\r\n");
    let exactly = "X".repeat(75);
    assert_eq!(fold(&exactly), format!("{exactly}\r\n"));
    // "å" is 2 octets: 74 ASCII then "å" would end at octet 76, so it moves on.
    let line = format!("{}åb", "a".repeat(74));
    assert_eq!(fold(&line), format!("{}\r\n åb\r\n", "a".repeat(74)));
    // "💪" is 4 octets: it must not be cut at 75.
    let line = format!("{}💪{}", "a".repeat(73), "z".repeat(80));
    let folded = fold(&line);
    assert!(folded.starts_with(&format!("{}\r\n 💪", "a".repeat(73))), "{folded}");
    for text in ["æøå".repeat(60), "💪".repeat(50), format!("a{}", "ø".repeat(100)), "e\u{301}".repeat(40)]
    {
        let folded = fold(&format!("DESCRIPTION:{text}"));
        assert!(folded.ends_with("\r\n"));
        let lines: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.iter().all(|line| line.len() <= 75), "{lines:?}");
        assert!(lines[1..].iter().all(|line| line.starts_with(' ')));
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{text}"));
    }
}

#[test]
fn offsets_are_written_the_rfc_way() {
    assert_eq!(utc_offset(3600), "+0100");
    assert_eq!(utc_offset(0), "+0000");
    assert_eq!(utc_offset(-(3 * 3600 + 1800)), "-0330");
    assert_eq!(utc_offset(5 * 3600 + 33 * 60 + 28), "+053328");
}

#[test]
fn slugs_keep_letters_and_digits() {
    assert_eq!(slug("Morning, slow; steady"), "morning-slow-steady");
    assert_eq!(slug("  Øvelser før frokost! "), "øvelser-før-frokost");
    assert_eq!(slug("--"), "");
}

/// Central European time: +1, and +2 from the last Sunday of March at 01:00 UTC to
/// the last Sunday of October at 01:00 UTC.
fn oslo(utc: NaiveDateTime) -> i32 {
    let last_sunday = |month: u32| {
        let day = NaiveDate::from_ymd_opt(utc.year(), month, 31).unwrap();
        day - Days::new(u64::from(day.weekday().num_days_from_sunday()))
    };
    let one = NaiveTime::from_hms_opt(1, 0, 0).unwrap();
    let summer = utc >= last_sunday(3).and_time(one) && utc < last_sunday(10).and_time(one);
    if summer { 7200 } else { 3600 }
}

#[test]
fn a_zone_holds_its_offsets_and_the_moments_they_change() {
    let zone = Zone::from_offsets("Europe/Oslo", date("2027-03-22"), date("2027-04-05"), oslo);
    assert_eq!(zone.standard, 3600);
    assert_eq!(zone.observances.len(), 2, "{zone:?}");
    assert_eq!((zone.observances[0].from, zone.observances[0].to), (3600, 3600));
    let change = zone.observances[1];
    // 28 March 2027, 02:00 on the clock as it was (01:00 UTC).
    assert_eq!(change.onset, date("2027-03-28").and_hms_opt(2, 0, 0).unwrap());
    assert_eq!((change.from, change.to), (3600, 7200));

    let summer = Zone::from_offsets("Europe/Oslo", date("2027-06-07"), date("2027-06-21"), oslo);
    assert_eq!(summer.observances.len(), 1);
    assert_eq!(summer.standard, 3600, "a few summer weeks are still daylight saving time");
    let program = programme(PROGRAMME);
    let request = request(&program, "2027-03-22", "2027-03-22", Some(&zone));
    let ics = ics(&request, &events(&request));
    let vtimezone = "BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\nBEGIN:STANDARD\r\nDTSTART:20270320T010000\r\n\
        TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n\
        DTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
    assert!(ics.contains(vtimezone), "{ics}");
    assert!(
        ics.contains("DTSTART;TZID=Europe/Oslo:20270329T080000\r\n"),
        "after the change, the same clock time"
    );
}

#[test]
fn sessions_become_timed_all_day_and_weekly_events() {
    let program = programme(PROGRAMME);
    // Started on a Wednesday the week before: the calendar covers this week and next.
    let request = request(&program, "2026-11-18", "2026-11-25", None);
    let events = events(&request);
    let timed: Vec<&Event> = events.iter().filter(|e| e.summary == "Morning, slow; steady").collect();
    assert_eq!(timed.len(), 14);
    assert_eq!(timed[0].uid, "2026-11-23-morning-slow-steady@back-neck-and-more.rehabit");
    assert_eq!(
        timed[0].when,
        When::Timed {
            start: date("2026-11-23").and_hms_opt(8, 0, 0).unwrap(),
            length: Duration::from_secs(10 * 60)
        }
    );
    assert_eq!(timed[0].alarms, [Duration::ZERO, Duration::from_secs(5 * 3600 + 30 * 60)]);
    assert!(timed[0].description.contains("- Pelvic tilt, lying; slow: 10 reps"), "{}", timed[0].description);
    assert!(timed[0].description.starts_with("Week 2 of \"Back; neck, and more\"."));

    let clinic: Vec<&Event> = events.iter().filter(|e| e.summary == "Clinic").collect();
    assert_eq!(clinic.len(), 2);
    assert_eq!(clinic[0].when, When::AllDay { from: date("2026-11-26"), until: date("2026-11-27") });
    assert_eq!(clinic[0].location.as_deref(), Some("At the clinic"));
    assert!(clinic[0].alarms.is_empty());

    let walks: Vec<&Event> = events.iter().filter(|e| e.summary.starts_with("Walk")).collect();
    assert_eq!(walks.len(), 2);
    assert_eq!(walks[0].summary, "Walk: 3 times this week (20 min each)");
    assert_eq!(walks[0].when, When::AllDay { from: date("2026-11-23"), until: date("2026-11-30") });
    assert_eq!(walks[0].uid, "week-2026-11-23-walk@back-neck-and-more.rehabit");
    assert!(walks[0].description.contains("rehabit reminds you at 10:00"));

    let mut uids: Vec<&str> = events.iter().map(|e| e.uid.as_str()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "every event has its own id");
}

#[test]
fn the_calendar_starts_with_the_programme_when_that_is_later() {
    let program = programme(PROGRAMME);
    // Today is Monday; the programme starts on Friday.
    let request = request(&program, "2026-11-27", "2026-11-23", None);
    let events = events(&request);
    let first = events.iter().map(|e| match e.when {
        When::Timed { start, .. } => start.date(),
        When::AllDay { from, .. } => from,
    });
    assert_eq!(first.min(), Some(date("2026-11-27")));
    let walk = events.iter().find(|e| e.summary.starts_with("Walk")).unwrap();
    assert_eq!(walk.when, When::AllDay { from: date("2026-11-27"), until: date("2026-11-30") });
    assert!(walk.description.starts_with("Week 1 of"));
}

#[test]
fn the_file_is_folded_escaped_and_floating_without_a_zone() {
    let program = programme(PROGRAMME);
    let request = request(&program, "2026-11-18", "2026-11-25", None);
    let ics = ics(&request, &events(&request));
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rehabit//rehabit "));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("X-WR-CALNAME:rehabit: Back\\; neck\\, and more\r\n"));
    assert!(ics.contains("DTSTART:20261123T080000\r\nDTEND:20261123T081000\r\n"), "floating local times");
    assert!(ics.contains("DTSTAMP:20261125T093000Z\r\n"));
    assert!(ics.contains("TRIGGER:PT0M\r\n") && ics.contains("TRIGGER:PT330M\r\n"));
    assert!(!ics.contains("VTIMEZONE") && !ics.contains("TZID"));
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= 75 && !line.contains(['\r', '\n']), "{line:?}");
    }
}

#[test]
fn a_session_of_exercises_gets_an_estimate_and_a_walk_its_own_time() {
    let program = programme(
        r#"
[[session]]
name = "Strength"
when = "every day"
exercises = ["squat", "plank"]

[[exercise]]
id = "squat"
name = "Squat"
kind = "strength"
cues = ["Slow"]
sets = 3
reps = 12
rest_between_sets = "1m"

[[exercise]]
id = "plank"
name = "Plank"
kind = "stabilisation"
cues = ["Still"]
sets = 2
reps = 3
hold = "30s"
rest = "10s"
"#,
    );
    // Squat: 3 × 12 × 5 s + 2 × 60 s = 300 s; plank: 2 × (3 × 33 s + 2 × 10 s) = 238 s;
    // 60 s to get into position: 598 s, rounded up to 10 minutes.
    assert_eq!(length(&program, &program.sessions[0], 0), (Duration::from_secs(600), false));
    let walk = programme(PROGRAMME);
    assert_eq!(length(&walk, &walk.sessions[2], 0), (Duration::from_secs(20 * 60), true));
}

#[test]
fn events_are_written_in_the_patients_language_with_plurals() {
    let _speaking = crate::i18n::use_language_here(crate::i18n::Lang::Sv);
    let program = programme(PROGRAMME);
    let asked = request(&program, "2026-11-18", "2026-11-25", None);
    let made = events(&asked);
    let walk = made.iter().find(|e| e.summary.starts_with("Walk")).unwrap();
    assert_eq!(walk.summary, "Walk: 3 gånger den här veckan (20 min per gång)");
    let pick = "Valfria 3 dagar den här veckan, när det passar dig (rehabit påminner dig kl. 10:00).";
    assert!(walk.description.contains(pick), "{}", walk.description);
    let clinic = made.iter().find(|e| e.summary == "Clinic").unwrap();
    assert_eq!(clinic.location.as_deref(), Some("På kliniken"));
    assert!(clinic.description.starts_with("Vecka 2 av ”Back; neck, and more”."), "{}", clinic.description);
    let file = ics(&asked, &made);
    assert!(file.contains("DESCRIPTION:Dags för Morning\\, slow\\; steady\r\n"), "{file}");

    let once = programme(&PROGRAMME.replace("3 times a week", "once a week"));
    let made = events(&request(&once, "2026-11-18", "2026-11-25", None));
    let walk = made.iter().find(|e| e.summary.starts_with("Walk")).unwrap();
    assert_eq!(walk.summary, "Walk: en gång den här veckan (20 min per gång)");
    assert!(walk.description.contains("Valfri dag den här veckan"), "{}", walk.description);
}
