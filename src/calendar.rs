//! The programme in the patient's own calendar: the sessions of the coming weeks as an
//! iCalendar (RFC 5545) text that phone and desktop calendars import. Pure: the caller
//! passes today, the time it is and the time zone; nothing here reads the clock or files.
//!
//! - A session on set days is one event per day it is due: at its first `remind_at` time,
//!   with an alarm at each of its times, or all day when it has none.
//! - A weekly quota ("3 times a week") is one all-day event spanning its week, since the
//!   patient picks the days.
//! - Event ids are made of the programme, the session and the date, so importing the file
//!   again updates the events instead of adding copies. `SEQUENCE` stays 0: an update is
//!   told apart by its newer `DTSTAMP` (RFC 5546, 2.1.5), and the events carry no other
//!   history to count.
//! - Times are in the patient's time zone (`TZID` with a `VTIMEZONE` that holds the zone's
//!   offsets over the weeks the file covers) when its IANA name is known, else floating
//!   local times (RFC 5545, 3.3.5, form 1), shown at the same clock time in any zone.

use std::fmt::Write;
use std::time::Duration;

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};

use crate::plan::{ExerciseWeek, SessionWeek, monday_of, plan};
use crate::program::{Program, Session, how_often, short_duration};
use crate::session::{Work, lay_out, steps::GET_READY};

/// The shortest a timed event is made, for sessions of exercises (not for walks).
const SHORTEST: Duration = Duration::from_secs(10 * 60);
/// An estimate of one repetition done slowly and with control.
const PER_REP: Duration = Duration::from_secs(5);
/// Getting into position for an exercise and reading its cues.
const PER_EXERCISE: Duration = Duration::from_secs(30);
/// The longest a content line may be, in octets, without its line break.
const LINE_OCTETS: usize = 75;

/// What the calendar is made from.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub program: &'a Program,
    /// The day the patient started the programme: it sets the weeks' doses.
    pub start: NaiveDate,
    /// The calendar begins on the Monday of the week that holds `today`.
    pub today: NaiveDate,
    pub weeks: u32,
    /// When the file is made, for `DTSTAMP`.
    pub now: DateTime<Utc>,
    /// The patient's time zone, or `None` for floating local times.
    pub zone: Option<&'a Zone>,
}

/// The days the calendar covers: from the Monday of the week holding `today`, up to (not
/// including) the Monday after the last week.
pub fn span(today: NaiveDate, weeks: u32) -> (NaiveDate, NaiveDate) {
    let first = monday_of(today);
    (first, first + Days::new(u64::from(weeks) * 7))
}

/// One event of the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
    pub when: When,
    /// When to alarm, counted from the start; only for timed events.
    pub alarms: Vec<Duration>,
}

/// When an event takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// At a local time, for a while.
    Timed { start: NaiveDateTime, length: Duration },
    /// Whole days, from `from` up to (not including) `until`.
    AllDay { from: NaiveDate, until: NaiveDate },
}

