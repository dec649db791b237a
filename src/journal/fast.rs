//! Reading the common journal lines in one pass, for speed: an [`Entry`] as serde
//! derives it (an internally tagged [`Event`] flattened into the entry, and an
//! [`Asked`] flattened into some events) is first copied into serde's generic buffer,
//! then read from it, and again for the inner flattening. After years of use that was
//! most of the time `rehabit status` and start-up took.
//!
//! Here a line is read straight into one flat struct with every field of those events,
//! then built into the entry its `event` names. This only ever speeds reading up: a
//! line it does not read, whose event it does not know (the safety answers, say), or
//! whose fields do not fit, is read by serde's own [`Entry`] as before, which decides.
//! Whatever it does read is the entry serde reads (tested below): every event is built
//! with all its fields named, so a field added to an event (or to [`Asked`] or
//! [`Entry`]) fails to compile here until it is read here too.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Deserializer};

use super::{Asked, DoseRecord, Ending, Entry, Event, PainMoment, ProgramRef, Side};

/// Every field of the entry and of the events read here, all optional but the entry's.
/// Unknown fields are passed over, as serde's [`Entry`] does; a field given twice makes
/// the line the long way's to read.
#[derive(Deserialize)]
struct Flat<'a> {
    v: u32,
    #[serde(deserialize_with = "timestamp")]
    at: DateTime<FixedOffset>,
    #[serde(deserialize_with = "date")]
    day: NaiveDate,
    program: ProgramRef,
    session: String,
    run: String,
    #[serde(borrow)]
    event: Cow<'a, str>,
    planned: Option<Vec<Asked>>,
    moment: Option<PainMoment>,
    score: Option<u8>,
    exercise: Option<String>,
    position: Option<usize>,
    level: Option<u8>,
    dose: Option<DoseRecord>,
    set: Option<u32>,
    side: Option<Side>,
    reps: Option<u32>,
    sets_done: Option<u32>,
    seconds: Option<u64>,
    reason: Option<String>,
    text: Option<String>,
    ending: Option<Ending>,
    done: Option<usize>,
    skipped: Option<usize>,
    activity: Option<String>,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    note: Option<String>,
    cancels: Option<String>,
}

/// The entry on `line`, if it is one of the common events and reads whole; `None`
/// leaves the line to serde's [`Entry`]. The line's UTF-8 is checked at once, not
/// string by string.
pub(super) fn entry(line: &[u8]) -> Option<Entry> {
    let Flat {
        v,
        at,
        day,
        program,
        session,
        run,
        event,
        planned,
        moment,
        score,
        exercise,
        position,
        level,
        dose,
        set,
        side,
        reps,
        sets_done,
        seconds,
        reason,
        text,
        ending,
        done,
        skipped,
        activity,
        pain_before,
        pain_after,
        note,
        cancels,
    } = serde_json::from_str(std::str::from_utf8(line).ok()?).ok()?;
    let asked = move || Some(Asked { exercise: exercise?, position: position?, level: level?, dose: dose? });
    let event = match &*event {
        "started" => Event::Started { planned: planned? },
        "marked_done" => Event::MarkedDone { planned: planned? },
        "pain" => Event::Pain { moment: moment?, score: score? },
        "set_done" => Event::SetDone { asked: asked()?, set: set?, side, reps },
        "exercise_done" => Event::ExerciseDone { asked: asked()?, sets_done: sets_done?, seconds },
        "skipped" => Event::Skipped { asked: asked()?, reason },
        "note" => Event::Note { text: text? },
        "ended" => Event::Ended { ending: ending?, done: done?, skipped: skipped? },
        "logged" => Event::Logged { activity: activity?, seconds: seconds?, pain_before, pain_after, note },
        "cancelled" => Event::Cancelled { cancels: cancels?, reason },
        // Another event (or a newer one): serde's `Entry` reads it.
        _ => return None,
    };
    Some(Entry { v, at, day, program, session, run, event })
}

/// A timestamp as rehabit writes it ("2026-03-11T08:15:02.123456789+01:00", or with
/// "Z" in UTC), read
/// directly; any other form fails, for serde's [`Entry`] to read with chrono's parser.
fn timestamp<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = <&str>::deserialize(deserializer)?;
    quick_timestamp(text).ok_or_else(|| serde::de::Error::custom("not a plain timestamp"))
}

