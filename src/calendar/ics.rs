//! The iCalendar text itself: the time zone, escaping, and lines folded at 75 octets
//! with CRLF endings (RFC 5545, 3.1).

use std::fmt::Write;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

use super::{Event, LINE_OCTETS, Request, When};

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
                let time_for = t!("remind-time-for", session = event.summary.as_str());
                out.line(&format!("DESCRIPTION:{}", text(&time_for)));
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