/// The events of the weeks the request covers, in order of date.
pub fn events(request: &Request<'_>) -> Vec<Event> {
    let program = request.program;
    let (first, end) = span(request.today, request.weeks);
    // The plan counts weeks from the start; keep those that fall in the calendar.
    let weeks_to_end = (end - monday_of(request.start)).num_days().max(0) / 7;
    let programme = slug(&program.about.title);
    let session_slugs = unique_slugs(program);
    let mut events = Vec::new();
    for week in plan(program, request.start, u32::try_from(weeks_to_end).unwrap_or(0)) {
        if week.from < first {
            continue;
        }
        let mut this_week = Vec::new();
        let sessions = week.sessions.iter().zip(&program.sessions).zip(&session_slugs);
        for ((planned, session), session_slug) in sessions {
            let index = week.week - 1;
            let (length, exact) = length(program, session, index);
            let exercises = exercise_lines(&planned.exercises);
            let about = format!("Week {} of \"{}\".", week.week, program.about.title);
            let location = planned.at_clinic.then(|| "At the clinic".to_string());
            if let Some(times) = planned.times {
                if times == 0 {
                    continue;
                }
                let from = week.from.max(request.start);
                let each =
                    if exact { short_duration(length) } else { format!("about {}", short_duration(length)) };
                let at = match session.remind_at.iter().min() {
                    Some(time) => format!(" (rehabit reminds you at {})", time.format("%H:%M")),
                    None => String::new(),
                };
                let summary = format!("{}: {} this week ({each} each)", planned.name, how_often(times));
                let pick = format!("Any {} this week, at a time that suits you{at}.", days(times));
                this_week.push((
                    (from, None, 0),
                    Event {
                        uid: format!(
                            "week-{}-{session_slug}@{programme}.rehabit",
                            week.from.format("%Y-%m-%d")
                        ),
                        summary,
                        description: description(&[about.as_str(), pick.as_str()], &exercises, planned),
                        location,
                        when: When::AllDay { from, until: week.from + Days::new(7) },
                        alarms: Vec::new(),
                    },
                ));
                continue;
            }
            let mut times = session.remind_at.clone();
            times.sort_unstable();
            times.dedup();
            for &day in &planned.days {
                let (when, alarms) = match times.first() {
                    Some(&first_time) => (
                        When::Timed { start: day.and_time(first_time), length },
                        times.iter().map(|&t| (t - first_time).to_std().unwrap_or_default()).collect(),
                    ),
                    None => (When::AllDay { from: day, until: day + Days::new(1) }, Vec::new()),
                };
                this_week.push((
                    (day, times.first().copied(), 1),
                    Event {
                        uid: format!("{}-{session_slug}@{programme}.rehabit", day.format("%Y-%m-%d")),
                        summary: planned.name.clone(),
                        description: description(&[about.as_str()], &exercises, planned),
                        location: location.clone(),
                        when,
                        alarms,
                    },
                ));
            }
        }
        // By day; on a day, the all-day ones first, then by time (a stable sort keeps the
        // programme's order of sessions).
        this_week.sort_by_key(|(key, _)| *key);
        events.extend(this_week.into_iter().map(|(_, event)| event));
    }
    events
}

fn days(times: u8) -> String {
    if times == 1 { "day".into() } else { format!("{times} days") }
}

fn exercise_lines(exercises: &[ExerciseWeek]) -> Vec<String> {
    exercises
        .iter()
        .map(|exercise| {
            let level =
                if exercise.level > 1 { format!(" (level {})", exercise.level) } else { String::new() };
            let dose = exercise.dose.summary();
            if dose.is_empty() {
                format!("- {}{level}", exercise.name)
            } else {
                format!("- {}{level}: {dose}", exercise.name)
            }
        })
        .collect()
}

fn description(opening: &[&str], exercises: &[String], planned: &SessionWeek) -> String {
    let mut lines: Vec<String> = opening.iter().map(|line| line.to_string()).collect();
    lines.extend(exercises.iter().cloned());
    if planned.at_clinic {
        lines.push("At the clinic, with your physiotherapist.".into());
    }
    lines.push("Open rehabit to be guided through it.".into());
    lines.join("\n")
}

/// How long a session takes in programme week `week` (from 0), and whether that is
/// exact: a session of walks and other activities takes their time; one of exercises
/// gets an estimate from the dose, rounded up to 5 minutes and at least 10.
pub fn length(program: &Program, session: &Session, week: u32) -> (Duration, bool) {
    let (items, steps) = lay_out(program, session, week);
    let activities_only = !steps.is_empty() && steps.iter().all(|s| matches!(s.work, Work::Activity { .. }));
    let work: Duration = steps
        .iter()
        .map(|step| match step.work {
            Work::Reps { target } => PER_REP * target,
            Work::Holds { hold, reps, relax } => {
                (GET_READY + hold) * reps + relax.unwrap_or_default() * reps.saturating_sub(1)
            }
            Work::Timed { length } | Work::Rest { length } => length,
            Work::Activity { target } => target,
        })
        .sum();
    if activities_only {
        return (work, true);
    }
    let total = work + PER_EXERCISE * u32::try_from(items.len()).unwrap_or(u32::MAX);
    let five_minutes = 5 * 60;
    let rounded = total.as_secs().div_ceil(five_minutes) * five_minutes;
    (Duration::from_secs(rounded).max(SHORTEST), false)
}