/// A day as rehabit writes it ("2026-03-11"); any other form fails, as above.
fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = <&str>::deserialize(deserializer)?;
    quick_date(text.as_bytes()).ok_or_else(|| serde::de::Error::custom("not a plain date"))
}

/// The number written in `digits`, which must all be ASCII digits.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
}

/// "YYYY-MM-DD", a real day.
fn quick_date(text: &[u8]) -> Option<NaiveDate> {
    if text.len() != 10 || text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&text[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&text[5..7])?, number(&text[8..10])?)
}

/// "YYYY-MM-DDTHH:MM:SS", then up to nine digits of a second after a ".", then an
/// offset "+HH:MM" or "-HH:MM", or "Z" for UTC.
fn quick_timestamp(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.as_bytes();
    if text.len() < 20 || text[10] != b'T' || text[13] != b':' || text[16] != b':' {
        return None;
    }
    let day = quick_date(&text[..10])?;
    let (hour, minute, second) = (number(&text[11..13])?, number(&text[14..16])?, number(&text[17..19])?);
    let (mut rest, mut nano) = (&text[19..], 0);
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|d| d.is_ascii_digit()).count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nano = number(&fraction[..digits])? * 10u32.pow(9 - digits as u32);
        rest = &fraction[digits..];
    }
    let offset = match *rest {
        // UTC, as chrono writes it.
        [b'Z'] => FixedOffset::east_opt(0)?,
        [sign, h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (number(&[h1, h2])?, number(&[m1, m2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = i32::try_from(hours * 3600 + minutes * 60).ok()?;
            match sign {
                b'+' => FixedOffset::east_opt(seconds)?,
                b'-' => FixedOffset::west_opt(seconds)?,
                _ => return None,
            }
        }
        _ => return None,
    };
    if second > 59 {
        return None;
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?;
    offset.from_local_datetime(&NaiveDateTime::new(day, time)).single()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::FORMAT_VERSION;

    fn asked() -> Asked {
        Asked {
            exercise: "bird-dog".into(),
            position: 2,
            level: 1,
            dose: DoseRecord {
                sets: 2,
                reps: Some(6),
                hold_s: Some(5),
                sides: Some("alternating".into()),
                ..DoseRecord::default()
            },
        }
    }

    fn entry_of(event: Event) -> Entry {
        Entry {
            v: FORMAT_VERSION,
            at: DateTime::parse_from_rfc3339("2026-03-11T08:15:02+01:00").unwrap(),
            day: NaiveDate::from_ymd_opt(2026, 3, 11).unwrap(),
            program: ProgramRef { title: "Core \"stability\"".into(), hash: "0123abcd".into() },
            session: "Core stability".into(),
            run: "20260311T081502-42".into(),
            event,
        }
    }

    /// One of each event read here, with optional fields given and left out.
    fn samples() -> Vec<Entry> {
        let events = vec![
            Event::Started { planned: vec![asked(), asked()] },
            Event::MarkedDone { planned: vec![] },
            Event::Pain { moment: PainMoment::Before, score: 3 },
            Event::Pain { moment: PainMoment::NextMorning, score: 0 },
            Event::SetDone { asked: asked(), set: 1, side: Some(Side::Left), reps: Some(6) },
            Event::SetDone { asked: asked(), set: 2, side: None, reps: None },
            Event::ExerciseDone { asked: asked(), sets_done: 2, seconds: None },
            Event::ExerciseDone { asked: asked(), sets_done: 1, seconds: Some(905) },
            Event::Skipped { asked: asked(), reason: Some("too sore\ttoday ✓".into()) },
            Event::Skipped { asked: asked(), reason: None },
            Event::Note { text: "Felt \\ stiff,\n then \"better\"".into() },
            Event::Ended { ending: Ending::Left, done: 3, skipped: 1 },
            Event::Logged {
                activity: "walk".into(),
                seconds: 1800,
                pain_before: Some(2),
                pain_after: None,
                note: Some("river".into()),
            },
            Event::Logged {
                activity: "cycling".into(),
                seconds: 60,
                pain_before: None,
                pain_after: None,
                note: None,
            },
            Event::Cancelled { cancels: "log-1".into(), reason: None },
            Event::Cancelled { cancels: "log-2".into(), reason: Some("wrong day".into()) },
        ];
        events.into_iter().map(entry_of).collect()
    }

    fn serde_reads(line: &str) -> Option<Entry> {
        serde_json::from_str(line).ok()
    }

    #[test]
    fn reads_every_event_it_knows_as_serde_does() {
        for sample in samples() {
            let line = sample.to_line();
            assert_eq!(entry(line.as_bytes()), Some(sample.clone()), "{line}");
            assert_eq!(serde_reads(&line), Some(sample), "{line}");
        }
    }

    /// Timestamps and days in and near the form rehabit writes: whatever is read here is
    /// what chrono reads, offset included.
    #[test]
    fn reads_timestamps_and_days_as_chrono_does() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b"0123456789+-:.TZ tx";
        let (mut read, mut tried) = (0, 0);
        for _ in 0..20_000 {
            let n = next();
            let fraction = match n % 5 {
                0 => String::new(),
                1 => ".5".to_string(),
                2 => format!(".{:03}", n % 1000),
                3 => format!(".{:09}", n % 1_000_000_000),
                _ => format!(".{:010}", n % 10_000_000_000),
            };
            let sign = if n % 7 == 0 { '-' } else { '+' };
            let offset = if n % 11 == 0 {
                "Z".to_string()
            } else {
                format!("{sign}{:02}:{:02}", (n >> 28) % 25, (n >> 32) % 61)
            };
            let mut text = format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}{offset}",
                1990 + n % 50,
                1 + (n >> 8) % 13,
                1 + (n >> 12) % 31,
                (n >> 16) % 25,
                (n >> 20) % 61,
                (n >> 24) % 61,
            )
            .into_bytes();
            if n % 3 == 0 {
                let at = (next() % text.len() as u64) as usize;
                text[at] = alphabet[(next() % alphabet.len() as u64) as usize];
            }
            let text = String::from_utf8(text).unwrap();
            tried += 1;
            if let Some(quick) = quick_timestamp(&text) {
                let chrono: DateTime<FixedOffset> = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
                assert_eq!((quick, quick.offset()), (chrono, chrono.offset()), "{text}");
                read += 1;
            }
            let day = &text[..10];
            if let Some(quick) = quick_date(day.as_bytes()) {
                assert_eq!(day.parse::<NaiveDate>().ok(), Some(quick), "{day}");
            }
        }
        assert!(read > tried / 3, "{read} of {tried} read");
    }

    #[test]
    fn leaves_other_events_to_serde() {
        let line = entry_of(Event::SafetyCleared { note: None }).to_line();
        assert_eq!(entry(line.as_bytes()), None);
        assert!(serde_reads(&line).is_some());
    }

    /// Lines near the real ones, a field at a time left out, made null, a number, a
    /// string, a list or given twice, and a field added: whatever is read here is what
    /// serde reads.
    #[test]
    fn never_reads_a_line_otherwise_than_serde() {
        let replacements = ["null", "7", "-1", "300", "\"x\"", "[]", "{}", "true", "2.5", "\"left\""];
        let mut checked = 0;
        for sample in samples() {
            let value: serde_json::Value = serde_json::from_str(&sample.to_line()).unwrap();
            let serde_json::Value::Object(map) = value else { panic!("an object") };
            let mut variants: Vec<String> = Vec::new();
            for key in map.keys() {
                let mut without = map.clone();
                without.remove(key);
                variants.push(serde_json::Value::Object(without).to_string());
                let line = serde_json::Value::Object(map.clone()).to_string();
                let pair = format!("\"{key}\":{}", map[key]);
                variants.push(line.replacen(&pair, &format!("{pair},{pair}"), 1));
                for replacement in replacements {
                    variants.push(line.replacen(&pair, &format!("\"{key}\":{replacement}"), 1));
                }
            }
            for extra in
                ["\"planned\":[]", "\"score\":2", "\"side\":\"right\"", "\"reps\":null", "\"because\":1"]
            {
                let line = serde_json::Value::Object(map.clone()).to_string();
                variants.push(format!("{{{extra},{}", &line[1..]));
            }
            for tag in ["\"started\"", "\"pain\"", "\"set_done\"", "\"logged\"", "\"hurt\"", "\"nope\""] {
                let line = serde_json::Value::Object(map.clone()).to_string();
                let event = format!("\"event\":{}", map["event"]);
                variants.push(line.replacen(&event, &format!("\"event\":{tag}"), 1));
            }
            for line in variants {
                if let Some(read) = entry(line.as_bytes()) {
                    assert_eq!(serde_reads(&line), Some(read), "{line}");
                }
                checked += 1;
            }
        }
        assert!(checked > 1000);
    }
}