/// `text` in lower case with runs of anything but letters and digits made one `-`.
pub fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Each session's slug, made unique within the programme: a name that slugs to the same
/// as an earlier one ("Core & hips", "Core hips"), or to nothing, gets its position.
fn unique_slugs(program: &Program) -> Vec<String> {
    let mut slugs: Vec<String> = Vec::new();
    for (index, session) in program.sessions.iter().enumerate() {
        let base = slug(&session.name);
        let (base, mut made) = match base.is_empty() {
            true => ("session".to_string(), format!("session-{}", index + 1)),
            false => (base.clone(), base),
        };
        let mut number = index + 1;
        while slugs.contains(&made) {
            made = format!("{base}-{number}");
            number += 1;
        }
        slugs.push(made);
    }
    slugs
}

/// A time zone as a calendar file needs it: its name and, for the days the file covers,
/// its UTC offsets and the moments they change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// The IANA name, such as "Europe/Oslo".
    pub tzid: String,
    /// The offset in winter, in seconds east of UTC: the smallest the zone had.
    pub standard: i32,
    /// The offset at the start, then each change, in order.
    pub observances: Vec<Observance>,
}

/// From a moment on, a zone's offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Observance {
    /// The local time it starts, on the clock as it was before (RFC 5545, 3.6.5).
    pub onset: NaiveDateTime,
    /// The offsets before and after, in seconds east of UTC.
    pub from: i32,
    pub to: i32,
}

impl Zone {
    /// The zone `tzid` over the local days `from` up to `until`, from `offset_at`, which
    /// tells the zone's offset (seconds east of UTC) at a moment given in UTC. The
    /// offsets are looked at each hour, and a change is then found to the second.
    pub fn from_offsets(
        tzid: &str,
        from: NaiveDate,
        until: NaiveDate,
        offset_at: impl Fn(NaiveDateTime) -> i32,
    ) -> Zone {
        let hour = TimeDelta::hours(1);
        let begin = from.and_time(NaiveTime::MIN) - TimeDelta::days(2);
        let end = until.and_time(NaiveTime::MIN) + TimeDelta::days(2);
        // The standard offset: the smallest in a year either side, so a few weeks of
        // summer are still seen as daylight saving time.
        let year = TimeDelta::days(366);
        let standard = std::iter::successors(Some(begin - year), |at| Some(*at + TimeDelta::days(1)))
            .take_while(|at| *at <= end + year)
            .map(&offset_at)
            .min()
            .unwrap_or(0);
        let mut current = offset_at(begin);
        let mut observances =
            vec![Observance { onset: begin + seconds(current), from: current, to: current }];
        let mut at = begin;
        while at < end {
            let next = at + hour;
            let offset = offset_at(next);
            if offset != current {
                let (mut before, mut after) = (at, next);
                while after - before > TimeDelta::seconds(1) {
                    let middle = before + (after - before) / 2;
                    if offset_at(middle) == current { before = middle } else { after = middle }
                }
                observances.push(Observance { onset: after + seconds(current), from: current, to: offset });
                current = offset;
            }
            at = next;
        }
        Zone { tzid: tzid.to_string(), standard, observances }
    }
}

fn seconds(offset: i32) -> TimeDelta {
    TimeDelta::seconds(i64::from(offset))
}

/// The calendar file for `request`, with `events` (from [`events`]).
pub fn ics(request: &Request<'_>, events: &[Event]) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!("PRODID:-//rehabit//rehabit {}//EN", env!("CARGO_PKG_VERSION")));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.line(&format!("X-WR-CALNAME:{}", text(&format!("rehabit: {}", request.program.about.title))));
    let timed = events.iter().any(|e| matches!(e.when, When::Timed { .. }));
    if let Some(zone) = request.zone {
        out.line(&format!("X-WR-TIMEZONE:{}", text(&zone.tzid)));
        if timed {
            write_zone(&mut out, zone);
        }
    }
    let stamp = request.now.format("%Y%m%dT%H%M%SZ").to_string();
    let tzid = request.zone.map(|zone| format!(";TZID={}", param(&zone.tzid))).unwrap_or_default();
    for event in events {
        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:{}", text(&event.uid)));
        out.line(&format!("DTSTAMP:{stamp}"));
        out.line("SEQUENCE:0");
        match event.when {
            When::Timed { start, length } => {
                let end = start + TimeDelta::from_std(length).unwrap_or_default();
                out.line(&format!("DTSTART{tzid}:{}", start.format("%Y%m%dT%H%M%S")));
                out.line(&format!("DTEND{tzid}:{}", end.format("%Y%m%dT%H%M%S")));
            }
            When::AllDay { from, until } => {
                out.line(&format!("DTSTART;VALUE=DATE:{}", from.format("%Y%m%d")));
                out.line(&format!("DTEND;VALUE=DATE:{}", until.format("%Y%m%d")));
                // A day to fit the session in, not a day the patient is busy.
                out.line("TRANSP:TRANSPARENT");
            }
        }
        out.line(&format!("SUMMARY:{}", text(&event.summary)));
        out.line(&format!("DESCRIPTION:{}", text(&event.description)));
        if let Some(location) = &event.location {
            out.line(&format!("LOCATION:{}", text(location)));
        }
        if matches!(event.when, When::Timed { .. }) {
            for alarm in &event.alarms {
                out.line("BEGIN:VALARM");
                out.line("ACTION:DISPLAY");
                out.line(&format!("TRIGGER:PT{}M", alarm.as_secs() / 60));
                out.line(&format!("DESCRIPTION:{}", text(&format!("Time for {}", event.summary))));
                out.line("END:VALARM");
            }
        }
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.text
}

fn write_zone(out: &mut Lines, zone: &Zone) {
    out.line("BEGIN:VTIMEZONE");
    out.line(&format!("TZID:{}", text(&zone.tzid)));
    for observance in &zone.observances {
        let kind = if observance.to > zone.standard { "DAYLIGHT" } else { "STANDARD" };
        out.line(&format!("BEGIN:{kind}"));
        out.line(&format!("DTSTART:{}", observance.onset.format("%Y%m%dT%H%M%S")));
        out.line(&format!("TZOFFSETFROM:{}", utc_offset(observance.from)));
        out.line(&format!("TZOFFSETTO:{}", utc_offset(observance.to)));
        out.line(&format!("END:{kind}"));
    }
    out.line("END:VTIMEZONE");
}

/// A UTC offset as RFC 5545 writes it: "+0100", "-0330", "+053328" with seconds.
pub fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let total = seconds.unsigned_abs();
    let (hours, minutes, rest) = (total / 3600, total % 3600 / 60, total % 60);
    let mut out = format!("{sign}{hours:02}{minutes:02}");
    if rest != 0 {
        let _ = write!(out, "{rest:02}");
    }
    out
}

/// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks
/// as `\n`, and other control characters (not allowed in a value) left out.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + value.len() / 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value: quoted when it holds a character that would end it; a double
/// quote, which no parameter value may hold, is left out.
fn param(value: &str) -> String {
    let clean: String = value.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    if clean.contains([':', ';', ',']) { format!("\"{clean}\"") } else { clean }
}

/// `line` folded (RFC 5545, 3.1): at most 75 octets a line, never splitting a character,
/// each further line starting with a space; lines end with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 24 + 2);
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
    out
}

/// The file, a folded content line at a time.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn line(&mut self, line: &str) {
        self.text.push_str(&fold(line));
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, TimeZone};

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
        for text in
            ["æøå".repeat(60), "💪".repeat(50), format!("a{}", "ø".repeat(100)), "e\u{301}".repeat(40)]
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
        assert!(
            timed[0].description.contains("- Pelvic tilt, lying; slow: 10 reps"),
            "{}",
            timed[0].description
        );
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
}
